//! The IO/USD price from a Pyth `PriceUpdateV2` account, its guards, and the IO -> IOSD conversion, isolated
//! from accounts and CPIs so that the math is tested on the host.
//!
//! `PriceUpdateV2` (Pyth receiver, Anchor account): discriminator, write_authority (32), verification_level
//! (borsh enum: `Partial { num_signatures: u8 }` = [0, n], `Full` = [1]), then the price message: feed_id (32),
//! price i64, conf u64, exponent i32, publish_time i64, prev_publish_time i64, ema_price i64, ema_conf u64,
//! and posted_slot u64. Only `Full` updates are accepted, so the message starts at byte 41.

use crate::error::IosdError;
use common::math::{checked_mul, div_u128_by_u64, mul_u64, BPS_DENOMINATOR};

pub const PRICE_UPDATE_V2_DISCRIMINATOR: [u8; 8] = [34, 241, 35, 99, 157, 126, 244, 205];
const VERIFICATION_LEVEL_OFFSET: usize = 40;
const FULL_VERIFICATION: u8 = 1;
const MESSAGE_OFFSET: usize = 41;
/// feed_id, price, conf, exponent, publish_time: what is read.
const MESSAGE_READ_LEN: usize = 32 + 8 + 8 + 4 + 8;

/// The fields of a fully verified price update this program uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PriceUpdate {
    pub feed_id: [u8; 32],
    pub price: i64,
    pub conf: u64,
    pub exponent: i32,
    pub publish_time: i64,
}

fn bytes<const N: usize>(data: &[u8], offset: usize) -> [u8; N] {
    let mut out = [0u8; N];
    out.copy_from_slice(&data[offset..offset + N]);
    out
}

impl PriceUpdate {
    /// Decodes a `PriceUpdateV2` account's data (the caller has checked the account's owner).
    pub fn parse(data: &[u8]) -> Result<Self, IosdError> {
        if data.len() < MESSAGE_OFFSET + MESSAGE_READ_LEN || data[..8] != PRICE_UPDATE_V2_DISCRIMINATOR {
            return Err(IosdError::InvalidPriceAccount);
        }
        if data[VERIFICATION_LEVEL_OFFSET] != FULL_VERIFICATION {
            return Err(IosdError::PriceNotFullyVerified);
        }
        let m = MESSAGE_OFFSET;
        Ok(Self {
            feed_id: bytes(data, m),
            price: i64::from_le_bytes(bytes(data, m + 32)),
            conf: u64::from_le_bytes(bytes(data, m + 40)),
            exponent: i32::from_le_bytes(bytes(data, m + 48)),
            publish_time: i64::from_le_bytes(bytes(data, m + 52)),
        })
    }
}

/// What `Config` says a usable price looks like.
pub struct OracleGuards<'a> {
    pub feed_id: &'a [u8; 32],
    /// Oldest accepted publish time, in seconds before now.
    pub max_staleness: u32,
    /// Widest accepted `conf / price`, in bps.
    pub max_conf_bps: u16,
    /// k in `price - k * conf`.
    pub conf_multiplier: u16,
    /// Publish time of the last accepted update: prices only move forward, so nobody can pick an older,
    /// better price from inside the staleness window after a newer one was used.
    pub last_publish_time: i64,
}

/// How far ahead of the cluster clock a publish time may be: the clock can lag real time, and Pyth's own SDK
/// does not refuse a publish time ahead of it.
pub const MAX_CLOCK_LAG_SECONDS: i64 = 30;

