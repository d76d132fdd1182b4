//! `request_unstake(amount)`: moves unbonded stake into the cooldown. It stops earning at once and can be
//! withdrawn when the cooldown has elapsed. A further request adds to the pending amount and restarts the
//! cooldown for all of it, so nothing leaves earlier than a full cooldown after it stopped earning.

use crate::{
    context::{load_active_config, load_signed_position, now, parse_amount},
    error::StakingError,
    events,
};
use common::error::AnchorError;
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("request_unstake");
pub const ARGS_LEN: usize = 8;

/// Accounts:
///   0. `[signer]` owner
///   1. `[writable]` config
///   2. `[writable]` position: the owner's
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [owner, config, position, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let amount = parse_amount(data)?;

    let state = load_active_config(config)?;
    let position_state = load_signed_position(position, owner)?;
    if amount > position_state.staked() {
        return Err(StakingError::InsufficientStake.into());
    }
    if amount > position_state.unbonded() {
        return Err(StakingError::StakeBonded.into());
    }

    let now = now()?;
    let mut pool = state.accrue(position_state, now)?;
    position_state.set_staked(position_state.staked() - amount);
    let pending = position_state.pending_unstake().checked_add(amount).ok_or(StakingError::MathOverflow)?;
    position_state.set_pending_unstake(pending);
    let unlock_time = now.checked_add(state.unstake_cooldown()).ok_or(StakingError::MathOverflow)?;
    position_state.set_unlock_time(unlock_time);
    pool.earning_stake -= amount; // the position's stake is part of the total
    state.set_reward_pool(&pool);
    let total_pending = state.total_pending_unstake().checked_add(amount).ok_or(StakingError::MathOverflow)?;
    state.set_total_pending_unstake(total_pending);

    events::unstake_requested(owner.address(), amount, pending, unlock_time);
    Ok(())
}
