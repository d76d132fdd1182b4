//! `update_device(price_per_gpu_hour, status)`: the operator re-prices the device, or takes it offline or back
//! online. The price cannot change while the device is rented. The payout is not an argument: it is always the
//! operator's associated token account (fixed at registration), or the locked payout while a program
//! (compute_tokens) holds the lock.

use crate::{
    context::{load_market, load_operated_device, now},
    error::EscrowError,
    events,
    state::{STATUS_AVAILABLE, STATUS_OFFLINE},
};
use common::{args::ArgsReader, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("update_device");
pub const ARGS_LEN: usize = 8 + 1;

/// Accounts:
///   0. `[signer]` operator: the device's operator
///   1. `[]` market
///   2. `[writable]` device
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [operator, market, device, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let price_per_gpu_hour: u64 = reader.read()?;
    let status: u8 = reader.read()?;
    reader.finish()?;
    if price_per_gpu_hour == 0 {
        return Err(EscrowError::InvalidPrice.into());
    }
    if status != STATUS_AVAILABLE && status != STATUS_OFFLINE {
        return Err(EscrowError::InvalidStatus.into());
    }

    load_market(market)?;
    let device_address = *device.address();
    let state = load_operated_device(device, operator)?;
    if state.deregistered() {
        return Err(EscrowError::DeviceDeregistered.into());
    }
    if price_per_gpu_hour != state.price_per_gpu_hour() && now()? < state.rented_until() {
        return Err(EscrowError::DeviceBusy.into());
    }
    state.set_price_per_gpu_hour(price_per_gpu_hour);
    if status == STATUS_AVAILABLE && state.status() != STATUS_AVAILABLE {
        state.set_free_since(now()?); // back to available: a new priority window
    }
    state.set_status(status);
    events::device_updated(&device_address, price_per_gpu_hour, status);
    Ok(())
}
