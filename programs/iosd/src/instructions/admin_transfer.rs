//! Two-step admin transfer and pause / unpause (`common::admin`). While paused, `mint_iosd` is refused.

use crate::{error::IosdError, state::Config};
use common::admin::{self, AdminErrors};
use pinocchio::{AccountView, ProgramResult};

fn errors() -> AdminErrors {
    AdminErrors { not_admin: IosdError::NotAdmin.into(), not_pending_admin: IosdError::NotPendingAdmin.into() }
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
