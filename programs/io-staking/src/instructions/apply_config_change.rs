//! `apply_config_change` (anyone): once the delay has passed, the proposed treasury and bond and slash authorities
//! replace the current ones.

use crate::{context::now, error::change_errors, state::Config};
use common::{
    admin::{require_change_ready, NO_PENDING_CHANGE},
    args::ArgsReader,
    checks::load_mut,
    error::AnchorError,
};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("apply_config_change");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[writable]` config
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [config, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    let state = load_mut::<Config>(config, &crate::ID)?;
    require_change_ready(state.paused(), state.change_ready_at(), now()?, change_errors())?;
    state.set_treasury(state.pending_treasury());
    state.set_bond_authority(state.pending_bond_authority());
    state.set_slash_authority(state.pending_slash_authority());
    state.set_change_ready_at(NO_PENDING_CHANGE);
    Ok(())
}
