//! iosd: burn IO to mint IOSD, the USD-pegged unit rentals are priced in, at a Pyth price; there is no
//! way back from IOSD to IO.
#![no_std]
// Host builds (tests, the cdylib) link std for its panic handler; the SBPF build is no_std throughout.
#[cfg(not(target_arch = "bpf"))]
extern crate std;

pub mod error;
pub mod instructions;
pub mod processor;
pub mod state;

pub use common::ids::IOSD as ID;

#[cfg(all(target_arch = "bpf", not(feature = "no-entrypoint")))]
mod entrypoint {
    pinocchio::program_entrypoint!(crate::processor::process_instruction);
    pinocchio::no_allocator!();
    pinocchio::nostd_panic_handler!();
}

#[cfg(test)]
mod idl_tests;
