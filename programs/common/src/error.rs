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
    /// The account is not the program's ProgramData account.
    AccountNotProgramData = 3013,
    /// The program runs at another address than the one it declares.
    DeclaredProgramIdMismatch = 4100,
}

impl From<AnchorError> for ProgramError {
    fn from(error: AnchorError) -> Self {
        ProgramError::Custom(error as u32)
    }
}

/// Declares a program's own errors, numbered from 6000 as Anchor does, with their IDL messages.
#[macro_export]
macro_rules! program_errors {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $variant:ident = $msg:literal ),* $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u32)]
        pub enum $name { $( #[doc = $msg] $variant ),* }

        impl $name {
            /// Every error as (code, name, message), in code order.
            pub const ALL: &'static [(u32, &'static str, &'static str)] = &{
                let names = [$( (stringify!($variant), $msg) ),*];
                let mut all = [(0u32, "", ""); [$( stringify!($variant) ),*].len()];
                let mut i = 0;
                while i < all.len() {
                    all[i] = (6000 + i as u32, names[i].0, names[i].1);
                    i += 1;
                }
                all
            };

            pub const fn code(self) -> u32 {
                6000 + self as u32
            }
        }

        impl From<$name> for $crate::pinocchio::error::ProgramError {
            fn from(error: $name) -> Self {
                $crate::pinocchio::error::ProgramError::Custom(error.code())
            }
        }
    };
}
