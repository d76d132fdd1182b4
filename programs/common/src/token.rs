//! System and token CPIs, and reads of token accounts and mints.
//!
//! Token accounts and mints are read by byte offset from the base layout that SPL Token and Token-2022
//! share (Token-2022 appends its extensions after byte 165), so one code path serves both programs.

use crate::{checks::require_writable, error::AnchorError};
use pinocchio::{
    cpi::{invoke_signed, Seed, Signer},
    error::ProgramError,
    instruction::{InstructionAccount, InstructionView},
    AccountView, Address, ProgramResult,
};
use pinocchio_system::instructions::{Allocate, Assign, CreateAccount, Transfer};
use pinocchio_token::instructions::{
    ApproveChecked, AuthorityType, BurnChecked, CloseAccount, GetAccountDataSize, InitializeAccount3, InitializeMint2,
    MintToChecked, SetAuthority, TransferChecked,
};

pub const SPL_TOKEN_ID: Address = pinocchio_token::ID;
pub const TOKEN_2022_ID: Address = Address::from_str_const("TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb");
pub const SYSTEM_PROGRAM_ID: Address = pinocchio_system::ID;

/// Size of an SPL Token account; Token-2022 accounts without extensions have the same size.
pub const TOKEN_ACCOUNT_LEN: usize = 165;
/// Size of an SPL Token mint.
pub const MINT_LEN: usize = 82;

const ACCOUNT_STATE_OFFSET: usize = 108;
const MINT_DECIMALS_OFFSET: usize = 44;
const MINT_INITIALIZED_OFFSET: usize = 45;

/// The token program account must be SPL Token or Token-2022.
pub fn require_token_program(program: &AccountView) -> Result<(), ProgramError> {
    let address = program.address();
    if address != &SPL_TOKEN_ID && address != &TOKEN_2022_ID {
        return Err(AnchorError::InvalidProgramId.into());
    }
    Ok(())
}

/// An initialized token account, read in place (no copies): the fields programs check.
pub struct TokenAccount<'a> {
    data: &'a [u8],
}

impl<'a> TokenAccount<'a> {
    pub fn mint(&self) -> &'a Address {
        // SAFETY: `data` is at least 165 bytes (checked in `token_account`); `Address` is a transparent [u8; 32].
        unsafe { &*(self.data.as_ptr() as *const Address) }
    }

    pub fn owner(&self) -> &'a Address {
        // SAFETY: as in `mint`.
        unsafe { &*(self.data.as_ptr().add(32) as *const Address) }
    }

    pub fn amount(&self) -> u64 {
        // SAFETY: as in `mint`; SBPF allows the unaligned read.
        u64::from_le(unsafe { core::ptr::read_unaligned(self.data.as_ptr().add(64) as *const u64) })
    }

    /// Whether Token-2022 is in the middle of a transfer out of or into this account: the `transferring` flag of
    /// its TransferHookAccount extension, which Token-2022 sets only around its call to the mint's transfer
    /// hook. Accounts without the extension (every SPL Token account) are never transferring.
    pub fn transferring(&self) -> bool {
        let data = self.data;
        let mut at = MINT_EXTENSIONS_OFFSET;
        while at + 4 <= data.len() {
            let kind = u16::from_le_bytes([data[at], data[at + 1]]);
            let len = u16::from_le_bytes([data[at + 2], data[at + 3]]) as usize;
            if kind == EXTENSION_TRANSFER_HOOK_ACCOUNT && len >= 1 && at + 4 < data.len() {
                return data[at + 4] == 1;
            }
            at += 4 + len;
        }
        false
    }
}

/// Token-2022's extension type of the per-account transfer-hook state (the `transferring` flag).
const EXTENSION_TRANSFER_HOOK_ACCOUNT: u16 = 15;

/// A token program's multisig account: its bytes past 165 are signer keys anyone chooses, never a token account.
const MULTISIG_LEN: usize = 355;
/// Token-2022's account-type byte of a token account with extensions.
const ACCOUNT_TYPE_ACCOUNT: u8 = 2;

