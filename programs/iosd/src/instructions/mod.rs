//! One file per instruction.
pub mod initialize;
