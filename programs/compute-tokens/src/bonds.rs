//! The money math of a GPU bond, isolated from accounts and CPIs (issue 16): coupons accrued on the face value,
//! the straight-line principal schedule, the revenue waterfall and the default test, as pure functions tested on
//! the host.
//!
//! A bond raises `face` IOSD base units (one bond token per unit). From `start` (the subscription's close) to
//! `maturity`, coupons accrue per second on the face value at `coupon_bps` a year:
//! `coupon_due(t) = floor(face * coupon_bps * (min(t, maturity) - start) / (10,000 * 365 days))`. Accrual is a
//! function of time alone, so it never exceeds the rate times the time, whoever syncs when. The principal reserve
//! the schedule asks for is `floor(face * (min(t, maturity) - start) / (maturity - start))`, the whole face value
//! at maturity.
//!
//! Each synced inflow is split in order: (a) coupons due and unpaid (arrears included), to holders; (b) the
//! reserve, up to the schedule (after a default, up to the whole face value); (c) the rest, owed to the operator.
//! The three parts always add up to the inflow. A bond may be declared in default when the coupons that were due
//! a grace period ago are still unpaid, or when the reserve is still short a grace period after maturity. A default
//! accelerates the bond:
//! coupons stop accruing at the declaration, every later inflow goes to holders until the whole face value is
//! reserved, and tokens may be redeemed at once. Redemption pays each token its pro rata part of the reserve
//! (`floor(units * reserve / face)`), so what a redeemed token is owed grows as recovery arrives, and the sum
//! paid never exceeds the reserve. Curing a default costs the coupons as if it never happened plus the reserve's
//! shortfall against the schedule.

use common::math::{checked_mul, mul_div_floor, BPS_DENOMINATOR};

/// Coupons accrue over 365-day years.
pub const SECONDS_PER_YEAR: u64 = 365 * 86_400;
/// Highest coupon rate a bond may carry: 100% a year.
pub const MAX_COUPON_BPS: u16 = 10_000;
/// Longest term a bond may run: 30 years.
pub const MAX_TERM: i64 = 30 * 365 * 86_400;

/// Arithmetic overflow in bond accounting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overflow;

/// What is fixed once the subscription closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BondTerms {
    /// Face value raised, in IOSD base units (bond tokens issued).
    pub face: u64,
    pub coupon_bps: u16,
    /// When coupons start accruing (the subscription's close).
    pub start: i64,
    pub maturity: i64,
    /// Seconds coupons may stay unpaid before anyone may declare default.
    pub grace: i64,
}

/// What the waterfall has paid so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BondBooks {
    /// Coupons paid to holders.
    pub coupon_paid: u64,
    /// Principal set aside for redemption (including early repayments), ever: what redemptions paid out included.
    pub reserve: u64,
    /// When default was declared, if it was (and not cured).
    pub defaulted_at: Option<i64>,
}

impl BondBooks {
    pub fn defaulted(&self) -> bool {
        self.defaulted_at.is_some()
    }

    /// Coupons accrue until `now`, or until the default was declared.
    fn accrual_until(&self, now: i64) -> i64 {
        self.defaulted_at.map_or(now, |declared| now.min(declared))
    }
}

/// One inflow's parts: to holders as coupons, into the principal reserve, owed to the operator.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Waterfall {
    pub to_coupons: u64,
    pub to_reserve: u64,
    pub to_operator: u64,
}

impl BondTerms {
    /// Seconds of the coupon period elapsed at `now`, within [0, maturity - start].
    fn elapsed(&self, now: i64) -> u64 {
        let until = if now < self.maturity { now } else { self.maturity };
        if until <= self.start {
            0
        } else {
            (until - self.start) as u64
        }
    }

    /// Coupons accrued from the start to `now` (stopping at maturity), rounded down.
    pub fn coupon_due(&self, now: i64) -> Result<u64, Overflow> {
        // coupon_bps * elapsed <= 10,000 * 2^63 would overflow only for terms beyond any real bond; checked anyway.
        let rate_time = checked_mul(self.coupon_bps as u64, self.elapsed(now)).ok_or(Overflow)?;
        mul_div_floor(self.face, rate_time, BPS_DENOMINATOR * SECONDS_PER_YEAR).ok_or(Overflow)
    }

