//! Checks and token movements that several instructions share, each written once.

use crate::{
    error::StakingError,
    state::{Config, StakePosition, CONFIG_SEED},
};
use common::{
    args::ArgsReader,
    checks::{load_mut, require_address, require_authority, require_program, require_signer, require_writable},
    error::AnchorError,
    token::{token_account_of_mint, token_account_owned_by, transfer_checked},
};
use pinocchio::{
    cpi::Seed,
    error::ProgramError,
    sysvars::{clock::Clock, Sysvar},
    AccountView, Address,
};

/// The config, writable; fails with `Paused` while the admin has paused the program.
pub fn load_active_config(config: &mut AccountView) -> Result<&mut Config, ProgramError> {
    let state = load_mut::<Config>(config, &crate::ID)?;
    if state.paused() {
        return Err(StakingError::Paused.into());
    }
    Ok(state)
}

/// The config, for an instruction only its admin may call (`admin` must sign and be the config's admin).
pub fn load_config_as_admin<'a>(
    config: &'a mut AccountView,
    admin: &AccountView,
) -> Result<&'a mut Config, ProgramError> {
    common::admin::load_as_admin::<Config>(config, admin, &crate::ID, StakingError::NotAdmin.into())
}

/// A position, writable, belonging to `owner`.
///
/// A program-owned account with the StakePosition discriminator was created by this program at the PDA
/// ["stake", owner] of the owner stored inside it, so comparing that owner proves the PDA.
pub fn load_position<'a>(
    position: &'a mut AccountView,
    owner: &Address,
) -> Result<&'a mut StakePosition, ProgramError> {
    let state = load_mut::<StakePosition>(position, &crate::ID)?;
    if &state.owner() != owner {
        return Err(AnchorError::ConstraintSeeds.into());
    }
    Ok(state)
}

/// A position whose owner signs this instruction.
pub fn load_signed_position<'a>(
    position: &'a mut AccountView,
    owner: &AccountView,
) -> Result<&'a mut StakePosition, ProgramError> {
    require_signer(owner)?;
    load_position(position, owner.address())
}

/// The signer must be the config's bond authority, which is rental_escrow's market PDA, so in practice only
/// rental_escrow (by `invoke_signed`) can bond and unbond.
pub fn require_bond_authority(config: &Config, authority: &AccountView) -> Result<(), ProgramError> {
    require_authority(authority, &config.bond_authority(), StakingError::NotBondAuthority.into())
}

/// The arguments of instructions that take a single positive `amount: u64`.
pub fn parse_amount(data: &[u8]) -> Result<u64, ProgramError> {
    let mut reader = ArgsReader::new(data);
    let amount: u64 = reader.read()?;
    reader.finish()?;
    if amount == 0 {
        return Err(StakingError::ZeroAmount.into());
    }
    Ok(amount)
}

pub fn now() -> Result<i64, ProgramError> {
    Ok(Clock::get()?.unix_timestamp)
}

/// The IO mint and its token program, both checked against the config, for moving IO.
pub struct Io<'a> {
    mint: &'a AccountView,
    token_program: &'a AccountView,
    decimals: u8,
    /// The config PDA's bump: the config owns the vaults and signs for them.
    config_bump: u8,
    /// The program's own vaults: no user-side account may be one of them.
    vaults: [Address; 4],
}

impl<'a> Io<'a> {
    pub fn checked(
        config: &Config,
        mint: &'a AccountView,
        token_program: &'a AccountView,
    ) -> Result<Self, ProgramError> {
        require_address(mint, &config.io_mint())?;
        require_program(token_program, &config.token_program())?;
        Ok(Self {
            mint,
            token_program,
            decimals: config.io_decimals(),
            config_bump: config.bump(),
            vaults: config.vaults(),
        })
    }

    /// Checks `vault` is the config's vault `expected` and that `other` (the user's side) is an IO token
    /// account that is neither of the program's vaults (tokens paid into a vault beyond its books would be
    /// stranded there); both are written.
    pub fn check_vault_and_user_account(
        &self,
        vault: &AccountView,
        expected: &Address,
        other: &AccountView,
    ) -> Result<(), ProgramError> {
        require_address(vault, expected)?;
        require_writable(vault)?;
        require_writable(other)?;
        if self.vaults.contains(other.address()) {
            return Err(StakingError::PayoutToProgramVault.into());
        }
        token_account_of_mint(other, self.mint.address(), self.token_program.address())?;
        Ok(())
    }

    /// Moves `amount` from `from` (owned by the signer `owner`) into `vault`.
    #[inline(always)] // with the returned Result, more than five register arguments
    pub fn deposit(
        &self,
        from: &AccountView,
        owner: &AccountView,
        vault: &AccountView,
        amount: u64,
    ) -> Result<(), ProgramError> {
        let source = token_account_owned_by(from, self.mint.address(), owner.address(), self.token_program.address())?;
        if source.amount() < amount {
            return Err(StakingError::InsufficientBalance.into());
        }
        transfer_checked(from, self.mint, vault, owner, amount, self.decimals, self.token_program.address(), &[])
    }

    /// Moves `amount` out of `vault`, signed by the config PDA (the vaults' owner).
    #[inline(always)] // with the returned Result, more than five register arguments
    pub fn pay_out(
        &self,
        vault: &AccountView,
        to: &AccountView,
        config: &AccountView,
        amount: u64,
    ) -> Result<(), ProgramError> {
        let bump = [self.config_bump];
        let seeds = [Seed::from(CONFIG_SEED), Seed::from(&bump)];
        transfer_checked(vault, self.mint, to, config, amount, self.decimals, self.token_program.address(), &seeds)
    }
}
