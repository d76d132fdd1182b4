//! `poke_holder` (anyone): re-bases a checkpoint on its share account's balance when that balance fell without a
//! transfer (a Token-2022 burn does not call the hook), so burned shares stop earning and leave the accruing
//! supply. The basis only ever falls here: `min(stored basis, balance)`. A share account that was closed (burned
//! and closed) holds nothing: its checkpoint re-bases to zero.

use crate::{
    context::{load_any_pool, load_holder, now, settle_holder, share_account},
    events,
};
use common::{args::ArgsReader, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("poke_holder");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[writable]` pool
///   1. `[writable]` holder: the share account's checkpoint
///   2. `[]` token_account: the share account (or its address, once closed)
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [pool, holder, token_account, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    let pool_address = *pool.address();
    let mut state = load_any_pool(pool)?;
    let closed = token_account.lamports() == 0 && token_account.data_len() == 0;
    let balance = if closed { 0 } else { share_account(token_account, &state)?.amount() };
    let holder_state = load_holder(holder, &pool_address, token_account.address())?;
    // The basis is the balance plus the redeemed bond tokens (see `Holder::basis`); only the balance part falls.
    let held = holder_state.shares().saturating_sub(holder_state.redeemed()).min(balance);
    settle_holder(&mut state, holder_state, held, now()?)?;
    events::holder_poked(&pool_address, token_account.address(), holder_state.shares());
    Ok(())
}
