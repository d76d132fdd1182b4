//! Two-step admin transfer: `propose_admin(new_admin)` by the admin, then `accept_admin` signed by the
//! proposed key, so the role never moves to a key nobody controls.

use crate::{context::load_config_as_admin, error::StakingError, events, state::Config};
use common::{
    args::ArgsReader,
    checks::{load_mut, require_signer},
    error::AnchorError,
};
use pinocchio::{AccountView, Address, ProgramResult};

pub const PROPOSE_DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("propose_admin");
pub const PROPOSE_ARGS_LEN: usize = 32;
pub const ACCEPT_DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("accept_admin");
pub const ACCEPT_ARGS_LEN: usize = 0;

/// `propose_admin(new_admin)`; `Address::default()` withdraws a proposal.
/// Accounts:
///   0. `[signer]` admin: the config's admin
///   1. `[writable]` config
pub fn propose(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [admin, config, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let new_admin: Address = reader.read()?;
    reader.finish()?;
    let state = load_config_as_admin(config, admin)?;
    state.set_pending_admin(new_admin);
    Ok(())
}

/// `accept_admin`.
/// Accounts:
///   0. `[signer]` new_admin: the proposed admin
///   1. `[writable]` config
pub fn accept(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [new_admin, config, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    require_signer(new_admin)?;
    let state = load_mut::<Config>(config, &crate::ID)?;
    if state.pending_admin() == Address::default() || &state.pending_admin() != new_admin.address() {
        return Err(StakingError::NotPendingAdmin.into());
    }
    let previous = state.admin();
    state.set_admin(*new_admin.address());
    state.set_pending_admin(Address::default());
    events::admin_changed(&previous, new_admin.address());
    Ok(())
}
