//! `open_holder`: a share (or bond-token) account's owner starts its revenue checkpoint; from now on its shares accrue.
//! Only the owner may, so nobody can make a DEX vault (whose owner is a program that cannot claim) accrue
//! revenue nobody could collect.

use crate::{
    context::{create_holder, load_any_pool, share_account},
    error::ComputeTokensError,
};
use common::{
    args::ArgsReader,
    checks::{require_payer, require_program, require_signer},
    error::AnchorError,
    token::SYSTEM_PROGRAM_ID,
};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("open_holder");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer, writable]` payer
///   1. `[signer]` owner: the token account's owner
///   2. `[writable]` pool
///   3. `[]` token_account: a share account of the pool's mint
///   4. `[writable]` holder: PDA ["holder", pool, token_account], created
///   5. `[]` system_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [payer, owner, pool, token_account, holder, system_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    require_payer(payer)?;
    require_signer(owner)?;
    require_program(system_program, &SYSTEM_PROGRAM_ID)?;
    let pool_address = *pool.address();
    let mut state = load_any_pool(pool)?;
    let token = share_account(token_account, &state)?;
    if token.owner() != owner.address() {
        return Err(ComputeTokensError::NotTokenOwner.into());
    }
    let balance = token.amount();
    create_holder(payer, holder, &pool_address, &mut state, token_account.address(), balance)
}
