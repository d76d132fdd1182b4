//! Benchmark-only program (never deployed): a transfer hook that does nothing. Token-2022 resolves the same
//! extra accounts for it as for compute_tokens' hook (the bench copies the share mint's ExtraAccountMetaList) and
//! invokes it, so a transfer of a mint hooked to it costs what any hooked transfer costs before the hook's own
//! work: the floor compute_tokens' hooked share transfers are measured against.
#![no_std]

use pinocchio::{AccountView, Address, ProgramResult};

common::program_entrypoint!(crate::process_instruction);

pub fn process_instruction(_program_id: &Address, _accounts: &mut [AccountView], _data: &[u8]) -> ProgramResult {
    Ok(())
}
