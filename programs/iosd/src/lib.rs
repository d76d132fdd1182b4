//! iosd: burn IO to mint IOSD, the USD-pegged unit rentals are priced in, at a Pyth price; there is no
//! way back from IOSD to IO.
//!
//! Pause (`common::admin`): while paused, `mint_iosd` is refused with `Paused`.
#![no_std]
pub mod error;
pub mod events;
pub mod instructions;
pub mod oracle;
pub mod processor;
pub mod state;

pub use common::ids::IOSD as ID;

common::program_entrypoint!(crate::processor::process_instruction);

#[cfg(test)]
mod idl_tests;
