//! `deregister_device`: delists a device and releases its bond (io_staking closes the bond account, rent back to
//! the operator). Refused while any of its rentals is still open (running, disputed, or ended but inside the
//! renter's dispute window) so an operator cannot escape a dispute by unbonding, and while its payout is locked
//! (tokenized revenue must keep flowing). The device account stays, marked deregistered, with its reputation: a
//! new registration at the same address continues the history rather than wiping lost disputes.

use crate::{
    context::{load_market, load_operated_device},
    error::EscrowError,
    events,
    staking_cpi::{Staking, StakingAccounts},
    state::STATUS_DEREGISTERED,
};
use common::{args::ArgsReader, checks::require_writable, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("deregister_device");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer, writable]` operator: the device's operator; receives the bond account's rent
///   1. `[]` market: signs the unbond CPI
///   2. `[writable]` device
///   3. `[writable]` staking_config: the market's io_staking config
///   4. `[writable]` stake_position: the operator's io_staking position
///   5. `[writable]` device_bond: io_staking's bond account of the device, closed
///   6. `[]` staking_program: io_staking
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [operator, market, device, staking_config, stake_position, device_bond, staking_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    require_writable(operator)?;
    let market_state = load_market(market)?;
    let device_address = *device.address();
    let state = load_operated_device(device, operator)?;
    if state.deregistered() {
        return Err(EscrowError::DeviceDeregistered.into());
    }
    if state.open_rentals() != 0 {
        return Err(EscrowError::DeviceHasOpenRentals.into());
    }
    if state.payout_locked() {
        return Err(EscrowError::PayoutLocked.into());
    }
    let staking_accounts =
        StakingAccounts { program: staking_program, config: staking_config, position: stake_position, device_bond };
    let staking = Staking::checked(market, market_state, staking_accounts, operator.address())?;
    let unbonded = staking.bond_amount(&device_address)?;
    staking.unbond(operator)?;
    state.set_status(STATUS_DEREGISTERED);
    events::device_deregistered(&device_address, operator.address(), unbonded);
    Ok(())
}
