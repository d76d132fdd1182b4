//! The admin role every program's config carries: two-step transfer (`propose_admin`, `accept_admin`) and
//! `pause` / `unpause`; and the timelock on changes to authorities, treasuries and the oracle (proposed by the
//! admin, visible on chain, applied by anyone once the config's delay has passed). One implementation for all
//! programs; each names its own errors.

use crate::{
    args::ArgsReader,
    checks::{load_mut, require_signer, AccountState},
    discriminator::event,
    error::AnchorError,
    event::EventWriter,
};
use pinocchio::{
    error::ProgramError,
    sysvars::{clock::Clock, Sysvar},
    AccountView, Address, ProgramResult,
};

pub const PROPOSE_ADMIN: [u8; 8] = crate::discriminator::instruction("propose_admin");
pub const PROPOSE_ADMIN_ARGS_LEN: usize = 32;
pub const ACCEPT_ADMIN: [u8; 8] = crate::discriminator::instruction("accept_admin");
pub const PAUSE: [u8; 8] = crate::discriminator::instruction("pause");
pub const UNPAUSE: [u8; 8] = crate::discriminator::instruction("unpause");
pub const ADMIN_CHANGED: [u8; 8] = event("AdminChanged");
pub const PAUSE_CHANGED: [u8; 8] = event("PauseChanged");
pub const CONFIG_CHANGE_PROPOSED: [u8; 8] = event("ConfigChangeProposed");
pub const CONFIG_CHANGE_APPLIED: [u8; 8] = event("ConfigChangeApplied");

/// Longest delay a config may set between proposing a change of authorities and applying it.
pub const MAX_CHANGE_DELAY: i64 = 30 * 24 * 60 * 60;

/// `change_ready_at` when no change is pending.
pub const NO_PENDING_CHANGE: i64 = 0;

/// The program's own error codes for a refused `apply_config_change`.
pub struct ChangeErrors {
    pub paused: ProgramError,
    pub no_pending_change: ProgramError,
    pub change_not_ready: ProgramError,
}

/// The `change_ready_at` after `update_config` at `now`: a change of the timelocked values may be applied from
/// `now + delay` on (emitting `ConfigChangeProposed { ready_at }`, so it is visible before it takes effect);
/// proposing the current values withdraws any pending change (`NO_PENDING_CHANGE`).
pub fn propose_change(changed: bool, now: i64, delay: i64) -> i64 {
    if !changed {
        return NO_PENDING_CHANGE;
    }
    let ready_at = now.saturating_add(delay).max(1); // never NO_PENDING_CHANGE
    EventWriter::<16>::new(&CONFIG_CHANGE_PROPOSED).i64(ready_at).emit();
    ready_at
}

/// A pending change may be applied now: the config is not paused (a pause can stop users leaving, and unpausing
/// restarts the delay), one is pending, and its delay has passed. Emits `ConfigChangeApplied`.
pub fn require_change_ready(paused: bool, ready_at: i64, now: i64, errors: ChangeErrors) -> Result<(), ProgramError> {
    if paused {
        return Err(errors.paused);
    }
    if ready_at == NO_PENDING_CHANGE {
        return Err(errors.no_pending_change);
    }
    if now < ready_at {
        return Err(errors.change_not_ready);
    }
    EventWriter::<16>::new(&CONFIG_CHANGE_APPLIED).i64(ready_at).emit();
    Ok(())
}

/// A config with an admin, a proposed admin and a paused flag.
pub trait AdminState: AccountState {
    fn admin(&self) -> Address;
    fn set_admin(&mut self, admin: Address);
    fn pending_admin(&self) -> Address;
    fn set_pending_admin(&mut self, admin: Address);
    fn set_paused(&mut self, paused: bool);
    /// On unpause: a pending timelocked change waits a full delay from now, so users always have the delay,
    /// unpaused, to react before it applies (a pause may stop them leaving). Configs without timelocked changes
    /// keep the default.
    fn restart_pending_change(&mut self, _now: i64) {}
}

