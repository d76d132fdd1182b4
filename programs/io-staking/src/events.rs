//! Anchor events emitted by io_staking (borsh fields after the event discriminator), one function each.

use common::{discriminator::event, event::EventWriter};
use pinocchio::Address;

pub const STAKED: [u8; 8] = event("Staked");
pub const UNSTAKE_REQUESTED: [u8; 8] = event("UnstakeRequested");
pub const UNSTAKE_CANCELLED: [u8; 8] = event("UnstakeCancelled");
pub const WITHDRAWN: [u8; 8] = event("Withdrawn");
pub const REWARDS_CLAIMED: [u8; 8] = event("RewardsClaimed");
pub const REWARDS_FUNDED: [u8; 8] = event("RewardsFunded");
pub const EMISSIONS_STARTED: [u8; 8] = event("EmissionsStarted");
pub const EMISSIONS_CRANKED: [u8; 8] = event("EmissionsCranked");
pub const EMISSION_SURPLUS_WITHDRAWN: [u8; 8] = event("EmissionSurplusWithdrawn");
pub const BONDED: [u8; 8] = event("Bonded");
pub const UNBONDED: [u8; 8] = event("Unbonded");
pub const SLASHED: [u8; 8] = event("Slashed");
pub const REWARDS_SWEPT: [u8; 8] = event("RewardsSwept");
pub const POSITION_CLOSED: [u8; 8] = event("PositionClosed");

/// `Staked { owner, amount, staked, total_staked }`
pub fn staked(owner: &Address, amount: u64, staked: u64, total_staked: u64) {
    EventWriter::<64>::new(&STAKED).bytes(owner.as_ref()).u64(amount).u64(staked).u64(total_staked).emit();
}

/// `UnstakeRequested { owner, amount, pending_unstake, unlock_time }`
pub fn unstake_requested(owner: &Address, amount: u64, pending_unstake: u64, unlock_time: i64) {
    EventWriter::<64>::new(&UNSTAKE_REQUESTED)
        .bytes(owner.as_ref())
        .u64(amount)
        .u64(pending_unstake)
        .i64(unlock_time)
        .emit();
}

/// `UnstakeCancelled { owner, amount, staked }`
pub fn unstake_cancelled(owner: &Address, amount: u64, staked: u64) {
    EventWriter::<56>::new(&UNSTAKE_CANCELLED).bytes(owner.as_ref()).u64(amount).u64(staked).emit();
}

/// `Withdrawn { owner, amount }`
pub fn withdrawn(owner: &Address, amount: u64) {
    EventWriter::<48>::new(&WITHDRAWN).bytes(owner.as_ref()).u64(amount).emit();
}

/// `RewardsClaimed { owner, amount }`
pub fn rewards_claimed(owner: &Address, amount: u64) {
    EventWriter::<48>::new(&REWARDS_CLAIMED).bytes(owner.as_ref()).u64(amount).emit();
}

/// `RewardsFunded { amount, rate, period_end }`
pub fn rewards_funded(amount: u64, rate: u64, period_end: i64) {
    EventWriter::<32>::new(&REWARDS_FUNDED).u64(amount).u64(rate).i64(period_end).emit();
}

/// `Bonded { owner, device_bond, amount, device_class, gpu_count, bonded }`: `amount` newly bonded for the device,
/// `bonded` the position's total.
pub fn bonded(owner: &Address, device_bond: &Address, amount: u64, device_class: u8, gpu_count: u32, bonded: u64) {
    EventWriter::<93>::new(&BONDED)
        .bytes(owner.as_ref())
        .bytes(device_bond.as_ref())
        .u64(amount)
        .u8(device_class)
        .u32(gpu_count)
        .u64(bonded)
        .emit();
}

/// `Unbonded { owner, device_bond, amount, bonded }`
pub fn unbonded(owner: &Address, device_bond: &Address, amount: u64, bonded: u64) {
    EventWriter::<88>::new(&UNBONDED).bytes(owner.as_ref()).bytes(device_bond.as_ref()).u64(amount).u64(bonded).emit();
}

/// `Slashed { owner, device_bond, amount, staked, bonded }`
pub fn slashed(owner: &Address, device_bond: &Address, amount: u64, staked: u64, bonded: u64) {
    EventWriter::<96>::new(&SLASHED)
        .bytes(owner.as_ref())
        .bytes(device_bond.as_ref())
        .u64(amount)
        .u64(staked)
        .u64(bonded)
        .emit();
}

/// `RewardsSwept { amount }`: undistributed rewards moved to the treasury.
pub fn rewards_swept(amount: u64) {
    EventWriter::<16>::new(&REWARDS_SWEPT).u64(amount).emit();
}

/// `PositionClosed { owner }`
pub fn position_closed(owner: &pinocchio::Address) {
    EventWriter::<40>::new(&POSITION_CLOSED).bytes(owner.as_ref()).emit();
}

/// `EmissionsStarted { genesis, staker_bps, stream_seconds }`
pub fn emissions_started(genesis: i64, staker_bps: u16, stream_seconds: i64) {
    EventWriter::<26>::new(&EMISSIONS_STARTED).i64(genesis).u16(staker_bps).i64(stream_seconds).emit();
}

/// `EmissionsCranked { epochs, scheduled, paid, to_stakers, to_suppliers, shortfall }`: `paid` (its two parts)
/// left the emission vault in this crank; `shortfall` is what the schedule owes beyond what the vault held.
pub fn emissions_cranked(crank: &crate::instructions::crank_emissions::Crank) {
    EventWriter::<56>::new(&EMISSIONS_CRANKED)
        .u64(crank.epochs)
        .u64(crank.scheduled)
        .u64(crank.to_stakers + crank.to_suppliers)
        .u64(crank.to_stakers)
        .u64(crank.to_suppliers)
        .u64(crank.shortfall)
        .emit();
}

/// `EmissionSurplusWithdrawn { amount }`: IO beyond what the schedule still owes, moved to the treasury.
pub fn emission_surplus_withdrawn(amount: u64) {
    EventWriter::<16>::new(&EMISSION_SURPLUS_WITHDRAWN).u64(amount).emit();
}
