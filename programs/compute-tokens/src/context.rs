//! Account loading and checks shared by the instructions.

use crate::{
    error::ComputeTokensError,
    events,
    state::{AnyPool, Bond, Config, Holder, HolderPool, NftPool, Pool, VaultPool, HOLDER_SEED},
};
use common::{
    checks::{init, load, load_mut, require_address, require_canonical_pda, AccountState},
    token::{
        create_pda_account, mint_decimals, token_account, token_account_of_mint, transfer_checked, TokenAccount,
        TOKEN_2022_ID,
    },
};
use pinocchio::{
    cpi::Seed,
    error::ProgramError,
    sysvars::{
        clock::Clock,
        instructions::{Instructions, INSTRUCTIONS_ID},
        Sysvar,
    },
    AccountView, Address,
};

/// The config, refusing with `Paused` while the admin has paused it.
pub fn load_active_config(config: &AccountView) -> Result<&Config, ProgramError> {
    let state = load::<Config>(config, &crate::ID)?;
    if state.paused() {
        return Err(ComputeTokensError::Paused.into());
    }
    Ok(state)
}

/// A pool. Owned by this program with the Pool discriminator: created by `tokenize_device` at ["pool", mint],
/// so the keys stored inside can be trusted.
pub fn load_pool(pool: &mut AccountView) -> Result<&mut Pool, ProgramError> {
    load_mut::<Pool>(pool, &crate::ID)
}

/// A bond. Owned by this program with the Bond discriminator: created by `issue_bond` at ["pool", mint].
pub fn load_bond(bond: &mut AccountView) -> Result<&mut Bond, ProgramError> {
    load_mut::<Bond>(bond, &crate::ID)
}

/// The account at ["pool", mint] of either kind, told apart by its discriminator (both are created only by this
/// program at that address).
pub fn load_any_pool(pool: &mut AccountView) -> Result<AnyPool<'_>, ProgramError> {
    Ok(if starts_as::<Bond>(pool) { AnyPool::Bond(load_bond(pool)?) } else { AnyPool::Shares(load_pool(pool)?) })
}

/// The account at `pool` is a cash-flow NFT's pool (by its discriminator; `load_nft_pool` checks the owner).
pub fn is_nft_pool(pool: &AccountView) -> bool {
    starts_as::<NftPool>(pool)
}

/// The account's data starts with `T`'s discriminator: which kind of pool lives at ["pool", mint]. Only a peek:
/// the loaders check owner and length again.
fn starts_as<T: AccountState>(account: &AccountView) -> bool {
    // SAFETY: read only when the account holds at least 8 bytes.
    account.data_len() >= 8 && unsafe { core::slice::from_raw_parts(account.data_ptr(), 8) } == T::DISCRIMINATOR
}

/// A cash-flow NFT's pool. Owned by this program with the NftPool discriminator: created by `tokenize_nft` at
/// ["pool", mint].
pub fn load_nft_pool(pool: &mut AccountView) -> Result<&mut NftPool, ProgramError> {
    load_mut::<NftPool>(pool, &crate::ID)
}

/// A pool of either kind whose operator signs this instruction.
pub fn load_operated_any_pool<'a>(
    pool: &'a mut AccountView,
    operator: &AccountView,
) -> Result<AnyPool<'a>, ProgramError> {
    common::checks::require_signer(operator)?;
    let state = load_any_pool(pool)?;
    require_operator(operator, &state.operator())?;
    Ok(state)
}

/// `operator` is the pool's operator (its signature is checked before the pool is loaded).
pub fn require_operator(operator: &AccountView, pool_operator: &Address) -> Result<(), ProgramError> {
    if pool_operator != operator.address() {
        return Err(ComputeTokensError::NotOperator.into());
    }
    Ok(())
}

/// A pool whose operator signs this instruction.
pub fn load_operated_pool<'a>(pool: &'a mut AccountView, operator: &AccountView) -> Result<&'a mut Pool, ProgramError> {
    common::checks::require_signer(operator)?;
    let state = load_pool(pool)?;
    require_operator(operator, &state.operator())?;
    Ok(state)
}

