//! Anchor events emitted by rental_escrow (borsh fields after the event discriminator), one function each.

use common::{discriminator::event, event::EventWriter};
use pinocchio::Address;

pub const MARKET_UPDATED: [u8; 8] = event("MarketUpdated");
pub const DEVICE_REGISTERED: [u8; 8] = event("DeviceRegistered");
pub const DEVICE_UPDATED: [u8; 8] = event("DeviceUpdated");
pub const DEVICE_DEREGISTERED: [u8; 8] = event("DeviceDeregistered");
pub const PAYOUT_LOCKED: [u8; 8] = event("PayoutLocked");
pub const PAYOUT_UNLOCKED: [u8; 8] = event("PayoutUnlocked");
pub const RENTAL_CREATED: [u8; 8] = event("RentalCreated");
pub const RENTAL_EXTENDED: [u8; 8] = event("RentalExtended");
pub const RENTAL_SETTLED: [u8; 8] = event("RentalSettled");
pub const RENTAL_CANCELLED: [u8; 8] = event("RentalCancelled");
pub const RENTAL_COMPLETED: [u8; 8] = event("RentalCompleted");
pub const DISPUTE_OPENED: [u8; 8] = event("DisputeOpened");
pub const DISPUTE_RESOLVED: [u8; 8] = event("DisputeResolved");
pub const BOND_TOPPED_UP: [u8; 8] = event("BondToppedUp");
pub const ESCROW_SURPLUS_SWEPT: [u8; 8] = event("EscrowSurplusSwept");
pub const SUPPLIER_LEDGER_OPENED: [u8; 8] = event("SupplierLedgerOpened");
pub const SERVICE_COUNTED: [u8; 8] = event("ServiceCounted");
pub const SUPPLIER_EMISSIONS_CLAIMED: [u8; 8] = event("SupplierEmissionsClaimed");
pub const UNSERVED_EMISSIONS_SWEPT: [u8; 8] = event("UnservedEmissionsSwept");

/// `MarketUpdated { arbiter, renter_fee_bps, supplier_fee_bps, dispute_window, max_rental_duration,
/// min_rental_duration, tier thresholds, class_priority, priority_window }`: the settings as set or, for the arbiter
/// and the fees, as proposed.
pub fn market_updated(params: &crate::instructions::initialize::MarketParams) {
    let [t1, t2, t3] = params.tier_thresholds;
    EventWriter::<112>::new(&MARKET_UPDATED)
        .bytes(params.arbiter.as_ref())
        .u16s(&params.renter_fee_bps)
        .u16s(&params.supplier_fee_bps)
        .i64(params.dispute_window)
        .i64(params.max_rental_duration)
        .i64(params.min_rental_duration)
        .u64(t1)
        .u64(t2)
        .u64(t3)
        .bytes(&params.class_priority)
        .i64(params.priority_window)
        .emit();
}

/// `DeviceRegistered { device, operator, device_id, device_class, gpu_count, price_per_gpu_hour, payment_mint,
/// bonded, region }` (the region last, so an indexer can classify GPUs by class and region from events alone)
pub fn device_registered(device: &Address, state: &crate::state::Device, bonded: u64) {
    EventWriter::<152>::new(&DEVICE_REGISTERED)
        .bytes(device.as_ref())
        .bytes(state.operator().as_ref())
        .u64(state.device_id())
        .u8(state.device_class())
        .u32(state.gpu_count())
        .u64(state.price_per_gpu_hour())
        .bytes(state.payment_mint().as_ref())
        .u64(bonded)
        .bytes(&state.region())
        .emit();
}

/// `DeviceUpdated { device, price_per_gpu_hour, status }`
pub fn device_updated(device: &Address, price_per_gpu_hour: u64, status: u8) {
    EventWriter::<56>::new(&DEVICE_UPDATED).bytes(device.as_ref()).u64(price_per_gpu_hour).u8(status).emit();
}

/// `DeviceDeregistered { device, operator, unbonded }`
pub fn device_deregistered(device: &Address, operator: &Address, unbonded: u64) {
    EventWriter::<80>::new(&DEVICE_DEREGISTERED).bytes(device.as_ref()).bytes(operator.as_ref()).u64(unbonded).emit();
}

/// `PayoutLocked { device, payout, locker, until }`
pub fn payout_locked(device: &Address, payout: &Address, locker: &Address, until: i64) {
    EventWriter::<112>::new(&PAYOUT_LOCKED)
        .bytes(device.as_ref())
        .bytes(payout.as_ref())
        .bytes(locker.as_ref())
        .i64(until)
        .emit();
}

/// `PayoutUnlocked { device, locker }`
pub fn payout_unlocked(device: &Address, locker: &Address) {
    EventWriter::<72>::new(&PAYOUT_UNLOCKED).bytes(device.as_ref()).bytes(locker.as_ref()).emit();
}

