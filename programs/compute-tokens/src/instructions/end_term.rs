//! `end_term` (anyone, after the term; a share pool or a cash-flow NFT's pool): releases the device's payout lock in rental_escrow, so its earnings go
//! to the operator again. Waits until the device has no open rental (each pays its term revenue into the vault
//! when it closes) and the vault is synced, so every unit the term earned is split before the lock goes. Holders
//! keep what accrued and what is still streaming, and claim it as before; any later inflow (a donation) still
//! splits as term revenue.

use crate::{
    context::{is_nft_pool, load_nft_pool, load_pool, now},
    error::ComputeTokensError,
    events, pool_seeds,
};
use common::{
    args::ArgsReader,
    checks::{load, require_program},
    error::AnchorError,
    token::token_account,
};
use pinocchio::{
    cpi::{invoke_signed, Signer},
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
    let (mint, bump) = if is_nft_pool(pool) {
        let state = load_nft_pool(pool)?;
        let term = Term {
            device: state.device(),
            vault: state.vault(),
            term_end: state.term_end(),
            ended: state.term_ended(),
            vault_balance: state.vault_balance(),
            now,
        };
        term.check_over(device, vault, token_program)?;
        state.set_term_ended(true);
        (state.mint(), [state.bump()])
    } else {
        let state = load_pool(pool)?;
        let term = Term {
            device: state.device(),
            vault: state.vault(),
            term_end: state.term_end(),
            ended: state.term_ended(),
            vault_balance: state.vault_balance(),
            now,
        };
        term.check_over(device, vault, token_program)?;
        state.set_term_ended(true);
        (state.mint(), [state.bump()])
    };
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

/// What ending a term checks, whatever the pool's kind.
struct Term {
    device: Address,
    vault: Address,
    term_end: i64,
    ended: bool,
    vault_balance: u64,
    now: i64,
}

impl Term {
    /// The term is over, not yet ended, the device has no open rental and the vault is synced.
    fn check_over(&self, device: &AccountView, vault: &AccountView, token_program: &AccountView) -> ProgramResult {
        if &self.device != device.address() {
            return Err(ComputeTokensError::WrongDevice.into());
        }
        if &self.vault != vault.address() {
            return Err(ComputeTokensError::WrongVault.into());
        }
        if self.now < self.term_end {
            return Err(ComputeTokensError::TermNotEnded.into());
        }
        if self.ended {
            return Err(ComputeTokensError::TermAlreadyEnded.into());
        }
        // Owned by rental_escrow with the Device discriminator, and the pool's own device.
        if load::<Device>(device, &rental_escrow::ID)?.open_rentals() != 0 {
            return Err(ComputeTokensError::RentalsStillOpen.into());
        }
        if token_account(vault, token_program.address())?.amount() != self.vault_balance {
            return Err(ComputeTokensError::VaultNotSynced.into());
        }
        Ok(())
    }
}
