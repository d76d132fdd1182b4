//! `redeem(amount)`: at maturity, or at once after a default, the owner of a bond-token account burns `amount`
//! tokens (0 to collect only) and is paid what its redeemed tokens are owed: their pro rata part of the reserve
//! (face value when the reserve is full), and, a grace period after a default (the operator's time to cure it),
//! their pro rata part of the collateral, less what
//! earlier redemptions paid them. While the reserve is short the rest stays owed and grows as recovery arrives,
//! recorded in the account's checkpoint. Redeemed tokens keep earning the coupons still being streamed.
//! Emits `BondRedeemed`.

use crate::{
    context::{
        load_bond, load_holder, now, pay_collateral, settle_holder, share_account, sync_bond, BondVault,
        CollateralAccounts, VaultAccounts, VaultPayout,
    },
    error::ComputeTokensError,
    events,
};
use common::{
    args::ArgsReader,
    checks::{require_address, require_signer},
    error::AnchorError,
    token::{burn_checked, TOKEN_2022_ID},
};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("redeem");
pub const ARGS_LEN: usize = 8;

/// Accounts:
///   0. `[signer]` owner: the bond-token account's owner
///   1. `[writable]` bond
///   2. `[writable]` mint: the bond mint
///   3. `[writable]` token_account: the bond-token account burned from
///   4. `[writable]` holder: its checkpoint (`open_holder` first)
///   5. `[writable]` vault: the bond's IOSD vault
///   6. `[writable]` destination: IOSD account receiving the principal
///   7. `[]` iosd_mint
///   8. `[]` iosd_token_program
///   9. `[writable]` collateral_vault: the bond's IO vault
///  10. `[writable]` collateral_destination: IO account receiving collateral after a default
///  11. `[]` io_mint
///  12. `[]` io_token_program
///  13. `[]` token_2022_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [owner, bond, mint, token_account, holder, vault, destination, iosd_mint, token_program, collateral_vault, collateral_destination, io_mint, io_token_program, token_2022, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let amount: u64 = reader.read()?;
    reader.finish()?;
    require_signer(owner)?;
    require_address(token_2022, &TOKEN_2022_ID)?;
    let (bond_address, bond_view) = (*bond.address(), *bond);
    let state = load_bond(bond)?;
    require_address(mint, &state.mint())?;
    let now = now()?;
    sync_bond(&bond_address, state, &BondVault { vault, iosd_mint, token_program }, now)?;
    let (terms, books) = (state.terms(), state.books());
    if !terms.redeemable(&books, now) {
        return Err(ComputeTokensError::NotRedeemable.into());
    }
    let token = share_account(token_account, state)?;
    if token.owner() != owner.address() {
        return Err(ComputeTokensError::NotTokenOwner.into());
    }
    let balance = token.amount();
    let payout =
        VaultPayout::checked(bond_view, state, VaultAccounts { vault, destination, iosd_mint, token_program })?;
    let holder_state = load_holder(holder, &bond_address, token_account.address())?;
    // Settled on the balance before the burn; the burned tokens move into `redeemed`, so the basis stays the same.
    settle_holder(state, holder_state, balance, now)?;
    if amount > 0 {
        // Token-2022 refuses to burn more than the account holds.
        burn_checked(token_account, mint, owner, amount, 0, &TOKEN_2022_ID, &[])?;
    }
    let redeemed = holder_state.redeemed().checked_add(amount).ok_or(ComputeTokensError::Overflow)?;
    holder_state.set_redeemed(redeemed);
    state.set_redeemed(state.redeemed() + amount); // <= raised: every token burned was issued

    // Pro rata parts are monotone in the reserve and in the units, so they never fall below what was paid.
    let principal = terms.pro_rata(redeemed, books.reserve)? - holder_state.principal_claimed();
    holder_state.set_principal_claimed(holder_state.principal_claimed() + principal);
    state.set_principal_paid(state.principal_paid() + principal); // <= reserve
    payout.pay(state, principal)?;

    let collateral = if terms.collateral_payable(&books, now) {
        terms.pro_rata(redeemed, state.collateral())? - holder_state.collateral_claimed()
    } else {
        0
    };
    let collateral_accounts =
        CollateralAccounts { collateral_vault, destination: collateral_destination, io_mint, io_token_program };
    pay_collateral(&bond_view, state, &collateral_accounts, collateral)?;
    holder_state.set_collateral_claimed(holder_state.collateral_claimed() + collateral);
    state.set_collateral_paid(state.collateral_paid() + collateral); // <= collateral
    events::bond_redeemed(&bond_address, token_account.address(), amount, principal, collateral);
    Ok(())
}
