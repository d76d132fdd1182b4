//! rental_escrow: the marketplace. Operators list GPUs backed by bonded IO stake, renters pay into escrow that
//! streams to the operator per second, and every payment leaves a fee for the treasury.
//!
//! Money flow of one rental: renter -> escrow (`stream::cost` of the duration) and renter -> treasury (renter
//! fee); escrow -> payout (what streamed, minus the supplier fee) and escrow -> treasury (supplier fee);
//! escrow -> renter (the unstreamed part on cancel, the arbiter's share on a dispute).
//!
//! Pause (`common::admin`): while paused, register_device, create_rental and extend are refused with `Paused`;
//! everything that pays out, refunds, closes or delists keeps working, so no funds are ever held by a pause.
#![no_std]
pub mod context;
pub mod error;
pub mod events;
pub mod instructions;
pub mod processor;
pub mod reputation;
pub mod staking_cpi;
pub mod state;
pub mod stream;
pub mod supply;

pub use common::ids::RENTAL_ESCROW as ID;

common::program_entrypoint!(crate::processor::process_instruction);

#[cfg(test)]
mod idl_tests;
