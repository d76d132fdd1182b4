//! `mint_iosd(io_amount, min_iosd_out)`: the only way IOSD comes into existence. The caller's IO is burned
//! (IO supply falls), a fee in IO goes to the treasury, and IOSD is minted to the caller at the conservative
//! Pyth price `price - k * conf`, rounded down. There is no way back: nothing turns IOSD into IO.
//!
//! Mint cap: fixed windows. A window opens with the first mint after the previous one has ended and lasts
//! `window_seconds`; at most `window_cap` IOSD is minted within it.

use crate::{
    error::IosdError,
    events,
    oracle::{io_to_iosd, OracleGuards, PriceUpdate},
    state::{Config, CONFIG_SEED, IOSD_DECIMALS},
};
use common::{
    args::ArgsReader,
    checks::{
        load_mut, require_address, require_distinct, require_owner, require_program, require_signer, require_writable,
    },
    error::AnchorError,
    math::{mul_div_ceil, BPS_DENOMINATOR},
    token::{burn_checked, mint_to_checked, token_account_of_mint, token_account_owned_by, transfer_checked},
};
use pinocchio::{
    cpi::Seed,
    sysvars::{clock::Clock, Sysvar},
    AccountView, ProgramResult,
};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("mint_iosd");
pub const ARGS_LEN: usize = 16;

/// Accounts:
///   0. `[signer]` user: owner of `user_io`
///   1. `[writable]` config: IOSD mint authority
///   2. `[]` price_update: Pyth `PriceUpdateV2` owned by the configured receiver program
///   3. `[writable]` user_io: the user's IO token account (burned from, pays the fee)
///   4. `[writable]` io_mint: config's IO mint (its supply falls)
///   5. `[writable]` treasury: config's IO treasury (receives the fee)
///   6. `[writable]` user_iosd: any IOSD token account (receives the IOSD)
///   7. `[writable]` iosd_mint: config's IOSD mint
///   8. `[]` io_token_program
///   9. `[]` iosd_token_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [user, config, price_update, user_io, io_mint, treasury, user_iosd, iosd_mint, io_token_program, iosd_token_program, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let io_amount: u64 = reader.read()?;
    let min_iosd_out: u64 = reader.read()?;
    reader.finish()?;
    if io_amount == 0 {
        return Err(IosdError::ZeroAmount.into());
    }

    require_signer(user)?;
    let config_account = *config;
    let state = load_mut::<Config>(config, &crate::ID)?;
    if state.paused() {
        return Err(IosdError::Paused.into());
    }
    require_address(io_mint, &state.io_mint())?;
    require_address(iosd_mint, &state.iosd_mint())?;
    require_address(treasury, &state.treasury())?;
    require_program(io_token_program, &state.io_token_program())?;
    require_program(iosd_token_program, &state.iosd_token_program())?;
    for account in [&*user_io, &*io_mint, &*treasury, &*user_iosd, &*iosd_mint] {
        require_writable(account)?;
    }
    require_distinct(user_io, treasury)?;
    let source = token_account_owned_by(user_io, io_mint.address(), user.address(), io_token_program.address())?;
    if source.amount() < io_amount {
        return Err(IosdError::InsufficientBalance.into());
    }
    token_account_of_mint(user_iosd, iosd_mint.address(), iosd_token_program.address())?;

    // The price: owner first (a look-alike account from another program is refused), then layout and guards.
    require_owner(price_update, &state.pyth_receiver())?;
    // SAFETY: read-only; this program never writes the price account.
    let update = PriceUpdate::parse(unsafe { price_update.borrow_unchecked() })?;
    let now = Clock::get()?.unix_timestamp;
    let feed_id = state.feed_id();
    let guards = OracleGuards {
        feed_id: &feed_id,
        max_staleness: state.max_staleness(),
        max_conf_bps: state.max_conf_bps(),
        conf_multiplier: state.conf_multiplier(),
        last_publish_time: state.last_publish_time(),
    };
    let price = guards.conservative_price(&update, now)?;
    state.set_last_publish_time(update.publish_time);

    // The fee rounds up, as every fee here: small mints cannot slip under it.
    let fee = mul_div_ceil(io_amount, state.fee_bps() as u64, BPS_DENOMINATOR).ok_or(IosdError::MathOverflow)?;
    let burned = io_amount - fee; // fee_bps <= 1,000, so the fee is below the amount
    let io_decimals = state.io_decimals();
    let iosd_out = io_to_iosd(burned, price, update.exponent, io_decimals, IOSD_DECIMALS)?;
    if iosd_out == 0 {
        return Err(IosdError::AmountTooSmall.into());
    }
    if iosd_out < min_iosd_out {
        return Err(IosdError::SlippageExceeded.into());
    }
    state.record_mint(now, burned, fee, iosd_out)?;
    let bump = [state.bump()];

    burn_checked(user_io, io_mint, user, burned, io_decimals, io_token_program.address(), &[])?;
    if fee > 0 {
        transfer_checked(user_io, io_mint, treasury, user, fee, io_decimals, io_token_program.address(), &[])?;
    }
    let seeds = [Seed::from(CONFIG_SEED), Seed::from(&bump)];
    mint_to_checked(
        iosd_mint,
        user_iosd,
        &config_account,
        iosd_out,
        IOSD_DECIMALS,
        iosd_token_program.address(),
        &seeds,
    )?;
    events::iosd_minted(user.address(), io_amount, burned, fee, iosd_out, &update, price);
    Ok(())
}