impl OracleGuards<'_> {
    /// Checks `update` at time `now` and returns the price to convert at: `price - k * conf` (same exponent),
    /// so that uncertainty lowers what a caller gets, never raises it.
    pub fn conservative_price(&self, update: &PriceUpdate, now: i64) -> Result<u64, IosdError> {
        if &update.feed_id != self.feed_id {
            return Err(IosdError::WrongPriceFeed);
        }
        if update.publish_time > now.saturating_add(MAX_CLOCK_LAG_SECONDS) {
            return Err(IosdError::PriceInFuture);
        }
        if update.publish_time < self.last_publish_time {
            return Err(IosdError::PriceOlderThanLast);
        }
        if now.saturating_sub(update.publish_time) > self.max_staleness as i64 {
            return Err(IosdError::StalePrice);
        }
        if update.price <= 0 {
            return Err(IosdError::NonPositivePrice);
        }
        let (price, conf) = (update.price as u64, update.conf);
        // conf / price <= max_conf_bps / 10,000 (max_conf_bps <= 10,000). Real prices and confidences are far
        // below 2^64 / 10,000, where both products fit in 64 bits; otherwise compare 128-bit products.
        const SMALL: u64 = u64::MAX / BPS_DENOMINATOR;
        let too_wide = if price <= SMALL && conf <= SMALL {
            conf.wrapping_mul(BPS_DENOMINATOR) > price.wrapping_mul(self.max_conf_bps as u64)
        } else {
            mul_u64(conf, BPS_DENOMINATOR) > mul_u64(price, self.max_conf_bps as u64)
        };
        if too_wide {
            return Err(IosdError::PriceConfidenceTooWide);
        }
        // k <= 10 (validated in the config), so below 2^64 / 10 the margin cannot overflow.
        let margin = if conf <= u64::MAX / 10 {
            Some(conf.wrapping_mul(self.conf_multiplier as u64))
        } else {
            checked_mul(conf, self.conf_multiplier as u64)
        };
        match margin {
            Some(margin) if margin < price => Ok(price - margin),
            _ => Err(IosdError::PriceConfidenceTooWide),
        }
    }
}

/// 10^0 ..= 10^19, the powers of ten that fit in a u64 (a table: a loop costs ~5 CU per power on SBPF).
const POW10: [u64; 20] = {
    let mut table = [1u64; 20];
    let mut i = 1;
    while i < 20 {
        table[i] = table[i - 1] * 10;
        i += 1;
    }
    table
};

