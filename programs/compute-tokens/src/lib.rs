//! compute_tokens: a GPU's future rental revenue as Token-2022 shares: 90% to holders, 10% to the operating
//! node, settled on every transfer by a transfer hook.
#![no_std]
// Host builds (tests, the cdylib) link std for its panic handler; the SBPF build is no_std throughout.
#[cfg(not(target_arch = "bpf"))]
extern crate std;

pub mod error;
pub mod instructions;
pub mod processor;
pub mod state;

pub use common::ids::COMPUTE_TOKENS as ID;

#[cfg(all(target_arch = "bpf", not(feature = "no-entrypoint")))]
mod entrypoint {
    pinocchio::program_entrypoint!(crate::processor::process_instruction);
    pinocchio::no_allocator!();
    pinocchio::nostd_panic_handler!();
}

#[cfg(test)]
mod idl_tests;
