//! `list_shares(price_per_share)`: the operator opens (or reprices) the primary sale in IO or IOSD. Listed
//! shares wait in the pool's sale account (created at the first listing, with a checkpoint, so they keep
//! accruing for the operator until sold); the operator moves them in with an ordinary transfer.

use crate::{
    context::{create_holder, load_active_config, load_operated_pool, now},
    error::ComputeTokensError,
    events,
    state::SALE_SEED,
};
use common::{
    args::ArgsReader,
    checks::{load, require_address, require_canonical_pda, require_program},
    error::AnchorError,
    token::{create_token_account, SYSTEM_PROGRAM_ID, TOKEN_2022_ID},
};
use pinocchio::{cpi::Seed, AccountView, ProgramResult};
use rental_escrow::state::Market;

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("list_shares");
pub const ARGS_LEN: usize = 8;

/// Accounts:
///   0. `[signer, writable]` operator: the pool's operator; pays for the sale account the first time
///   1. `[]` config
///   2. `[]` market: rental_escrow's market, whose payment mints (IO, IOSD) the sale accepts
///   3. `[writable]` pool
///   4. `[]` payment_mint
///   5. `[]` mint: the share mint
///   6. `[writable]` sale_account: PDA ["sale", pool]
///   7. `[writable]` sale_holder: PDA ["holder", pool, sale_account]
///   8. `[]` token_2022_program
///   9. `[]` system_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [operator, config, market, pool, payment_mint, mint, sale_account, sale_holder, token_2022, system_program, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut args = ArgsReader::new(data);
    let price_per_share: u64 = args.read()?;
    args.finish()?;
    if price_per_share == 0 {
        return Err(ComputeTokensError::InvalidPrice.into());
    }
    require_program(token_2022, &TOKEN_2022_ID)?;
    require_program(system_program, &SYSTEM_PROGRAM_ID)?;
    let config_state = load_active_config(config)?;
    require_address(market, &config_state.market())?;
    let payment_token_program = load::<Market>(market, &rental_escrow::ID)?
        .payment_terms(payment_mint.address())
        .map_err(|_| ComputeTokensError::UnsupportedPaymentMint)?
        .token_program;
    let pool_address = *pool.address();
    let state = load_operated_pool(pool, operator)?;
    require_address(mint, &state.mint())?;
    if state.term_over(now()?) {
        return Err(ComputeTokensError::TermOver.into());
    }

    if state.sale_account() == pinocchio::Address::default() {
        let bump = [require_canonical_pda(sale_account, &[SALE_SEED, pool_address.as_ref()], &crate::ID)?];
        let seeds = [Seed::from(SALE_SEED), Seed::from(pool_address.as_ref()), Seed::from(&bump)];
        create_token_account(operator, sale_account, mint, &pool_address, token_2022, &seeds)?;
        create_holder(operator, sale_holder, &pool_address, state, sale_account.address(), 0)?;
        state.set_sale_account(*sale_account.address());
    }
    require_address(sale_account, &state.sale_account())?;
    state.set_sale_price(price_per_share);
    state.set_sale_mint(*payment_mint.address());
    state.set_sale_token_program(payment_token_program);
    events::shares_listed(&pool_address, price_per_share, payment_mint.address());
    Ok(())
}
