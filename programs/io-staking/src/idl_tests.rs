//! The committed IDL (sdk/idl/io_staking.json) must describe exactly what this crate implements.

use crate::{
    error::StakingError,
    events,
    instructions::*,
    state::{Config, DeviceBond, StakePosition},
};
use common::{admin, checks::AccountState, idl_test};

const ADDRESS: &str = "3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm";

#[test]
fn idl_matches_program() {
    assert_eq!(crate::ID, pinocchio::Address::from_str_const(ADDRESS));
    idl_test::check(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../sdk/idl/io_staking.json"),
        &idl_test::ProgramSpec {
            address: ADDRESS,
            instructions: &[
                ("initialize", initialize::DISCRIMINATOR, initialize::ARGS_LEN),
                ("stake", stake::DISCRIMINATOR, stake::ARGS_LEN),
                ("request_unstake", request_unstake::DISCRIMINATOR, request_unstake::ARGS_LEN),
                ("cancel_unstake", cancel_unstake::DISCRIMINATOR, cancel_unstake::ARGS_LEN),
                ("withdraw", withdraw::DISCRIMINATOR, withdraw::ARGS_LEN),
                ("claim_rewards", claim_rewards::DISCRIMINATOR, claim_rewards::ARGS_LEN),
                ("fund_rewards", fund_rewards::DISCRIMINATOR, fund_rewards::ARGS_LEN),
                ("start_emissions", start_emissions::DISCRIMINATOR, start_emissions::ARGS_LEN),
                ("crank_emissions", crank_emissions::DISCRIMINATOR, crank_emissions::ARGS_LEN),
                ("pay_supplier", pay_supplier::DISCRIMINATOR, pay_supplier::ARGS_LEN),
                (
                    "withdraw_emission_surplus",
                    withdraw_emission_surplus::DISCRIMINATOR,
                    withdraw_emission_surplus::ARGS_LEN,
                ),
                ("bond", bond::DISCRIMINATOR, bond::ARGS_LEN),
                ("unbond", unbond::DISCRIMINATOR, unbond::ARGS_LEN),
                ("release_bond", release_bond::DISCRIMINATOR, release_bond::ARGS_LEN),
                ("slash", slash::DISCRIMINATOR, slash::ARGS_LEN),
                ("sweep_undistributed", sweep_undistributed::DISCRIMINATOR, sweep_undistributed::ARGS_LEN),
                ("close_position", close_position::DISCRIMINATOR, close_position::ARGS_LEN),
                ("update_config", update_config::DISCRIMINATOR, update_config::ARGS_LEN),
                ("apply_config_change", apply_config_change::DISCRIMINATOR, apply_config_change::ARGS_LEN),
                ("propose_admin", admin::PROPOSE_ADMIN, admin::PROPOSE_ADMIN_ARGS_LEN),
                ("accept_admin", admin::ACCEPT_ADMIN, 0),
                ("pause", admin::PAUSE, 0),
                ("unpause", admin::UNPAUSE, 0),
            ],
            accounts: &[
                ("Config", Config::DISCRIMINATOR, Config::LEN, Config::FIELD_NAMES),
                ("StakePosition", StakePosition::DISCRIMINATOR, StakePosition::LEN, StakePosition::FIELD_NAMES),
                ("DeviceBond", DeviceBond::DISCRIMINATOR, DeviceBond::LEN, DeviceBond::FIELD_NAMES),
            ],
            errors: StakingError::ALL,
            events: &[
                ("Staked", events::STAKED),
                ("UnstakeRequested", events::UNSTAKE_REQUESTED),
                ("UnstakeCancelled", events::UNSTAKE_CANCELLED),
                ("Withdrawn", events::WITHDRAWN),
                ("RewardsClaimed", events::REWARDS_CLAIMED),
                ("RewardsFunded", events::REWARDS_FUNDED),
                ("EmissionsStarted", events::EMISSIONS_STARTED),
                ("EmissionsCranked", events::EMISSIONS_CRANKED),
                ("EmissionSurplusWithdrawn", events::EMISSION_SURPLUS_WITHDRAWN),
                ("Bonded", events::BONDED),
                ("Unbonded", events::UNBONDED),
                ("Slashed", events::SLASHED),
                ("RewardsSwept", events::REWARDS_SWEPT),
                ("PositionClosed", events::POSITION_CLOSED),
                ("ConfigChangeProposed", admin::CONFIG_CHANGE_PROPOSED),
                ("ConfigChangeApplied", admin::CONFIG_CHANGE_APPLIED),
                ("AdminChanged", admin::ADMIN_CHANGED),
                ("PauseChanged", admin::PAUSE_CHANGED),
            ],
        },
    );
}
