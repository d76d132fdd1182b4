//! `withdraw`: after the cooldown, pays the whole pending unstake from the stake vault to the owner.

use crate::{
    context::{load_active_config, load_signed_position, now, Io},
    error::StakingError,
    events,
};
use common::{args::ArgsReader, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("withdraw");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` owner
///   1. `[writable]` config: signs for the vault
///   2. `[writable]` position: the owner's
///   3. `[writable]` owner_token: any IO token account, receives the stake
///   4. `[writable]` stake_vault: config's stake vault
///   5. `[]` io_mint: config's IO mint
///   6. `[]` token_program: config's token program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [owner, config, position, owner_token, stake_vault, io_mint, token_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;

    let config_account = *config;
    let state = load_active_config(config)?;
    let io = Io::checked(state, io_mint, token_program)?;
    io.check_vault_and_user_account(stake_vault, &state.stake_vault(), owner_token)?;
    let position_state = load_signed_position(position, owner)?;
    let amount = position_state.pending_unstake();
    if amount == 0 {
        return Err(StakingError::NoPendingUnstake.into());
    }
    if now()? < position_state.unlock_time() {
        return Err(StakingError::CooldownNotElapsed.into());
    }

    position_state.set_pending_unstake(0);
    position_state.set_unlock_time(0);
    state.set_total_pending_unstake(state.total_pending_unstake() - amount); // the position's part of it

    io.pay_out(stake_vault, owner_token, &config_account, amount)?;
    events::withdrawn(owner.address(), amount);
    Ok(())
}
