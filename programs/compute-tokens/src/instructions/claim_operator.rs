//! `claim_operator`: the pool's operator pulls the operating node's accrued cut (a bond's operator, what the
//! waterfall left it; a cash-flow NFT's, its 10%), in IOSD from the vault, into
//! any IOSD account it chooses. The cut is a balance in the pool, not a push to an account the operator could
//! close, so the operator cannot block anyone else's sync or claim.

use crate::{
    context::{is_nft_pool, load_nft_pool, load_operated_any_pool, require_operator, VaultAccounts, VaultPayout},
    events,
    state::VaultPool,
};
use common::{args::ArgsReader, checks::require_signer, error::AnchorError};
use pinocchio::{error::ProgramError, AccountView, ProgramResult};

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
    let accounts = VaultAccounts { vault, destination, iosd_mint, token_program };
    let amount = if is_nft_pool(pool) {
        require_signer(operator)?;
        let state = load_nft_pool(pool)?;
        require_operator(operator, &state.operator())?;
        pay_cut(pool_view, state, accounts)?
    } else {
        pay_cut(pool_view, &mut load_operated_any_pool(pool, operator)?, accounts)?
    };
    events::operator_claimed(&pool_address, destination.address(), amount);
    Ok(())
}

/// Pays the operator everything it is owed; returns the amount.
fn pay_cut(pool: AccountView, state: &mut impl VaultPool, accounts: VaultAccounts) -> Result<u64, ProgramError> {
    let payout = VaultPayout::checked(pool, state, accounts)?;
    let amount = state.operator_owed();
    state.set_operator_owed(0);
    state.set_operator_claimed(state.operator_claimed() + amount); // <= what was ever owed
    payout.pay(state, amount)?;
    Ok(amount)
}
