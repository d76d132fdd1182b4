//! Account validation, written so that each instruction's list of checks reads as its security spec.
//! Every failure is one of Anchor's named framework errors.

use crate::error::AnchorError;
use pinocchio::{error::ProgramError, AccountView, Address};

pub fn require_signer(account: &AccountView) -> Result<(), ProgramError> {
    if !account.is_signer() {
        return Err(AnchorError::ConstraintSigner.into());
    }
    Ok(())
}

/// The account signs and pays (its lamports are debited): signer, then writable.
pub fn require_payer(account: &AccountView) -> Result<(), ProgramError> {
    require_signer(account)?;
    require_writable(account)
}

pub fn require_writable(account: &AccountView) -> Result<(), ProgramError> {
    if !account.is_writable() {
        return Err(AnchorError::ConstraintMut.into());
    }
    Ok(())
}

pub fn require_owner(account: &AccountView, owner: &Address) -> Result<(), ProgramError> {
    if !account.owned_by(owner) {
        return Err(AnchorError::AccountOwnedByWrongProgram.into());
    }
    Ok(())
}

/// The account must be `expected` (a key stored in state, or a fixed address).
pub fn require_address(account: &AccountView, expected: &Address) -> Result<(), ProgramError> {
    if account.address() != expected {
        return Err(AnchorError::ConstraintAddress.into());
    }
    Ok(())
}

/// The account must be the program `program_id` (a CPI target).
pub fn require_program(account: &AccountView, program_id: &Address) -> Result<(), ProgramError> {
    if account.address() != program_id {
        return Err(AnchorError::InvalidProgramId.into());
    }
    Ok(())
}

/// `account` signs and is the authority `expected` (stored in state); `not_authority` names the refusal.
pub fn require_authority(
    account: &AccountView,
    expected: &Address,
    not_authority: ProgramError,
) -> Result<(), ProgramError> {
    require_signer(account)?;
    if account.address() != expected {
        return Err(not_authority);
    }
    Ok(())
}

/// Two accounts that are both written must be different, or one write would silently override the other.
pub fn require_distinct(a: &AccountView, b: &AccountView) -> Result<(), ProgramError> {
    if a.address() == b.address() {
        return Err(AnchorError::ConstraintMut.into());
    }
    Ok(())
}

/// The account must be the canonical PDA of `seeds` under `program_id`; returns its bump.
/// Costs about 1,500 CU per bump tried, so it is used when an account is created (the bump is then stored).
pub fn require_canonical_pda(account: &AccountView, seeds: &[&[u8]], program_id: &Address) -> Result<u8, ProgramError> {
    match find_program_address(seeds, program_id) {
        Some((address, bump)) if &address == account.address() => Ok(bump),
        _ => Err(AnchorError::ConstraintSeeds.into()),
    }
}

/// The account must be the PDA of `seeds ++ [bump]` under `program_id`, with a bump already known
/// (one sha256, no curve check: the bump came from `find_program_address` when the account was created).
pub fn require_pda_with_bump<const N: usize>(
    account: &AccountView,
    seeds: &[&[u8]; N],
    bump: u8,
    program_id: &Address,
) -> Result<(), ProgramError> {
    match Address::try_derive_address(seeds, Some(bump), program_id) {
        Ok(address) if &address == account.address() => Ok(()),
        _ => Err(AnchorError::ConstraintSeeds.into()),
    }
}

#[cfg(target_arch = "bpf")]
fn find_program_address(seeds: &[&[u8]], program_id: &Address) -> Option<(Address, u8)> {
    Address::try_find_program_address(seeds, program_id)
}

/// Off chain the curve check is not available without extra dependencies; host builds only test
/// pure logic, so PDA search reports "not found" there.
#[cfg(not(target_arch = "bpf"))]
fn find_program_address(_seeds: &[&[u8]], _program_id: &Address) -> Option<(Address, u8)> {
    None
}

/// Fixed-size account state: alignment 1, no padding, a leading 8-byte Anchor discriminator.
///
/// # Safety
/// Implementors must be `#[repr(C)]` structs made only of byte arrays (alignment 1, every bit pattern valid).
pub unsafe trait AccountState: Sized {
    const DISCRIMINATOR: [u8; 8];
    const LEN: usize = core::mem::size_of::<Self>();
}

