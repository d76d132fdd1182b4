//! `bond(device_class, gpu_count, extra)`: makes the stake bonded for `device` at least what a device of that class
//! and GPU count requires (`Config::required_stake`), plus `extra` beyond it (an operator bonding more than the
//! minimum to rank higher), so it cannot be unstaked. The first bond creates the device's
//! bond account at ["bond", device] (paid by the owner); a later one tops it up after a slash. Only the bond
//! authority (rental_escrow's market PDA, signing through `invoke_signed`) can call it, and only with the
//! position owner's signature: no authority can bond someone's stake (and so expose it to slashing) without
//! consent. Bonded stake keeps earning rewards.

use crate::{
    context::{load_active_config, require_bond_authority},
    error::StakingError,
    events,
    state::{DeviceBond, StakePosition, BOND_SEED},
};
use common::{
    args::ArgsReader,
    checks::{init, load, load_mut, require_canonical_pda, require_payer, require_program, AccountState},
    error::AnchorError,
    token::{create_pda_account, SYSTEM_PROGRAM_ID},
};
use pinocchio::{cpi::Seed, AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("bond");
pub const ARGS_LEN: usize = 1 + 4 + 8;

/// Accounts:
///   0. `[signer]` bond_authority: config's bond authority
///   1. `[writable]` config
///   2. `[writable]` position: the device operator's
///   3. `[writable]` device_bond: PDA ["bond", device], created by the first bond
///   4. `[]` device: the bonded device's account
///   5. `[signer, writable]` owner: the position's owner (the operator), consents and pays for the bond account
///   6. `[]` system_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [bond_authority, config, position, device_bond, device, owner_account, system_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let device_class: u8 = reader.read()?;
    let gpu_count: u32 = reader.read()?;
    let extra: u64 = reader.read()?;
    reader.finish()?;

    let state = load_active_config(config)?;
    require_bond_authority(state, bond_authority)?;
    let required = state.required_stake(device_class, gpu_count)?;
    let position_address = *position.address();
    let position_state = load_mut::<StakePosition>(position, &crate::ID)?;
    let owner = position_state.owner();
    require_payer(owner_account)?;
    if owner_account.address() != &owner {
        return Err(StakingError::OwnerMustSign.into());
    }

    let (bond_address, device_address) = (*device_bond.address(), *device.address());
    let before = if device_bond.owned_by(&crate::ID) {
        // Owned by this program with the DeviceBond discriminator: created below at ["bond", device] for the
        // device stored inside.
        let bond = load::<DeviceBond>(device_bond, &crate::ID)?;
        if bond.device() != device_address || bond.position() != position_address {
            return Err(StakingError::WrongDeviceBond.into());
        }
        bond.amount()
    } else {
        require_program(system_program, &SYSTEM_PROGRAM_ID)?;
        let bump = [require_canonical_pda(device_bond, &[BOND_SEED, device_address.as_ref()], &crate::ID)?];
        let seeds = [Seed::from(BOND_SEED), Seed::from(device_address.as_ref()), Seed::from(&bump)];
        create_pda_account(owner_account, device_bond, DeviceBond::LEN, &crate::ID, &seeds)?;
        let bond = init::<DeviceBond>(device_bond)?;
        bond.set_position(position_address);
        bond.set_owner(owner);
        bond.set_device(device_address);
        bond.set_bump(bump[0]);
        position_state.set_device_bonds(position_state.device_bonds() + 1); // fewer than 2^32 devices
        0
    };
    // Up to the requirement (after a slash, or at the first bond), then `extra` more.
    let amount = required.saturating_sub(before).checked_add(extra).ok_or(StakingError::MathOverflow)?;
    if amount > position_state.unbonded() {
        return Err(StakingError::InsufficientUnbondedStake.into());
    }
    let bonded = position_state.bonded() + amount; // <= staked
    position_state.set_bonded(bonded);
    state.set_total_bonded(state.total_bonded() + amount); // <= total staked
    let bond = load_mut::<DeviceBond>(device_bond, &crate::ID)?;
    bond.set_device_class(device_class);
    bond.set_gpu_count(gpu_count);
    bond.set_amount(before + amount);

    events::bonded(&owner, &bond_address, amount, device_class, gpu_count, bonded);
    Ok(())
}
