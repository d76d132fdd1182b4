//! rental_escrow accounts: the market, one `Device` per listed machine and one `Rental` per booking.

use crate::{error::EscrowError, reputation, stream};
use common::math::checked_mul;
use pinocchio::{error::ProgramError, Address};

/// Seeds of the single `Market` PDA. It signs io_staking bond / unbond / slash CPIs, so io_staking's
/// `bond_authority` (and `slash_authority`, for disputes to slash) must be this address.
pub const MARKET_SEED: &[u8] = b"market";
/// Device PDA: ["device", operator, device_id (u64 LE)].
pub const DEVICE_SEED: &[u8] = b"device";
/// Rental PDA: ["rental", device, nonce (u64 LE)]; the nonce is the device's `rental_count` at booking.
pub const RENTAL_SEED: &[u8] = b"rental";
/// Escrow token account PDA: ["escrow", rental]; its token owner is the rental PDA.
pub const ESCROW_SEED: &[u8] = b"escrow";

/// `Device::status`: open for new rentals.
pub const STATUS_AVAILABLE: u8 = 0;
/// `Device::status`: taken off the market by its operator (running rentals continue).
pub const STATUS_OFFLINE: u8 = 1;
/// `Device::status`: delisted, its bond released. The account and its reputation stay: registering the same
/// device again continues its history.
pub const STATUS_DEREGISTERED: u8 = 2;

common::account_state! {
    /// Marketplace settings (PDA ["market"]).
    pub struct Market {
        admin: Address,
        /// Proposed new admin (two-step transfer); `Address::default()` when none.
        pending_admin: Address,
        /// Resolves disputes.
        arbiter: Address,
        /// Seconds between proposing a new arbiter and applying it (set at initialize).
        change_delay: i64,
        /// The proposed arbiter, applicable from `change_ready_at` (0: nothing pending).
        pending_arbiter: Address,
        change_ready_at: i64,
        iosd_mint: Address,
        iosd_token_program: Address,
        io_mint: Address,
        io_token_program: Address,
        /// Fee destinations, one per payment mint (fees paid in IO are burned; its treasury takes only donations swept
        /// out of closing escrows).
        treasury_iosd: Address,
        treasury_io: Address,
        /// USDC, the third payment mint: its token program and its fee treasury.
        usdc_mint: Address,
        usdc_token_program: Address,
        treasury_usdc: Address,
        /// io_staking's config, which holds the operators' bonded stake.
        staking_config: Address,
        /// Fees by payment mint (`PaymentMint` order: IOSD, IO, USDC), in bps: paid by the renter on top of the rental
        /// price, and taken from the operator's earnings.
        renter_fee_bps: [u16; PAYMENT_MINTS],
        supplier_fee_bps: [u16; PAYMENT_MINTS],
        /// Seconds after a rental ends during which the renter may still open a dispute.
        dispute_window: i64,
        /// Longest rental accepted, in seconds.
        max_rental_duration: i64,
        /// Rentals booked for less than this many seconds do not count toward a device's reputation.
        min_rental_duration: i64,
        paused: bool,
        bump: u8,
        /// IO staked (pending unstakes excluded) for renter priority tiers 1, 2 and 3.
        tier_thresholds: [u64; 3],
        /// Per device class, the tier needed to book such a device in its priority window (0: anyone).
        class_priority: [u8; 4],
        /// Seconds after a device becomes free during which only renters at its class's tier may book it.
        priority_window: i64,
        /// The supplier ledger (`supply::SupplierLedger`) once the admin has opened it; `Address::default()` before,
        /// and GPU time served until then earns no emissions.
        supplier_ledger: Address,
        /// A proposed fee schedule, applied with the arbiter by `apply_config_change` once the delay has passed.
        pending_renter_fee_bps: [u16; PAYMENT_MINTS],
        pending_supplier_fee_bps: [u16; PAYMENT_MINTS],
        /// Fees paid in IO, burned, in all.
        io_fees_burned: u64,
    }
}

/// The payment mints, in the order of the fee schedule.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum PaymentMint {
    Iosd = 0,
    Io = 1,
    Usdc = 2,
}

pub const PAYMENT_MINTS: usize = 3;

/// A payment mint's terms: its token program, its fee treasury and its fees.
pub struct PaymentTerms {
    pub kind: PaymentMint,
    pub token_program: Address,
    pub treasury: Address,
    pub renter_fee_bps: u16,
    pub supplier_fee_bps: u16,
}

common::impl_admin_state!(Market, timelocked);

impl Market {
    /// A renter's priority tier for `staked` IO: how many thresholds it reaches (0 to 3).
    pub fn priority_tier(&self, staked: u64) -> u8 {
        self.tier_thresholds().iter().filter(|&&threshold| staked >= threshold).count() as u8
    }

    /// The tier a renter needs to book a device of `class` in its priority window (0: anyone).
    pub fn class_tier(&self, class: u8) -> u8 {
        self.class_priority().get(class as usize).copied().unwrap_or(0)
    }

