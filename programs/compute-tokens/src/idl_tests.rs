//! The committed IDL (sdk/idl/compute_tokens.json) must describe exactly what this crate implements.

use crate::{error::ComputeTokensError, instructions, state::Config};
use common::{checks::AccountState, idl_test};

const ADDRESS: &str = "CXYaUtbrZ7rBvEEip7k7sbnEoTbBLFY1UGFBVstfhcph";

#[test]
fn idl_matches_program() {
    assert_eq!(crate::ID, pinocchio::Address::from_str_const(ADDRESS));
    idl_test::check(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../sdk/idl/compute_tokens.json"),
        &idl_test::ProgramSpec {
            address: ADDRESS,
            instructions: &[(
                "initialize",
                instructions::initialize::DISCRIMINATOR,
                instructions::initialize::ARGS_LEN,
            )],
            accounts: &[("Config", Config::DISCRIMINATOR, Config::LEN, Config::FIELD_NAMES)],
            errors: ComputeTokensError::ALL,
            events: &[],
        },
    );
}
