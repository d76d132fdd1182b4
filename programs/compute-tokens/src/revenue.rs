//! Revenue accounting of a tokenized device, isolated from accounts and CPIs (the money math of issue 7).
//!
//! Each inflow into the revenue vault splits exactly: `operator = floor(inflow * operator_bps / 10,000)`, the
//! rest to holders. The holders' part goes into a Q64.64 accumulator of revenue per accruing share; a holder's
//! checkpoint earns `shares * (accumulator - snapshot) >> 64`, rounded down. While no share accrues, the holders'
//! part is carried into the next distribution, so none is stranded. The increment is rounded down, so the real
//! value of everything the accumulator promises never exceeds what came in; holders' rounding leaves dust (under
//! one unit per holder and distribution) in the vault. Carrying the division's remainder instead would over-promise:
//! a holder's floor over two increments can exceed the sum of the pool's floors. Every operation costs the same
//! whatever the number of holders.

use common::math::{q64_mul_floor, q64_ratio_floor, split_bps};

/// Arithmetic overflow in revenue accounting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overflow;

/// `(operator, holders)` parts of an inflow; they add up to `inflow`.
pub fn split_inflow(inflow: u64, operator_bps: u16) -> Result<(u64, u64), Overflow> {
    split_bps(inflow, operator_bps).ok_or(Overflow)
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RevenuePool {
    /// Q64.64 holders' revenue per accruing share since the pool began.
    pub revenue_per_share: u128,
    /// Shares held in accounts with a checkpoint (the others do not accrue).
    pub accruing_shares: u64,
    /// Holders' revenue received but not yet in the accumulator.
    pub carried: u64,
}

impl RevenuePool {
    /// Adds `amount` (the holders' part of an inflow) plus what was carried to the accumulator. Returns the
    /// amount handed to accruing shares (zero, and all carried, while none accrue).
    pub fn distribute(&mut self, amount: u64) -> Result<u64, Overflow> {
        let total = amount.checked_add(self.carried).ok_or(Overflow)?;
        if self.accruing_shares == 0 {
            self.carried = total;
            return Ok(0);
        }
        let increment = q64_ratio_floor(total, self.accruing_shares).ok_or(Overflow)?;
        self.revenue_per_share = self.revenue_per_share.checked_add(increment).ok_or(Overflow)?;
        self.carried = 0;
        Ok(total)
    }

    /// What `shares` earned since the checkpoint's `snapshot` of the accumulator.
    pub fn earned(&self, shares: u64, snapshot: u128) -> Result<u64, Overflow> {
        q64_mul_floor(shares, self.revenue_per_share - snapshot).ok_or(Overflow)
        // snapshots never run ahead
    }

    /// Credits `checkpoint` with what its shares earned, then re-bases it on the account's `balance` now,
    /// moving the difference in or out of the accruing supply. Called before anything reads the balance's
    /// effect: on every transfer (by the hook, after Token-2022 moved the balance) and on every claim.
    ///
    /// Earning on the stored basis rather than a balance reconstructed from the transfer amount keeps the
    /// accruing supply equal to the sum of the bases even if shares left an account without a transfer (a
    /// burn): what those shares earned was counted in the supply, so paying it keeps the books exact.
    pub fn settle(&mut self, checkpoint: &mut Checkpoint, balance: u64) -> Result<(), Overflow> {
        let earned = self.earned(checkpoint.shares, checkpoint.snapshot)?;
        checkpoint.owed = checkpoint.owed.checked_add(earned).ok_or(Overflow)?;
        checkpoint.snapshot = self.revenue_per_share;
        self.accruing_shares = (self.accruing_shares - checkpoint.shares).checked_add(balance).ok_or(Overflow)?; // basis is in the sum
        checkpoint.shares = balance;
        Ok(())
    }

    /// Starts a checkpoint for an account holding `balance`: it earns from now on.
    pub fn open(&mut self, balance: u64) -> Result<Checkpoint, Overflow> {
        self.accruing_shares = self.accruing_shares.checked_add(balance).ok_or(Overflow)?;
        Ok(Checkpoint { shares: balance, snapshot: self.revenue_per_share, owed: 0 })
    }
}

/// A holder's position in the accumulator: the balance it accrues on, the accumulator when last settled, and
/// revenue settled but not claimed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Checkpoint {
    pub shares: u64,
    pub snapshot: u128,
    pub owed: u64,
}

