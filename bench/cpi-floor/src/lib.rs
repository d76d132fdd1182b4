//! Benchmark-only program (never deployed): one token CPI through the same `common::token` helpers the
//! programs use, and nothing else. Its compute units are the floor an instruction that must make that CPI
//! cannot go below: entrypoint, the runtime's CPI charge, and the token program's own work.
//!
//! Data: `op: u8, amount: u64, decimals: u8, bump: u8`. Accounts: a, mint, b, authority, token program.
//! - op 0, transfer_checked from a to b; op 1, burn_checked from a; op 2, mint_to_checked into b.
//! - `bump == 0`: `authority` signs the transaction. Otherwise it is this program's PDA ["floor", bump] and
//!   signs by `invoke_signed` (like a vault paying out, or a mint authority PDA).
#![no_std]

use common::{
    args::ArgsReader,
    token::{burn_checked, mint_to_checked, transfer_checked},
};
use pinocchio::{cpi::Seed, error::ProgramError, AccountView, Address, ProgramResult};

common::program_entrypoint!(crate::process_instruction);

pub fn process_instruction(_program_id: &Address, accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [a, mint, b, authority, token_program, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    let mut reader = ArgsReader::new(data);
    let op: u8 = reader.read()?;
    let amount: u64 = reader.read()?;
    let decimals: u8 = reader.read()?;
    let bump: u8 = reader.read()?;
    let program = token_program.address();
    let bump_seed = [bump];
    let seeds = [Seed::from(b"floor".as_ref()), Seed::from(&bump_seed)];
    let seeds: &[Seed] = if bump == 0 { &[] } else { &seeds };
    match op {
        0 => transfer_checked(a, mint, b, authority, amount, decimals, program, seeds),
        1 => burn_checked(a, mint, authority, amount, decimals, program, &[]),
        2 => mint_to_checked(mint, b, authority, amount, decimals, program, seeds),
        _ => Err(ProgramError::InvalidInstructionData),
    }
}
