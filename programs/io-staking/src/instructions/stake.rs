//! `stake(amount)`: moves IO from the owner's token account into the stake vault. The position is created on
//! the first stake. Rewards earned so far are brought up to date before the stake changes.

use crate::{
    context::{load_active_config, load_position, now, parse_amount, Io},
    error::StakingError,
    events,
    state::{StakePosition, STAKE_SEED},
};
use common::{
    checks::{init, require_canonical_pda, require_payer, require_program, AccountState},
    error::AnchorError,
    token::{create_pda_account, SYSTEM_PROGRAM_ID},
};
use pinocchio::{cpi::Seed, AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("stake");
/// Borsh size of the arguments (checked against the IDL).
pub const ARGS_LEN: usize = 8;

/// Accounts:
///   0. `[signer, writable]` owner: stakes, and pays for the position when it is created
///   1. `[writable]` config
///   2. `[writable]` position: PDA ["stake", owner]; created here on the first stake
///   3. `[writable]` owner_token: the owner's IO token account
///   4. `[writable]` stake_vault: config's stake vault
///   5. `[]` io_mint: config's IO mint
///   6. `[]` token_program: config's token program
///   7. `[]` system_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [owner, config, position, owner_token, stake_vault, io_mint, token_program, system_program, ..] = accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let amount = parse_amount(data)?;

    require_payer(owner)?;
    require_program(system_program, &SYSTEM_PROGRAM_ID)?;
    let state = load_active_config(config)?;
    let io = Io::checked(state, io_mint, token_program)?;
    io.check_vault_and_user_account(stake_vault, &state.stake_vault(), owner_token)?;

    if position.is_data_empty() {
        let bump = require_canonical_pda(position, &[STAKE_SEED, owner.address().as_ref()], &crate::ID)?;
        let bump_seed = [bump];
        create_pda_account(
            owner,
            position,
            StakePosition::LEN,
            &crate::ID,
            &[Seed::from(STAKE_SEED), Seed::from(owner.address().as_ref()), Seed::from(&bump_seed)],
        )?;
        let fresh = init::<StakePosition>(position)?;
        fresh.set_owner(*owner.address());
        fresh.set_bump(bump);
    }
    let position_state = load_position(position, owner.address())?;

    let mut pool = state.accrue(position_state, now()?)?;
    let staked = position_state.staked().checked_add(amount).ok_or(StakingError::MathOverflow)?;
    position_state.set_staked(staked);
    pool.earning_stake = pool.earning_stake.checked_add(amount).ok_or(StakingError::MathOverflow)?;
    state.set_reward_pool(&pool);

    io.deposit(owner_token, owner, stake_vault, amount)?;
    events::staked(owner.address(), amount, staked, pool.earning_stake);
    Ok(())
}
