//! `claim_operator`: the pool's operator pulls the operating node's accrued cut, in IOSD from the vault, into
//! any IOSD account it chooses. The cut is a balance in the pool, not a push to an account the operator could
//! close, so the operator cannot block anyone else's sync or claim.

use crate::{context::load_operated_pool, error::ComputeTokensError, events, pool_seeds};
use common::{
    args::ArgsReader,
    error::AnchorError,
    token::{mint_decimals, token_account_of_mint, transfer_checked},
};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("claim_operator");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` operator: the pool's operator
///   1. `[writable]` pool
///   2. `[writable]` vault: the pool's revenue vault
///   3. `[writable]` destination: IOSD account receiving the cut
///   4. `[]` iosd_mint
///   5. `[]` iosd_token_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [operator, pool, vault, destination, iosd_mint, token_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    let (pool_address, pool_view) = (*pool.address(), *pool);
    let state = load_operated_pool(pool, operator)?;
    if &state.vault() != vault.address() {
        return Err(ComputeTokensError::WrongVault.into());
    }
    let program = *token_program.address();
    token_account_of_mint(vault, iosd_mint.address(), &program)?;
    token_account_of_mint(destination, iosd_mint.address(), &program)?;
    let decimals = mint_decimals(iosd_mint, &program)?;

    let amount = state.operator_owed();
    state.set_operator_owed(0);
    state.set_operator_claimed(state.operator_claimed() + amount); // <= operator_revenue
    state.set_vault_balance(state.vault_balance().checked_sub(amount).ok_or(ComputeTokensError::Overflow)?);
    let (mint, bump) = (state.mint(), [state.bump()]);
    if amount > 0 {
        let seeds = pool_seeds!(mint, &bump);
        transfer_checked(vault, iosd_mint, destination, &pool_view, amount, decimals, &program, &seeds)?;
    }
    events::operator_claimed(&pool_address, destination.address(), amount);
    Ok(())
}
