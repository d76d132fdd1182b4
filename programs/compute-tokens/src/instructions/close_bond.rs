//! `close_bond` (anyone): once the bond is discharged (matured, or accelerated by a default, with every coupon due
//! paid and the whole face value reserved), the device's payout is unlocked and the collateral returns to the
//! operator, unless the bond defaulted (then the collateral is the holders', paid as they redeem). Tokens not yet
//! redeemed do not hold it up: the bond account and its vault stay, so they still redeem at par, holders still
//! collect coupons streaming to them, and the operator what it is owed. Emits `BondClosed`.

use crate::{
    context::{load_bond, now, pay_collateral, sync_bond, BondVault, CollateralAccounts},
    error::ComputeTokensError,
    events,
    instructions::close_subscription::unlock_bond_payout,
    state::bond_status,
};
use common::{args::ArgsReader, checks::require_program, error::AnchorError, token::token_account_owned_by};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("close_bond");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[writable]` bond
///   1. `[]` vault: the bond's IOSD vault (synced first)
///   2. `[]` iosd_mint
///   3. `[]` iosd_token_program
///   4. `[writable]` collateral_vault: the bond's IO vault
///   5. `[writable]` operator_io: an IO account of the operator (receives the collateral)
///   6. `[]` io_mint
///   7. `[]` io_token_program
///   8. `[writable]` device: the bond's device (its payout is unlocked)
///   9. `[]` rental_escrow_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [bond, vault, iosd_mint, token_program, collateral_vault, operator_io, io_mint, io_token_program, device, rental_escrow_program, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    require_program(rental_escrow_program, &rental_escrow::ID)?;
    let (bond_address, bond_view) = (*bond.address(), *bond);
    let state = load_bond(bond)?;
    let now = now()?;
    sync_bond(&bond_address, state, &BondVault { vault, iosd_mint, token_program }, now)?;
    if state.status() == bond_status::CLOSED {
        return Err(ComputeTokensError::BondClosed.into());
    }
    if !state.terms().discharged(&state.books(), now)? {
        return Err(ComputeTokensError::BondOutstanding.into());
    }
    let returned = if state.books().defaulted() { 0 } else { state.collateral() };
    token_account_owned_by(operator_io, io_mint.address(), &state.operator(), io_token_program.address())?;
    let collateral_accounts =
        CollateralAccounts { collateral_vault, destination: operator_io, io_mint, io_token_program };
    pay_collateral(&bond_view, state, &collateral_accounts, returned)?;
    state.set_collateral(state.collateral() - returned);
    unlock_bond_payout(&bond_view, state, device)?;
    state.set_status(bond_status::CLOSED);
    events::bond_closed(&bond_address, returned);
    Ok(())
}
