//! Calls into io_staking signed by the market PDA, which is io_staking's bond and slash authority. Bonds are
//! per device in io_staking (PDA ["bond", device]), so every call names the device's bond account.

use crate::{error::EscrowError, state::MARKET_SEED};
use common::checks::{load, require_address, require_program};
use io_staking::{
    instructions::{bond, pay_supplier, release_bond, slash, unbond},
    state::{Config as StakingConfig, DeviceBond, StakePosition},
};
use pinocchio::{
    cpi::{invoke_signed, Seed, Signer},
    error::ProgramError,
    instruction::{InstructionAccount, InstructionView},
    AccountView, Address, ProgramResult,
};

/// io_staking's accounts for one device: its program, the config the market is bound to, the operator's stake
/// position and the device's bond.
pub struct Staking<'a> {
    pub program: &'a AccountView,
    pub config: &'a AccountView,
    pub position: &'a AccountView,
    pub device_bond: &'a AccountView,
    market: &'a AccountView,
    market_bump: [u8; 1],
}

/// The accounts `Staking::checked` checks.
pub struct StakingAccounts<'a> {
    pub program: &'a AccountView,
    pub config: &'a AccountView,
    pub position: &'a AccountView,
    pub device_bond: &'a AccountView,
}

/// For the bond instructions an operator sends about one of its devices (`top_up_bond`, `release_excess_bond`): the
/// device, read only and checked to be `operator`'s (who signs), and io_staking's accounts checked for it.
pub fn operated_device_staking<'a>(
    operator: &AccountView,
    market: &'a AccountView,
    device: &'a AccountView,
    accounts: StakingAccounts<'a>,
) -> Result<(&'a crate::state::Device, Staking<'a>), ProgramError> {
    let market_state = crate::context::load_market(market)?;
    common::checks::require_signer(operator)?;
    let state = load::<crate::state::Device>(device, &crate::ID)?;
    if &state.operator() != operator.address() {
        return Err(EscrowError::NotOperator.into());
    }
    Ok((state, Staking::checked(market, market_state, accounts, operator.address())?))
}

impl<'a> Staking<'a> {
    /// Checks the program, that `config` is the market's staking config, and that `position` is `operator`'s.
    /// The device bond is checked where it is read (`bond_amount`) and by io_staking itself.
    pub fn checked(
        market: &'a AccountView,
        market_state: &crate::state::Market,
        accounts: StakingAccounts<'a>,
        operator: &Address,
    ) -> Result<Self, ProgramError> {
        let StakingAccounts { program, config, position, device_bond } = accounts;
        require_program(program, &io_staking::ID)?;
        require_address(config, &market_state.staking_config())?;
        // Owned by io_staking with the StakePosition discriminator: io_staking created it at the PDA
        // ["stake", owner] of the owner stored inside.
        if &load::<StakePosition>(position, &io_staking::ID)?.owner() != operator {
            return Err(EscrowError::WrongStakePosition.into());
        }
        Ok(Self { program, config, position, device_bond, market, market_bump: [market_state.bump()] })
    }

    /// io_staking's config, read before a CPI changes it.
    pub fn config_state(&self) -> Result<&StakingConfig, ProgramError> {
        load::<StakingConfig>(self.config, &io_staking::ID)
    }

    pub fn position_state(&self) -> Result<&StakePosition, ProgramError> {
        load::<StakePosition>(self.position, &io_staking::ID)
    }

    /// The stake bonded for `device` now (io_staking's own account: slashes by any authority are in it).
    pub fn bond_amount(&self, device: &Address) -> Result<u64, ProgramError> {
        bond_amount(self.device_bond, device)
    }

    /// `bond(device_class, gpu_count, extra)` for `device`, with the operator's signature: creates its bond (paid by
    /// the operator) or tops it up to the requirement, plus `extra` beyond it.
    #[inline(always)] // more than five register arguments: SBPF passes at most five
    pub fn bond(
        &self,
        (device_class, gpu_count, extra): (u8, u32, u64),
        device: &AccountView,
        operator: &AccountView,
        system_program: &AccountView,
    ) -> ProgramResult {
        let mut data = [0u8; 8 + bond::ARGS_LEN];
        data[..8].copy_from_slice(&bond::DISCRIMINATOR);
        data[8] = device_class;
        data[9..13].copy_from_slice(&gpu_count.to_le_bytes());
        data[13..].copy_from_slice(&extra.to_le_bytes());
        let metas = [
            InstructionAccount::readonly_signer(self.market.address()),
            InstructionAccount::writable(self.config.address()),
            InstructionAccount::writable(self.position.address()),
            InstructionAccount::writable(self.device_bond.address()),
            InstructionAccount::readonly(device.address()),
            InstructionAccount::writable_signer(operator.address()),
            InstructionAccount::readonly(system_program.address()),
        ];
        let instruction = InstructionView { program_id: &io_staking::ID, data: &data, accounts: &metas };
        let accounts = [self.market, self.config, self.position, self.device_bond, device, operator, system_program];
        self.invoke(&instruction, &accounts)
    }