/// Reads an initialized token account owned by `token_program`: a base account, or a Token-2022 account whose
/// account-type byte says so (a multisig of either program is refused).
pub fn token_account<'a>(account: &'a AccountView, token_program: &Address) -> Result<TokenAccount<'a>, ProgramError> {
    if !account.owned_by(token_program) {
        return Err(AnchorError::ConstraintTokenTokenProgram.into());
    }
    let len = account.data_len();
    if len < TOKEN_ACCOUNT_LEN || len == MULTISIG_LEN {
        return Err(AnchorError::AccountDidNotDeserialize.into());
    }
    // SAFETY: length checked; token accounts are never borrowed mutably by this program while read.
    let data = unsafe { account.borrow_unchecked() };
    if len > TOKEN_ACCOUNT_LEN && data[TOKEN_ACCOUNT_LEN] != ACCOUNT_TYPE_ACCOUNT {
        return Err(AnchorError::AccountDidNotDeserialize.into());
    }
    if data[ACCOUNT_STATE_OFFSET] == 0 {
        return Err(AnchorError::AccountNotInitialized.into());
    }
    Ok(TokenAccount { data })
}

/// A token account of `mint` (owned by `token_program`), returned for further checks.
pub fn token_account_of_mint<'a>(
    account: &'a AccountView,
    mint: &Address,
    token_program: &Address,
) -> Result<TokenAccount<'a>, ProgramError> {
    let token = token_account(account, token_program)?;
    if token.mint() != mint {
        return Err(AnchorError::ConstraintTokenMint.into());
    }
    Ok(token)
}

/// A token account of `mint` owned by `owner`: the source of a transfer or burn `owner` signs.
pub fn token_account_owned_by<'a>(
    account: &'a AccountView,
    mint: &Address,
    owner: &Address,
    token_program: &Address,
) -> Result<TokenAccount<'a>, ProgramError> {
    let token = token_account_of_mint(account, mint, token_program)?;
    if token.owner() != owner {
        return Err(AnchorError::ConstraintTokenOwner.into());
    }
    Ok(token)
}

/// Reads an initialized mint owned by `token_program` and returns its decimals.
pub fn mint_decimals(mint: &AccountView, token_program: &Address) -> Result<u8, ProgramError> {
    if !mint.owned_by(token_program) {
        return Err(AnchorError::ConstraintMintTokenProgram.into());
    }
    if mint.data_len() < MINT_LEN {
        return Err(AnchorError::AccountDidNotDeserialize.into());
    }
    // SAFETY: length checked.
    let data = unsafe { mint.borrow_unchecked() };
    if data[MINT_INITIALIZED_OFFSET] == 0 {
        return Err(AnchorError::AccountNotInitialized.into());
    }
    Ok(data[MINT_DECIMALS_OFFSET])
}

/// Creates `account` (a PDA signed for by `signer_seeds`) with `space` bytes owned by `owner`, funded by
/// `payer` to rent exemption. An address someone pre-funded with lamports is still created (top-up,
/// allocate, assign), so nobody can block an initialization by sending lamports to the PDA first.
#[inline(always)] // more than five register arguments: SBPF passes at most five
pub fn create_pda_account(
    payer: &AccountView,
    account: &AccountView,
    space: usize,
    owner: &Address,
    signer_seeds: &[Seed],
) -> ProgramResult {
    require_writable(account)?;
    if !account.is_data_empty() || account.owned_by(owner) {
        return Err(AnchorError::AccountDiscriminatorAlreadySet.into());
    }
    if !account.owned_by(&SYSTEM_PROGRAM_ID) {
        return Err(AnchorError::AccountOwnedByWrongProgram.into());
    }
    let rent_exempt = crate::rent::minimum_balance(space)?;
    let signer = [Signer::from(signer_seeds)];
    let current = account.lamports();
    if current == 0 {
        return CreateAccount { from: payer, to: account, lamports: rent_exempt, space: space as u64, owner }
            .invoke_signed(&signer);
    }
    if current < rent_exempt {
        Transfer { from: payer, to: account, lamports: rent_exempt - current }.invoke()?;
    }
    Allocate { account, space: space as u64 }.invoke_signed(&signer)?;
    Assign { account, owner }.invoke_signed(&signer)
}

