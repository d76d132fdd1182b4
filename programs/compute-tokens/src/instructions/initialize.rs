//! `initialize`: creates the config, bound to rental_escrow's market and its IOSD mint.

use crate::{
    error::ComputeTokensError,
    state::{Config, CONFIG_SEED},
};
use common::{
    args::ArgsReader,
    checks::{
        init, load, require_canonical_pda, require_payer, require_program, require_upgrade_authority, AccountState,
    },
    error::AnchorError,
    token::{create_pda_account, has_only_display_extensions, SYSTEM_PROGRAM_ID},
};
use pinocchio::{cpi::Seed, error::ProgramError, AccountView, Address, ProgramResult};
use rental_escrow::state::Market;

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("initialize");

pub struct InitializeArgs {
    pub operator_bps: u16,
}

/// Borsh size of the arguments (checked against the IDL).
pub const ARGS_LEN: usize = 2;

impl InitializeArgs {
    fn parse(data: &[u8]) -> Result<Self, ProgramError> {
        let mut reader = ArgsReader::new(data);
        let args = Self { operator_bps: reader.read()? };
        reader.finish()?;
        if args.operator_bps > 10_000 {
            return Err(ComputeTokensError::InvalidSplit.into());
        }
        Ok(args)
    }
}

/// Accounts:
///   0. `[signer, writable]` admin: pays for the config and becomes its admin
///   1. `[writable]` config: PDA ["config"], created here
///   2. `[]` iosd_mint: must be the market's IOSD mint
///   3. `[]` market: rental_escrow's market
///   4. `[]` system_program
///   5. `[]` program: this program (its loader account names its ProgramData)
///   6. `[]` program_data: this program's ProgramData; its upgrade authority must be admin
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [admin, config, iosd_mint, market, system_program, program, program_data, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let args = InitializeArgs::parse(data)?;

    require_payer(admin)?;
    require_program(system_program, &SYSTEM_PROGRAM_ID)?;
    require_upgrade_authority(
        program,
        program_data,
        admin,
        &crate::ID,
        ComputeTokensError::NotUpgradeAuthority.into(),
    )?;
    // Owned by rental_escrow with the Market discriminator: only rental_escrow can have written it.
    let market_state = load::<Market>(market, &common::ids::RENTAL_ESCROW)?;
    if &market_state.iosd_mint() != iosd_mint.address() {
        return Err(ComputeTokensError::MintMismatch.into());
    }
    if !has_only_display_extensions(iosd_mint) {
        return Err(ComputeTokensError::UnsupportedMintExtension.into());
    }
    let iosd_token_program = market_state.iosd_token_program();

    let bump = require_canonical_pda(config, &[CONFIG_SEED], &crate::ID)?;
    let bump_seed = [bump];
    create_pda_account(admin, config, Config::LEN, &crate::ID, &[Seed::from(CONFIG_SEED), Seed::from(&bump_seed)])?;

    let state = init::<Config>(config)?;
    state.set_admin(*admin.address());
    state.set_pending_admin(Address::default());
    state.set_iosd_mint(*iosd_mint.address());
    state.set_iosd_token_program(iosd_token_program);
    state.set_market(*market.address());
    state.set_operator_bps(args.operator_bps);
    state.set_bump(bump);
    Ok(())
}
