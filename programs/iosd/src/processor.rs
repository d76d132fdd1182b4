//! Dispatches on the 8-byte Anchor instruction discriminator.

use crate::instructions::*;
use common::{admin, discriminator::decode_instruction, error::AnchorError};
use pinocchio::{AccountView, Address, ProgramResult};

pub fn process_instruction(program_id: &Address, accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let (discriminator, args) = decode_instruction(program_id, &crate::ID, data)?;
    match discriminator {
        mint_iosd::DISCRIMINATOR => mint_iosd::process(accounts, args),
        update_config::DISCRIMINATOR => update_config::process(accounts, args),
        admin::PROPOSE_ADMIN => admin_transfer::propose(accounts, args),
        admin::ACCEPT_ADMIN => admin_transfer::accept(accounts, args),
        admin::PAUSE => admin_transfer::set_paused(accounts, args, true),
        admin::UNPAUSE => admin_transfer::set_paused(accounts, args, false),
        initialize::DISCRIMINATOR => initialize::process(accounts, args),
        _ => Err(AnchorError::InstructionFallbackNotFound.into()),
    }
}
