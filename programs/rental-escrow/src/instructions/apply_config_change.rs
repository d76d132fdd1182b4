//! `apply_config_change` (anyone): once the delay has passed, the proposed arbiter and fee schedule replace the
//! current ones (rentals already booked keep the fees they were booked with).

use crate::{context::now, error::change_errors, state::Market};
use common::{
    admin::{require_change_ready, NO_PENDING_CHANGE},
    args::ArgsReader,
    checks::load_mut,
    error::AnchorError,
};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("apply_config_change");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[writable]` market
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [market, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    let state = load_mut::<Market>(market, &crate::ID)?;
    require_change_ready(state.paused(), state.change_ready_at(), now()?, change_errors())?;
    state.set_arbiter(state.pending_arbiter());
    state.set_renter_fee_bps(state.pending_renter_fee_bps());
    state.set_supplier_fee_bps(state.pending_supplier_fee_bps());
    state.set_change_ready_at(NO_PENDING_CHANGE);
    Ok(())
}
