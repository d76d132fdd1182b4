//! Test-only program, deployed on the JSON-RPC suite's local validators and nowhere else: it stands in for Pyth's
//! receiver, which a validator without network access cannot feed (its updates are Wormhole-verified). iosd
//! reads a `PriceUpdateV2` by its owner (the receiver configured in iosd's `Config`) and its byte layout, so the
//! test deployment configures this program as the receiver and posts updates through it.
//!
//! One instruction, no discriminator. Accounts: the price account (writable, owned by this program, exactly
//! `PriceUpdateV2`'s 134 bytes, created by the caller), then its write authority (signer). Data: the account's
//! new contents, which must be a `PriceUpdateV2` (discriminator) whose `write_authority` is the signer. As on
//! Pyth's receiver, an account already written may only be rewritten by its write authority.
#![no_std]

use pinocchio::{error::ProgramError, AccountView, Address, ProgramResult};

common::program_entrypoint!(crate::process_instruction);

pub const PRICE_UPDATE_V2_LEN: usize = 134;
const PRICE_UPDATE_V2_DISCRIMINATOR: [u8; 8] = [34, 241, 35, 99, 157, 126, 244, 205];
const WRITE_AUTHORITY: core::ops::Range<usize> = 8..40;

pub fn process_instruction(program_id: &Address, accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [price_update, write_authority, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if !write_authority.is_signer() {
        return Err(ProgramError::MissingRequiredSignature);
    }
    if !price_update.owned_by(program_id) {
        return Err(ProgramError::IllegalOwner);
    }
    if !price_update.is_writable() {
        return Err(ProgramError::InvalidAccountData);
    }
    if price_update.data_len() != PRICE_UPDATE_V2_LEN
        || data.len() != PRICE_UPDATE_V2_LEN
        || data[..8] != PRICE_UPDATE_V2_DISCRIMINATOR
        || data[WRITE_AUTHORITY] != *write_authority.address().as_ref()
    {
        return Err(ProgramError::InvalidInstructionData);
    }
    // SAFETY: the length is PRICE_UPDATE_V2_LEN (checked above) and no other borrow of the data is alive.
    let current = unsafe { core::slice::from_raw_parts_mut(price_update.data_mut_ptr(), PRICE_UPDATE_V2_LEN) };
    let written = current[..8] == PRICE_UPDATE_V2_DISCRIMINATOR;
    if written && current[WRITE_AUTHORITY] != *write_authority.address().as_ref() {
        return Err(ProgramError::IncorrectAuthority);
    }
    current.copy_from_slice(data);
    Ok(())
}
