//! `cure`: the operator of a bond in default pays what curing costs (`bonds::cure_amount`: the coupons due as if
//! there had been no default, and the reserve's shortfall against the schedule) into the vault, and the bond is
//! current again: coupons accrue, the waterfall follows the schedule, redemption waits for maturity. Refused once
//! any collateral was paid to holders, since the holders who redeemed in default were paid as in default. Emits
//! `BondCured`.

use crate::{
    context::{load_operated_bond, now, pay_into_vault, sync_bond, BondVault, OperatorPayment},
    error::ComputeTokensError,
    events,
    state::bond_status,
};
use common::{args::ArgsReader, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("cure");
pub const ARGS_LEN: usize = 0;

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
    ArgsReader::new(data).finish()?;
    let bond_address = *bond.address();
    let state = load_operated_bond(bond, operator)?;
    let now = now()?;
    sync_bond(&bond_address, state, &BondVault { vault, iosd_mint, token_program }, now)?;
    if state.status() != bond_status::DEFAULTED {
        return Err(ComputeTokensError::NotDefaulted.into());
    }
    if state.collateral_paid() > 0 {
        return Err(ComputeTokensError::CollateralAlreadyPaid.into());
    }
    let terms = state.terms();
    let amount = terms.cure_amount(&state.books(), now)?;
    state.set_defaulted_at(0);
    // Split as for a bond never in default: exactly the arrears and the shortfall, nothing to the operator.
    let parts = terms.split(&state.books(), amount, now)?;
    pay_into_vault(&OperatorPayment { operator, source: operator_iosd, vault, iosd_mint, token_program }, amount)?;
    state.receive(&parts, now)?;
    state.set_status(bond_status::ACTIVE);
    events::bond_cured(&bond_address, amount);
    Ok(())
}
