//! `unbond(amount)`: releases bonded stake when a device is delisted. Only the bond authority can call it.
//! Releases at most what is still bonded: a slash may have taken part of a device's bond since it was listed,
//! and delisting must still succeed then.

use crate::{
    context::{parse_amount, require_bond_authority},
    events,
    state::{Config, StakePosition},
};
use common::{checks::load_mut, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("unbond");
pub const ARGS_LEN: usize = 8;

/// Accounts:
///   0. `[signer]` bond_authority: config's bond authority
///   1. `[writable]` config
///   2. `[writable]` position: the device operator's (any position of this program)
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [bond_authority, config, position, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let amount = parse_amount(data)?;

    // Not refused while paused: delisting a device must stay possible.
    let state = load_mut::<Config>(config, &crate::ID)?;
    require_bond_authority(state, bond_authority)?;
    let position_state = load_mut::<StakePosition>(position, &crate::ID)?;
    let released = amount.min(position_state.bonded());
    let bonded = position_state.bonded() - released;
    position_state.set_bonded(bonded);
    state.set_total_bonded(state.total_bonded() - released); // the position's bond is part of the total

    events::unbonded(&position_state.owner(), released, bonded);
    Ok(())
}
