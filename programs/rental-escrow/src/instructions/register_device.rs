//! `register_device(device_id, device_class, gpu_count, vram_gb, region, price_per_gpu_hour)`: lists a GPU
//! machine. The stake io_staking requires for its class and GPU count (`required_stake`) is bonded for this device
//! (io_staking's bond account ["bond", device]) by a CPI signed by the market PDA, and stays bonded until the
//! device is deregistered. Registering a deregistered device again lists it anew and keeps its reputation.

use crate::{
    context::{load_active_market, now},
    error::EscrowError,
    events,
    staking_cpi::{Staking, StakingAccounts},
    state::{Device, DEVICE_SEED, STATUS_AVAILABLE},
};
use common::{
    args::ArgsReader,
    checks::{init, load_mut, require_canonical_pda, require_payer, require_program, AccountState},
    error::AnchorError,
    token::{create_pda_account, is_associated_token_account, token_account_of_mint, SYSTEM_PROGRAM_ID},
};
use pinocchio::{cpi::Seed, error::ProgramError, AccountView, Address, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("register_device");
pub const ARGS_LEN: usize = 8 + 1 + 4 + 4 + 16 + 8;

struct DeviceSpec {
    device_id: u64,
    device_class: u8,
    gpu_count: u32,
    vram_gb: u32,
    region: [u8; 16],
    price_per_gpu_hour: u64,
}

impl DeviceSpec {
    fn parse(data: &[u8]) -> Result<Self, ProgramError> {
        let mut reader = ArgsReader::new(data);
        let spec = Self {
            device_id: reader.read()?,
            device_class: reader.read()?,
            gpu_count: reader.read()?,
            vram_gb: reader.read()?,
            region: reader.read_array()?,
            price_per_gpu_hour: reader.read()?,
        };
        reader.finish()?;
        if spec.gpu_count == 0 {
            return Err(EscrowError::InvalidGpuCount.into());
        }
        if spec.price_per_gpu_hour == 0 {
            return Err(EscrowError::InvalidPrice.into());
        }
        Ok(spec)
    }
}

/// Accounts:
///   0. `[signer, writable]` operator: pays for the device account and its bond account
///   1. `[]` market: signs the bond CPI
///   2. `[writable]` device: PDA ["device", operator, device_id], created here (or a deregistered one, re-listed)
///   3. `[]` payment_mint: IOSD or IO, what renters will pay in
///   4. `[]` payout: the operator's associated token account of payment_mint, receiving its earnings
///   5. `[writable]` staking_config: the market's io_staking config
///   6. `[writable]` stake_position: the operator's io_staking position
///   7. `[writable]` device_bond: io_staking's PDA ["bond", device], created by the bond CPI
///   8. `[]` staking_program: io_staking
///   9. `[]` system_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [operator, market, device, payment_mint, payout, staking_config, stake_position, device_bond, staking_program, system_program, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let spec = DeviceSpec::parse(data)?;

    require_payer(operator)?;
    require_program(system_program, &SYSTEM_PROGRAM_ID)?;
    let market_state = load_active_market(market)?;
    let token_program = market_state.payment_terms(payment_mint.address())?.token_program;
    token_account_of_mint(payout, payment_mint.address(), &token_program)?;
    if !is_associated_token_account(payout, operator.address(), payment_mint.address(), &token_program) {
        return Err(EscrowError::PayoutNotAssociated.into());
    }
    let staking_accounts =
        StakingAccounts { program: staking_program, config: staking_config, position: stake_position, device_bond };
    let staking = Staking::checked(market, market_state, staking_accounts, operator.address())?;
    // Checked here, not left to io_staking, so each refusal has this program's name for it.
    let required = staking
        .config_state()?
        .required_stake(spec.device_class, spec.gpu_count)
        .map_err(|_| EscrowError::UnknownDeviceClass)?;
    if required > staking.position_state()?.unbonded() {
        return Err(EscrowError::InsufficientStake.into());
    }

    let id = spec.device_id.to_le_bytes();
    let relisted = device.owned_by(&crate::ID);
    if relisted {
        // Owned by this program with the Device discriminator: created at ["device", operator, device_id] for the
        // operator stored inside; only a deregistered device of this operator may be listed again.
        let state = load_mut::<Device>(device, &crate::ID)?;
        if &state.operator() != operator.address() || state.device_id() != spec.device_id {
            return Err(AnchorError::ConstraintSeeds.into());
        }
        if !state.deregistered() {
            return Err(AnchorError::AccountDiscriminatorAlreadySet.into());
        }
    } else {
        let bump = require_canonical_pda(device, &[DEVICE_SEED, operator.address().as_ref(), &id], &crate::ID)?;
        let bump_seed = [bump];
        let seeds =
            [Seed::from(DEVICE_SEED), Seed::from(operator.address().as_ref()), Seed::from(&id), Seed::from(&bump_seed)];
        create_pda_account(operator, device, Device::LEN, &crate::ID, &seeds)?;
        let state = init::<Device>(device)?;
        state.set_operator(*operator.address());
        state.set_device_id(spec.device_id);
        state.set_score_bps(crate::reputation::score_bps(0, 0));
        state.set_bump(bump);
    }
    staking.bond((spec.device_class, spec.gpu_count, 0), device, operator, system_program)?;

    let device_address = *device.address();
    let state = load_mut::<Device>(device, &crate::ID)?;
    state.set_device_class(spec.device_class);
    state.set_gpu_count(spec.gpu_count);
    state.set_vram_gb(spec.vram_gb);
    state.set_region(spec.region);
    state.set_price_per_gpu_hour(spec.price_per_gpu_hour);
    state.set_payment_mint(*payment_mint.address());
    state.set_payout(*payout.address());
    state.set_payout_locker(Address::default());
    state.set_locked_payout(Address::default());
    state.set_locked_until(0);
    state.set_status(STATUS_AVAILABLE);
    state.set_active_rental(Address::default());
    let now = now()?;
    state.set_registered_at(now);
    state.set_free_since(now);
    events::device_registered(&device_address, state, required);
    Ok(())
}
