//! Anchor events: `sol_log_data(discriminator ++ borsh(fields))`, which Anchor's `EventParser` reads from the
//! "Program data:" log lines.

/// Builds one event, `discriminator ++ borsh(fields)`, in a stack buffer of `N` bytes (discriminator
/// included) and emits it as a single `sol_log_data` entry. Fields are written in place: no copies.
pub struct EventWriter<const N: usize> {
    buffer: [u8; N],
    len: usize,
}

impl<const N: usize> EventWriter<N> {
    pub fn new(discriminator: &[u8; 8]) -> Self {
        let mut buffer = [0u8; N];
        buffer[..8].copy_from_slice(discriminator);
        Self { buffer, len: 8 }
    }

    pub fn bytes(&mut self, value: &[u8]) -> &mut Self {
        self.buffer[self.len..self.len + value.len()].copy_from_slice(value);
        self.len += value.len();
        self
    }

    pub fn u8(&mut self, value: u8) -> &mut Self {
        self.bytes(&[value])
    }

    pub fn bool(&mut self, value: bool) -> &mut Self {
        self.u8(value as u8)
    }

    pub fn u16(&mut self, value: u16) -> &mut Self {
        self.bytes(&value.to_le_bytes())
    }

    /// A fixed-size array of u16 (borsh writes no length for arrays).
    pub fn u16s(&mut self, values: &[u16]) -> &mut Self {
        for value in values {
            self.u16(*value);
        }
        self
    }

    pub fn u32(&mut self, value: u32) -> &mut Self {
        self.bytes(&value.to_le_bytes())
    }

    pub fn i32(&mut self, value: i32) -> &mut Self {
        self.bytes(&value.to_le_bytes())
    }

    pub fn u64(&mut self, value: u64) -> &mut Self {
        self.bytes(&value.to_le_bytes())
    }

    pub fn i64(&mut self, value: i64) -> &mut Self {
        self.bytes(&value.to_le_bytes())
    }

    pub fn as_slice(&self) -> &[u8] {
        &self.buffer[..self.len]
    }

    /// Logs the event: the runtime base64-encodes it on one "Program data:" line, which Anchor's parser reads.
    pub fn emit(&self) {
        #[cfg(target_arch = "bpf")]
        {
            let entries = [self.as_slice()];
            unsafe { solana_define_syscall::definitions::sol_log_data(entries.as_ptr() as *const u8, 1) };
        }
    }
}
