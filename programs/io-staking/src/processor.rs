//! Dispatches on the 8-byte Anchor instruction discriminator.

use crate::instructions::*;
use common::{admin, discriminator::decode_instruction, error::AnchorError};
use pinocchio::{AccountView, Address, ProgramResult};

pub fn process_instruction(program_id: &Address, accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let (discriminator, args) = decode_instruction(program_id, &crate::ID, data)?;
    match discriminator {
        stake::DISCRIMINATOR => stake::process(accounts, args),
        claim_rewards::DISCRIMINATOR => claim_rewards::process(accounts, args),
        request_unstake::DISCRIMINATOR => request_unstake::process(accounts, args),
        cancel_unstake::DISCRIMINATOR => cancel_unstake::process(accounts, args),
        withdraw::DISCRIMINATOR => withdraw::process(accounts, args),
        bond::DISCRIMINATOR => bond::process(accounts, args),
        unbond::DISCRIMINATOR => unbond::process(accounts, args),
        slash::DISCRIMINATOR => slash::process(accounts, args),
        fund_rewards::DISCRIMINATOR => fund_rewards::process(accounts, args),
        update_config::DISCRIMINATOR => update_config::process(accounts, args),
        admin::PROPOSE_ADMIN => admin_transfer::propose(accounts, args),
        admin::ACCEPT_ADMIN => admin_transfer::accept(accounts, args),
        admin::PAUSE => admin_transfer::set_paused(accounts, args, true),
        admin::UNPAUSE => admin_transfer::set_paused(accounts, args, false),
        initialize::DISCRIMINATOR => initialize::process(accounts, args),
        _ => Err(AnchorError::InstructionFallbackNotFound.into()),
    }
}
