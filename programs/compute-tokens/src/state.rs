//! compute_tokens accounts.

use crate::{
    bonds::{BondBooks, BondTerms, Waterfall},
    error::ComputeTokensError,
    revenue::{Checkpoint, RevenuePool},
};
use pinocchio::{error::ProgramError, Address};

/// Seeds of the single `Config` PDA.
pub const CONFIG_SEED: &[u8] = b"config";
/// The operating node's share of revenue by default: 10%; holders receive the rest.
pub const DEFAULT_OPERATOR_BPS: u16 = 1_000;
/// Shortest distribution period a pool may stream its holders' revenue over (the SDK's default is 7 days).
pub const MIN_DISTRIBUTION_PERIOD: i64 = 86_400;
/// Longest distribution period.
pub const MAX_DISTRIBUTION_PERIOD: i64 = 365 * 86_400;

common::account_state! {
    /// Program-wide settings (PDA ["config"]).
    pub struct Config {
        admin: Address,
        /// Proposed new admin (two-step transfer); `Address::default()` when none.
        pending_admin: Address,
        /// Revenue currency: rentals pay out in IOSD.
        iosd_mint: Address,
        iosd_token_program: Address,
        /// rental_escrow's market, where tokenized devices' payout accounts are locked.
        market: Address,
        /// Operator's share of each inflow in bps (holders get the rest).
        operator_bps: u16,
        /// Number of device revenue pools created.
        pool_count: u64,
        paused: bool,
        bump: u8,
    }
}

/// Seeds: the share mint of the n-th tokenization is ["shares", n as u64 LE] (n = `Config::pool_count`).
pub const SHARES_SEED: &[u8] = b"shares";
/// Seeds: ["pool", mint]. The pool PDA is the share mint's (former) mint authority, its metadata update
/// authority, the revenue vault's owner and the payout locker in rental_escrow.
pub const POOL_SEED: &[u8] = b"pool";
/// Seeds: ["vault", pool]: the IOSD token account the device's rentals pay into.
pub const VAULT_SEED: &[u8] = b"vault";
/// Seeds: ["sale", pool]: the share account of the primary sale, owned by the pool.
pub const SALE_SEED: &[u8] = b"sale";
/// Seeds: ["holder", pool, token account].
pub const HOLDER_SEED: &[u8] = b"holder";
/// Seeds: ["extra-account-metas", mint]: the transfer hook's account list, read by Token-2022 (interface name).
pub const EXTRA_ACCOUNT_METAS_SEED: &[u8] = b"extra-account-metas";

common::impl_admin_state!(Config);

common::account_state! {
    /// One tokenized device term (PDA ["pool", mint]): the revenue vault's accounting and the primary sale.
    pub struct Pool {
        device: Address,
        operator: Address,
        /// The Token-2022 share mint.
        mint: Address,
        /// IOSD token account owned by this pool; the device's locked payout account.
        vault: Address,
        /// Shares issued (the mint's fixed supply).
        shares: u64,
        /// Unix time the term ends: no rental of the device runs past it (rental_escrow's payout lock), so every
        /// inflow is term revenue and splits the same way whenever it is synced.
        term_end: i64,
        /// The operating node's cut in bps, fixed at tokenization.
        operator_bps: u16,
        /// Q64.64 holders' revenue per accruing share since tokenization.
        revenue_per_share: u128,
        /// Shares in accounts with a checkpoint (the sum of the checkpoints' `shares`).
        accruing_shares: u64,
        /// Seconds each inflow's holders' part is streamed over (fixed at tokenization).
        distribution_period: i64,
        /// Holders' revenue synced and not yet released into `revenue_per_share`.
        undistributed: u64,
        /// When the stream will have released all of `undistributed`.
        stream_end: i64,
        /// When the stream was last released up to.
        last_release: i64,
        /// Vault balance this pool has accounted for; more than this in the vault is new inflow.
        vault_balance: u64,
        /// Lifetime totals: inflow, the operator's part, the holders' part, and what holders claimed.
        total_inflow: u64,
        operator_revenue: u64,
        holders_revenue: u64,
        claimed: u64,
        /// The operator's cut not yet pulled by `claim_operator`, and what it pulled.
        operator_owed: u64,
        operator_claimed: u64,
        /// Primary sale: price per share in `sale_mint` base units; `sale_mint` default = not listed.
        sale_price: u64,
        sale_mint: Address,
        /// The pool-owned share account listed shares wait in (created at the first listing).
        sale_account: Address,
        sale_token_program: Address,
        shares_sold: u64,
        /// The payout lock in rental_escrow was released after the term.
        term_ended: bool,
        bump: u8,
        vault_bump: u8,
    }
}

