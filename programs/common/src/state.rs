//! Zero-copy account state in the p-token style: every field is a little-endian byte array (alignment 1, no
//! padding, the same bytes as the borsh layout in the IDL), read and written through typed accessors.

use pinocchio::Address;

/// A value stored as little-endian bytes.
pub trait Le: Copy {
    type Bytes: Copy;
    fn from_le(bytes: Self::Bytes) -> Self;
    fn to_le(self) -> Self::Bytes;
}

macro_rules! le_int {
    ($($t:ty),*) => {$(
        impl Le for $t {
            type Bytes = [u8; core::mem::size_of::<$t>()];
            #[inline(always)]
            fn from_le(bytes: Self::Bytes) -> Self { <$t>::from_le_bytes(bytes) }
            #[inline(always)]
            fn to_le(self) -> Self::Bytes { self.to_le_bytes() }
        }
    )*};
}
le_int!(u8, u16, u32, u64, i64, u128, i32);

impl Le for bool {
    type Bytes = [u8; 1];
    #[inline(always)]
    fn from_le(bytes: [u8; 1]) -> Self {
        bytes[0] != 0
    }
    #[inline(always)]
    fn to_le(self) -> [u8; 1] {
        [self as u8]
    }
}

impl Le for Address {
    type Bytes = [u8; 32];
    #[inline(always)]
    fn from_le(bytes: [u8; 32]) -> Self {
        Address::new_from_array(bytes)
    }
    #[inline(always)]
    fn to_le(self) -> [u8; 32] {
        self.to_bytes()
    }
}

impl<T: Le, const N: usize> Le for [T; N] {
    type Bytes = [T::Bytes; N];
    #[inline(always)]
    fn from_le(bytes: Self::Bytes) -> Self {
        bytes.map(T::from_le)
    }
    #[inline(always)]
    fn to_le(self) -> Self::Bytes {
        self.map(T::to_le)
    }
}

/// Declares a fixed-size Anchor account: a `#[repr(C)]` struct with the 8-byte discriminator of
/// `sha256("account:<Name>")`, then each field as bytes, with `field()` / `set_field()` accessors.
#[macro_export]
macro_rules! account_state {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[repr(C)]
        pub struct $name {
            discriminator: [u8; 8],
            $( $field: <$ty as $crate::state::Le>::Bytes, )*
        }

        // SAFETY: `#[repr(C)]` of byte arrays only: alignment 1, no padding, any bit pattern valid.
        unsafe impl $crate::checks::AccountState for $name {
            const DISCRIMINATOR: [u8; 8] = $crate::discriminator::account(stringify!($name));
        }

        $crate::paste::paste! {
            impl $name {
                $(
                    $(#[$field_meta])*
                    #[inline(always)]
                    pub fn $field(&self) -> $ty { <$ty as $crate::state::Le>::from_le(self.$field) }

                    #[inline(always)]
                    pub fn [<set_ $field>](&mut self, value: $ty) {
                        self.$field = <$ty as $crate::state::Le>::to_le(value);
                    }
                )*

                /// Field names in layout order, for the IDL consistency tests.
                pub const FIELD_NAMES: &'static [&'static str] = &[$(stringify!($field)),*];
            }
        }
    };
}
