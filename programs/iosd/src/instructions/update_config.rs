//! `update_config(params)`: the admin changes the oracle guards, fee, mint window and cap, and the treasury.
//! A changed window length or cap applies from the next mint; the current window keeps its start.

use crate::{error::IosdError, instructions::initialize::ConfigParams, state::Config};
use common::{admin::load_as_admin, error::AnchorError, token::token_account_of_mint};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("update_config");
pub const ARGS_LEN: usize = crate::instructions::initialize::ARGS_LEN;

/// Accounts:
///   0. `[signer]` admin: the config's admin
///   1. `[writable]` config
///   2. `[]` treasury: IO token account receiving fees
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [admin, config, treasury, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let params = ConfigParams::parse(data)?;
    params.validate()?;
    let state = load_as_admin::<Config>(config, admin, &crate::ID, IosdError::NotAdmin.into())?;
    token_account_of_mint(treasury, &state.io_mint(), &state.io_token_program())?;
    params.apply(state);
    state.set_treasury(*treasury.address());
    Ok(())
}