common::account_state! {
    /// A share account's revenue checkpoint (PDA ["holder", pool, token account]). Accounts without one do
    /// not accrue.
    pub struct Holder {
        pool: Address,
        token_account: Address,
        /// The balance revenue accrues on: the account's balance when it was last settled.
        shares: u64,
        /// The pool's `revenue_per_share` when last settled.
        revenue_snapshot: u128,
        /// Settled and not yet claimed.
        owed: u64,
        /// Claimed so far.
        claimed: u64,
        bump: u8,
        /// Bond tokens this account redeemed (burned). They keep earning the coupons still streaming and are owed
        /// their pro rata part of the reserve (and, after a default, of the collateral) as recovery arrives.
        redeemed: u64,
        /// IOSD of principal, and IO of collateral, paid for the redeemed tokens so far.
        principal_claimed: u64,
        collateral_claimed: u64,
    }
}

impl Pool {
    /// The term is over: by time, or ended by `end_term`. Nothing is listed or sold after it.
    pub fn term_over(&self, now: i64) -> bool {
        now >= self.term_end() || self.term_ended()
    }

    pub fn listed(&self) -> bool {
        self.sale_mint() != Address::default()
    }
}

impl Holder {
    pub fn checkpoint(&self) -> Checkpoint {
        Checkpoint { shares: self.shares(), snapshot: self.revenue_snapshot(), owed: self.owed() }
    }

    /// The basis revenue accrues on for a token `balance`: the balance and the bond tokens this account redeemed.
    pub fn basis(&self, balance: u64) -> Result<u64, ProgramError> {
        balance.checked_add(self.redeemed()).ok_or(ComputeTokensError::Overflow.into())
    }

    pub fn set_checkpoint(&mut self, checkpoint: &Checkpoint) {
        self.set_shares(checkpoint.shares);
        self.set_revenue_snapshot(checkpoint.snapshot);
        self.set_owed(checkpoint.owed);
    }
}

/// The pool PDA's signer seeds: ["pool", mint, bump].
#[macro_export]
macro_rules! pool_seeds {
    ($mint:expr, $bump:expr) => {
        [
            pinocchio::cpi::Seed::from($crate::state::POOL_SEED),
            pinocchio::cpi::Seed::from($mint.as_ref()),
            pinocchio::cpi::Seed::from($bump),
        ]
    };
}

/// A bond's life: subscribing until the deadline or full; then active (coupons accrue) or failed (refunds);
/// defaulted when declared; matured and closed at the end.
pub mod bond_status {
    pub const SUBSCRIBING: u8 = 0;
    pub const ACTIVE: u8 = 1;
    pub const FAILED: u8 = 2;
    pub const DEFAULTED: u8 = 3;
    pub const CLOSED: u8 = 4;
}

/// Seeds: ["collateral", bond]: the IO token account holding the operator's collateral, owned by the bond.
pub const COLLATERAL_SEED: &[u8] = b"collateral";
/// Seeds: the bond mint of the n-th bond is ["bonds", n as u64 LE] (n = `Config::pool_count`, shared with shares).
pub const BONDS_SEED: &[u8] = b"bonds";

