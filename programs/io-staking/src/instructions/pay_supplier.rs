//! `pay_supplier(amount)`: the bond authority (rental_escrow's market, which keeps each device's share of the
//! suppliers' emissions) pays an operator's claim out of the supplier vault. io_staking checks only its own books:
//! suppliers are never paid more in all than the crank has moved into the vault for them.

use crate::{
    context::{load_active_config, parse_amount, require_bond_authority, Io},
    error::StakingError,
};
use common::error::AnchorError;
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("pay_supplier");
pub const ARGS_LEN: usize = 8;

/// Accounts:
///   0. `[signer]` bond_authority: config's bond authority
///   1. `[writable]` config: signs for the vault
///   2. `[writable]` supplier_vault: config's supplier vault
///   3. `[writable]` destination: an IO token account (not one of the program's vaults)
///   4. `[]` io_mint: config's IO mint
///   5. `[]` token_program: config's token program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [bond_authority, config, supplier_vault, destination, io_mint, token_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let amount = parse_amount(data)?;
    let config_account = *config;
    let state = load_active_config(config)?;
    require_bond_authority(state, bond_authority)?;
    let io = Io::checked(state, io_mint, token_program)?;
    io.check_vault_and_user_account(supplier_vault, &state.supplier_vault(), destination)?;
    let paid = state.emission_paid_to_suppliers().checked_add(amount).ok_or(StakingError::MathOverflow)?;
    if paid > state.emission_to_suppliers() {
        return Err(StakingError::SupplierEmissionsExceeded.into());
    }
    state.set_emission_paid_to_suppliers(paid);
    io.pay_out(supplier_vault, destination, &config_account, amount)
}
