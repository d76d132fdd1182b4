//! A device's reputation score, in bps: the share of its finished rentals that were clean, with a prior of one
//! clean and one unproven rental (a new device scores 5,000), each lost dispute weighing as four rentals.
//! `score = 10,000 * (completed + 1) / (completed + 2 + 4 * disputes_lost)`.

use common::math::mul_div_floor;

pub fn score_bps(completed_rentals: u64, disputes_lost: u32) -> u16 {
    // Counts beyond 2^32 change nothing visible; capping them keeps the sums exact.
    let clean = completed_rentals.min(u32::MAX as u64) + 1;
    let weight = clean + 1 + 4 * disputes_lost as u64;
    // clean < weight, so the score is below 10,000.
    mul_div_floor(10_000, clean, weight).unwrap_or(0) as u16
}

#[cfg(test)]
mod tests {
    use super::score_bps;

    #[test]
    fn new_devices_start_at_half_and_clean_history_raises_the_score() {
        assert_eq!(score_bps(0, 0), 5_000);
        assert_eq!(score_bps(10, 0), 9_166);
        assert_eq!(score_bps(10, 1), 6_875);
        assert_eq!(score_bps(0, 1), 1_666);
        assert!(score_bps(u64::MAX, 0) < 10_000);
        assert_eq!(score_bps(u64::MAX, u32::MAX), score_bps(u64::MAX, u32::MAX));
    }
}
