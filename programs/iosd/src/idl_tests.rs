//! The committed IDL (sdk/idl/iosd.json) must describe exactly what this crate implements.

use crate::{error::IosdError, instructions, state::Config};
use common::{checks::AccountState, idl_test};

#[test]
fn idl_matches_program() {
    idl_test::check(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../sdk/idl/iosd.json"),
        &idl_test::ProgramSpec {
            address: "AYndrKMqhsuAjX9x2onzMLkzsG6UGtR3deTjbLPUtSKv",
            instructions: &[("initialize", instructions::initialize::DISCRIMINATOR, instructions::initialize::ARGS_LEN)],
            accounts: &[("Config", Config::DISCRIMINATOR, Config::LEN, Config::FIELD_NAMES)],
            errors: IosdError::ALL,
            events: &[],
        },
    );
}

#[test]
fn program_id_matches_anchor_toml() {
    let toml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../Anchor.toml")).unwrap();
    assert!(toml.contains("iosd = \"AYndrKMqhsuAjX9x2onzMLkzsG6UGtR3deTjbLPUtSKv\""));
    assert_eq!(crate::ID, pinocchio::Address::from_str_const("AYndrKMqhsuAjX9x2onzMLkzsG6UGtR3deTjbLPUtSKv"));
}
