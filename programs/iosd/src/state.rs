//! iosd accounts.

use pinocchio::Address;

/// Seeds of the single `Config` PDA, which is also the IOSD mint authority.
pub const CONFIG_SEED: &[u8] = b"iosd";
/// Seeds of the IOSD mint PDA.
pub const IOSD_MINT_SEED: &[u8] = b"iosd_mint";
/// IOSD is a USD unit with 6 decimals, like USDC.
pub const IOSD_DECIMALS: u8 = 6;

common::account_state! {
    /// Oracle guards, caps and totals (PDA ["iosd"]).
    pub struct Config {
        admin: Address,
        /// Proposed new admin (two-step transfer); `Address::default()` when none.
        pending_admin: Address,
        io_mint: Address,
        io_token_program: Address,
        iosd_mint: Address,
        iosd_token_program: Address,
        /// IO token account receiving the fee.
        treasury: Address,
        /// Program that must own the `PriceUpdateV2` account (Pyth's receiver).
        pyth_receiver: Address,
        /// Pyth feed id of IO/USD.
        feed_id: [u8; 32],
        /// Oldest accepted `publish_time`, in seconds before now.
        max_staleness: u32,
        /// Widest accepted `conf / price`, in bps.
        max_conf_bps: u16,
        /// k in `price - k * conf`, the price used so that uncertainty never over-mints.
        conf_multiplier: u16,
        /// Fee in bps of the IO burned, paid in IO to the treasury.
        fee_bps: u16,
        /// Length of a mint-cap window, in seconds.
        window_seconds: u32,
        /// Most IOSD (base units) mintable per window.
        window_cap: u64,
        window_start: i64,
        window_minted: u64,
        total_io_burned: u64,
        total_iosd_minted: u64,
        total_fees: u64,
        io_decimals: u8,
        paused: bool,
        bump: u8,
        iosd_mint_bump: u8,
    }
}
