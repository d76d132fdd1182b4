//! Anchor events emitted by io_staking (borsh fields after the event discriminator).

use common::event::{emit, EventWriter};
use pinocchio::Address;

pub const STAKED: [u8; 8] = common::discriminator::event("Staked");

/// `Staked { owner, amount, staked, total_staked }`
pub fn staked(owner: &Address, amount: u64, staked: u64, total_staked: u64) {
    let fields = EventWriter::<56>::new().bytes(owner.as_ref()).u64(amount).u64(staked).u64(total_staked);
    emit(&STAKED, fields.as_slice());
}
