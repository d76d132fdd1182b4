//! `top_up_bond(extra)`: the operator bonds more of its stake for a device: back up to what its class and GPU count
//! require after a slash (`create_rental` refuses it meanwhile), plus `extra` beyond the requirement, which raises the
//! device's stake multiple (bonded / required) and so its rank in search. A CPI to io_staking's `bond`, signed by the
//! market PDA. `release_excess_bond` takes the excess back.

use crate::{
    error::EscrowError,
    events,
    staking_cpi::{operated_device_staking, StakingAccounts},
};
use common::{args::ArgsReader, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("top_up_bond");
pub const ARGS_LEN: usize = 8;

/// Accounts:
///   0. `[signer, writable]` operator: the device's operator
///   1. `[]` market: signs the bond CPI
///   2. `[]` device
///   3. `[writable]` staking_config: the market's io_staking config
///   4. `[writable]` stake_position: the operator's io_staking position
///   5. `[writable]` device_bond: io_staking's bond account of the device
///   6. `[]` staking_program: io_staking
///   7. `[]` system_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [operator, market, device, staking_config, stake_position, device_bond, staking_program, system_program, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let extra: u64 = reader.read()?;
    reader.finish()?;
    let device_address = *device.address();
    let staking_accounts =
        StakingAccounts { program: staking_program, config: staking_config, position: stake_position, device_bond };
    // The device is read only: a top-up changes io_staking's accounts, not the device.
    let (state, staking) = operated_device_staking(operator, market, device, staking_accounts)?;
    if state.deregistered() {
        return Err(EscrowError::DeviceDeregistered.into());
    }
    let (class, gpus) = (state.device_class(), state.gpu_count());
    let bonded = staking.bond_amount(&device_address)?;
    let required = staking.config_state()?.required_stake(class, gpus).map_err(|_| EscrowError::UnknownDeviceClass)?;
    let added = required.saturating_sub(bonded).checked_add(extra).ok_or(EscrowError::MathOverflow)?;
    if added > staking.position_state()?.unbonded() {
        return Err(EscrowError::InsufficientStake.into());
    }
    staking.bond((class, gpus, extra), device, operator, system_program)?;
    events::bond_topped_up(&device_address, bonded.max(required) + extra); // <= the position's stake
    Ok(())
}
