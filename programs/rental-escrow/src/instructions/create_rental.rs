//! `create_rental(duration, max_price_per_gpu_hour)`: books a device for `duration` seconds. The renter pays
//! `stream::cost(price x GPUs, duration)` into a new escrow owned by the rental, and the renter fee on top
//! straight to the treasury. The device takes no other rental until this one ends. A cluster booking is
//! several of these in one transaction (the SDK builds it), each device under its own rule.
//!
//! Renter priority: a device of a priority class (`Market::class_priority`) may be booked during its priority
//! window (a market-set time after it became free) only by a renter whose io_staking position stakes at least that
//! class's tier. The position is read here (io_staking's account, its owner the renter); what a client says does
//! not count. After the window anyone may book.

use crate::{
    context::{load_active_market_mut, load_device, now, Payment},
    error::EscrowError,
    events,
    staking_cpi::bond_amount,
    state::{Rental, ESCROW_SEED, RENTAL_SEED, STATUS_AVAILABLE},
    stream,
};
use common::{
    args::ArgsReader,
    checks::{init, load, require_address, require_canonical_pda, require_payer, require_program, AccountState},
    error::AnchorError,
    token::{create_pda_account, create_token_account, SYSTEM_PROGRAM_ID},
};
use io_staking::state::{Config as StakingConfig, StakePosition};
use pinocchio::{cpi::Seed, AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("create_rental");
pub const ARGS_LEN: usize = 8 + 8;

/// Accounts:
///   0. `[signer, writable]` renter: pays the rental, the fee and the rent of the two new accounts
///   1. `[writable]` market (counts IO fees burned)
///   2. `[writable]` device
///   3. `[writable]` rental: PDA ["rental", device, device.rental_count], created here
///   4. `[writable]` escrow: PDA ["escrow", rental], token account created here
///   5. `[writable]` payment_mint: the device's payment mint (fees paid in IO are burned from it)
///   6. `[writable]` renter_token: the renter's token account of payment_mint
///   7. `[writable]` treasury: the market's treasury for payment_mint
///   8. `[]` token_program: payment_mint's
///   9. `[]` system_program
///  10. `[]` staking_config: the market's io_staking config (the device's bond requirement)
///  11. `[]` device_bond: io_staking's bond account of the device
///  12. `[]` renter_position: the renter's io_staking position, PDA ["position", renter] (may not exist)
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [renter, market, device, rental, escrow, payment_mint, renter_token, treasury, token_program, system_program, staking_config, device_bond, renter_position, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let duration: u64 = reader.read()?;
    let max_price_per_gpu_hour: u64 = reader.read()?;
    reader.finish()?;

    require_payer(renter)?;
    require_program(system_program, &SYSTEM_PROGRAM_ID)?;
    let market_state = load_active_market_mut(market)?;
    if duration == 0 {
        return Err(EscrowError::InvalidDuration.into());
    }
    if duration > market_state.max_rental_duration() as u64 {
        return Err(EscrowError::DurationTooLong.into());
    }
    let device_address = *device.address();
    let device_state = load_device(device)?;
    let now = now()?;
    if device_state.status() != STATUS_AVAILABLE {
        return Err(EscrowError::DeviceUnavailable.into());
    }
    if now < device_state.rented_until() {
        return Err(EscrowError::DeviceBusy.into());
    }
    if &device_state.operator() == renter.address() {
        return Err(EscrowError::SelfRental.into());
    }
    if device_state.price_per_gpu_hour() > max_price_per_gpu_hour {
        return Err(EscrowError::PriceAboveMax.into());
    }
    // A device slashed below what its class requires is not rented until its operator tops the bond up.
    require_address(staking_config, &market_state.staking_config())?;
    let required = load::<StakingConfig>(staking_config, &io_staking::ID)?
        .required_stake(device_state.device_class(), device_state.gpu_count())
        .map_err(|_| EscrowError::UnknownDeviceClass)?;
    if bond_amount(device_bond, &device_address)? < required {
        return Err(EscrowError::BondBelowRequirement.into());
    }
    let class_tier = market_state.class_tier(device_state.device_class());
    if class_tier > 0 && now < device_state.priority_window_end(market_state.priority_window()) {
        let staked = staked_by(renter_position, renter.address())?;
        if market_state.priority_tier(staked) < class_tier {
            return Err(EscrowError::PriorityWindow.into());
        }
    }
    let deposit = stream::rate_per_hour(device_state.price_per_gpu_hour(), device_state.gpu_count())
        .and_then(|rate| stream::cost(rate, duration))
        .ok_or(EscrowError::MathOverflow)?;
    let payment = Payment::checked(market_state, &device_state.payment_mint(), payment_mint, token_program, treasury)?;
    let renter_fee = stream::fee(deposit, payment.renter_fee_bps);
    let total = deposit.checked_add(renter_fee).ok_or(EscrowError::MathOverflow)?;
    payment.require_renter_funds(renter_token, renter, total)?;

    // The rental and its escrow, at PDAs found here (their bumps are stored for signing later).
    let nonce = device_state.rental_count().to_le_bytes();
    let bump = require_canonical_pda(rental, &[RENTAL_SEED, device_address.as_ref(), &nonce], &crate::ID)?;
    let escrow_bump = require_canonical_pda(escrow, &[ESCROW_SEED, rental.address().as_ref()], &crate::ID)?;
    let bump_seed = [bump];
    let rental_seeds =
        [Seed::from(RENTAL_SEED), Seed::from(device_address.as_ref()), Seed::from(&nonce), Seed::from(&bump_seed)];
    create_pda_account(renter, rental, Rental::LEN, &crate::ID, &rental_seeds)?;
    let escrow_bump_seed = [escrow_bump];
    let escrow_seeds = [Seed::from(ESCROW_SEED), Seed::from(rental.address().as_ref()), Seed::from(&escrow_bump_seed)];
    create_token_account(renter, escrow, payment_mint, rental.address(), token_program, &escrow_seeds)?;

    payment.collect(renter_token, renter, escrow, deposit)?;
    payment.collect_fee(market_state, renter_token, renter, treasury, renter_fee)?;

    let end = now + duration as i64; // duration <= one year
    device_state.require_end_within_lock(end)?;
    device_state.set_rented_until(end);
    device_state.set_active_rental(*rental.address());
    device_state.set_open_rentals(device_state.open_rentals() + 1);
    device_state.set_rental_count(device_state.rental_count() + 1);

    let rental_address = *rental.address();
    let state = init::<Rental>(rental)?;
    state.set_device(device_address);
    state.set_renter(*renter.address());
    state.set_nonce(u64::from_le_bytes(nonce));
    state.set_payment_mint(*payment_mint.address());
    state.set_escrow(*escrow.address());
    state.set_price_per_gpu_hour(device_state.price_per_gpu_hour());
    state.set_gpu_count(device_state.gpu_count());
    state.set_renter_fee_bps(payment.renter_fee_bps);
    state.set_supplier_fee_bps(payment.supplier_fee_bps);
    state.set_start(now);
    state.set_end(end);
    state.set_dispute_window(market_state.dispute_window());
    state.set_deposited(deposit);
    state.set_renter_fees(renter_fee);
    state.set_bump(bump);
    state.set_escrow_bump(escrow_bump);
    events::rental_created(&rental_address, state);
    Ok(())
}

/// IO `renter` has staked in io_staking (pending unstakes excluded): 0 without a position. An existing account must
/// be io_staking's StakePosition of this renter (owner, discriminator and owner key checked).
fn staked_by(position: &AccountView, renter: &pinocchio::Address) -> Result<u64, pinocchio::error::ProgramError> {
    if position.lamports() == 0 && position.data_len() == 0 {
        return Ok(0);
    }
    let state = load::<StakePosition>(position, &io_staking::ID)?;
    if &state.owner() != renter {
        return Err(EscrowError::WrongStakePosition.into());
    }
    Ok(state.staked())
}
