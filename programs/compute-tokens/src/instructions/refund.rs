//! `refund(amount)`: after a failed issue, a subscriber burns `amount` bond tokens and gets the same amount of
//! IOSD back from the vault (they were bought at par).
//!
//! Issue 16, in progress: bond tokens cannot be transferred yet (the hook handles share pools only).

use crate::{
    error::ComputeTokensError,
    pool_seeds,
    state::{bond_status, Bond},
};
use common::{
    args::ArgsReader,
    checks::{load_mut, require_address, require_signer},
    error::AnchorError,
    token::{burn_checked, mint_decimals, token_account_of_mint, transfer_checked, TOKEN_2022_ID},
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
    let [owner, bond, mint, owner_bonds, vault, destination, iosd_mint, iosd_token_program, token_2022, ..] = accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let amount: u64 = reader.read()?;
    reader.finish()?;
    require_signer(owner)?;
    require_address(token_2022, &TOKEN_2022_ID)?;
    let bond_view = *bond;
    let state = load_mut::<Bond>(bond, &crate::ID)?;
    require_address(mint, &state.mint())?;
    require_address(vault, &state.vault())?;
    if state.status() != bond_status::FAILED {
        return Err(ComputeTokensError::NotRefundable.into());
    }
    if amount == 0 {
        return Err(ComputeTokensError::InvalidShares.into());
    }
    if destination.address() == vault.address() {
        return Err(ComputeTokensError::PayoutToOwnVault.into());
    }
    let program = iosd_token_program.address();
    token_account_of_mint(destination, iosd_mint.address(), program)?;
    let decimals = mint_decimals(iosd_mint, program)?;
    // Token-2022 refuses to burn more than the account holds or without its owner's signature.
    burn_checked(owner_bonds, mint, owner, amount, 0, &TOKEN_2022_ID)?;
    let (mint_address, bump) = (state.mint(), [state.bump()]);
    transfer_checked(vault, iosd_mint, destination, &bond_view, amount, decimals, program, &pool_seeds!(mint_address, &bump))?;
    // Every token burned was minted by a subscription: raised >= amount.
    state.set_raised(state.raised() - amount);
    state.set_vault_balance(state.vault_balance() - amount);
    Ok(())
}
