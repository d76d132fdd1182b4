//! One file per instruction (the two admin-transfer steps and pause/unpause share theirs).
pub mod admin_transfer;
pub mod bond;
pub mod cancel_unstake;
pub mod claim_rewards;
pub mod fund_rewards;
pub mod initialize;
pub mod pause;
pub mod request_unstake;
pub mod slash;
pub mod stake;
pub mod unbond;
pub mod update_config;
pub mod withdraw;
