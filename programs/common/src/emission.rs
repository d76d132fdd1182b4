//! io.net's IO emission schedule, by its cumulative amount.
//!
//! Epoch `t` (t = 1..=LAST_EPOCH, one per hour from a genesis time) emits `E_t = 500,000,000 IO * r_t` with
//! `r_1 = 0.08 / 8,760` and `r_t = r_{t-1} * q`, `q = 1 - 0.0000138869523959793`. The total of the first `t`
//! epochs is the geometric sum
//!
//! ```text
//! C(t) = E_1 * (1 - q^t) / (1 - q) = A * (1 - q^t),   A = 4e7 * 1e19 / (8,760 * 138,869,523,959,793) IO
//! ```
//!
//! and a crank emits `C(now) - C(last)`: any number of missed epochs in O(1), the same total however often it
//! runs. `C` is computed in fixed point: `q^t` as a 256-bit fraction, a product of 18 factors (the table entry
//! `q^(2^i)` for each set bit of t, 1 - 2^-256 for each unset one; each product floored, so the error is below
//! 2^-250), and `A` with 128 fractional bits. The result is
//! `floor(A * 10^decimals * (1 - q^t))`, exact to the base unit against an arbitrary-precision reference (the host
//! tests below check every power of two and random epochs).

use crate::math::{mul_wide, BPS_DENOMINATOR};

/// Seconds per epoch.
pub const EPOCH_SECONDS: i64 = 3_600;

/// The last epoch that emits (20 years of hours, less leap-day hours, as io.net publishes it).
pub const LAST_EPOCH: u64 = 175_319;

/// `floor(q^(2^i) * 2^256)` for i = 0..=17, little-endian 64-bit limbs (scripts: 1,100-bit fixed point, floored).
const Q_POWERS: [[u64; 4]; 18] = [
    [0xbe3612f8c6981cdd, 0xe23f4b7f8903a659, 0x306e20eb3c8dc742, 0xffff1703fe5dc27e],
    [0x9fbc93bf4b2ea5df, 0x71a34433aa4d46b0, 0xa7c34cec6f5158c0, 0xfffe2e08d0c54005],
    [0x923466c7118a82a8, 0xec0e966321739139, 0xe9072375201f1e99, 0xfffc5c14f1ae684a],
    [0x0a5e2c3dd1fbc6f4, 0x58e920825a8195e9, 0x9216f911aa401f56, 0xfff8b83723d4528e],
    [0x0466911a15b430de, 0x873fa2f35ddbb8c4, 0x9c30faa36201e822, 0xfff170a348c5b739],
    [0xdd14c0a35f5a9fbe, 0xee0615faaede2d7b, 0x806b33551035d07e, 0xffe2e21a8ff82f1a],
    [0x86e603e626e763e5, 0x7d51693923f7be4c, 0xb92bdee45c5fc339, 0xffc5c784e96988fd],
    [0x8ddc6c87198053a3, 0xcd5b7c25656a8099, 0xea0565f8a9c42759, 0xff8b9c47770f6339],
    [0xfb33b395d19634a1, 0x379064e5dc9c383e, 0x23f1d185205309c6, 0xff176d7974331f71],
    [0x7b79ed99873a0088, 0x5abd08a84731d1b8, 0xa1c8a51ed6d8bab3, 0xfe2fae3cd0216065],
    [0xfe144b488023c5af, 0x02c8bdb179194aa2, 0xaa4127e58f926c50, 0xfc62a6a21ded60ea],
    [0x3ce9412d06c3264e, 0x7c5ce6979f8686cb, 0xf079424c3a613c8e, 0xf8d25e132b80e605],
    [0xf7bead850fc73d41, 0x8f37d8dedc88cf2f, 0x091c870c0843e0d0, 0xf1d843239e4f3287],
    [0xe01438c3ef9fb8bd, 0xcca0828e0f75df59, 0xa30770f8e0ead689, 0xe478e51a6dc7ec99],
    [0x39f848ea83e9597d, 0xfaabe5292f868461, 0xa368e0b22df0cbcf, 0xcbe7912ea95b5401],
    [0x616ecdc8b0407a0c, 0x7437d749ce059fd8, 0xf622fcd29d211c59, 0xa26911b755225e66],
    [0xe4cc1698f340fa49, 0x4a0f8b20f378a620, 0x23f6abe014d89e5f, 0x6709258b915d3245],
    [0x21ad44c3c0fd8c73, 0x8ce5565820d93f22, 0x4a144e00a4edd6ae, 0x29785c89f84adb1d],
];

