//! rental_escrow accounts.

use pinocchio::Address;

/// Seeds of the single `Market` PDA. It signs io_staking bond / unbond / slash CPIs, so io_staking's
/// `bond_authority` must be this address.
pub const MARKET_SEED: &[u8] = b"market";

common::account_state! {
    /// Marketplace settings (PDA ["market"]).
    pub struct Market {
        admin: Address,
        /// Proposed new admin (two-step transfer); `Address::default()` when none.
        pending_admin: Address,
        /// Resolves disputes.
        arbiter: Address,
        iosd_mint: Address,
        iosd_token_program: Address,
        io_mint: Address,
        io_token_program: Address,
        /// Fee destinations, one per payment mint.
        treasury_iosd: Address,
        treasury_io: Address,
        /// io_staking's config, which holds the operators' bonded stake.
        staking_config: Address,
        /// Fee paid by the renter on top of the rental price, in bps.
        renter_fee_bps: u16,
        /// Fee taken from the operator's earnings, in bps.
        supplier_fee_bps: u16,
        /// Seconds after a rental ends during which the renter may still open a dispute.
        dispute_window: i64,
        /// Longest rental accepted, in seconds.
        max_rental_duration: i64,
        device_count: u64,
        rental_count: u64,
        paused: bool,
        bump: u8,
    }
}
