//! `initialize`: creates the config and the two IO vaults (token accounts owned by the config PDA).

use crate::{
    error::StakingError,
    state::{Config, CONFIG_SEED, MAX_DEVICE_CLASSES, REWARD_VAULT_SEED, STAKE_VAULT_SEED},
};
use common::{
    admin::MAX_CHANGE_DELAY,
    args::ArgsReader,
    checks::{init, require_canonical_pda, require_payer, require_program, require_upgrade_authority, AccountState},
    error::AnchorError,
    token::{
        create_pda_account, create_token_account, has_only_display_extensions, mint_decimals, require_token_program,
        token_account_of_mint, SYSTEM_PROGRAM_ID,
    },
};
use pinocchio::{cpi::Seed, error::ProgramError, AccountView, Address, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("initialize");

/// Longest cooldown accepted: one year.
const MAX_COOLDOWN_SECONDS: i64 = 365 * 24 * 60 * 60;
/// A class multiplier below 1x is rounded up to 1x by the stake rule, so it is rejected here.
const MIN_CLASS_MULTIPLIER_BPS: u32 = 10_000;

/// The settings `initialize` sets and `update_config` changes.
pub struct ConfigParams {
    pub unstake_cooldown: i64,
    pub min_stake_per_gpu: u64,
    pub class_multipliers_bps: [u32; MAX_DEVICE_CLASSES],
    pub bond_authority: Address,
    pub slash_authority: Address,
}

/// Borsh size of `ConfigParams` (`update_config`'s arguments).
pub const PARAMS_LEN: usize = 8 + 8 + 4 * MAX_DEVICE_CLASSES + 32 + 32;
/// Borsh size of the arguments: the settings, then the delay of authority changes (checked against the IDL).
pub const ARGS_LEN: usize = PARAMS_LEN + 8;

impl ConfigParams {
    fn read(reader: &mut ArgsReader) -> Result<Self, ProgramError> {
        Ok(Self {
            unstake_cooldown: reader.read()?,
            min_stake_per_gpu: reader.read()?,
            class_multipliers_bps: reader.read_array()?,
            bond_authority: reader.read()?,
            slash_authority: reader.read()?,
        })
    }

    pub fn parse(data: &[u8]) -> Result<Self, ProgramError> {
        let mut reader = ArgsReader::new(data);
        let args = Self::read(&mut reader)?;
        reader.finish()?;
        Ok(args)
    }

    pub fn validate(&self) -> Result<(), ProgramError> {
        if self.unstake_cooldown <= 0 || self.unstake_cooldown > MAX_COOLDOWN_SECONDS {
            return Err(StakingError::InvalidCooldown.into());
        }
        if self.min_stake_per_gpu == 0 {
            return Err(StakingError::InvalidMinStake.into());
        }
        if self.class_multipliers_bps.iter().any(|&m| m != 0 && m < MIN_CLASS_MULTIPLIER_BPS) {
            return Err(StakingError::InvalidClassMultiplier.into());
        }
        if self.bond_authority == Address::default() || self.slash_authority == Address::default() {
            return Err(StakingError::InvalidAuthority.into());
        }
        Ok(())
    }

    /// Writes the settings that take effect at once (the authorities are timelocked: see `update_config`).
    pub fn apply_settings(&self, state: &mut Config) {
        state.set_unstake_cooldown(self.unstake_cooldown);
        state.set_min_stake_per_gpu(self.min_stake_per_gpu);
        state.set_class_multipliers_bps(self.class_multipliers_bps);
    }
}

/// Accounts:
///   0. `[signer, writable]` admin: pays for the new accounts and becomes the config's admin
///   1. `[writable]` config: PDA ["config"], created here
///   2. `[]` io_mint
///   3. `[writable]` stake_vault: PDA ["stake_vault", config], IO token account created here, owned by config
///   4. `[writable]` reward_vault: PDA ["reward_vault", config], likewise
///   5. `[]` treasury: IO token account that will receive slashed stake
///   6. `[]` token_program: the program that owns io_mint (SPL Token or Token-2022)
///   7. `[]` system_program
///   8. `[]` program: this program (its loader account names its ProgramData)
///   9. `[]` program_data: this program's ProgramData; its upgrade authority must be admin
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [admin, config, io_mint, stake_vault, reward_vault, treasury, token_program, system_program, program, program_data, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let args = ConfigParams::read(&mut reader)?;
    let change_delay: i64 = reader.read()?;
    reader.finish()?;
    args.validate()?;
    if !(0..=MAX_CHANGE_DELAY).contains(&change_delay) {
        return Err(StakingError::InvalidChangeDelay.into());
    }

    require_payer(admin)?;
    require_program(system_program, &SYSTEM_PROGRAM_ID)?;
    require_upgrade_authority(program, program_data, admin, &crate::ID, StakingError::NotUpgradeAuthority.into())?;
    require_token_program(token_program)?;
    let io_decimals = mint_decimals(io_mint, token_program.address())?;
    if !has_only_display_extensions(io_mint) {
        return Err(StakingError::UnsupportedMintExtension.into());
    }
    token_account_of_mint(treasury, io_mint.address(), token_program.address())?;

    let config_bump = require_canonical_pda(config, &[CONFIG_SEED], &crate::ID)?;
    let config_key = *config.address();
    let stake_vault_bump = require_canonical_pda(stake_vault, &[STAKE_VAULT_SEED, config_key.as_ref()], &crate::ID)?;
    let reward_vault_bump = require_canonical_pda(reward_vault, &[REWARD_VAULT_SEED, config_key.as_ref()], &crate::ID)?;

    let bump = [config_bump];
    create_pda_account(admin, config, Config::LEN, &crate::ID, &[Seed::from(CONFIG_SEED), Seed::from(&bump)])?;
    let vault_bump = [stake_vault_bump];
    create_token_account(
        admin,
        stake_vault,
        io_mint,
        &config_key,
        token_program,
        &[Seed::from(STAKE_VAULT_SEED), Seed::from(config_key.as_ref()), Seed::from(&vault_bump)],
    )?;
    let vault_bump = [reward_vault_bump];
    create_token_account(
        admin,
        reward_vault,
        io_mint,
        &config_key,
        token_program,
        &[Seed::from(REWARD_VAULT_SEED), Seed::from(config_key.as_ref()), Seed::from(&vault_bump)],
    )?;

    let state = init::<Config>(config)?;
    state.set_admin(*admin.address());
    state.set_pending_admin(Address::default());
    state.set_io_mint(*io_mint.address());
    state.set_token_program(*token_program.address());
    state.set_stake_vault(*stake_vault.address());
    state.set_reward_vault(*reward_vault.address());
    state.set_treasury(*treasury.address());
    state.set_bond_authority(args.bond_authority);
    state.set_slash_authority(args.slash_authority);
    state.set_change_delay(change_delay);
    args.apply_settings(state);
    state.set_io_decimals(io_decimals);
    state.set_bump(config_bump);
    state.set_stake_vault_bump(stake_vault_bump);
    state.set_reward_vault_bump(reward_vault_bump);
    // Reward accounting starts at zero: a fresh account is zero-filled.
    Ok(())
}
