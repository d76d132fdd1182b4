//! `sync_revenue` (anyone): accounts for what reached the revenue vault since the last sync. Every inflow is
//! term revenue (rental_escrow lets no rental of the device run past the term), so it splits the same way
//! whenever it is synced: `floor(inflow * operator_bps / 10,000)` owed to the operating node, pulled by
//! `claim_operator`, and the rest streamed to holders over the pool's distribution period. Nothing is paid out
//! here, so nothing any party controls can make a sync fail.

use crate::{
    context::{load_pool, now},
    error::ComputeTokensError,
    events,
    revenue::split_inflow,
};
use common::{args::ArgsReader, error::AnchorError, token::token_account_of_mint};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("sync_revenue");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[writable]` pool
///   1. `[]` vault: the pool's revenue vault
///   2. `[]` iosd_mint
///   3. `[]` iosd_token_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [pool, vault, iosd_mint, token_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    let pool_address = *pool.address();
    let state = load_pool(pool)?;
    if &state.vault() != vault.address() {
        return Err(ComputeTokensError::WrongVault.into());
    }
    let balance = token_account_of_mint(vault, iosd_mint.address(), token_program.address())?.amount();

    // Only this program moves tokens out of the vault, and it lowers `vault_balance` by what it moves, so the
    // balance never falls below what was accounted.
    let inflow = balance.checked_sub(state.vault_balance()).ok_or(ComputeTokensError::Overflow)?;
    if inflow == 0 {
        return Ok(());
    }
    let (operator_amount, holders_amount) = split_inflow(inflow, state.operator_bps())?;
    let now = now()?;
    let mut revenue = state.revenue();
    revenue.release(now)?;
    revenue.add(holders_amount, now)?;
    state.set_revenue(&revenue);
    state.set_vault_balance(balance);
    state.set_total_inflow(state.total_inflow().checked_add(inflow).ok_or(ComputeTokensError::Overflow)?);
    state.set_operator_revenue(state.operator_revenue() + operator_amount); // <= total_inflow
    state.set_holders_revenue(state.holders_revenue() + holders_amount); // <= total_inflow
    state.set_operator_owed(state.operator_owed() + operator_amount); // <= operator_revenue
    events::revenue_synced(&pool_address, inflow, operator_amount, holders_amount);
    Ok(())
}
