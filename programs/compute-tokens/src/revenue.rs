//! Revenue accounting of a tokenized device, isolated from accounts and CPIs.
//!
//! Each inflow into the revenue vault splits exactly: `operator = floor(inflow * operator_bps / 10,000)`, owed to
//! the operator and pulled by it (`claim_operator`), the rest to holders. The holders' part is not handed out at
//! once: it joins a stream released linearly over the pool's distribution period (a new inflow re-spreads what is
//! still unreleased plus itself over a full period from now). Released revenue goes into a Q64.64 accumulator of
//! revenue per accruing share; a holder's checkpoint earns `shares * (accumulator - snapshot) >> 64`, rounded down.
//! Streaming is what makes just-in-time holding worthless: shares moved into a checkpoint for one transaction
//! earn for zero seconds, so nothing. While no share accrues the stream pauses (its end moves out by the time
//! that passed), so nothing is released to nobody and nothing is stranded.
//!
//! The increment is rounded down, so the real value of everything the accumulator promises never exceeds what
//! was released; holders' rounding leaves dust (under one unit per holder and release) in the vault. Carrying the
//! division's remainder instead would over-promise: a holder's floor over two increments can exceed the sum of the
//! pool's floors. Every operation costs the same whatever the number of holders.

use common::math::{mul_div_floor, q64_mul_floor, q64_ratio_floor, split_bps};

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
    /// Holders' revenue synced but not yet released into the accumulator.
    pub undistributed: u64,
    /// When the stream has released all of `undistributed`.
    pub stream_end: i64,
    /// When the stream was last released up to.
    pub last_release: i64,
    /// Seconds over which each inflow is spread.
    pub distribution_period: i64,
}

impl RevenuePool {
    /// Releases into the accumulator what the stream owes accruing shares for the time since the last release.
    /// Returns the amount released. Call before anything reads or changes the accumulator or the accruing supply.
    pub fn release(&mut self, now: i64) -> Result<u64, Overflow> {
        if now <= self.last_release {
            return Ok(0);
        }
        let elapsed = now - self.last_release;
        if self.accruing_shares == 0 {
            // Nobody to pay: the stream waits.
            if self.stream_end > self.last_release {
                self.stream_end = self.stream_end.checked_add(elapsed).ok_or(Overflow)?;
            }
            self.last_release = now;
            return Ok(0);
        }
        let amount = if now >= self.stream_end {
            self.undistributed
        } else {
            // now < stream_end, so elapsed < remaining and the release is below `undistributed`.
            let remaining = (self.stream_end - self.last_release) as u64;
            mul_div_floor(self.undistributed, elapsed as u64, remaining).ok_or(Overflow)?
        };
        let increment = q64_ratio_floor(amount, self.accruing_shares).ok_or(Overflow)?;
        self.revenue_per_share = self.revenue_per_share.checked_add(increment).ok_or(Overflow)?;
        self.undistributed -= amount;
        self.last_release = now;
        Ok(amount)
    }

    /// Adds `amount` (the holders' part of an inflow) to the stream at `now` (after `release(now)`): everything
    /// unreleased is spread over a full distribution period from now.
    pub fn add(&mut self, amount: u64, now: i64) -> Result<(), Overflow> {
        if amount == 0 {
            return Ok(());
        }
        self.undistributed = self.undistributed.checked_add(amount).ok_or(Overflow)?;
        self.stream_end = now.checked_add(self.distribution_period).ok_or(Overflow)?;
        Ok(())
    }

    /// What `shares` earned since the checkpoint's `snapshot` of the accumulator.
    pub fn earned(&self, shares: u64, snapshot: u128) -> Result<u64, Overflow> {
        q64_mul_floor(shares, self.revenue_per_share - snapshot).ok_or(Overflow)
        // snapshots never run ahead
    }

    /// Credits `checkpoint` with what its shares earned, then re-bases it on the account's `balance` now,
    /// moving the difference in or out of the accruing supply. Called after `release(now)`, before anything
    /// reads the balance's effect: on every transfer (by the hook, after Token-2022 moved the balance), on every
    /// claim and on `poke_holder`.
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

    /// Starts a checkpoint for an account holding `balance` (after `release(now)`): it earns from now on.
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
    /// Owed plus what the shares earned up to the pool's last release.
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

    const DAY: i64 = 86_400;

    fn pool(period: i64) -> RevenuePool {
        RevenuePool { distribution_period: period, ..Default::default() }
    }

    #[test]
    fn inflow_splits_ninety_ten_exactly() {
        assert_eq!(split_inflow(1_000_000, 1_000), Ok((100_000, 900_000)));
        assert_eq!(split_inflow(19, 1_000), Ok((1, 18)));
        assert_eq!(split_inflow(u64::MAX, 1_000).map(|(a, b)| a as u128 + b as u128), Ok(u64::MAX as u128));
    }

