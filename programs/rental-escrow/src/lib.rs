//! rental_escrow: the marketplace. Operators list GPUs backed by bonded IO stake, renters pay into escrow that
//! streams to the operator per second, and every payment leaves a fee for the treasury.
#![no_std]
pub mod error;
pub mod instructions;
pub mod processor;
pub mod state;

pub use common::ids::RENTAL_ESCROW as ID;

common::program_entrypoint!(crate::processor::process_instruction);

#[cfg(test)]
mod idl_tests;
