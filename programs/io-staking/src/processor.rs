//! Dispatches on the 8-byte Anchor instruction discriminator.

use crate::{error, instructions::*, state::Config};
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
        release_bond::DISCRIMINATOR => release_bond::process(accounts, args),
        slash::DISCRIMINATOR => slash::process(accounts, args),
        sweep_undistributed::DISCRIMINATOR => sweep_undistributed::process(accounts, args),
        close_position::DISCRIMINATOR => close_position::process(accounts, args),
        apply_config_change::DISCRIMINATOR => apply_config_change::process(accounts, args),
        fund_rewards::DISCRIMINATOR => fund_rewards::process(accounts, args),
        start_emissions::DISCRIMINATOR => start_emissions::process(accounts, args),
        crank_emissions::DISCRIMINATOR => crank_emissions::process(accounts, args),
        pay_supplier::DISCRIMINATOR => pay_supplier::process(accounts, args),
        withdraw_emission_surplus::DISCRIMINATOR => withdraw_emission_surplus::process(accounts, args),
        update_config::DISCRIMINATOR => update_config::process(accounts, args),
        initialize::DISCRIMINATOR => initialize::process(accounts, args),
        // propose_admin, accept_admin, pause, unpause: common::admin, with this program's errors.
        _ => admin::process::<Config>(discriminator, accounts, args, &crate::ID, error::admin_errors())
            .unwrap_or(Err(AnchorError::InstructionFallbackNotFound.into())),
    }
}