common::account_state! {
    /// A GPU bond (PDA ["pool", mint], the address a share pool of that mint would have; the kind is the
    /// discriminator). One bond token is one IOSD base unit of face value.
    pub struct Bond {
        device: Address,
        operator: Address,
        /// The Token-2022 bond mint (metadata and the transfer hook inside).
        mint: Address,
        /// IOSD token account owned by the bond: subscriptions, then the device's revenue and the reserve.
        vault: Address,
        /// IO token account owned by the bond: the operator's collateral.
        collateral_vault: Address,
        io_mint: Address,
        io_token_program: Address,
        /// Face value offered: subscriptions stop there.
        face: u64,
        /// Below this raised at the deadline, the issue fails and subscribers are refunded.
        min_raise: u64,
        /// Bond tokens issued by subscriptions (IOSD paid in at par).
        raised: u64,
        coupon_bps: u16,
        /// Subscriptions close at this unix time (or when the face value is raised).
        deadline: i64,
        maturity: i64,
        /// Seconds coupons may stay unpaid before anyone may declare default.
        grace: i64,
        /// When coupons started accruing (the subscription's close); 0 before.
        start: i64,
        /// IO posted by the operator.
        collateral: u64,
        /// Vault balance accounted for (subscriptions excluded once paid out); more in the vault is new inflow.
        vault_balance: u64,
        /// Owed to the operator and not yet pulled (revenue past the waterfall, or earned while a failed issue
        /// was subscribing).
        operator_owed: u64,
        status: u8,
        bump: u8,
        vault_bump: u8,
        collateral_bump: u8,
        /// Seconds each coupon payment is streamed to holders over (as a share pool's revenue).
        distribution_period: i64,
        /// The coupon stream: see `RevenuePool` (the same fields as a share pool's).
        revenue_per_share: u128,
        accruing_shares: u64,
        undistributed: u64,
        stream_end: i64,
        last_release: i64,
        /// Coupons the waterfall paid to holders, and what holders claimed of them.
        coupon_paid: u64,
        claimed: u64,
        /// Principal set aside for redemption, ever (early repayments included), and what redemptions paid out.
        reserve: u64,
        principal_paid: u64,
        /// Bond tokens burned by redemption.
        redeemed: u64,
        /// When default was declared; 0 if it was not (or was cured).
        defaulted_at: i64,
        /// Collateral paid to holders after a default.
        collateral_paid: u64,
        /// What the operator pulled of what it was owed.
        operator_claimed: u64,
    }
}

impl Bond {
    /// The terms coupons and the schedule run on (fixed once the subscription closed: the face is what was raised).
    pub fn terms(&self) -> BondTerms {
        BondTerms {
            face: self.raised(),
            coupon_bps: self.coupon_bps(),
            start: self.start(),
            maturity: self.maturity(),
            grace: self.grace(),
        }
    }

    pub fn books(&self) -> BondBooks {
        let declared = self.defaulted_at();
        BondBooks {
            coupon_paid: self.coupon_paid(),
            reserve: self.reserve(),
            defaulted_at: (declared != 0).then_some(declared),
        }
    }

    /// Coupons started: the waterfall, default, cure, repayment and redemption apply.
    pub fn live(&self) -> bool {
        matches!(self.status(), bond_status::ACTIVE | bond_status::DEFAULTED | bond_status::CLOSED)
    }

    /// Accounts what reached the vault (holding `balance`) since the last sync at `now`, by the waterfall: coupons
    /// into the holders' stream, principal into the reserve, the rest owed to the operator.
    pub fn sync(&mut self, balance: u64, now: i64) -> Result<Waterfall, ProgramError> {
        if !self.live() {
            return Err(ComputeTokensError::BondNotActive.into());
        }
        // Only this program moves tokens out of the vault, lowering `vault_balance` by what it moves.
        let inflow = balance.checked_sub(self.vault_balance()).ok_or(ComputeTokensError::Overflow)?;
        let parts = self.terms().split(&self.books(), inflow, now)?;
        self.receive(&parts, now)?;
        Ok(parts)
    }

    /// Books money that reached the vault at `now`, split into `parts`: coupons into the holders' stream, principal
    /// into the reserve, the rest owed to the operator; the vault's accounted balance grows by the whole.
    pub fn receive(&mut self, parts: &Waterfall, now: i64) -> Result<(), ProgramError> {
        let (terms, mut books) = (self.terms(), self.books());
        terms.record(&mut books, parts)?;
        let mut revenue = self.revenue();
        revenue.release(now)?;
        revenue.add(parts.to_coupons, now)?;
        self.set_revenue(&revenue);
        self.set_coupon_paid(books.coupon_paid);
        self.set_reserve(books.reserve);
        let overflow = || ProgramError::from(ComputeTokensError::Overflow);
        self.set_operator_owed(self.operator_owed().checked_add(parts.to_operator).ok_or_else(overflow)?);
        let amount = parts.to_coupons + parts.to_reserve + parts.to_operator; // the parts of one u64 amount
        self.set_vault_balance(self.vault_balance().checked_add(amount).ok_or_else(overflow)?);
        Ok(())
    }
}

