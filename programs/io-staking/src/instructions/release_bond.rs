//! `release_bond(amount)`: releases `amount` of a device's bond beyond what its class and GPU count require (stake an
//! operator bonded extra to rank higher), back to the position's unbonded stake. Only the bond authority (rental_escrow's
//! market PDA, which allows it while no rental of the device is open) can call it; the requirement itself stays
//! bonded until the device is delisted (`unbond`).

use crate::{
    context::require_bond_authority,
    error::StakingError,
    events,
    state::{Config, DeviceBond, StakePosition},
};
use common::{args::ArgsReader, checks::load_mut, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("release_bond");
pub const ARGS_LEN: usize = 8;

/// Accounts:
///   0. `[signer]` bond_authority: config's bond authority
///   1. `[writable]` config
///   2. `[writable]` position: the bond's position
///   3. `[writable]` device_bond: the device's bond
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [bond_authority, config, position, device_bond, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let amount: u64 = reader.read()?;
    reader.finish()?;

    let state = load_mut::<Config>(config, &crate::ID)?;
    require_bond_authority(state, bond_authority)?;
    let bond_address = *device_bond.address();
    let bond = load_mut::<DeviceBond>(device_bond, &crate::ID)?;
    if &bond.position() != position.address() {
        return Err(StakingError::WrongDeviceBond.into());
    }
    let required = state.required_stake(bond.device_class(), bond.gpu_count())?;
    if amount == 0 || amount > bond.amount().saturating_sub(required) {
        return Err(StakingError::ReleaseBelowRequirement.into());
    }
    bond.set_amount(bond.amount() - amount);
    let position_state = load_mut::<StakePosition>(position, &crate::ID)?;
    let bonded = position_state.bonded() - amount; // the device's bond is part of the position's
    position_state.set_bonded(bonded);
    state.set_total_bonded(state.total_bonded() - amount); // and of the total

    events::unbonded(&position_state.owner(), &bond_address, amount, bonded);
    Ok(())
}