    /// A payment mint's token program, treasury and current fees; only IOSD, IO and USDC are accepted.
    pub fn payment_terms(&self, mint: &Address) -> Result<PaymentTerms, ProgramError> {
        let (kind, token_program, treasury) = if mint == &self.iosd_mint() {
            (PaymentMint::Iosd, self.iosd_token_program(), self.treasury_iosd())
        } else if mint == &self.io_mint() {
            (PaymentMint::Io, self.io_token_program(), self.treasury_io())
        } else if mint == &self.usdc_mint() {
            (PaymentMint::Usdc, self.usdc_token_program(), self.treasury_usdc())
        } else {
            return Err(EscrowError::UnsupportedPaymentMint.into());
        };
        let index = kind as usize;
        Ok(PaymentTerms {
            kind,
            token_program,
            treasury,
            renter_fee_bps: self.renter_fee_bps()[index],
            supplier_fee_bps: self.supplier_fee_bps()[index],
        })
    }

    /// Adds IO fees just burned to the total.
    pub fn record_io_fees_burned(&mut self, amount: u64) -> Result<(), EscrowError> {
        self.set_io_fees_burned(self.io_fees_burned().checked_add(amount).ok_or(EscrowError::MathOverflow)?);
        Ok(())
    }
}

common::account_state! {
    /// A listed GPU machine (PDA ["device", operator, device_id]).
    pub struct Device {
        operator: Address,
        device_id: u64,
        /// io_staking device class (sets the stake multiplier).
        device_class: u8,
        gpu_count: u32,
        /// Memory per GPU, in GB.
        vram_gb: u32,
        /// Region code, ASCII, zero padded (for example "us-east-1").
        region: [u8; 16],
        /// Price of one GPU for one hour, in base units of `payment_mint`.
        price_per_gpu_hour: u64,
        /// IOSD or IO: what renters pay in.
        payment_mint: Address,
        /// The operator's associated token account of `payment_mint`: receives its earnings unless locked.
        payout: Address,
        /// Program PDA (compute_tokens) that locked the device's earnings into `locked_payout`;
        /// `Address::default()` when unlocked.
        payout_locker: Address,
        /// Where earnings go while locked (a compute_tokens revenue vault).
        locked_payout: Address,
        /// End of the lock's term: no rental may run past it while locked, so all of the term's revenue is
        /// the term's.
        locked_until: i64,
        status: u8,
        /// End of the current rental: the device takes no new rental before this time.
        rented_until: i64,
        /// The most recent rental.
        active_rental: Address,
        /// Rentals created and not yet closed (completed, cancelled or resolved).
        open_rentals: u32,
        /// Rentals created so far: the nonce of the next rental's PDA.
        rental_count: u64,
        // Reputation (kept across deregistration).
        /// Completed rentals booked for at least the market's minimum.
        completed_rentals: u64,
        seconds_served: u64,
        disputes_opened: u32,
        disputes_lost: u32,
        /// GPU-seconds served in those completed rentals.
        clean_gpu_seconds: u64,
        /// GPU-seconds booked in rentals whose dispute the operator lost (at least the market's minimum each).
        lost_gpu_seconds: u64,
        /// `reputation::score_bps(clean_gpu_seconds, lost_gpu_seconds)`.
        score_bps: u16,
        registered_at: i64,
        bump: u8,
        /// When the device last became free to book (registered, or back to available): with `rented_until`, the
        /// start of its priority window.
        free_since: i64,
        // Supplier emissions (crate::supply), kept across deregistration.
        /// The supplier window of `emission_points`: GPU-seconds counted there, converted to IO once it has ended.
        emission_window: u64,
        emission_points: u64,
        /// IO converted and not yet claimed; payable once io_staking's crank has paid the suppliers
        /// `emission_funded_at` in all (the end of the last window converted).
        emission_owed: u64,
        emission_funded_at: u64,
        emission_claimed: u64,
        /// GPU-seconds counted for emissions in all.
        emission_gpu_seconds: u64,
    }
}

/// How a rental closed, for the device's reputation.
pub enum Closing {
    /// Completed after its end.
    Completed,
    /// Cancelled by the renter.
    Cancelled,
    /// Resolved by the arbiter; `lost` when the operator lost the dispute.
    Resolved { lost: bool },
}

