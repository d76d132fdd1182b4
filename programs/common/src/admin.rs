//! The admin role every program's config carries: two-step transfer (`propose_admin`, `accept_admin`) and
//! `pause` / `unpause`. One implementation for all programs; each names its own errors.

use crate::{
    args::ArgsReader,
    checks::{load_mut, require_signer, AccountState},
    discriminator::event,
    error::AnchorError,
    event::EventWriter,
};
use pinocchio::{error::ProgramError, AccountView, Address, ProgramResult};

pub const PROPOSE_ADMIN: [u8; 8] = crate::discriminator::instruction("propose_admin");
pub const PROPOSE_ADMIN_ARGS_LEN: usize = 32;
pub const ACCEPT_ADMIN: [u8; 8] = crate::discriminator::instruction("accept_admin");
pub const PAUSE: [u8; 8] = crate::discriminator::instruction("pause");
pub const UNPAUSE: [u8; 8] = crate::discriminator::instruction("unpause");
pub const ADMIN_CHANGED: [u8; 8] = event("AdminChanged");
pub const PAUSE_CHANGED: [u8; 8] = event("PauseChanged");

/// A config with an admin, a proposed admin and a paused flag.
pub trait AdminState: AccountState {
    fn admin(&self) -> Address;
    fn set_admin(&mut self, admin: Address);
    fn pending_admin(&self) -> Address;
    fn set_pending_admin(&mut self, admin: Address);
    fn set_paused(&mut self, paused: bool);
}

/// Implements [`AdminState`] for an `account_state!` struct with `admin`, `pending_admin` and `paused` fields.
#[macro_export]
macro_rules! impl_admin_state {
    ($ty:ty) => {
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
    load_as_admin::<T>(config, admin, program_id, errors.not_admin)?.set_paused(paused);
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
