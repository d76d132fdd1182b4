//! The committed IDL (sdk/idl/rental_escrow.json) must describe exactly what this crate implements.

use crate::{error::EscrowError, instructions, state::Market};
use common::{checks::AccountState, idl_test};

const ADDRESS: &str = "BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS";

#[test]
fn idl_matches_program() {
    assert_eq!(crate::ID, pinocchio::Address::from_str_const(ADDRESS));
    idl_test::check(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../sdk/idl/rental_escrow.json"),
        &idl_test::ProgramSpec {
            address: ADDRESS,
            instructions: &[(
                "initialize",
                instructions::initialize::DISCRIMINATOR,
                instructions::initialize::ARGS_LEN,
            )],
            accounts: &[("Market", Market::DISCRIMINATOR, Market::LEN, Market::FIELD_NAMES)],
            errors: EscrowError::ALL,
            events: &[],
        },
    );
}
