//! Dispatches on the 8-byte Anchor instruction discriminator.

use crate::instructions;
use common::{discriminator::decode_instruction, error::AnchorError};
use pinocchio::{AccountView, Address, ProgramResult};

pub fn process_instruction(program_id: &Address, accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let (discriminator, args) = decode_instruction(program_id, &crate::ID, data)?;
    match discriminator {
        instructions::initialize::DISCRIMINATOR => instructions::initialize::process(accounts, args),
        instructions::stake::DISCRIMINATOR => instructions::stake::process(accounts, args),
        _ => Err(AnchorError::InstructionFallbackNotFound.into()),
    }
}