impl Device {
    /// Adds a closed rental's service time and outcome to the reputation counters and refreshes the score.
    /// Only rentals booked for at least `min_rental_duration` count as clean service, weighed by the GPU-seconds
    /// served; a lost dispute weighs four times the GPU-seconds booked (at least the minimum). So reputation
    /// costs real GPU time to build: many one-second rentals earn nothing.
    pub fn record_closed_rental(&mut self, rental: &Rental, now: i64, closing: Closing, min_rental_duration: i64) {
        self.set_open_rentals(self.open_rentals() - 1); // this rental was counted when created
        let served = rental.seconds_served(now);
        self.set_seconds_served(self.seconds_served().saturating_add(served));
        let booked = (rental.end() - rental.start()) as u64; // end > start
        let gpus = rental.gpu_count() as u64;
        match closing {
            Closing::Completed if booked >= min_rental_duration as u64 => {
                self.set_completed_rentals(self.completed_rentals() + 1);
                self.set_clean_gpu_seconds(
                    self.clean_gpu_seconds().saturating_add(checked_mul(served, gpus).unwrap_or(u64::MAX)),
                );
            }
            Closing::Resolved { lost: true } => {
                self.set_disputes_lost(self.disputes_lost() + 1);
                let weight = checked_mul(booked.max(min_rental_duration as u64), gpus).unwrap_or(u64::MAX);
                self.set_lost_gpu_seconds(self.lost_gpu_seconds().saturating_add(weight));
            }
            _ => {}
        }
        self.set_score_bps(reputation::score_bps(self.clean_gpu_seconds(), self.lost_gpu_seconds()));
    }

    /// When the device's priority window ends: a window after it became free (registered, back to available, or
    /// its last rental's end).
    pub fn priority_window_end(&self, window: i64) -> i64 {
        self.free_since().max(self.rented_until()).saturating_add(window)
    }

    pub fn deregistered(&self) -> bool {
        self.status() == STATUS_DEREGISTERED
    }

    pub fn payout_locked(&self) -> bool {
        self.payout_locker() != Address::default()
    }

    /// Where the operator's earnings go now: the locked payout while locked, the operator's own otherwise.
    pub fn earnings_account(&self) -> Address {
        if self.payout_locked() {
            self.locked_payout()
        } else {
            self.payout()
        }
    }

    /// A rental ending at `end` may not outlast the payout lock's term.
    pub fn require_end_within_lock(&self, end: i64) -> Result<(), EscrowError> {
        if self.payout_locked() && end > self.locked_until() {
            return Err(EscrowError::RentalPastPayoutLock);
        }
        Ok(())
    }
}

common::account_state! {
    /// One booking of one device (PDA ["rental", device, nonce]); its escrow holds what has not been paid out.
    pub struct Rental {
        device: Address,
        renter: Address,
        nonce: u64,
        payment_mint: Address,
        /// PDA ["escrow", rental]: token account owned by this rental.
        escrow: Address,
        /// Terms fixed at booking.
        price_per_gpu_hour: u64,
        gpu_count: u32,
        renter_fee_bps: u16,
        supplier_fee_bps: u16,
        start: i64,
        end: i64,
        /// The market's dispute window when booked: how long after the end the renter may dispute, and how far
        /// `settle` lags behind the stream.
        dispute_window: i64,
        /// Escrowed rental price: `stream::cost` of `end - start`, always.
        deposited: u64,
        /// Released toward the operator so far (supplier fees included).
        released: u64,
        /// Renter fees paid to the treasury for this rental.
        renter_fees: u64,
        disputed: bool,
        /// When the renter opened the dispute; the stream stops there.
        disputed_at: i64,
        bump: u8,
        escrow_bump: u8,
        /// Seconds of service already counted for supplier emissions (`supply::count_service`).
        seconds_counted: u64,
    }
}

impl Rental {
    /// Base units per hour for all the rented GPUs (checked at booking not to overflow).
    pub fn rate_per_hour(&self) -> u64 {
        stream::rate_per_hour(self.price_per_gpu_hour(), self.gpu_count()).unwrap_or(u64::MAX)
    }

    /// When the stream stops: the end, or the dispute if one was opened before it.
    pub fn stream_stop(&self) -> i64 {
        if self.disputed() && self.disputed_at() < self.end() {
            self.disputed_at()
        } else {
            self.end()
        }
    }

    /// What has streamed to the operator by `now`.
    pub fn streamed(&self, now: i64) -> u64 {
        let until = if now < self.stream_stop() { now } else { self.stream_stop() };
        stream::streamed(self.rate_per_hour(), self.deposited(), self.end() - self.start(), until - self.start())
    }

    /// What `settle` may release by `now`: what had streamed one dispute window earlier. The escrow keeps the
    /// payment for the most recent window of service until that window has closed, so a renter who disputes in
    /// time can always be refunded what it disputes.
    pub fn settleable(&self, now: i64) -> u64 {
        self.streamed(now.saturating_sub(self.dispute_window())) - self.released()
        // settle is the only partial release
    }

    /// Seconds of service up to `now` (stops with the stream).
    pub fn seconds_served(&self, now: i64) -> u64 {
        let until = if now < self.stream_stop() { now } else { self.stream_stop() };
        (until - self.start()).max(0) as u64
    }

    /// Still in escrow, not yet released to the operator nor refunded.
    pub fn remaining(&self) -> u64 {
        self.deposited() - self.released() // released <= deposited: only streamed or split amounts are released
    }
}
