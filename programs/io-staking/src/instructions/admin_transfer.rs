//! Two-step admin transfer and pause / unpause, as every program does them (`common::admin`).
//! While paused, stake, request_unstake, cancel_unstake, withdraw, claim_rewards and bond are refused with
//! `Paused`; unbond and slash still work, so devices can be delisted and misbehaviour punished during an
//! incident; reward streaming follows the clock regardless.

use crate::{error::StakingError, state::Config};
use common::admin::{self, AdminErrors};
use pinocchio::{AccountView, ProgramResult};

fn errors() -> AdminErrors {
    AdminErrors { not_admin: StakingError::NotAdmin.into(), not_pending_admin: StakingError::NotPendingAdmin.into() }
}

pub fn propose(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    admin::propose::<Config>(accounts, data, &crate::ID, errors())
}

pub fn accept(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    admin::accept::<Config>(accounts, data, &crate::ID, errors())
}

pub fn set_paused(accounts: &mut [AccountView], data: &[u8], paused: bool) -> ProgramResult {
    admin::set_paused::<Config>(accounts, data, &crate::ID, errors(), paused)
}
