//! io_staking: IO holders stake with a cooldown and earn rewards; operators' stake is bonded by the devices
//! they list in rental_escrow and can be slashed.
//!
//! Pause (`common::admin`): while paused, stake, request_unstake, cancel_unstake, withdraw, claim_rewards and bond
//! are refused with `Paused`; unbond and slash still work, so devices can be delisted and misbehaviour punished
//! during an incident; reward streaming follows the clock regardless.
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
