//! `initialize`: creates the config and the IOSD mint, whose mint authority is the config PDA.

use crate::{
    error::IosdError,
    state::{Config, CONFIG_SEED, IOSD_DECIMALS, IOSD_MINT_SEED, IOSD_NAME, IOSD_SYMBOL, IOSD_URI},
};
use common::{
    admin::MAX_CHANGE_DELAY,
    args::ArgsReader,
    checks::{init, require_canonical_pda, require_payer, require_program, require_upgrade_authority, AccountState},
    error::AnchorError,
    token::{
        create_mint, create_mint_with_metadata, create_pda_account, has_only_display_extensions, mint_decimals,
        require_token_program, token_account_of_mint, Metadata, NewMint, SYSTEM_PROGRAM_ID, TOKEN_2022_ID,
    },
};
use pinocchio::{cpi::Seed, error::ProgramError, AccountView, Address, ProgramResult};

pub const DISCRIMINATOR: [u8; 8] = common::discriminator::instruction("initialize");

/// Pyth publishes every ~400 ms: two minutes is already generous.
const MAX_STALENESS_SECONDS: u32 = 120;
const MAX_CONF_MULTIPLIER: u16 = 10;
const MAX_FEE_BPS: u16 = 1_000;
const MAX_WINDOW_SECONDS: u32 = 30 * 24 * 60 * 60;

/// The settings `initialize` sets and `update_config` changes.
pub struct ConfigParams {
    pub pyth_receiver: Address,
    pub feed_id: [u8; 32],
    pub max_staleness: u32,
    pub max_conf_bps: u16,
    pub conf_multiplier: u16,
    pub fee_bps: u16,
    pub window_seconds: u32,
    pub window_cap: u64,
}

/// Borsh size of `ConfigParams` (`update_config`'s arguments).
pub const PARAMS_LEN: usize = 32 + 32 + 4 + 2 + 2 + 2 + 4 + 8;
/// Borsh size of the arguments: the settings, then the delay of oracle and treasury changes (checked against the IDL).
pub const ARGS_LEN: usize = PARAMS_LEN + 8;

impl ConfigParams {
    pub fn parse(data: &[u8]) -> Result<Self, ProgramError> {
        let mut reader = ArgsReader::new(data);
        let args = Self::read(&mut reader)?;
        reader.finish()?;
        Ok(args)
    }

    fn read(reader: &mut ArgsReader) -> Result<Self, ProgramError> {
        Ok(Self {
            pyth_receiver: reader.read()?,
            feed_id: reader.read_array()?,
            max_staleness: reader.read()?,
            max_conf_bps: reader.read()?,
            conf_multiplier: reader.read()?,
            fee_bps: reader.read()?,
            window_seconds: reader.read()?,
            window_cap: reader.read()?,
        })
    }

    pub fn validate(&self) -> Result<(), ProgramError> {
        if self.pyth_receiver == Address::default() || self.feed_id == [0; 32] {
            return Err(IosdError::InvalidOracle.into());
        }
        if self.max_staleness == 0 || self.max_staleness > MAX_STALENESS_SECONDS {
            return Err(IosdError::InvalidStaleness.into());
        }
        if self.max_conf_bps == 0 || self.max_conf_bps > 10_000 {
            return Err(IosdError::InvalidConfidenceLimit.into());
        }
        if self.conf_multiplier == 0 || self.conf_multiplier > MAX_CONF_MULTIPLIER {
            return Err(IosdError::InvalidConfidenceMultiplier.into());
        }
        if self.fee_bps > MAX_FEE_BPS {
            return Err(IosdError::InvalidFee.into());
        }
        if self.window_seconds == 0 || self.window_seconds > MAX_WINDOW_SECONDS || self.window_cap == 0 {
            return Err(IosdError::InvalidMintWindow.into());
        }
        Ok(())
    }

    /// Writes the settings that take effect at once (the oracle's receiver and feed are timelocked: see
    /// `update_config`).
    pub fn apply_settings(&self, state: &mut Config) {
        state.set_max_staleness(self.max_staleness);
        state.set_max_conf_bps(self.max_conf_bps);
        state.set_conf_multiplier(self.conf_multiplier);
        state.set_fee_bps(self.fee_bps);
        state.set_window_seconds(self.window_seconds);
        state.set_window_cap(self.window_cap);
    }
}

