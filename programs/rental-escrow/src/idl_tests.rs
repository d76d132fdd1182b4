//! The committed IDL (sdk/idl/rental_escrow.json) must describe exactly what this crate implements.

use crate::{
    error::EscrowError,
    events,
    instructions::*,
    state::{Device, Market, Rental},
    supply::SupplierLedger,
};
use common::{admin, checks::AccountState, idl_test};

const ADDRESS: &str = "BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS";

#[test]
fn idl_matches_program() {
    assert_eq!(crate::ID, pinocchio::Address::from_str_const(ADDRESS));
    idl_test::check(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../sdk/idl/rental_escrow.json"),
        &idl_test::ProgramSpec {
            address: ADDRESS,
            instructions: &[
                ("initialize", initialize::DISCRIMINATOR, initialize::ARGS_LEN),
                ("update_market", update_market::DISCRIMINATOR, update_market::ARGS_LEN),
                ("apply_config_change", apply_config_change::DISCRIMINATOR, apply_config_change::ARGS_LEN),
                ("register_device", register_device::DISCRIMINATOR, register_device::ARGS_LEN),
                ("update_device", update_device::DISCRIMINATOR, update_device::ARGS_LEN),
                ("deregister_device", deregister_device::DISCRIMINATOR, deregister_device::ARGS_LEN),
                ("top_up_bond", top_up_bond::DISCRIMINATOR, top_up_bond::ARGS_LEN),
                ("release_excess_bond", release_excess_bond::DISCRIMINATOR, release_excess_bond::ARGS_LEN),
                ("lock_payout", lock_payout::DISCRIMINATOR, lock_payout::ARGS_LEN),
                ("unlock_payout", unlock_payout::DISCRIMINATOR, unlock_payout::ARGS_LEN),
                ("create_rental", create_rental::DISCRIMINATOR, create_rental::ARGS_LEN),
                ("settle", settle::DISCRIMINATOR, settle::ARGS_LEN),
                ("extend", extend::DISCRIMINATOR, extend::ARGS_LEN),
                ("cancel", cancel::DISCRIMINATOR, cancel::ARGS_LEN),
                ("complete", complete::DISCRIMINATOR, complete::ARGS_LEN),
                ("open_dispute", open_dispute::DISCRIMINATOR, open_dispute::ARGS_LEN),
                ("resolve_dispute", resolve_dispute::DISCRIMINATOR, resolve_dispute::ARGS_LEN),
                ("open_supplier_ledger", open_supplier_ledger::DISCRIMINATOR, open_supplier_ledger::ARGS_LEN),
                (
                    "claim_supplier_emissions",
                    claim_supplier_emissions::DISCRIMINATOR,
                    claim_supplier_emissions::ARGS_LEN,
                ),
                (
                    "sweep_unserved_emissions",
                    sweep_unserved_emissions::DISCRIMINATOR,
                    sweep_unserved_emissions::ARGS_LEN,
                ),
                ("propose_admin", admin::PROPOSE_ADMIN, admin::PROPOSE_ADMIN_ARGS_LEN),
                ("accept_admin", admin::ACCEPT_ADMIN, 0),
                ("pause", admin::PAUSE, 0),
                ("unpause", admin::UNPAUSE, 0),
            ],
            accounts: &[
                ("Market", Market::DISCRIMINATOR, Market::LEN, Market::FIELD_NAMES),
                ("Device", Device::DISCRIMINATOR, Device::LEN, Device::FIELD_NAMES),
                ("Rental", Rental::DISCRIMINATOR, Rental::LEN, Rental::FIELD_NAMES),
                ("SupplierLedger", SupplierLedger::DISCRIMINATOR, SupplierLedger::LEN, SupplierLedger::FIELD_NAMES),
            ],
            errors: EscrowError::ALL,
            events: &[
                ("MarketUpdated", events::MARKET_UPDATED),
                ("DeviceRegistered", events::DEVICE_REGISTERED),
                ("DeviceUpdated", events::DEVICE_UPDATED),
                ("DeviceDeregistered", events::DEVICE_DEREGISTERED),
                ("PayoutLocked", events::PAYOUT_LOCKED),
                ("PayoutUnlocked", events::PAYOUT_UNLOCKED),
                ("RentalCreated", events::RENTAL_CREATED),
                ("RentalExtended", events::RENTAL_EXTENDED),
                ("RentalSettled", events::RENTAL_SETTLED),
                ("RentalCancelled", events::RENTAL_CANCELLED),
                ("RentalCompleted", events::RENTAL_COMPLETED),
                ("DisputeOpened", events::DISPUTE_OPENED),
                ("DisputeResolved", events::DISPUTE_RESOLVED),
                ("EscrowSurplusSwept", events::ESCROW_SURPLUS_SWEPT),
                ("BondToppedUp", events::BOND_TOPPED_UP),
                ("SupplierLedgerOpened", events::SUPPLIER_LEDGER_OPENED),
                ("ServiceCounted", events::SERVICE_COUNTED),
                ("SupplierEmissionsClaimed", events::SUPPLIER_EMISSIONS_CLAIMED),
                ("UnservedEmissionsSwept", events::UNSERVED_EMISSIONS_SWEPT),
                ("ConfigChangeProposed", admin::CONFIG_CHANGE_PROPOSED),
                ("ConfigChangeApplied", admin::CONFIG_CHANGE_APPLIED),
                ("AdminChanged", admin::ADMIN_CHANGED),
                ("PauseChanged", admin::PAUSE_CHANGED),
            ],
        },
    );
}
