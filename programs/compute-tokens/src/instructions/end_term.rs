//! `end_term` (anyone, after the term): releases the device's payout lock in rental_escrow, so the operator
//! can point its earnings elsewhere. Holders keep what accrued and claim it as before; inflow synced after the
//! term is the operator's.

use crate::{context::load_pool, error::ComputeTokensError, events, pool_seeds};
use common::{args::ArgsReader, checks::require_program, error::AnchorError};
use pinocchio::{
    cpi::{invoke_signed, Signer},
    instruction::{InstructionAccount, InstructionView},
    sysvars::{clock::Clock, Sysvar},
    AccountView, ProgramResult,
};
use rental_escrow::instructions::unlock_payout;

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("end_term");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[writable]` pool
///   1. `[writable]` device: the pool's device
///   2. `[]` rental_escrow_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [pool, device, rental_escrow_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    require_program(rental_escrow_program, &rental_escrow::ID)?;
    let pool_address = *pool.address();
    let pool_view = *pool;
    let state = load_pool(pool)?;
    if &state.device() != device.address() {
        return Err(ComputeTokensError::WrongDevice.into());
    }
    if Clock::get()?.unix_timestamp < state.term_end() {
        return Err(ComputeTokensError::TermNotEnded.into());
    }
    if state.term_ended() {
        return Err(ComputeTokensError::TermAlreadyEnded.into());
    }
    state.set_term_ended(true);
    let (mint, bump) = (state.mint(), [state.bump()]);
    let seeds = pool_seeds!(mint, &bump);
    let metas = [InstructionAccount::readonly_signer(&pool_address), InstructionAccount::writable(device.address())];
    invoke_signed(
        &InstructionView { program_id: &rental_escrow::ID, data: &unlock_payout::DISCRIMINATOR, accounts: &metas },
        &[&pool_view, device],
        &[Signer::from(&seeds)],
    )?;
    events::term_ended(&pool_address, device.address());
    Ok(())
}
