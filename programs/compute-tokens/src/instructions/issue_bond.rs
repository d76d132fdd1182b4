//! `issue_bond(face, min_raise, coupon_bps, subscription, term, grace, collateral, distribution_period, name,
//! symbol, uri)`: the
//! operator of a registered device paid in IOSD offers bonds on it. Creates the bond mint (Token-2022, metadata
//! with the device, face value, coupon, maturity and issue date, and this program's transfer hook), the hook's
//! account list, the bond (PDA ["pool", mint]), its IOSD vault and its IO collateral vault, and moves the
//! collateral in. Subscriptions are open for `subscription` seconds; the bond matures `term` seconds after they
//! close at the latest (the deadline). The device's payout is locked to the vault now, while the operator signs
//! (`lock_payout` needs it), with no end: every rental pays the bond until `close_bond` (all tokens redeemed and the
//! principal reserved) or a failed subscription unlocks it, so a short reserve at maturity keeps recovering from
//! the device's rentals. Coupons are streamed to holders over `distribution_period` seconds. Emits `BondIssued`.

use crate::{
    bonds::{BondTerms, MAX_COUPON_BPS, MAX_TERM},
    context::load_active_config,
    error::ComputeTokensError,
    events,
    instructions::tokenize_device::{create_extra_account_metas, lock_device_payout, tokenizable_device, LockAccounts},
    metadata::{self, MAX_NAME_LEN, MAX_SYMBOL_LEN, MAX_URI_LEN},
    pool_seeds,
    state::{
        bond_status, Bond, Config, BONDS_SEED, COLLATERAL_SEED, MAX_DISTRIBUTION_PERIOD, MIN_DISTRIBUTION_PERIOD,
        POOL_SEED, VAULT_SEED,
    },
};
use common::{
    args::ArgsReader,
    checks::{
        init, load, load_mut, require_address, require_canonical_pda, require_payer, require_program, AccountState,
    },
    error::AnchorError,
    token::{
        create_mint_with_metadata, create_pda_account, create_token_account, mint_decimals, token_account_owned_by,
        transfer_checked, Metadata, NewMint, SYSTEM_PROGRAM_ID, TOKEN_2022_ID,
    },
};
use pinocchio::{
    cpi::Seed,
    error::ProgramError,
    sysvars::{clock::Clock, Sysvar},
    AccountView, Address, ProgramResult,
};
use rental_escrow::state::Market;

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("issue_bond");

/// Borsh size of the arguments with empty strings.
pub const ARGS_LEN: usize = 8 + 8 + 2 + 8 + 8 + 8 + 8 + 8 + 3 * 4;

pub struct IssueArgs<'a> {
    pub face: u64,
    pub min_raise: u64,
    pub coupon_bps: u16,
    /// Seconds from now until subscriptions close.
    pub subscription: i64,
    /// Seconds from the deadline to maturity.
    pub term: i64,
    pub grace: i64,
    /// IO base units posted as collateral.
    pub collateral: u64,
    /// Seconds each coupon payment is streamed to holders over.
    pub distribution_period: i64,
    pub name: &'a str,
    pub symbol: &'a str,
    pub uri: &'a str,
}

impl<'a> IssueArgs<'a> {
    fn parse(data: &'a [u8]) -> Result<Self, ProgramError> {
        let mut reader = ArgsReader::new(data);
        let args = Self {
            face: reader.read()?,
            min_raise: reader.read()?,
            coupon_bps: reader.read()?,
            subscription: reader.read()?,
            term: reader.read()?,
            grace: reader.read()?,
            collateral: reader.read()?,
            distribution_period: reader.read()?,
            name: reader.read_str()?,
            symbol: reader.read_str()?,
            uri: reader.read_str()?,
        };
        reader.finish()?;
        if args.face == 0 || args.min_raise == 0 || args.min_raise > args.face {
            return Err(ComputeTokensError::InvalidShares.into());
        }
        // A grace period of at least a second and at most the term: the operator's time to pay late coupons, to top up
        // a short reserve after maturity, and to cure a default before the collateral is paid out.
        let term_ok = args.term > 0 && args.term <= MAX_TERM && args.grace > 0 && args.grace <= args.term;
        if args.coupon_bps > MAX_COUPON_BPS || args.subscription <= 0 || !term_ok {
            return Err(ComputeTokensError::InvalidTerm.into());
        }
        if !(MIN_DISTRIBUTION_PERIOD..=MAX_DISTRIBUTION_PERIOD).contains(&args.distribution_period) {
            return Err(ComputeTokensError::InvalidDistributionPeriod.into());
        }
        if args.name.len() > MAX_NAME_LEN || args.symbol.len() > MAX_SYMBOL_LEN || args.uri.len() > MAX_URI_LEN {
            return Err(ComputeTokensError::MetadataTooLong.into());
        }
        Ok(args)
    }
}