    /// The principal reserve the straight-line schedule asks for at `now`: the whole face value at maturity.
    pub fn reserve_target(&self, now: i64) -> Result<u64, Overflow> {
        if now >= self.maturity {
            return Ok(self.face);
        }
        let period = (self.maturity - self.start) as u64;
        mul_div_floor(self.face, self.elapsed(now), period).ok_or(Overflow)
    }

    /// Coupons due and not yet paid at `now` (none accrue after a default).
    pub fn arrears(&self, books: &BondBooks, now: i64) -> Result<u64, Overflow> {
        Ok(self.coupon_due(books.accrual_until(now))?.saturating_sub(books.coupon_paid))
    }

    /// Splits `inflow` synced at `now` by the waterfall.
    pub fn split(&self, books: &BondBooks, inflow: u64, now: i64) -> Result<Waterfall, Overflow> {
        let to_coupons = self.arrears(books, now)?.min(inflow);
        let target = if books.defaulted() { self.face } else { self.reserve_target(now)? };
        let to_reserve = target.saturating_sub(books.reserve).min(inflow - to_coupons);
        Ok(Waterfall { to_coupons, to_reserve, to_operator: inflow - to_coupons - to_reserve })
    }

    /// Applies a split to the books.
    pub fn record(&self, books: &mut BondBooks, parts: &Waterfall) -> Result<(), Overflow> {
        books.coupon_paid = books.coupon_paid.checked_add(parts.to_coupons).ok_or(Overflow)?;
        books.reserve = books.reserve.checked_add(parts.to_reserve).ok_or(Overflow)?;
        Ok(())
    }

    /// Anyone may declare default at `now` (after syncing): the coupons due a grace period ago are not all paid,
    /// or a grace period has passed since maturity and the reserve is still short of the face value.
    pub fn default_allowed(&self, books: &BondBooks, now: i64) -> Result<bool, Overflow> {
        if books.defaulted() {
            return Ok(false);
        }
        let a_grace_ago = now.saturating_sub(self.grace);
        let late = self.coupon_due(a_grace_ago)? > books.coupon_paid;
        Ok(late || (a_grace_ago >= self.maturity && books.reserve < self.face))
    }

    /// After a default, the collateral is paid to holders only once the operator had a grace period to cure it.
    pub fn collateral_payable(&self, books: &BondBooks, now: i64) -> bool {
        books.defaulted_at.is_some_and(|declared| now >= declared.saturating_add(self.grace))
    }

    /// The bond has met every obligation it can have at `now`: matured (or accelerated by a default), every coupon
    /// due paid and the whole face value reserved. Its payout may be unlocked; unredeemed tokens still redeem at par.
    pub fn discharged(&self, books: &BondBooks, now: i64) -> Result<bool, Overflow> {
        let due = now >= self.maturity || books.defaulted();
        Ok(due && self.arrears(books, now)? == 0 && books.reserve >= self.face)
    }

    /// Splits an operator's repayment of `amount` at `now`: coupons due and unpaid first, the rest into the reserve;
    /// `to_operator` is what exceeds both (refused by the program).
    pub fn split_repayment(&self, books: &BondBooks, amount: u64, now: i64) -> Result<Waterfall, Overflow> {
        let to_coupons = self.arrears(books, now)?.min(amount);
        let to_reserve = self.face.saturating_sub(books.reserve).min(amount - to_coupons);
        Ok(Waterfall { to_coupons, to_reserve, to_operator: amount - to_coupons - to_reserve })
    }

    /// What the operator must pay at `now` to cure a default: the coupons due as if there had been no default, and
    /// the reserve's shortfall against the schedule.
    pub fn cure_amount(&self, books: &BondBooks, now: i64) -> Result<u64, Overflow> {
        let current = BondBooks { defaulted_at: None, ..*books };
        let shortfall = self.reserve_target(now)?.saturating_sub(books.reserve);
        self.arrears(&current, now)?.checked_add(shortfall).ok_or(Overflow)
    }

    /// Tokens may be redeemed at maturity, or at once after a default.
    pub fn redeemable(&self, books: &BondBooks, now: i64) -> bool {
        now >= self.maturity || books.defaulted()
    }

