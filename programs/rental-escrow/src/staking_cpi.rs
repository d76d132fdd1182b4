//! Calls into io_staking signed by the market PDA, which is io_staking's bond and slash authority.

use crate::{error::EscrowError, state::MARKET_SEED};
use common::checks::{load, require_address, require_program};
use io_staking::{
    instructions::{bond, slash, unbond},
    state::{Config as StakingConfig, StakePosition},
};
use pinocchio::{
    cpi::{invoke_signed, Seed, Signer},
    error::ProgramError,
    instruction::{InstructionAccount, InstructionView},
    AccountView, Address, ProgramResult,
};

/// io_staking's accounts for one operator: its program, the config the market is bound to, and the
/// operator's stake position.
pub struct Staking<'a> {
    pub program: &'a AccountView,
    pub config: &'a AccountView,
    pub position: &'a AccountView,
    market: &'a AccountView,
    market_bump: [u8; 1],
}

impl<'a> Staking<'a> {
    /// Checks the program, that `config` is the market's staking config, and that `position` is `operator`'s.
    #[inline(always)] // more than five register arguments
    pub fn checked(
        market: &'a AccountView,
        market_state: &crate::state::Market,
        program: &'a AccountView,
        config: &'a AccountView,
        position: &'a AccountView,
        operator: &Address,
    ) -> Result<Self, ProgramError> {
        require_program(program, &io_staking::ID)?;
        require_address(config, &market_state.staking_config())?;
        // Owned by io_staking with the StakePosition discriminator: io_staking created it at the PDA
        // ["stake", owner] of the owner stored inside.
        if &load::<StakePosition>(position, &io_staking::ID)?.owner() != operator {
            return Err(EscrowError::WrongStakePosition.into());
        }
        Ok(Self { program, config, position, market, market_bump: [market_state.bump()] })
    }

    /// io_staking's config, read before a CPI changes it.
    pub fn config_state(&self) -> Result<&StakingConfig, ProgramError> {
        load::<StakingConfig>(self.config, &io_staking::ID)
    }

    pub fn position_state(&self) -> Result<&StakePosition, ProgramError> {
        load::<StakePosition>(self.position, &io_staking::ID)
    }

    /// `bond(device_class, gpu_count)`.
    pub fn bond(&self, device_class: u8, gpu_count: u32) -> ProgramResult {
        let mut data = [0u8; 8 + bond::ARGS_LEN];
        data[..8].copy_from_slice(&bond::DISCRIMINATOR);
        data[8] = device_class;
        data[9..].copy_from_slice(&gpu_count.to_le_bytes());
        self.invoke_bond_authority(&data)
    }

    /// `unbond(amount)`.
    pub fn unbond(&self, amount: u64) -> ProgramResult {
        self.invoke_bond_authority(&amount_data(unbond::DISCRIMINATOR, amount))
    }

    fn invoke_bond_authority(&self, data: &[u8]) -> ProgramResult {
        let metas = [
            InstructionAccount::readonly_signer(self.market.address()),
            InstructionAccount::writable(self.config.address()),
            InstructionAccount::writable(self.position.address()),
        ];
        let instruction = InstructionView { program_id: &io_staking::ID, data, accounts: &metas };
        self.invoke(&instruction, &[self.market, self.config, self.position])
    }

    /// `slash(amount)`: from the operator's bonded stake to io_staking's treasury.
    pub fn slash(&self, amount: u64, vault: &SlashAccounts) -> ProgramResult {
        let data = amount_data(slash::DISCRIMINATOR, amount);
        let metas = [
            InstructionAccount::readonly_signer(self.market.address()),
            InstructionAccount::writable(self.config.address()),
            InstructionAccount::writable(self.position.address()),
            InstructionAccount::writable(vault.stake_vault.address()),
            InstructionAccount::writable(vault.treasury.address()),
            InstructionAccount::readonly(vault.io_mint.address()),
            InstructionAccount::readonly(vault.token_program.address()),
        ];
        let instruction = InstructionView { program_id: &io_staking::ID, data: &data, accounts: &metas };
        let accounts = [
            self.market,
            self.config,
            self.position,
            vault.stake_vault,
            vault.treasury,
            vault.io_mint,
            vault.token_program,
        ];
        self.invoke(&instruction, &accounts)
    }

    /// Invokes io_staking with the market PDA's signature.
    fn invoke<const N: usize>(&self, instruction: &InstructionView, accounts: &[&AccountView; N]) -> ProgramResult {
        let seeds = [Seed::from(MARKET_SEED), Seed::from(&self.market_bump)];
        invoke_signed(instruction, accounts, &[Signer::from(&seeds[..])])
    }
}

/// The accounts io_staking's `slash` moves stake through (it checks them against its config).
pub struct SlashAccounts<'a> {
    pub stake_vault: &'a AccountView,
    pub treasury: &'a AccountView,
    pub io_mint: &'a AccountView,
    pub token_program: &'a AccountView,
}

fn amount_data(discriminator: [u8; 8], amount: u64) -> [u8; 16] {
    let mut data = [0u8; 16];
    data[..8].copy_from_slice(&discriminator);
    data[8..].copy_from_slice(&amount.to_le_bytes());
    data
}
