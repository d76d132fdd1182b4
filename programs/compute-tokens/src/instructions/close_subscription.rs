//! `close_subscription` (anyone, once the deadline has passed or the face value is raised). If at least the
//! minimum was raised, the principal goes to the operator (to buy the GPU), the mint's supply is fixed and
//! coupons start accruing. Otherwise the issue fails: the collateral goes back to the operator, the device's
//! payout is unlocked, revenue that reached the vault meanwhile is owed to the operator, and every subscriber can
//! `refund`. Emits `SubscriptionClosed`.
//!
use crate::{
    context::{load_bond, now, pay_collateral, CollateralAccounts, VaultAccounts, VaultPayout},
    error::ComputeTokensError,
    events, pool_seeds,
    state::{bond_status, Bond},
};
use common::{
    args::ArgsReader,
    checks::{require_address, require_program},
    error::AnchorError,
    token::{remove_mint_authority, token_account_of_mint, token_account_owned_by, TOKEN_2022_ID},
};
use pinocchio::{
    cpi::{invoke_signed, Signer},
    instruction::{InstructionAccount, InstructionView},
    AccountView, ProgramResult,
};
use rental_escrow::instructions::unlock_payout;

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("close_subscription");
pub const ARGS_LEN: usize = 0;

/// Accounts:
///   0. `[writable]` bond
///   1. `[writable]` mint: the bond mint (its authority is removed on success)
///   2. `[writable]` vault: the bond's IOSD vault
///   3. `[writable]` operator_iosd: an IOSD account of the operator (receives the principal)
///   4. `[writable]` collateral_vault: the bond's IO vault
///   5. `[writable]` operator_io: an IO account of the operator (receives the collateral of a failed issue)
///   6. `[writable]` device: the bond's device (unlocked on failure)
///   7. `[]` iosd_mint
///   8. `[]` io_mint
///   9. `[]` iosd_token_program
///  10. `[]` io_token_program
///  11. `[]` token_2022_program
///  12. `[]` rental_escrow_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [bond, mint, vault, operator_iosd, collateral_vault, operator_io, device, iosd_mint, io_mint, iosd_token_program, io_token_program, token_2022, rental_escrow_program, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    ArgsReader::new(data).finish()?;
    require_program(token_2022, &TOKEN_2022_ID)?;
    require_program(rental_escrow_program, &rental_escrow::ID)?;
    let bond_view = *bond;
    let state = load_bond(bond)?;
    require_address(mint, &state.mint())?;
    require_address(vault, &state.vault())?;
    let now = now()?;
    if state.status() != bond_status::SUBSCRIBING {
        return Err(ComputeTokensError::SubscriptionClosed.into());
    }
    if now < state.deadline() && state.raised() < state.face() {
        return Err(ComputeTokensError::SubscriptionOpen.into());
    }
    let iosd_program = iosd_token_program.address();
    let balance = token_account_of_mint(vault, iosd_mint.address(), iosd_program)?.amount();
    // The subscriptions and what the device earned while they were open.
    state.set_vault_balance(balance);
    let (operator, raised) = (state.operator(), state.raised());
    // Closed only after maturity (nobody closed it for the whole term), the bond could never pay a coupon: it fails.
    let success = raised >= state.min_raise() && now < state.maturity();
    if success {
        token_account_owned_by(operator_iosd, iosd_mint.address(), &operator, iosd_program)?;
        let accounts =
            VaultAccounts { vault, destination: operator_iosd, iosd_mint, token_program: iosd_token_program };
        VaultPayout::checked(bond_view, state, accounts)?.pay(state, raised)?;
        let (mint_address, bump) = (state.mint(), [state.bump()]);
        remove_mint_authority(mint, &bond_view, &TOKEN_2022_ID, &pool_seeds!(mint_address, &bump))?;
        state.set_status(bond_status::ACTIVE);
        state.set_start(now);
        // What the device earned meanwhile is the bond's first inflow, synced through the waterfall.
        state.set_vault_balance(0);
    } else {
        state.set_status(bond_status::FAILED);
        // Revenue earned meanwhile is the operator's; the subscriptions stay for the refunds.
        state.set_operator_owed(balance.checked_sub(raised).ok_or(ComputeTokensError::Overflow)?);
        token_account_owned_by(operator_io, io_mint.address(), &operator, io_token_program.address())?;
        let collateral = CollateralAccounts { collateral_vault, destination: operator_io, io_mint, io_token_program };
        pay_collateral(&bond_view, state, &collateral, state.collateral())?;
        state.set_collateral(0);
        unlock_bond_payout(&bond_view, state, device)?;
    }
    events::subscription_closed(bond_view.address(), raised, success);
    Ok(())
}

/// Releases the device's payout (locked to the bond's vault since the issue) through rental_escrow's
/// `unlock_payout`, signed by the bond.
pub(crate) fn unlock_bond_payout(bond: &AccountView, state: &Bond, device: &AccountView) -> ProgramResult {
    require_address(device, &state.device())?;
    let (mint, bump) = (state.mint(), [state.bump()]);
    let seeds = pool_seeds!(mint, &bump);
    let metas = [InstructionAccount::readonly_signer(bond.address()), InstructionAccount::writable(device.address())];
    invoke_signed(
        &InstructionView { program_id: &rental_escrow::ID, data: &unlock_payout::DISCRIMINATOR, accounts: &metas },
        &[bond, device],
        &[Signer::from(&seeds)],
    )
}
