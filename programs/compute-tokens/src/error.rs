common::program_errors! {
    /// compute_tokens' own errors (codes from 6000).
    pub enum ComputeTokensError {
        InvalidSplit = "The operator's share must be at most 10,000 bps",
        MintMismatch = "The IOSD mint is not the market's payment mint",
        NotUpgradeAuthority = "Only the program's upgrade authority can initialize it",
        NotAdmin = "Only the config's admin can do this",
        NotPendingAdmin = "Only the proposed admin can accept the admin role",
        Paused = "Tokenization and sales are paused",
        NotOperator = "Only the device's operator can do this",
        PayoutAlreadyLocked = "The device's payout is already locked (its revenue is already tokenized)",
        DeviceNotPaidInIosd = "Only devices paid in IOSD can be tokenized",
        InvalidShares = "The number of shares must be at least 1",
        InvalidTerm = "The term must be positive",
        MetadataTooLong = "Name, symbol or uri is too long",
        NotTransferring = "The transfer hook runs only inside a Token-2022 transfer of the share mint",
        WrongMint = "The token account does not hold this pool's shares",
        WrongCheckpoint = "The checkpoint belongs to another pool or token account",
        NotTokenOwner = "Only the token account's owner can do this",
        WrongVault = "The vault is not this pool's revenue vault",
        WrongOperatorPayout = "The operator payout account is not the pool's",
        NotListed = "The shares are not listed for sale",
        NotEnoughListed = "Fewer shares are listed than requested",
        PriceAboveMax = "The listing price is above the buyer's maximum",
        InvalidPrice = "The price per share must be positive",
        TransferMustFollow = "The share transfer this instruction approves must be the transaction's next instruction",
        TermNotEnded = "The term has not ended",
        TermAlreadyEnded = "The term has already ended and the payout was released",
        WrongDevice = "The device is not this pool's device",
        Overflow = "Arithmetic overflow",
        UnsupportedPaymentMint = "The sale must be paid in the market's IO or IOSD",
        InvalidDistributionPeriod = "The distribution period must be between one day and one year",
        RentalsStillOpen = "The device still has open rentals whose revenue belongs to the term",
        VaultNotSynced = "The vault holds revenue not yet synced",
        TermOver = "The term is over: shares are no longer sold",
        UnsupportedMintExtension = "The mint has a Token-2022 extension that controls balances (only metadata, group, interest-bearing and scaled-UI extensions are accepted)",
        SubscriptionClosed = "The bond's subscription is closed",
        Oversubscribed = "The subscription would raise more than the face value",
        SubscriptionOpen = "The subscription is still open: before the deadline and short of the face value",
        NotRefundable = "Only bonds whose issue failed are refunded",
        PayoutToOwnVault = "A payment out of the vault cannot go back into the vault",
        BondNotActive = "The bond's coupons have not started (its subscription is open or failed)",
        NotRedeemable = "Bond tokens are redeemed at maturity, or at once after a default",
        NotInDefault = "The bond is not in default: coupons due a grace period ago are paid and the reserve is not short at maturity",
        NotDefaulted = "Only a bond in default can be cured",
        CollateralAlreadyPaid = "Collateral was already paid to holders: the default can no longer be cured",
        RepaymentTooLarge = "The repayment is more than the principal not yet reserved",
        BondOutstanding = "The bond is not discharged: before maturity, coupons unpaid or principal not yet reserved",
        BondClosed = "The bond is closed",
        ZeroAmount = "The amount must be positive",
        NotNftHolder = "The signer's token account does not hold this NFT",
        WrongCollection = "Not the cash-flow NFT collection, or it was not created yet",
        NftCollectionExists = "The cash-flow NFT collection already exists",
    }
}

pub fn admin_errors() -> common::admin::AdminErrors {
    common::admin::AdminErrors {
        not_admin: ComputeTokensError::NotAdmin.into(),
        not_pending_admin: ComputeTokensError::NotPendingAdmin.into(),
    }
}

impl From<crate::bonds::Overflow> for pinocchio::error::ProgramError {
    fn from(_: crate::bonds::Overflow) -> Self {
        ComputeTokensError::Overflow.into()
    }
}

impl From<crate::revenue::Overflow> for pinocchio::error::ProgramError {
    fn from(_: crate::revenue::Overflow) -> Self {
        ComputeTokensError::Overflow.into()
    }
}
