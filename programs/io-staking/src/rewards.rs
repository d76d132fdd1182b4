//! Reward accounting, isolated from accounts and CPIs (Synthetix / Quarry style).
//!
//! Rewards stream at `rate` base units per second until `period_end`. A Q64.64 accumulator counts rewards per
//! earning unit of stake since genesis; a position earns `stake * (accumulator - its snapshot) >> 64`. Every
//! step rounds down, so the sum of what positions can claim never exceeds what streamed: the difference stays
//! in the reward vault as dust. What streams while nobody stakes, and the remainder of a refill's rate division,
//! are owed to nobody: they are counted in `undistributed`, which the admin may sweep.
//! Both operations cost the same whatever the number of stakers.

use common::math::{checked_mul, q64_mul_floor, q64_ratio_floor};

/// The accumulator and what it was built from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RewardPool {
    /// Rewards per second, in IO base units.
    pub rate: u64,
    /// Streaming stops here (unix seconds).
    pub period_end: i64,
    /// The accumulator includes everything streamed up to here.
    pub last_update: i64,
    /// Q64.64 rewards per earning unit of stake.
    pub reward_per_token: u128,
    /// Stake that earns (staked, not pending unstake).
    pub earning_stake: u64,
    /// Rewards in the vault that nobody is or will be owed: streamed while nobody earned, or left over by a
    /// refill's division. Per-staker rounding dust is not counted (it is never more than a unit per update).
    pub undistributed: u64,
}

/// Arithmetic overflow in reward accounting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overflow;

impl RewardPool {
    /// Streams rewards up to `now` (or the period end) into the accumulator. Returns the amount allocated
    /// to stakers by this update (0 when nobody earns: that time's rewards stay undistributed).
    pub fn update(&mut self, now: i64) -> Result<u64, Overflow> {
        let until = if now < self.period_end { now } else { self.period_end };
        if until <= self.last_update {
            // Nothing streamed (period over, or clock not advanced); keep last_update monotonic.
            if now > self.last_update {
                self.last_update = now;
            }
            return Ok(0);
        }
        let elapsed = (until - self.last_update) as u64;
        let streamed = checked_mul(self.rate, elapsed).ok_or(Overflow)?;
        self.last_update = now.max(until);
        if self.earning_stake == 0 {
            self.undistributed = self.undistributed.checked_add(streamed).ok_or(Overflow)?;
            return Ok(0);
        }
        if streamed == 0 {
            return Ok(0);
        }
        let increment = q64_ratio_floor(streamed, self.earning_stake).ok_or(Overflow)?;
        self.reward_per_token = self.reward_per_token.checked_add(increment).ok_or(Overflow)?;
        Ok(streamed)
    }
}

impl RewardPool {
    /// Starts a new period of `duration` seconds at `now` streaming `amount` plus whatever the running period
    /// had not streamed yet: `rate = (amount + rate_old * remaining) / duration`, rounded down. The division's
    /// remainder is never streamed: it is counted as undistributed. A resulting rate of 0 is the caller's to
    /// refuse. Call after `update(now)`.
    pub fn refill(&mut self, amount: u64, duration: u64, now: i64) -> Result<(), Overflow> {
        let remaining = if self.period_end > now { (self.period_end - now) as u64 } else { 0 };
        let unstreamed = checked_mul(self.rate, remaining).ok_or(Overflow)?;
        let total = amount.checked_add(unstreamed).ok_or(Overflow)?;
        let period_end = now.checked_add(duration as i64).ok_or(Overflow)?;
        self.rate = total / duration;
        self.undistributed = self.undistributed.checked_add(total % duration).ok_or(Overflow)?;
        self.period_end = period_end;
        self.last_update = now;
        Ok(())
    }
}

