common::program_errors! {
    /// compute_tokens' own errors (codes from 6000).
    pub enum ComputeTokensError {
        InvalidSplit = "The operator's share must be at most 10,000 bps",
        MintMismatch = "The IOSD mint is not the market's payment mint",
        NotUpgradeAuthority = "Only the program's upgrade authority can initialize it",
    }
}