/// A Token-2022 account holding `pool`'s shares (or bond tokens).
pub fn share_account<'a>(account: &'a AccountView, pool: &impl HolderPool) -> Result<TokenAccount<'a>, ProgramError> {
    let token = token_account(account, &TOKEN_2022_ID)?;
    if token.mint() != &pool.mint() {
        return Err(ComputeTokensError::WrongMint.into());
    }
    Ok(token)
}

/// `token_account`'s checkpoint. Owned by this program with the Holder discriminator: created at
/// ["holder", pool, token account] by `open_holder` (or at tokenization or listing), so checking the two keys
/// stored inside is checking the address.
pub fn load_holder<'a>(
    holder: &'a mut AccountView,
    pool: &Address,
    token_account: &Address,
) -> Result<&'a mut Holder, ProgramError> {
    let state = load_mut::<Holder>(holder, &crate::ID)?;
    if &state.pool() != pool || &state.token_account() != token_account {
        return Err(ComputeTokensError::WrongCheckpoint.into());
    }
    Ok(state)
}

/// The cluster's unix time.
pub fn now() -> Result<i64, ProgramError> {
    Ok(Clock::get()?.unix_timestamp)
}

/// Settles `token_account`'s checkpoint, if it has one, on its current `balance` (see `settle_holder`).
/// An account without a checkpoint does not accrue: its shares are outside the accruing supply, so nothing is
/// owed to it and nothing is stranded.
#[inline(always)] // more than five register arguments (with the result): SBPF passes at most five
pub fn settle_if_accruing(
    pool: &mut impl HolderPool,
    pool_address: &Address,
    holder: &mut AccountView,
    token_account: &Address,
    balance: u64,
    now: i64,
) -> Result<(), ProgramError> {
    if !holder.owned_by(&crate::ID) {
        return Ok(());
    }
    settle_holder(pool, load_holder(holder, pool_address, token_account)?, balance, now)
}

/// Releases the pool's stream up to `now`, then settles `holder` on its account's token `balance` (with the bond
/// tokens it redeemed, see `Holder::basis` and `RevenuePool::settle`) and stores the pool's and the checkpoint's
/// new state.
pub fn settle_holder(
    pool: &mut impl HolderPool,
    holder: &mut Holder,
    balance: u64,
    now: i64,
) -> Result<(), ProgramError> {
    let mut revenue = pool.revenue();
    revenue.release(now)?;
    let mut checkpoint = holder.checkpoint();
    revenue.settle(&mut checkpoint, holder.basis(balance)?)?;
    holder.set_checkpoint(&checkpoint);
    pool.set_revenue(&revenue);
    Ok(())
}

const TRANSFER_CHECKED: u8 = 12;

/// The transaction's next instruction must be Token-2022's `transfer_checked` of `amount` shares out of
/// `source` to another account, signed by `authority`: the transfer an approval made here exists for. Token-2022
/// cannot be called from this program for a hooked mint (it would call this program back, and the runtime
/// forbids reentrancy), so the transfer is a top-level instruction, and this check makes the pair atomic.
/// Approving exactly `amount` and requiring a transfer of exactly `amount` to a different account consumes
/// the approval in the same transaction (Token-2022 clears a delegate whose allowance reaches zero; a
/// self-transfer would move nothing and leave it open).
#[inline(always)] // more than five register arguments (with the result): SBPF passes at most five
pub fn require_next_transfer(
    instructions: &AccountView,
    source: &Address,
    mint: &Address,
    authority: &Address,
    amount: u64,
) -> Result<(), ProgramError> {
    require_address(instructions, &INSTRUCTIONS_ID)?;
    let sysvar = Instructions::try_from(instructions)?;
    let next =
        sysvar.get_instruction_relative(1).map_err(|_| ProgramError::from(ComputeTokensError::TransferMustFollow))?;
    let data = next.get_instruction_data();
    let key = |i| next.get_instruction_account_at(i).map(|account| account.key);
    let matches = next.get_program_id() == &TOKEN_2022_ID
        && data.len() == 10
        && data[0] == TRANSFER_CHECKED
        && data[1..9] == amount.to_le_bytes()
        && key(0).ok() == Some(*source)
        && key(1).ok() == Some(*mint)
        && key(2).is_ok_and(|destination| destination != *source)
        && key(3).ok() == Some(*authority);
    if !matches {
        return Err(ComputeTokensError::TransferMustFollow.into());
    }
    Ok(())
}