/// Closes an account this program owns: its lamports go to `destination` and its data is released
/// (the runtime zeroes it), so the account cannot be used again within the transaction.
pub fn close_pda_account(account: &AccountView, destination: &AccountView) -> ProgramResult {
    require_writable(destination)?;
    let (mut account, mut destination) = (*account, *destination);
    destination.set_lamports(destination.lamports() + account.lamports());
    account.set_lamports(0);
    account.close()
}

/// Creates a token account for `mint` at the PDA `account`, with `authority` as its owner.
#[inline(always)] // more than five register arguments: SBPF passes at most five
pub fn create_token_account(
    payer: &AccountView,
    account: &AccountView,
    mint: &AccountView,
    authority: &Address,
    token_program: &AccountView,
    signer_seeds: &[Seed],
) -> ProgramResult {
    let program = token_program.address();
    let space = token_account_space(mint, program)?;
    create_pda_account(payer, account, space, program, signer_seeds)?;
    InitializeAccount3::new(account, mint, authority).invoke_with_program(program)
}

/// SPL Token accounts are always 165 bytes; Token-2022 accounts grow with the mint's extensions, so ask it.
fn token_account_space(mint: &AccountView, token_program: &Address) -> Result<usize, ProgramError> {
    if token_program == &SPL_TOKEN_ID {
        return Ok(TOKEN_ACCOUNT_LEN);
    }
    GetAccountDataSize::new(mint).invoke_with_program(token_program)?;
    let (size, returned_by) = return_data_u64();
    if &returned_by != token_program {
        return Err(ProgramError::InvalidAccountData);
    }
    Ok(size as usize)
}

/// Reads an 8-byte return value and the program that set it. Calls the syscall with an 8-byte buffer:
/// pinocchio's `get_return_data` copies into a 1 KiB buffer, too big for an SBPF stack frame here.
#[cfg_attr(not(target_arch = "bpf"), allow(unused_mut))]
fn return_data_u64() -> (u64, Address) {
    let mut bytes = [0u8; 8];
    let mut program = Address::default();
    #[cfg(target_arch = "bpf")]
    {
        let len = unsafe {
            solana_define_syscall::definitions::sol_get_return_data(
                bytes.as_mut_ptr(),
                8,
                &mut program as *mut _ as *mut _,
            )
        };
        if len != 8 {
            return (0, Address::default());
        }
    }
    (u64::from_le_bytes(bytes), program)
}

/// Creates an SPL Token mint at the PDA `mint` with `authority` as mint authority and no freeze authority.
#[inline(always)] // more than five register arguments: SBPF passes at most five
pub fn create_mint(
    payer: &AccountView,
    mint: &AccountView,
    decimals: u8,
    authority: &Address,
    token_program: &AccountView,
    signer_seeds: &[Seed],
) -> ProgramResult {
    let program = token_program.address();
    create_pda_account(payer, mint, MINT_LEN, program, signer_seeds)?;
    InitializeMint2::new(mint, decimals, authority, None).invoke_with_program(program)
}

/// Creates a non-fungible's SPL Token mint at the PDA `mint` (decimals 0; `authority` both mint and freeze authority,
/// as Metaplex Token Metadata requires before it moves both to the master edition). Created here, not by Token
/// Metadata, because `create_pda_account` also takes an address someone pre-funded to block it.
pub fn create_nft_mint(
    payer: &AccountView,
    mint: &AccountView,
    authority: &Address,
    signer_seeds: &[Seed],
) -> ProgramResult {
    create_pda_account(payer, mint, MINT_LEN, &SPL_TOKEN_ID, signer_seeds)?;
    InitializeMint2::new(mint, 0, authority, Some(authority)).invoke_with_program(&SPL_TOKEN_ID)
}

/// `transfer_checked` from `from` to `to`, signed by `authority` (a PDA when `signer_seeds` is not empty).
#[inline(always)] // more than five register arguments: SBPF passes at most five
pub fn transfer_checked(
    from: &AccountView,
    mint: &AccountView,
    to: &AccountView,
    authority: &AccountView,
    amount: u64,
    decimals: u8,
    token_program: &Address,
    signer_seeds: &[Seed],
) -> ProgramResult {
    let transfer = TransferChecked::<&AccountView>::new(from, mint, to, authority, amount, decimals);
    if signer_seeds.is_empty() {
        transfer.invoke_with_program(token_program)
    } else {
        transfer.invoke_signed_with_program(&[Signer::from(signer_seeds)], token_program)
    }
}

