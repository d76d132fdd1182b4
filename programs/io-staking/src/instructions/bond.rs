//! `bond(device_class, gpu_count)`: locks the stake a listed device requires
//! (`Config::required_stake`) so it cannot be unstaked. Only the bond authority (rental_escrow's market PDA,
//! signing through `invoke_signed`) can call it. Bonded stake keeps earning rewards.

use crate::{
    context::{load_active_config, require_bond_authority},
    error::StakingError,
    events,
    state::StakePosition,
};
use common::{args::ArgsReader, checks::load_mut, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("bond");
pub const ARGS_LEN: usize = 1 + 4;

/// Accounts:
///   0. `[signer]` bond_authority: config's bond authority
///   1. `[writable]` config
///   2. `[writable]` position: the device operator's (any position of this program)
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [bond_authority, config, position, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let device_class: u8 = reader.read()?;
    let gpu_count: u32 = reader.read()?;
    reader.finish()?;

    let state = load_active_config(config)?;
    require_bond_authority(state, bond_authority)?;
    let amount = state.required_stake(device_class, gpu_count)?;
    let position_state = load_mut::<StakePosition>(position, &crate::ID)?;
    if amount > position_state.unbonded() {
        return Err(StakingError::InsufficientUnbondedStake.into());
    }
    let bonded = position_state.bonded() + amount; // <= staked
    position_state.set_bonded(bonded);
    state.set_total_bonded(state.total_bonded() + amount); // <= total staked

    events::bonded(&position_state.owner(), amount, device_class, gpu_count, bonded);
    Ok(())
}
