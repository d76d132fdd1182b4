//! `sync_revenue` (anyone): splits what reached the revenue vault since the last sync. During the term the
//! operating node gets `floor(inflow * operator_bps / 10,000)`, paid out at once, and holders the rest, added
//! to the accumulator (carried while no share accrues). After the term, all new inflow is the operator's.

use crate::{context::load_pool, error::ComputeTokensError, events, pool_seeds, revenue::split_inflow};
use common::{
    args::ArgsReader,
    error::AnchorError,
    token::{mint_decimals, token_account_of_mint, transfer_checked},
};
use pinocchio::{
    sysvars::{clock::Clock, Sysvar},
    AccountView, ProgramResult,
};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("sync_revenue");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[writable]` pool
///   1. `[writable]` vault: the pool's revenue vault
///   2. `[writable]` operator_payout: the pool's operator payout account
///   3. `[]` iosd_mint
///   4. `[]` iosd_token_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [pool, vault, operator_payout, iosd_mint, token_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    let pool_address = *pool.address();
    let (pool_view, vault_view) = (*pool, *vault);
    let state = load_pool(pool)?;
    if &state.vault() != vault.address() {
        return Err(ComputeTokensError::WrongVault.into());
    }
    if &state.operator_payout() != operator_payout.address() {
        return Err(ComputeTokensError::WrongOperatorPayout.into());
    }
    let program = *token_program.address();
    let balance = token_account_of_mint(vault, iosd_mint.address(), &program)?.amount();
    let decimals = mint_decimals(iosd_mint, &program)?;

    // Only this program moves tokens out of the vault, so its balance never falls below what was accounted.
    let inflow = balance.checked_sub(state.vault_balance()).ok_or(ComputeTokensError::Overflow)?;
    if inflow == 0 {
        return Ok(());
    }
    let (operator_amount, holders_amount) = if Clock::get()?.unix_timestamp < state.term_end() {
        split_inflow(inflow, state.operator_bps())?
    } else {
        (inflow, 0)
    };
    let mut revenue = state.revenue();
    revenue.distribute(holders_amount)?;
    state.set_revenue(&revenue);
    state.set_vault_balance(balance - operator_amount);
    state.set_total_inflow(state.total_inflow().checked_add(inflow).ok_or(ComputeTokensError::Overflow)?);
    state.set_operator_revenue(state.operator_revenue() + operator_amount); // <= total_inflow
    state.set_holders_revenue(state.holders_revenue() + holders_amount); // <= total_inflow
    let (mint, bump) = (state.mint(), [state.bump()]);
    if operator_amount > 0 {
        let seeds = pool_seeds!(mint, &bump);
        transfer_checked(
            &vault_view,
            iosd_mint,
            operator_payout,
            &pool_view,
            operator_amount,
            decimals,
            &program,
            &seeds,
        )?;
    }
    events::revenue_synced(&pool_address, inflow, operator_amount, holders_amount);
    Ok(())
}
