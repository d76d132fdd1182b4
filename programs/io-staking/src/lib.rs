//! io_staking: IO holders stake with a cooldown and earn rewards; operators' stake is bonded by the devices
//! they list in rental_escrow and can be slashed.
#![no_std]
pub mod context;
pub mod error;
pub mod events;
pub mod instructions;
pub mod processor;
pub mod rewards;
pub mod state;

pub use common::ids::IO_STAKING as ID;

common::program_entrypoint!(crate::processor::process_instruction);

#[cfg(test)]
mod idl_tests;