/// Closes the empty token account `account`, sending its rent to `destination`, signed by its owner
/// `authority` (a PDA signing with `signer_seeds`).
pub fn close_token_account(
    account: &AccountView,
    destination: &AccountView,
    authority: &AccountView,
    token_program: &Address,
    signer_seeds: &[Seed],
) -> ProgramResult {
    CloseAccount::<&AccountView>::new(account, destination, authority)
        .invoke_signed_with_program(&[Signer::from(signer_seeds)], token_program)
}

/// `burn_checked` of `amount` from `account`, signed by its owner `authority` (a transaction signer, or a PDA
/// with `signer_seeds`).
#[inline(always)] // more than five register arguments: SBPF passes at most five
pub fn burn_checked(
    account: &AccountView,
    mint: &AccountView,
    authority: &AccountView,
    amount: u64,
    decimals: u8,
    token_program: &Address,
    signer_seeds: &[Seed],
) -> ProgramResult {
    let burn = BurnChecked::<&AccountView>::new(account, mint, authority, amount, decimals);
    if signer_seeds.is_empty() {
        return burn.invoke_with_program(token_program);
    }
    burn.invoke_signed_with_program(&[Signer::from(signer_seeds)], token_program)
}

/// `mint_to_checked` of `amount` into `account`, signed by the mint authority PDA (`signer_seeds`).
#[inline(always)] // more than five register arguments: SBPF passes at most five
pub fn mint_to_checked(
    mint: &AccountView,
    account: &AccountView,
    mint_authority: &AccountView,
    amount: u64,
    decimals: u8,
    token_program: &Address,
    signer_seeds: &[Seed],
) -> ProgramResult {
    MintToChecked::<&AccountView>::new(mint, account, mint_authority, amount, decimals)
        .invoke_signed_with_program(&[Signer::from(signer_seeds)], token_program)
}

/// Token metadata stored in the mint itself (Token-2022 MetadataPointer + TokenMetadata extensions): name,
/// symbol, uri and additional `(key, value)` fields.
pub struct Metadata<'a> {
    pub name: &'a str,
    pub symbol: &'a str,
    pub uri: &'a str,
    pub fields: &'a [(&'a str, &'a str)],
}

impl Metadata<'_> {
    /// Size of the TokenMetadata TLV entry: header, update authority, mint, three borsh strings and the
    /// additional-metadata vector of borsh string pairs.
    fn tlv_len(&self) -> usize {
        let fields: usize = self.fields.iter().map(|(key, value)| 8 + key.len() + value.len()).sum();
        4 + 32 + 32 + 12 + self.name.len() + self.symbol.len() + self.uri.len() + 4 + fields
    }
}

/// A Token-2022 mint to create at a PDA, with a PDA as mint authority and metadata update authority.
pub struct NewMint<'a> {
    pub payer: &'a AccountView,
    pub mint: &'a AccountView,
    pub mint_seeds: &'a [Seed<'a>],
    pub authority: &'a AccountView,
    pub authority_seeds: &'a [Seed<'a>],
    pub token_program: &'a AccountView,
    pub decimals: u8,
    /// Program called by Token-2022 on every transfer (TransferHook extension, fixed forever), if any.
    pub transfer_hook: Option<&'a Address>,
}

/// Base mint (82) padded to an account's size (165) and the account-type byte; each fixed extension adds a
/// 2-byte type, a 2-byte length and its data (MetadataPointer and TransferHook: two addresses each).
const MINT_EXTENSIONS_OFFSET: usize = TOKEN_ACCOUNT_LEN + 1;
const TWO_ADDRESS_EXTENSION_LEN: usize = 4 + 64;
const METADATA_POINTER_EXTENSION: u8 = 39;
const TRANSFER_HOOK_EXTENSION: u8 = 36;
const TOKEN_METADATA_INITIALIZE: [u8; 8] =
    crate::discriminator::namespaced("spl_token_metadata_interface:initialize_account");
