//! `update_device(price_per_gpu_hour, status)`: the operator re-prices the device, takes it offline or back
//! online, and may point its earnings back at its associated token account (after a payout lock ended). The price cannot change while the device is
//! rented, nor the payout account while a program (compute_tokens) has locked it.

use crate::{
    context::{load_market, load_operated_device, now},
    error::EscrowError,
    events,
    state::{STATUS_AVAILABLE, STATUS_OFFLINE},
};
use common::{
    args::ArgsReader,
    error::AnchorError,
    token::{is_associated_token_account, token_account_of_mint},
};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("update_device");
pub const ARGS_LEN: usize = 8 + 1;

/// Accounts:
///   0. `[signer]` operator: the device's operator
///   1. `[]` market
///   2. `[writable]` device
///   3. `[]` payout: the device's current payout, or the operator's associated token account of the payment mint
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [operator, market, device, payout, ..] = accounts else {
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

    let market_state = load_market(market)?;
    let device_address = *device.address();
    let state = load_operated_device(device, operator)?;
    if price_per_gpu_hour != state.price_per_gpu_hour() && now()? < state.rented_until() {
        return Err(EscrowError::DeviceBusy.into());
    }
    if payout.address() != &state.payout() {
        if state.payout_locked() {
            return Err(EscrowError::PayoutLocked.into());
        }
        let (token_program, _) = market_state.payment_terms(&state.payment_mint())?;
        token_account_of_mint(payout, &state.payment_mint(), &token_program)?;
        if !is_associated_token_account(payout, operator.address(), &state.payment_mint(), &token_program) {
            return Err(EscrowError::PayoutNotAssociated.into());
        }
        state.set_payout(*payout.address());
    }
    state.set_price_per_gpu_hour(price_per_gpu_hour);
    state.set_status(status);
    events::device_updated(&device_address, price_per_gpu_hour, status, payout.address());
    Ok(())
}
