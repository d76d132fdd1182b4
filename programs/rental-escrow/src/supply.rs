//! Supplier emissions: the suppliers' part of io_staking's emission schedule, paid for GPU time actually served.
//!
//! Every day of the schedule is a window (`common::emission::WINDOW_SECONDS`). As rentals pay their operators
//! (`settle`, `complete`, `cancel`), the GPU-seconds paid for are counted for the device and for the window the
//! payment falls in. A dispute's time is never counted: `settle` lags a dispute window behind the stream, and a
//! disputed rental closes through the arbiter, who counts nothing. Service before the ledger was opened (or before the
//! genesis) is never counted. The first service in a window gives the window its emission: the suppliers' part of the
//! schedule during that day. Once a window has ended, each device's GPU-seconds in it convert to
//! `floor(emission * points / window points)` IO, in O(1), the next time the device is counted or claims. A claim is
//! paid out of io_staking's supplier vault once the crank has moved the suppliers' part through the end of every
//! window converted into it. A day nobody was paid for service keeps its emission out of reach of the next day's
//! payments (which could otherwise be timed to collect it): the admin sweeps it to io_staking's treasury.

use crate::{
    error::EscrowError,
    events,
    state::{Device, Market, Rental},
};
use common::{
    checks::{init, load, load_mut, require_address, AccountState},
    emission::{cumulative, suppliers_part, window_at, window_end_epoch, WINDOWS},
    math::{checked_mul, mul_div_floor},
};
use io_staking::state::Config as StakingConfig;
use pinocchio::{error::ProgramError, AccountView, Address, ProgramResult};

common::account_state! {
    /// Per window of the schedule, GPU-seconds served and the suppliers' emission they share: a program account of
    /// `LEDGER_SIZE` bytes the admin creates (too large for a PDA) and opens (`open_supplier_ledger`). This header is
    /// followed by `WINDOWS` entries of `ENTRY_LEN` bytes, little-endian (`points`, `emission`, `funded_at`).
    pub struct SupplierLedger {
        market: Address,
        /// Service is counted from here on (and from the genesis).
        opened_at: i64,
        /// The suppliers' emission given to served windows so far, and what was swept of the unserved ones'.
        allocated: u64,
        swept: u64,
    }
}

/// Bytes per window: GPU-seconds counted, IO the window's service shares, and the suppliers' cumulative part at its
/// end (what io_staking's crank must have paid them before its IO can be claimed).
pub const ENTRY_LEN: usize = 24;
/// Size of the ledger account: 175,384 bytes, about 1.22 SOL of rent, for the schedule's 20 years.
pub const LEDGER_SIZE: usize = SupplierLedger::LEN + WINDOWS as usize * ENTRY_LEN;

/// One window's entry.
#[derive(Clone, Copy, Default)]
pub struct Window {
    pub points: u64,
    pub emission: u64,
    pub funded_at: u64,
}

/// What the device's GPU-seconds in `window` are worth: its share of the window's emission, rounded down (the
/// remainder stays in the supplier vault).
pub fn share_of(window: &Window, points: u64) -> Result<u64, ProgramError> {
    // points <= window.points: the device's GPU-seconds are part of the window's.
    mul_div_floor(window.emission, points, window.points).ok_or(EscrowError::MathOverflow.into())
}

/// The schedule as io_staking's config sets it.
pub struct Schedule {
    genesis: i64,
    staker_bps: u16,
    decimals: u8,
    /// The suppliers' part the crank has moved into the supplier vault so far.
    pub funded: u64,
}

impl Schedule {
    /// The market's io_staking config, read: `None` until the admin starts emissions there.
    pub fn of(market: &Market, staking_config: &AccountView) -> Result<Option<Self>, ProgramError> {
        require_address(staking_config, &market.staking_config())?;
        let config = load::<StakingConfig>(staking_config, &io_staking::ID)?;
        if config.emission_genesis() == 0 {
            return Ok(None);
        }
        Ok(Some(Self {
            genesis: config.emission_genesis(),
            staker_bps: config.emission_staker_bps(),
            decimals: config.io_decimals(),
            funded: config.emission_to_suppliers(),
        }))
    }

    /// The window `now` falls in (`None` before the genesis).
    pub fn window_at(&self, now: i64) -> Option<u64> {
        window_at(self.genesis, now)
    }

    /// Service counts from the later of the genesis and the ledger's opening.
    fn counts_from(&self, ledger: &SupplierLedger) -> i64 {
        self.genesis.max(ledger.opened_at())
    }

