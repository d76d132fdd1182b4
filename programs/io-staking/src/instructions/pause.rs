//! `pause` / `unpause` (admin). While paused, stake, request_unstake, cancel_unstake, withdraw,
//! claim_rewards and bond are refused with `Paused`; unbond and slash still work, so devices can be
//! delisted and misbehaviour punished during an incident; reward streaming follows the clock regardless.

use crate::{context::load_config_as_admin, events};
use common::{args::ArgsReader, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const PAUSE_DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("pause");
pub const UNPAUSE_DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("unpause");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` admin: the config's admin
///   1. `[writable]` config
pub fn set_paused(accounts: &mut [AccountView], data: &[u8], paused: bool) -> ProgramResult {
    let [admin, config, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    let state = load_config_as_admin(config, admin)?;
    state.set_paused(paused);
    events::paused_set(paused);
    Ok(())
}
