//! `stake(amount)`: moves IO from the owner's token account into the stake vault. The position is created on
//! the first stake. Rewards earned so far are brought up to date before the stake changes.

use crate::{
    error::StakingError,
    events,
    state::{Config, StakePosition, STAKE_SEED},
};
use common::{
    args::ArgsReader,
    checks::{
        init, load_mut, require_address, require_canonical_pda, require_distinct, require_payer, require_program,
        require_writable, AccountState,
    },
    error::AnchorError,
    token::{create_pda_account, mint_decimals, token_account_of_mint, transfer_checked, SYSTEM_PROGRAM_ID},
};
use pinocchio::{
    cpi::Seed,
    sysvars::{clock::Clock, Sysvar},
    AccountView, ProgramResult,
};

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
    let mut reader = ArgsReader::new(data);
    let amount: u64 = reader.read()?;
    reader.finish()?;
    if amount == 0 {
        return Err(StakingError::ZeroAmount.into());
    }

    require_payer(owner)?;
    require_program(system_program, &SYSTEM_PROGRAM_ID)?;
    let state = load_mut::<Config>(config, &crate::ID)?;
    if state.paused() {
        return Err(StakingError::Paused.into());
    }
    require_address(io_mint, &state.io_mint())?;
    require_program(token_program, &state.token_program())?;
    require_address(stake_vault, &state.stake_vault())?;
    require_writable(stake_vault)?;
    require_writable(owner_token)?;
    require_distinct(owner_token, stake_vault)?;
    let decimals = mint_decimals(io_mint, token_program.address())?;
    let source = token_account_of_mint(owner_token, io_mint.address(), token_program.address())?;
    if &source.owner != owner.address() {
        return Err(AnchorError::ConstraintTokenOwner.into());
    }
    if source.amount < amount {
        return Err(StakingError::InsufficientBalance.into());
    }

    // The position: created at its canonical PDA on the first stake; afterwards an account owned by this
    // program with the StakePosition discriminator can only be the PDA this program created for the owner
    // stored inside it, so comparing that owner is enough.
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
    let position_state = load_mut::<StakePosition>(position, &crate::ID)?;
    if &position_state.owner() != owner.address() {
        return Err(AnchorError::ConstraintSeeds.into());
    }

    let now = Clock::get()?.unix_timestamp;
    let mut pool = state.reward_pool();
    pool.update(now)?;
    position_state.settle(pool.reward_per_token)?;
    let staked = position_state.staked().checked_add(amount).ok_or(StakingError::MathOverflow)?;
    position_state.set_staked(staked);
    pool.earning_stake = pool.earning_stake.checked_add(amount).ok_or(StakingError::MathOverflow)?;
    state.set_reward_pool(&pool);

    transfer_checked(owner_token, io_mint, stake_vault, owner, amount, decimals, token_program.address(), &[])?;
    events::staked(owner.address(), amount, staked, pool.earning_stake);
    Ok(())
}

