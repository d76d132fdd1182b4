//! `claim_rewards`: pays the position's rewards, brought up to date, from the reward vault.

use crate::{
    context::{load_active_config, load_signed_position, now, Io},
    error::StakingError,
    events,
};
use common::{args::ArgsReader, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("claim_rewards");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` owner
///   1. `[writable]` config: signs for the vault
///   2. `[writable]` position: the owner's
///   3. `[writable]` owner_token: any IO token account, receives the rewards
///   4. `[writable]` reward_vault: config's reward vault
///   5. `[]` io_mint: config's IO mint
///   6. `[]` token_program: config's token program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [owner, config, position, owner_token, reward_vault, io_mint, token_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;

    let config_account = *config;
    let state = load_active_config(config)?;
    let io = Io::checked(state, io_mint, token_program)?;
    io.check_vault_and_user_account(reward_vault, &state.reward_vault(), owner_token)?;
    let position_state = load_signed_position(position, owner)?;

    let pool = state.accrue(position_state, now()?)?;
    state.set_reward_pool(&pool);
    let amount = position_state.rewards_owed();
    if amount == 0 {
        return Err(StakingError::NothingToClaim.into());
    }
    position_state.set_rewards_owed(0);
    let claimed = state.total_rewards_claimed().checked_add(amount).ok_or(StakingError::MathOverflow)?;
    state.set_total_rewards_claimed(claimed);

    io.pay_out(reward_vault, owner_token, &config_account, amount)?;
    events::rewards_claimed(owner.address(), amount);
    Ok(())
}
