//! The committed IDL (sdk/idl/io_staking.json) must describe exactly what this crate implements.

use crate::{error::StakingError, instructions, state::Config};
use common::{checks::AccountState, idl_test};

#[test]
fn idl_matches_program() {
    idl_test::check(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../sdk/idl/io_staking.json"),
        &idl_test::ProgramSpec {
            address: "3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm",
            instructions: &[("initialize", instructions::initialize::DISCRIMINATOR, instructions::initialize::ARGS_LEN)],
            accounts: &[("Config", Config::DISCRIMINATOR, Config::LEN, Config::FIELD_NAMES)],
            errors: StakingError::ALL,
            events: &[],
        },
    );
}

#[test]
fn program_id_matches_anchor_toml() {
    let toml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../Anchor.toml")).unwrap();
    assert!(toml.contains("io_staking = \"3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm\""));
    assert_eq!(crate::ID, pinocchio::Address::from_str_const("3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm"));
}
