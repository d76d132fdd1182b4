//! `update_config(params)`: the admin changes the settings `initialize` set. The guards, fee, mint window and cap
//! take effect at once (a changed window length or cap applies from the next window). A new treasury, Pyth
//! receiver or feed id is only proposed: it is visible on chain and applied by anyone (`apply_config_change`) once
//! the config's `change_delay` has passed. Proposing the current ones withdraws a pending change.

use crate::{error::IosdError, instructions::initialize::ConfigParams, state::Config};
use common::{
    admin::{load_as_admin, propose_change},
    error::AnchorError,
    token::token_account_of_mint,
};
use pinocchio::{
    sysvars::{clock::Clock, Sysvar},
    AccountView, ProgramResult,
};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("update_config");
pub const ARGS_LEN: usize = crate::instructions::initialize::PARAMS_LEN;

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
    params.apply_settings(state);
    let changed = treasury.address() != &state.treasury()
        || params.pyth_receiver != state.pyth_receiver()
        || params.feed_id != state.feed_id();
    if changed {
        state.set_pending_treasury(*treasury.address());
        state.set_pending_pyth_receiver(params.pyth_receiver);
        state.set_pending_feed_id(params.feed_id);
    }
    state.set_change_ready_at(propose_change(changed, Clock::get()?.unix_timestamp, state.change_delay()));
    Ok(())
}
