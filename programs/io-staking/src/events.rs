//! Anchor events emitted by io_staking (borsh fields after the event discriminator), one function each.

use common::{
    discriminator::event,
    event::{emit, EventWriter},
};
use pinocchio::Address;

pub const STAKED: [u8; 8] = event("Staked");
pub const UNSTAKE_REQUESTED: [u8; 8] = event("UnstakeRequested");
pub const UNSTAKE_CANCELLED: [u8; 8] = event("UnstakeCancelled");
pub const WITHDRAWN: [u8; 8] = event("Withdrawn");
pub const REWARDS_CLAIMED: [u8; 8] = event("RewardsClaimed");
pub const REWARDS_FUNDED: [u8; 8] = event("RewardsFunded");
pub const BONDED: [u8; 8] = event("Bonded");
pub const UNBONDED: [u8; 8] = event("Unbonded");
pub const SLASHED: [u8; 8] = event("Slashed");

/// `Staked { owner, amount, staked, total_staked }`
pub fn staked(owner: &Address, amount: u64, staked: u64, total_staked: u64) {
    let fields = EventWriter::<56>::new().bytes(owner.as_ref()).u64(amount).u64(staked).u64(total_staked);
    emit(&STAKED, fields.as_slice());
}

/// `UnstakeRequested { owner, amount, pending_unstake, unlock_time }`
pub fn unstake_requested(owner: &Address, amount: u64, pending_unstake: u64, unlock_time: i64) {
    let fields = EventWriter::<56>::new().bytes(owner.as_ref()).u64(amount).u64(pending_unstake).i64(unlock_time);
    emit(&UNSTAKE_REQUESTED, fields.as_slice());
}

/// `UnstakeCancelled { owner, amount, staked }`
pub fn unstake_cancelled(owner: &Address, amount: u64, staked: u64) {
    let fields = EventWriter::<48>::new().bytes(owner.as_ref()).u64(amount).u64(staked);
    emit(&UNSTAKE_CANCELLED, fields.as_slice());
}

/// `Withdrawn { owner, amount }`
pub fn withdrawn(owner: &Address, amount: u64) {
    let fields = EventWriter::<40>::new().bytes(owner.as_ref()).u64(amount);
    emit(&WITHDRAWN, fields.as_slice());
}

/// `RewardsClaimed { owner, amount }`
pub fn rewards_claimed(owner: &Address, amount: u64) {
    let fields = EventWriter::<40>::new().bytes(owner.as_ref()).u64(amount);
    emit(&REWARDS_CLAIMED, fields.as_slice());
}

/// `RewardsFunded { amount, rate, period_end }`
pub fn rewards_funded(amount: u64, rate: u64, period_end: i64) {
    let fields = EventWriter::<24>::new().u64(amount).u64(rate).i64(period_end);
    emit(&REWARDS_FUNDED, fields.as_slice());
}

/// `Bonded { owner, amount, device_class, gpu_count, bonded }`
pub fn bonded(owner: &Address, amount: u64, device_class: u8, gpu_count: u32, bonded: u64) {
    let fields = EventWriter::<53>::new().bytes(owner.as_ref()).u64(amount).u8(device_class).u32(gpu_count).u64(bonded);
    emit(&BONDED, fields.as_slice());
}

/// `Unbonded { owner, amount, bonded }`
pub fn unbonded(owner: &Address, amount: u64, bonded: u64) {
    let fields = EventWriter::<48>::new().bytes(owner.as_ref()).u64(amount).u64(bonded);
    emit(&UNBONDED, fields.as_slice());
}

/// `Slashed { owner, amount, staked, bonded }`
pub fn slashed(owner: &Address, amount: u64, staked: u64, bonded: u64) {
    let fields = EventWriter::<56>::new().bytes(owner.as_ref()).u64(amount).u64(staked).u64(bonded);
    emit(&SLASHED, fields.as_slice());
}
