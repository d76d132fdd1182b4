//! The committed IDL (sdk/idl/rental_escrow.json) must describe exactly what this crate implements.

use crate::{error::EscrowError, instructions, state::Market};
use common::{checks::AccountState, idl_test};

#[test]
fn idl_matches_program() {
    idl_test::check(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../sdk/idl/rental_escrow.json"),
        &idl_test::ProgramSpec {
            address: "BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS",
            instructions: &[("initialize", instructions::initialize::DISCRIMINATOR, instructions::initialize::ARGS_LEN)],
            accounts: &[("Market", Market::DISCRIMINATOR, Market::LEN, Market::FIELD_NAMES)],
            errors: EscrowError::ALL,
            events: &[],
        },
    );
}

#[test]
fn program_id_matches_anchor_toml() {
    let toml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../Anchor.toml")).unwrap();
    assert!(toml.contains("rental_escrow = \"BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS\""));
    assert_eq!(crate::ID, pinocchio::Address::from_str_const("BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS"));
}
