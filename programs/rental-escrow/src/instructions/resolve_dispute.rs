//! `resolve_dispute(renter_share_bps, slash_amount)`: the arbiter splits what is still in a disputed rental's
//! escrow: `renter_share_bps` of it back to the renter, the rest to the operator (minus the supplier fee),
//! and may slash up to the device's bonded stake in io_staking (to io_staking's treasury) by a CPI signed
//! by the market. The operator has lost the dispute when the renter gets anything back or stake is slashed.
//! The escrow and the rental close with their rent back to the renter.

use crate::{
    context::{load_device, load_market_mut, now, Escrow, EscrowAccounts},
    error::EscrowError,
    events::{self, Resolution},
    staking_cpi::{SlashAccounts, Staking, StakingAccounts},
    state::Closing,
    stream,
};
use common::{
    args::ArgsReader,
    checks::{require_address, require_authority},
    error::AnchorError,
};
use pinocchio::{AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("resolve_dispute");
pub const ARGS_LEN: usize = 2 + 8;

/// Accounts:
///   0. `[signer]` arbiter: the market's arbiter
///   1. `[writable]` renter: the rental's renter, receives the rent
///   2. `[writable]` market: signs the slash CPI (counts IO fees burned)
///   3. `[writable]` device: the rental's device
///   4. `[writable]` rental: closed here
///   5. `[writable]` escrow: the rental's escrow, closed here
///   6. `[writable]` payout: the device's payout account
///   7. `[writable]` renter_token: the renter's token account of the payment mint
///   8. `[writable]` treasury: the market's treasury for the payment mint
///   9. `[writable]` payment_mint (fees paid in IO are burned from it)
///  10. `[]` token_program: the payment mint's
///  11. `[]` staking_program: io_staking
///  12. `[writable]` staking_config: the market's io_staking config
///  13. `[writable]` stake_position: the operator's io_staking position
///  14. `[writable]` stake_vault: io_staking's stake vault
///  15. `[writable]` staking_treasury: io_staking's treasury, receives slashed stake
///  16. `[]` io_mint
///  17. `[]` io_token_program
///  18. `[writable]` device_bond: io_staking's bond account of the device (slashed)
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [arbiter, renter, market, device, rental, escrow, payout, renter_token, treasury, payment_mint, token_program, staking_program, staking_config, stake_position, stake_vault, staking_treasury, io_mint, io_token_program, device_bond, rest @ ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let renter_share_bps: u16 = reader.read()?;
    let slash_amount: u64 = reader.read()?;
    reader.finish()?;

    let market_account = *market; // signs the slash CPI
    let market_state = load_market_mut(market)?;
    require_authority(arbiter, &market_state.arbiter(), EscrowError::NotArbiter.into())?;
    let device_account = *device;
    let device_state = load_device(device)?;
    let accounts =
        EscrowAccounts { escrow, payout, treasury, mint: payment_mint, token_program, memo_program: rest.first() };
    let (state, escrow) = Escrow::load(market_state, device_state, &device_account, rental, accounts)?;
    require_address(renter, &state.renter())?;
    escrow.payment.require_account_of(renter_token, renter.address())?;
    if !state.disputed() {
        return Err(EscrowError::NotDisputed.into());
    }
    let (to_renter, gross) =
        stream::dispute_split(state.remaining(), renter_share_bps).ok_or(EscrowError::InvalidShare)?;
    let (to_operator, supplier_fee) = escrow.release_to_operator(market_state, state, gross)?;
    escrow.pay(renter_token, to_renter)?;
    // io_staking's accounts are read only to slash: a split never depends on the operator's stake position,
    // which its owner controls.
    if slash_amount > 0 {
        let staking_accounts =
            StakingAccounts { program: staking_program, config: staking_config, position: stake_position, device_bond };
        let staking = Staking::checked(&market_account, market_state, staking_accounts, &device_state.operator())?;
        if slash_amount > staking.bond_amount(device_account.address())? {
            return Err(EscrowError::SlashExceedsBond.into());
        }
        if staking.config_state()?.slash_authority() != *market_account.address() {
            return Err(EscrowError::SlashAuthorityMismatch.into());
        }
        let vault = SlashAccounts { stake_vault, treasury: staking_treasury, io_mint, token_program: io_token_program };
        staking.slash(slash_amount, &vault)?;
    }
    let operator_lost = renter_share_bps > 0 || slash_amount > 0;
    let closing = Closing::Resolved { lost: operator_lost };
    device_state.record_closed_rental(state, now()?, closing, market_state.min_rental_duration());
    let resolution = Resolution { to_renter, to_operator, supplier_fee, slashed: slash_amount, operator_lost };
    events::dispute_resolved(escrow.rental_address(), device_account.address(), &resolution);
    escrow.close(renter)
}
