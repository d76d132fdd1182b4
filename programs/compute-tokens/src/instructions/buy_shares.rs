//! `buy_shares(shares, max_price_per_share)`: a buyer pays the operator `shares * price` in the listing's mint
//! and is approved to take `shares` out of the sale account, by the Token-2022 transfer that must follow in
//! the same transaction (a real hooked transfer: the buyer's checkpoint, if any, starts accruing).

use crate::{
    context::{load_active_config, load_pool, now, require_next_transfer, share_account},
    error::ComputeTokensError,
    events, pool_seeds,
};
use common::{
    args::ArgsReader,
    checks::{require_address, require_program, require_signer},
    error::AnchorError,
    math::checked_mul,
    token::{approve_checked, mint_decimals, token_account_owned_by, transfer_checked, TOKEN_2022_ID},
};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("buy_shares");
pub const ARGS_LEN: usize = 16;

/// Accounts:
///   0. `[signer]` buyer
///   1. `[]` config
///   2. `[writable]` pool
///   3. `[writable]` sale_account: the pool's sale account
///   4. `[]` mint: the share mint
///   5. `[writable]` payment_source: the buyer's account of the listing's payment mint
///   6. `[writable]` operator_payment: the operator's account of the payment mint
///   7. `[]` payment_mint
///   8. `[]` payment_token_program
///   9. `[]` token_2022_program
///  10. `[]` instructions: the instructions sysvar
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [buyer, config, pool, sale_account, mint, payment_source, operator_payment, payment_mint, payment_program, token_2022, instructions, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut args = ArgsReader::new(data);
    let (shares, max_price): (u64, u64) = (args.read()?, args.read()?);
    args.finish()?;
    if shares == 0 {
        return Err(ComputeTokensError::InvalidShares.into());
    }
    require_signer(buyer)?;
    require_program(token_2022, &TOKEN_2022_ID)?;
    load_active_config(config)?;
    let pool_address = *pool.address();
    let pool_view = *pool;
    let state = load_pool(pool)?;
    if !state.listed() {
        return Err(ComputeTokensError::NotListed.into());
    }
    if state.term_over(now()?) {
        return Err(ComputeTokensError::TermOver.into());
    }
    if state.sale_price() > max_price {
        return Err(ComputeTokensError::PriceAboveMax.into());
    }
    require_address(sale_account, &state.sale_account())?;
    require_address(mint, &state.mint())?;
    if share_account(sale_account, state)?.amount() < shares {
        return Err(ComputeTokensError::NotEnoughListed.into());
    }
    require_address(payment_mint, &state.sale_mint())?;
    require_program(payment_program, &state.sale_token_program())?;
    let payment_token_program = *payment_program.address();
    token_account_owned_by(operator_payment, payment_mint.address(), &state.operator(), &payment_token_program)?;
    let decimals = mint_decimals(payment_mint, &payment_token_program)?;
    let paid = checked_mul(shares, state.sale_price()).ok_or(ComputeTokensError::Overflow)?;
    require_next_transfer(instructions, sale_account.address(), mint.address(), buyer.address(), shares)?;

    state.set_shares_sold(state.shares_sold() + shares); // <= supply
    let (share_mint, bump) = (state.mint(), [state.bump()]);
    transfer_checked(
        payment_source,
        payment_mint,
        operator_payment,
        buyer,
        paid,
        decimals,
        &payment_token_program,
        &[],
    )?;
    let seeds = pool_seeds!(share_mint, &bump);
    approve_checked(sale_account, mint, buyer, &pool_view, shares, 0, &TOKEN_2022_ID, &seeds)?;
    events::shares_bought(&pool_address, buyer.address(), shares, paid);
    Ok(())
}