impl Checkpoint {
    /// Owed plus what the shares earned since the last settlement: what a claim would pay now.
    pub fn claimable(&self, pool: &RevenuePool) -> Result<u64, Overflow> {
        self.owed.checked_add(pool.earned(self.shares, self.snapshot)?).ok_or(Overflow)
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use rand::{rngs::StdRng, Rng, SeedableRng};
    use std::vec::Vec;

    #[test]
    fn inflow_splits_ninety_ten_exactly() {
        assert_eq!(split_inflow(1_000_000, 1_000), Ok((100_000, 900_000)));
        assert_eq!(split_inflow(19, 1_000), Ok((1, 18)));
        assert_eq!(split_inflow(u64::MAX, 1_000).map(|(a, b)| a as u128 + b as u128), Ok(u64::MAX as u128));
    }

    #[test]
    fn nothing_accrues_without_accruing_shares_and_nothing_is_lost() {
        let mut pool = RevenuePool::default();
        assert_eq!(pool.distribute(500), Ok(0));
        assert_eq!(pool.carried, 500);
        pool.accruing_shares = 3;
        assert_eq!(pool.distribute(100), Ok(600));
        assert_eq!(pool.carried, 0);
        assert_eq!(pool.earned(1, 0), Ok(200));
    }

    /// Holders move shares between themselves and non-accruing accounts while revenue arrives; each side of a
    /// transfer is settled after its balance changed (as the transfer hook does). Claims never exceed what was
    /// distributed, transfers never move accrued revenue, and the accruing supply is the sum of the bases.
    #[test]
    fn claims_never_exceed_inflow_and_transfers_do_not_move_accrued_revenue() {
        let mut rng = StdRng::seed_from_u64(7);
        for _ in 0..200 {
            let mut pool = RevenuePool::default();
            let mut balances: Vec<u64> = std::vec![0; 6];
            balances[0] = 1_000_000;
            // Accounts 0..4 have checkpoints; 4 and 5 (a DEX vault, say) do not.
            let mut checkpoints: Vec<Option<Checkpoint>> =
                (0..6).map(|i| (i < 4).then(|| pool.open(balances[i]).unwrap())).collect();
            let (mut received, mut distributed) = (0u64, 0u64);
            for _ in 0..300 {
                if rng.gen_bool(0.4) {
                    let amount = rng.gen_range(0..1_000_000_000u64);
                    received += amount;
                    distributed += pool.distribute(amount).unwrap();
                    assert_eq!(distributed + pool.carried, received);
                } else {
                    let (from, to) = (rng.gen_range(0..6), rng.gen_range(0..6));
                    let amount = rng.gen_range(0..=balances[from]);
                    let claimable_before: Vec<u64> =
                        checkpoints.iter().map(|c| c.map_or(0, |c| c.claimable(&pool).unwrap())).collect();
                    balances[from] -= amount;
                    balances[to] += amount;
                    for i in [from, to] {
                        if let Some(checkpoint) = checkpoints[i].as_mut() {
                            pool.settle(checkpoint, balances[i]).unwrap();
                        }
                    }
                    let claimable_after: Vec<u64> =
                        checkpoints.iter().map(|c| c.map_or(0, |c| c.claimable(&pool).unwrap())).collect();
                    assert_eq!(claimable_before, claimable_after, "a transfer moved accrued revenue");
                    let bases: u64 = checkpoints.iter().flatten().map(|c| c.shares).sum();
                    assert_eq!(bases, pool.accruing_shares);
                }
            }
            let claimable: u64 = checkpoints.iter().flatten().map(|c| c.claimable(&pool).unwrap()).sum();
            assert!(claimable <= distributed, "claimable {claimable} > distributed {distributed}");
        }
    }
}
