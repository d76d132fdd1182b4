//! `withdraw_emission_surplus` (admin): moves IO the emission vault holds beyond what the schedule still owes
//! (`C(LAST_EPOCH) - emission_paid`) to the treasury: a vault funded above the schedule's total, or tokens sent to it
//! from outside. What the schedule still owes never leaves the vault.

use crate::{
    context::{load_config_as_admin, Io},
    error::StakingError,
    events,
};
use common::{
    args::ArgsReader,
    checks::require_address,
    emission::{cumulative, LAST_EPOCH},
    error::AnchorError,
    token::token_account,
};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("withdraw_emission_surplus");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` admin: the config's admin
///   1. `[writable]` config: signs for the vault
///   2. `[writable]` emission_vault: config's emission vault
///   3. `[writable]` treasury: config's treasury
///   4. `[]` io_mint: config's IO mint
///   5. `[]` token_program: config's token program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [admin, config, emission_vault, treasury, io_mint, token_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    let config_account = *config;
    let state = load_config_as_admin(config, admin)?;
    if state.emission_genesis() == 0 {
        return Err(StakingError::EmissionsNotStarted.into());
    }
    require_address(treasury, &state.treasury())?;
    let io = Io::checked(state, io_mint, token_program)?;
    io.check_vault_and_user_account(emission_vault, &state.emission_vault(), treasury)?;

    let total = cumulative(LAST_EPOCH, state.io_decimals()).ok_or(StakingError::EmissionDecimalsUnsupported)?;
    let still_owed = total - state.emission_paid(); // paid never exceeds the total
    let held = token_account(emission_vault, token_program.address())?.amount();
    let surplus = held.saturating_sub(still_owed);
    if surplus == 0 {
        return Err(StakingError::NoEmissionSurplus.into());
    }
    io.pay_out(emission_vault, treasury, &config_account, surplus)?;
    events::emission_surplus_withdrawn(surplus);
    Ok(())
}