/// 1 - 2^-256, the largest 256-bit fraction: "one" in products that must cost the same as any other.
const ONE: [u64; 4] = [u64::MAX; 4];

/// Per bit of t: the factor when the bit is clear (`ONE`) and when it is set (`q^(2^i)`).
const FACTORS: [[[u64; 4]; 2]; 18] = {
    let mut factors = [[ONE; 2]; 18];
    let mut bit = 0;
    while bit < 18 {
        factors[bit][1] = Q_POWERS[bit];
        bit += 1;
    }
    factors
};

/// `floor(A * 2^128)` in IO, little-endian limbs (A is about 328,808,219 IO).
const A_Q128: [u64; 3] = [0x8a44139fec5c23da, 0xdabbf4e86ff6bbb9, 0x139949a8];

/// The most decimals the IO mint may have: `C` in base units must fit a u64 (300M IO * 10^10 < 2^64).
pub const MAX_DECIMALS: u8 = 10;

/// Epochs fully elapsed at `now` for a schedule starting at `genesis`, capped at the last epoch.
pub const fn epochs_at(genesis: i64, now: i64) -> u64 {
    if now <= genesis {
        return 0;
    }
    // Unsigned division: BPF has none for signed integers (now > genesis here).
    let elapsed = (now as u64).wrapping_sub(genesis as u64) / EPOCH_SECONDS as u64;
    if elapsed > LAST_EPOCH {
        LAST_EPOCH
    } else {
        elapsed
    }
}

/// Seconds per supplier window: GPU time served is pooled per day of the schedule, and each day's suppliers'
/// emission is split by it (rental_escrow's `SupplierLedger`).
pub const WINDOW_SECONDS: i64 = 86_400;
/// Epochs per supplier window.
pub const EPOCHS_PER_WINDOW: u64 = (WINDOW_SECONDS / EPOCH_SECONDS) as u64;
/// Windows that emit: the last one ends with the last epoch.
pub const WINDOWS: u64 = LAST_EPOCH.div_ceil(EPOCHS_PER_WINDOW);

/// The window `now` falls in, for a schedule starting at `genesis` (`None` before the genesis); at or past
/// `WINDOWS` once the schedule is over.
pub const fn window_at(genesis: i64, now: i64) -> Option<u64> {
    if now < genesis {
        return None;
    }
    // Unsigned division: BPF has none for signed integers (now >= genesis here).
    Some((now as u64).wrapping_sub(genesis as u64) / WINDOW_SECONDS as u64)
}

/// The epochs elapsed when `window` ends (the schedule's last epoch for the last window).
pub const fn window_end_epoch(window: u64) -> u64 {
    let end = window.saturating_add(1).saturating_mul(EPOCHS_PER_WINDOW);
    if end > LAST_EPOCH {
        LAST_EPOCH
    } else {
        end
    }
}

/// The stakers' part of `total` emitted IO, `floor(total * staker_bps / 10,000)`, with the same instructions for every
/// amount (`total = 10,000 q + r`, so the product is `q * bps + floor(r * bps / 10,000)`): the crank's compute units
/// must not depend on how much it pays. Always taken of a cumulative total, so the split's totals do not depend on
/// how often it is taken.
pub const fn stakers_part(total: u64, staker_bps: u16) -> Option<u64> {
    let Some(whole) = crate::math::checked_mul(total / BPS_DENOMINATOR, staker_bps as u64) else {
        return None;
    };
    whole.checked_add((total % BPS_DENOMINATOR) * staker_bps as u64 / BPS_DENOMINATOR)
    // < 10^4 * 10^4
}

/// The suppliers' part of `total`: the rest after `stakers_part`. Never decreases as `total` grows.
pub const fn suppliers_part(total: u64, staker_bps: u16) -> Option<u64> {
    match stakers_part(total, staker_bps) {
        Some(stakers) => Some(total - stakers), // staker_bps <= 10,000
        None => None,
    }
}

