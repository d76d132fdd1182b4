//! `subscribe(amount)`: until the deadline, an investor pays `amount` IOSD at par into the bond's vault and
//! receives `amount` bond tokens (one per IOSD base unit of face value). Nothing beyond the face value is sold.
//! Minting does not call the transfer hook, so the receiving account's checkpoint, if it has one, is settled here
//! on its new balance. Emits `BondSubscribed`.

use crate::{
    context::{load_bond, now, settle_if_accruing},
    error::ComputeTokensError,
    events, pool_seeds,
    state::{bond_status, HOLDER_SEED},
};
use common::{
    args::ArgsReader,
    checks::{require_address, require_canonical_pda, require_signer},
    error::AnchorError,
    token::{mint_decimals, mint_to_checked, token_account_of_mint, transfer_checked, TOKEN_2022_ID},
};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("subscribe");
pub const ARGS_LEN: usize = 8;

/// Accounts:
///   0. `[signer]` investor
///   1. `[writable]` bond
///   2. `[writable]` mint: the bond mint
///   3. `[writable]` investor_iosd: IOSD account the investor pays from
///   4. `[writable]` vault: the bond's IOSD vault
///   5. `[writable]` investor_bonds: the bond-token account receiving the tokens
///   6. `[writable]` investor_holder: PDA ["holder", bond, investor_bonds] (may not exist)
///   7. `[]` iosd_mint
///   8. `[]` iosd_token_program
///   9. `[]` token_2022_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [investor, bond, mint, investor_iosd, vault, investor_bonds, investor_holder, iosd_mint, iosd_token_program, token_2022, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let amount: u64 = reader.read()?;
    reader.finish()?;
    require_signer(investor)?;
    require_address(token_2022, &TOKEN_2022_ID)?;
    let bond_view = *bond;
    let bond_address = *bond.address();
    let state = load_bond(bond)?;
    require_address(mint, &state.mint())?;
    require_address(vault, &state.vault())?;
    let now = now()?;
    if state.status() != bond_status::SUBSCRIBING || now >= state.deadline() {
        return Err(ComputeTokensError::SubscriptionClosed.into());
    }
    if amount == 0 {
        return Err(ComputeTokensError::InvalidShares.into());
    }
    let raised = state.raised().checked_add(amount).ok_or(ComputeTokensError::Overflow)?;
    if raised > state.face() {
        return Err(ComputeTokensError::Oversubscribed.into());
    }
    let program = iosd_token_program.address();
    token_account_of_mint(vault, iosd_mint.address(), program)?;
    token_account_of_mint(investor_bonds, mint.address(), &TOKEN_2022_ID)?;
    let decimals = mint_decimals(iosd_mint, program)?;
    transfer_checked(investor_iosd, iosd_mint, vault, investor, amount, decimals, program, &[])?;
    let mint_address = state.mint();
    let bump = [state.bump()];
    mint_to_checked(mint, investor_bonds, &bond_view, amount, 0, &TOKEN_2022_ID, &pool_seeds!(mint_address, &bump))?;
    state.set_raised(raised);
    require_canonical_pda(
        investor_holder,
        &[HOLDER_SEED, bond_address.as_ref(), investor_bonds.address().as_ref()],
        &crate::ID,
    )?;
    let balance = token_account_of_mint(investor_bonds, &mint_address, &TOKEN_2022_ID)?.amount();
    settle_if_accruing(state, &bond_address, investor_holder, investor_bonds.address(), balance, now)?;
    events::bond_subscribed(&bond_address, investor_bonds.address(), amount);
    Ok(())
}
