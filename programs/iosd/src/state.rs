//! iosd accounts.

use crate::error::IosdError;
use pinocchio::Address;

/// Seeds of the single `Config` PDA, which is also the IOSD mint authority.
pub const CONFIG_SEED: &[u8] = b"iosd";
/// Seeds of the IOSD mint PDA.
pub const IOSD_MINT_SEED: &[u8] = b"iosd_mint";
/// IOSD is a USD unit with 6 decimals, like USDC.
pub const IOSD_DECIMALS: u8 = 6;
/// The IOSD mint's metadata (Token-2022).
pub const IOSD_NAME: &str = "IO Dollar";
pub const IOSD_SYMBOL: &str = "IOSD";
pub const IOSD_URI: &str = "";

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
        /// Seconds between proposing a new treasury, receiver or feed and applying it (set at initialize).
        change_delay: i64,
        /// The proposed treasury, receiver and feed, applicable from `change_ready_at` (0: nothing pending).
        pending_treasury: Address,
        pending_pyth_receiver: Address,
        pending_feed_id: [u8; 32],
        change_ready_at: i64,
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
        /// Publish time of the last price used; older updates are refused.
        last_publish_time: i64,
        io_decimals: u8,
        paused: bool,
        bump: u8,
        iosd_mint_bump: u8,
    }
}

common::impl_admin_state!(Config, timelocked);

impl Config {
    /// Counts a mint against the current cap window (opening a new one if the last has ended) and the totals.
    pub fn record_mint(&mut self, now: i64, io_burned: u64, fee: u64, iosd_out: u64) -> Result<(), IosdError> {
        let window_end = self.window_start().saturating_add(self.window_seconds() as i64);
        if now >= window_end {
            self.set_window_start(now);
            self.set_window_minted(0);
        }
        let minted = self.window_minted().checked_add(iosd_out).ok_or(IosdError::MathOverflow)?;
        if minted > self.window_cap() {
            return Err(IosdError::MintCapExceeded);
        }
        self.set_window_minted(minted);
        self.set_total_io_burned(self.total_io_burned().checked_add(io_burned).ok_or(IosdError::MathOverflow)?);
        self.set_total_fees(self.total_fees().checked_add(fee).ok_or(IosdError::MathOverflow)?);
        self.set_total_iosd_minted(self.total_iosd_minted().checked_add(iosd_out).ok_or(IosdError::MathOverflow)?);
        Ok(())
    }
}