    /// The suppliers' part of the schedule through the end of `window`.
    pub fn suppliers_through(&self, window: u64) -> Result<u64, ProgramError> {
        let total = cumulative(window_end_epoch(window), self.decimals).ok_or(EscrowError::MathOverflow)?;
        Ok(suppliers_part(total, self.staker_bps).ok_or(EscrowError::MathOverflow)?)
    }

    /// `window`'s entry at its first service: the suppliers' part of the schedule during its day, and through its end.
    fn first_service(&self, window: u64) -> Result<Window, ProgramError> {
        let before = if window == 0 { 0 } else { self.suppliers_through(window - 1)? };
        let through = self.suppliers_through(window)?;
        // The suppliers' part never decreases.
        Ok(Window { points: 0, emission: through - before, funded_at: through })
    }
}

/// The ledger's windows (the account data after the header).
pub struct Ledger<'a> {
    entries: &'a [u8],
}

impl<'a> Ledger<'a> {
    /// The market's ledger, read.
    pub fn load(account: &'a AccountView, market: &Market) -> Result<Self, ProgramError> {
        require_ledger(account, market)?;
        load::<SupplierLedger>(account, &crate::ID)?;
        Ok(Self { entries: entries(account) })
    }

    /// The market's ledger, writable: its header and its windows, apart.
    pub fn load_mut(
        account: &'a mut AccountView,
        market: &Market,
    ) -> Result<(&'a mut SupplierLedger, &'a mut [u8]), ProgramError> {
        let mut view = *account;
        require_ledger(&view, market)?;
        let header = load_mut::<SupplierLedger>(account, &crate::ID)?;
        // SAFETY: LEDGER_SIZE bytes (checked by `require_ledger`): the windows follow the header, apart from it, and
        // live as long as the account.
        let windows = unsafe {
            core::slice::from_raw_parts_mut(
                view.data_mut_ptr().add(SupplierLedger::LEN),
                LEDGER_SIZE - SupplierLedger::LEN,
            )
        };
        Ok((header, windows))
    }

    pub fn window(&self, index: u64) -> Window {
        read_window(self.entries, index)
    }
}

/// The market's ledger, opened, of the ledger's size.
fn require_ledger(account: &AccountView, market: &Market) -> ProgramResult {
    if market.supplier_ledger() == Address::default() {
        return Err(EscrowError::SupplierLedgerNotOpen.into());
    }
    require_address(account, &market.supplier_ledger())?;
    if account.data_len() != LEDGER_SIZE {
        return Err(EscrowError::InvalidSupplierLedger.into());
    }
    Ok(())
}

/// The windows of a ledger account checked by `require_ledger` (LEDGER_SIZE bytes).
fn entries(account: &AccountView) -> &[u8] {
    // SAFETY: the header is followed by WINDOWS * ENTRY_LEN bytes; they live as long as the account view.
    unsafe {
        core::slice::from_raw_parts(account.data_ptr().add(SupplierLedger::LEN), LEDGER_SIZE - SupplierLedger::LEN)
    }
}

fn read_window(entries: &[u8], index: u64) -> Window {
    let at = index as usize * ENTRY_LEN; // index < WINDOWS
    let word = |i: usize| u64::from_le_bytes(entries[at + 8 * i..at + 8 * i + 8].try_into().unwrap_or([0; 8]));
    Window { points: word(0), emission: word(1), funded_at: word(2) }
}

fn write_window(entries: &mut [u8], index: u64, window: &Window) {
    let at = index as usize * ENTRY_LEN; // index < WINDOWS
    entries[at..at + 8].copy_from_slice(&window.points.to_le_bytes());
    entries[at + 8..at + 16].copy_from_slice(&window.emission.to_le_bytes());
    entries[at + 16..at + 24].copy_from_slice(&window.funded_at.to_le_bytes());
}

/// `open_supplier_ledger`: writes the header of a new, zeroed ledger account of this program, counting from `now`.
pub fn open(account: &mut AccountView, market_address: &Address, now: i64) -> ProgramResult {
    if !account.owned_by(&crate::ID) || account.data_len() != LEDGER_SIZE {
        return Err(EscrowError::InvalidSupplierLedger.into());
    }
    // SAFETY: at least LEDGER_SIZE bytes (checked above).
    let discriminator = unsafe { core::slice::from_raw_parts(account.data_ptr(), 8) };
    if discriminator != [0u8; 8] {
        return Err(EscrowError::InvalidSupplierLedger.into());
    }
    let header = init::<SupplierLedger>(account)?;
    header.set_market(*market_address);
    header.set_opened_at(now);
    header.set_allocated(0);
    header.set_swept(0);
    Ok(())
}

