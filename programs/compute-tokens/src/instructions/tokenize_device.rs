//! `tokenize_device(shares, term, distribution_period, name, symbol, uri)`: the operator turns a device's revenue
//! for `term` seconds into `shares` Token-2022 shares. Creates the share mint (metadata and transfer hook inside
//! it), the hook's account list, the pool and its IOSD revenue vault; locks the device's earnings into the vault
//! in rental_escrow until the term's end (so no rental runs past it); mints every share to the operator's
//! associated account (with a checkpoint, so they accrue) and removes the mint authority, fixing the supply for
//! good. Holders' revenue streams over `distribution_period` seconds after each sync.

use crate::{
    context::{create_holder, load_active_config},
    error::ComputeTokensError,
    events, hook,
    metadata::{self, MAX_NAME_LEN, MAX_SYMBOL_LEN, MAX_URI_LEN},
    pool_seeds,
    state::{
        Config, Pool, EXTRA_ACCOUNT_METAS_SEED, MAX_DISTRIBUTION_PERIOD, MIN_DISTRIBUTION_PERIOD, POOL_SEED,
        SHARES_SEED, VAULT_SEED,
    },
};
use common::{
    args::ArgsReader,
    checks::{
        init, load, load_mut, require_address, require_canonical_pda, require_payer, require_program, AccountState,
    },
    error::AnchorError,
    token::{
        create_associated_token_account, create_mint_with_metadata, create_pda_account, create_token_account,
        mint_to_checked, remove_mint_authority, Metadata, NewMint, ASSOCIATED_TOKEN_PROGRAM_ID, SYSTEM_PROGRAM_ID,
        TOKEN_2022_ID,
    },
};
use pinocchio::{
    cpi::{invoke_signed, Seed, Signer},
    error::ProgramError,
    instruction::{InstructionAccount, InstructionView},
    sysvars::{clock::Clock, Sysvar},
    AccountView, Address, ProgramResult,
};
use rental_escrow::{instructions::lock_payout, state::Device};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("tokenize_device");

/// Borsh size of the arguments with empty strings (checked against the IDL).
pub const ARGS_LEN: usize = 8 + 8 + 8 + 3 * 4;

pub struct TokenizeArgs<'a> {
    pub shares: u64,
    /// Seconds from now to the end of the term.
    pub term: i64,
    /// Seconds each inflow's holders' part is streamed over.
    pub distribution_period: i64,
    pub name: &'a str,
    pub symbol: &'a str,
    pub uri: &'a str,
}

impl<'a> TokenizeArgs<'a> {
    fn parse(data: &'a [u8]) -> Result<Self, ProgramError> {
        let mut reader = ArgsReader::new(data);
        let args = Self {
            shares: reader.read()?,
            term: reader.read()?,
            distribution_period: reader.read()?,
            name: reader.read_str()?,
            symbol: reader.read_str()?,
            uri: reader.read_str()?,
        };
        reader.finish()?;
        if args.shares == 0 {
            return Err(ComputeTokensError::InvalidShares.into());
        }
        if args.term <= 0 {
            return Err(ComputeTokensError::InvalidTerm.into());
        }
        if !(MIN_DISTRIBUTION_PERIOD..=MAX_DISTRIBUTION_PERIOD).contains(&args.distribution_period) {
            return Err(ComputeTokensError::InvalidDistributionPeriod.into());
        }
        if args.name.len() > MAX_NAME_LEN || args.symbol.len() > MAX_SYMBOL_LEN || args.uri.len() > MAX_URI_LEN {
            return Err(ComputeTokensError::MetadataTooLong.into());
        }
        Ok(args)
    }
}

