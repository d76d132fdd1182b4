//! `declare_default` (anyone): after syncing the vault, if coupons due a grace period ago are still unpaid or the
//! reserve is short at maturity, the bond is in default. The default accelerates it: coupons stop accruing, every
//! later inflow goes to holders until the whole face value is reserved, tokens may be redeemed at once, and the
//! operator's collateral is paid to holders pro rata as they redeem (unless the operator cures first). Emits
//! `BondDefaulted`.

use crate::{
    context::{load_bond, now, sync_bond, BondVault},
    error::ComputeTokensError,
    events,
    state::bond_status,
};
use common::{args::ArgsReader, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("declare_default");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[writable]` bond
///   1. `[]` vault: the bond's IOSD vault (synced first)
///   2. `[]` iosd_mint
///   3. `[]` iosd_token_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [bond, vault, iosd_mint, token_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    let bond_address = *bond.address();
    let state = load_bond(bond)?;
    let now = now()?;
    sync_bond(&bond_address, state, &BondVault { vault, iosd_mint, token_program }, now)?;
    if state.status() != bond_status::ACTIVE {
        return Err(ComputeTokensError::BondNotActive.into());
    }
    let (terms, books) = (state.terms(), state.books());
    if !terms.default_allowed(&books, now)? {
        return Err(ComputeTokensError::NotInDefault.into());
    }
    state.set_status(bond_status::DEFAULTED);
    state.set_defaulted_at(now);
    events::bond_defaulted(&bond_address, terms.arrears(&books, now)?, books.reserve);
    Ok(())
}
