//! One file per instruction.
pub mod initialize;
pub mod stake;