/// Accounts:
///   0. `[signer, writable]` admin: pays for the new accounts and becomes the config's admin
///   1. `[writable]` config: PDA ["iosd"], created here
///   2. `[]` io_mint
///   3. `[writable]` iosd_mint: PDA ["iosd_mint"], created here with 6 decimals and config as mint authority
///      (on Token-2022 with name "IO Dollar" and symbol "IOSD" in its TokenMetadata, config as update authority)
///   4. `[]` treasury: IO token account receiving fees
///   5. `[]` io_token_program: the program that owns io_mint
///   6. `[]` iosd_token_program: SPL Token or Token-2022, the IOSD mint's program
///   7. `[]` system_program
///   8. `[]` program: this program (its loader account names its ProgramData)
///   9. `[]` program_data: this program's ProgramData; its upgrade authority must be admin
pub fn process(accounts: &mut [AccountView], data: &[u8]) -> ProgramResult {
    let [admin, config, io_mint, iosd_mint, treasury, io_token_program, iosd_token_program, system_program, program, program_data, ..] =
        accounts
    else {
        return Err(AnchorError::AccountNotEnoughKeys.into());
    };
    let mut reader = ArgsReader::new(data);
    let args = ConfigParams::read(&mut reader)?;
    let change_delay: i64 = reader.read()?;
    reader.finish()?;
    args.validate()?;
    if !(0..=MAX_CHANGE_DELAY).contains(&change_delay) {
        return Err(IosdError::InvalidChangeDelay.into());
    }

    require_payer(admin)?;
    require_program(system_program, &SYSTEM_PROGRAM_ID)?;
    require_upgrade_authority(program, program_data, admin, &crate::ID, IosdError::NotUpgradeAuthority.into())?;
    require_token_program(io_token_program)?;
    require_token_program(iosd_token_program)?;
    let io_decimals = mint_decimals(io_mint, io_token_program.address())?;
    if !has_only_display_extensions(io_mint) {
        return Err(IosdError::UnsupportedMintExtension.into());
    }
    token_account_of_mint(treasury, io_mint.address(), io_token_program.address())?;

    let config_bump = require_canonical_pda(config, &[CONFIG_SEED], &crate::ID)?;
    let mint_bump = require_canonical_pda(iosd_mint, &[IOSD_MINT_SEED], &crate::ID)?;

    let bump = [config_bump];
    create_pda_account(admin, config, Config::LEN, &crate::ID, &[Seed::from(CONFIG_SEED), Seed::from(&bump)])?;
    let mint_bump_seed = [mint_bump];
    let mint_seeds = [Seed::from(IOSD_MINT_SEED), Seed::from(&mint_bump_seed)];
    if iosd_token_program.address() == &TOKEN_2022_ID {
        // Token-2022: the name and symbol live in the mint (MetadataPointer + TokenMetadata), updatable by config.
        let config_bump_seed = [config_bump];
        let new_mint = NewMint {
            payer: admin,
            mint: iosd_mint,
            mint_seeds: &mint_seeds,
            authority: config,
            authority_seeds: &[Seed::from(CONFIG_SEED), Seed::from(&config_bump_seed)],
            token_program: iosd_token_program,
            decimals: IOSD_DECIMALS,
            transfer_hook: None,
        };
        create_mint_with_metadata(
            &new_mint,
            &Metadata { name: IOSD_NAME, symbol: IOSD_SYMBOL, uri: IOSD_URI, fields: &[] },
        )?;
    } else {
        // SPL Token mints carry no metadata of their own (that would be Metaplex's program).
        create_mint(admin, iosd_mint, IOSD_DECIMALS, config.address(), iosd_token_program, &mint_seeds)?;
    }

    let state = init::<Config>(config)?;
    state.set_admin(*admin.address());
    state.set_pending_admin(Address::default());
    state.set_io_mint(*io_mint.address());
    state.set_io_token_program(*io_token_program.address());
    state.set_iosd_mint(*iosd_mint.address());
    state.set_iosd_token_program(*iosd_token_program.address());
    state.set_treasury(*treasury.address());
    state.set_pyth_receiver(args.pyth_receiver);
    state.set_feed_id(args.feed_id);
    state.set_change_delay(change_delay);
    args.apply_settings(state);
    state.set_io_decimals(io_decimals);
    state.set_bump(config_bump);
    state.set_iosd_mint_bump(mint_bump);
    Ok(())
}
