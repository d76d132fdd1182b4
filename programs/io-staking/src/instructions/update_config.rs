//! `update_config(params)`: the admin changes the settings `initialize` set, and the treasury.
//! A new cooldown applies to unstake requests made from now on.

use crate::{context::load_config_as_admin, error::StakingError, instructions::initialize::ConfigParams};
use common::{error::AnchorError, token::token_account_of_mint};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("update_config");
pub const ARGS_LEN: usize = crate::instructions::initialize::ARGS_LEN;

/// Accounts:
///   0. `[signer]` admin: the config's admin
///   1. `[writable]` config
///   2. `[]` treasury: IO token account that receives slashed stake (not one of the vaults)
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [admin, config, treasury, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let params = ConfigParams::parse(data)?;
    params.validate()?;

    let state = load_config_as_admin(config, admin)?;
    token_account_of_mint(treasury, &state.io_mint(), &state.token_program())?;
    if treasury.address() == &state.stake_vault() || treasury.address() == &state.reward_vault() {
        return Err(StakingError::InvalidTreasury.into());
    }
    params.apply(state);
    state.set_treasury(*treasury.address());
    Ok(())
}
