//! `tokenize_nft(term, uri)`: the operator sells a device's revenue for `term` seconds as one
//! Metaplex NFT that every wallet and marketplace shows. Creates the NFT's SPL Token mint (PDA
//! ["nft", config.pool_count]) and, by CPI into Token Metadata, its metadata and master edition (a one-of-one), with the pool PDA as mint and
//! update authority and sole verified creator, named after the device ("8x GPU c2 eu-central-1", symbol GPUCF); mints the one token to the operator's associated account; verifies
//! it into the "GPU cash-flow NFTs" collection (the config PDA signs as its authority). Then the pool and its IOSD
//! vault, and the device's payout locked into the vault until the term's end, exactly as for shares. The device's
//! class, GPUs, region, the term's end and the split are kept in the pool, on chain. No transfer hook: the NFT
//! trades unchanged anywhere, and whoever holds it when claiming collects what is unclaimed.

use crate::{
    context::load_active_config,
    error::ComputeTokensError,
    events,
    instructions::tokenize_device::{lock_device_payout, tokenizable_device, LockAccounts},
    metadata::nft_name,
    metaplex::{self, CollectionAccounts, NftAccounts, NftData, NftSeeds, MAX_URI_LEN},
    pool_seeds,
    state::{Config, NftPool, CONFIG_SEED, NFT_COLLECTION_SEED, NFT_SEED, POOL_SEED, VAULT_SEED},
};
use common::{
    args::ArgsReader,
    checks::{init, load_mut, require_address, require_canonical_pda, require_payer, require_program, AccountState},
    error::AnchorError,
    token::{create_pda_account, create_token_account, SPL_TOKEN_ID},
};
use pinocchio::{
    cpi::{Seed, Signer},
    error::ProgramError,
    sysvars::{clock::Clock, Sysvar},
    AccountView, ProgramResult,
};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("tokenize_nft");
/// Borsh size of the arguments with empty strings (checked against the IDL).
pub const ARGS_LEN: usize = 8 + 4;

/// Every cash-flow NFT's symbol; the name is written from the device (`metadata::nft_name`).
pub const NFT_SYMBOL: &str = "GPUCF";

struct NftArgs<'a> {
    term: i64,
    uri: &'a str,
}

impl<'a> NftArgs<'a> {
    fn parse(data: &'a [u8]) -> Result<Self, ProgramError> {
        let mut reader = ArgsReader::new(data);
        let args = Self { term: reader.read()?, uri: reader.read_str()? };
        reader.finish()?;
        if args.term <= 0 {
            return Err(ComputeTokensError::InvalidTerm.into());
        }
        if args.uri.len() > MAX_URI_LEN {
            return Err(ComputeTokensError::MetadataTooLong.into());
        }
        Ok(args)
    }
}

