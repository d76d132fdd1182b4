//! Money math for programs built by upstream LLVM's BPF backend.
//!
//! That backend cannot call `__multi3` / `__udivti3`, so a `u128` may be added, subtracted, shifted and
//! compared but never multiplied or divided. Every wide product and quotient here is built from 64-bit
//! operations on 32-bit limbs. Functions return `None` on overflow or division by zero so callers turn it
//! into a named error; nothing here panics.
//!
//! Rounding is explicit in each name (`_floor` / `_ceil`): callers pick the direction that favours the pool.

/// Basis points in a whole.
pub const BPS_DENOMINATOR: u64 = 10_000;

/// Full 64 x 64 -> 128-bit product, as (high, low) 64-bit words.
///
/// Never inlined: LLVM recognizes this limb arithmetic as the high half of a 128-bit product when a caller
/// uses only that half, and folds it back into `mul i128`, i.e. `__multi3`, which BPF cannot call.
#[inline(never)]
pub const fn mul_wide(a: u64, b: u64) -> (u64, u64) {
    let (a_hi, a_lo) = (a >> 32, a & 0xFFFF_FFFF);
    let (b_hi, b_lo) = (b >> 32, b & 0xFFFF_FFFF);

    // Products of 32-bit limbs fit in 64 bits; `wrapping_mul` keeps LLVM from emitting an overflow check,
    // which it would lower to `__multi3`.
    let lo_lo = a_lo.wrapping_mul(b_lo);
    let hi_lo = a_hi.wrapping_mul(b_lo);
    let lo_hi = a_lo.wrapping_mul(b_hi);
    let hi_hi = a_hi.wrapping_mul(b_hi);

    // Sum of the middle terms and the carry out of the low word; each piece is < 2^32, so no overflow.
    let middle = (lo_lo >> 32) + (hi_lo & 0xFFFF_FFFF) + (lo_hi & 0xFFFF_FFFF);
    let low = (middle << 32) | (lo_lo & 0xFFFF_FFFF);
    let high = hi_hi + (hi_lo >> 32) + (lo_hi >> 32) + (middle >> 32);
    (high, low)
}

/// `a * b`, or `None` on overflow. Use this, never `u64::checked_mul` or a plain `*` on values that are
/// not provably small: LLVM lowers u64 multiply-with-overflow to `__multi3`, which the BPF backend rejects
/// (and the release profile keeps overflow checks on).
#[inline]
pub const fn checked_mul(a: u64, b: u64) -> Option<u64> {
    match mul_wide(a, b) {
        (0, low) => Some(low),
        _ => None,
    }
}

/// 64 x 64 -> u128 product.
#[inline]
pub const fn mul_u64(a: u64, b: u64) -> u128 {
    let (hi, lo) = mul_wide(a, b);
    ((hi as u128) << 64) | lo as u128
}

/// Divides the 128-bit value `(high, low)` by `divisor`, returning (quotient, remainder).
/// Requires `high < divisor` so that the quotient fits in 64 bits (Hacker's Delight `divlu`,
/// with 32-bit digits and a normalized divisor).
#[inline]
const fn div_128_by_64_small(high: u64, low: u64, divisor: u64) -> (u64, u64) {
    const BASE: u64 = 1 << 32;
    let shift = divisor.leading_zeros();
    let d = divisor << shift;
    let d_hi = d >> 32;
    let d_lo = d & 0xFFFF_FFFF;

    // Normalize the dividend by the same shift (high < divisor keeps it within 128 bits).
    let n_hi = if shift == 0 { high } else { (high << shift) | (low >> (64 - shift)) };
    let n_lo = low << shift;
    let n_lo_hi = n_lo >> 32;
    let n_lo_lo = n_lo & 0xFFFF_FFFF;

    // First quotient digit.
    let mut q1 = n_hi / d_hi;
    // Below, every product is < 2^64 (a factor under 2^32 times one under 2^32, or q * d_hi <= n_hi), so
    // `wrapping_mul` is exact and avoids overflow checks that would need `__multi3`.
    let mut rhat = n_hi - q1.wrapping_mul(d_hi);
    while q1 >= BASE || q1.wrapping_mul(d_lo) > (rhat << 32) + n_lo_hi {
        q1 -= 1;
        rhat += d_hi;
        if rhat >= BASE {
            break;
        }
    }
    let rem21 = (n_hi << 32).wrapping_add(n_lo_hi).wrapping_sub(q1.wrapping_mul(d));

    // Second quotient digit.
    let mut q0 = rem21 / d_hi;
    rhat = rem21 - q0.wrapping_mul(d_hi);
    while q0 >= BASE || q0.wrapping_mul(d_lo) > (rhat << 32) + n_lo_lo {
        q0 -= 1;
        rhat += d_hi;
        if rhat >= BASE {
            break;
        }
    }
    let rem = (rem21 << 32).wrapping_add(n_lo_lo).wrapping_sub(q0.wrapping_mul(d));
    ((q1 << 32) | q0, rem >> shift)
}

