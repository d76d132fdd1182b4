//! `sweep_unserved_emissions` (admin): the suppliers' emission of ended days in which nobody was paid for service
//! (or that passed before the ledger opened) goes to io_staking's treasury, by the market's `pay_supplier` CPI, once
//! the crank has funded those days. Served days are untouched: what devices earned stays claimable.

use crate::{
    context::{load_market, now},
    error::EscrowError,
    events,
    staking_cpi::{pay_supplier, SupplierPayment},
    supply::{unserved, Ledger, Schedule},
};
use common::{args::ArgsReader, checks::require_address, error::AnchorError};
use io_staking::state::Config as StakingConfig;
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("sweep_unserved_emissions");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` admin: the market's admin
///   1. `[]` market: signs the payment CPI
///   2. `[writable]` supplier_ledger: the market's ledger
///   3. `[]` staking_program: io_staking
///   4. `[writable]` staking_config: the market's io_staking config
///   5. `[writable]` supplier_vault: io_staking's supplier vault
///   6. `[writable]` treasury: io_staking's treasury
///   7. `[]` io_mint
///   8. `[]` io_token_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [admin, market, supplier_ledger, staking_program, staking_config, supplier_vault, treasury, io_mint, io_token_program, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    let market_state = load_market(market)?;
    common::checks::require_authority(admin, &market_state.admin(), EscrowError::NotAdmin.into())?;
    let schedule = Schedule::of(market_state, staking_config)?.ok_or(EscrowError::EmissionsNotStarted)?;
    require_address(treasury, &common::checks::load::<StakingConfig>(staking_config, &io_staking::ID)?.treasury())?;
    let (header, windows) = Ledger::load_mut(supplier_ledger, market_state)?;
    let (amount, through) = unserved(&schedule, header, windows, now()?)?;
    if amount == 0 {
        return Err(EscrowError::NoUnservedEmissions.into());
    }
    if schedule.funded < through {
        return Err(EscrowError::SupplierEmissionsNotCranked.into());
    }
    header.set_swept(header.swept() + amount); // part of the suppliers' part through `through`
    let payment = SupplierPayment {
        staking_program,
        staking_config,
        supplier_vault,
        destination: treasury,
        io_mint,
        io_token_program,
    };
    pay_supplier(market, market_state.bump(), &payment, amount)?;
    events::unserved_emissions_swept(amount, header.swept());
    Ok(())
}