/// `RentalCreated { rental, device, renter, start, end, deposited, renter_fee }`
pub fn rental_created(rental: &Address, state: &crate::state::Rental) {
    EventWriter::<136>::new(&RENTAL_CREATED)
        .bytes(rental.as_ref())
        .bytes(state.device().as_ref())
        .bytes(state.renter().as_ref())
        .i64(state.start())
        .i64(state.end())
        .u64(state.deposited())
        .u64(state.renter_fees())
        .emit();
}

/// `RentalExtended { rental, end, deposited, added, renter_fee }`
pub fn rental_extended(rental: &Address, end: i64, deposited: u64, added: u64, renter_fee: u64) {
    EventWriter::<72>::new(&RENTAL_EXTENDED)
        .bytes(rental.as_ref())
        .i64(end)
        .u64(deposited)
        .u64(added)
        .u64(renter_fee)
        .emit();
}

/// `RentalSettled { rental, to_operator, supplier_fee, released }`
pub fn rental_settled(rental: &Address, to_operator: u64, supplier_fee: u64, released: u64) {
    EventWriter::<64>::new(&RENTAL_SETTLED)
        .bytes(rental.as_ref())
        .u64(to_operator)
        .u64(supplier_fee)
        .u64(released)
        .emit();
}

/// `RentalCancelled { rental, to_operator, supplier_fee, refunded, seconds_served }`
pub fn rental_cancelled(rental: &Address, to_operator: u64, supplier_fee: u64, refunded: u64, seconds_served: u64) {
    EventWriter::<72>::new(&RENTAL_CANCELLED)
        .bytes(rental.as_ref())
        .u64(to_operator)
        .u64(supplier_fee)
        .u64(refunded)
        .u64(seconds_served)
        .emit();
}

/// `RentalCompleted { rental, to_operator, supplier_fee, seconds_served }`
pub fn rental_completed(rental: &Address, to_operator: u64, supplier_fee: u64, seconds_served: u64) {
    EventWriter::<64>::new(&RENTAL_COMPLETED)
        .bytes(rental.as_ref())
        .u64(to_operator)
        .u64(supplier_fee)
        .u64(seconds_served)
        .emit();
}

/// `DisputeOpened { rental, device, disputed_at }`
pub fn dispute_opened(rental: &Address, device: &Address, disputed_at: i64) {
    EventWriter::<80>::new(&DISPUTE_OPENED).bytes(rental.as_ref()).bytes(device.as_ref()).i64(disputed_at).emit();
}

/// The outcome of a dispute, for `DisputeResolved`.
pub struct Resolution {
    pub to_renter: u64,
    pub to_operator: u64,
    pub supplier_fee: u64,
    pub slashed: u64,
    pub operator_lost: bool,
}

/// `DisputeResolved { rental, device, to_renter, to_operator, supplier_fee, slashed, operator_lost }`
pub fn dispute_resolved(rental: &Address, device: &Address, r: &Resolution) {
    EventWriter::<112>::new(&DISPUTE_RESOLVED)
        .bytes(rental.as_ref())
        .bytes(device.as_ref())
        .u64(r.to_renter)
        .u64(r.to_operator)
        .u64(r.supplier_fee)
        .u64(r.slashed)
        .bool(r.operator_lost)
        .emit();
}

/// `EscrowSurplusSwept { rental, amount }`: tokens sent into a closing escrow from outside, paid to the treasury.
pub fn escrow_surplus_swept(rental: &Address, amount: u64) {
    EventWriter::<48>::new(&ESCROW_SURPLUS_SWEPT).bytes(rental.as_ref()).u64(amount).emit();
}

/// `BondToppedUp { device, bonded }`: the device's bond after a top-up (to its requirement after a slash, or
/// beyond it) or after excess was released.
pub fn bond_topped_up(device: &Address, bonded: u64) {
    EventWriter::<48>::new(&BOND_TOPPED_UP).bytes(device.as_ref()).u64(bonded).emit();
}

/// `SupplierLedgerOpened { ledger }`
pub fn supplier_ledger_opened(ledger: &Address) {
    EventWriter::<40>::new(&SUPPLIER_LEDGER_OPENED).bytes(ledger.as_ref()).emit();
}

/// `ServiceCounted { device, window, gpu_seconds }`
pub fn service_counted(device: &Address, window: u64, gpu_seconds: u64) {
    EventWriter::<56>::new(&SERVICE_COUNTED).bytes(device.as_ref()).u64(window).u64(gpu_seconds).emit();
}

/// `SupplierEmissionsClaimed { device, operator, amount, claimed }`
pub fn supplier_emissions_claimed(device: &Address, operator: &Address, amount: u64, claimed: u64) {
    EventWriter::<88>::new(&SUPPLIER_EMISSIONS_CLAIMED)
        .bytes(device.as_ref())
        .bytes(operator.as_ref())
        .u64(amount)
        .u64(claimed)
        .emit();
}

/// `UnservedEmissionsSwept { amount, swept }`: unserved days' supplier emission sent to io_staking's treasury.
pub fn unserved_emissions_swept(amount: u64, swept: u64) {
    EventWriter::<24>::new(&UNSERVED_EMISSIONS_SWEPT).u64(amount).u64(swept).emit();
}
