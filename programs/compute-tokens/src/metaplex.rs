//! Metaplex Token Metadata by CPI, for cash-flow NFTs: `CreateV1` (metadata and master edition of a non-fungible,
//! creating its SPL Token mint), `MintV1` (its one token) and `VerifyCollectionV1` (membership of the sized
//! collection). The instruction data is Token Metadata's borsh, written here by hand (no Metaplex crate builds for
//! this target); every optional account slot Token Metadata leaves empty is passed as its own program id, as its
//! clients do. A PDA of this program signs as mint authority, update authority and verified creator. The mint is
//! created here (not by Token Metadata, whose `create_account` fails on an address someone pre-funded).

use common::{
    checks::require_address,
    error::AnchorError,
    token::{create_nft_mint, ASSOCIATED_TOKEN_PROGRAM_ID, SPL_TOKEN_ID, SYSTEM_PROGRAM_ID},
};
use pinocchio::{
    cpi::{invoke_signed, Seed, Signer},
    error::ProgramError,
    instruction::{InstructionAccount, InstructionView},
    AccountView, Address, ProgramResult,
};

pub const TOKEN_METADATA_ID: Address = Address::from_str_const("metaqbxxUerdq28cj1RbAWkYQm3ybzjb6a8bt518x1s");
pub const SYSVAR_INSTRUCTIONS_ID: Address = Address::from_str_const("Sysvar1nstructions1111111111111111111111111");

/// Token Metadata's limit on the URI (names are written by this program within 32 bytes, symbols are fixed).
pub const MAX_URI_LEN: usize = 200;

const CREATE_V1: [u8; 2] = [42, 0];
const MINT_V1: [u8; 2] = [43, 0];
const VERIFY_COLLECTION_V1: [u8; 2] = [52, 1];
const TOKEN_STANDARD_NON_FUNGIBLE: u8 = 0;
const COLLECTION_DETAILS_V1: u8 = 0;
const PRINT_SUPPLY_ZERO: u8 = 0;

/// The accounts of a non-fungible's creation and first mint.
pub struct NftAccounts<'a> {
    pub metadata: &'a AccountView,
    pub master_edition: &'a AccountView,
    /// The mint's PDA, created here (decimals 0, `authority` as mint and freeze authority).
    pub mint: &'a AccountView,
    /// Mint authority, update authority and sole verified creator (a PDA of this program, signing).
    pub authority: &'a AccountView,
    /// Pays for every account (a system account that signs).
    pub payer: &'a AccountView,
    /// The associated token account of `owner` that receives the one token (created by Token Metadata).
    pub token: &'a AccountView,
    pub owner: &'a AccountView,
    pub system_program: &'a AccountView,
    pub sysvar_instructions: &'a AccountView,
    pub token_program: &'a AccountView,
    pub associated_token_program: &'a AccountView,
    pub token_metadata_program: &'a AccountView,
}

/// The signer seeds of the mint's PDA and of the authority's PDA.
#[derive(Clone, Copy)]
pub struct NftSeeds<'a> {
    pub mint: &'a [Seed<'a>],
    pub authority: &'a [Seed<'a>],
}

/// What the metadata says.
pub struct NftData<'a> {
    pub name: &'a str,
    pub symbol: &'a str,
    pub uri: &'a str,
    /// The unverified collection the NFT will be verified into; `None` for a collection parent.
    pub collection: Option<&'a Address>,
    /// A sized collection parent (CollectionDetails V1).
    pub sized_collection: bool,
}

impl NftAccounts<'_> {
    fn check_programs(&self) -> ProgramResult {
        let programs = [
            (self.system_program, &SYSTEM_PROGRAM_ID),
            (self.sysvar_instructions, &SYSVAR_INSTRUCTIONS_ID),
            (self.associated_token_program, &ASSOCIATED_TOKEN_PROGRAM_ID),
            (self.token_metadata_program, &TOKEN_METADATA_ID),
        ];
        for (account, id) in programs {
            common::checks::require_address(account, id)
                .map_err(|_| ProgramError::from(AnchorError::InvalidProgramId))?;
        }
        Ok(())
    }
}