/// IOSD base units for `io_amount` IO base units at `price * 10^exponent` USD per IO, rounded down:
/// `floor(io_amount * price * 10^(exponent + iosd_decimals - io_decimals))`.
pub fn io_to_iosd(
    io_amount: u64,
    price: u64,
    exponent: i32,
    io_decimals: u8,
    iosd_decimals: u8,
) -> Result<u64, IosdError> {
    let product = mul_u64(io_amount, price);
    let scale = exponent as i64 + iosd_decimals as i64 - io_decimals as i64;
    if scale >= 0 {
        if product > u64::MAX as u128 {
            return Err(IosdError::MathOverflow);
        }
        if product == 0 {
            return Ok(0);
        }
        if scale > 19 {
            return Err(IosdError::MathOverflow);
        }
        return checked_mul(product as u64, POW10[scale as usize]).ok_or(IosdError::MathOverflow);
    }
    // Divide by 10^-scale in steps of at most 10^19; floor(floor(x / a) / b) == floor(x / (a * b)).
    let mut quotient = product;
    let mut remaining = scale.unsigned_abs();
    while remaining > 0 && quotient > 0 {
        let step = if remaining > 19 { 19 } else { remaining as u32 };
        quotient = match div_u128_by_u64(quotient, POW10[step as usize]) {
            Some((q, _)) => q,
            None => return Err(IosdError::MathOverflow),
        };
        remaining -= step as u64;
    }
    if quotient > u64::MAX as u128 {
        return Err(IosdError::MathOverflow);
    }
    Ok(quotient as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigUint;
    use rand::{rngs::SmallRng, Rng, SeedableRng};

    fn update_bytes(
        level: &[u8],
        feed: [u8; 32],
        price: i64,
        conf: u64,
        exponent: i32,
        publish_time: i64,
    ) -> [u8; 134] {
        let mut data = [0u8; 134];
        data[..8].copy_from_slice(&PRICE_UPDATE_V2_DISCRIMINATOR);
        data[40..40 + level.len()].copy_from_slice(level);
        let m = 40 + level.len();
        data[m..m + 32].copy_from_slice(&feed);
        data[m + 32..m + 40].copy_from_slice(&price.to_le_bytes());
        data[m + 40..m + 48].copy_from_slice(&conf.to_le_bytes());
        data[m + 48..m + 52].copy_from_slice(&exponent.to_le_bytes());
        data[m + 52..m + 60].copy_from_slice(&publish_time.to_le_bytes());
        data
    }

    #[test]
    fn parses_full_updates_and_refuses_partial_or_foreign_data() {
        let data = update_bytes(&[1], [7; 32], 12_345, 67, -8, 1_000);
        let update = PriceUpdate::parse(&data).unwrap();
        assert_eq!(
            update,
            PriceUpdate { feed_id: [7; 32], price: 12_345, conf: 67, exponent: -8, publish_time: 1_000 }
        );
        assert_eq!(
            PriceUpdate::parse(&update_bytes(&[0, 5], [7; 32], 1, 0, -8, 0)),
            Err(IosdError::PriceNotFullyVerified)
        );
        let mut wrong = data;
        wrong[0] ^= 1;
        assert_eq!(PriceUpdate::parse(&wrong), Err(IosdError::InvalidPriceAccount));
        assert_eq!(PriceUpdate::parse(&data[..100]), Err(IosdError::InvalidPriceAccount));
    }

    #[test]
    fn guards() {
        let feed = [7; 32];
        let g = OracleGuards {
            feed_id: &feed,
            max_staleness: 60,
            max_conf_bps: 100,
            conf_multiplier: 2,
            last_publish_time: 0,
        };
        let u = PriceUpdate { feed_id: feed, price: 10_000, conf: 100, exponent: -4, publish_time: 1_000 };
        assert_eq!(g.conservative_price(&u, 1_060), Ok(9_800));
        assert_eq!(g.conservative_price(&u, 1_061), Err(IosdError::StalePrice));
        assert_eq!(g.conservative_price(&u, 970), Ok(9_800));
        assert_eq!(g.conservative_price(&u, 969), Err(IosdError::PriceInFuture));
        let later = OracleGuards { last_publish_time: 1_000, ..g };
        assert_eq!(later.conservative_price(&u, 1_010), Ok(9_800));
        let newer = OracleGuards { last_publish_time: 1_001, ..g };
        assert_eq!(newer.conservative_price(&u, 1_010), Err(IosdError::PriceOlderThanLast));
        assert_eq!(
            g.conservative_price(&PriceUpdate { conf: 101, ..u }, 1_000),
            Err(IosdError::PriceConfidenceTooWide)
        );
        assert_eq!(g.conservative_price(&PriceUpdate { price: 0, ..u }, 1_000), Err(IosdError::NonPositivePrice));
        assert_eq!(g.conservative_price(&PriceUpdate { price: -5, ..u }, 1_000), Err(IosdError::NonPositivePrice));
        assert_eq!(g.conservative_price(&PriceUpdate { feed_id: [8; 32], ..u }, 1_000), Err(IosdError::WrongPriceFeed));
        let wide = OracleGuards { max_conf_bps: 10_000, conf_multiplier: 10, ..g };
        assert_eq!(
            wide.conservative_price(&PriceUpdate { conf: 1_000, ..u }, 1_000),
            Err(IosdError::PriceConfidenceTooWide)
        );
    }

    #[test]
    fn converts_the_usual_case() {
        // 1 IO (8 decimals) at $0.25 (price 25,000,000, exponent -8) = 0.25 IOSD (6 decimals).
        assert_eq!(io_to_iosd(100_000_000, 25_000_000, -8, 8, 6), Ok(250_000));
        assert_eq!(io_to_iosd(1, 25_000_000, -8, 8, 6), Ok(0));
        assert_eq!(io_to_iosd(u64::MAX, u64::MAX, 5, 8, 6), Err(IosdError::MathOverflow));
    }

    /// Against an independent big-integer computation: never more than the exact value, never a unit less.
    #[test]
    fn matches_exact_big_integer_conversion() {
        let mut rng = SmallRng::seed_from_u64(5);
        let mut checked = 0;
        for case in 0..200_000 {
            let amount: u64 = match case % 3 {
                0 => rng.gen(),
                1 => rng.gen_range(0..1_000_000_000_000),
                _ => rng.gen_range(0..1_000),
            };
            let price: u64 =
                if case % 2 == 0 { rng.gen_range(1..i64::MAX as u64) } else { rng.gen_range(1..10_000_000_000) };
            let exponent: i32 = rng.gen_range(-40..12);
            let (io_dec, iosd_dec) = (rng.gen_range(0..=12u8), rng.gen_range(0..=12u8));
            let exact_num = BigUint::from(amount) * BigUint::from(price);
            let scale = exponent as i64 + iosd_dec as i64 - io_dec as i64;
            let expected = if scale >= 0 {
                exact_num * BigUint::from(10u8).pow(scale as u32)
            } else {
                exact_num / BigUint::from(10u8).pow((-scale) as u32)
            };
            match io_to_iosd(amount, price, exponent, io_dec, iosd_dec) {
                Ok(got) => {
                    assert_eq!(BigUint::from(got), expected, "{amount} {price} {exponent} {io_dec} {iosd_dec}");
                    checked += 1;
                }
                Err(IosdError::MathOverflow) => {
                    assert!(expected > BigUint::from(u64::MAX), "{amount} {price} {exponent}")
                }
                Err(e) => panic!("{e:?}"),
            }
        }
        assert!(checked > 100_000, "{checked} cases converted");
    }
}
