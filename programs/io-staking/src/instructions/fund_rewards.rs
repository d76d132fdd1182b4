//! `fund_rewards(amount, duration)`: the admin deposits `amount` of IO into the reward vault to stream over
//! the next `duration` seconds; what is still to stream from a running period rolls into the new one
//! (`RewardPool::refill`). The rate's rounding remainder stays in the vault as dust (counted in
//! `total_rewards_funded`, never in anyone's rewards).

use crate::{
    context::{load_config_as_admin, now, Io},
    error::StakingError,
    events,
};
use common::{args::ArgsReader, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("fund_rewards");
pub const ARGS_LEN: usize = 16;

/// Longest reward period: five years.
pub const MAX_REWARD_DURATION: u64 = 5 * 365 * 24 * 60 * 60;

/// Accounts:
///   0. `[signer]` admin: the config's admin, owner of `admin_token`
///   1. `[writable]` config
///   2. `[writable]` admin_token: the admin's IO token account, source of the rewards
///   3. `[writable]` reward_vault: config's reward vault
///   4. `[]` io_mint: config's IO mint
///   5. `[]` token_program: config's token program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [admin, config, admin_token, reward_vault, io_mint, token_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let amount: u64 = reader.read()?;
    let duration: u64 = reader.read()?;
    reader.finish()?;
    if amount == 0 {
        return Err(StakingError::ZeroAmount.into());
    }
    if duration == 0 || duration > MAX_REWARD_DURATION {
        return Err(StakingError::InvalidRewardDuration.into());
    }

    let state = load_config_as_admin(config, admin)?;
    let io = Io::checked(state, io_mint, token_program)?;
    io.check_vault_and_user_account(reward_vault, &state.reward_vault(), admin_token)?;

    let now = now()?;
    let mut pool = state.reward_pool();
    pool.update(now)?;
    pool.refill(amount, duration, now)?;
    if pool.rate == 0 {
        return Err(StakingError::RewardRateTooLow.into());
    }
    state.set_reward_pool(&pool);
    let funded = state.total_rewards_funded().checked_add(amount).ok_or(StakingError::MathOverflow)?;
    state.set_total_rewards_funded(funded);

    io.deposit(admin_token, admin, reward_vault, amount)?;
    events::rewards_funded(amount, pool.rate, pool.period_end);
    Ok(())
}