/// Creates the mint, then its metadata and master edition (print supply zero: a one-of-one; the mint and freeze
/// authority move to the master edition) and mints its one token to `owner`'s associated account. The seeds are the
/// mint PDA's and the authority PDA's.
pub fn create_nft(accounts: &NftAccounts, data: &NftData, seeds: &NftSeeds) -> ProgramResult {
    accounts.check_programs()?;
    let NftSeeds { mint: mint_seeds, authority: authority_seeds } = *seeds;
    require_address(accounts.token_program, &SPL_TOKEN_ID)
        .map_err(|_| ProgramError::from(AnchorError::InvalidProgramId))?;
    create_nft_mint(accounts.payer, accounts.mint, accounts.authority.address(), mint_seeds)?;
    let signers = [Signer::from(authority_seeds)];
    let NftAccounts { metadata, master_edition, mint, authority, payer, token, owner, .. } = *accounts;
    let (system, sysvar, token_program, ata, tm) = (
        accounts.system_program,
        accounts.sysvar_instructions,
        accounts.token_program,
        accounts.associated_token_program,
        accounts.token_metadata_program,
    );

    let mut buffer = [0u8; 400];
    let mut args = Borsh::new(&mut buffer);
    args.bytes(&CREATE_V1)?;
    args.str(data.name)?;
    args.str(data.symbol)?;
    args.str(data.uri)?;
    args.u16(0)?; // seller fee basis points
    args.u8(1)?; // creators: Some(vec![authority, verified, 100%])
    args.u32(1)?;
    args.bytes(authority.address().as_ref())?;
    args.u8(1)?;
    args.u8(100)?;
    args.u8(0)?; // primary sale happened
    args.u8(1)?; // mutable: the authority is this program's PDA, which never updates it
    args.u8(TOKEN_STANDARD_NON_FUNGIBLE)?;
    match data.collection {
        Some(key) => {
            args.u8(1)?;
            args.u8(0)?; // verified by VerifyCollectionV1 below, never at creation
            args.bytes(key.as_ref())?;
        }
        None => args.u8(0)?,
    }
    args.u8(0)?; // uses
    if data.sized_collection {
        args.u8(1)?;
        args.u8(COLLECTION_DETAILS_V1)?;
        args.u64(0)?;
    } else {
        args.u8(0)?;
    }
    args.u8(0)?; // rule set
    args.u8(0)?; // decimals (a non-fungible's are 0)
    args.u8(1)?; // print supply: Some(Zero)
    args.u8(PRINT_SUPPLY_ZERO)?;
    let create_data = args.finish();
    let create_metas = [
        InstructionAccount::writable(metadata.address()),
        InstructionAccount::writable(master_edition.address()),
        InstructionAccount::writable(mint.address()),
        InstructionAccount::readonly_signer(authority.address()),
        InstructionAccount::writable_signer(payer.address()),
        InstructionAccount::readonly_signer(authority.address()),
        InstructionAccount::readonly(system.address()),
        InstructionAccount::readonly(sysvar.address()),
        InstructionAccount::readonly(token_program.address()),
    ];
    invoke_signed(
        &InstructionView { program_id: &TOKEN_METADATA_ID, data: create_data, accounts: &create_metas },
        &[metadata, master_edition, mint, authority, payer, authority, system, sysvar, token_program],
        &signers,
    )?;

    // amount 1, no authorization data
    let mut mint_data = [0u8; 11];
    mint_data[..2].copy_from_slice(&MINT_V1);
    mint_data[2..10].copy_from_slice(&1u64.to_le_bytes());
    let none = tm.address();
    let mint_metas = [
        InstructionAccount::writable(token.address()),
        InstructionAccount::readonly(owner.address()),
        InstructionAccount::readonly(metadata.address()),
        InstructionAccount::writable(master_edition.address()),
        InstructionAccount::readonly(none), // token record (programmable NFTs only)
        InstructionAccount::writable(mint.address()),
        InstructionAccount::readonly_signer(authority.address()),
        InstructionAccount::readonly(none), // delegate record
        InstructionAccount::writable_signer(payer.address()),
        InstructionAccount::readonly(system.address()),
        InstructionAccount::readonly(sysvar.address()),
        InstructionAccount::readonly(token_program.address()),
        InstructionAccount::readonly(ata.address()),
        InstructionAccount::readonly(none), // authorization rules program
        InstructionAccount::readonly(none), // authorization rules
    ];
    invoke_signed(
        &InstructionView { program_id: &TOKEN_METADATA_ID, data: &mint_data, accounts: &mint_metas },
        &[
            token,
            owner,
            metadata,
            master_edition,
            tm,
            mint,
            authority,
            tm,
            payer,
            system,
            sysvar,
            token_program,
            ata,
            tm,
            tm,
        ],
        &signers,
    )
}

