common::program_errors! {
    /// iosd's own errors (codes from 6000).
    pub enum IosdError {
        InvalidStaleness = "The maximum price staleness must be between one second and one hour",
        InvalidConfidenceLimit = "The confidence limit must be between 1 and 10,000 bps of the price",
        InvalidConfidenceMultiplier = "The confidence multiplier must be at most 10",
        InvalidFee = "The fee must be at most 1,000 bps",
        InvalidMintWindow = "The mint window must be between one second and 30 days, with a positive cap",
        InvalidOracle = "The Pyth receiver program and the feed id must be set",
        NotUpgradeAuthority = "Only the program's upgrade authority can initialize it",
    }
}
