//! io_staking accounts.

use crate::{
    error::StakingError,
    rewards::{earned, Overflow, RewardPool},
};
use common::math::{checked_mul, mul_div_ceil, BPS_DENOMINATOR as ONE_X_BPS};
use pinocchio::{error::ProgramError, Address};

/// Seeds of the single `Config` PDA.
pub const CONFIG_SEED: &[u8] = b"config";
/// Seeds of the vault holding staked IO: ["stake_vault", config].
pub const STAKE_VAULT_SEED: &[u8] = b"stake_vault";
/// Seeds of the vault holding funded, not yet claimed rewards: ["reward_vault", config].
pub const REWARD_VAULT_SEED: &[u8] = b"reward_vault";
/// Seeds of the vault the emission schedule pays from (funded with IO by the deployment or the treasury):
/// ["emission_vault", config].
pub const EMISSION_VAULT_SEED: &[u8] = b"emission_vault";
/// Seeds of the vault holding the suppliers' part of emissions until operators claim it: ["supplier_vault", config].
pub const SUPPLIER_VAULT_SEED: &[u8] = b"supplier_vault";
/// Seeds of a staker's position: ["stake", owner].
pub const STAKE_SEED: &[u8] = b"stake";
/// Seeds of a device's bond: ["bond", device].
pub const BOND_SEED: &[u8] = b"bond";
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
        /// Seconds between proposing a change of treasury or authorities and applying it (set at initialize).
        change_delay: i64,
        /// The proposed treasury and authorities, applicable from `change_ready_at` (0: nothing pending).
        pending_treasury: Address,
        pending_bond_authority: Address,
        pending_slash_authority: Address,
        change_ready_at: i64,
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
        /// Stake that earns rewards: staked and not pending unstake (bonded stake included).
        total_staked: u64,
        total_bonded: u64,
        total_pending_unstake: u64,
        /// Rewards ever deposited by `fund_rewards` and ever paid by `claim_rewards`: the reward vault holds
        /// exactly the difference (what is owed, still streaming, or dust).
        total_rewards_funded: u64,
        total_rewards_claimed: u64,
        /// Rewards owed to nobody (see `rewards::RewardPool::undistributed`), and what the admin swept of them:
        /// the reward vault holds funded - claimed - swept.
        undistributed_rewards: u64,
        total_rewards_swept: u64,
        io_decimals: u8,
        paused: bool,
        bump: u8,
        stake_vault_bump: u8,
        reward_vault_bump: u8,
        /// The emission schedule (common::emission) starts at `emission_genesis` once the admin starts it (0: not
        /// started). Each crank pays `C(epochs) - emission_paid` from the emission vault, what the vault holds at
        /// most: `emission_staker_bps` of it into the reward stream (over `emission_stream_seconds`), the rest to
        /// the supplier vault.
        emission_genesis: i64,
        emission_staker_bps: u16,
        emission_stream_seconds: i64,
        emission_vault: Address,
        supplier_vault: Address,
        /// Epochs elapsed at the last crank, and the schedule's total for them, `C(emission_epochs)`.
        emission_epochs: u64,
        emission_scheduled: u64,
        /// IO paid out of the emission vault in all, and its two parts; `emission_scheduled - emission_paid` is the
        /// shortfall an underfunded vault left at the last crank, paid by the next cranks once the vault is refilled.
        emission_paid: u64,
        emission_to_stakers: u64,
        emission_to_suppliers: u64,
        emission_vault_bump: u8,
        supplier_vault_bump: u8,
        /// Paid out of the supplier vault to operators' claims (`pay_supplier`), at most `emission_to_suppliers`.
        emission_paid_to_suppliers: u64,
    }
}

common::account_state! {
    /// One staker's position (PDA ["stake", owner]).
    pub struct StakePosition {
        owner: Address,
        /// Earning stake, bonded part included.
        staked: u64,
        /// Part of `staked` locked by devices listed in rental_escrow; cannot be unstaked.
        bonded: u64,
        /// Device bond accounts drawing on this position (even slashed to zero): the position stays open for them.
        device_bonds: u32,
        /// Stake waiting out the cooldown; earns nothing.
        pending_unstake: u64,
        /// When `pending_unstake` can be withdrawn.
        unlock_time: i64,
        /// Accumulator value when `rewards_owed` was last brought up to date.
        reward_snapshot: u128,
        /// Rewards earned and not yet claimed.
        rewards_owed: u64,
        bump: u8,
    }
}

