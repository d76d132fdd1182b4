//! Rent exemption from the whole Rent sysvar, in integers.
//!
//! Pinocchio's `Rent` reads only `lamports_per_byte_year` and assumes an exemption threshold of 1.0 (the newer
//! sysvar: 6,960 lamports, 1.0). Clusters that still publish the classic values (3,480 lamports, threshold 2.0)
//! then get half the rent they require and refuse the account. Here the sysvar is read whole, and the threshold
//! (an IEEE-754 double in the sysvar) is applied exactly in integer arithmetic: BPF has no floats. The result is
//! rounded up, so it is never below what the runtime computes (`(bytes * lamports) as f64 * threshold`).

use crate::math::mul_wide;
use pinocchio::error::ProgramError;

/// Bytes every account is charged for beyond its data (the runtime's `ACCOUNT_STORAGE_OVERHEAD`).
pub const ACCOUNT_STORAGE_OVERHEAD: u64 = 128;
/// Largest account the runtime allows (10 MiB).
const MAX_PERMITTED_DATA_LENGTH: u64 = 10 * 1024 * 1024;

/// The Rent sysvar's layout (`repr(C)`: u64, f64, u8, padding), the double kept as its bits.
#[repr(C)]
struct RawRent {
    lamports_per_byte_year: u64,
    exemption_threshold_bits: u64,
    burn_percent: u8,
}

/// The lamports an account of `data_len` bytes needs to be rent exempt on this cluster.
pub fn minimum_balance(data_len: usize) -> Result<u64, ProgramError> {
    let rent = read()?;
    exempt_minimum(rent.lamports_per_byte_year, rent.exemption_threshold_bits, data_len as u64)
        .ok_or(ProgramError::InvalidArgument)
}

#[cfg(target_arch = "bpf")]
fn read() -> Result<RawRent, ProgramError> {
    let mut rent = core::mem::MaybeUninit::<RawRent>::uninit();
    // SAFETY: the syscall writes the whole sysvar (24 bytes, `RawRent`'s layout) or fails. The dedicated rent
    // syscall is deprecated in favour of the generic `sol_get_sysvar`, but every cluster version serves it.
    #[allow(deprecated)]
    match unsafe { solana_define_syscall::definitions::sol_get_rent_sysvar(rent.as_mut_ptr() as *mut u8) } {
        0 => Ok(unsafe { rent.assume_init() }),
        _ => Err(ProgramError::UnsupportedSysvar),
    }
}

/// Host builds have no sysvars; only the pure function below is tested there.
#[cfg(not(target_arch = "bpf"))]
fn read() -> Result<RawRent, ProgramError> {
    Err(ProgramError::UnsupportedSysvar)
}

/// `ceil((ACCOUNT_STORAGE_OVERHEAD + data_len) * lamports_per_byte_year * threshold)`, the threshold given as the
/// bits of an IEEE-754 double. `None` for a negative, infinite or NaN threshold, an oversized account, or a result
/// beyond u64.
pub fn exempt_minimum(lamports_per_byte_year: u64, threshold_bits: u64, data_len: u64) -> Option<u64> {
    if data_len > MAX_PERMITTED_DATA_LENGTH {
        return None;
    }
    let base = crate::math::checked_mul(ACCOUNT_STORAGE_OVERHEAD + data_len, lamports_per_byte_year)?;
    let exponent = ((threshold_bits >> 52) & 0x7ff) as i32;
    let fraction = threshold_bits & ((1 << 52) - 1);
    if threshold_bits >> 63 != 0 || exponent == 0x7ff {
        return None;
    }
    // A double is mantissa * 2^(exponent - 1075), the mantissa carrying the implicit leading 1 unless subnormal.
    let (mantissa, exponent) = if exponent == 0 { (fraction, 1) } else { (fraction | (1 << 52), exponent) };
    // The 128-bit product as two limbs: BPF cannot lower variable shifts of a u128.
    let (high, low) = mul_wide(base, mantissa);
    let shift = exponent - 1075;
    if shift >= 0 {
        // Times 2^shift: must stay below 2^64.
        let shift = shift as u32;
        if high != 0 || shift >= 64 || (shift > 0 && low >> (64 - shift) != 0) {
            return None;
        }
        return Some(low << shift);
    }
    // Divided by 2^shift, rounded up.
    let shift = (-shift) as u32;
    let (floor, exact) = if shift >= 128 {
        (0, high == 0 && low == 0)
    } else if shift >= 64 {
        let s = shift - 64;
        let kept = if s == 0 { high } else { high >> s };
        let dropped_high = if s == 0 { 0 } else { high << (64 - s) };
        (kept, (s == 0 || dropped_high == 0) && low == 0)
    } else {
        if high >> shift != 0 {
            return None; // the quotient needs more than 64 bits
        }
        let quotient = (low >> shift) | (high << (64 - shift));
        (quotient, low << (64 - shift) == 0)
    };
    if exact {
        Some(floor)
    } else {
        floor.checked_add(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{rngs::SmallRng, Rng, SeedableRng};

    #[test]
    fn both_rent_formats_give_the_runtimes_figure() {
        // Classic: 3,480 lamports per byte-year, two years exempt. Newer: 6,960, one. Same balance.
        let classic = exempt_minimum(3_480, 2.0f64.to_bits(), 165).unwrap();
        let newer = exempt_minimum(6_960, 1.0f64.to_bits(), 165).unwrap();
        assert_eq!(classic, (128 + 165) * 3_480 * 2);
        assert_eq!(classic, newer);
        assert_eq!(exempt_minimum(3_480, 2.0f64.to_bits(), 0), Some(890_880));
    }

    #[test]
    fn never_below_the_floating_point_figure_and_at_most_one_above() {
        let mut rng = SmallRng::seed_from_u64(3);
        for _ in 0..100_000 {
            let lamports = rng.gen_range(0..10_000u64);
            let len = rng.gen_range(0..20_000u64);
            let threshold: f64 = rng.gen_range(0.0..8.0);
            let runtime = (((128 + len) * lamports) as f64 * threshold) as u64;
            let ours = exempt_minimum(lamports, threshold.to_bits(), len).unwrap();
            assert!(ours >= runtime && ours <= runtime + 1, "{lamports} {len} {threshold}: {ours} vs {runtime}");
        }
    }

    #[test]
    fn refuses_what_no_cluster_publishes() {
        assert_eq!(exempt_minimum(1, (-1.0f64).to_bits(), 0), None);
        assert_eq!(exempt_minimum(1, f64::INFINITY.to_bits(), 0), None);
        assert_eq!(exempt_minimum(1, f64::NAN.to_bits(), 0), None);
        assert_eq!(exempt_minimum(u64::MAX, 2.0f64.to_bits(), 1), None);
        assert_eq!(exempt_minimum(1, 1.0f64.to_bits(), MAX_PERMITTED_DATA_LENGTH + 1), None);
        assert_eq!(exempt_minimum(1, 0.0f64.to_bits(), 10), Some(0));
        assert_eq!(exempt_minimum(1, 1e-300f64.to_bits(), 10), Some(1));
    }
}
