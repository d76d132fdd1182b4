//! The committed IDL (sdk/idl/compute_tokens.json) must describe exactly what this crate implements.

use crate::{error::ComputeTokensError, instructions, state::Config};
use common::{checks::AccountState, idl_test};

#[test]
fn idl_matches_program() {
    idl_test::check(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../sdk/idl/compute_tokens.json"),
        &idl_test::ProgramSpec {
            address: "CXYaUtbrZ7rBvEEip7k7sbnEoTbBLFY1UGFBVstfhcph",
            instructions: &[("initialize", instructions::initialize::DISCRIMINATOR, instructions::initialize::ARGS_LEN)],
            accounts: &[("Config", Config::DISCRIMINATOR, Config::LEN, Config::FIELD_NAMES)],
            errors: ComputeTokensError::ALL,
            events: &[],
        },
    );
}

#[test]
fn program_id_matches_anchor_toml() {
    let toml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../Anchor.toml")).unwrap();
    assert!(toml.contains("compute_tokens = \"CXYaUtbrZ7rBvEEip7k7sbnEoTbBLFY1UGFBVstfhcph\""));
    assert_eq!(crate::ID, pinocchio::Address::from_str_const("CXYaUtbrZ7rBvEEip7k7sbnEoTbBLFY1UGFBVstfhcph"));
}
