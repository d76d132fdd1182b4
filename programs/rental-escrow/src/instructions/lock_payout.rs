//! `lock_payout(until)`: with the operator's consent, a program (compute_tokens, signing with its PDA) points the
//! device's earnings at `payout` and locks them there until `until`: nobody but that locker can change it, so
//! revenue sold as tokens cannot be diverted, and no rental may run past `until`, so all revenue paid there was
//! earned in the lock's term. Refused while a rental already runs past `until`. Only the locker can
//! `unlock_payout`.

use crate::{
    context::{load_market, load_operated_device},
    error::EscrowError,
    events,
};
use common::{args::ArgsReader, checks::require_signer, error::AnchorError, token::token_account_of_mint};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("lock_payout");
pub const ARGS_LEN: usize = 8;

/// Accounts:
///   0. `[signer]` operator: the device's operator
///   1. `[signer]` locker: the account (a program PDA) that alone may unlock
///   2. `[]` market
///   3. `[writable]` device
///   4. `[]` payout: token account of the device's payment mint receiving the earnings while locked
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [operator, locker, market, device, payout, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let until: i64 = reader.read()?;
    reader.finish()?;
    require_signer(locker)?;
    let market_state = load_market(market)?;
    let device_address = *device.address();
    let state = load_operated_device(device, operator)?;
    if state.payout_locked() {
        return Err(EscrowError::PayoutLocked.into());
    }
    if state.deregistered() {
        return Err(EscrowError::DeviceDeregistered.into());
    }
    let token_program = market_state.payment_terms(&state.payment_mint())?.token_program;
    token_account_of_mint(payout, &state.payment_mint(), &token_program)?;
    if state.rented_until() > until {
        return Err(EscrowError::RentalPastPayoutLock.into());
    }

    state.set_locked_payout(*payout.address());
    state.set_locked_until(until);
    state.set_payout_locker(*locker.address());
    events::payout_locked(&device_address, payout.address(), locker.address(), until);
    Ok(())
}
