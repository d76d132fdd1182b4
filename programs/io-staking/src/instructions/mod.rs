//! One file per instruction; admin transfer and pause are common::admin's.
pub mod apply_config_change;
pub mod bond;
pub mod cancel_unstake;
pub mod claim_rewards;
pub mod close_position;
pub mod crank_emissions;
pub mod fund_rewards;
pub mod initialize;
pub mod release_bond;
pub mod request_unstake;
pub mod slash;
pub mod start_emissions;
pub mod stake;
pub mod sweep_undistributed;
pub mod unbond;
pub mod update_config;
pub mod withdraw;
