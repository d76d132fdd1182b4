//! `fund_rewards(amount, duration)`: the admin deposits `amount` of IO into the reward vault to stream over
//! the next `duration` seconds. What is still to stream from a running period rolls into the new one:
//! `rate = (amount + rate_old * remaining) / duration`. The division's remainder is never streamed; it stays
//! in the vault as dust (counted in `total_rewards_funded`, never in anyone's rewards).

use crate::{
    context::{load_config_as_admin, now, Io},
    error::StakingError,
    events,
};
use common::{args::ArgsReader, error::AnchorError, math::checked_mul};
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
    let remaining = if pool.period_end > now { (pool.period_end - now) as u64 } else { 0 };
    let unstreamed = checked_mul(pool.rate, remaining).ok_or(StakingError::MathOverflow)?;
    let total = amount.checked_add(unstreamed).ok_or(StakingError::MathOverflow)?;
    let rate = total / duration;
    if rate == 0 {
        return Err(StakingError::RewardRateTooLow.into());
    }
    pool.rate = rate;
    pool.period_end = now + duration as i64; // duration <= five years: no overflow for any real clock
    pool.last_update = now;
    state.set_reward_pool(&pool);
    let funded = state.total_rewards_funded().checked_add(amount).ok_or(StakingError::MathOverflow)?;
    state.set_total_rewards_funded(funded);

    io.deposit(admin_token, admin, reward_vault, amount)?;
    events::rewards_funded(amount, rate, pool.period_end);
    Ok(())
}