common::account_state! {
    /// The stake one listed device keeps bonded (PDA ["bond", device]). Bonds are accounted per device, so
    /// slashing or releasing one device's bond never touches another's; the position's `bonded` is their sum.
    pub struct DeviceBond {
        /// The position the stake is bonded from, and its owner (who paid this account's rent).
        position: Address,
        owner: Address,
        /// The device (rental_escrow's device account).
        device: Address,
        device_class: u8,
        gpu_count: u32,
        /// Stake bonded for this device now: the requirement when bonded or topped up, less any slash since.
        amount: u64,
        bump: u8,
    }
}

common::impl_admin_state!(Config, timelocked);

impl Config {
    /// The reward stream as the pure accounting type of `crate::rewards`.
    pub fn reward_pool(&self) -> RewardPool {
        RewardPool {
            rate: self.reward_rate(),
            period_end: self.reward_period_end(),
            last_update: self.last_update_time(),
            reward_per_token: self.reward_per_token(),
            earning_stake: self.total_staked(),
            undistributed: self.undistributed_rewards(),
        }
    }

    /// Streams rewards up to `now` and brings `position` up to date with them, before its stake changes.
    /// Returns the updated pool, for the caller to adjust the earning stake and store with `set_reward_pool`.
    pub fn accrue(&self, position: &mut StakePosition, now: i64) -> Result<RewardPool, Overflow> {
        let mut pool = self.reward_pool();
        pool.update(now)?;
        position.settle(pool.reward_per_token)?;
        Ok(pool)
    }

    pub fn set_reward_pool(&mut self, pool: &RewardPool) {
        self.set_reward_rate(pool.rate);
        self.set_reward_period_end(pool.period_end);
        self.set_last_update_time(pool.last_update);
        self.set_reward_per_token(pool.reward_per_token);
        self.set_total_staked(pool.earning_stake);
        self.set_undistributed_rewards(pool.undistributed);
    }
}

impl Config {
    /// The program's own IO vaults: none may serve as a treasury or a user's account.
    pub fn vaults(&self) -> [Address; 4] {
        [self.stake_vault(), self.reward_vault(), self.emission_vault(), self.supplier_vault()]
    }

    /// IO that a device of `class` with `gpu_count` GPUs must keep bonded:
    /// `min_stake_per_gpu * max(1x, multiplier) * gpu_count`, rounded up (in the pool's favour).
    pub fn required_stake(&self, class: u8, gpu_count: u32) -> Result<u64, ProgramError> {
        let multipliers = self.class_multipliers_bps();
        let multiplier = match multipliers.get(class as usize) {
            Some(&m) if m != 0 => m.max(ONE_X_BPS as u32) as u64,
            _ => return Err(StakingError::InvalidDeviceClass.into()),
        };
        if gpu_count == 0 {
            return Err(StakingError::InvalidGpuCount.into());
        }
        let per_gpu =
            mul_div_ceil(self.min_stake_per_gpu(), multiplier, ONE_X_BPS).ok_or(StakingError::MathOverflow)?;
        Ok(checked_mul(per_gpu, gpu_count as u64).ok_or(StakingError::MathOverflow)?)
    }
}

impl StakePosition {
    /// Stake that is neither bonded nor waiting out the cooldown: what can be unstaked or bonded.
    pub fn unbonded(&self) -> u64 {
        // `bonded <= staked` always holds: bond checks it, and slash takes from both.
        self.staked() - self.bonded()
    }

    /// Brings `rewards_owed` up to the accumulator value `reward_per_token` (before the stake changes).
    pub fn settle(&mut self, reward_per_token: u128) -> Result<(), Overflow> {
        let earned = earned(self.staked(), self.reward_snapshot(), reward_per_token)?;
        self.set_rewards_owed(self.rewards_owed().checked_add(earned).ok_or(Overflow)?);
        self.set_reward_snapshot(reward_per_token);
        Ok(())
    }
}