const TOKEN_METADATA_UPDATE_FIELD: [u8; 8] =
    crate::discriminator::namespaced("spl_token_metadata_interface:updating_field");
/// Longest name + symbol + uri, and longest key + value of a field (instructions are built in stack buffers).
pub const MAX_METADATA_LEN: usize = 200;
pub const MAX_METADATA_FIELD_LEN: usize = 96;

/// Creates a Token-2022 mint with its metadata inside it: the account is created at the PDA with room for the
/// fixed extensions and funded for the metadata Token-2022 appends later, then the metadata pointer (to the mint
/// itself), the transfer hook (with no authority: nobody can ever swap the hook program), the mint, the metadata (update authority = the mint
/// authority) and each additional field are initialized.
pub fn create_mint_with_metadata(new: &NewMint, metadata: &Metadata) -> ProgramResult {
    let token_program = new.token_program.address();
    if token_program != &TOKEN_2022_ID {
        return Err(AnchorError::InvalidProgramId.into());
    }
    if metadata.name.len() + metadata.symbol.len() + metadata.uri.len() > MAX_METADATA_LEN
        || metadata.fields.iter().any(|(key, value)| key.len() + value.len() > MAX_METADATA_FIELD_LEN)
    {
        return Err(ProgramError::InvalidArgument);
    }
    let hooks = if new.transfer_hook.is_some() { 2 } else { 1 };
    let space = MINT_EXTENSIONS_OFFSET + hooks * TWO_ADDRESS_EXTENSION_LEN;
    create_pda_account(new.payer, new.mint, space, token_program, new.mint_seeds)?;
    let extra = crate::rent::minimum_balance(space + metadata.tlv_len())? - crate::rent::minimum_balance(space)?;
    Transfer { from: new.payer, to: new.mint, lamports: extra }.invoke()?;

    let mint = new.mint.address();
    let authority = new.authority.address();
    initialize_mint_extension(new.mint, METADATA_POINTER_EXTENSION, authority, mint)?;
    if let Some(hook_program) = new.transfer_hook {
        initialize_mint_extension(new.mint, TRANSFER_HOOK_EXTENSION, &Address::default(), hook_program)?;
    }
    InitializeMint2::new(new.mint, new.decimals, authority, None).invoke_with_program(token_program)?;

    let mut data = [0u8; 8 + 12 + MAX_METADATA_LEN];
    data[..8].copy_from_slice(&TOKEN_METADATA_INITIALIZE);
    let mut len = 8;
    for text in [metadata.name, metadata.symbol, metadata.uri] {
        len = write_borsh_string(&mut data, len, text);
    }
    let accounts = [
        InstructionAccount::writable(mint),
        InstructionAccount::readonly(authority),
        InstructionAccount::readonly(mint),
        InstructionAccount::readonly_signer(authority),
    ];
    let signer = [Signer::from(new.authority_seeds)];
    invoke_signed(
        &InstructionView { program_id: token_program, data: &data[..len], accounts: &accounts },
        &[new.mint, new.authority, new.mint, new.authority],
        &signer,
    )?;

    let accounts = [InstructionAccount::writable(mint), InstructionAccount::readonly_signer(authority)];
    for (key, value) in metadata.fields {
        let mut data = [0u8; 8 + 1 + 8 + MAX_METADATA_FIELD_LEN];
        data[..8].copy_from_slice(&TOKEN_METADATA_UPDATE_FIELD);
        data[8] = 3; // Field::Key(String)
        let len = write_borsh_string(&mut data, 9, key);
        let len = write_borsh_string(&mut data, len, value);
        invoke_signed(
            &InstructionView { program_id: token_program, data: &data[..len], accounts: &accounts },
            &[new.mint, new.authority],
            &signer,
        )?;
    }
    Ok(())
}

/// Writes `text` as a borsh string (u32 length, bytes) at `at`; returns the end. The caller sized `buffer`.
fn write_borsh_string(buffer: &mut [u8], at: usize, text: &str) -> usize {
    buffer[at..at + 4].copy_from_slice(&(text.len() as u32).to_le_bytes());
    buffer[at + 4..at + 4 + text.len()].copy_from_slice(text.as_bytes());
    at + 4 + text.len()
}

