//! `execute`: the transfer hook. Token-2022 calls it on every transfer of a share or bond mint, after the balances
//! moved; it settles the source's and the destination's checkpoints on their new balances, so revenue that
//! accrued before the transfer stays with the sender and the shares accrue for the receiver from now on.
//! Accounts without a checkpoint are skipped: they do not accrue, and the accruing supply follows the shares
//! into and out of them.

use crate::{
    context::{load_any_pool, now, settle_if_accruing, share_account},
    error::ComputeTokensError,
    state::VaultPool,
};
use common::{args::ArgsReader, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = crate::hook::EXECUTE_DISCRIMINATOR;
pub const ARGS_LEN: usize = 8;

/// Accounts (the transfer-hook interface's order):
///   0. `[]` source: share account the shares left
///   1. `[]` mint
///   2. `[]` destination: share account the shares reached
///   3. `[]` authority: the source's owner or delegate
///   4. `[]` extra_account_metas: PDA ["extra-account-metas", mint]
///   5. `[writable]` pool: the mint's pool
///   6. `[writable]` source_holder: PDA ["holder", pool, source] (may not exist)
///   7. `[writable]` destination_holder: PDA ["holder", pool, destination] (may not exist)
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [source, mint, destination, _authority, _metas, pool, source_holder, destination_holder, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut args = ArgsReader::new(data);
    let _amount: u64 = args.read()?; // balances are read after the move; the checkpoints hold the ones before
    args.finish()?;

    let pool_address = *pool.address();
    let mut state = load_any_pool(pool)?;
    if &state.mint() != mint.address() {
        return Err(ComputeTokensError::WrongMint.into());
    }
    let source_token = share_account(source, &state)?;
    // Token-2022 raises `transferring` on the source only around its call to this hook: anyone else calling
    // `execute` directly finds it down and is refused.
    if !source_token.transferring() {
        return Err(ComputeTokensError::NotTransferring.into());
    }
    let (source_balance, now) = (source_token.amount(), now()?);
    settle_if_accruing(&mut state, &pool_address, source_holder, source.address(), source_balance, now)?;
    // Token-2022 returns before moving anything (and before the hook) on a self-transfer; should it ever call
    // the hook for one, the single checkpoint is settled once.
    if source.address() != destination.address() {
        let destination_balance = share_account(destination, &state)?.amount();
        settle_if_accruing(
            &mut state,
            &pool_address,
            destination_holder,
            destination.address(),
            destination_balance,
            now,
        )?;
    }
    Ok(())
}
