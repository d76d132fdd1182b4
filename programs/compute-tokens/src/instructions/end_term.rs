//! `end_term` (anyone, after the term; a share pool or a cash-flow NFT's pool): releases the device's payout lock in rental_escrow, so its earnings go
//! to the operator again. Waits until the device has no open rental (each pays its term revenue into the vault
//! when it closes) and the vault is synced, so every unit the term earned is split before the lock goes. Holders
//! keep what accrued and what is still streaming, and claim it as before; any later inflow (a donation) still
//! splits as term revenue.

use crate::{
    context::{is_nft_pool, load_nft_pool, load_pool, now},
    error::ComputeTokensError,
    events, pool_seeds,
    state::TermPool,
};
use common::{
    args::ArgsReader,
    checks::{load, require_program},
    error::AnchorError,
    token::token_account,
};
use pinocchio::{
    cpi::{invoke_signed, Signer},
    error::ProgramError,
    instruction::{InstructionAccount, InstructionView},
    AccountView, Address, ProgramResult,
};
use rental_escrow::{instructions::unlock_payout, state::Device};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("end_term");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[writable]` pool: a share pool or a cash-flow NFT's pool
///   1. `[writable]` device: the pool's device
///   2. `[]` vault: the pool's revenue vault
///   3. `[]` iosd_token_program: the vault's token program
///   4. `[]` rental_escrow_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [pool, device, vault, token_program, rental_escrow_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    require_program(rental_escrow_program, &rental_escrow::ID)?;
    let pool_address = *pool.address();
    let pool_view = *pool;
    let now = now()?;
    // A share pool and a cash-flow NFT's pool end their term the same way.
    let term = Term { device, vault, token_program, now };
    let (mint, bump) = if is_nft_pool(pool) { term.end(load_nft_pool(pool)?)? } else { term.end(load_pool(pool)?)? };
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

/// Ending a term, whatever the pool's kind.
struct Term<'a> {
    device: &'a AccountView,
    vault: &'a AccountView,
    token_program: &'a AccountView,
    now: i64,
}

impl Term<'_> {
    /// Checks the term is over, not yet ended, the device has no open rental and the vault is synced; marks it
    /// ended and returns the pool's signer seeds' mint and bump.
    fn end(&self, state: &mut impl TermPool) -> Result<(Address, [u8; 1]), ProgramError> {
        if &state.device() != self.device.address() {
            return Err(ComputeTokensError::WrongDevice.into());
        }
        if &state.vault() != self.vault.address() {
            return Err(ComputeTokensError::WrongVault.into());
        }
        if self.now < state.term_end() {
            return Err(ComputeTokensError::TermNotEnded.into());
        }
        if state.term_ended() {
            return Err(ComputeTokensError::TermAlreadyEnded.into());
        }
        // Owned by rental_escrow with the Device discriminator, and the pool's own device.
        if load::<Device>(self.device, &rental_escrow::ID)?.open_rentals() != 0 {
            return Err(ComputeTokensError::RentalsStillOpen.into());
        }
        if token_account(self.vault, self.token_program.address())?.amount() != state.vault_balance() {
            return Err(ComputeTokensError::VaultNotSynced.into());
        }
        state.set_term_ended(true);
        Ok((state.mint(), [state.bump()]))
    }
}