/// 128 / 64 division: returns (quotient, remainder), or `None` when `divisor` is zero.
#[inline]
pub const fn div_u128_by_u64(numerator: u128, divisor: u64) -> Option<(u128, u64)> {
    if divisor == 0 {
        return None;
    }
    let high = (numerator >> 64) as u64;
    let low = numerator as u64;
    if high == 0 {
        // The common case: a 64-bit dividend, one native division.
        return Some(((low / divisor) as u128, low % divisor));
    }
    let q_high = high / divisor;
    let r_high = high - q_high.wrapping_mul(divisor); // q_high * divisor <= high
    let (q_low, rem) = div_128_by_64_small(r_high, low, divisor);
    Some((((q_high as u128) << 64) | q_low as u128, rem))
}

/// `floor(a * b / c)`, or `None` on division by zero or a result above `u64::MAX`.
#[inline]
pub const fn mul_div_floor(a: u64, b: u64, c: u64) -> Option<u64> {
    match div_u128_by_u64(mul_u64(a, b), c) {
        Some((q, _)) if q <= u64::MAX as u128 => Some(q as u64),
        _ => None,
    }
}

/// `ceil(a * b / c)`, or `None` on division by zero or a result above `u64::MAX`.
#[inline]
pub const fn mul_div_ceil(a: u64, b: u64, c: u64) -> Option<u64> {
    match div_u128_by_u64(mul_u64(a, b), c) {
        Some((q, r)) if q <= u64::MAX as u128 => {
            if r == 0 {
                Some(q as u64)
            } else {
                (q as u64).checked_add(1)
            }
        }
        _ => None,
    }
}

/// Splits `amount` by a rate in basis points: `(part, rest)` with `part = floor(amount * bps / 10_000)`
/// and `rest = amount - part`, so the two always add up to `amount` exactly.
#[inline]
pub const fn split_bps(amount: u64, bps: u16) -> Option<(u64, u64)> {
    if bps as u64 > BPS_DENOMINATOR {
        return None;
    }
    match mul_div_floor(amount, bps as u64, BPS_DENOMINATOR) {
        Some(part) => Some((part, amount - part)),
        None => None,
    }
}

/// Q64.64 fixed point: `floor(amount * 2^64 / supply)`, the accumulator increment when `amount` is shared
/// over `supply` units. `None` when `supply` is zero.
#[inline]
pub const fn q64_ratio_floor(amount: u64, supply: u64) -> Option<u128> {
    match div_u128_by_u64((amount as u128) << 64, supply) {
        Some((q, _)) => Some(q),
        None => None,
    }
}