/// Seeds: the mint of the n-th tokenization in NFT form is ["nft", n as u64 LE] (n = `Config::pool_count`).
pub const NFT_SEED: &[u8] = b"nft";
/// Seeds: ["nft-collection"]: the mint of the one sized collection every cash-flow NFT is a verified member of. Its
/// mint and update authority is the config PDA.
pub const NFT_COLLECTION_SEED: &[u8] = b"nft-collection";

common::account_state! {
    /// One device term tokenized as a single Metaplex NFT (PDA ["pool", mint]): whoever holds the NFT when claiming
    /// collects the holders' revenue accrued and unclaimed, so unclaimed revenue travels with the NFT. The device's
    /// attributes at tokenization are kept here, on chain (Token Metadata has no attribute fields).
    pub struct NftPool {
        device: Address,
        operator: Address,
        /// The SPL Token mint (supply 1, decimals 0; its master edition holds the mint authority).
        mint: Address,
        /// IOSD token account owned by this pool; the device's locked payout account.
        vault: Address,
        term_end: i64,
        operator_bps: u16,
        device_class: u8,
        gpu_count: u32,
        region: [u8; 16],
        /// Vault balance this pool has accounted for; more than this in the vault is new inflow.
        vault_balance: u64,
        /// Lifetime totals: inflow, the operator's part, the holder's part, and what holders claimed.
        total_inflow: u64,
        operator_revenue: u64,
        holders_revenue: u64,
        claimed: u64,
        operator_owed: u64,
        operator_claimed: u64,
        term_ended: bool,
        bump: u8,
        vault_bump: u8,
    }
}

impl NftPool {
    /// Holders' revenue synced and not yet claimed: the current holder's to take.
    pub fn claimable(&self) -> u64 {
        self.holders_revenue() - self.claimed() // claimed <= holders_revenue
    }
}

/// What ending a term needs of a pool sold for a term: a share pool or a cash-flow NFT's pool.
pub trait TermPool {
    fn device(&self) -> Address;
    fn vault(&self) -> Address;
    fn term_end(&self) -> i64;
    fn term_ended(&self) -> bool;
    fn set_term_ended(&mut self, ended: bool);
    fn vault_balance(&self) -> u64;
    fn mint(&self) -> Address;
    fn bump(&self) -> u8;
}

macro_rules! impl_term_pool {
    ($kind:ident) => {
        impl TermPool for $kind {
            fn device(&self) -> Address {
                $kind::device(self)
            }
            fn vault(&self) -> Address {
                $kind::vault(self)
            }
            fn term_end(&self) -> i64 {
                $kind::term_end(self)
            }
            fn term_ended(&self) -> bool {
                $kind::term_ended(self)
            }
            fn set_term_ended(&mut self, ended: bool) {
                $kind::set_term_ended(self, ended)
            }
            fn vault_balance(&self) -> u64 {
                $kind::vault_balance(self)
            }
            fn mint(&self) -> Address {
                $kind::mint(self)
            }
            fn bump(&self) -> u8 {
                $kind::bump(self)
            }
        }
    };
}
impl_term_pool!(Pool);
impl_term_pool!(NftPool);

/// What payments out of a revenue vault need of a pool of any kind: share pool, bond or cash-flow NFT.
pub trait VaultPool {
    fn mint(&self) -> Address;
    fn operator(&self) -> Address;
    fn vault(&self) -> Address;
    fn bump(&self) -> u8;
    fn vault_balance(&self) -> u64;
    fn set_vault_balance(&mut self, amount: u64);
    fn claimed(&self) -> u64;
    fn set_claimed(&mut self, amount: u64);
    fn operator_owed(&self) -> u64;
    fn set_operator_owed(&mut self, amount: u64);
    fn operator_claimed(&self) -> u64;
    fn set_operator_claimed(&mut self, amount: u64);
}

/// What the holders' machinery (transfer hook, checkpoints, claims) needs of a pool with many holders: a share pool
/// or a bond.
pub trait HolderPool: VaultPool {
    fn revenue(&self) -> RevenuePool;
    fn set_revenue(&mut self, revenue: &RevenuePool);
}

