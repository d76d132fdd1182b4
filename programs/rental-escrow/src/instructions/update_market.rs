//! `update_market(params)`: the admin changes the settings `initialize` set (arbiter, fees, dispute window,
//! longest rental). Rentals already booked keep their fees.

use crate::{error::EscrowError, instructions::initialize::MarketParams, state::Market};
use common::error::AnchorError;
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("update_market");
pub const ARGS_LEN: usize = crate::instructions::initialize::ARGS_LEN;

/// Accounts:
///   0. `[signer]` admin: the market's admin
///   1. `[writable]` market
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [admin, market, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let params = MarketParams::parse(data)?;
    let state = common::admin::load_as_admin::<Market>(market, admin, &crate::ID, EscrowError::NotAdmin.into())?;
    params.apply(state);
    Ok(())
}
