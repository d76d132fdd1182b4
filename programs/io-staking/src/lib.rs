#![no_std]
use pinocchio::{AccountView, Address, ProgramResult};
use pinocchio::error::ProgramError;

#[cfg(target_arch = "bpf")]
mod entry {
    pinocchio::program_entrypoint!(super::process_instruction);
    pinocchio::no_allocator!();
    pinocchio::nostd_panic_handler!();
}

pub fn process_instruction(_program_id: &Address, accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    if data.is_empty() { return Err(ProgramError::Custom(6000)); }
    let x = common::hello() + accounts.len() as u64;
    if x == 3 { return Err(ProgramError::Custom(6001)); }
    Ok(())
}
