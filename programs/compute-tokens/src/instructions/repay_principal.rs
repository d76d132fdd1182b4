//! `repay_principal(amount)`: the operator pays into the bond ahead of the rentals: coupons due and unpaid first
//! (streamed to holders), the rest into the principal reserve, up to the face value not yet reserved. The reserve is
//! what redemption pays, so an early repayment makes the bond safer; it does not shorten it: coupons accrue on the
//! face value until maturity. Emits `PrincipalRepaid` (with the part that went to the reserve).

use crate::{
    context::{load_operated_bond, now, pay_into_vault, sync_bond, BondVault, OperatorPayment},
    error::ComputeTokensError,
    events,
    state::bond_status,
};
use common::{args::ArgsReader, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("repay_principal");
pub const ARGS_LEN: usize = 8;

/// Accounts:
///   0. `[signer]` operator: the bond's operator
///   1. `[writable]` bond
///   2. `[writable]` vault: the bond's IOSD vault
///   3. `[writable]` operator_iosd: IOSD account the operator pays from
///   4. `[]` iosd_mint
///   5. `[]` iosd_token_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [operator, bond, vault, operator_iosd, iosd_mint, token_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let amount: u64 = reader.read()?;
    reader.finish()?;
    let bond_address = *bond.address();
    let state = load_operated_bond(bond, operator)?;
    let now = now()?;
    sync_bond(&bond_address, state, &BondVault { vault, iosd_mint, token_program }, now)?;
    if state.status() == bond_status::CLOSED {
        return Err(ComputeTokensError::BondClosed.into());
    }
    if amount == 0 {
        return Err(ComputeTokensError::ZeroAmount.into());
    }
    let parts = state.terms().split_repayment(&state.books(), amount, now)?;
    if parts.to_operator > 0 {
        return Err(ComputeTokensError::RepaymentTooLarge.into());
    }
    pay_into_vault(&OperatorPayment { operator, source: operator_iosd, vault, iosd_mint, token_program }, amount)?;
    state.receive(&parts, now)?;
    events::principal_repaid(&bond_address, parts.to_reserve);
    Ok(())
}
