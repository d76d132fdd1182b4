common::program_errors! {
    /// iosd's own errors (codes from 6000).
    pub enum IosdError {
        InvalidStaleness = "The maximum price staleness must be between one second and two minutes",
        InvalidConfidenceLimit = "The confidence limit must be between 1 and 10,000 bps of the price",
        InvalidConfidenceMultiplier = "The confidence multiplier must be between 1 and 10",
        InvalidFee = "The fee must be at most 1,000 bps",
        InvalidMintWindow = "The mint window must be between one second and 30 days, with a positive cap",
        InvalidOracle = "The Pyth receiver program and the feed id must be set",
        NotUpgradeAuthority = "Only the program's upgrade authority can initialize it",
        InvalidPriceAccount = "The price account is not a Pyth PriceUpdateV2 account",
        PriceNotFullyVerified = "The price update is only partially verified",
        WrongPriceFeed = "The price update is for another feed",
        StalePrice = "The price is older than the maximum staleness",
        PriceInFuture = "The price's publish time is in the future",
        NonPositivePrice = "The price is zero or negative",
        PriceConfidenceTooWide = "The price's confidence interval is too wide",
        MathOverflow = "Arithmetic overflow",
        ZeroAmount = "The amount must be positive",
        AmountTooSmall = "The amount converts to zero IOSD",
        InsufficientBalance = "The amount exceeds the token account's balance",
        MintCapExceeded = "The amount exceeds what may still be minted in this window",
        SlippageExceeded = "The IOSD out is below the caller's minimum",
        Paused = "The program is paused",
        NotAdmin = "Only the config's admin can do this",
        NotPendingAdmin = "Only the proposed admin can accept the admin role",
        PriceOlderThanLast = "The price update is older than the last one used",
        InvalidChangeDelay = "The delay of oracle and treasury changes must be between zero and 30 days",
        NoPendingChange = "No change of treasury or oracle is pending",
        ChangeNotReady = "The proposed change's delay has not passed yet",
        UnsupportedMintExtension = "The mint has a Token-2022 extension that controls balances (only metadata, group, interest-bearing and scaled-UI extensions are accepted)",
    }
}

/// This program's errors for `apply_config_change`.
pub fn change_errors() -> common::admin::ChangeErrors {
    common::admin::ChangeErrors {
        paused: IosdError::Paused.into(),
        no_pending_change: IosdError::NoPendingChange.into(),
        change_not_ready: IosdError::ChangeNotReady.into(),
    }
}

/// This program's errors for the admin instructions of `common::admin`.
pub fn admin_errors() -> common::admin::AdminErrors {
    common::admin::AdminErrors {
        not_admin: IosdError::NotAdmin.into(),
        not_pending_admin: IosdError::NotPendingAdmin.into(),
    }
}
