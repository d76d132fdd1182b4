//! One file per instruction (admin transfer and pause share one: they are common::admin's).
pub mod admin_transfer;
pub mod initialize;
pub mod mint_iosd;
pub mod update_config;