/// Accounts:
///   0. `[signer, writable]` operator: the device's operator; pays for every account created, posts the collateral
///   1. `[writable]` config: counts pools and bonds (the mint's seed)
///   2. `[]` market: rental_escrow's market the config is bound to (its IO mint)
///   3. `[writable]` device: the operator's device in rental_escrow, paid in IOSD, payout not locked
///   4. `[writable]` mint: PDA ["bonds", config.pool_count], created
///   5. `[writable]` bond: PDA ["pool", mint], created
///   6. `[writable]` extra_account_metas: PDA ["extra-account-metas", mint], created
///   7. `[writable]` vault: PDA ["vault", bond], IOSD token account owned by the bond, created
///   8. `[writable]` collateral_vault: PDA ["collateral", bond], IO token account owned by the bond, created
///   9. `[]` iosd_mint
///  10. `[]` io_mint
///  11. `[writable]` operator_io: the operator's IO account the collateral comes from
///  12. `[]` token_2022_program
///  13. `[]` iosd_token_program
///  14. `[]` io_token_program
///  15. `[]` system_program
///  16. `[]` rental_escrow_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [operator, config, market, device, mint, bond, metas, vault, collateral_vault, iosd_mint, io_mint, operator_io, token_2022, iosd_token_program, io_token_program, system_program, rental_escrow_program, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let args = IssueArgs::parse(data)?;

    require_payer(operator)?;
    require_program(token_2022, &TOKEN_2022_ID)?;
    require_program(system_program, &SYSTEM_PROGRAM_ID)?;
    require_program(rental_escrow_program, &rental_escrow::ID)?;
    let config_state = load_active_config(config)?;
    require_address(market, &config_state.market())?;
    require_address(iosd_mint, &config_state.iosd_mint())?;
    require_program(iosd_token_program, &config_state.iosd_token_program())?;
    let number = config_state.pool_count().to_le_bytes();
    let market_state = load::<Market>(market, &rental_escrow::ID)?;
    require_address(io_mint, &market_state.io_mint())?;
    let io_decimals = mint_decimals(io_mint, io_token_program.address())?;

    tokenizable_device(device, operator, iosd_mint)?;
    let now = Clock::get()?.unix_timestamp;
    let deadline = now.checked_add(args.subscription).ok_or(ComputeTokensError::Overflow)?;
    let maturity = deadline.checked_add(args.term).ok_or(ComputeTokensError::Overflow)?;
    // Every coupon the bond can owe must be computable, or a sync could fail forever.
    let terms = BondTerms { face: args.face, coupon_bps: args.coupon_bps, start: now, maturity, grace: args.grace };
    terms.coupon_due(maturity).map_err(|_| ComputeTokensError::InvalidTerm)?;
    token_account_owned_by(operator_io, io_mint.address(), operator.address(), io_token_program.address())?;

    let mint_bump = [require_canonical_pda(mint, &[BONDS_SEED, &number], &crate::ID)?];
    let bond_bump = [require_canonical_pda(bond, &[POOL_SEED, mint.address().as_ref()], &crate::ID)?];
    let vault_bump = [require_canonical_pda(vault, &[VAULT_SEED, bond.address().as_ref()], &crate::ID)?];
    let collateral_bump =
        [require_canonical_pda(collateral_vault, &[COLLATERAL_SEED, bond.address().as_ref()], &crate::ID)?];
    let bond_seeds = pool_seeds!(mint.address(), &bond_bump);

    create_pda_account(operator, bond, Bond::LEN, &crate::ID, &bond_seeds)?;
    create_bond_mint(
        &NewMint {
            payer: operator,
            mint,
            mint_seeds: &[Seed::from(BONDS_SEED), Seed::from(&number), Seed::from(&mint_bump)],
            authority: bond,
            authority_seeds: &bond_seeds,
            token_program: token_2022,
            decimals: 0,
            transfer_hook: Some(&crate::ID),
        },
        &args,
        &BondDates { device: device.address(), maturity, issued: now },
    )?;
    create_extra_account_metas(operator, metas, mint, bond)?;
    let bond_address = *bond.address();
    create_token_account(
        operator,
        vault,
        iosd_mint,
        &bond_address,
        iosd_token_program,
        &[Seed::from(VAULT_SEED), Seed::from(bond_address.as_ref()), Seed::from(&vault_bump)],
    )?;
    create_token_account(
        operator,
        collateral_vault,
        io_mint,
        &bond_address,
        io_token_program,
        &[Seed::from(COLLATERAL_SEED), Seed::from(bond_address.as_ref()), Seed::from(&collateral_bump)],
    )?;
    if args.collateral > 0 {
        transfer_checked(
            operator_io,
            io_mint,
            collateral_vault,
            operator,
            args.collateral,
            io_decimals,
            io_token_program.address(),
            &[],
        )?;
    }

    let bond_view = *bond;
    lock_device_payout(&LockAccounts { operator, pool: &bond_view, market, device, vault }, i64::MAX, &bond_seeds)?;
    let state = init::<Bond>(bond)?;
    state.set_device(*device.address());
    state.set_operator(*operator.address());
    state.set_mint(*mint.address());
    state.set_vault(*vault.address());
    state.set_collateral_vault(*collateral_vault.address());
    state.set_io_mint(*io_mint.address());
    state.set_io_token_program(*io_token_program.address());
    state.set_face(args.face);
    state.set_min_raise(args.min_raise);
    state.set_coupon_bps(args.coupon_bps);
    state.set_deadline(deadline);
    state.set_maturity(maturity);
    state.set_grace(args.grace);
    state.set_collateral(args.collateral);
    state.set_status(bond_status::SUBSCRIBING);
    state.set_bump(bond_bump[0]);
    state.set_vault_bump(vault_bump[0]);
    state.set_collateral_bump(collateral_bump[0]);
    state.set_distribution_period(args.distribution_period);
    events::bond_issued(&bond_address, state);

    let config_state = load_mut::<Config>(config, &crate::ID)?;
    config_state.set_pool_count(config_state.pool_count() + 1);
    Ok(())
}

