//! compute_tokens: a GPU's future rental revenue as Token-2022 shares: 90% to holders, 10% to the operating
//! node, settled on every transfer by a transfer hook; or as GPU bonds; or as one Metaplex cash-flow NFT.
#![no_std]
pub mod bonds;
pub mod context;
pub mod error;
pub mod events;
pub mod hook;
pub mod instructions;
pub mod metadata;
pub mod metaplex;
pub mod processor;
pub mod revenue;
pub mod state;

pub use common::ids::COMPUTE_TOKENS as ID;

common::program_entrypoint!(crate::processor::process_instruction);

#[cfg(test)]
mod idl_tests;