/// Accounts:
///   0. `[signer, writable]` operator: the device's operator; pays for every account created
///   1. `[writable]` config: counts pools (the mint's seed); the collection's authority
///   2. `[]` market: rental_escrow's market the config is bound to
///   3. `[writable]` device: the operator's device in rental_escrow, paid in IOSD, payout not locked
///   4. `[writable]` mint: PDA ["nft", config.pool_count], created
///   5. `[writable]` pool: PDA ["pool", mint], created
///   6. `[writable]` vault: PDA ["vault", pool], IOSD token account owned by the pool, created
///   7. `[]` iosd_mint
///   8. `[writable]` metadata: Token Metadata's PDA of the mint, created
///   9. `[writable]` master_edition: Token Metadata's PDA, created
///  10. `[writable]` operator_nft: the operator's associated account of the mint, created
///  11. `[]` collection_mint: PDA ["nft-collection"]
///  12. `[writable]` collection_metadata
///  13. `[]` collection_master_edition
///  14. `[]` token_program: SPL Token
///  15. `[]` iosd_token_program
///  16. `[]` associated_token_program
///  17. `[]` system_program
///  18. `[]` sysvar_instructions
///  19. `[]` token_metadata_program
///  20. `[]` rental_escrow_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [operator, config, market, device, mint, pool, vault, iosd_mint, metadata, master_edition, operator_nft, collection_mint, collection_metadata, collection_master_edition, token_program, iosd_token_program, ata_program, system_program, sysvar_instructions, token_metadata_program, rental_escrow_program, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let args = NftArgs::parse(data)?;

    require_payer(operator)?;
    require_program(token_program, &SPL_TOKEN_ID)?;
    require_program(rental_escrow_program, &rental_escrow::ID)?;
    let config_state = load_active_config(config)?;
    require_address(market, &config_state.market())?;
    require_address(iosd_mint, &config_state.iosd_mint())?;
    require_program(iosd_token_program, &config_state.iosd_token_program())?;
    let (operator_bps, config_bump) = (config_state.operator_bps(), [config_state.bump()]);
    let pool_number = config_state.pool_count().to_le_bytes();
    // The one collection, created by `create_nft_collection` (a look-alike or a missing one is refused here).
    if require_canonical_pda(collection_mint, &[NFT_COLLECTION_SEED], &crate::ID).is_err()
        || !collection_mint.owned_by(&SPL_TOKEN_ID)
    {
        return Err(ComputeTokensError::WrongCollection.into());
    }

    let device_state = tokenizable_device(device, operator, iosd_mint)?;
    let (device_class, gpu_count, region) =
        (device_state.device_class(), device_state.gpu_count(), device_state.region());
    let term_end = Clock::get()?.unix_timestamp.checked_add(args.term).ok_or(ComputeTokensError::Overflow)?;

    let mint_bump = [require_canonical_pda(mint, &[NFT_SEED, &pool_number], &crate::ID)?];
    let pool_bump = [require_canonical_pda(pool, &[POOL_SEED, mint.address().as_ref()], &crate::ID)?];
    let vault_bump = [require_canonical_pda(vault, &[VAULT_SEED, pool.address().as_ref()], &crate::ID)?];
    let pool_seeds = pool_seeds!(mint.address(), &pool_bump);
    let mint_seeds = [Seed::from(NFT_SEED), Seed::from(&pool_number), Seed::from(&mint_bump)];
    let config_seeds = [Seed::from(CONFIG_SEED), Seed::from(&config_bump)];

    create_pda_account(operator, pool, NftPool::LEN, &crate::ID, &pool_seeds)?;
    let nft = NftAccounts {
        metadata,
        master_edition,
        mint,
        authority: pool,
        payer: operator,
        token: operator_nft,
        owner: operator,
        system_program,
        sysvar_instructions,
        token_program,
        associated_token_program: ata_program,
        token_metadata_program,
    };
    // The name says what the device is, in the program's words, so the collection's badge vouches only for what the
    // program wrote; the operator chooses the URI (its JSON: `nftJson` in the SDK writes it from the pool).
    let mut name = [0u8; 32];
    let data = NftData {
        name: nft_name(gpu_count, device_class, &region, &mut name),
        symbol: NFT_SYMBOL,
        uri: args.uri,
        collection: Some(collection_mint.address()),
        sized_collection: false,
    };
    metaplex::create_nft(&nft, &data, &NftSeeds { mint: &mint_seeds, authority: &pool_seeds })?;
    let collection = CollectionAccounts {
        authority: config,
        mint: collection_mint,
        metadata: collection_metadata,
        master_edition: collection_master_edition,
    };
    metaplex::verify_collection(metadata, &collection, &nft, &[Signer::from(&config_seeds)])?;
    create_token_account(
        operator,
        vault,
        iosd_mint,
        pool.address(),
        iosd_token_program,
        &[Seed::from(VAULT_SEED), Seed::from(pool.address().as_ref()), Seed::from(&vault_bump)],
    )?;

    let (pool_address, pool_view) = (*pool.address(), *pool);
    let state = init::<NftPool>(pool)?;
    state.set_device(*device.address());
    state.set_operator(*operator.address());
    state.set_mint(*mint.address());
    state.set_vault(*vault.address());
    state.set_term_end(term_end);
    state.set_operator_bps(operator_bps);
    state.set_device_class(device_class);
    state.set_gpu_count(gpu_count);
    state.set_region(region);
    state.set_bump(pool_bump[0]);
    state.set_vault_bump(vault_bump[0]);
    lock_device_payout(&LockAccounts { operator, pool: &pool_view, market, device, vault }, term_end, &pool_seeds)?;
    events::nft_tokenized(&pool_address, state, metadata.address());

    let config_state = load_mut::<Config>(config, &crate::ID)?;
    config_state.set_pool_count(config_state.pool_count() + 1);
    Ok(())
}
