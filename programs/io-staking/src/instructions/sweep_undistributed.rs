//! `sweep_undistributed` (admin): moves the rewards nobody is or will be owed (streamed while nobody staked, and
//! the remainders of reward-rate divisions) from the reward vault to the treasury. Everything a staker has earned
//! or will earn from the running period stays.

use crate::{
    context::{load_config_as_admin, now, Io},
    error::StakingError,
    events,
};
use common::{args::ArgsReader, checks::require_address, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("sweep_undistributed");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` admin: the config's admin
///   1. `[writable]` config: signs for the vault
///   2. `[writable]` reward_vault: config's reward vault
///   3. `[writable]` treasury: config's treasury
///   4. `[]` io_mint: config's IO mint
///   5. `[]` token_program: config's token program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [admin, config, reward_vault, treasury, io_mint, token_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    let config_account = *config;
    let state = load_config_as_admin(config, admin)?;
    require_address(treasury, &state.treasury())?;
    let io = Io::checked(state, io_mint, token_program)?;
    io.check_vault_and_user_account(reward_vault, &state.reward_vault(), treasury)?;

    let mut pool = state.reward_pool();
    pool.update(now()?)?; // what streamed to nobody up to now
    let amount = pool.undistributed;
    if amount == 0 {
        return Err(StakingError::NothingToSweep.into());
    }
    pool.undistributed = 0;
    state.set_reward_pool(&pool);
    let swept = state.total_rewards_swept().checked_add(amount).ok_or(StakingError::MathOverflow)?;
    state.set_total_rewards_swept(swept);

    io.pay_out(reward_vault, treasury, &config_account, amount)?;
    events::rewards_swept(amount);
    Ok(())
}
