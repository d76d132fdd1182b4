//! Dispatches on the 8-byte Anchor instruction discriminator.

use crate::instructions;
use common::{discriminator::split_instruction, error::AnchorError};
use pinocchio::{error::ProgramError, AccountView, Address, ProgramResult};

pub fn process_instruction(program_id: &Address, accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    if program_id != &crate::ID {
        return Err(ProgramError::IncorrectProgramId);
    }
    let (discriminator, args) = split_instruction(data).ok_or(AnchorError::InstructionMissing)?;
    match discriminator {
        instructions::initialize::DISCRIMINATOR => instructions::initialize::process(accounts, args),
        _ => Err(AnchorError::InstructionFallbackNotFound.into()),
    }
}
