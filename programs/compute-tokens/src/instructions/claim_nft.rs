//! `claim_nft`: whoever holds a cash-flow NFT at claim time collects the holders' revenue synced and not yet
//! claimed, in IOSD from the vault. There is no transfer hook (the NFT trades unchanged on any marketplace), so
//! revenue is not settled on transfer: what the previous holder left unclaimed travels with the NFT.

use crate::{
    context::{load_nft_pool, VaultAccounts, VaultPayout},
    error::ComputeTokensError,
    events,
};
use common::{
    args::ArgsReader,
    checks::require_signer,
    error::AnchorError,
    token::{token_account, SPL_TOKEN_ID},
};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("claim_nft");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` holder: owns `nft_account`
///   1. `[writable]` pool: the NFT's pool
///   2. `[]` nft_account: an SPL Token account of the pool's mint, owned by `holder`, holding the NFT
///   3. `[writable]` vault: the pool's revenue vault
///   4. `[writable]` destination: IOSD account receiving the revenue
///   5. `[]` iosd_mint
///   6. `[]` iosd_token_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [holder, pool, nft_account, vault, destination, iosd_mint, token_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    require_signer(holder)?;
    let (pool_address, pool_view) = (*pool.address(), *pool);
    let state = load_nft_pool(pool)?;
    let nft = token_account(nft_account, &SPL_TOKEN_ID)?;
    if nft.mint() != &state.mint() {
        return Err(ComputeTokensError::WrongMint.into());
    }
    if nft.owner() != holder.address() {
        return Err(ComputeTokensError::NotTokenOwner.into());
    }
    // The supply is one, so a balance of one is the NFT itself.
    if nft.amount() != 1 {
        return Err(ComputeTokensError::NotNftHolder.into());
    }
    let payout =
        VaultPayout::checked(pool_view, state, VaultAccounts { vault, destination, iosd_mint, token_program })?;
    let amount = state.claimable();
    state.set_claimed(state.claimed() + amount); // <= holders_revenue
    payout.pay(state, amount)?;
    events::revenue_claimed(&pool_address, nft_account.address(), amount);
    Ok(())
}