/// What the bond mint's metadata records besides the arguments.
#[derive(Clone, Copy)]
struct BondDates<'a> {
    device: &'a Address,
    maturity: i64,
    issued: i64,
}

/// The bond mint with its metadata: name, symbol, uri, and the device, face value, coupon, maturity, issue date
/// and grace period as text fields.
#[inline(never)] // keeps the text buffers out of `process`'s stack frame
fn create_bond_mint(new: &NewMint, args: &IssueArgs, dates: &BondDates) -> ProgramResult {
    let BondDates { device, maturity, issued } = *dates;
    let (mut address, mut face, mut coupon, mut matures, mut issue) = ([0; 44], [0; 20], [0; 20], [0; 20], [0; 20]);
    let mut grace = [0; 20];
    let fields = [
        (metadata::FIELD_DEVICE, metadata::base58(device, &mut address)),
        ("face", metadata::decimal(args.face, &mut face)),
        ("coupon_bps", metadata::decimal(args.coupon_bps as u64, &mut coupon)),
        ("maturity", metadata::decimal(maturity as u64, &mut matures)),
        ("issued", metadata::decimal(issued as u64, &mut issue)),
        ("grace", metadata::decimal(args.grace as u64, &mut grace)),
    ];
    create_mint_with_metadata(new, &Metadata { name: args.name, symbol: args.symbol, uri: args.uri, fields: &fields })
}
