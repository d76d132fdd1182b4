common::program_errors! {
    /// io_staking's own errors (codes from 6000).
    pub enum StakingError {
        InvalidCooldown = "The unstake cooldown must be between one second and one year",
        InvalidMinStake = "The minimum stake per GPU must be positive",
        InvalidClassMultiplier = "A device class multiplier must be zero (class unused) or at least 10,000 bps",
        InvalidAuthority = "The bond and slash authorities must be set",
        NotUpgradeAuthority = "Only the program's upgrade authority can initialize it",
        ZeroAmount = "The amount must be positive",
        Paused = "The program is paused",
        InsufficientBalance = "The amount exceeds the token account's balance",
        MathOverflow = "Arithmetic overflow",
        NotAdmin = "Only the config's admin can do this",
        NotPendingAdmin = "Only the proposed admin can accept the admin role",
        InvalidTreasury = "The treasury must be an IO token account other than the program's vaults",
        InsufficientStake = "The amount exceeds the position's stake",
        StakeBonded = "Bonded stake cannot be unstaked; delist the devices first",
        NoPendingUnstake = "The position has no pending unstake",
        CooldownNotElapsed = "The unstake cooldown has not elapsed yet",
        NothingToClaim = "The position has no rewards to claim",
        InvalidRewardDuration = "The reward period must be between one second and five years",
        RewardRateTooLow = "The rewards are too small to stream at least one base unit per second",
        NotBondAuthority = "Only the configured bond authority can bond or unbond stake",
        NotSlashAuthority = "Only the configured slash authority can slash stake",
        InvalidDeviceClass = "The device class is not offered",
        InvalidGpuCount = "The GPU count must be positive",
        InsufficientUnbondedStake = "The position's unbonded stake does not cover the requirement",
        InsufficientBondedStake = "The amount exceeds the stake bonded for the device",
        WrongDeviceBond = "The device bond belongs to another device or position",
        PayoutToProgramVault = "Tokens cannot be paid into or taken from the program's own vaults here",
        NothingToSweep = "No rewards are undistributed",
        PositionNotEmpty = "The position still has stake, a pending unstake, rewards owed or device bonds",
        InvalidChangeDelay = "The delay of authority changes must be between zero and 30 days",
        NoPendingChange = "No change of treasury or authorities is pending",
        ChangeNotReady = "The proposed change's delay has not passed yet",
        OwnerMustSign = "The position's owner must sign for its stake to be bonded",
        UnsupportedMintExtension = "The mint has a Token-2022 extension that controls balances (only metadata, group, interest-bearing and scaled-UI extensions are accepted)",
        ReleaseBelowRequirement = "Only stake bonded beyond the device's requirement can be released, and at least one unit",
        EmissionsAlreadyStarted = "The emission schedule has already started",
        EmissionsNotStarted = "The emission schedule has not been started",
        InvalidEmissionSplit = "The stakers' share of emissions is at most 10,000 bps, and their stream lasts one second to five years",
        EmissionDecimalsUnsupported = "The emission schedule needs an IO mint with at most 10 decimals",
        InvalidEmissionGenesis = "The emission schedule's genesis must be a unix time (seconds) within a year of now",
        NothingDue = "No emission is due: no epoch has ended since the last crank, or the schedule is complete",
        SupplierEmissionsExceeded = "Suppliers would be paid more than the crank has moved into the supplier vault",
        NoEmissionSurplus = "The emission vault holds no more than the schedule still owes",
    }
}

impl From<crate::rewards::Overflow> for pinocchio::error::ProgramError {
    fn from(_: crate::rewards::Overflow) -> Self {
        StakingError::MathOverflow.into()
    }
}

/// This program's errors for `apply_config_change`.
pub fn change_errors() -> common::admin::ChangeErrors {
    common::admin::ChangeErrors {
        paused: StakingError::Paused.into(),
        no_pending_change: StakingError::NoPendingChange.into(),
        change_not_ready: StakingError::ChangeNotReady.into(),
    }
}

/// This program's errors for the admin instructions of `common::admin`.
pub fn admin_errors() -> common::admin::AdminErrors {
    common::admin::AdminErrors {
        not_admin: StakingError::NotAdmin.into(),
        not_pending_admin: StakingError::NotPendingAdmin.into(),
    }
}
