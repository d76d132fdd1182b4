//! `unbond`: releases a device's whole bond when the device is delisted and closes its bond account (rent back
//! to the position's owner, who paid it). Only the bond authority can call it. What is released is that
//! device's bond only, whatever slashes took from it: no other device's bond is touched.

use crate::{
    context::require_bond_authority,
    error::StakingError,
    events,
    state::{Config, DeviceBond, StakePosition},
};
use common::{
    args::ArgsReader,
    checks::{load, load_mut, require_address},
    error::AnchorError,
    token::close_pda_account,
};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("unbond");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` bond_authority: config's bond authority
///   1. `[writable]` config
///   2. `[writable]` position: the bond's position
///   3. `[writable]` device_bond: the device's bond, closed here
///   4. `[writable]` owner: the position's owner, receives the bond account's rent
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [bond_authority, config, position, device_bond, owner, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;

    // Not refused while paused: delisting a device must stay possible.
    let state = load_mut::<Config>(config, &crate::ID)?;
    require_bond_authority(state, bond_authority)?;
    let bond = load::<DeviceBond>(device_bond, &crate::ID)?;
    if &bond.position() != position.address() {
        return Err(StakingError::WrongDeviceBond.into());
    }
    require_address(owner, &bond.owner())?;
    let (released, bond_address) = (bond.amount(), *device_bond.address());
    let position_state = load_mut::<StakePosition>(position, &crate::ID)?;
    let bonded = position_state.bonded() - released; // the device's bond is part of the position's
    position_state.set_bonded(bonded);
    position_state.set_device_bonds(position_state.device_bonds() - 1); // this bond was counted
    state.set_total_bonded(state.total_bonded() - released); // and of the total

    events::unbonded(&position_state.owner(), &bond_address, released, bonded);
    close_pda_account(device_bond, owner)
}
