//! `complete`: after the end, pays the operator the rest of the escrow (minus the supplier fee), counts the
//! rental in the device's reputation, and closes the escrow and the rental with their rent back to the renter.
//! The renter may complete as soon as the rental ends (waiving the dispute window); anyone may once the
//! window has closed. The rest of its service is counted for the device's supplier emissions.

use crate::{
    context::{load_device, load_market_mut, now, Escrow, EscrowAccounts},
    error::EscrowError,
    events,
    state::Closing,
    supply::{count_service, Service, SupplyAccounts},
};
use common::{
    args::ArgsReader,
    checks::{require_address, require_signer},
    error::AnchorError,
};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("complete");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` caller: the renter, or anyone after the dispute window
///   1. `[writable]` renter: the rental's renter, receives the rent
///   2. `[writable]` market (counts IO fees burned)
///   3. `[writable]` device: the rental's device
///   4. `[writable]` rental: closed here
///   5. `[writable]` escrow: the rental's escrow, closed here
///   6. `[writable]` payout: the device's payout account
///   7. `[writable]` treasury: the market's treasury for the payment mint
///   8. `[writable]` payment_mint (fees paid in IO are burned from it)
///   9. `[]` token_program
///  10. `[]` staking_config: the market's io_staking config (the emission schedule)
///  11. `[writable]` supplier_ledger: the market's supplier ledger (the default address before it is opened)
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [caller, renter, market, device, rental, escrow, payout, treasury, payment_mint, token_program, staking_config, supplier_ledger, rest @ ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;

    require_signer(caller)?;
    let market_state = load_market_mut(market)?;
    let device_account = *device;
    let device_state = load_device(device)?;
    let accounts =
        EscrowAccounts { escrow, payout, treasury, mint: payment_mint, token_program, memo_program: rest.first() };
    let (state, escrow) = Escrow::load(market_state, device_state, &device_account, rental, accounts)?;
    require_address(renter, &state.renter())?;
    if state.disputed() {
        return Err(EscrowError::RentalDisputed.into());
    }
    let now = now()?;
    if now < state.end() {
        return Err(EscrowError::RentalNotEnded.into());
    }
    if caller.address() != renter.address() && now < state.end().saturating_add(state.dispute_window()) {
        return Err(EscrowError::DisputeWindowOpen.into());
    }

    let (to_operator, fee) = escrow.release_to_operator(market_state, state, state.remaining())?;
    let seconds_served = state.seconds_served(now);
    let mut supply = SupplyAccounts { staking_config, ledger: supplier_ledger };
    let mut service = Service::new(device_state, device_account.address(), state, seconds_served, now);
    count_service(market_state, &mut supply, &mut service)?;
    device_state.record_closed_rental(state, now, Closing::Completed, market_state.min_rental_duration());
    events::rental_completed(escrow.rental_address(), to_operator, fee, seconds_served);
    escrow.close(renter)
}
