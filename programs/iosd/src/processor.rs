//! Dispatches on the 8-byte Anchor instruction discriminator.

use crate::{error, instructions::*, state::Config};
use common::{admin, discriminator::decode_instruction, error::AnchorError};
use pinocchio::{AccountView, Address, ProgramResult};

pub fn process_instruction(program_id: &Address, accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let (discriminator, args) = decode_instruction(program_id, &crate::ID, data)?;
    match discriminator {
        mint_iosd::DISCRIMINATOR => mint_iosd::process(accounts, args),
        update_config::DISCRIMINATOR => update_config::process(accounts, args),
        apply_config_change::DISCRIMINATOR => apply_config_change::process(accounts, args),
        initialize::DISCRIMINATOR => initialize::process(accounts, args),
        // propose_admin, accept_admin, pause, unpause: common::admin, with this program's errors.
        _ => admin::process::<Config>(discriminator, accounts, args, &crate::ID, error::admin_errors())
            .unwrap_or(Err(AnchorError::InstructionFallbackNotFound.into())),
    }
}
