//! Borsh reader for instruction arguments. Malformed data is `InstructionDidNotDeserialize`, never a panic.

use crate::{error::AnchorError, state::Le};
use pinocchio::error::ProgramError;

pub struct ArgsReader<'a> {
    data: &'a [u8],
}

impl<'a> ArgsReader<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Self { data }
    }

    /// Reads one fixed-size borsh value.
    pub fn read<T: Le>(&mut self) -> Result<T, ProgramError>
    where
        T::Bytes: for<'b> TryFrom<&'b [u8]>,
    {
        let size = core::mem::size_of::<T::Bytes>();
        if self.data.len() < size {
            return Err(AnchorError::InstructionDidNotDeserialize.into());
        }
        let (head, rest) = self.data.split_at(size);
        self.data = rest;
        match T::Bytes::try_from(head) {
            Ok(bytes) => Ok(T::from_le(bytes)),
            Err(_) => Err(AnchorError::InstructionDidNotDeserialize.into()),
        }
    }

    /// Reads a fixed-length borsh array.
    pub fn read_array<T: Le + Default, const N: usize>(&mut self) -> Result<[T; N], ProgramError>
    where
        T::Bytes: for<'b> TryFrom<&'b [u8]>,
    {
        let mut values = [T::default(); N];
        for value in values.iter_mut() {
            *value = self.read::<T>()?;
        }
        Ok(values)
    }

    /// Reads a borsh `bool`, rejecting bytes other than 0 and 1 as borsh does.
    pub fn read_bool(&mut self) -> Result<bool, ProgramError> {
        match self.read::<u8>()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(AnchorError::InstructionDidNotDeserialize.into()),
        }
    }

    /// Reads a borsh `String` (u32 length, UTF-8 bytes), borrowed from the instruction data.
    pub fn read_str(&mut self) -> Result<&'a str, ProgramError> {
        let len = self.read::<u32>()? as usize;
        if self.data.len() < len {
            return Err(AnchorError::InstructionDidNotDeserialize.into());
        }
        let (head, rest) = self.data.split_at(len);
        self.data = rest;
        core::str::from_utf8(head).map_err(|_| AnchorError::InstructionDidNotDeserialize.into())
    }

    /// Requires that every byte was consumed: trailing bytes mean the caller used another layout.
    pub fn finish(self) -> Result<(), ProgramError> {
        if !self.data.is_empty() {
            return Err(AnchorError::InstructionDidNotDeserialize.into());
        }
        Ok(())
    }
}
