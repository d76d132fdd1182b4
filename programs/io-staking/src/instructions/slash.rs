//! `slash(amount)`: the slash authority takes `amount` of a position's bonded stake and sends it to the
//! treasury. The position's stake, its bond and the totals all fall by the same amount.

use crate::{
    context::{now, parse_amount, Io},
    error::StakingError,
    events,
    state::{Config, StakePosition},
};
use common::{
    checks::{load_mut, require_address, require_authority},
    error::AnchorError,
};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("slash");
pub const ARGS_LEN: usize = 8;

/// Accounts:
///   0. `[signer]` slash_authority: config's slash authority
///   1. `[writable]` config: signs for the vault
///   2. `[writable]` position: the slashed operator's (any position of this program)
///   3. `[writable]` stake_vault: config's stake vault
///   4. `[writable]` treasury: config's treasury
///   5. `[]` io_mint: config's IO mint
///   6. `[]` token_program: config's token program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [slash_authority, config, position, stake_vault, treasury, io_mint, token_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let amount = parse_amount(data)?;

    // Not refused while paused: misbehaviour can be punished during an incident.
    let config_account = *config;
    let state = load_mut::<Config>(config, &crate::ID)?;
    require_authority(slash_authority, &state.slash_authority(), StakingError::NotSlashAuthority.into())?;
    require_address(treasury, &state.treasury())?;
    let io = Io::checked(state, io_mint, token_program)?;
    io.check_vault_and_user_account(stake_vault, &state.stake_vault(), treasury)?;
    let position_state = load_mut::<StakePosition>(position, &crate::ID)?;
    if amount > position_state.bonded() {
        return Err(StakingError::InsufficientBondedStake.into());
    }

    let mut pool = state.accrue(position_state, now()?)?;
    // bonded <= staked, and each is part of its total.
    let staked = position_state.staked() - amount;
    let bonded = position_state.bonded() - amount;
    position_state.set_staked(staked);
    position_state.set_bonded(bonded);
    pool.earning_stake -= amount;
    state.set_reward_pool(&pool);
    state.set_total_bonded(state.total_bonded() - amount);

    io.pay_out(stake_vault, treasury, &config_account, amount)?;
    events::slashed(&position_state.owner(), amount, staked, bonded);
    Ok(())
}
