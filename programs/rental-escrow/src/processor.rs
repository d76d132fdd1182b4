//! Dispatches on the 8-byte Anchor instruction discriminator.

use crate::{error, instructions::*, state::Market};
use common::{admin, discriminator::decode_instruction, error::AnchorError};
use pinocchio::{AccountView, Address, ProgramResult};

pub fn process_instruction(program_id: &Address, accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let (discriminator, args) = decode_instruction(program_id, &crate::ID, data)?;
    match discriminator {
        settle::DISCRIMINATOR => settle::process(accounts, args),
        create_rental::DISCRIMINATOR => create_rental::process(accounts, args),
        extend::DISCRIMINATOR => extend::process(accounts, args),
        cancel::DISCRIMINATOR => cancel::process(accounts, args),
        complete::DISCRIMINATOR => complete::process(accounts, args),
        open_dispute::DISCRIMINATOR => open_dispute::process(accounts, args),
        resolve_dispute::DISCRIMINATOR => resolve_dispute::process(accounts, args),
        register_device::DISCRIMINATOR => register_device::process(accounts, args),
        update_device::DISCRIMINATOR => update_device::process(accounts, args),
        deregister_device::DISCRIMINATOR => deregister_device::process(accounts, args),
        top_up_bond::DISCRIMINATOR => top_up_bond::process(accounts, args),
        release_excess_bond::DISCRIMINATOR => release_excess_bond::process(accounts, args),
        lock_payout::DISCRIMINATOR => lock_payout::process(accounts, args),
        unlock_payout::DISCRIMINATOR => unlock_payout::process(accounts, args),
        update_market::DISCRIMINATOR => update_market::process(accounts, args),
        apply_config_change::DISCRIMINATOR => apply_config_change::process(accounts, args),
        claim_supplier_emissions::DISCRIMINATOR => claim_supplier_emissions::process(accounts, args),
        open_supplier_ledger::DISCRIMINATOR => open_supplier_ledger::process(accounts, args),
        sweep_unserved_emissions::DISCRIMINATOR => sweep_unserved_emissions::process(accounts, args),
        initialize::DISCRIMINATOR => initialize::process(accounts, args),
        // propose_admin, accept_admin, pause, unpause: common::admin, with this program's errors.
        _ => admin::process::<Market>(discriminator, accounts, args, &crate::ID, error::admin_errors())
            .unwrap_or(Err(AnchorError::InstructionFallbackNotFound.into())),
    }
}
