//! `delist`: the operator closes the primary sale and is approved to take the unsold shares back out of the
//! sale account, by the Token-2022 transfer that must follow in the same transaction (as for `buy_shares`), so
//! the approval never outlives it.

use crate::{
    context::{load_operated_pool, require_next_transfer, share_account},
    error::ComputeTokensError,
    events, pool_seeds,
};
use common::{
    args::ArgsReader,
    checks::{require_address, require_program},
    error::AnchorError,
    token::{approve_checked, TOKEN_2022_ID},
};
use pinocchio::{AccountView, Address, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("delist");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` operator
///   1. `[writable]` pool
///   2. `[writable]` sale_account
///   3. `[]` mint
///   4. `[]` token_2022_program
///   5. `[]` instructions: the instructions sysvar
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [operator, pool, sale_account, mint, token_2022, instructions, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    require_program(token_2022, &TOKEN_2022_ID)?;
    let pool_address = *pool.address();
    let pool_view = *pool;
    let state = load_operated_pool(pool, operator)?;
    if !state.listed() {
        return Err(ComputeTokensError::NotListed.into());
    }
    require_address(sale_account, &state.sale_account())?;
    require_address(mint, &state.mint())?;
    let unsold = share_account(sale_account, state)?.amount();
    state.set_sale_price(0);
    state.set_sale_mint(Address::default());
    state.set_sale_token_program(Address::default());
    let (share_mint, bump) = (state.mint(), [state.bump()]);
    if unsold > 0 {
        require_next_transfer(instructions, sale_account.address(), mint.address(), operator.address(), unsold)?;
        let seeds = pool_seeds!(share_mint, &bump);
        approve_checked(sale_account, mint, operator, &pool_view, unsold, 0, &TOKEN_2022_ID, &seeds)?;
    }
    events::shares_delisted(&pool_address, unsold);
    Ok(())
}
