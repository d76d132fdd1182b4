//! `open_supplier_ledger` (admin, once): binds the market to its supplier ledger (`supply::SupplierLedger`), a new
//! zeroed account of this program of `supply::LEDGER_SIZE` bytes that the admin created in the same transaction
//! (too large to be created by a program). GPU time served from then on earns supplier emissions.

use crate::{context::now, error::EscrowError, events, state::Market, supply};
use common::{args::ArgsReader, error::AnchorError};
use pinocchio::{AccountView, Address, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("open_supplier_ledger");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[signer]` admin: the market's admin
///   1. `[writable]` market
///   2. `[writable]` supplier_ledger: a new account of this program, zeroed, of the ledger's size
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [admin, market, supplier_ledger, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    let market_address = *market.address();
    let state = common::admin::load_as_admin::<Market>(market, admin, &crate::ID, EscrowError::NotAdmin.into())?;
    if state.supplier_ledger() != Address::default() {
        return Err(EscrowError::SupplierLedgerAlreadyOpen.into());
    }
    supply::open(supplier_ledger, &market_address, now()?)?;
    state.set_supplier_ledger(*supplier_ledger.address());
    events::supplier_ledger_opened(supplier_ledger.address());
    Ok(())
}
