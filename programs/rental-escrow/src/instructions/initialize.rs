//! `initialize`: creates the market, bound to io_staking's config whose bond authority is the market PDA.

use crate::{
    error::EscrowError,
    events,
    state::{Market, MARKET_SEED, PAYMENT_MINTS},
};
use common::{
    admin::MAX_CHANGE_DELAY,
    args::ArgsReader,
    checks::{
        init, load, require_canonical_pda, require_payer, require_program, require_upgrade_authority, AccountState,
    },
    error::AnchorError,
    token::{
        create_pda_account, has_only_display_extensions, token_account_of_mint, SPL_TOKEN_ID, SYSTEM_PROGRAM_ID,
        TOKEN_2022_ID,
    },
};
use io_staking::state::Config as StakingConfig;
use pinocchio::{cpi::Seed, error::ProgramError, AccountView, Address, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("initialize");

const MAX_FEE_BPS: u16 = 1_000;
const MAX_DISPUTE_WINDOW: i64 = 30 * 24 * 60 * 60;
const MIN_RENTAL_DURATION_CAP: i64 = 60 * 60;
const MAX_RENTAL_DURATION_CAP: i64 = 365 * 24 * 60 * 60;

/// The market settings `initialize` sets and `update_market` changes.
pub struct MarketParams {
    pub arbiter: Address,
    /// Fees by payment mint (IOSD, IO, USDC): the renter's on top of the price, the operator's from its earnings.
    pub renter_fee_bps: [u16; PAYMENT_MINTS],
    pub supplier_fee_bps: [u16; PAYMENT_MINTS],
    pub dispute_window: i64,
    pub max_rental_duration: i64,
    /// Rentals booked for less do not count toward reputation (io.net-style default: one hour).
    pub min_rental_duration: i64,
    /// IO a renter must have staked (io_staking's position, pending unstakes excluded) for priority tiers 1, 2 and 3.
    pub tier_thresholds: [u64; PRIORITY_TIERS],
    /// Per device class, the tier a renter needs to book such a device during its priority window (0: anyone).
    pub class_priority: [u8; DEVICE_CLASSES],
    /// Seconds after a device becomes free during which only renters at its class's tier may book it.
    pub priority_window: i64,
}

/// Priority tiers above the standard one.
pub const PRIORITY_TIERS: usize = 3;
/// Device classes (io_staking's class multipliers).
pub const DEVICE_CLASSES: usize = 4;
const MAX_PRIORITY_WINDOW: i64 = 7 * 24 * 60 * 60;

/// Borsh size of `MarketParams` (`update_market`'s arguments).
pub const PARAMS_LEN: usize = 32 + 2 * PAYMENT_MINTS * 2 + 8 + 8 + 8 + 8 * PRIORITY_TIERS + DEVICE_CLASSES + 8;
/// Borsh size of the arguments: the settings, then the delay of arbiter changes (checked against the IDL).
pub const ARGS_LEN: usize = PARAMS_LEN + 8;

impl MarketParams {
    pub fn parse(data: &[u8]) -> Result<Self, ProgramError> {
        let mut reader = ArgsReader::new(data);
        let args = Self::read(&mut reader)?;
        reader.finish()?;
        args.validate()?;
        Ok(args)
    }

    fn read(reader: &mut ArgsReader) -> Result<Self, ProgramError> {
        Ok(Self {
            arbiter: reader.read()?,
            renter_fee_bps: reader.read_array()?,
            supplier_fee_bps: reader.read_array()?,
            dispute_window: reader.read()?,
            max_rental_duration: reader.read()?,
            min_rental_duration: reader.read()?,
            tier_thresholds: reader.read_array()?,
            class_priority: reader.read_array()?,
            priority_window: reader.read()?,
        })
    }

    fn validate(&self) -> Result<(), ProgramError> {
        if self.arbiter == Address::default() {
            return Err(EscrowError::InvalidArbiter.into());
        }
        if self.renter_fee_bps.iter().chain(&self.supplier_fee_bps).any(|&bps| bps > MAX_FEE_BPS) {
            return Err(EscrowError::InvalidFee.into());
        }
        if self.dispute_window < 0 || self.dispute_window > MAX_DISPUTE_WINDOW {
            return Err(EscrowError::InvalidDisputeWindow.into());
        }
        if self.max_rental_duration < MIN_RENTAL_DURATION_CAP || self.max_rental_duration > MAX_RENTAL_DURATION_CAP {
            return Err(EscrowError::InvalidMaxDuration.into());
        }
        if self.min_rental_duration < 0 || self.min_rental_duration > self.max_rental_duration {
            return Err(EscrowError::InvalidMinDuration.into());
        }
        // Tiers rise strictly from a positive stake; a class needs one of them; the window is at most a week.
        let [t1, t2, t3] = self.tier_thresholds;
        let tiers_ok = 0 < t1 && t1 < t2 && t2 < t3;
        let classes_ok = self.class_priority.iter().all(|&tier| tier as usize <= PRIORITY_TIERS);
        if !tiers_ok || !classes_ok || !(0..=MAX_PRIORITY_WINDOW).contains(&self.priority_window) {
            return Err(EscrowError::InvalidPrioritySettings.into());
        }
        Ok(())
    }

    /// Writes the settings that take effect at once (the arbiter and the fees are timelocked: see `update_market`).
    /// Running rentals keep the fees and dispute window they were booked with.
    pub fn apply_settings(&self, state: &mut Market) {
        state.set_dispute_window(self.dispute_window);
        state.set_max_rental_duration(self.max_rental_duration);
        state.set_min_rental_duration(self.min_rental_duration);
        state.set_tier_thresholds(self.tier_thresholds);
        state.set_class_priority(self.class_priority);
        state.set_priority_window(self.priority_window);
        events::market_updated(self);
    }
}

/// The program that owns `mint` (SPL Token or Token-2022).
fn mint_token_program(mint: &AccountView) -> Result<Address, ProgramError> {
    if mint.owned_by(&SPL_TOKEN_ID) {
        Ok(SPL_TOKEN_ID)
    } else if mint.owned_by(&TOKEN_2022_ID) {
        Ok(TOKEN_2022_ID)
    } else {
        Err(AnchorError::ConstraintMintTokenProgram.into())
    }
}

/// Accounts:
///   0. `[signer, writable]` admin: pays for the market and becomes its admin
///   1. `[writable]` market: PDA ["market"], created here
///   2. `[]` iosd_mint
///   3. `[]` io_mint
///   4. `[]` usdc_mint
///   5. `[]` treasury_iosd: IOSD token account receiving fees paid in IOSD
///   6. `[]` treasury_io: IO token account receiving donations swept out of closing escrows (IO fees are burned)
///   7. `[]` treasury_usdc: USDC token account receiving fees paid in USDC
///   8. `[]` staking_config: io_staking's config; its bond authority must be this market
///   9. `[]` system_program
///  10. `[]` program: this program (its loader account names its ProgramData)
///  11. `[]` program_data: this program's ProgramData; its upgrade authority must be admin
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [admin, market, iosd_mint, io_mint, usdc_mint, treasury_iosd, treasury_io, treasury_usdc, staking_config, system_program, program, program_data, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let params = MarketParams::read(&mut reader)?;
    let change_delay: i64 = reader.read()?;
    reader.finish()?;
    params.validate()?;
    if !(0..=MAX_CHANGE_DELAY).contains(&change_delay) {
        return Err(EscrowError::InvalidChangeDelay.into());
    }

    require_payer(admin)?;
    require_program(system_program, &SYSTEM_PROGRAM_ID)?;
    require_upgrade_authority(program, program_data, admin, &crate::ID, EscrowError::NotUpgradeAuthority.into())?;
    let iosd_token_program = mint_token_program(iosd_mint)?;
    let io_token_program = mint_token_program(io_mint)?;
    let usdc_token_program = mint_token_program(usdc_mint)?;
    if iosd_mint.address() == io_mint.address()
        || usdc_mint.address() == io_mint.address()
        || usdc_mint.address() == iosd_mint.address()
    {
        return Err(EscrowError::DuplicatePaymentMint.into());
    }
    if ![&*iosd_mint, &*io_mint, &*usdc_mint].iter().all(|mint| has_only_display_extensions(mint)) {
        return Err(EscrowError::UnsupportedMintExtension.into());
    }
    token_account_of_mint(treasury_iosd, iosd_mint.address(), &iosd_token_program)?;
    token_account_of_mint(treasury_io, io_mint.address(), &io_token_program)?;
    token_account_of_mint(treasury_usdc, usdc_mint.address(), &usdc_token_program)?;

    let bump = require_canonical_pda(market, &[MARKET_SEED], &crate::ID)?;
    // Owned by io_staking with the Config discriminator: only io_staking can have written it.
    let staking = load::<StakingConfig>(staking_config, &common::ids::IO_STAKING)?;
    if &staking.bond_authority() != market.address() {
        return Err(EscrowError::BondAuthorityMismatch.into());
    }

    let bump_seed = [bump];
    create_pda_account(admin, market, Market::LEN, &crate::ID, &[Seed::from(MARKET_SEED), Seed::from(&bump_seed)])?;

    let state = init::<Market>(market)?;
    state.set_admin(*admin.address());
    state.set_pending_admin(Address::default());
    state.set_iosd_mint(*iosd_mint.address());
    state.set_iosd_token_program(iosd_token_program);
    state.set_io_mint(*io_mint.address());
    state.set_io_token_program(io_token_program);
    state.set_treasury_iosd(*treasury_iosd.address());
    state.set_treasury_io(*treasury_io.address());
    state.set_usdc_mint(*usdc_mint.address());
    state.set_usdc_token_program(usdc_token_program);
    state.set_treasury_usdc(*treasury_usdc.address());
    state.set_renter_fee_bps(params.renter_fee_bps);
    state.set_supplier_fee_bps(params.supplier_fee_bps);
    state.set_staking_config(*staking_config.address());
    state.set_bump(bump);
    state.set_arbiter(params.arbiter);
    state.set_change_delay(change_delay);
    params.apply_settings(state);
    Ok(())
}