/// `Initialize` of a two-address mint extension (MetadataPointer, TransferHook): authority, then the address.
fn initialize_mint_extension(
    mint: &AccountView,
    extension: u8,
    authority: &Address,
    address: &Address,
) -> ProgramResult {
    let mut data = [0u8; 66];
    data[0] = extension;
    data[1] = 0; // Initialize
    data[2..34].copy_from_slice(authority.as_ref());
    data[34..66].copy_from_slice(address.as_ref());
    let accounts = [InstructionAccount::writable(mint.address())];
    invoke_signed(&InstructionView { program_id: &TOKEN_2022_ID, data: &data, accounts: &accounts }, &[mint], &[])
}

/// Removes the mint authority for good (`SetAuthority(MintTokens, None)`), signed by the PDA authority.
pub fn remove_mint_authority(
    mint: &AccountView,
    authority: &AccountView,
    token_program: &Address,
    signer_seeds: &[Seed],
) -> ProgramResult {
    SetAuthority::<&AccountView>::new(mint, authority, AuthorityType::MintTokens, None)
        .invoke_signed_with_program(&[Signer::from(signer_seeds)], token_program)
}

/// `approve_checked`: lets `delegate` move `amount` out of `account`, signed by its PDA owner `authority`.
#[inline(always)] // more than five register arguments: SBPF passes at most five
pub fn approve_checked(
    account: &AccountView,
    mint: &AccountView,
    delegate: &AccountView,
    authority: &AccountView,
    amount: u64,
    decimals: u8,
    token_program: &Address,
    signer_seeds: &[Seed],
) -> ProgramResult {
    ApproveChecked::<&AccountView>::new(account, mint, delegate, authority, amount, decimals)
        .invoke_signed_with_program(&[Signer::from(signer_seeds)], token_program)
}

pub const ASSOCIATED_TOKEN_PROGRAM_ID: Address =
    Address::from_str_const("ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL");

/// The account must be `wallet`'s associated token account for `mint` under `token_program`: an address
/// anyone can re-create (the ATA program's `CreateIdempotent`) if its owner closes it, so payments into it can
/// never be blocked for good. One PDA search (about 1,500 CU per bump tried).
pub fn is_associated_token_account(
    account: &AccountView,
    wallet: &Address,
    mint: &Address,
    token_program: &Address,
) -> bool {
    crate::checks::require_canonical_pda(
        account,
        &[wallet.as_ref(), token_program.as_ref(), mint.as_ref()],
        &ASSOCIATED_TOKEN_PROGRAM_ID,
    )
    .is_ok()
}

/// SPL Memo (v3). Token-2022 accounts whose owner requires incoming memos refuse any transfer not directly
/// preceded by a memo, a CPI transfer included (the memo must be the previous CPI at the same height).
pub const MEMO_PROGRAM_ID: Address = Address::from_str_const("MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr");
/// Token-2022's extension type of the "incoming transfers need a memo" account state.
const EXTENSION_MEMO_TRANSFER: u16 = 8;

/// Whether `account` (a Token-2022 account checked by the caller) requires a memo before incoming transfers: its
/// owner can switch that on at any time, and it would otherwise make every payment into it fail.
pub fn requires_incoming_memo(account: &AccountView) -> bool {
    if !account.owned_by(&TOKEN_2022_ID) || account.data_len() <= TOKEN_ACCOUNT_LEN + 1 {
        return false;
    }
    // SAFETY: read-only; a token account is never written by this program.
    let data = unsafe { account.borrow_unchecked() };
    let mut offset = TOKEN_ACCOUNT_LEN + 1;
    while offset + 4 <= data.len() {
        let kind = u16::from_le_bytes([data[offset], data[offset + 1]]);
        let len = u16::from_le_bytes([data[offset + 2], data[offset + 3]]) as usize;
        if kind == 0 {
            return false;
        }
        if kind == EXTENSION_MEMO_TRANSFER {
            return len >= 1 && data.get(offset + 4) == Some(&1);
        }
        offset += 4 + len;
    }
    false
}

