//! `claim_operator`: the pool's operator pulls the operating node's accrued cut (a bond's operator, what the
//! waterfall left it), in IOSD from the vault, into
//! any IOSD account it chooses. The cut is a balance in the pool, not a push to an account the operator could
//! close, so the operator cannot block anyone else's sync or claim.

use crate::{
    context::{load_operated_any_pool, VaultAccounts, VaultPayout},
    events,
    state::HolderPool,
};
use common::{args::ArgsReader, error::AnchorError};
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
    let mut state = load_operated_any_pool(pool, operator)?;
    let payout =
        VaultPayout::checked(pool_view, &state, VaultAccounts { vault, destination, iosd_mint, token_program })?;
    let amount = state.operator_owed();
    state.set_operator_owed(0);
    state.set_operator_claimed(state.operator_claimed() + amount); // <= what was ever owed
    payout.pay(&mut state, amount)?;
    events::operator_claimed(&pool_address, destination.address(), amount);
    Ok(())
}