/// `C(epochs)`: IO emitted by the first `epochs` epochs, in base units of a mint with `decimals`, floored. Epochs
/// past the last count as the last. `None` if `decimals` exceeds `MAX_DECIMALS`.
pub fn cumulative(epochs: u64, decimals: u8) -> Option<u64> {
    if decimals > MAX_DECIMALS {
        return None;
    }
    let t = if epochs > LAST_EPOCH { LAST_EPOCH } else { epochs };
    if t == 0 {
        return Some(0);
    }
    // q^t as a 256-bit fraction: the table entries of t's set bits multiplied together (t < 2^18). Every bit costs
    // one product, set or not (an unset bit multiplies by 1 - 2^-256), so the crank's compute units do not depend
    // on how many epochs it catches up.
    // The factor is picked by indexing with the bit, not by a branch the compiler could make of a select.
    let mut power = ONE;
    for (bit, choices) in FACTORS.iter().enumerate() {
        let product = mul_limbs(&power, &choices[((t >> bit) & 1) as usize]);
        power = [product[4], product[5], product[6], product[7]];
    }
    // 1 - q^t = 2^256 - power (power > 0: q^LAST_EPOCH is about 0.088), as two's complement.
    let mut one_minus = [!power[0], !power[1], !power[2], !power[3]];
    let mut carry = 1;
    for limb in one_minus.iter_mut() {
        (*limb, carry) = add_with_carry(*limb, carry);
    }
    // A * 10^decimals (128 fractional bits), times (1 - q^t) (256 fractional bits), floored.
    let scaled = mul_limbs(&A_Q128, &[10u64.pow(decimals as u32)]);
    let product = mul_limbs(&scaled[..4], &one_minus);
    if product[7] != 0 {
        return None;
    }
    Some(product[6])
}

/// `a * b` for little-endian limbs (together at most 8), schoolbook, into 8 limbs. Carries are computed with bit
/// operations, not comparisons, which BPF would turn into branches: the cost is the same for every value.
fn mul_limbs(a: &[u64], b: &[u64]) -> [u64; 8] {
    let mut out = [0u64; 8];
    for (i, &x) in a.iter().enumerate() {
        let mut carry: u64 = 0;
        for (j, &y) in b.iter().enumerate() {
            let (high, low) = mul_wide(x, y);
            let (sum, c1) = add_with_carry(out[i + j], low);
            let (sum, c2) = add_with_carry(sum, carry);
            out[i + j] = sum;
            carry = high + c1 + c2; // x * y + out + carry < 2^128: never overflows
        }
        if i + b.len() < 8 {
            out[i + b.len()] = carry;
        }
    }
    out
}

