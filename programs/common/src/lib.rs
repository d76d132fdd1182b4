//! Helpers shared by the four programs. `no_std`, no allocator.
#![no_std]

pub mod args;
pub mod checks;
pub mod discriminator;
pub mod error;
pub mod event;
pub mod math;
pub mod ids;
pub mod token;

pub use pinocchio;
pub mod state;

#[doc(hidden)]
pub use paste;

#[cfg(feature = "idl-test")]
pub mod idl_test;
