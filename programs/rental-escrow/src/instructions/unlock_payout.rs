//! `unlock_payout`: the program that locked a device's earnings releases them (its tokens' term is over): they
//! go to the operator's own payout again from the next payment on.

use crate::{context::load_device, error::EscrowError, events};
use common::{args::ArgsReader, checks::require_signer, error::AnchorError};
use pinocchio::{AccountView, Address, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("unlock_payout");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` locker: the device's payout locker
///   1. `[writable]` device
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [locker, device, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    require_signer(locker)?;
    let device_address = *device.address();
    let state = load_device(device)?;
    if !state.payout_locked() {
        return Err(EscrowError::PayoutNotLocked.into());
    }
    if &state.payout_locker() != locker.address() {
        return Err(EscrowError::NotPayoutLocker.into());
    }
    state.set_payout_locker(Address::default());
    state.set_locked_payout(Address::default());
    state.set_locked_until(0);
    events::payout_unlocked(&device_address, locker.address());
    Ok(())
}
