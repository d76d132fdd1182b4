//! compute_tokens accounts.

use pinocchio::Address;

/// Seeds of the single `Config` PDA.
pub const CONFIG_SEED: &[u8] = b"config";
/// The operating node's share of revenue by default: 10%; holders receive the rest.
pub const DEFAULT_OPERATOR_BPS: u16 = 1_000;

common::account_state! {
    /// Program-wide settings (PDA ["config"]).
    pub struct Config {
        admin: Address,
        /// Proposed new admin (two-step transfer); `Address::default()` when none.
        pending_admin: Address,
        /// Revenue currency: rentals pay out in IOSD.
        iosd_mint: Address,
        iosd_token_program: Address,
        /// rental_escrow's market, where tokenized devices' payout accounts are locked.
        market: Address,
        /// Operator's share of each inflow in bps (holders get the rest).
        operator_bps: u16,
        /// Number of device revenue pools created.
        pool_count: u64,
        paused: bool,
        bump: u8,
    }
}
