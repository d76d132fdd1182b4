//! The committed IDL (sdk/idl/io_staking.json) must describe exactly what this crate implements.

use crate::{
    error::StakingError,
    events, instructions,
    state::{Config, StakePosition},
};
use common::{checks::AccountState, idl_test};

const ADDRESS: &str = "3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm";

#[test]
fn idl_matches_program() {
    assert_eq!(crate::ID, pinocchio::Address::from_str_const(ADDRESS));
    idl_test::check(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../sdk/idl/io_staking.json"),
        &idl_test::ProgramSpec {
            address: ADDRESS,
            instructions: &[
                ("initialize", instructions::initialize::DISCRIMINATOR, instructions::initialize::ARGS_LEN),
                ("stake", instructions::stake::DISCRIMINATOR, instructions::stake::ARGS_LEN),
            ],
            accounts: &[
                ("Config", Config::DISCRIMINATOR, Config::LEN, Config::FIELD_NAMES),
                ("StakePosition", StakePosition::DISCRIMINATOR, StakePosition::LEN, StakePosition::FIELD_NAMES),
            ],
            errors: StakingError::ALL,
            events: &[("Staked", events::STAKED)],
        },
    );
}