/// `a + b` wrapped, and the carry out (0 or 1), without a comparison.
#[inline(always)]
const fn add_with_carry(a: u64, b: u64) -> (u64, u64) {
    let sum = a.wrapping_add(b);
    (sum, ((a & b) | ((a | b) & !sum)) >> 63)
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use num_bigint::BigUint;
    use rand::{rngs::SmallRng, Rng, SeedableRng};
    use std::{vec, vec::Vec};

    /// The arbitrary-precision reference, independent of the table and of `A_Q128`: q^t by squaring in 2,048-bit
    /// fixed point (error below 2^-2000), then `floor(4e7 * 1e19 * 10^d * (1 - q^t) / (8,760 * 138,869,523,959,793))`.
    fn reference(t: u64, decimals: u8) -> u64 {
        const BITS: u64 = 2_048;
        let one = BigUint::from(1u8) << BITS;
        let den = BigUint::from(10u8).pow(19);
        let q = ((&den - BigUint::from(138_869_523_959_793u64)) << BITS) / &den;
        let (mut result, mut base, mut e) = (one.clone(), q, t.min(LAST_EPOCH));
        while e > 0 {
            if e & 1 == 1 {
                result = (&result * &base) >> BITS;
            }
            base = (&base * &base) >> BITS;
            e >>= 1;
        }
        let numerator = BigUint::from(4u64) * BigUint::from(10u8).pow(26 + decimals as u32) * (one - result);
        let denominator = BigUint::from(8_760u64 * 138_869_523_959_793u64) << BITS;
        u64::try_from(numerator / denominator).unwrap()
    }

    #[test]
    fn first_epochs_and_the_total_are_io_nets() {
        // 4,566.21004566 IO, then 4,566.14663492 and 4,566.08322505 more (8 decimals, floored).
        assert_eq!(cumulative(1, 8), Some(456_621_004_566));
        assert_eq!(cumulative(2, 8).unwrap() - cumulative(1, 8).unwrap(), 456_614_663_492);
        assert_eq!(cumulative(3, 8).unwrap() - cumulative(2, 8).unwrap(), 456_608_322_506);
        // The whole schedule: 300,000,000.00044093 IO; nothing after the last epoch.
        assert_eq!(cumulative(LAST_EPOCH, 8), Some(30_000_000_000_044_093));
        assert_eq!(cumulative(LAST_EPOCH + 1, 8), cumulative(LAST_EPOCH, 8));
        assert_eq!(cumulative(u64::MAX, 8), cumulative(LAST_EPOCH, 8));
        assert_eq!(cumulative(0, 8), Some(0));
    }

    #[test]
    fn exact_to_the_base_unit_at_every_boundary_and_random_epochs() {
        let mut epochs: Vec<u64> = vec![0, 1, 2, 3, 4, 24, 8_760, 87_600, LAST_EPOCH - 1, LAST_EPOCH, LAST_EPOCH + 1];
        for bit in 0..18 {
            let p = 1u64 << bit;
            epochs.extend([p - 1, p, p + 1]);
        }
        let mut rng = SmallRng::seed_from_u64(21);
        epochs.extend((0..300).map(|_| rng.gen_range(1..=LAST_EPOCH)));
        for decimals in [0u8, 6, 8, 9, MAX_DECIMALS] {
            for &t in &epochs {
                assert_eq!(cumulative(t, decimals), Some(reference(t, decimals)), "C({t}) at {decimals} decimals");
            }
        }
    }

    #[test]
    fn refuses_decimals_it_cannot_hold_and_never_decreases() {
        assert_eq!(cumulative(10, MAX_DECIMALS + 1), None);
        let mut rng = SmallRng::seed_from_u64(7);
        let mut previous = 0;
        let mut t = 0;
        while t <= LAST_EPOCH + 10 {
            let c = cumulative(t, 8).unwrap();
            assert!(c >= previous);
            previous = c;
            t += rng.gen_range(1..5_000);
        }
    }

    #[test]
    fn windows_are_days_and_the_last_ends_with_the_schedule() {
        assert_eq!(WINDOWS, 7_305);
        assert_eq!(window_at(1_000, 999), None);
        assert_eq!(window_at(1_000, 1_000), Some(0));
        assert_eq!(window_at(1_000, 1_000 + 86_399), Some(0));
        assert_eq!(window_at(1_000, 1_000 + 86_400), Some(1));
        assert_eq!(window_end_epoch(0), 24);
        assert_eq!(window_end_epoch(WINDOWS - 2), 175_296);
        assert_eq!(window_end_epoch(WINDOWS - 1), LAST_EPOCH);
        assert_eq!(window_end_epoch(u64::MAX), LAST_EPOCH);
    }

    #[test]
    fn the_split_adds_up_and_the_suppliers_part_never_decreases() {
        let mut rng = SmallRng::seed_from_u64(23);
        for _ in 0..20_000 {
            let total = rng.gen_range(0..=u64::MAX / 10_000 * 10_000);
            let bps = rng.gen_range(0..=10_000u16);
            let stakers = stakers_part(total, bps).unwrap();
            assert_eq!(stakers as u128, total as u128 * bps as u128 / 10_000);
            assert_eq!(stakers + suppliers_part(total, bps).unwrap(), total);
            let more = total.saturating_add(rng.gen_range(0..3));
            assert!(suppliers_part(more, bps).unwrap() >= suppliers_part(total, bps).unwrap());
        }
    }

    #[test]
    fn epochs_count_whole_hours_from_genesis() {
        assert_eq!(epochs_at(1_000, 999), 0);
        assert_eq!(epochs_at(1_000, 1_000 + 3_599), 0);
        assert_eq!(epochs_at(1_000, 1_000 + 3_600), 1);
        assert_eq!(epochs_at(0, i64::MAX), LAST_EPOCH);
    }
}
