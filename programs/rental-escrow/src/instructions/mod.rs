//! One file per instruction.
pub mod apply_config_change;
pub mod cancel;
pub mod complete;
pub mod create_rental;
pub mod deregister_device;
pub mod extend;
pub mod initialize;
pub mod lock_payout;
pub mod open_dispute;
pub mod register_device;
pub mod release_excess_bond;
pub mod resolve_dispute;
pub mod settle;
pub mod top_up_bond;
pub mod unlock_payout;
pub mod update_device;
pub mod update_market;
