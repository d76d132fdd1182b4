common::program_errors! {
    /// rental_escrow's own errors (codes from 6000).
    pub enum EscrowError {
        InvalidFee = "Each fee must be at most 1,000 bps",
        InvalidDisputeWindow = "The dispute window must be between zero and 30 days",
        InvalidMaxDuration = "The longest rental must be between one hour and one year",
        InvalidArbiter = "The arbiter must be set",
        BondAuthorityMismatch = "io_staking's bond authority is not this market",
        NotUpgradeAuthority = "Only the program's upgrade authority can initialize it",
    }
}