/// What `stake` units earned while the accumulator moved from `snapshot` to `reward_per_token`.
pub fn earned(stake: u64, snapshot: u128, reward_per_token: u128) -> Result<u64, Overflow> {
    let delta = reward_per_token.checked_sub(snapshot).ok_or(Overflow)?;
    q64_mul_floor(stake, delta).ok_or(Overflow)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{rngs::SmallRng, Rng, SeedableRng};

    fn pool(rate: u64, period_end: i64, earning_stake: u64) -> RewardPool {
        RewardPool { rate, period_end, last_update: 0, reward_per_token: 0, earning_stake, undistributed: 0 }
    }

    #[test]
    fn a_single_staker_earns_everything_streamed_minus_rounding() {
        let mut p = pool(1_000, 100, 3);
        assert_eq!(p.update(50).unwrap(), 50_000);
        let got = earned(3, 0, p.reward_per_token).unwrap();
        assert!(got <= 50_000 && 50_000 - got <= 1, "{got}");
    }

    #[test]
    fn nothing_streams_after_the_period_end_or_without_stakers() {
        let mut p = pool(10, 100, 0);
        assert_eq!(p.update(40).unwrap(), 0);
        assert_eq!(p.reward_per_token, 0);
        assert_eq!(p.last_update, 40);
        assert_eq!(p.undistributed, 400, "streamed to nobody: sweepable");
        p.earning_stake = 5;
        assert_eq!(p.update(150).unwrap(), 600);
        assert_eq!(p.last_update, 150);
        let acc = p.reward_per_token;
        assert_eq!(p.update(500).unwrap(), 0);
        assert_eq!(p.reward_per_token, acc);
    }

    #[test]
    fn the_clock_going_back_changes_nothing() {
        let mut p = pool(10, 100, 5);
        p.update(50).unwrap();
        let before = p;
        assert_eq!(p.update(40).unwrap(), 0);
        assert_eq!(p, before);
    }

    #[test]
    fn overflow_is_reported_not_wrapped() {
        let mut p = pool(u64::MAX, i64::MAX, 1);
        assert_eq!(p.update(2), Err(Overflow));
        assert_eq!(earned(1, 2, 1), Err(Overflow));
    }

    #[test]
    fn a_refill_rolls_the_unstreamed_rest_into_the_new_period() {
        let mut p = pool(10, 100, 5);
        p.update(40).unwrap();
        p.refill(900, 50, 40).unwrap(); // 900 new + 60 s x 10 not yet streamed = 1,500 over 50 s
        assert_eq!((p.rate, p.period_end, p.last_update), (30, 90, 40));
        p.update(200).unwrap();
        p.refill(7, 2, 200).unwrap(); // period over: nothing rolls in; 7 / 2 = 3, 1 left undistributed
        assert_eq!((p.rate, p.period_end, p.undistributed), (3, 202, 1));
        p.refill(1, 2, 200).unwrap();
        assert_eq!(p.rate, (1 + 3 * 2) / 2);
    }

    /// Random stakers entering and leaving: the total anyone can claim never exceeds what was allocated,
    /// and falls short by less than one unit per staker per update.
    #[test]
    fn claims_never_exceed_allocation() {
        let mut rng = SmallRng::seed_from_u64(11);
        for _ in 0..200 {
            let stakers = rng.gen_range(1..8);
            let mut stakes = [0u64; 8];
            let mut snapshots = [0u128; 8];
            let mut owed = [0u64; 8];
            let mut p = pool(rng.gen_range(0..1_000_000), 10_000, 0);
            let (mut allocated, mut now, mut updates) = (0u64, 0i64, 0u64);
            for _ in 0..100 {
                now += rng.gen_range(0..300);
                allocated += p.update(now).unwrap();
                updates += 1;
                let i = rng.gen_range(0..stakers);
                owed[i] += earned(stakes[i], snapshots[i], p.reward_per_token).unwrap();
                snapshots[i] = p.reward_per_token;
                let new_stake = rng.gen_range(0..1_000_000_000u64);
                p.earning_stake = p.earning_stake - stakes[i] + new_stake;
                stakes[i] = new_stake;
            }
            let mut claimable: u64 = owed.iter().sum();
            for i in 0..stakers {
                claimable += earned(stakes[i], snapshots[i], p.reward_per_token).unwrap();
            }
            assert!(claimable <= allocated, "{claimable} > {allocated}");
            assert!(allocated - claimable <= updates * stakers as u64 + stakers as u64);
        }
    }
}