    /// What `units` redeemed tokens are owed in all of `amount` shared pro rata by every token issued (the reserve,
    /// or the collateral after a default): `floor(units * amount / face)`. Monotone in both, so what a redeemed
    /// token was paid never exceeds what it is owed later, and the parts never add up to more than `amount`.
    pub fn pro_rata(&self, units: u64, amount: u64) -> Result<u64, Overflow> {
        mul_div_floor(units, amount, self.face).ok_or(Overflow)
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use rand::{rngs::StdRng, Rng, SeedableRng};

    const DAY: i64 = 86_400;
    const IOSD: u64 = 1_000_000;

    /// $20,000 at 12% a year for one year, 30 days' grace.
    fn terms() -> BondTerms {
        BondTerms {
            face: 20_000 * IOSD,
            coupon_bps: 1_200,
            start: 1_000_000,
            maturity: 1_000_000 + 365 * DAY,
            grace: 30 * DAY,
        }
    }

    #[test]
    fn coupons_accrue_per_second_and_stop_at_maturity() {
        let t = terms();
        assert_eq!(t.coupon_due(t.start - 5).unwrap(), 0);
        assert_eq!(t.coupon_due(t.start).unwrap(), 0);
        // 20,000 * 12% / 365 days = 6.575342 IOSD a day, rounded down to the unit.
        assert_eq!(t.coupon_due(t.start + DAY).unwrap(), 6_575_342);
        assert_eq!(t.coupon_due(t.maturity).unwrap(), 2_400 * IOSD);
        assert_eq!(t.coupon_due(t.maturity + 100 * DAY).unwrap(), 2_400 * IOSD);
    }

    #[test]
    fn the_schedule_reaches_the_face_value_at_maturity() {
        let t = terms();
        assert_eq!(t.reserve_target(t.start).unwrap(), 0);
        assert_eq!(t.reserve_target(t.start + 73 * DAY).unwrap(), 4_000 * IOSD);
        assert_eq!(t.reserve_target(t.maturity - 1).unwrap(), 19_999_999_365);
        assert_eq!(t.reserve_target(t.maturity).unwrap(), t.face);
    }

    #[test]
    fn the_waterfall_pays_coupons_then_the_reserve_then_the_operator() {
        let t = terms();
        let mut books = BondBooks::default();
        let now = t.start + 73 * DAY; // a fifth of the year: 480 IOSD of coupons, 4,000 of reserve due
        let parts = t.split(&books, 5_000 * IOSD, now).unwrap();
        assert_eq!(parts, Waterfall { to_coupons: 480 * IOSD, to_reserve: 4_000 * IOSD, to_operator: 520 * IOSD });
        t.record(&mut books, &parts).unwrap();
        // A thin month: not even the coupon is covered; what is unpaid is arrears, paid first later.
        let later = now + 30 * DAY;
        let thin = t.split(&books, 100 * IOSD, later).unwrap();
        assert_eq!(thin, Waterfall { to_coupons: 100 * IOSD, to_reserve: 0, to_operator: 0 });
        t.record(&mut books, &thin).unwrap();
        assert_eq!(t.arrears(&books, later).unwrap(), t.coupon_due(later).unwrap() - 580 * IOSD);
    }

    #[test]
    fn default_needs_arrears_older_than_the_grace_period_or_a_short_reserve_at_maturity() {
        let t = terms();
        let mut books = BondBooks::default();
        // Nothing paid for 30 days: coupons due exactly a grace period ago are zero, so no default yet.
        assert!(!t.default_allowed(&books, t.start + 30 * DAY).unwrap());
        assert!(t.default_allowed(&books, t.start + 30 * DAY + 1).unwrap() == (t.coupon_due(t.start + 1).unwrap() > 0));
        assert!(t.default_allowed(&books, t.start + 31 * DAY).unwrap());
        // Paid up to a day ago: current, whatever accrued since.
        books.coupon_paid = t.coupon_due(t.start + 40 * DAY).unwrap();
        assert!(!t.default_allowed(&books, t.start + 41 * DAY).unwrap());
        // At maturity with every coupon paid but the reserve short.
        books.coupon_paid = t.coupon_due(t.maturity).unwrap();
        // A unit short at maturity: the operator has a grace period to top it up before a default.
        books.reserve = t.face - 1;
        assert!(!t.default_allowed(&books, t.maturity).unwrap());
        assert!(!t.default_allowed(&books, t.maturity + t.grace - 1).unwrap());
        assert!(t.default_allowed(&books, t.maturity + t.grace).unwrap());
        assert_eq!(t.cure_amount(&books, t.maturity).unwrap(), 1);
        assert!(!t.discharged(&books, t.maturity).unwrap());
        books.defaulted_at = Some(t.maturity + t.grace);
        assert!(!t.default_allowed(&books, t.maturity + t.grace).unwrap());
        // Collateral is payable only after a grace period to cure.
        assert!(!t.collateral_payable(&books, t.maturity + 2 * t.grace - 1));
        assert!(t.collateral_payable(&books, t.maturity + 2 * t.grace));
        books.reserve = t.face;
        assert!(t.discharged(&books, t.maturity + t.grace).unwrap());
    }

    #[test]
    fn after_default_every_inflow_goes_to_holders_until_the_face_value_is_reserved() {
        let t = terms();
        let books = BondBooks { coupon_paid: 0, reserve: 1_000 * IOSD, defaulted_at: Some(t.start + 73 * DAY) };
        let now = t.start + 73 * DAY;
        let parts = t.split(&books, 50_000 * IOSD, now).unwrap();
        assert_eq!(parts, Waterfall { to_coupons: 480 * IOSD, to_reserve: 19_000 * IOSD, to_operator: 30_520 * IOSD });
    }

    #[test]
    fn a_repayment_pays_coupons_owed_before_the_reserve() {
        let t = terms();
        let now = t.start + 73 * DAY;
        let books = BondBooks { coupon_paid: 0, reserve: 19_000 * IOSD, defaulted_at: None };
        let parts = t.split_repayment(&books, 2_000 * IOSD, now).unwrap();
        assert_eq!(parts, Waterfall { to_coupons: 480 * IOSD, to_reserve: 1_000 * IOSD, to_operator: 520 * IOSD });
    }

    #[test]
    fn a_default_stops_coupons_and_redemption_pays_the_reserve_pro_rata() {
        let t = terms();
        let declared = t.start + 100 * DAY;
        let books = BondBooks { coupon_paid: 0, reserve: 5_000 * IOSD, defaulted_at: Some(declared) };
        assert_eq!(t.arrears(&books, t.maturity).unwrap(), t.coupon_due(declared).unwrap());
        assert!(t.redeemable(&books, declared) && !t.redeemable(&BondBooks::default(), t.maturity - 1));
        // A quarter of the face value is reserved: a token redeemed now is owed a quarter of its face.
        assert_eq!(t.pro_rata(4_000 * IOSD, books.reserve).unwrap(), 1_000 * IOSD);
        assert_eq!(t.pro_rata(3, books.reserve).unwrap(), 0);
        // Curing costs the coupons as if no default had been declared, and the schedule's shortfall.
        let now = t.start + 146 * DAY;
        let cure = t.cure_amount(&books, now).unwrap();
        assert_eq!(cure, t.coupon_due(now).unwrap() + (8_000 - 5_000) * IOSD);
    }

    /// Random inflows at random times, through default and past maturity: after every step the parts add up to
    /// the inflow, coupons paid never exceed what accrued (rate times time), and the reserve never exceeds the face
    /// value nor, before a default, the schedule.
    #[test]
    fn randomized_waterfall_conserves_every_unit() {
        let mut rng = StdRng::seed_from_u64(20_261_201);
        for _ in 0..200 {
            let start = rng.gen_range(0..1_000_000_000i64);
            let t = BondTerms {
                face: rng.gen_range(1..1_000_000_000 * IOSD),
                coupon_bps: rng.gen_range(0..=MAX_COUPON_BPS),
                start,
                maturity: start + rng.gen_range(1..5 * 365 * DAY),
                grace: rng.gen_range(0..90 * DAY),
            };
            let mut books = BondBooks::default();
            let (mut now, mut total_in, mut to_operator) = (start, 0u64, 0u64);
            for _ in 0..10 {
                now += rng.gen_range(0..(t.maturity - t.start) / 5 + 2);
                if !books.defaulted() && t.default_allowed(&books, now).unwrap() && rng.gen_bool(0.5) {
                    books.defaulted_at = Some(now);
                }
                let inflow = rng.gen_range(0..t.face / 3 + 2);
                let parts = t.split(&books, inflow, now).unwrap();
                assert_eq!(parts.to_coupons + parts.to_reserve + parts.to_operator, inflow);
                t.record(&mut books, &parts).unwrap();
                total_in += inflow;
                to_operator += parts.to_operator;
                assert_eq!(books.coupon_paid + books.reserve + to_operator, total_in);
                assert!(books.coupon_paid <= t.coupon_due(now).unwrap());
                if let Some(declared) = books.defaulted_at {
                    assert!(books.coupon_paid <= t.coupon_due(declared).unwrap(), "a coupon accrued after the default");
                }
                // Rate times time, in exact integers: coupon_paid * 10,000 * year <= face * bps * elapsed.
                let elapsed = (now.min(t.maturity) - t.start) as u128;
                assert!(
                    books.coupon_paid as u128 * 10_000 * SECONDS_PER_YEAR as u128
                        <= t.face as u128 * t.coupon_bps as u128 * elapsed
                );
                assert!(books.reserve <= t.face);
                if !books.defaulted() {
                    assert!(books.reserve <= t.reserve_target(now).unwrap());
                }
            }
        }
    }

    /// The SDK computes the same quotes in TypeScript (`computeTokens.bonds`); both check themselves against
    /// tests/vectors/bonds.json, written by this test with `UPDATE_VECTORS=1` and compared otherwise.
    #[test]
    fn quotes_match_the_committed_vectors() {
        use serde_json::{json, Value};
        use std::string::ToString;
        let mut rng = StdRng::seed_from_u64(16);
        let mut cases = std::vec::Vec::new();
        for _ in 0..300 {
            let start = rng.gen_range(0..2_000_000_000i64);
            let t = BondTerms {
                face: rng.gen_range(1..=u64::MAX / 20_000),
                coupon_bps: rng.gen_range(0..=MAX_COUPON_BPS),
                start,
                maturity: start + rng.gen_range(1..10 * 365 * DAY),
                grace: rng.gen_range(0..365 * DAY),
            };
            let now = start + rng.gen_range(-DAY..(t.maturity - start) * 2);
            let due = t.coupon_due(now).unwrap();
            let books = BondBooks {
                coupon_paid: rng.gen_range(0..=due.saturating_add(1)),
                reserve: rng.gen_range(0..=t.face),
                defaulted_at: rng.gen_bool(0.2).then(|| start + rng.gen_range(0..=(now - start).max(0))),
            };
            let inflow = rng.gen_range(0..=t.face);
            let split = t.split(&books, inflow, now).unwrap();
            let repayment = t.split_repayment(&books, inflow, now).unwrap();
            let s = |v: u64| Value::String(v.to_string());
            cases.push(json!({
                "terms": { "face": s(t.face), "couponBps": t.coupon_bps, "start": t.start, "maturity": t.maturity, "grace": t.grace },
                "books": { "couponPaid": s(books.coupon_paid), "reserve": s(books.reserve), "defaultedAt": books.defaulted_at },
                "inflow": s(inflow),
                "now": now,
                "couponDue": s(due),
                "reserveTarget": s(t.reserve_target(now).unwrap()),
                "arrears": s(t.arrears(&books, now).unwrap()),
                "split": [s(split.to_coupons), s(split.to_reserve), s(split.to_operator)],
                "defaultAllowed": t.default_allowed(&books, now).unwrap(),
                "cureAmount": s(t.cure_amount(&books, now).unwrap()),
                "redeemable": t.redeemable(&books, now),
                "proRata": s(t.pro_rata(inflow, books.reserve).unwrap()),
                "collateralPayable": t.collateral_payable(&books, now),
                "discharged": t.discharged(&books, now).unwrap(),
                "repayment": [s(repayment.to_coupons), s(repayment.to_reserve), s(repayment.to_operator)],
            }));
        }
        let text = serde_json::to_string_pretty(&Value::Array(cases)).unwrap() + "\n";
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/vectors/bonds.json");
        if std::env::var_os("UPDATE_VECTORS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &text).unwrap();
        }
        assert_eq!(std::fs::read_to_string(&path).expect("tests/vectors/bonds.json: run with UPDATE_VECTORS=1"), text);
    }
}
