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
    }
}

impl From<crate::rewards::Overflow> for pinocchio::error::ProgramError {
    fn from(_: crate::rewards::Overflow) -> Self {
        StakingError::MathOverflow.into()
    }
}
