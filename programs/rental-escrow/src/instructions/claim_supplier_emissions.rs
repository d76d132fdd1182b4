//! `claim_supplier_emissions`: the operator takes the device's supplier emissions (`supply`): its GPU-seconds of
//! ended windows converted to IO, paid out of io_staking's supplier vault by a CPI the market signs. Payable once the
//! crank has moved the suppliers' part through those windows into the vault. Also after the device is delisted.

use crate::{
    context::{load_market, load_operated_device, now},
    error::EscrowError,
    events,
    staking_cpi::{pay_supplier, SupplierPayment},
    supply::{self, Ledger, Schedule},
};
use common::{args::ArgsReader, error::AnchorError, token::token_account_owned_by};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("claim_supplier_emissions");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` operator: the device's operator
///   1. `[]` market: signs the payment CPI
///   2. `[writable]` device
///   3. `[]` supplier_ledger: the market's ledger
///   4. `[]` staking_program: io_staking
///   5. `[writable]` staking_config: the market's io_staking config
///   6. `[writable]` supplier_vault: io_staking's supplier vault
///   7. `[writable]` destination: an IO token account of the operator
///   8. `[]` io_mint
///   9. `[]` io_token_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [operator, market, device, supplier_ledger, staking_program, staking_config, supplier_vault, destination, io_mint, io_token_program, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    let market_state = load_market(market)?;
    let device_address = *device.address();
    let device_state = load_operated_device(device, operator)?;
    let ledger = Ledger::load(supplier_ledger, market_state)?;
    let schedule = Schedule::of(market_state, staking_config)?.ok_or(EscrowError::EmissionsNotStarted)?;
    if let Some(current) = schedule.window_at(now()?) {
        supply::convert_ended(device_state, &ledger, current)?;
    }
    let amount = device_state.emission_owed();
    if amount == 0 {
        return Err(EscrowError::NoSupplierEmissions.into());
    }
    if schedule.funded < device_state.emission_funded_at() {
        return Err(EscrowError::SupplierEmissionsNotCranked.into());
    }
    // Checked here for a clear error; io_staking checks the mint and that it is none of its vaults.
    token_account_owned_by(destination, io_mint.address(), operator.address(), io_token_program.address())?;
    let claimed = device_state.emission_claimed().checked_add(amount).ok_or(EscrowError::MathOverflow)?;
    device_state.set_emission_claimed(claimed);
    device_state.set_emission_owed(0);
    let payment =
        SupplierPayment { staking_program, staking_config, supplier_vault, destination, io_mint, io_token_program };
    pay_supplier(market, market_state.bump(), &payment, amount)?;
    events::supplier_emissions_claimed(&device_address, operator.address(), amount, claimed);
    Ok(())
}
