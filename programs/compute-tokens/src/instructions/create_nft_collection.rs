//! `create_nft_collection(uri)` (admin, once): creates the sized Metaplex collection every cash-flow NFT is a
//! verified member of, "GPU cash-flow NFTs": its mint at PDA ["nft-collection"], metadata and master edition, and
//! its one token in the config PDA's associated account. The config PDA is its mint authority (then the master
//! edition's), update authority and verified creator, so only `tokenize_nft` can verify members. A separate step
//! from `initialize`, which needs no Token Metadata program: deployments that never mint NFTs can skip it.

use crate::{
    error::ComputeTokensError,
    events,
    metaplex::{self, NftAccounts, NftData, NftSeeds, MAX_URI_LEN},
    state::{Config, CONFIG_SEED, NFT_COLLECTION_SEED},
};
use common::{
    args::ArgsReader,
    checks::{load, require_canonical_pda, require_payer, require_program},
    error::AnchorError,
    token::SPL_TOKEN_ID,
};
use pinocchio::{cpi::Seed, AccountView, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("create_nft_collection");
/// Borsh size of the arguments with an empty uri (checked against the IDL).
pub const ARGS_LEN: usize = 4;

pub const COLLECTION_NAME: &str = "GPU cash-flow NFTs";
pub const COLLECTION_SYMBOL: &str = "GPUCF";

/// Accounts:
///   0. `[signer, writable]` admin: the config's admin; pays
///   1. `[]` config
///   2. `[writable]` collection_mint: PDA ["nft-collection"], created
///   3. `[writable]` collection_metadata: Token Metadata's PDA of the mint, created
///   4. `[writable]` collection_master_edition: Token Metadata's PDA, created
///   5. `[writable]` config_token: the config PDA's associated account of the mint, created
///   6. `[]` token_program: SPL Token
///   7. `[]` associated_token_program
///   8. `[]` system_program
///   9. `[]` sysvar_instructions
///  10. `[]` token_metadata_program
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [admin, config, mint, metadata, master_edition, config_token, token_program, ata_program, system_program, sysvar_instructions, token_metadata_program, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let uri = reader.read_str()?;
    reader.finish()?;
    if uri.len() > MAX_URI_LEN {
        return Err(ComputeTokensError::MetadataTooLong.into());
    }
    require_payer(admin)?;
    require_program(token_program, &SPL_TOKEN_ID)?;
    let state = load::<Config>(config, &crate::ID)?;
    if &state.admin() != admin.address() {
        return Err(ComputeTokensError::NotAdmin.into());
    }
    let config_bump = [state.bump()];
    let mint_bump = [require_canonical_pda(mint, &[NFT_COLLECTION_SEED], &crate::ID)?];
    // Created once: a mint there is the collection (a donation of lamports alone does not block it).
    if !mint.is_data_empty() {
        return Err(ComputeTokensError::NftCollectionExists.into());
    }
    let config_seeds = [Seed::from(CONFIG_SEED), Seed::from(&config_bump)];
    let mint_seeds = [Seed::from(NFT_COLLECTION_SEED), Seed::from(&mint_bump)];
    metaplex::create_nft(
        &NftAccounts {
            metadata,
            master_edition,
            mint,
            authority: config,
            payer: admin,
            token: config_token,
            owner: config,
            system_program,
            sysvar_instructions,
            token_program,
            associated_token_program: ata_program,
            token_metadata_program,
        },
        &NftData { name: COLLECTION_NAME, symbol: COLLECTION_SYMBOL, uri, collection: None, sized_collection: true },
        &NftSeeds { mint: &mint_seeds, authority: &config_seeds },
    )?;
    events::nft_collection_created(mint.address(), metadata.address());
    Ok(())
}
