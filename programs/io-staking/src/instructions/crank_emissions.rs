//! `crank_emissions` (anyone): pays what io.net's schedule owes since the last crank, `C(epochs now) -
//! emission_paid` (common::emission), out of the emission vault: the stakers' share into the reward stream (streamed
//! over `emission_stream_seconds`, or to the end of a longer running period, the unstreamed rest of which rolls in),
//! the rest into the supplier vault. O(1) whatever number of epochs it catches up, and the same total however often it
//! runs. An underfunded vault pays what it holds; the shortfall stays owed and is paid by the next cranks once the
//! vault is refilled.
//! Nothing is owed past the schedule's last epoch.

use crate::{
    context::{load_active_config, now, Io},
    error::StakingError,
    events,
};
use common::{
    args::ArgsReader,
    checks::{require_address, require_writable},
    emission::{cumulative, epochs_at, stakers_part},
    error::AnchorError,
    token::token_account_of_mint,
};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("crank_emissions");
pub const ARGS_LEN: usize = 0;

/// What one crank did (its event).
pub struct Crank {
    pub epochs: u64,
    pub scheduled: u64,
    pub to_stakers: u64,
    pub to_suppliers: u64,
    pub shortfall: u64,
}

/// Accounts:
///   0. `[writable]` config: signs for the vaults
///   1. `[writable]` emission_vault: config's emission vault
///   2. `[writable]` reward_vault: config's reward vault
///   3. `[writable]` supplier_vault: config's supplier vault
///   4. `[]` io_mint: config's IO mint
///   5. `[]` token_program: config's token program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [config, emission_vault, reward_vault, supplier_vault, io_mint, token_program, ..] = accounts else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    let config_account = *config;
    let state = load_active_config(config)?;
    if state.emission_genesis() == 0 {
        return Err(StakingError::EmissionsNotStarted.into());
    }
    let io = Io::checked(state, io_mint, token_program)?;
    for (vault, expected) in [
        (&*emission_vault, state.emission_vault()),
        (&*reward_vault, state.reward_vault()),
        (&*supplier_vault, state.supplier_vault()),
    ] {
        require_address(vault, &expected)?;
        require_writable(vault)?;
    }

    let now = now()?;
    let epochs = epochs_at(state.emission_genesis(), now);
    let scheduled = cumulative(epochs, state.io_decimals()).ok_or(StakingError::EmissionDecimalsUnsupported)?;
    let owed = scheduled - state.emission_paid(); // paid never exceeds an earlier, smaller C
    if owed == 0 {
        return Err(StakingError::NothingDue.into());
    }
    let held = token_account_of_mint(emission_vault, io_mint.address(), token_program.address())?.amount();
    let pay = owed.min(held);
    // The stakers' share of everything paid so far, floored, less what they already had: the split's totals do not
    // depend on how often the crank runs, and the two parts always add up to `pay`.
    let paid = state.emission_paid() + pay; // <= scheduled
    let stakers_total = stakers_part(paid, state.emission_staker_bps()).ok_or(StakingError::MathOverflow)?;
    let to_stakers = stakers_total - state.emission_to_stakers();
    let crank = Crank { epochs, scheduled, to_stakers, to_suppliers: pay - to_stakers, shortfall: owed - pay };

    if crank.to_stakers > 0 {
        let mut pool = state.reward_pool();
        pool.update(now)?;
        // Never shorten a running period (a reward campaign the admin funded for longer than the stream): the
        // emission joins it until its end; otherwise it streams over `emission_stream_seconds`.
        let running = if pool.period_end > now { (pool.period_end - now) as u64 } else { 0 };
        pool.refill(crank.to_stakers, running.max(state.emission_stream_seconds() as u64), now)?;
        state.set_reward_pool(&pool);
        let funded = state.total_rewards_funded().checked_add(crank.to_stakers).ok_or(StakingError::MathOverflow)?;
        state.set_total_rewards_funded(funded);
    }
    state.set_emission_epochs(epochs);
    state.set_emission_scheduled(scheduled);
    state.set_emission_paid(paid);
    state.set_emission_to_stakers(stakers_total);
    state.set_emission_to_suppliers(state.emission_to_suppliers() + crank.to_suppliers);

    if crank.to_stakers > 0 {
        io.pay_out(emission_vault, reward_vault, &config_account, crank.to_stakers)?;
    }
    if crank.to_suppliers > 0 {
        io.pay_out(emission_vault, supplier_vault, &config_account, crank.to_suppliers)?;
    }
    events::emissions_cranked(&crank);
    Ok(())
}