/// Writes `text` with the memo program (no signers), right before a transfer into an account that requires it.
pub fn memo(memo_program: &AccountView, text: &[u8]) -> ProgramResult {
    crate::checks::require_program(memo_program, &MEMO_PROGRAM_ID)?;
    let no_accounts: [&AccountView; 0] = [];
    invoke_signed(&InstructionView { program_id: &MEMO_PROGRAM_ID, data: text, accounts: &[] }, &no_accounts, &[])
}

/// Token-2022 mint extensions that only change how a token is named or its amounts displayed, never who controls
/// balances: interest-bearing and scaled UI amounts, metadata and group pointers and data.
const DISPLAY_ONLY_EXTENSIONS: [u16; 8] = [
    10, // InterestBearingConfig
    18, // MetadataPointer
    19, // TokenMetadata
    20, // GroupPointer
    21, // TokenGroup
    22, // GroupMemberPointer
    23, // TokenGroupMember
    25, // ScaledUiAmountConfig
];
/// Where a Token-2022 mint's account type byte and its extensions (type u16, length u16, value) start.
const ACCOUNT_TYPE_OFFSET: usize = TOKEN_ACCOUNT_LEN;
const EXTENSIONS_OFFSET: usize = TOKEN_ACCOUNT_LEN + 1;
const ACCOUNT_TYPE_MINT: u8 = 1;

/// Whether `mint` is a mint whose balances no one but their holders controls: an SPL Token mint, or a Token-2022
/// mint with display-only extensions. Everything else is refused by an allow-list, because each such extension
/// breaks books kept by a program: a transfer fee makes vaults receive less than was sent, a permanent delegate
/// can drain them, a transfer hook makes every CPI transfer depend on another program, default-frozen accounts
/// and pausing can freeze them, non-transferable and confidential mints cannot be moved or read, and a close
/// authority can re-create the mint with other extensions.
pub fn has_only_display_extensions(mint: &AccountView) -> bool {
    if mint.owned_by(&SPL_TOKEN_ID) {
        return mint.data_len() == MINT_LEN;
    }
    if !mint.owned_by(&TOKEN_2022_ID) || mint.data_len() < MINT_LEN || mint.data_len() == MULTISIG_LEN {
        return false;
    }
    // SAFETY: read-only; no program writes a mint it does not own, and this one is Token-2022's.
    let data = unsafe { mint.borrow_unchecked() };
    if data.len() == MINT_LEN {
        return true;
    }
    if data.len() <= ACCOUNT_TYPE_OFFSET || data[ACCOUNT_TYPE_OFFSET] != ACCOUNT_TYPE_MINT {
        return false;
    }
    let mut offset = EXTENSIONS_OFFSET;
    while offset + 4 <= data.len() {
        let kind = u16::from_le_bytes([data[offset], data[offset + 1]]);
        let len = u16::from_le_bytes([data[offset + 2], data[offset + 3]]) as usize;
        if kind == 0 {
            break; // unused space after the last extension
        }
        if !DISPLAY_ONLY_EXTENSIONS.contains(&kind) {
            return false;
        }
        offset += 4 + len;
    }
    true
}

/// Creates `wallet`'s associated token account for `mint` (the ATA program's `CreateIdempotent`), paid by `payer`.
#[inline(always)] // more than five register arguments: SBPF passes at most five
pub fn create_associated_token_account(
    payer: &AccountView,
    account: &AccountView,
    wallet: &AccountView,
    mint: &AccountView,
    system_program: &AccountView,
    token_program: &AccountView,
) -> ProgramResult {
    let accounts = [
        InstructionAccount::writable_signer(payer.address()),
        InstructionAccount::writable(account.address()),
        InstructionAccount::readonly(wallet.address()),
        InstructionAccount::readonly(mint.address()),
        InstructionAccount::readonly(system_program.address()),
        InstructionAccount::readonly(token_program.address()),
    ];
    invoke_signed(
        &InstructionView { program_id: &ASSOCIATED_TOKEN_PROGRAM_ID, data: &[1], accounts: &accounts },
        &[payer, account, wallet, mint, system_program, token_program],
        &[],
    )
}