    #[test]
    fn an_inflow_streams_linearly_over_the_period() {
        let mut p = pool(7 * DAY);
        let holder = p.open(10).unwrap();
        p.release(1_000).unwrap();
        p.add(7_000_000, 1_000).unwrap();
        assert_eq!(p.release(1_000), Ok(0), "nothing at the moment of the sync");
        assert_eq!(p.release(1_000 + DAY), Ok(1_000_000));
        assert_eq!(holder.claimable(&p), Ok(1_000_000));
        assert_eq!(p.release(1_000 + 10 * DAY), Ok(6_000_000));
        assert_eq!(holder.claimable(&p), Ok(7_000_000));
        assert_eq!(p.undistributed, 0);
    }

    #[test]
    fn the_stream_waits_while_no_share_accrues() {
        let mut p = pool(DAY);
        p.add(1_000, 0).unwrap();
        assert_eq!(p.release(DAY / 2), Ok(0));
        assert_eq!(p.stream_end, DAY + DAY / 2);
        let holder = p.open(3).unwrap();
        assert_eq!(p.release(DAY), Ok(500));
        assert_eq!(p.release(10 * DAY), Ok(500));
        assert_eq!(holder.claimable(&p), Ok(999)); // 1,000 / 3 per share, rounded down: one unit of dust
    }

    #[test]
    fn holding_for_one_transaction_earns_nothing() {
        let mut p = pool(DAY);
        let mut honest = p.open(50).unwrap();
        p.add(1_000_000, 100).unwrap();
        p.release(200).unwrap();
        // An attacker's 50 shares enter a checkpoint, the stream is released, and they leave, all at t = 300.
        p.release(300).unwrap();
        let mut attacker = p.open(50).unwrap();
        p.release(300).unwrap();
        p.settle(&mut attacker, 0).unwrap();
        assert_eq!(attacker.owed, 0);
        p.release(100 + DAY).unwrap();
        p.settle(&mut honest, 50).unwrap();
        assert!(honest.owed >= 1_000_000 - 1 && honest.owed <= 1_000_000);
    }

    /// Holders move shares between themselves and non-accruing accounts while revenue arrives and time passes;
    /// each side of a transfer is settled after its balance changed (as the transfer hook does). Claims never
    /// exceed what was released, transfers never move accrued revenue, released + undistributed = received, and
    /// the accruing supply is the sum of the bases.
    #[test]
    fn claims_never_exceed_inflow_and_transfers_do_not_move_accrued_revenue() {
        let mut rng = StdRng::seed_from_u64(7);
        for _ in 0..200 {
            let mut p = pool(rng.gen_range(DAY..=7 * DAY));
            let mut balances: Vec<u64> = std::vec![0; 6];
            balances[0] = 1_000_000;
            // Accounts 0..4 have checkpoints; 4 and 5 (a DEX vault, say) do not.
            let mut checkpoints: Vec<Option<Checkpoint>> =
                (0..6).map(|i| (i < 4).then(|| p.open(balances[i]).unwrap())).collect();
            let (mut now, mut received, mut released) = (0i64, 0u64, 0u64);
            for _ in 0..300 {
                now += rng.gen_range(0..DAY);
                released += p.release(now).unwrap();
                if rng.gen_bool(0.3) {
                    let amount = rng.gen_range(0..1_000_000_000u64);
                    received += amount;
                    p.add(amount, now).unwrap();
                } else {
                    let (from, to) = (rng.gen_range(0..6), rng.gen_range(0..6));
                    let amount = rng.gen_range(0..=balances[from]);
                    let claimable_before: Vec<u64> =
                        checkpoints.iter().map(|c| c.map_or(0, |c| c.claimable(&p).unwrap())).collect();
                    balances[from] -= amount;
                    balances[to] += amount;
                    for i in [from, to] {
                        if let Some(checkpoint) = checkpoints[i].as_mut() {
                            p.settle(checkpoint, balances[i]).unwrap();
                        }
                    }
                    let claimable_after: Vec<u64> =
                        checkpoints.iter().map(|c| c.map_or(0, |c| c.claimable(&p).unwrap())).collect();
                    assert_eq!(claimable_before, claimable_after, "a transfer moved accrued revenue");
                    let bases: u64 = checkpoints.iter().flatten().map(|c| c.shares).sum();
                    assert_eq!(bases, p.accruing_shares);
                }
                assert_eq!(released + p.undistributed, received);
            }
            let claimable: u64 = checkpoints.iter().flatten().map(|c| c.claimable(&p).unwrap()).sum();
            assert!(claimable <= released, "claimable {claimable} > released {released}");
        }
    }
}
