//! Anchor events emitted by compute_tokens (borsh fields after the event discriminator), one function each.

use crate::{
    bonds::Waterfall,
    state::{Bond, NftPool, Pool},
};
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
pub const BOND_ISSUED: [u8; 8] = event("BondIssued");
pub const BOND_SUBSCRIBED: [u8; 8] = event("BondSubscribed");
pub const SUBSCRIPTION_CLOSED: [u8; 8] = event("SubscriptionClosed");
pub const BOND_REFUNDED: [u8; 8] = event("BondRefunded");
pub const BOND_SYNCED: [u8; 8] = event("BondSynced");
pub const BOND_DEFAULTED: [u8; 8] = event("BondDefaulted");
pub const BOND_CURED: [u8; 8] = event("BondCured");
pub const PRINCIPAL_REPAID: [u8; 8] = event("PrincipalRepaid");
pub const BOND_REDEEMED: [u8; 8] = event("BondRedeemed");
pub const BOND_CLOSED: [u8; 8] = event("BondClosed");
pub const NFT_COLLECTION_CREATED: [u8; 8] = event("NftCollectionCreated");
pub const NFT_TOKENIZED: [u8; 8] = event("NftTokenized");

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

/// `BondIssued { bond, device, mint, operator, face, coupon_bps, deadline, maturity, collateral }`
pub fn bond_issued(bond: &Address, state: &Bond) {
    EventWriter::<178>::new(&BOND_ISSUED)
        .bytes(bond.as_ref())
        .bytes(state.device().as_ref())
        .bytes(state.mint().as_ref())
        .bytes(state.operator().as_ref())
        .u64(state.face())
        .u16(state.coupon_bps())
        .i64(state.deadline())
        .i64(state.maturity())
        .u64(state.collateral())
        .emit();
}

/// `BondSubscribed { bond, token_account, amount }`
pub fn bond_subscribed(bond: &Address, token_account: &Address, amount: u64) {
    EventWriter::<80>::new(&BOND_SUBSCRIBED).bytes(bond.as_ref()).bytes(token_account.as_ref()).u64(amount).emit();
}

/// `SubscriptionClosed { bond, raised, success }`
pub fn subscription_closed(bond: &Address, raised: u64, success: bool) {
    EventWriter::<49>::new(&SUBSCRIPTION_CLOSED).bytes(bond.as_ref()).u64(raised).bool(success).emit();
}

/// `BondRefunded { bond, token_account, amount }`
pub fn bond_refunded(bond: &Address, token_account: &Address, amount: u64) {
    EventWriter::<80>::new(&BOND_REFUNDED).bytes(bond.as_ref()).bytes(token_account.as_ref()).u64(amount).emit();
}

/// `BondSynced { bond, inflow, to_coupons, to_reserve, to_operator }`
pub fn bond_synced(bond: &Address, inflow: u64, parts: &Waterfall) {
    EventWriter::<72>::new(&BOND_SYNCED)
        .bytes(bond.as_ref())
        .u64(inflow)
        .u64(parts.to_coupons)
        .u64(parts.to_reserve)
        .u64(parts.to_operator)
        .emit();
}

/// `BondDefaulted { bond, arrears, reserve }`: arrears and reserve when default was declared.
pub fn bond_defaulted(bond: &Address, arrears: u64, reserve: u64) {
    EventWriter::<56>::new(&BOND_DEFAULTED).bytes(bond.as_ref()).u64(arrears).u64(reserve).emit();
}

/// `BondCured { bond, amount }`
pub fn bond_cured(bond: &Address, amount: u64) {
    EventWriter::<48>::new(&BOND_CURED).bytes(bond.as_ref()).u64(amount).emit();
}

/// `PrincipalRepaid { bond, amount }`
pub fn principal_repaid(bond: &Address, amount: u64) {
    EventWriter::<48>::new(&PRINCIPAL_REPAID).bytes(bond.as_ref()).u64(amount).emit();
}

/// `BondRedeemed { bond, token_account, burned, principal, collateral }`
pub fn bond_redeemed(bond: &Address, token_account: &Address, burned: u64, principal: u64, collateral: u64) {
    EventWriter::<96>::new(&BOND_REDEEMED)
        .bytes(bond.as_ref())
        .bytes(token_account.as_ref())
        .u64(burned)
        .u64(principal)
        .u64(collateral)
        .emit();
}

/// `BondClosed { bond, collateral_returned }`
pub fn bond_closed(bond: &Address, collateral_returned: u64) {
    EventWriter::<48>::new(&BOND_CLOSED).bytes(bond.as_ref()).u64(collateral_returned).emit();
}

/// `NftCollectionCreated { mint, metadata }`
pub fn nft_collection_created(mint: &Address, metadata: &Address) {
    EventWriter::<72>::new(&NFT_COLLECTION_CREATED).bytes(mint.as_ref()).bytes(metadata.as_ref()).emit();
}

/// `NftTokenized { pool, device, mint, metadata, operator, term_end, operator_bps }`
pub fn nft_tokenized(pool: &Address, state: &NftPool, metadata: &Address) {
    EventWriter::<178>::new(&NFT_TOKENIZED)
        .bytes(pool.as_ref())
        .bytes(state.device().as_ref())
        .bytes(state.mint().as_ref())
        .bytes(metadata.as_ref())
        .bytes(state.operator().as_ref())
        .i64(state.term_end())
        .u16(state.operator_bps())
        .emit();
}
