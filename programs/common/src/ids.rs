//! The four programs' addresses (the same as in Anchor.toml), so each program can check the others'
//! accounts and CPI targets.

use pinocchio::Address;

pub const IO_STAKING: Address = Address::from_str_const("3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm");
pub const IOSD: Address = Address::from_str_const("AYndrKMqhsuAjX9x2onzMLkzsG6UGtR3deTjbLPUtSKv");
pub const RENTAL_ESCROW: Address = Address::from_str_const("BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS");
pub const COMPUTE_TOKENS: Address = Address::from_str_const("CXYaUtbrZ7rBvEEip7k7sbnEoTbBLFY1UGFBVstfhcph");
