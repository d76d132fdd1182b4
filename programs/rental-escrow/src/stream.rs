//! The money math of a rental, isolated: what a booking costs, what has streamed, and how each payment
//! splits into the operator's part and the fees. Every split is exact (parts add up to the whole).

use common::math::{checked_mul, mul_div_ceil, mul_div_floor, split_bps, BPS_DENOMINATOR};

pub const SECONDS_PER_HOUR: u64 = 3_600;

/// Base units per hour for `gpu_count` GPUs at `price_per_gpu_hour`; `None` on overflow.
pub fn rate_per_hour(price_per_gpu_hour: u64, gpu_count: u32) -> Option<u64> {
    checked_mul(price_per_gpu_hour, gpu_count as u64)
}

/// Escrow needed for `seconds` at `rate_per_hour`, rounded up so the operator is paid in full by the end.
pub fn cost(rate_per_hour: u64, seconds: u64) -> Option<u64> {
    mul_div_ceil(rate_per_hour, seconds, SECONDS_PER_HOUR)
}

/// What has streamed after `elapsed` of `duration` seconds from a deposit of `cost(rate, duration)`:
/// linear per second (rounded down), and the whole deposit once the duration is over.
pub fn streamed(rate_per_hour: u64, deposited: u64, duration: i64, elapsed: i64) -> u64 {
    if elapsed <= 0 {
        return 0;
    }
    if elapsed >= duration {
        return deposited;
    }
    // elapsed < duration, so rate * elapsed / 3600 <= cost(rate, duration) = deposited: no overflow.
    match mul_div_floor(rate_per_hour, elapsed as u64, SECONDS_PER_HOUR) {
        Some(amount) if amount < deposited => amount,
        _ => deposited,
    }
}

/// Fee of `bps` on `amount`, rounded up (the treasury never loses a base unit to rounding).
pub fn fee(amount: u64, bps: u16) -> u64 {
    // bps <= 10,000, so the fee is at most `amount`: no overflow.
    mul_div_ceil(amount, bps as u64, BPS_DENOMINATOR).unwrap_or(amount)
}

/// A release of `gross` to the operator after `released_before` had been released: `(to_operator, fee)`.
/// The supplier fee is charged on the cumulative release, so splitting one payment into many settles
/// (anyone can crank `settle`) costs the operator nothing extra.
pub fn operator_payment(released_before: u64, gross: u64, supplier_fee_bps: u16) -> (u64, u64) {
    let total = released_before + gross; // both are parts of one deposit
    let fee = fee(total, supplier_fee_bps) - fee(released_before, supplier_fee_bps);
    (gross - fee, fee)
}

/// The arbiter's split of a disputed remainder: `(to_renter, to_operator)`, rounded toward the operator's side
/// never creating a unit: `to_renter = floor(remainder * renter_bps / 10,000)`.
pub fn dispute_split(remainder: u64, renter_share_bps: u16) -> Option<(u64, u64)> {
    split_bps(remainder, renter_share_bps)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{rngs::StdRng, Rng, SeedableRng};

    #[test]
    fn cost_rounds_up_and_streamed_reaches_the_deposit_exactly_at_the_end() {
        assert_eq!(cost(3_600, 1), Some(1));
        assert_eq!(cost(1, 1), Some(1));
        assert_eq!(cost(7_200, 1_800), Some(3_600));
        let deposited = cost(1, 100).unwrap();
        assert_eq!(streamed(1, deposited, 100, 99), 0);
        assert_eq!(streamed(1, deposited, 100, 100), 1);
        assert_eq!(streamed(1, deposited, 100, 1_000), 1);
        assert_eq!(streamed(1, deposited, 100, 0), 0);
        assert_eq!(streamed(1, deposited, 100, -5), 0);
    }

    #[test]
    fn overflow_in_price_times_gpus_times_duration_is_reported() {
        assert_eq!(rate_per_hour(u64::MAX, 2), None);
        assert_eq!(cost(u64::MAX, 3_601), None);
        assert_eq!(cost(u64::MAX, 3_600), Some(u64::MAX));
    }

    #[test]
    fn streamed_is_monotone_and_never_exceeds_the_deposit() {
        let mut rng = StdRng::seed_from_u64(6);
        for _ in 0..20_000 {
            let shift = rng.gen_range(0..64);
            let rate = rng.gen_range(1..=u64::MAX >> shift);
            let duration = rng.gen_range(1..=365 * 86_400i64);
            let Some(deposited) = cost(rate, duration as u64) else { continue };
            let a = rng.gen_range(0..=duration + 10);
            let b = rng.gen_range(a..=duration + 10);
            let (sa, sb) = (streamed(rate, deposited, duration, a), streamed(rate, deposited, duration, b));
            assert!(sa <= sb && sb <= deposited, "rate {rate} duration {duration} a {a} b {b}");
            // Exact against native u128.
            if a < duration {
                assert_eq!(sa as u128, rate as u128 * a as u128 / 3_600);
            }
        }
    }

    #[test]
    fn extending_keeps_the_deposit_equal_to_the_cost_of_the_whole_duration() {
        let mut rng = StdRng::seed_from_u64(7);
        for _ in 0..20_000 {
            let rate = rng.gen_range(1..1_000_000_000u64);
            let first = rng.gen_range(1..100_000u64);
            let extra = rng.gen_range(1..100_000u64);
            let top_up = cost(rate, first + extra).unwrap() - cost(rate, first).unwrap();
            assert_eq!(cost(rate, first).unwrap() + top_up, cost(rate, first + extra).unwrap());
        }
    }

    #[test]
    fn supplier_fees_do_not_depend_on_how_often_settle_runs() {
        let mut rng = StdRng::seed_from_u64(8);
        for _ in 0..2_000 {
            let bps = rng.gen_range(0..=1_000u16);
            let deposit = rng.gen_range(0..10_000_000u64);
            let (mut released, mut paid, mut fees) = (0u64, 0u64, 0u64);
            while released < deposit {
                let gross = rng.gen_range(1..=(deposit - released).min(1 + deposit / 7));
                let (to_operator, fee) = operator_payment(released, gross, bps);
                assert_eq!(to_operator + fee, gross);
                released += gross;
                paid += to_operator;
                fees += fee;
            }
            assert_eq!(fees, fee(deposit, bps));
            assert_eq!(paid + fees, deposit);
        }
    }

    #[test]
    fn dispute_split_adds_up() {
        assert_eq!(dispute_split(1_001, 5_000), Some((500, 501)));
        assert_eq!(dispute_split(7, 10_000), Some((7, 0)));
        assert_eq!(dispute_split(7, 10_001), None);
    }
}
