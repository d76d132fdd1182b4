//! `claim`: a share account's owner collects the revenue (a bond-token account's owner, the coupons) its
//! checkpoint accrued, in IOSD from the vault. O(1):
//! one checkpoint and the pool's accumulator, whatever the number of holders. The pool's own sale account is
//! claimed by the operator (its shares are the operator's until sold).

use crate::{
    context::{load_any_pool, load_holder, now, settle_holder, share_account, VaultAccounts, VaultPayout},
    error::ComputeTokensError,
    events,
    state::VaultPool,
};
use common::{args::ArgsReader, checks::require_signer, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("claim");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` owner: the share account's owner (the operator for the sale account)
///   1. `[writable]` pool
///   2. `[writable]` holder: the share account's checkpoint
///   3. `[]` token_account: the share account
///   4. `[writable]` vault: the pool's revenue vault
///   5. `[writable]` destination: IOSD account receiving the revenue
///   6. `[]` iosd_mint
///   7. `[]` iosd_token_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [owner, pool, holder, token_account, vault, destination, iosd_mint, token_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    require_signer(owner)?;
    let pool_address = *pool.address();
    let pool_view = *pool;
    let mut state = load_any_pool(pool)?;
    let token = share_account(token_account, &state)?;
    let owned = token.owner() == owner.address();
    let sale_by_operator = token.owner() == &pool_address && &state.operator() == owner.address();
    if !owned && !sale_by_operator {
        return Err(ComputeTokensError::NotTokenOwner.into());
    }
    let payout =
        VaultPayout::checked(pool_view, &state, VaultAccounts { vault, destination, iosd_mint, token_program })?;

    let holder_state = load_holder(holder, &pool_address, token_account.address())?;
    settle_holder(&mut state, holder_state, token.amount(), now()?)?;
    let amount = holder_state.owed();
    holder_state.set_owed(0);
    holder_state.set_claimed(holder_state.claimed() + amount); // <= total inflow
    state.set_claimed(state.claimed() + amount); // <= total inflow
    payout.pay(&mut state, amount)?;
    events::revenue_claimed(&pool_address, token_account.address(), amount);
    Ok(())
}
