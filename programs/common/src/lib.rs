//! Helpers shared by the four programs. `no_std`, no allocator.
#![no_std]

pub mod checks;
pub mod discriminator;
pub mod error;
pub mod event;
pub mod math;
pub mod token;

pub use pinocchio;
