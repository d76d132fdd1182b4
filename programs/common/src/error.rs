//! Anchor's framework error codes (anchor-lang `ErrorCode`, 100..5000), used for account validation so that
//! `@coral-xyz/anchor` clients see the names they already know (`ConstraintSigner`, `ConstraintSeeds`, ...).
//! Program-specific errors start at 6000 in each program's `error.rs`.

use pinocchio::error::ProgramError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum AnchorError {
    /// Instruction data shorter than a discriminator.
    InstructionMissing = 100,
    /// No instruction has this discriminator.
    InstructionFallbackNotFound = 101,
    /// The arguments after the discriminator are malformed.
    InstructionDidNotDeserialize = 102,
    /// An account that must be writable is not.
    ConstraintMut = 2000,
    /// An account does not match the key stored in another account.
    ConstraintHasOne = 2001,
    /// An account that must sign did not.
    ConstraintSigner = 2002,
    /// An account is not at the expected program-derived address.
    ConstraintSeeds = 2006,
    /// An account is not at the expected fixed address.
    ConstraintAddress = 2012,
    /// A token account holds the wrong mint.
    ConstraintTokenMint = 2014,
    /// A token account has the wrong owner.
    ConstraintTokenOwner = 2015,
    /// A token account belongs to the wrong token program.
    ConstraintTokenTokenProgram = 2021,
    /// A mint belongs to the wrong token program.
    ConstraintMintTokenProgram = 2022,
    /// The account to initialize already holds data.
    AccountDiscriminatorAlreadySet = 3000,
    /// The account holds another type.
    AccountDiscriminatorMismatch = 3002,
    /// The account's data is too short for its type.
    AccountDidNotDeserialize = 3003,
    /// Fewer accounts were passed than the instruction needs.
    AccountNotEnoughKeys = 3005,
    /// The account is owned by another program.
    AccountOwnedByWrongProgram = 3007,
    /// A program account is not the expected program.
    InvalidProgramId = 3008,
    /// The account has not been initialized.
    AccountNotInitialized = 3012,
}

impl From<AnchorError> for ProgramError {
    fn from(error: AnchorError) -> Self {
        ProgramError::Custom(error as u32)
    }
}
