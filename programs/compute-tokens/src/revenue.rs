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

    /// Holders move shares between themselves and non-accruing accounts while revenue arrives; each holder is
    /// settled before its balance changes (as the transfer hook does). Claims never exceed what was distributed,
    /// and distributed + carried always equals what came in.
    #[test]
    fn claims_never_exceed_inflow_and_transfers_do_not_move_accrued_revenue() {
        let mut rng = StdRng::seed_from_u64(7);
        for _ in 0..200 {
            let mut pool = RevenuePool::default();
            // (shares, snapshot, owed, accrues)
            let mut holders: Vec<(u64, u128, u64, bool)> = (0..6).map(|i| (0, 0, 0, i < 4)).collect();
            holders[0].0 = 1_000_000;
            pool.accruing_shares = 1_000_000;
            let (mut received, mut distributed) = (0u64, 0u64);
            for _ in 0..300 {
                if rng.gen_bool(0.4) {
                    let amount = rng.gen_range(0..1_000_000_000u64);
                    received += amount;
                    distributed += pool.distribute(amount).unwrap();
                    assert_eq!(distributed + pool.carried, received);
                } else {
                    let (from, to) = (rng.gen_range(0..6), rng.gen_range(0..6));
                    let amount = rng.gen_range(0..=holders[from].0);
                    for i in [from, to] {
                        let (shares, snapshot, owed, accrues) = holders[i];
                        let due = if accrues { pool.earned(shares, snapshot).unwrap() } else { 0 };
                        holders[i] = (shares, pool.revenue_per_share, owed + due, accrues);
                    }
                    let owed_before: Vec<u64> = holders.iter().map(|h| h.2).collect();
                    holders[from].0 -= amount;
                    holders[to].0 += amount;
                    // Shares entering or leaving the accruing set change the accruing supply.
                    if holders[from].3 != holders[to].3 {
                        if holders[from].3 {
                            pool.accruing_shares -= amount;
                        } else {
                            pool.accruing_shares += amount;
                        }
                    }
                    let owed_after: Vec<u64> = holders.iter().map(|h| h.2).collect();
                    assert_eq!(owed_before, owed_after, "a transfer moved accrued revenue");
                }
            }
            let claimable: u64 = holders
                .iter()
                .map(|&(shares, snapshot, owed, accrues)| {
                    owed + if accrues { pool.earned(shares, snapshot).unwrap() } else { 0 }
                })
                .sum();
            assert!(claimable <= distributed, "claimable {claimable} > distributed {distributed}");
        }
    }
}
