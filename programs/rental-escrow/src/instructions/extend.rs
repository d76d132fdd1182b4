//! `extend(extra_seconds)`: the renter lengthens a running rental. The top-up is the cost of the whole new
//! duration minus the cost of the old one (so the escrow always holds exactly `cost(duration)`), plus the
//! renter fee on it.

use crate::{
    context::{load_active_market_mut, load_device, load_rental, now, Payment},
    error::EscrowError,
    events, stream,
};
use common::{
    args::ArgsReader,
    checks::{require_address, require_signer, require_writable},
    error::AnchorError,
};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("extend");
pub const ARGS_LEN: usize = 8;

/// Accounts:
///   0. `[signer]` renter: the rental's renter
///   1. `[writable]` market (counts IO fees burned)
///   2. `[writable]` device: the rental's device
///   3. `[writable]` rental
///   4. `[writable]` escrow: the rental's escrow
///   5. `[writable]` payment_mint (fees paid in IO are burned from it)
///   6. `[writable]` renter_token: the renter's token account of payment_mint
///   7. `[writable]` treasury: the market's treasury for the payment mint
///   8. `[]` token_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [renter, market, device, rental, escrow, payment_mint, renter_token, treasury, token_program, ..] = accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let extra: u64 = reader.read()?;
    reader.finish()?;

    require_signer(renter)?;
    let market_state = load_active_market_mut(market)?;
    let device_account = *device;
    let rental_address = *rental.address();
    let state = load_rental(rental, &device_account)?;
    if &state.renter() != renter.address() {
        return Err(EscrowError::NotRenter.into());
    }
    require_address(escrow, &state.escrow())?;
    require_writable(escrow)?;
    if extra == 0 {
        return Err(EscrowError::InvalidDuration.into());
    }
    if state.disputed() {
        return Err(EscrowError::RentalDisputed.into());
    }
    if now()? >= state.end() {
        return Err(EscrowError::RentalEnded.into());
    }
    let duration = (state.end() - state.start()) as u64; // end > start
    let new_duration = duration.checked_add(extra).ok_or(EscrowError::DurationTooLong)?;
    if new_duration > market_state.max_rental_duration() as u64 {
        return Err(EscrowError::DurationTooLong.into());
    }
    let end = state.start() + new_duration as i64; // at most one year after start
    let device_state = load_device(device)?;
    device_state.require_end_within_lock(end)?;
    let new_deposit = stream::cost(state.rate_per_hour(), new_duration).ok_or(EscrowError::MathOverflow)?;
    let added = new_deposit - state.deposited(); // cost grows with the duration
    let renter_fee = stream::fee(added, state.renter_fee_bps());
    let total = added.checked_add(renter_fee).ok_or(EscrowError::MathOverflow)?;
    let payment = Payment::checked(market_state, &state.payment_mint(), payment_mint, token_program, treasury)?;
    payment.require_renter_funds(renter_token, renter, total)?;

    payment.collect(renter_token, renter, escrow, added)?;
    payment.collect_fee(market_state, renter_token, renter, treasury, renter_fee)?;
    state.set_end(end);
    state.set_deposited(new_deposit);
    state.set_renter_fees(state.renter_fees() + renter_fee); // part of what the renter paid
    device_state.set_rented_until(end);
    events::rental_extended(&rental_address, end, new_deposit, added, renter_fee);
    Ok(())
}
