//! Anchor events emitted by compute_tokens (borsh fields after the event discriminator), one function each.

use crate::state::Pool;
use common::{discriminator::event, event::EventWriter};
use pinocchio::Address;

pub const DEVICE_TOKENIZED: [u8; 8] = event("DeviceTokenized");
pub const REVENUE_SYNCED: [u8; 8] = event("RevenueSynced");
pub const HOLDER_OPENED: [u8; 8] = event("HolderOpened");
pub const REVENUE_CLAIMED: [u8; 8] = event("RevenueClaimed");
pub const SHARES_LISTED: [u8; 8] = event("SharesListed");
pub const SHARES_BOUGHT: [u8; 8] = event("SharesBought");
pub const SHARES_DELISTED: [u8; 8] = event("SharesDelisted");
pub const TERM_ENDED: [u8; 8] = event("TermEnded");
pub const OPERATOR_CLAIMED: [u8; 8] = event("OperatorClaimed");
pub const HOLDER_POKED: [u8; 8] = event("HolderPoked");

/// `DeviceTokenized { pool, device, mint, operator, shares, term_end, operator_bps, distribution_period }`
pub fn device_tokenized(pool: &Address, state: &Pool) {
    EventWriter::<168>::new(&DEVICE_TOKENIZED)
        .bytes(pool.as_ref())
        .bytes(state.device().as_ref())
        .bytes(state.mint().as_ref())
        .bytes(state.operator().as_ref())
        .u64(state.shares())
        .i64(state.term_end())
        .u16(state.operator_bps())
        .i64(state.distribution_period())
        .emit();
}

/// `RevenueSynced { pool, inflow, operator_amount, holders_amount }`
pub fn revenue_synced(pool: &Address, inflow: u64, operator_amount: u64, holders_amount: u64) {
    EventWriter::<64>::new(&REVENUE_SYNCED)
        .bytes(pool.as_ref())
        .u64(inflow)
        .u64(operator_amount)
        .u64(holders_amount)
        .emit();
}

/// `HolderOpened { pool, token_account, shares }`
pub fn holder_opened(pool: &Address, token_account: &Address, shares: u64) {
    EventWriter::<80>::new(&HOLDER_OPENED).bytes(pool.as_ref()).bytes(token_account.as_ref()).u64(shares).emit();
}

/// `RevenueClaimed { pool, token_account, amount }`
pub fn revenue_claimed(pool: &Address, token_account: &Address, amount: u64) {
    EventWriter::<80>::new(&REVENUE_CLAIMED).bytes(pool.as_ref()).bytes(token_account.as_ref()).u64(amount).emit();
}

/// `SharesListed { pool, price_per_share, payment_mint }`
pub fn shares_listed(pool: &Address, price_per_share: u64, payment_mint: &Address) {
    EventWriter::<80>::new(&SHARES_LISTED)
        .bytes(pool.as_ref())
        .u64(price_per_share)
        .bytes(payment_mint.as_ref())
        .emit();
}

/// `SharesBought { pool, buyer, shares, paid }`
pub fn shares_bought(pool: &Address, buyer: &Address, shares: u64, paid: u64) {
    EventWriter::<96>::new(&SHARES_BOUGHT).bytes(pool.as_ref()).bytes(buyer.as_ref()).u64(shares).u64(paid).emit();
}

/// `SharesDelisted { pool, returned }`
pub fn shares_delisted(pool: &Address, returned: u64) {
    EventWriter::<48>::new(&SHARES_DELISTED).bytes(pool.as_ref()).u64(returned).emit();
}

/// `TermEnded { pool, device }`
pub fn term_ended(pool: &Address, device: &Address) {
    EventWriter::<80>::new(&TERM_ENDED).bytes(pool.as_ref()).bytes(device.as_ref()).emit();
}

/// `OperatorClaimed { pool, destination, amount }`
pub fn operator_claimed(pool: &Address, destination: &Address, amount: u64) {
    EventWriter::<80>::new(&OPERATOR_CLAIMED).bytes(pool.as_ref()).bytes(destination.as_ref()).u64(amount).emit();
}

/// `HolderPoked { pool, token_account, shares }`: the checkpoint's basis after the poke.
pub fn holder_poked(pool: &Address, token_account: &Address, shares: u64) {
    EventWriter::<80>::new(&HOLDER_POKED).bytes(pool.as_ref()).bytes(token_account.as_ref()).u64(shares).emit();
}