/// The collection's side of a verification.
pub struct CollectionAccounts<'a> {
    /// The collection's update authority (a PDA of this program, signing).
    pub authority: &'a AccountView,
    pub mint: &'a AccountView,
    pub metadata: &'a AccountView,
    pub master_edition: &'a AccountView,
}

/// Verifies the NFT whose metadata is `item_metadata` as a member of the collection (its size grows by one).
pub fn verify_collection(
    item_metadata: &AccountView,
    collection: &CollectionAccounts,
    nft: &NftAccounts,
    signers: &[Signer],
) -> ProgramResult {
    let CollectionAccounts { authority, mint, metadata, master_edition } = *collection;
    let (system, sysvar, tm) = (nft.system_program, nft.sysvar_instructions, nft.token_metadata_program);
    let metas = [
        InstructionAccount::readonly_signer(authority.address()),
        InstructionAccount::readonly(tm.address()), // delegate record
        InstructionAccount::writable(item_metadata.address()),
        InstructionAccount::readonly(mint.address()),
        InstructionAccount::writable(metadata.address()),
        InstructionAccount::readonly(master_edition.address()),
        InstructionAccount::readonly(system.address()),
        InstructionAccount::readonly(sysvar.address()),
    ];
    invoke_signed(
        &InstructionView { program_id: &TOKEN_METADATA_ID, data: &VERIFY_COLLECTION_V1, accounts: &metas },
        &[authority, tm, item_metadata, mint, metadata, master_edition, system, sysvar],
        signers,
    )
}

/// A borsh writer over a fixed buffer.
struct Borsh<'a> {
    buffer: &'a mut [u8],
    len: usize,
}

impl<'a> Borsh<'a> {
    fn new(buffer: &'a mut [u8]) -> Self {
        Self { buffer, len: 0 }
    }

    fn bytes(&mut self, bytes: &[u8]) -> ProgramResult {
        let end = self.len.checked_add(bytes.len()).filter(|end| *end <= self.buffer.len());
        let end = end.ok_or(ProgramError::InvalidInstructionData)?;
        self.buffer[self.len..end].copy_from_slice(bytes);
        self.len = end;
        Ok(())
    }

    fn u8(&mut self, value: u8) -> ProgramResult {
        self.bytes(&[value])
    }

    fn u16(&mut self, value: u16) -> ProgramResult {
        self.bytes(&value.to_le_bytes())
    }

    fn u32(&mut self, value: u32) -> ProgramResult {
        self.bytes(&value.to_le_bytes())
    }

    fn u64(&mut self, value: u64) -> ProgramResult {
        self.bytes(&value.to_le_bytes())
    }

    fn str(&mut self, value: &str) -> ProgramResult {
        self.u32(value.len() as u32)?;
        self.bytes(value.as_bytes())
    }

    fn finish(self) -> &'a [u8] {
        &self.buffer[..self.len]
    }
}
