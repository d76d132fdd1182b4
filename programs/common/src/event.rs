//! Anchor events: `sol_log_data(discriminator ++ borsh(fields))`, which Anchor's `EventParser` reads from the
//! "Program data:" log lines.

/// Emits one event made of its 8-byte discriminator and the already borsh-encoded fields.
#[inline]
pub fn emit(discriminator: &[u8; 8], fields: &[u8]) {
    #[cfg(target_arch = "bpf")]
    {
        // One log entry: the runtime base64-encodes the concatenation of the slices.
        let mut buffer = [0u8; 512];
        let len = 8 + fields.len();
        if len <= buffer.len() {
            buffer[..8].copy_from_slice(discriminator);
            buffer[8..len].copy_from_slice(fields);
            let entry: &[u8] = &buffer[..len];
            let entries = [entry];
            unsafe { solana_define_syscall::definitions::sol_log_data(entries.as_ptr() as *const u8, 1) };
        }
    }
    #[cfg(not(target_arch = "bpf"))]
    {
        let _ = (discriminator, fields);
    }
}

/// Little helper to borsh-encode fixed-size event fields into a stack buffer.
pub struct EventWriter<const N: usize> {
    buffer: [u8; N],
    len: usize,
}

impl<const N: usize> EventWriter<N> {
    pub const fn new() -> Self {
        Self { buffer: [0; N], len: 0 }
    }

    pub fn bytes(mut self, value: &[u8]) -> Self {
        self.buffer[self.len..self.len + value.len()].copy_from_slice(value);
        self.len += value.len();
        self
    }

    pub fn u8(self, value: u8) -> Self {
        self.bytes(&[value])
    }

    pub fn bool(self, value: bool) -> Self {
        self.u8(value as u8)
    }

    pub fn u32(self, value: u32) -> Self {
        self.bytes(&value.to_le_bytes())
    }

    pub fn u64(self, value: u64) -> Self {
        self.bytes(&value.to_le_bytes())
    }

    pub fn i64(self, value: i64) -> Self {
        self.bytes(&value.to_le_bytes())
    }

    pub fn as_slice(&self) -> &[u8] {
        &self.buffer[..self.len]
    }
}

impl<const N: usize> Default for EventWriter<N> {
    fn default() -> Self {
        Self::new()
    }
}
