//! `deregister_device`: delists a device and releases its bonded stake. Refused while any of its rentals is
//! still open (running, disputed, or ended but inside the renter's dispute window) so an operator cannot
//! escape a dispute by unbonding, and while its payout is locked (tokenized revenue must keep flowing).

use crate::{
    context::{load_market, load_operated_device},
    error::EscrowError,
    events,
    staking_cpi::Staking,
};
use common::{args::ArgsReader, checks::require_writable, error::AnchorError, token::close_pda_account};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("deregister_device");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer, writable]` operator: the device's operator; receives the device account's rent
///   1. `[]` market: signs the unbond CPI
///   2. `[writable]` device: closed here
///   3. `[writable]` staking_config: the market's io_staking config
///   4. `[writable]` stake_position: the operator's io_staking position
///   5. `[]` staking_program: io_staking
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [operator, market, device, staking_config, stake_position, staking_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    require_writable(operator)?;
    let market_state = load_market(market)?;
    let device_account = *device;
    let state = load_operated_device(device, operator)?;
    if state.open_rentals() != 0 {
        return Err(EscrowError::DeviceHasOpenRentals.into());
    }
    if state.payout_locked() {
        return Err(EscrowError::PayoutLocked.into());
    }
    let staking =
        Staking::checked(market, market_state, staking_program, staking_config, stake_position, operator.address())?;

    let unbonded = state.bonded();
    if unbonded > 0 {
        staking.unbond(unbonded)?;
    }
    events::device_deregistered(device_account.address(), operator.address(), unbonded);
    close_pda_account(&device_account, operator)
}
