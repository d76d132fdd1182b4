//! `update_config(params)`: the admin changes the settings `initialize` set. The cooldown, minimum stake and
//! class multipliers take effect at once (a new cooldown applies to unstake requests made from now on). A new
//! treasury, bond authority or slash authority is only proposed: it is visible on chain and applied by anyone
//! (`apply_config_change`) once the config's `change_delay` has passed. Proposing the current ones withdraws a
//! pending change.

use crate::{context::load_config_as_admin, context::now, error::StakingError, instructions::initialize::ConfigParams};
use common::{admin::propose_change, error::AnchorError, token::token_account_of_mint};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("update_config");
pub const ARGS_LEN: usize = crate::instructions::initialize::PARAMS_LEN;

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
    if state.vaults().contains(treasury.address()) {
        return Err(StakingError::InvalidTreasury.into());
    }
    params.apply_settings(state);
    let changed = treasury.address() != &state.treasury()
        || params.bond_authority != state.bond_authority()
        || params.slash_authority != state.slash_authority();
    if changed {
        state.set_pending_treasury(*treasury.address());
        state.set_pending_bond_authority(params.bond_authority);
        state.set_pending_slash_authority(params.slash_authority);
    }
    state.set_change_ready_at(propose_change(changed, now()?, state.change_delay()));
    Ok(())
}
