//! One file per instruction.
pub mod buy_shares;
pub mod claim;
pub mod claim_operator;
pub mod close_subscription;
pub mod delist;
pub mod end_term;
pub mod execute;
pub mod initialize;
pub mod issue_bond;
pub mod list_shares;
pub mod open_holder;
pub mod subscribe;
pub mod poke_holder;
pub mod refund;
pub mod sync_revenue;
pub mod tokenize_device;
