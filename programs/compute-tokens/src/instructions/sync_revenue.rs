//! `sync_revenue` (anyone): accounts for what reached the revenue vault since the last sync. Nothing is paid out
//! here, so nothing any party controls can make a sync fail.
//!
//! A share pool: every inflow is term revenue (rental_escrow lets no rental of the device run past the term), so
//! it splits the same way whenever it is synced: `floor(inflow * operator_bps / 10,000)` owed to the operating
//! node, pulled by `claim_operator`, and the rest streamed to holders over the pool's distribution period.
//!
//! A cash-flow NFT: the same split as a share pool, the holders' part claimable at once by whoever holds the NFT
//! (one holder: nothing to stream against just-in-time holding).
//!
//! A bond: the waterfall (`bonds.rs`): coupons due and unpaid streamed to holders, then the principal reserve up
//! to the schedule (the whole face value after a default), then the rest owed to the operator.

use crate::{
    context::{is_nft_pool, load_any_pool, load_nft_pool, now, sync_bond, BondVault},
    error::ComputeTokensError,
    events,
    revenue::split_inflow,
    state::{AnyPool, HolderPool, NftPool, Pool, VaultPool},
};
use common::{args::ArgsReader, error::AnchorError, token::token_account_of_mint};
use pinocchio::{AccountView, Address, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("sync_revenue");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[writable]` pool: a share pool, a bond or a cash-flow NFT's pool
///   1. `[]` vault: its revenue vault
///   2. `[]` iosd_mint
///   3. `[]` iosd_token_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [pool, vault, iosd_mint, token_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    let pool_address = *pool.address();
    if is_nft_pool(pool) {
        let state = load_nft_pool(pool)?;
        if state.vault() != *vault.address() {
            return Err(ComputeTokensError::WrongVault.into());
        }
        let balance = token_account_of_mint(vault, iosd_mint.address(), token_program.address())?.amount();
        return sync_nft(state, &pool_address, balance);
    }
    let state = load_any_pool(pool)?;
    if state.vault() != *vault.address() {
        return Err(ComputeTokensError::WrongVault.into());
    }
    let now = now()?;
    match state {
        AnyPool::Shares(pool) => {
            let balance = token_account_of_mint(vault, iosd_mint.address(), token_program.address())?.amount();
            sync_shares(pool, &pool_address, balance, now)
        }
        AnyPool::Bond(bond) => sync_bond(&pool_address, bond, &BondVault { vault, iosd_mint, token_program }, now),
    }
}

fn sync_shares(state: &mut Pool, pool_address: &Address, balance: u64, now: i64) -> ProgramResult {
    // Only this program moves tokens out of the vault, and it lowers `vault_balance` by what it moves, so the
    // balance never falls below what was accounted.
    let inflow = balance.checked_sub(state.vault_balance()).ok_or(ComputeTokensError::Overflow)?;
    if inflow == 0 {
        return Ok(());
    }
    let (operator_amount, holders_amount) = split_inflow(inflow, state.operator_bps())?;
    let mut revenue = state.revenue();
    revenue.release(now)?;
    revenue.add(holders_amount, now)?;
    state.set_revenue(&revenue);
    state.set_vault_balance(balance);
    state.set_total_inflow(state.total_inflow().checked_add(inflow).ok_or(ComputeTokensError::Overflow)?);
    state.set_operator_revenue(state.operator_revenue() + operator_amount); // <= total_inflow
    state.set_holders_revenue(state.holders_revenue() + holders_amount); // <= total_inflow
    state.set_operator_owed(state.operator_owed() + operator_amount); // <= operator_revenue
    events::revenue_synced(pool_address, inflow, operator_amount, holders_amount);
    Ok(())
}

fn sync_nft(state: &mut NftPool, pool_address: &Address, balance: u64) -> ProgramResult {
    // As for shares: only this program moves tokens out of the vault, lowering `vault_balance` by what it moves.
    let inflow = balance.checked_sub(state.vault_balance()).ok_or(ComputeTokensError::Overflow)?;
    if inflow == 0 {
        return Ok(());
    }
    let (operator_amount, holders_amount) = split_inflow(inflow, state.operator_bps())?;
    state.set_vault_balance(balance);
    state.set_total_inflow(state.total_inflow().checked_add(inflow).ok_or(ComputeTokensError::Overflow)?);
    state.set_operator_revenue(state.operator_revenue() + operator_amount); // <= total_inflow
    state.set_holders_revenue(state.holders_revenue() + holders_amount); // <= total_inflow
    state.set_operator_owed(state.operator_owed() + operator_amount); // <= operator_revenue
    events::revenue_synced(pool_address, inflow, operator_amount, holders_amount);
    Ok(())
}
