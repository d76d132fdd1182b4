//! Anchor events emitted by iosd.

use crate::oracle::PriceUpdate;
use common::{discriminator::event, event::EventWriter};
use pinocchio::Address;

pub const IOSD_MINTED: [u8; 8] = event("IosdMinted");

/// `IosdMinted { user, io_amount, io_burned, fee, iosd_out, price, conf, exponent, publish_time, price_used }`
#[inline(always)] // more than five register arguments: SBPF passes at most five
pub fn iosd_minted(
    user: &Address,
    io_amount: u64,
    io_burned: u64,
    fee: u64,
    iosd_out: u64,
    update: &PriceUpdate,
    price_used: u64,
) {
    EventWriter::<116>::new(&IOSD_MINTED)
        .bytes(user.as_ref())
        .u64(io_amount)
        .u64(io_burned)
        .u64(fee)
        .u64(iosd_out)
        .i64(update.price)
        .u64(update.conf)
        .i32(update.exponent)
        .i64(update.publish_time)
        .u64(price_used)
        .emit();
}
