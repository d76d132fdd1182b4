//! Benchmark-only program (never deployed): one `transfer_checked` CPI through the same `common::token`
//! helper the programs use, and nothing else. Its compute units are the floor an instruction that must move
//! tokens cannot go below: entrypoint, the runtime's CPI charge, and the token program's own work.
//!
//! Data: `amount: u64, decimals: u8, bump: u8`. Accounts: from, mint, to, authority, token program.
//! `bump == 0`: `authority` signs the transaction (like `stake`). Otherwise `authority` is this program's PDA
//! ["floor", bump] and signs by `invoke_signed` (like a vault paying out).
#![no_std]

use common::{args::ArgsReader, token::transfer_checked};
use pinocchio::{cpi::Seed, error::ProgramError, AccountView, Address, ProgramResult};

common::program_entrypoint!(crate::process_instruction);

pub fn process_instruction(_program_id: &Address, accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [from, mint, to, authority, token_program, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    let mut reader = ArgsReader::new(data);
    let amount: u64 = reader.read()?;
    let decimals: u8 = reader.read()?;
    let bump: u8 = reader.read()?;
    if bump == 0 {
        return transfer_checked(from, mint, to, authority, amount, decimals, token_program.address(), &[]);
    }
    let bump = [bump];
    let seeds = [Seed::from(b"floor".as_ref()), Seed::from(&bump)];
    transfer_checked(from, mint, to, authority, amount, decimals, token_program.address(), &seeds)
}
