//! One file per instruction; admin transfer and pause are common::admin's.
pub mod apply_config_change;
pub mod initialize;
pub mod mint_iosd;
pub mod update_config;
