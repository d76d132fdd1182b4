//! `refund(amount)`: after a failed issue, a subscriber burns `amount` bond tokens and gets the same amount of
//! IOSD back from the vault (they were bought at par). Emits `BondRefunded`.
//!
use crate::{
    context::{load_bond, VaultAccounts, VaultPayout},
    error::ComputeTokensError,
    events,
    state::bond_status,
};
use common::{
    args::ArgsReader,
    checks::{require_address, require_signer},
    error::AnchorError,
    token::{burn_checked, TOKEN_2022_ID},
};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("refund");
pub const ARGS_LEN: usize = 8;

/// Accounts:
///   0. `[signer]` owner: owner of the bond-token account
///   1. `[writable]` bond
///   2. `[writable]` mint: the bond mint
///   3. `[writable]` owner_bonds: the bond-token account burned from
///   4. `[writable]` vault: the bond's IOSD vault
///   5. `[writable]` destination: IOSD account receiving the refund
///   6. `[]` iosd_mint
///   7. `[]` iosd_token_program
///   8. `[]` token_2022_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [owner, bond, mint, owner_bonds, vault, destination, iosd_mint, token_program, token_2022, ..] = accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let amount: u64 = reader.read()?;
    reader.finish()?;
    require_signer(owner)?;
    require_address(token_2022, &TOKEN_2022_ID)?;
    let bond_view = *bond;
    let state = load_bond(bond)?;
    require_address(mint, &state.mint())?;
    if state.status() != bond_status::FAILED {
        return Err(ComputeTokensError::NotRefundable.into());
    }
    if amount == 0 {
        return Err(ComputeTokensError::InvalidShares.into());
    }
    let payout =
        VaultPayout::checked(bond_view, state, VaultAccounts { vault, destination, iosd_mint, token_program })?;
    // Token-2022 refuses to burn more than the account holds or without its owner's signature.
    burn_checked(owner_bonds, mint, owner, amount, 0, &TOKEN_2022_ID, &[])?;
    // Every token burned was minted by a subscription: raised >= amount, and the vault holds the subscriptions.
    state.set_raised(state.raised() - amount);
    payout.pay(state, amount)?;
    events::bond_refunded(bond_view.address(), owner_bonds.address(), amount);
    Ok(())
}
