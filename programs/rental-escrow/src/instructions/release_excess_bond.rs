//! `release_excess_bond(amount)`: the operator takes back `amount` of the stake it bonded for a device beyond the
//! device's requirement (`top_up_bond(extra)`), while no rental of the device is open: a rental's disputes may slash
//! the bond, so what backs it stays until it closes. A CPI to io_staking's `release_bond`, signed by the market PDA;
//! io_staking refuses to go below the requirement.

use crate::{
    error::EscrowError,
    events,
    staking_cpi::{operated_device_staking, StakingAccounts},
};
use common::{args::ArgsReader, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("release_excess_bond");
pub const ARGS_LEN: usize = 8;

/// Accounts:
///   0. `[signer]` operator: the device's operator
///   1. `[]` market: signs the release CPI
///   2. `[]` device
///   3. `[writable]` staking_config: the market's io_staking config
///   4. `[writable]` stake_position: the operator's io_staking position
///   5. `[writable]` device_bond: io_staking's bond account of the device
///   6. `[]` staking_program: io_staking
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [operator, market, device, staking_config, stake_position, device_bond, staking_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let amount: u64 = reader.read()?;
    reader.finish()?;
    let device_address = *device.address();
    let staking_accounts =
        StakingAccounts { program: staking_program, config: staking_config, position: stake_position, device_bond };
    let (state, staking) = operated_device_staking(operator, market, device, staking_accounts)?;
    if state.open_rentals() > 0 {
        return Err(EscrowError::RentalsOpen.into());
    }
    let bonded = staking.bond_amount(&device_address)?;
    staking.release(amount)?;
    events::bond_topped_up(&device_address, bonded - amount); // io_staking released at most what was bonded
    Ok(())
}
