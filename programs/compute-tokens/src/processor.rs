//! Dispatches on the 8-byte instruction discriminator (Anchor's, and the transfer-hook interface's `execute`).

use crate::{error, instructions::*, state::Config};
use common::{admin, discriminator::decode_instruction, error::AnchorError};
use pinocchio::{AccountView, Address, ProgramResult};

pub fn process_instruction(program_id: &Address, accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let (discriminator, args) = decode_instruction(program_id, &crate::ID, data)?;
    match discriminator {
        execute::DISCRIMINATOR => execute::process(accounts, args),
        sync_revenue::DISCRIMINATOR => sync_revenue::process(accounts, args),
        claim::DISCRIMINATOR => claim::process(accounts, args),
        claim_operator::DISCRIMINATOR => claim_operator::process(accounts, args),
        poke_holder::DISCRIMINATOR => poke_holder::process(accounts, args),
        open_holder::DISCRIMINATOR => open_holder::process(accounts, args),
        buy_shares::DISCRIMINATOR => buy_shares::process(accounts, args),
        list_shares::DISCRIMINATOR => list_shares::process(accounts, args),
        delist::DISCRIMINATOR => delist::process(accounts, args),
        tokenize_device::DISCRIMINATOR => tokenize_device::process(accounts, args),
        end_term::DISCRIMINATOR => end_term::process(accounts, args),
        initialize::DISCRIMINATOR => initialize::process(accounts, args),
        issue_bond::DISCRIMINATOR => issue_bond::process(accounts, args),
        subscribe::DISCRIMINATOR => subscribe::process(accounts, args),
        close_subscription::DISCRIMINATOR => close_subscription::process(accounts, args),
        refund::DISCRIMINATOR => refund::process(accounts, args),
        declare_default::DISCRIMINATOR => declare_default::process(accounts, args),
        cure::DISCRIMINATOR => cure::process(accounts, args),
        repay_principal::DISCRIMINATOR => repay_principal::process(accounts, args),
        redeem::DISCRIMINATOR => redeem::process(accounts, args),
        close_bond::DISCRIMINATOR => close_bond::process(accounts, args),
        create_nft_collection::DISCRIMINATOR => create_nft_collection::process(accounts, args),
        tokenize_nft::DISCRIMINATOR => tokenize_nft::process(accounts, args),
        claim_nft::DISCRIMINATOR => claim_nft::process(accounts, args),
        // propose_admin, accept_admin, pause, unpause: common::admin, with this program's errors.
        _ => admin::process::<Config>(discriminator, accounts, args, &crate::ID, error::admin_errors())
            .unwrap_or(Err(AnchorError::InstructionFallbackNotFound.into())),
    }
}
