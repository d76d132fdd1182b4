//! The transfer-hook interface this program implements for its share mints (spl-transfer-hook-interface).
//!
//! Token-2022 calls `execute` on every transfer of a share mint with: source, mint, destination, source
//! authority, the validation account (PDA ["extra-account-metas", mint]), then the extra accounts that
//! account lists. Ours: the pool, then the source's and the destination's checkpoints, both PDAs
//! ["holder", pool, token account] seeded by account keys only, so clients resolve them without reading any
//! account. Token-2022 derives every extra address itself from this list, so a transfer cannot substitute
//! another checkpoint.

/// `spl-transfer-hook-interface:execute`: the Execute instruction's discriminator, and the TLV type of the
/// validation account's entry.
pub const EXECUTE_DISCRIMINATOR: [u8; 8] = common::discriminator::namespaced("spl-transfer-hook-interface:execute");

/// Entries: pool, source checkpoint, destination checkpoint.
const EXTRA_ACCOUNTS: usize = 3;
const ENTRY_LEN: usize = 35;
/// TLV type (8), length (4), then the entries as a pod slice: count (4) and 35-byte entries.
pub const EXTRA_ACCOUNT_METAS_LEN: usize = 8 + 4 + 4 + EXTRA_ACCOUNTS * ENTRY_LEN;

/// Index of the pool in the Execute instruction's accounts (after the five fixed ones).
const POOL_INDEX: u8 = 5;
const SOURCE_INDEX: u8 = 0;
const DESTINATION_INDEX: u8 = 2;

/// ExtraAccountMeta discriminators: a fixed address, or a PDA of the hook program.
const META_LITERAL: u8 = 0;
const META_HOOK_PDA: u8 = 1;
/// Seed kinds in a PDA entry's 32-byte address config.
const SEED_LITERAL: u8 = 1;
const SEED_ACCOUNT_KEY: u8 = 3;

/// The validation account's data for the share mint of `pool`.
pub fn extra_account_metas(pool: &pinocchio::Address) -> [u8; EXTRA_ACCOUNT_METAS_LEN] {
    let mut data = [0u8; EXTRA_ACCOUNT_METAS_LEN];
    data[..8].copy_from_slice(&EXECUTE_DISCRIMINATOR);
    data[8..12].copy_from_slice(&((4 + EXTRA_ACCOUNTS * ENTRY_LEN) as u32).to_le_bytes());
    data[12..16].copy_from_slice(&(EXTRA_ACCOUNTS as u32).to_le_bytes());
    let entries = &mut data[16..];
    // The pool: a literal address, writable (the accruing supply changes).
    entries[0] = META_LITERAL;
    entries[1..33].copy_from_slice(pool.as_ref());
    entries[34] = 1;
    // Checkpoints: ["holder", pool, token account], writable.
    for (i, token_account_index) in [SOURCE_INDEX, DESTINATION_INDEX].into_iter().enumerate() {
        let entry = &mut entries[ENTRY_LEN * (i + 1)..ENTRY_LEN * (i + 2)];
        entry[0] = META_HOOK_PDA;
        let seed = crate::state::HOLDER_SEED;
        entry[1] = SEED_LITERAL;
        entry[2] = seed.len() as u8;
        entry[3..3 + seed.len()].copy_from_slice(seed);
        let at = 3 + seed.len();
        entry[at..at + 4].copy_from_slice(&[SEED_ACCOUNT_KEY, POOL_INDEX, SEED_ACCOUNT_KEY, token_account_index]);
        entry[34] = 1;
    }
    data
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn execute_discriminator_is_the_interface_one() {
        assert_eq!(EXECUTE_DISCRIMINATOR, [105, 37, 101, 197, 75, 251, 102, 26]);
        assert_eq!(EXTRA_ACCOUNT_METAS_LEN, 121);
    }
}
