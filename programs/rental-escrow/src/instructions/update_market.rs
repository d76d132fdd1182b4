//! `update_market(params)`: the admin changes the settings `initialize` set. The dispute window, the rental durations
//! and the priority settings take effect at once (rentals already booked keep their fees and window). A new arbiter
//! or fee schedule is only proposed: it is visible on chain and applied by anyone (`apply_config_change`) once the
//! market's `change_delay` has passed. Proposing the current arbiter and fees withdraws a pending change.

use crate::{context::now, error::EscrowError, instructions::initialize::MarketParams, state::Market};
use common::{admin::propose_change, error::AnchorError};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("update_market");
pub const ARGS_LEN: usize = crate::instructions::initialize::PARAMS_LEN;

/// Accounts:
///   0. `[signer]` admin: the market's admin
///   1. `[writable]` market
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [admin, market, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let params = MarketParams::parse(data)?;
    let state = common::admin::load_as_admin::<Market>(market, admin, &crate::ID, EscrowError::NotAdmin.into())?;
    params.apply_settings(state);
    let changed = params.arbiter != state.arbiter()
        || params.renter_fee_bps != state.renter_fee_bps()
        || params.supplier_fee_bps != state.supplier_fee_bps();
    if changed {
        state.set_pending_arbiter(params.arbiter);
        state.set_pending_renter_fee_bps(params.renter_fee_bps);
        state.set_pending_supplier_fee_bps(params.supplier_fee_bps);
    }
    state.set_change_ready_at(propose_change(changed, now()?, state.change_delay()));
    Ok(())
}
