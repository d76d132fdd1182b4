//! `settle`: anyone pays the operator what had streamed one dispute window ago and is not yet released, minus
//! the supplier fee, into the device's payout account (`Rental::settleable`). The most recent window of
//! service stays in escrow until the window closes (`complete`), so a dispute always has funds to award. O(1).

use crate::{
    context::{load_market, now, Escrow, EscrowAccounts},
    error::EscrowError,
    events,
    state::Device,
};
use common::{args::ArgsReader, checks::load, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("settle");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[]` market
///   1. `[]` device: the rental's device
///   2. `[writable]` rental
///   3. `[writable]` escrow: the rental's escrow
///   4. `[writable]` payout: the device's payout account
///   5. `[writable]` treasury: the market's treasury for the payment mint
///   6. `[]` payment_mint
///   7. `[]` token_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [market, device, rental, escrow, payout, treasury, payment_mint, token_program, rest @ ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;

    let market_state = load_market(market)?;
    // Read only: cranking a rental does not lock its device.
    let device_state = load::<Device>(device, &crate::ID)?;
    let accounts =
        EscrowAccounts { escrow, payout, treasury, mint: payment_mint, token_program, memo_program: rest.first() };
    let (state, escrow) = Escrow::load(market_state, device_state, device, rental, accounts)?;
    if state.disputed() {
        return Err(EscrowError::RentalDisputed.into());
    }
    let gross = state.settleable(now()?);
    if gross == 0 {
        return Err(EscrowError::NothingToSettle.into());
    }
    let (to_operator, fee) = escrow.release_to_operator(state, gross)?;
    events::rental_settled(escrow.rental_address(), to_operator, fee, state.released());
    Ok(())
}
