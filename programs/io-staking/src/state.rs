//! io_staking accounts.

use pinocchio::Address;

/// Seeds of the single `Config` PDA.
pub const CONFIG_SEED: &[u8] = b"config";
/// Seeds of the vault holding staked IO: ["stake_vault", config].
pub const STAKE_VAULT_SEED: &[u8] = b"stake_vault";
/// Seeds of the vault holding funded, not yet claimed rewards: ["reward_vault", config].
pub const REWARD_VAULT_SEED: &[u8] = b"reward_vault";
/// Number of device classes the config can describe.
pub const MAX_DEVICE_CLASSES: usize = 16;

common::account_state! {
    /// Program-wide settings and reward accounting (PDA ["config"]).
    pub struct Config {
        admin: Address,
        /// Proposed new admin (two-step transfer); `Address::default()` when none.
        pending_admin: Address,
        io_mint: Address,
        /// SPL Token or Token-2022, whichever owns the IO mint.
        token_program: Address,
        stake_vault: Address,
        reward_vault: Address,
        /// IO token account that receives slashed stake.
        treasury: Address,
        /// Signer allowed to bond / unbond stake (rental_escrow's market PDA).
        bond_authority: Address,
        /// Signer allowed to slash bonded stake.
        slash_authority: Address,
        /// Seconds between an unstake request and its withdrawal.
        unstake_cooldown: i64,
        /// IO base units of stake per GPU for a class with multiplier 1x.
        min_stake_per_gpu: u64,
        /// Multiplier of each device class in bps (10,000 = 1x); 0 = class not offered.
        class_multipliers_bps: [u32; MAX_DEVICE_CLASSES],
        /// Rewards streamed per second, in IO base units.
        reward_rate: u64,
        reward_period_end: i64,
        last_update_time: i64,
        /// Q64.64 rewards per staked unit since genesis.
        reward_per_token: u128,
        total_staked: u64,
        total_bonded: u64,
        total_pending_unstake: u64,
        io_decimals: u8,
        paused: bool,
        bump: u8,
        stake_vault_bump: u8,
        reward_vault_bump: u8,
    }
}
