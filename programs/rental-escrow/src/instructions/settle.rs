//! `settle`: anyone pays the operator what had streamed one dispute window ago and is not yet released, minus
//! the supplier fee, into the device's payout account (`Rental::settleable`). The most recent window of
//! service stays in escrow until the window closes (`complete`), so a dispute always has funds to award. The service
//! paid for is counted for the device's supplier emissions (`supply::count_service`). O(1).

use crate::{
    context::{load_device, load_market_mut, now, Escrow, EscrowAccounts},
    error::EscrowError,
    events,
    supply::{count_service, Service, SupplyAccounts},
};
use common::{args::ArgsReader, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("settle");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[writable]` market (counts IO fees burned)
///   1. `[writable]` device: the rental's device (its supplier emissions are counted)
///   2. `[writable]` rental
///   3. `[writable]` escrow: the rental's escrow
///   4. `[writable]` payout: the device's payout account
///   5. `[writable]` treasury: the market's treasury for the payment mint
///   6. `[writable]` payment_mint (fees paid in IO are burned from it)
///   7. `[]` token_program
///   8. `[]` staking_config: the market's io_staking config (the emission schedule)
///   9. `[writable]` supplier_ledger: the market's supplier ledger (the default address before it is opened)
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [market, device, rental, escrow, payout, treasury, payment_mint, token_program, staking_config, supplier_ledger, rest @ ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;

    let market_state = load_market_mut(market)?;
    let device_account = *device;
    let device_state = load_device(device)?;
    let accounts =
        EscrowAccounts { escrow, payout, treasury, mint: payment_mint, token_program, memo_program: rest.first() };
    let (state, escrow) = Escrow::load(market_state, device_state, &device_account, rental, accounts)?;
    if state.disputed() {
        return Err(EscrowError::RentalDisputed.into());
    }
    let now = now()?;
    let gross = state.settleable(now);
    if gross == 0 {
        return Err(EscrowError::NothingToSettle.into());
    }
    let (to_operator, fee) = escrow.release_to_operator(market_state, state, gross)?;
    // The service paid for so far: up to one dispute window ago, like the payment.
    let paid_for = state.seconds_served(now.saturating_sub(state.dispute_window()));
    let mut supply = SupplyAccounts { staking_config, ledger: supplier_ledger };
    let mut service = Service::new(device_state, device_account.address(), state, paid_for, now);
    count_service(market_state, &mut supply, &mut service)?;
    events::rental_settled(escrow.rental_address(), to_operator, fee, state.released());
    Ok(())
}