/// Creates `token_account`'s checkpoint at ["holder", pool, token account]: its `balance` joins the accruing
/// supply and earns from now on.
#[inline(always)] // more than five register arguments: SBPF passes at most five
pub fn create_holder(
    payer: &AccountView,
    holder: &mut AccountView,
    pool: &Address,
    pool_state: &mut impl HolderPool,
    token_account: &Address,
    balance: u64,
) -> Result<(), ProgramError> {
    let mut revenue = pool_state.revenue();
    revenue.release(now()?)?; // the new checkpoint earns from now on, not on what streamed before
    let checkpoint = revenue.open(balance)?;
    pool_state.set_revenue(&revenue);
    let bump = [require_canonical_pda(holder, &[HOLDER_SEED, pool.as_ref(), token_account.as_ref()], &crate::ID)?];
    let seeds =
        [Seed::from(HOLDER_SEED), Seed::from(pool.as_ref()), Seed::from(token_account.as_ref()), Seed::from(&bump)];
    create_pda_account(payer, holder, Holder::LEN, &crate::ID, &seeds)?;
    let state = init::<Holder>(holder)?;
    state.set_pool(*pool);
    state.set_token_account(*token_account);
    state.set_checkpoint(&checkpoint);
    state.set_bump(bump[0]);
    events::holder_opened(pool, token_account, checkpoint.shares);
    Ok(())
}

/// The accounts a payment out of a pool's revenue vault goes through.
pub struct VaultAccounts<'a> {
    pub vault: &'a AccountView,
    pub destination: &'a AccountView,
    pub iosd_mint: &'a AccountView,
    pub token_program: &'a AccountView,
}

/// A payment out of a pool's revenue vault in IOSD, signed by the pool (the vault's owner).
pub struct VaultPayout<'a> {
    accounts: VaultAccounts<'a>,
    pool: AccountView,
    decimals: u8,
}

impl<'a> VaultPayout<'a> {
    /// Checks the vault is `state`'s and that it and the destination are IOSD accounts of `token_program`.
    pub fn checked(
        pool: AccountView,
        state: &impl VaultPool,
        accounts: VaultAccounts<'a>,
    ) -> Result<Self, ProgramError> {
        if &state.vault() != accounts.vault.address() {
            return Err(ComputeTokensError::WrongVault.into());
        }
        // Paid back into the vault, the amount would leave the books but not the vault.
        if accounts.destination.address() == accounts.vault.address() {
            return Err(ComputeTokensError::PayoutToOwnVault.into());
        }
        let program = accounts.token_program.address();
        token_account_of_mint(accounts.vault, accounts.iosd_mint.address(), program)?;
        token_account_of_mint(accounts.destination, accounts.iosd_mint.address(), program)?;
        let decimals = mint_decimals(accounts.iosd_mint, program)?;
        Ok(Self { accounts, pool, decimals })
    }

    /// Pays `amount` to the destination and lowers the pool's accounted vault balance by it.
    pub fn pay(&self, state: &mut impl VaultPool, amount: u64) -> Result<(), ProgramError> {
        state.set_vault_balance(state.vault_balance().checked_sub(amount).ok_or(ComputeTokensError::Overflow)?);
        if amount == 0 {
            return Ok(());
        }
        let (mint, bump) = (state.mint(), [state.bump()]);
        let seeds = crate::pool_seeds!(mint, &bump);
        let VaultAccounts { vault, destination, iosd_mint, token_program } = self.accounts;
        transfer_checked(
            vault,
            iosd_mint,
            destination,
            &self.pool,
            amount,
            self.decimals,
            token_program.address(),
            &seeds,
        )
    }
}

