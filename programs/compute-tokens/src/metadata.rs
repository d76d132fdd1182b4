//! The share mint's on-chain description: Token-2022 metadata fields written as text (what wallets show); and a
//! cash-flow NFT's name, written from its device so the name wallets show cannot say otherwise.

use pinocchio::Address;

/// Additional metadata keys, in the order they are written.
pub const FIELD_DEVICE: &str = "device";
pub const FIELD_CLASS: &str = "class";
pub const FIELD_GPUS: &str = "gpus";
pub const FIELD_SPLIT: &str = "split_bps";
pub const FIELD_TERM_END: &str = "term_end";

pub const MAX_NAME_LEN: usize = 32;
pub const MAX_SYMBOL_LEN: usize = 10;
pub const MAX_URI_LEN: usize = 150;

/// `value` in decimal, written at the end of `buffer`.
pub fn decimal(mut value: u64, buffer: &mut [u8; 20]) -> &str {
    let mut at = buffer.len();
    loop {
        at -= 1;
        buffer[at] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            break;
        }
    }
    // SAFETY: ASCII digits only.
    unsafe { core::str::from_utf8_unchecked(&buffer[at..]) }
}

/// `"<holders bps>/<operator bps>"`, e.g. "9000/1000".
pub fn split(operator_bps: u16, buffer: &mut [u8; 12]) -> &str {
    let mut holders = [0u8; 20];
    let mut operator = [0u8; 20];
    let holders = decimal(10_000 - operator_bps as u64, &mut holders).as_bytes();
    let operator = decimal(operator_bps as u64, &mut operator).as_bytes();
    let len = holders.len() + 1 + operator.len();
    buffer[..holders.len()].copy_from_slice(holders);
    buffer[holders.len()] = b'/';
    buffer[holders.len() + 1..len].copy_from_slice(operator);
    // SAFETY: ASCII digits and '/'.
    unsafe { core::str::from_utf8_unchecked(&buffer[..len]) }
}

const BASE58_ALPHABET: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// An address in base58, as wallets and explorers print it (at most 44 characters).
pub fn base58<'a>(address: &Address, buffer: &'a mut [u8; 44]) -> &'a str {
    let bytes: &[u8] = address.as_ref();
    // Base-58 digits, least significant first: repeated multiply-and-add of each byte.
    let mut digits = [0u8; 44];
    let mut len = 0;
    for &byte in bytes {
        let mut carry = byte as u32;
        for digit in digits[..len].iter_mut() {
            carry += (*digit as u32) << 8;
            *digit = (carry % 58) as u8;
            carry /= 58;
        }
        while carry > 0 {
            digits[len] = (carry % 58) as u8;
            len += 1;
            carry /= 58;
        }
    }
    let zeros = bytes.iter().take_while(|&&b| b == 0).count();
    let total = zeros + len;
    for slot in buffer[..zeros].iter_mut() {
        *slot = b'1';
    }
    for i in 0..len {
        buffer[zeros + i] = BASE58_ALPHABET[digits[len - 1 - i] as usize];
    }
    // SAFETY: base58 alphabet only.
    unsafe { core::str::from_utf8_unchecked(&buffer[..total]) }
}

/// A cash-flow NFT's name: `"<gpus>x GPU c<class> <region>"`, e.g. "8x GPU c2 eu-central-1", cut at 32 bytes
/// (Token Metadata's limit). The region is the device's, up to its first NUL, printable ASCII kept and anything
/// else written as '?', so the name is always valid UTF-8.
pub fn nft_name<'a>(gpus: u32, class: u8, region: &[u8; 16], buffer: &'a mut [u8; 32]) -> &'a str {
    let (mut gpus_text, mut class_text) = ([0u8; 20], [0u8; 20]);
    let parts: [&[u8]; 4] = [
        decimal(gpus as u64, &mut gpus_text).as_bytes(),
        b"x GPU c",
        decimal(class as u64, &mut class_text).as_bytes(),
        b" ",
    ];
    let mut len = 0;
    let mut push = |byte: u8, buffer: &mut [u8; 32]| {
        if len < buffer.len() {
            buffer[len] = byte;
            len += 1;
        }
    };
    for part in parts {
        for &byte in part {
            push(byte, buffer);
        }
    }
    for &byte in region.iter().take_while(|b| **b != 0) {
        push(if byte.is_ascii_graphic() || byte == b' ' { byte } else { b'?' }, buffer);
    }
    // SAFETY: ASCII only.
    unsafe { core::str::from_utf8_unchecked(&buffer[..len]) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_wallets() {
        let mut buffer = [0u8; 44];
        assert_eq!(base58(&crate::ID, &mut buffer), "CXYaUtbrZ7rBvEEip7k7sbnEoTbBLFY1UGFBVstfhcph");
        assert_eq!(base58(&Address::default(), &mut buffer), "11111111111111111111111111111111");
        let mut digits = [0u8; 20];
        assert_eq!(decimal(0, &mut digits), "0");
        assert_eq!(decimal(u64::MAX, &mut digits), "18446744073709551615");
        let mut text = [0u8; 12];
        assert_eq!(split(1_000, &mut text), "9000/1000");
        assert_eq!(split(0, &mut text), "10000/0");
    }

    #[test]
    fn names_an_nft_after_its_device() {
        let mut name = [0u8; 32];
        let mut region = [0u8; 16];
        region[..12].copy_from_slice(b"eu-central-1");
        assert_eq!(nft_name(8, 2, &region, &mut name), "8x GPU c2 eu-central-1");
        // Cut at 32 bytes; bytes that are not printable ASCII become '?'.
        let odd = *b"\xffsixteen-bytes!!";
        assert_eq!(nft_name(u32::MAX, 255, &odd, &mut name), "4294967295x GPU c255 ?sixteen-by");
        assert_eq!(nft_name(1, 0, &[0; 16], &mut name), "1x GPU c0 ");
    }
}
