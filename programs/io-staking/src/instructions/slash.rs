//! `slash(amount)`: the slash authority takes `amount` of one device's bonded stake and sends it to the
//! treasury. The device's bond, the position's stake and bond, and the totals all fall by the same amount; no
//! other device's bond changes.

use crate::{
    context::{now, parse_amount, Io},
    error::StakingError,
    events,
    state::{Config, DeviceBond, StakePosition},
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
///   7. `[writable]` device_bond: the slashed device's bond (of `position`)
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [slash_authority, config, position, stake_vault, treasury, io_mint, token_program, device_bond, ..] = accounts
    else {
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
    let bond = load_mut::<DeviceBond>(device_bond, &crate::ID)?;
    if &bond.position() != position.address() {
        return Err(StakingError::WrongDeviceBond.into());
    }
    if amount > bond.amount() {
        return Err(StakingError::InsufficientBondedStake.into());
    }
    bond.set_amount(bond.amount() - amount);
    let bond_address = *device_bond.address();
    let position_state = load_mut::<StakePosition>(position, &crate::ID)?;

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
    events::slashed(&position_state.owner(), &bond_address, amount, staked, bonded);
    Ok(())
}