/// Accounts:
///   0. `[signer, writable]` operator: the device's operator; pays for every account created
///   1. `[writable]` config: counts pools (the mint's seed)
///   2. `[]` market: rental_escrow's market the config is bound to
///   3. `[writable]` device: the operator's device in rental_escrow, paid in IOSD, payout not locked
///   4. `[writable]` mint: PDA ["shares", config.pool_count], created
///   5. `[writable]` pool: PDA ["pool", mint], created
///   6. `[writable]` extra_account_metas: PDA ["extra-account-metas", mint], created
///   7. `[writable]` vault: PDA ["vault", pool], IOSD token account owned by the pool, created
///   8. `[]` iosd_mint
///   9. `[writable]` operator_shares: the operator's associated account for the mint, created
///  10. `[writable]` operator_holder: PDA ["holder", pool, operator_shares], created
///  11. `[]` token_2022_program
///  12. `[]` iosd_token_program
///  13. `[]` associated_token_program
///  14. `[]` system_program
///  15. `[]` rental_escrow_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [operator, config, market, device, mint, pool, metas, vault, iosd_mint, operator_shares, operator_holder, token_2022, iosd_token_program, ata_program, system_program, rental_escrow_program, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let args = TokenizeArgs::parse(data)?;

    require_payer(operator)?;
    require_program(token_2022, &TOKEN_2022_ID)?;
    require_program(ata_program, &ASSOCIATED_TOKEN_PROGRAM_ID)?;
    require_program(system_program, &SYSTEM_PROGRAM_ID)?;
    require_program(rental_escrow_program, &rental_escrow::ID)?;
    let config_state = load_active_config(config)?;
    require_address(market, &config_state.market())?;
    require_address(iosd_mint, &config_state.iosd_mint())?;
    require_program(iosd_token_program, &config_state.iosd_token_program())?;
    let operator_bps = config_state.operator_bps();
    let pool_number = config_state.pool_count().to_le_bytes();

    let device_state = tokenizable_device(device, operator, iosd_mint)?;
    let (device_class, gpu_count) = (device_state.device_class(), device_state.gpu_count());
    let term_end = Clock::get()?.unix_timestamp.checked_add(args.term).ok_or(ComputeTokensError::Overflow)?;

    let mint_bump = [require_canonical_pda(mint, &[SHARES_SEED, &pool_number], &crate::ID)?];
    let pool_bump = [require_canonical_pda(pool, &[POOL_SEED, mint.address().as_ref()], &crate::ID)?];
    let vault_bump = [require_canonical_pda(vault, &[VAULT_SEED, pool.address().as_ref()], &crate::ID)?];
    let pool_seeds = pool_seeds!(mint.address(), &pool_bump);

    create_pda_account(operator, pool, Pool::LEN, &crate::ID, &pool_seeds)?;
    create_share_mint(
        &NewMint {
            payer: operator,
            mint,
            mint_seeds: &[Seed::from(SHARES_SEED), Seed::from(&pool_number), Seed::from(&mint_bump)],
            authority: pool,
            authority_seeds: &pool_seeds,
            token_program: token_2022,
            decimals: 0,
            transfer_hook: Some(&crate::ID),
        },
        &args,
        device.address(),
        &Terms { device_class, gpu_count, operator_bps, term_end },
    )?;
    create_extra_account_metas(operator, metas, mint, pool)?;
    create_token_account(
        operator,
        vault,
        iosd_mint,
        pool.address(),
        iosd_token_program,
        &[Seed::from(VAULT_SEED), Seed::from(pool.address().as_ref()), Seed::from(&vault_bump)],
    )?;

    create_associated_token_account(operator, operator_shares, operator, mint, system_program, token_2022)?;
    mint_to_checked(mint, operator_shares, pool, args.shares, 0, &TOKEN_2022_ID, &pool_seeds)?;
    remove_mint_authority(mint, pool, &TOKEN_2022_ID, &pool_seeds)?;

    let (pool_address, pool_view) = (*pool.address(), *pool);
    let pool_state = init::<Pool>(pool)?;
    pool_state.set_device(*device.address());
    pool_state.set_operator(*operator.address());
    pool_state.set_mint(*mint.address());
    pool_state.set_vault(*vault.address());
    pool_state.set_shares(args.shares);
    pool_state.set_term_end(term_end);
    pool_state.set_operator_bps(operator_bps);
    pool_state.set_distribution_period(args.distribution_period);
    pool_state.set_last_release(term_end - args.term); // now
    pool_state.set_bump(pool_bump[0]);
    pool_state.set_vault_bump(vault_bump[0]);
    create_holder(operator, operator_holder, &pool_address, pool_state, operator_shares.address(), args.shares)?;
    lock_device_payout(&LockAccounts { operator, pool: &pool_view, market, device, vault }, term_end, &pool_seeds)?;
    events::device_tokenized(&pool_address, pool_state);

    let config_state = load_mut::<Config>(config, &crate::ID)?;
    config_state.set_pool_count(config_state.pool_count() + 1);
    Ok(())
}

/// The device and the terms written into the metadata fields.
#[derive(Clone, Copy)]
struct Terms {
    device_class: u8,
    gpu_count: u32,
    operator_bps: u16,
    term_end: i64,
}