/// Implements [`AdminState`] for an `account_state!` struct with `admin`, `pending_admin` and `paused` fields;
/// `timelocked` for one that also has `change_delay` and `change_ready_at` (see `propose_change`).
#[macro_export]
macro_rules! impl_admin_state {
    ($ty:ty) => {
        $crate::impl_admin_state!(@with $ty, {});
    };
    ($ty:ty, timelocked) => {
        $crate::impl_admin_state!(@with $ty, {
            fn restart_pending_change(&mut self, now: i64) {
                if self.change_ready_at() != $crate::admin::NO_PENDING_CHANGE {
                    let ready_at = now.saturating_add(self.change_delay()).max(self.change_ready_at());
                    self.set_change_ready_at(ready_at);
                }
            }
        });
    };
    (@with $ty:ty, { $($extra:item)* }) => {
        impl $crate::admin::AdminState for $ty {
            fn admin(&self) -> pinocchio::Address {
                <$ty>::admin(self)
            }
            fn set_admin(&mut self, admin: pinocchio::Address) {
                <$ty>::set_admin(self, admin)
            }
            fn pending_admin(&self) -> pinocchio::Address {
                <$ty>::pending_admin(self)
            }
            fn set_pending_admin(&mut self, admin: pinocchio::Address) {
                <$ty>::set_pending_admin(self, admin)
            }
            fn set_paused(&mut self, paused: bool) {
                <$ty>::set_paused(self, paused)
            }
            $($extra)*
        }
    };
}

/// The program's own error codes for the two ways these instructions are refused.
pub struct AdminErrors {
    pub not_admin: ProgramError,
    pub not_pending_admin: ProgramError,
}

/// The config, for an instruction only its admin may call: `admin` signs and is the config's admin.
pub fn load_as_admin<'a, T: AdminState>(
    config: &'a mut AccountView,
    admin: &AccountView,
    program_id: &Address,
    not_admin: ProgramError,
) -> Result<&'a mut T, ProgramError> {
    require_signer(admin)?;
    let state = load_mut::<T>(config, program_id)?;
    if &state.admin() != admin.address() {
        return Err(not_admin);
    }
    Ok(state)
}

/// `propose_admin(new_admin)`; `Address::default()` withdraws a proposal.
/// Accounts: 0. `[signer]` admin, 1. `[writable]` config.
pub fn propose<T: AdminState>(
    accounts: &mut [AccountView],
    data: &[u8],
    program_id: &Address,
    errors: AdminErrors,
) -> ProgramResult {
    let [admin, config, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let new_admin: Address = reader.read()?;
    reader.finish()?;
    load_as_admin::<T>(config, admin, program_id, errors.not_admin)?.set_pending_admin(new_admin);
    Ok(())
}

/// `accept_admin`: the proposed key takes the role, so it never moves to a key nobody controls.
/// Accounts: 0. `[signer]` new_admin, 1. `[writable]` config.
pub fn accept<T: AdminState>(
    accounts: &mut [AccountView],
    data: &[u8],
    program_id: &Address,
    errors: AdminErrors,
) -> ProgramResult {
    let [new_admin, config, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    require_signer(new_admin)?;
    let state = load_mut::<T>(config, program_id)?;
    if state.pending_admin() == Address::default() || &state.pending_admin() != new_admin.address() {
        return Err(errors.not_pending_admin);
    }
    let previous = state.admin();
    state.set_admin(*new_admin.address());
    state.set_pending_admin(Address::default());
    // AdminChanged { previous, admin }
    EventWriter::<72>::new(&ADMIN_CHANGED).bytes(previous.as_ref()).bytes(new_admin.address().as_ref()).emit();
    Ok(())
}

/// `pause` / `unpause` (admin). Which instructions a pause stops is each program's decision.
/// Accounts: 0. `[signer]` admin, 1. `[writable]` config.
#[inline(always)] // with the returned Result, more than five register arguments
pub fn set_paused<T: AdminState>(
    accounts: &mut [AccountView],
    data: &[u8],
    program_id: &Address,
    errors: AdminErrors,
    paused: bool,
) -> ProgramResult {
    let [admin, config, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    let state = load_as_admin::<T>(config, admin, program_id, errors.not_admin)?;
    state.set_paused(paused);
    if !paused {
        state.restart_pending_change(Clock::get()?.unix_timestamp);
    }
    // PauseChanged { paused }
    EventWriter::<9>::new(&PAUSE_CHANGED).bool(paused).emit();
    Ok(())
}

/// Runs the admin instruction `discriminator` names (propose_admin, accept_admin, pause, unpause), or returns
/// `None` when it names none of them, for the program's processor to go on.
#[inline(always)] // more than five register arguments: SBPF passes at most five
pub fn process<T: AdminState>(
    discriminator: [u8; 8],
    accounts: &mut [AccountView],
    data: &[u8],
    program_id: &Address,
    errors: AdminErrors,
) -> Option<ProgramResult> {
    Some(match discriminator {
        PROPOSE_ADMIN => propose::<T>(accounts, data, program_id, errors),
        ACCEPT_ADMIN => accept::<T>(accounts, data, program_id, errors),
        PAUSE => set_paused::<T>(accounts, data, program_id, errors, true),
        UNPAUSE => set_paused::<T>(accounts, data, program_id, errors, false),
        _ => return None,
    })
}