/// Converts the device's GPU-seconds of an ended window (any before `current`) to IO owed.
pub fn convert_ended(device: &mut Device, ledger: &Ledger, current: u64) -> ProgramResult {
    if device.emission_points() == 0 || device.emission_window() >= current {
        return Ok(());
    }
    let window = ledger.window(device.emission_window());
    let share = share_of(&window, device.emission_points())?;
    device.set_emission_owed(device.emission_owed().checked_add(share).ok_or(EscrowError::MathOverflow)?);
    device.set_emission_funded_at(window.funded_at);
    device.set_emission_points(0);
    Ok(())
}

/// The accounts service is counted through: io_staking's config (read for the schedule) and the market's ledger (or
/// the default address, before the ledger is opened).
pub struct SupplyAccounts<'a> {
    pub staking_config: &'a AccountView,
    pub ledger: &'a mut AccountView,
}

/// A payment's service: the device and its rental, how far from its start the operator has now been paid for, and
/// when.
pub struct Service<'a> {
    pub device: &'a mut Device,
    pub device_address: &'a Address,
    pub rental: &'a mut Rental,
    pub served: u64,
    pub now: i64,
}

impl<'a> Service<'a> {
    #[inline(always)] // five arguments and the result
    pub fn new(
        device: &'a mut Device,
        device_address: &'a Address,
        rental: &'a mut Rental,
        served: u64,
        now: i64,
    ) -> Self {
        Self { device, device_address, rental, served, now }
    }
}

/// Counts the rental's service up to `served` seconds from its start (what its operator has been paid for) for the
/// device's supplier emissions, at `now`. Service is counted once: the rental remembers how far it was counted, also
/// while nothing earns (before the ledger is opened or the schedule starts, and after it ends).
pub fn count_service(market: &Market, accounts: &mut SupplyAccounts, service: &mut Service) -> ProgramResult {
    let SupplyAccounts { staking_config, ledger } = accounts;
    let Service { device, device_address, rental, served, now } = service;
    let (served, now) = (*served, *now);
    let counted = rental.seconds_counted();
    if served <= counted {
        return Ok(());
    }
    rental.set_seconds_counted(served);
    let Some(schedule) = Schedule::of(market, staking_config)? else {
        return Ok(());
    };
    if market.supplier_ledger() == Address::default() {
        return Ok(());
    }
    let Some(current) = schedule.window_at(now) else {
        return Ok(());
    };
    let (header, windows) = Ledger::load_mut(ledger, market)?;
    convert_ended(device, &Ledger { entries: windows }, current)?;
    // Only what was served once both the schedule and the ledger had started counts.
    let seconds = served - counted.max(rental.seconds_served(schedule.counts_from(header)).min(served));
    if current >= WINDOWS || seconds == 0 {
        return Ok(()); // the schedule is over: nothing left to earn
    }
    let gpu_seconds = checked_mul(seconds, rental.gpu_count() as u64).ok_or(EscrowError::MathOverflow)?;
    let mut window = read_window(windows, current);
    if window.points == 0 {
        window = schedule.first_service(current)?;
        header.set_allocated(header.allocated().checked_add(window.emission).ok_or(EscrowError::MathOverflow)?);
    }
    window.points = window.points.checked_add(gpu_seconds).ok_or(EscrowError::MathOverflow)?;
    write_window(windows, current, &window);
    device.set_emission_window(current);
    device.set_emission_points(device.emission_points() + gpu_seconds); // part of the window's points
    device.set_emission_gpu_seconds(device.emission_gpu_seconds().saturating_add(gpu_seconds));
    events::service_counted(device_address, current, gpu_seconds);
    Ok(())
}

/// The suppliers' emission of ended days nobody was paid for service in, not yet swept, at `now`; and the suppliers'
/// part through the last ended day, which the crank must have funded before it can be swept.
pub fn unserved(
    schedule: &Schedule,
    header: &SupplierLedger,
    windows: &[u8],
    now: i64,
) -> Result<(u64, u64), ProgramError> {
    let Some(current) = schedule.window_at(now) else {
        return Ok((0, 0));
    };
    let ended = current.min(WINDOWS);
    if ended == 0 {
        return Ok((0, 0));
    }
    let through = schedule.suppliers_through(ended - 1)?;
    // `allocated` holds the current day's emission too once it has service.
    let running = if current < WINDOWS { read_window(windows, current) } else { Window::default() };
    let allocated_ended = header.allocated() - if running.points > 0 { running.emission } else { 0 };
    // Served and swept days are parts of the ended ones.
    let unserved = through.checked_sub(allocated_ended + header.swept()).ok_or(EscrowError::MathOverflow)?;
    Ok((unserved, through))
}
