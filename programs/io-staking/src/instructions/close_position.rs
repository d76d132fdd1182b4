//! `close_position`: the owner of a position with nothing staked, nothing waiting out the cooldown, no rewards
//! owed and no device bond drawing on it (a bond slashed to zero still counts: a dispute may still name it)
//! closes it and gets its rent back. Staking again creates a new one.

use crate::{
    context::{load_active_config, load_signed_position, now},
    error::StakingError,
    events,
};
use common::{args::ArgsReader, checks::require_writable, error::AnchorError, token::close_pda_account};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("close_position");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer, writable]` owner: receives the rent
///   1. `[writable]` config
///   2. `[writable]` position: the owner's, closed
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [owner, config, position, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    require_writable(owner)?;
    let position_view = *position;
    let state = load_active_config(config)?;
    let position_state = load_signed_position(position, owner)?;
    // Rewards earned up to now must be claimed first.
    let pool = state.accrue(position_state, now()?)?;
    state.set_reward_pool(&pool);
    let empty = position_state.staked() == 0
        && position_state.pending_unstake() == 0
        && position_state.rewards_owed() == 0
        && position_state.device_bonds() == 0;
    if !empty {
        return Err(StakingError::PositionNotEmpty.into());
    }
    events::position_closed(owner.address());
    close_pda_account(&position_view, owner)
}
