//! Helpers shared by the four programs. `no_std`, no allocator.
#![no_std]

pub mod admin;
pub mod args;
pub mod checks;
pub mod discriminator;
pub mod emission;
pub mod error;
pub mod event;
pub mod ids;
pub mod math;
#[cfg(target_arch = "bpf")]
pub mod mem;
pub mod rent;
pub mod token;

pub use pinocchio;
pub mod state;

#[doc(hidden)]
pub use paste;

#[cfg(feature = "idl-test")]
pub mod idl_test;

/// Declares a program's SBPF entrypoint (no allocator, the no_std panic handler), unless the crate is built
/// with its `no-entrypoint` feature as a library for another program. Host builds link std instead.
#[macro_export]
macro_rules! program_entrypoint {
    ($process_instruction:path) => {
        #[cfg(all(target_arch = "bpf", not(feature = "no-entrypoint")))]
        mod entrypoint {
            $crate::pinocchio::program_entrypoint!($process_instruction);
            $crate::pinocchio::no_allocator!();
            $crate::pinocchio::nostd_panic_handler!();
        }

        // Host builds (tests) link std for its panic handler; the SBPF build is no_std throughout.
        #[cfg(not(target_arch = "bpf"))]
        extern crate std;
    };
}
