#![no_std]
pub fn hello() -> u64 { 7 }
