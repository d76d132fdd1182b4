//! `open_dispute`: the renter contests a rental, during it or within its dispute window (the market's when
//! booked) after its end. The stream stops at once (nothing more streams, settle is refused) and what is still
//! in escrow waits for the arbiter's `resolve_dispute`. A rental disputed before its end frees the device.

use crate::{
    context::{load_device, load_market, load_rental, now},
    error::EscrowError,
    events,
};
use common::{args::ArgsReader, checks::require_signer, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("open_dispute");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` renter: the rental's renter
///   1. `[]` market
///   2. `[writable]` device: the rental's device
///   3. `[writable]` rental
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [renter, market, device, rental, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;

    require_signer(renter)?;
    load_market(market)?;
    let device_account = *device;
    let rental_address = *rental.address();
    let state = load_rental(rental, &device_account)?;
    if &state.renter() != renter.address() {
        return Err(EscrowError::NotRenter.into());
    }
    if state.disputed() {
        return Err(EscrowError::RentalDisputed.into());
    }
    let now = now()?;
    // The window closes at end + window exactly, the moment `complete` opens to anyone: the two never overlap.
    if now >= state.end().saturating_add(state.dispute_window()) {
        return Err(EscrowError::DisputeWindowClosed.into());
    }
    state.set_disputed(true);
    state.set_disputed_at(now);

    let device_state = load_device(device)?;
    if now < state.end() {
        device_state.set_rented_until(now);
    }
    device_state.set_disputes_opened(device_state.disputes_opened() + 1);
    events::dispute_opened(&rental_address, device_account.address(), now);
    Ok(())
}
