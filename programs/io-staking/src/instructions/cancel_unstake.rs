//! `cancel_unstake`: returns the whole pending unstake to earning stake.

use crate::{
    context::{load_active_config, load_signed_position, now},
    error::StakingError,
    events,
};
use common::{args::ArgsReader, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("cancel_unstake");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` owner
///   1. `[writable]` config
///   2. `[writable]` position: the owner's
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [owner, config, position, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;

    let state = load_active_config(config)?;
    let position_state = load_signed_position(position, owner)?;
    let amount = position_state.pending_unstake();
    if amount == 0 {
        return Err(StakingError::NoPendingUnstake.into());
    }

    let mut pool = state.accrue(position_state, now()?)?;
    let staked = position_state.staked().checked_add(amount).ok_or(StakingError::MathOverflow)?;
    position_state.set_staked(staked);
    position_state.set_pending_unstake(0);
    position_state.set_unlock_time(0);
    pool.earning_stake = pool.earning_stake.checked_add(amount).ok_or(StakingError::MathOverflow)?;
    state.set_reward_pool(&pool);
    state.set_total_pending_unstake(state.total_pending_unstake() - amount); // the position's part of it

    events::unstake_cancelled(owner.address(), amount, staked);
    Ok(())
}