/// The share mint with its metadata: name, symbol, uri, and the device, its class and GPUs, the split and
/// the term's end as text fields.
#[inline(never)] // keeps the text buffers out of `process`'s stack frame
fn create_share_mint(new: &NewMint, args: &TokenizeArgs, device: &Address, terms: &Terms) -> ProgramResult {
    let Terms { device_class, gpu_count, operator_bps, term_end } = *terms;
    let (mut address, mut class, mut gpus, mut split, mut end) = ([0; 44], [0; 20], [0; 20], [0; 12], [0; 20]);
    let fields = [
        (metadata::FIELD_DEVICE, metadata::base58(device, &mut address)),
        (metadata::FIELD_CLASS, metadata::decimal(device_class as u64, &mut class)),
        (metadata::FIELD_GPUS, metadata::decimal(gpu_count as u64, &mut gpus)),
        (metadata::FIELD_SPLIT, metadata::split(operator_bps, &mut split)),
        (metadata::FIELD_TERM_END, metadata::decimal(term_end as u64, &mut end)),
    ];
    create_mint_with_metadata(new, &Metadata { name: args.name, symbol: args.symbol, uri: args.uri, fields: &fields })
}

pub(crate) struct LockAccounts<'a> {
    pub operator: &'a AccountView,
    pub pool: &'a AccountView,
    pub market: &'a AccountView,
    pub device: &'a AccountView,
    pub vault: &'a AccountView,
}

/// rental_escrow `lock_payout(term_end)`: the device now pays into the vault, no rental of it may run past the
/// term, and only this pool can unlock it.
/// The operator's device, as tokenizing it (in shares or bonds) requires: owned by rental_escrow with the Device
/// discriminator (rental_escrow created it for the operator inside), `operator`'s, paid in IOSD, payout not locked.
pub(crate) fn tokenizable_device<'a>(
    device: &'a AccountView,
    operator: &AccountView,
    iosd_mint: &AccountView,
) -> Result<&'a Device, ProgramError> {
    let state = load::<Device>(device, &rental_escrow::ID)?;
    if &state.operator() != operator.address() {
        return Err(ComputeTokensError::NotOperator.into());
    }
    if state.payout_locked() {
        return Err(ComputeTokensError::PayoutAlreadyLocked.into());
    }
    if &state.payment_mint() != iosd_mint.address() {
        return Err(ComputeTokensError::DeviceNotPaidInIosd.into());
    }
    Ok(state)
}

/// Creates the transfer hook's validation account of `mint` (PDA ["extra-account-metas", mint], paid by `payer`) and
/// writes its account list for `pool` (a share pool or a bond).
pub(crate) fn create_extra_account_metas(
    payer: &AccountView,
    metas: &mut AccountView,
    mint: &AccountView,
    pool: &AccountView,
) -> ProgramResult {
    let bump = [require_canonical_pda(metas, &[EXTRA_ACCOUNT_METAS_SEED, mint.address().as_ref()], &crate::ID)?];
    let seeds = [Seed::from(EXTRA_ACCOUNT_METAS_SEED), Seed::from(mint.address().as_ref()), Seed::from(&bump)];
    create_pda_account(payer, metas, hook::EXTRA_ACCOUNT_METAS_LEN, &crate::ID, &seeds)?;
    let list = hook::extra_account_metas(pool.address());
    // SAFETY: created just above with exactly this length, owned by this program, not borrowed elsewhere.
    unsafe { core::slice::from_raw_parts_mut(metas.data_mut_ptr(), list.len()) }.copy_from_slice(&list);
    Ok(())
}

pub(crate) fn lock_device_payout(accounts: &LockAccounts, term_end: i64, pool_seeds: &[Seed]) -> ProgramResult {
    let LockAccounts { operator, pool, market, device, vault } = *accounts;
    let mut data = [0u8; 16];
    data[..8].copy_from_slice(&lock_payout::DISCRIMINATOR);
    data[8..].copy_from_slice(&term_end.to_le_bytes());
    let metas = [
        InstructionAccount::readonly_signer(operator.address()),
        InstructionAccount::readonly_signer(pool.address()),
        InstructionAccount::readonly(market.address()),
        InstructionAccount::writable(device.address()),
        InstructionAccount::readonly(vault.address()),
    ];
    invoke_signed(
        &InstructionView { program_id: &rental_escrow::ID, data: &data, accounts: &metas },
        &[operator, pool, market, device, vault],
        &[Signer::from(pool_seeds)],
    )
}