/// Reads a program account as `T`: owned by `program_id`, long enough, with `T`'s discriminator.
///
/// An account that passes these checks can only have been written by this program, which creates each
/// of its accounts at its PDA; so callers may trust the keys stored inside it.
pub fn load<'a, T: AccountState>(account: &'a AccountView, program_id: &Address) -> Result<&'a T, ProgramError> {
    check_state::<T>(account, program_id)?;
    // SAFETY: length checked; `T` has alignment 1 and accepts every bit pattern; the runtime gives this
    // program exclusive access to the account data for the duration of the instruction.
    Ok(unsafe { &*(account.data_ptr() as *const T) })
}

/// Like [`load`], for an account the instruction writes (checked writable).
pub fn load_mut<'a, T: AccountState>(
    account: &'a mut AccountView,
    program_id: &Address,
) -> Result<&'a mut T, ProgramError> {
    require_writable(account)?;
    check_state::<T>(account, program_id)?;
    // SAFETY: as in `load`; `account` is borrowed mutably for the lifetime of the result.
    Ok(unsafe { &mut *(account.data_mut_ptr() as *mut T) })
}

fn check_state<T: AccountState>(account: &AccountView, program_id: &Address) -> Result<(), ProgramError> {
    require_owner(account, program_id)?;
    if account.data_len() < 8 {
        return Err(AnchorError::AccountNotInitialized.into());
    }
    if account.data_len() < T::LEN {
        return Err(AnchorError::AccountDidNotDeserialize.into());
    }
    // SAFETY: at least 8 bytes long (checked above).
    let discriminator = unsafe { core::slice::from_raw_parts(account.data_ptr(), 8) };
    if discriminator != T::DISCRIMINATOR {
        return Err(AnchorError::AccountDiscriminatorMismatch.into());
    }
    Ok(())
}

/// Writes `T`'s discriminator into a freshly created account and returns it for the caller to fill in.
pub fn init<'a, T: AccountState>(account: &'a mut AccountView) -> Result<&'a mut T, ProgramError> {
    if account.data_len() < T::LEN {
        return Err(AnchorError::AccountDidNotDeserialize.into());
    }
    // SAFETY: length checked; alignment 1; the account was just created by this instruction.
    let state = unsafe { &mut *(account.data_mut_ptr() as *mut T) };
    let bytes = unsafe { core::slice::from_raw_parts_mut(account.data_mut_ptr(), 8) };
    bytes.copy_from_slice(&T::DISCRIMINATOR);
    Ok(state)
}

/// The BPF upgradeable loader, which owns deployed programs and their ProgramData accounts.
pub const UPGRADEABLE_LOADER_ID: Address = Address::from_str_const("BPFLoaderUpgradeab1e11111111111111111111111");

/// `initialize` may only be called by the program's upgrade authority, so nobody can front-run the deployer
/// and install themselves as admin (Anchor's `program_data.upgrade_authority_address == Some(admin)` check).
///
/// `program` must be this program's account (loader state `Program { programdata_address }`), and
/// `program_data` the ProgramData account it names (`ProgramData { slot, upgrade_authority: Option<Pubkey> }`).
/// Fails with `not_authority` when `authority` is not the upgrade authority (or the program is immutable).
#[inline(always)] // more than five register arguments: SBPF passes at most five
pub fn require_upgrade_authority(
    program: &AccountView,
    program_data: &AccountView,
    authority: &AccountView,
    program_id: &Address,
    not_authority: ProgramError,
) -> Result<(), ProgramError> {
    const PROGRAM_TAG: u32 = 2;
    const PROGRAM_DATA_TAG: u32 = 3;
    // SAFETY (both reads): loader accounts are read-only here; lengths are checked before indexing.
    let program_bytes = unsafe { program.borrow_unchecked() };
    if program.address() != program_id
        || !program.owned_by(&UPGRADEABLE_LOADER_ID)
        || program_bytes.len() < 36
        || program_bytes[..4] != PROGRAM_TAG.to_le_bytes()
    {
        return Err(AnchorError::InvalidProgramId.into());
    }
    let data = unsafe { program_data.borrow_unchecked() };
    if program_bytes[4..36] != program_data.address().as_ref()[..]
        || !program_data.owned_by(&UPGRADEABLE_LOADER_ID)
        || data.len() < 45
        || data[..4] != PROGRAM_DATA_TAG.to_le_bytes()
    {
        return Err(AnchorError::AccountNotProgramData.into());
    }
    if data[12] != 1 || data[13..45] != authority.address().as_ref()[..] {
        return Err(not_authority);
    }
    Ok(())
}
