//! `start_emissions(genesis, staker_bps, stream_seconds)` (admin, once): starts io.net's emission schedule at
//! `genesis` (common::emission) and creates its two vaults, token accounts owned by the config PDA: the emission
//! vault, which the deployment or the treasury funds with IO, and the supplier vault. From then on anyone may
//! `crank_emissions`. The genesis must lie within a year of now; one in the past makes the first crank pay every
//! epoch since.

use crate::{
    context::{load_config_as_admin, now, Io},
    error::StakingError,
    events,
    instructions::fund_rewards::MAX_REWARD_DURATION,
    state::{EMISSION_VAULT_SEED, SUPPLIER_VAULT_SEED},
};
use common::{
    args::ArgsReader,
    checks::{require_canonical_pda, require_payer, require_program},
    emission::MAX_DECIMALS,
    error::AnchorError,
    math::BPS_DENOMINATOR,
    token::{create_token_account, SYSTEM_PROGRAM_ID},
};
use pinocchio::{cpi::Seed, AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("start_emissions");
pub const ARGS_LEN: usize = 8 + 2 + 8;

/// How far from now the genesis may be, either way: one year.
pub const MAX_GENESIS_DRIFT: i64 = 365 * 24 * 60 * 60;

/// Accounts:
///   0. `[signer, writable]` admin: the config's admin; pays for the two vaults
///   1. `[writable]` config
///   2. `[]` io_mint: config's IO mint
///   3. `[writable]` emission_vault: PDA ["emission_vault", config], created here
///   4. `[writable]` supplier_vault: PDA ["supplier_vault", config], created here
///   5. `[]` token_program: config's token program
///   6. `[]` system_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [admin, config, io_mint, emission_vault, supplier_vault, token_program, system_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let genesis: i64 = reader.read()?;
    let staker_bps: u16 = reader.read()?;
    let stream_seconds: i64 = reader.read()?;
    reader.finish()?;
    if staker_bps as u64 > BPS_DENOMINATOR || stream_seconds <= 0 || stream_seconds as u64 > MAX_REWARD_DURATION {
        return Err(StakingError::InvalidEmissionSplit.into());
    }

    let config_key = *config.address();
    let state = load_config_as_admin(config, admin)?;
    if state.emission_genesis() != 0 {
        return Err(StakingError::EmissionsAlreadyStarted.into());
    }
    // Within a year of now: a genesis in milliseconds, or a typo, would otherwise lock the funded vault for ages.
    let now = now()?;
    if genesis <= 0
        || genesis > now.saturating_add(MAX_GENESIS_DRIFT)
        || genesis < now.saturating_sub(MAX_GENESIS_DRIFT)
    {
        return Err(StakingError::InvalidEmissionGenesis.into());
    }
    if state.io_decimals() > MAX_DECIMALS {
        return Err(StakingError::EmissionDecimalsUnsupported.into());
    }
    Io::checked(state, io_mint, token_program)?;
    require_payer(admin)?;
    require_program(system_program, &SYSTEM_PROGRAM_ID)?;
    let emission_bump = require_canonical_pda(emission_vault, &[EMISSION_VAULT_SEED, config_key.as_ref()], &crate::ID)?;
    let supplier_bump = require_canonical_pda(supplier_vault, &[SUPPLIER_VAULT_SEED, config_key.as_ref()], &crate::ID)?;
    for (vault, seed, bump) in
        [(&*emission_vault, EMISSION_VAULT_SEED, emission_bump), (&*supplier_vault, SUPPLIER_VAULT_SEED, supplier_bump)]
    {
        let bump = [bump];
        let seeds = [Seed::from(seed), Seed::from(config_key.as_ref()), Seed::from(&bump)];
        create_token_account(admin, vault, io_mint, &config_key, token_program, &seeds)?;
    }

    state.set_emission_genesis(genesis);
    state.set_emission_staker_bps(staker_bps);
    state.set_emission_stream_seconds(stream_seconds);
    state.set_emission_vault(*emission_vault.address());
    state.set_supplier_vault(*supplier_vault.address());
    state.set_emission_vault_bump(emission_bump);
    state.set_supplier_vault_bump(supplier_bump);
    events::emissions_started(genesis, staker_bps, stream_seconds);
    Ok(())
}
