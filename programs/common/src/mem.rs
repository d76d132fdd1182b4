//! The C memory routines LLVM calls for copies, compares and fills, written for SBPF.
//!
//! Debian's prebuilt `compiler_builtins` for `bpfel-unknown-none` provides them as weak, byte-at-a-time
//! loops: a 32-byte key compare cost ~160 CU. Here short runs go 8 bytes at a time (the SBPF VM allows
//! unaligned access) and long ones use the runtime's syscalls, which cost a flat ~10 CU plus n/250.
//! Being strong symbols, these replace the weak ones at link time.

use core::ptr::{read_unaligned, write_unaligned};
use solana_define_syscall::definitions::{sol_memcmp_, sol_memcpy_, sol_memmove_, sol_memset_};

/// Below this many bytes a word loop is cheaper than a syscall.
const SYSCALL_THRESHOLD: usize = 64;

#[no_mangle]
pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    if n > SYSCALL_THRESHOLD {
        let mut result = 0i32;
        sol_memcmp_(a, b, n as u64, &mut result);
        return result;
    }
    let mut i = 0;
    while i + 8 <= n && read_unaligned(a.add(i) as *const u64) == read_unaligned(b.add(i) as *const u64) {
        i += 8;
    }
    while i < n {
        let (x, y) = (*a.add(i), *b.add(i));
        if x != y {
            return x as i32 - y as i32;
        }
        i += 1;
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    memcmp(a, b, n)
}

/// Copies front to back, 8 bytes at a time (callers guarantee `dst` does not overlap `src` ahead of it).
#[inline(always)]
unsafe fn copy_forward(dst: *mut u8, src: *const u8, n: usize) {
    let mut i = 0;
    while i + 8 <= n {
        write_unaligned(dst.add(i) as *mut u64, read_unaligned(src.add(i) as *const u64));
        i += 8;
    }
    while i < n {
        *dst.add(i) = *src.add(i);
        i += 1;
    }
}

#[no_mangle]
pub unsafe extern "C" fn memcpy(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    if n > SYSCALL_THRESHOLD {
        sol_memcpy_(dst, src, n as u64);
    } else {
        copy_forward(dst, src, n);
    }
    dst
}

#[no_mangle]
pub unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    if n > SYSCALL_THRESHOLD {
        sol_memmove_(dst, src, n as u64);
    } else if (dst as usize) <= (src as usize) || (dst as usize) >= (src as usize) + n {
        copy_forward(dst, src, n);
    } else {
        // Overlapping with dst after src: copy back to front.
        let mut i = n;
        while i > 0 {
            i -= 1;
            *dst.add(i) = *src.add(i);
        }
    }
    dst
}

#[no_mangle]
pub unsafe extern "C" fn memset(s: *mut u8, c: i32, n: usize) -> *mut u8 {
    if n > SYSCALL_THRESHOLD {
        sol_memset_(s, c as u8, n as u64);
        return s;
    }
    let word = (c as u8 as u64).wrapping_mul(0x0101_0101_0101_0101);
    let mut i = 0;
    while i + 8 <= n {
        write_unaligned(s.add(i) as *mut u64, word);
        i += 8;
    }
    while i < n {
        *s.add(i) = c as u8;
        i += 1;
    }
    s
}
