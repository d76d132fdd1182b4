//! A device's reputation score, in bps: the share of its weighed history that was clean, measured in GPU time
//! rather than rental counts, with a prior of eight clean and eight unproven GPU-hours (a new device scores 5,000),
//! each lost dispute weighing four times the GPU time it booked.
//! `score = 10,000 * (clean + PRIOR) / (clean + 2 * PRIOR + 4 * lost)`, in GPU-seconds.

use common::math::mul_div_floor;

/// Eight GPU-hours, in GPU-seconds.
pub const PRIOR_GPU_SECONDS: u64 = 8 * 3_600;

pub fn score_bps(clean_gpu_seconds: u64, lost_gpu_seconds: u64) -> u16 {
    // Counts beyond 2^60 change nothing visible; capping them keeps the sums exact.
    const CAP: u64 = 1 << 60;
    let clean = clean_gpu_seconds.min(CAP) + PRIOR_GPU_SECONDS;
    let weight = clean + PRIOR_GPU_SECONDS + 4 * lost_gpu_seconds.min(CAP);
    // clean < weight, so the score is below 10,000.
    mul_div_floor(10_000, clean, weight).unwrap_or(0) as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    const GPU_HOUR: u64 = 3_600;

    #[test]
    fn new_devices_start_at_half_and_clean_gpu_time_raises_the_score() {
        assert_eq!(score_bps(0, 0), 5_000);
        assert_eq!(score_bps(8 * GPU_HOUR, 0), 6_666);
        assert_eq!(score_bps(80 * GPU_HOUR, 0), 9_166);
        assert_eq!(score_bps(80 * GPU_HOUR, 8 * GPU_HOUR), 6_875);
        assert_eq!(score_bps(0, 8 * GPU_HOUR), 1_666);
        assert!(score_bps(u64::MAX, 0) < 10_000);
        assert_eq!(score_bps(u64::MAX, u64::MAX), score_bps(1 << 60, 1 << 60));
    }

    #[test]
    fn a_second_of_service_is_worth_a_second() {
        // A thousand one-second single-GPU rentals are 1,000 GPU-seconds: the score barely moves.
        assert_eq!(score_bps(1_000, 0), 5_085);
    }
}
