common::program_errors! {
    /// rental_escrow's own errors (codes from 6000).
    pub enum EscrowError {
        InvalidFee = "Each fee must be at most 1,000 bps",
        InvalidDisputeWindow = "The dispute window must be between zero and 30 days",
        InvalidMaxDuration = "The longest rental must be between one hour and one year",
        InvalidArbiter = "The arbiter must be set",
        BondAuthorityMismatch = "io_staking's bond authority is not this market",
        NotUpgradeAuthority = "Only the program's upgrade authority can initialize it",
        NotAdmin = "Only the market's admin can do this",
        NotPendingAdmin = "Only the proposed admin can accept the admin role",
        Paused = "The market is paused",
        MathOverflow = "Arithmetic overflow",
        UnsupportedPaymentMint = "Payments are accepted in IOSD, IO or USDC only",
        InvalidPrice = "The price per GPU-hour must be positive",
        InvalidGpuCount = "The GPU count must be positive",
        UnknownDeviceClass = "io_staking does not offer this device class",
        InvalidStatus = "The device status must be 0 (available) or 1 (offline)",
        InsufficientStake = "The operator's unbonded stake does not cover the device's requirement",
        WrongStakePosition = "The stake position does not belong to the device's operator",
        NotOperator = "Only the device's operator can do this",
        DeviceBusy = "The device is rented until its current rental ends",
        DeviceUnavailable = "The device is offline",
        DeviceHasOpenRentals = "The device has rentals that are not closed yet",
        PayoutLocked = "The payout account is locked",
        PayoutNotLocked = "The payout account is not locked",
        NotPayoutLocker = "Only the program that locked the payout account can unlock it",
        InvalidDuration = "The rental duration must be positive",
        DurationTooLong = "The rental would be longer than the market allows",
        PriceAboveMax = "The device's price is above the renter's maximum",
        SelfRental = "An operator cannot rent its own device",
        InsufficientBalance = "The amount exceeds the token account's balance",
        NotRenter = "Only the renter can do this",
        RentalEnded = "The rental has already ended",
        RentalNotEnded = "The rental has not ended yet",
        RentalDisputed = "The rental is disputed; only the arbiter can close it",
        NotDisputed = "The rental is not disputed",
        NothingToSettle = "Nothing has streamed since the last settlement",
        DisputeWindowOpen = "Until the dispute window closes, only the renter can complete the rental",
        DisputeWindowClosed = "The dispute window has closed",
        NotArbiter = "Only the market's arbiter can resolve disputes",
        InvalidShare = "The renter's share must be at most 10,000 bps",
        SlashExceedsBond = "The slash exceeds the stake bonded for this device",
        SlashAuthorityMismatch = "io_staking's slash authority is not this market",
        PayoutNotAssociated = "The payout must be the operator's associated token account of the payment mint",
        RentalPastPayoutLock = "A device whose earnings are locked cannot be rented past the end of the lock's term",
        WrongDeviceBond = "The bond account is not this device's bond in io_staking",
        BondBelowRequirement = "The device's bond is below its requirement (slashed): the operator must top it up",
        DeviceDeregistered = "The device is deregistered",
        InvalidMinDuration = "The shortest rental that counts for reputation must be between zero and the longest rental",
        InvalidChangeDelay = "The delay of arbiter changes must be between zero and 30 days",
        NoPendingChange = "No change of arbiter or fees is pending",
        ChangeNotReady = "The proposed change's delay has not passed yet",
        MemoProgramMissing = "The payout requires a memo: pass the memo program after the instruction's accounts",
        UnsupportedMintExtension = "The mint has a Token-2022 extension that controls balances (only metadata, group, interest-bearing and scaled-UI extensions are accepted)",
        InvalidPrioritySettings = "Priority tiers must rise strictly from a positive stake, class tiers be at most 3, and the window at most a week",
        PriorityWindow = "The device is in its priority window: only renters staking at its class's tier may book it now",
        RentalsOpen = "Excess bond can be released only while no rental of the device is open",
        SupplierLedgerNotOpen = "The market's supplier ledger has not been opened",
        SupplierLedgerAlreadyOpen = "The market's supplier ledger is already open",
        InvalidSupplierLedger = "The supplier ledger must be a new, zeroed account of this program of the ledger's size",
        EmissionsNotStarted = "io_staking's emission schedule has not been started",
        NoSupplierEmissions = "The device has no supplier emissions to claim yet (a window converts once it has ended)",
        SupplierEmissionsNotCranked = "The device's emissions are not in the supplier vault yet: crank io_staking's emissions first",
        NoUnservedEmissions = "No ended day without service has emissions left to sweep",
        DuplicatePaymentMint = "The IOSD, IO and USDC mints must be three different mints",
    }
}

/// This program's errors for `apply_config_change`.
pub fn change_errors() -> common::admin::ChangeErrors {
    common::admin::ChangeErrors {
        paused: EscrowError::Paused.into(),
        no_pending_change: EscrowError::NoPendingChange.into(),
        change_not_ready: EscrowError::ChangeNotReady.into(),
    }
}

/// This program's errors for the admin instructions of `common::admin`.
pub fn admin_errors() -> common::admin::AdminErrors {
    common::admin::AdminErrors {
        not_admin: EscrowError::NotAdmin.into(),
        not_pending_admin: EscrowError::NotPendingAdmin.into(),
    }
}
