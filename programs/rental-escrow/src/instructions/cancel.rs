//! `cancel`: the renter stops a running rental. What has streamed goes to the operator (minus the supplier
//! fee), the unstreamed rest is refunded, and the escrow and rental close with their rent back to the renter.
//! The device is free again at once. The service paid for is counted for the device's supplier emissions.

use crate::{
    context::{load_device, load_market_mut, now, Escrow, EscrowAccounts},
    error::EscrowError,
    events,
    state::Closing,
    supply::{count_service, Service, SupplyAccounts},
};
use common::{args::ArgsReader, checks::require_payer, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("cancel");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer, writable]` renter: the rental's renter; receives the refund and the rent
///   1. `[writable]` market (counts IO fees burned)
///   2. `[writable]` device: the rental's device
///   3. `[writable]` rental: closed here
///   4. `[writable]` escrow: the rental's escrow, closed here
///   5. `[writable]` payout: the device's payout account
///   6. `[writable]` renter_token: the renter's token account of the payment mint
///   7. `[writable]` treasury: the market's treasury for the payment mint
///   8. `[writable]` payment_mint (fees paid in IO are burned from it)
///   9. `[]` token_program
///  10. `[]` staking_config: the market's io_staking config (the emission schedule)
///  11. `[writable]` supplier_ledger: the market's supplier ledger (the default address before it is opened)
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [renter, market, device, rental, escrow, payout, renter_token, treasury, payment_mint, token_program, staking_config, supplier_ledger, rest @ ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;

    require_payer(renter)?;
    let market_state = load_market_mut(market)?;
    let device_account = *device;
    let device_state = load_device(device)?;
    let accounts =
        EscrowAccounts { escrow, payout, treasury, mint: payment_mint, token_program, memo_program: rest.first() };
    let (state, escrow) = Escrow::load(market_state, device_state, &device_account, rental, accounts)?;
    if &state.renter() != renter.address() {
        return Err(EscrowError::NotRenter.into());
    }
    escrow.payment.require_account_of(renter_token, renter.address())?;
    if state.disputed() {
        return Err(EscrowError::RentalDisputed.into());
    }
    let now = now()?;
    if now >= state.end() {
        return Err(EscrowError::RentalEnded.into());
    }

    let streamed = state.streamed(now);
    let refund = state.deposited() - streamed;
    let (to_operator, fee) = escrow.release_to_operator(market_state, state, streamed - state.released())?;
    escrow.pay(renter_token, refund)?;
    let seconds_served = state.seconds_served(now);
    let mut supply = SupplyAccounts { staking_config, ledger: supplier_ledger };
    let mut service = Service::new(device_state, device_account.address(), state, seconds_served, now);
    count_service(market_state, &mut supply, &mut service)?;
    device_state.set_rented_until(now);
    device_state.record_closed_rental(state, now, Closing::Cancelled, market_state.min_rental_duration());
    events::rental_cancelled(escrow.rental_address(), to_operator, fee, refund, seconds_served);
    escrow.close(renter)
}
