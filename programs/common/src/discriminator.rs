//! Anchor's 8-byte discriminators, computed at compile time so they cost nothing on chain.

use crate::error::AnchorError;
use pinocchio::{error::ProgramError, Address};
use sha2_const_stable::Sha256;

const fn first_eight(digest: [u8; 32]) -> [u8; 8] {
    [digest[0], digest[1], digest[2], digest[3], digest[4], digest[5], digest[6], digest[7]]
}

/// `sha256("global:<snake_case_name>")[..8]`: the first bytes of an instruction's data.
pub const fn instruction(name: &str) -> [u8; 8] {
    first_eight(Sha256::new().update(b"global:").update(name.as_bytes()).finalize())
}

/// `sha256("account:<PascalName>")[..8]`: the first bytes of an account's data.
pub const fn account(name: &str) -> [u8; 8] {
    first_eight(Sha256::new().update(b"account:").update(name.as_bytes()).finalize())
}

/// `sha256("event:<PascalName>")[..8]`: the first bytes of an event's log data.
pub const fn event(name: &str) -> [u8; 8] {
    first_eight(Sha256::new().update(b"event:").update(name.as_bytes()).finalize())
}

/// `sha256(preimage)[..8]`: discriminators of SPL interfaces (token metadata, transfer hook).
pub const fn namespaced(preimage: &str) -> [u8; 8] {
    first_eight(Sha256::new().update(preimage.as_bytes()).finalize())
}

/// Splits instruction data into its discriminator and the borsh-encoded arguments.
#[inline]
pub fn split_instruction(data: &[u8]) -> Option<([u8; 8], &[u8])> {
    if data.len() < 8 {
        return None;
    }
    let (head, rest) = data.split_at(8);
    let mut discriminator = [0u8; 8];
    discriminator.copy_from_slice(head);
    Some((discriminator, rest))
}

/// The first step of every processor: the program must run at its declared address, and the data must
/// start with a discriminator. Returns the discriminator and the arguments.
#[inline]
pub fn decode_instruction<'a>(
    program_id: &Address,
    declared_id: &Address,
    data: &'a [u8],
) -> Result<([u8; 8], &'a [u8]), ProgramError> {
    if program_id != declared_id {
        return Err(AnchorError::DeclaredProgramIdMismatch.into());
    }
    split_instruction(data).ok_or_else(|| AnchorError::InstructionMissing.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_anchor_known_values() {
        // Anchor's `initialize` instruction discriminator, as printed in every Anchor IDL.
        assert_eq!(instruction("initialize"), [175, 175, 109, 31, 13, 152, 155, 237]);
        assert_eq!(split_instruction(&[1, 2, 3]), None);
    }
}
