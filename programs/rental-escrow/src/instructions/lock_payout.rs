//! `lock_payout`: with the operator's consent, a program (compute_tokens, signing with its PDA) points the
//! device's earnings at `payout` and locks it there: nobody but that locker can change it again, so revenue
//! sold as tokens cannot be diverted. The locker is recorded; only it can `unlock_payout`.

use crate::{
    context::{load_market, load_operated_device},
    error::EscrowError,
    events,
};
use common::{args::ArgsReader, checks::require_signer, error::AnchorError, token::token_account_of_mint};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("lock_payout");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` operator: the device's operator
///   1. `[signer]` locker: the account (a program PDA) that alone may unlock
///   2. `[]` market
///   3. `[writable]` device
///   4. `[]` payout: token account of the device's payment mint, the new payout
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [operator, locker, market, device, payout, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    require_signer(locker)?;
    let market_state = load_market(market)?;
    let device_address = *device.address();
    let state = load_operated_device(device, operator)?;
    if state.payout_locked() {
        return Err(EscrowError::PayoutLocked.into());
    }
    let (token_program, _) = market_state.payment_terms(&state.payment_mint())?;
    token_account_of_mint(payout, &state.payment_mint(), &token_program)?;

    state.set_payout(*payout.address());
    state.set_payout_locker(*locker.address());
    events::payout_locked(&device_address, payout.address(), locker.address());
    Ok(())
}
