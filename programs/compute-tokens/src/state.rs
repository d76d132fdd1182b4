//! compute_tokens accounts.

use crate::revenue::{Checkpoint, RevenuePool};
use pinocchio::Address;

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
    }
}

impl Pool {
    pub fn revenue(&self) -> RevenuePool {
        RevenuePool {
            revenue_per_share: self.revenue_per_share(),
            accruing_shares: self.accruing_shares(),
            undistributed: self.undistributed(),
            stream_end: self.stream_end(),
            last_release: self.last_release(),
            distribution_period: self.distribution_period(),
        }
    }

    pub fn set_revenue(&mut self, revenue: &RevenuePool) {
        self.set_revenue_per_share(revenue.revenue_per_share);
        self.set_accruing_shares(revenue.accruing_shares);
        self.set_undistributed(revenue.undistributed);
        self.set_stream_end(revenue.stream_end);
        self.set_last_release(revenue.last_release);
    }

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
    }
}
