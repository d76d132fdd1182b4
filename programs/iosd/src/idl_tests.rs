//! The committed IDL (sdk/idl/iosd.json) must describe exactly what this crate implements.

use crate::{error::IosdError, events, instructions::*, state::Config};
use common::{admin, checks::AccountState, idl_test};

const ADDRESS: &str = "AYndrKMqhsuAjX9x2onzMLkzsG6UGtR3deTjbLPUtSKv";

#[test]
fn idl_matches_program() {
    assert_eq!(crate::ID, pinocchio::Address::from_str_const(ADDRESS));
    idl_test::check(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../sdk/idl/iosd.json"),
        &idl_test::ProgramSpec {
            address: ADDRESS,
            instructions: &[
                ("initialize", initialize::DISCRIMINATOR, initialize::ARGS_LEN),
                ("mint_iosd", mint_iosd::DISCRIMINATOR, mint_iosd::ARGS_LEN),
                ("update_config", update_config::DISCRIMINATOR, update_config::ARGS_LEN),
                ("apply_config_change", apply_config_change::DISCRIMINATOR, apply_config_change::ARGS_LEN),
                ("propose_admin", admin::PROPOSE_ADMIN, admin::PROPOSE_ADMIN_ARGS_LEN),
                ("accept_admin", admin::ACCEPT_ADMIN, 0),
                ("pause", admin::PAUSE, 0),
                ("unpause", admin::UNPAUSE, 0),
            ],
            accounts: &[("Config", Config::DISCRIMINATOR, Config::LEN, Config::FIELD_NAMES)],
            errors: IosdError::ALL,
            events: &[
                ("IosdMinted", events::IOSD_MINTED),
                ("ConfigChangeProposed", admin::CONFIG_CHANGE_PROPOSED),
                ("ConfigChangeApplied", admin::CONFIG_CHANGE_APPLIED),
                ("AdminChanged", admin::ADMIN_CHANGED),
                ("PauseChanged", admin::PAUSE_CHANGED),
            ],
        },
    );
}