/// `floor(balance * delta / 2^64)` for a Q64.64 `delta`: what `balance` units earned while the accumulator
/// grew by `delta`. `None` when the result exceeds `u64::MAX`.
#[inline]
pub const fn q64_mul_floor(balance: u64, delta: u128) -> Option<u64> {
    let delta_hi = (delta >> 64) as u64;
    let delta_lo = delta as u64;
    // balance * delta = balance * delta_hi * 2^64 + balance * delta_lo; shifted right by 64 bits.
    let (hi_hi, hi_lo) = mul_wide(balance, delta_hi);
    let (lo_hi, _) = mul_wide(balance, delta_lo);
    if hi_hi != 0 {
        return None;
    }
    hi_lo.checked_add(lo_hi)
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use rand::{rngs::SmallRng, Rng, SeedableRng};

    const EDGES: [u64; 12] = [
        0,
        1,
        2,
        3,
        0xFFFF_FFFF,
        0x1_0000_0000,
        0x1_0000_0001,
        0x7FFF_FFFF_FFFF_FFFF,
        0x8000_0000_0000_0000,
        u64::MAX - 1,
        u64::MAX,
        10_000,
    ];

    /// Random u64 with a random bit length, so small, medium and huge values all show up.
    fn random_u64(rng: &mut SmallRng) -> u64 {
        let bits = rng.gen_range(0..=64u32);
        if bits == 0 {
            0
        } else {
            rng.gen::<u64>() >> (64 - bits)
        }
    }

    fn random_u128(rng: &mut SmallRng) -> u128 {
        ((random_u64(rng) as u128) << rng.gen_range(0..=64u32)) ^ random_u64(rng) as u128
    }

    fn check_mul_div(a: u64, b: u64, c: u64) {
        let exact = if c == 0 { None } else { Some((a as u128 * b as u128) / c as u128) };
        let floor = exact.and_then(|q| u64::try_from(q).ok());
        assert_eq!(mul_div_floor(a, b, c), floor, "floor {a} * {b} / {c}");
        let ceil = if c == 0 {
            None
        } else {
            let p = a as u128 * b as u128;
            u64::try_from(p.div_ceil(c as u128)).ok()
        };
        assert_eq!(mul_div_ceil(a, b, c), ceil, "ceil {a} * {b} / {c}");
    }

    #[test]
    fn mul_wide_matches_native_on_edges_and_random() {
        let mut rng = SmallRng::seed_from_u64(1);
        for &a in &EDGES {
            for &b in &EDGES {
                assert_eq!(mul_u64(a, b), a as u128 * b as u128);
            }
        }
        for _ in 0..200_000 {
            let (a, b) = (random_u64(&mut rng), random_u64(&mut rng));
            assert_eq!(mul_u64(a, b), a as u128 * b as u128, "{a} * {b}");
        }
    }

    #[test]
    fn checked_mul_matches_native() {
        let mut rng = SmallRng::seed_from_u64(6);
        for &a in &EDGES {
            for &b in &EDGES {
                assert_eq!(checked_mul(a, b), a.checked_mul(b));
            }
        }
        for _ in 0..200_000 {
            let (a, b) = (random_u64(&mut rng), random_u64(&mut rng));
            assert_eq!(checked_mul(a, b), a.checked_mul(b), "{a} * {b}");
        }
    }

    #[test]
    fn div_u128_by_u64_matches_native() {
        let mut rng = SmallRng::seed_from_u64(2);
        for &d in &EDGES {
            for &h in &EDGES {
                for &l in &EDGES {
                    let n = ((h as u128) << 64) | l as u128;
                    let expected = if d == 0 { None } else { Some((n / d as u128, (n % d as u128) as u64)) };
                    assert_eq!(div_u128_by_u64(n, d), expected, "{n} / {d}");
                }
            }
        }
        for _ in 0..200_000 {
            let n = random_u128(&mut rng);
            let d = random_u64(&mut rng);
            let expected = if d == 0 { None } else { Some((n / d as u128, (n % d as u128) as u64)) };
            assert_eq!(div_u128_by_u64(n, d), expected, "{n} / {d}");
        }
    }

    #[test]
    fn mul_div_matches_native() {
        let mut rng = SmallRng::seed_from_u64(3);
        for &a in &EDGES {
            for &b in &EDGES {
                for &c in &EDGES {
                    check_mul_div(a, b, c);
                }
            }
        }
        for _ in 0..200_000 {
            check_mul_div(random_u64(&mut rng), random_u64(&mut rng), random_u64(&mut rng));
        }
    }

    #[test]
    fn split_bps_parts_add_up() {
        let mut rng = SmallRng::seed_from_u64(4);
        for _ in 0..100_000 {
            let amount = random_u64(&mut rng);
            let bps = rng.gen_range(0..=10_000u16);
            let (part, rest) = split_bps(amount, bps).unwrap();
            assert_eq!(part as u128 + rest as u128, amount as u128);
            assert_eq!(part as u128, amount as u128 * bps as u128 / 10_000);
        }
        assert_eq!(split_bps(1, 10_001), None);
        assert_eq!(split_bps(u64::MAX, 10_000), Some((u64::MAX, 0)));
    }

    #[test]
    fn q64_helpers_match_native() {
        let mut rng = SmallRng::seed_from_u64(5);
        for _ in 0..200_000 {
            let amount = random_u64(&mut rng);
            let supply = random_u64(&mut rng);
            let expected = if supply == 0 { None } else { Some(((amount as u128) << 64) / supply as u128) };
            assert_eq!(q64_ratio_floor(amount, supply), expected);

            let balance = random_u64(&mut rng);
            let delta = random_u128(&mut rng);
            // Exact (balance * delta) >> 64 in 192 bits, computed with native u128 pieces.
            let lo = (balance as u128) * (delta as u64 as u128);
            let hi = (balance as u128) * (delta >> 64);
            let exact = hi.checked_add(lo >> 64);
            let expected = exact.and_then(|v| u64::try_from(v).ok());
            assert_eq!(q64_mul_floor(balance, delta), expected, "{balance} * {delta}");
        }
        // A holder of the whole supply never receives more than was distributed.
        for _ in 0..100_000 {
            let amount = random_u64(&mut rng);
            let supply = random_u64(&mut rng).max(1);
            let acc = q64_ratio_floor(amount, supply).unwrap();
            if let Some(paid) = q64_mul_floor(supply, acc) {
                assert!(paid <= amount);
            }
        }
    }
}