    /// `unbond`: releases the device's whole bond; the bond account's rent goes to `owner` (the operator).
    pub fn unbond(&self, owner: &AccountView) -> ProgramResult {
        let metas = [
            InstructionAccount::readonly_signer(self.market.address()),
            InstructionAccount::writable(self.config.address()),
            InstructionAccount::writable(self.position.address()),
            InstructionAccount::writable(self.device_bond.address()),
            InstructionAccount::writable(owner.address()),
        ];
        let instruction =
            InstructionView { program_id: &io_staking::ID, data: &unbond::DISCRIMINATOR, accounts: &metas };
        self.invoke(&instruction, &[self.market, self.config, self.position, self.device_bond, owner])
    }

    /// `release_bond(amount)`: releases `amount` of the device's bond beyond its requirement.
    pub fn release(&self, amount: u64) -> ProgramResult {
        let mut data = [0u8; 16];
        data[..8].copy_from_slice(&release_bond::DISCRIMINATOR);
        data[8..].copy_from_slice(&amount.to_le_bytes());
        let metas = [
            InstructionAccount::readonly_signer(self.market.address()),
            InstructionAccount::writable(self.config.address()),
            InstructionAccount::writable(self.position.address()),
            InstructionAccount::writable(self.device_bond.address()),
        ];
        let instruction = InstructionView { program_id: &io_staking::ID, data: &data, accounts: &metas };
        self.invoke(&instruction, &[self.market, self.config, self.position, self.device_bond])
    }

    /// `slash(amount)`: from the device's bond to io_staking's treasury.
    pub fn slash(&self, amount: u64, vault: &SlashAccounts) -> ProgramResult {
        let mut data = [0u8; 16];
        data[..8].copy_from_slice(&slash::DISCRIMINATOR);
        data[8..].copy_from_slice(&amount.to_le_bytes());
        let metas = [
            InstructionAccount::readonly_signer(self.market.address()),
            InstructionAccount::writable(self.config.address()),
            InstructionAccount::writable(self.position.address()),
            InstructionAccount::writable(vault.stake_vault.address()),
            InstructionAccount::writable(vault.treasury.address()),
            InstructionAccount::readonly(vault.io_mint.address()),
            InstructionAccount::readonly(vault.token_program.address()),
            InstructionAccount::writable(self.device_bond.address()),
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
            self.device_bond,
        ];
        self.invoke(&instruction, &accounts)
    }

    /// Invokes io_staking with the market PDA's signature.
    fn invoke<const N: usize>(&self, instruction: &InstructionView, accounts: &[&AccountView; N]) -> ProgramResult {
        invoke_as_market(self.market_bump[0], instruction, accounts)
    }
}

/// The stake bonded for `device`, read from its io_staking bond account. Owned by io_staking with the DeviceBond
/// discriminator: io_staking created it at ["bond", device] for the device stored inside.
pub fn bond_amount(device_bond: &AccountView, device: &Address) -> Result<u64, ProgramError> {
    let bond = load::<DeviceBond>(device_bond, &io_staking::ID)?;
    if &bond.device() != device {
        return Err(EscrowError::WrongDeviceBond.into());
    }
    Ok(bond.amount())
}

/// The accounts io_staking's `slash` moves stake through (it checks them against its config).
pub struct SlashAccounts<'a> {
    pub stake_vault: &'a AccountView,
    pub treasury: &'a AccountView,
    pub io_mint: &'a AccountView,
    pub token_program: &'a AccountView,
}

/// The accounts io_staking's `pay_supplier` pays an operator's supplier emissions through (it checks them against
/// its config).
pub struct SupplierPayment<'a> {
    pub staking_program: &'a AccountView,
    pub staking_config: &'a AccountView,
    pub supplier_vault: &'a AccountView,
    pub destination: &'a AccountView,
    pub io_mint: &'a AccountView,
    pub io_token_program: &'a AccountView,
}

/// `pay_supplier(amount)` out of io_staking's supplier vault, signed by the market PDA (io_staking's bond authority).
pub fn pay_supplier(market: &AccountView, market_bump: u8, p: &SupplierPayment, amount: u64) -> ProgramResult {
    require_program(p.staking_program, &io_staking::ID)?;
    let mut data = [0u8; 8 + pay_supplier::ARGS_LEN];
    data[..8].copy_from_slice(&pay_supplier::DISCRIMINATOR);
    data[8..].copy_from_slice(&amount.to_le_bytes());
    let metas = [
        InstructionAccount::readonly_signer(market.address()),
        InstructionAccount::writable(p.staking_config.address()),
        InstructionAccount::writable(p.supplier_vault.address()),
        InstructionAccount::writable(p.destination.address()),
        InstructionAccount::readonly(p.io_mint.address()),
        InstructionAccount::readonly(p.io_token_program.address()),
    ];
    let instruction = InstructionView { program_id: &io_staking::ID, data: &data, accounts: &metas };
    let accounts = [market, p.staking_config, p.supplier_vault, p.destination, p.io_mint, p.io_token_program];
    invoke_as_market(market_bump, &instruction, &accounts)
}

/// Invokes io_staking with the market PDA's signature (its bond and slash authority).
fn invoke_as_market<const N: usize>(
    market_bump: u8,
    instruction: &InstructionView,
    accounts: &[&AccountView; N],
) -> ProgramResult {
    let bump = [market_bump];
    let seeds = [Seed::from(MARKET_SEED), Seed::from(&bump)];
    invoke_signed(instruction, accounts, &[Signer::from(&seeds[..])])
}
