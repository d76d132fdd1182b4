//! `close_subscription` (anyone, once the deadline has passed or the face value is raised). If at least the
//! minimum was raised, the principal goes to the operator (to buy the GPU), the mint's supply is fixed and
//! coupons start accruing. Otherwise the issue fails: the collateral goes back to the operator, the device's
//! payout is unlocked, revenue that reached the vault meanwhile is owed to the operator, and every subscriber can
//! `refund`.
//!
//! Issue 16, in progress: bond tokens cannot be transferred yet (the hook handles share pools only).

use crate::{
    context::now,
    error::ComputeTokensError,
    pool_seeds,
    state::{bond_status, Bond},
};
use common::{
    args::ArgsReader,
    checks::{load_mut, require_address, require_program},
    error::AnchorError,
    token::{mint_decimals, remove_mint_authority, token_account_of_mint, token_account_owned_by, transfer_checked, TOKEN_2022_ID},
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
    let state = load_mut::<Bond>(bond, &crate::ID)?;
    require_address(mint, &state.mint())?;
    require_address(vault, &state.vault())?;
    require_address(collateral_vault, &state.collateral_vault())?;
    require_address(device, &state.device())?;
    require_address(io_mint, &state.io_mint())?;
    require_program(io_token_program, &state.io_token_program())?;
    let now = now()?;
    if state.status() != bond_status::SUBSCRIBING {
        return Err(ComputeTokensError::SubscriptionClosed.into());
    }
    if now < state.deadline() && state.raised() < state.face() {
        return Err(ComputeTokensError::SubscriptionOpen.into());
    }
    let iosd_program = iosd_token_program.address();
    let balance = token_account_of_mint(vault, iosd_mint.address(), iosd_program)?.amount();
    // Revenue the device paid in while subscriptions were open: everything above the subscriptions.
    let earned = balance.checked_sub(state.raised()).ok_or(ComputeTokensError::Overflow)?;
    let operator = state.operator();
    let (mint_address, bump) = (state.mint(), [state.bump()]);
    let seeds = pool_seeds!(mint_address, &bump);

    if state.raised() >= state.min_raise() {
        token_account_owned_by(operator_iosd, iosd_mint.address(), &operator, iosd_program)?;
        let decimals = mint_decimals(iosd_mint, iosd_program)?;
        transfer_checked(vault, iosd_mint, operator_iosd, &bond_view, state.raised(), decimals, iosd_program, &seeds)?;
        remove_mint_authority(mint, &bond_view, &TOKEN_2022_ID, &seeds)?;
        state.set_status(bond_status::ACTIVE);
        state.set_start(now);
        // What the device earned meanwhile is the bond's first inflow, synced through the waterfall.
        state.set_vault_balance(0);
        return Ok(());
    }

    state.set_status(bond_status::FAILED);
    state.set_vault_balance(balance);
    state.set_operator_owed(earned);
    let collateral = state.collateral();
    if collateral > 0 {
        let io_program = io_token_program.address();
        token_account_owned_by(operator_io, io_mint.address(), &operator, io_program)?;
        let decimals = mint_decimals(io_mint, io_program)?;
        transfer_checked(collateral_vault, io_mint, operator_io, &bond_view, collateral, decimals, io_program, &seeds)?;
        state.set_collateral(0);
    }
    let metas = [InstructionAccount::readonly_signer(bond_view.address()), InstructionAccount::writable(device.address())];
    invoke_signed(
        &InstructionView { program_id: &rental_escrow::ID, data: &unlock_payout::DISCRIMINATOR, accounts: &metas },
        &[&bond_view, device],
        &[Signer::from(&seeds)],
    )
}