/// The accounts a payment out of a bond's collateral vault goes through.
pub struct CollateralAccounts<'a> {
    pub collateral_vault: &'a AccountView,
    pub destination: &'a AccountView,
    pub io_mint: &'a AccountView,
    pub io_token_program: &'a AccountView,
}

/// Pays `amount` of IO collateral out of the bond's collateral vault to the destination (an IO account), signed by
/// the bond, and records it as no longer posted.
pub fn pay_collateral(
    bond: &AccountView,
    state: &mut Bond,
    accounts: &CollateralAccounts,
    amount: u64,
) -> Result<(), ProgramError> {
    let CollateralAccounts { collateral_vault, destination, io_mint, io_token_program } = *accounts;
    require_address(collateral_vault, &state.collateral_vault())?;
    require_address(io_mint, &state.io_mint())?;
    let program = io_token_program.address();
    if program != &state.io_token_program() {
        return Err(ProgramError::IncorrectProgramId);
    }
    if destination.address() == collateral_vault.address() {
        return Err(ComputeTokensError::PayoutToOwnVault.into());
    }
    token_account_of_mint(destination, io_mint.address(), program)?;
    if amount == 0 {
        return Ok(());
    }
    let decimals = mint_decimals(io_mint, program)?;
    let (mint, bump) = (state.mint(), [state.bump()]);
    transfer_checked(
        collateral_vault,
        io_mint,
        destination,
        bond,
        amount,
        decimals,
        program,
        &crate::pool_seeds!(mint, &bump),
    )
}

/// A bond's revenue vault with what reading it needs.
pub struct BondVault<'a> {
    pub vault: &'a AccountView,
    pub iosd_mint: &'a AccountView,
    pub token_program: &'a AccountView,
}

/// Syncs the bond's vault at `now` through the waterfall (see `Bond::sync`), emitting `BondSynced` when anything
/// arrived. Every bond instruction that moves money or reads the books syncs first, so the vault is never ahead
/// of the books when it acts.
pub fn sync_bond(bond: &Address, state: &mut Bond, accounts: &BondVault, now: i64) -> Result<(), ProgramError> {
    require_address(accounts.vault, &state.vault())?;
    let balance =
        token_account_of_mint(accounts.vault, accounts.iosd_mint.address(), accounts.token_program.address())?.amount();
    let inflow = balance.checked_sub(state.vault_balance()).ok_or(ComputeTokensError::Overflow)?;
    let parts = state.sync(balance, now)?;
    if inflow > 0 {
        events::bond_synced(bond, inflow, &parts);
    }
    Ok(())
}

/// A bond whose operator signs this instruction.
pub fn load_operated_bond<'a>(bond: &'a mut AccountView, operator: &AccountView) -> Result<&'a mut Bond, ProgramError> {
    common::checks::require_signer(operator)?;
    let state = load_bond(bond)?;
    require_operator(operator, &state.operator())?;
    Ok(state)
}

/// The accounts an operator's payment into its bond's vault goes through (the vault checked by `sync_bond` first).
pub struct OperatorPayment<'a> {
    pub operator: &'a AccountView,
    pub source: &'a AccountView,
    pub vault: &'a AccountView,
    pub iosd_mint: &'a AccountView,
    pub token_program: &'a AccountView,
}

/// Moves `amount` IOSD from the operator's `source` into the vault, signed by the operator.
pub fn pay_into_vault(accounts: &OperatorPayment, amount: u64) -> Result<(), ProgramError> {
    if amount == 0 {
        return Ok(());
    }
    let OperatorPayment { operator, source, vault, iosd_mint, token_program } = *accounts;
    let program = token_program.address();
    let decimals = mint_decimals(iosd_mint, program)?;
    transfer_checked(source, iosd_mint, vault, operator, amount, decimals, program, &[])
}