/// Every pool kind has these fields under the same names.
macro_rules! impl_vault_pool {
    ($kind:ident) => {
        impl VaultPool for $kind {
            fn mint(&self) -> Address {
                $kind::mint(self)
            }
            fn operator(&self) -> Address {
                $kind::operator(self)
            }
            fn vault(&self) -> Address {
                $kind::vault(self)
            }
            fn bump(&self) -> u8 {
                $kind::bump(self)
            }
            fn vault_balance(&self) -> u64 {
                $kind::vault_balance(self)
            }
            fn set_vault_balance(&mut self, amount: u64) {
                $kind::set_vault_balance(self, amount)
            }
            fn claimed(&self) -> u64 {
                $kind::claimed(self)
            }
            fn set_claimed(&mut self, amount: u64) {
                $kind::set_claimed(self, amount)
            }
            fn operator_owed(&self) -> u64 {
                $kind::operator_owed(self)
            }
            fn set_operator_owed(&mut self, amount: u64) {
                $kind::set_operator_owed(self, amount)
            }
            fn operator_claimed(&self) -> u64 {
                $kind::operator_claimed(self)
            }
            fn set_operator_claimed(&mut self, amount: u64) {
                $kind::set_operator_claimed(self, amount)
            }
        }
    };
}

/// Share pools and bonds stream holders' revenue through the same fields.
macro_rules! impl_holder_pool {
    ($kind:ident) => {
        impl_vault_pool!($kind);
        impl HolderPool for $kind {
            fn revenue(&self) -> RevenuePool {
                RevenuePool {
                    revenue_per_share: $kind::revenue_per_share(self),
                    accruing_shares: $kind::accruing_shares(self),
                    undistributed: $kind::undistributed(self),
                    stream_end: $kind::stream_end(self),
                    last_release: $kind::last_release(self),
                    distribution_period: $kind::distribution_period(self),
                }
            }
            fn set_revenue(&mut self, revenue: &RevenuePool) {
                $kind::set_revenue_per_share(self, revenue.revenue_per_share);
                $kind::set_accruing_shares(self, revenue.accruing_shares);
                $kind::set_undistributed(self, revenue.undistributed);
                $kind::set_stream_end(self, revenue.stream_end);
                $kind::set_last_release(self, revenue.last_release);
            }
        }
    };
}
impl_holder_pool!(Pool);
impl_holder_pool!(Bond);
impl_vault_pool!(NftPool);

/// The account at ["pool", mint]: a share pool or a bond, told apart by the discriminator.
pub enum AnyPool<'a> {
    Shares(&'a mut Pool),
    Bond(&'a mut Bond),
}

macro_rules! either {
    ($self:ident, $pool:ident => $body:expr) => {
        match $self {
            AnyPool::Shares($pool) => $body,
            AnyPool::Bond($pool) => $body,
        }
    };
}

impl HolderPool for AnyPool<'_> {
    fn revenue(&self) -> RevenuePool {
        either!(self, p => HolderPool::revenue(&**p))
    }
    fn set_revenue(&mut self, revenue: &RevenuePool) {
        either!(self, p => HolderPool::set_revenue(&mut **p, revenue))
    }
}

impl VaultPool for AnyPool<'_> {
    fn mint(&self) -> Address {
        either!(self, p => p.mint())
    }
    fn operator(&self) -> Address {
        either!(self, p => p.operator())
    }
    fn vault(&self) -> Address {
        either!(self, p => p.vault())
    }
    fn bump(&self) -> u8 {
        either!(self, p => p.bump())
    }
    fn vault_balance(&self) -> u64 {
        either!(self, p => p.vault_balance())
    }
    fn set_vault_balance(&mut self, amount: u64) {
        either!(self, p => p.set_vault_balance(amount))
    }
    fn claimed(&self) -> u64 {
        either!(self, p => p.claimed())
    }
    fn set_claimed(&mut self, amount: u64) {
        either!(self, p => p.set_claimed(amount))
    }
    fn operator_owed(&self) -> u64 {
        either!(self, p => p.operator_owed())
    }
    fn set_operator_owed(&mut self, amount: u64) {
        either!(self, p => p.set_operator_owed(amount))
    }
    fn operator_claimed(&self) -> u64 {
        either!(self, p => p.operator_claimed())
    }
    fn set_operator_claimed(&mut self, amount: u64) {
        either!(self, p => p.set_operator_claimed(amount))
    }
}
