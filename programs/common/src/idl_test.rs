//! Host-side checks that a program's Rust definitions and its committed Anchor IDL agree, so the two
//! cannot drift: discriminators, account sizes and field order, argument sizes, error codes, address.

extern crate std;
use std::{format, string::String, vec::Vec};

use serde_json::Value;

/// What a program declares on the Rust side, for comparison with its IDL.
pub struct ProgramSpec<'a> {
    /// Base58 address, as in the IDL and Anchor.toml (the test also compares it with the crate's `ID`).
    pub address: &'a str,
    /// (snake_case name, discriminator, borsh size of the arguments)
    pub instructions: &'a [(&'a str, [u8; 8], usize)],
    /// (PascalCase name, discriminator, size in bytes including the discriminator, field names)
    pub accounts: &'a [(&'a str, [u8; 8], usize, &'a [&'a str])],
    /// (code, name, message)
    pub errors: &'a [(u32, &'a str, &'a str)],
    /// (PascalCase name, discriminator)
    pub events: &'a [(&'a str, [u8; 8])],
}

pub fn load_idl(path: &str) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    serde_json::from_str(&text).expect("IDL is valid JSON")
}

fn discriminator_of(value: &Value) -> [u8; 8] {
    let bytes: Vec<u8> = value["discriminator"]
        .as_array()
        .expect("discriminator array")
        .iter()
        .map(|b| b.as_u64().unwrap() as u8)
        .collect();
    bytes.try_into().expect("8 bytes")
}

fn defined_type<'a>(idl: &'a Value, name: &str) -> &'a Value {
    idl["types"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == name)
        .unwrap_or_else(|| panic!("type {name} missing from IDL"))
}

/// Borsh size of a fixed-size IDL type.
pub fn borsh_size(idl: &Value, ty: &Value) -> usize {
    if let Some(name) = ty.as_str() {
        return match name {
            "bool" | "u8" | "i8" => 1,
            "u16" | "i16" => 2,
            "u32" | "i32" | "f32" => 4,
            "u64" | "i64" | "f64" => 8,
            "u128" | "i128" => 16,
            "pubkey" => 32,
            // Strings appear only in arguments: count the length prefix (the smallest encoding).
            "string" => 4,
            other => panic!("variable-size type {other} in fixed-size state"),
        };
    }
    if let Some(array) = ty.get("array") {
        let inner = borsh_size(idl, &array[0]);
        return inner * array[1].as_u64().unwrap() as usize;
    }
    if let Some(defined) = ty.get("defined") {
        let name = defined["name"].as_str().unwrap();
        let def = defined_type(idl, name);
        return struct_fields(def).iter().map(|f| borsh_size(idl, &f["type"])).sum();
    }
    panic!("unsupported IDL type {ty}");
}

fn struct_fields(def: &Value) -> Vec<Value> {
    assert_eq!(def["type"]["kind"], "struct", "{} is a struct", def["name"]);
    def["type"]["fields"].as_array().unwrap().clone()
}

fn names(values: &[Value]) -> Vec<String> {
    values.iter().map(|v| v["name"].as_str().unwrap().into()).collect()
}

/// Compares `spec` with the IDL at `path` (and the program's address with Anchor.toml beside `sdk/`),
/// panicking with the first difference.
pub fn check(path: &str, spec: &ProgramSpec) {
    let idl = load_idl(path);
    assert_eq!(idl["address"], spec.address, "program address");
    let name = idl["metadata"]["name"].as_str().expect("IDL metadata.name");
    let anchor_toml = std::path::Path::new(path).parent().unwrap().join("../../Anchor.toml");
    let toml = std::fs::read_to_string(&anchor_toml).expect("Anchor.toml");
    for cluster in ["localnet", "devnet"] {
        let section = toml.split(&format!("[programs.{cluster}]")).nth(1).expect("cluster section");
        let section = section.split("\n[").next().unwrap();
        assert!(section.contains(&format!("{name} = \"{}\"", spec.address)), "Anchor.toml {cluster} id of {name}");
    }
    assert_eq!(idl["metadata"]["spec"], "0.1.0", "IDL spec version");

    let instructions = idl["instructions"].as_array().unwrap();
    assert_eq!(
        names(instructions),
        spec.instructions.iter().map(|i| String::from(i.0)).collect::<Vec<_>>(),
        "instruction list"
    );
    for (ix, (name, discriminator, args_len)) in instructions.iter().zip(spec.instructions) {
        assert_eq!(discriminator_of(ix), *discriminator, "discriminator of instruction {name}");
        // Interface instructions (the transfer hook's `execute`) keep their interface's discriminator.
        if *discriminator != crate::discriminator::namespaced("spl-transfer-hook-interface:execute") {
            assert_eq!(*discriminator, crate::discriminator::instruction(name), "Rust discriminator of {name}");
        }
        let size: usize = ix["args"].as_array().unwrap().iter().map(|a| borsh_size(&idl, &a["type"])).sum();
        assert_eq!(size, *args_len, "argument size of instruction {name}");
    }

    let accounts = idl["accounts"].as_array().cloned().unwrap_or_default();
    assert_eq!(names(&accounts), spec.accounts.iter().map(|a| String::from(a.0)).collect::<Vec<_>>(), "account list");
    for (account, (name, discriminator, len, fields)) in accounts.iter().zip(spec.accounts) {
        assert_eq!(discriminator_of(account), *discriminator, "discriminator of account {name}");
        assert_eq!(*discriminator, crate::discriminator::account(name), "Rust discriminator of {name}");
        let def = defined_type(&idl, name);
        let idl_fields = struct_fields(def);
        assert_eq!(names(&idl_fields), fields.iter().map(|f| String::from(*f)).collect::<Vec<_>>(), "fields of {name}");
        let size: usize = 8 + idl_fields.iter().map(|f| borsh_size(&idl, &f["type"])).sum::<usize>();
        assert_eq!(size, *len, "size of account {name}");
    }

    let errors = idl["errors"].as_array().cloned().unwrap_or_default();
    let idl_errors: Vec<(u32, String, String)> = errors
        .iter()
        .map(|e| {
            (e["code"].as_u64().unwrap() as u32, e["name"].as_str().unwrap().into(), e["msg"].as_str().unwrap().into())
        })
        .collect();
    let rust_errors: Vec<(u32, String, String)> =
        spec.errors.iter().map(|(c, n, m)| (*c, String::from(*n), String::from(*m))).collect();
    assert_eq!(idl_errors, rust_errors, "error codes, names and messages");

    let events = idl["events"].as_array().cloned().unwrap_or_default();
    assert_eq!(names(&events), spec.events.iter().map(|e| String::from(e.0)).collect::<Vec<_>>(), "event list");
    for (event, (name, discriminator)) in events.iter().zip(spec.events) {
        assert_eq!(discriminator_of(event), *discriminator, "{}", format!("discriminator of event {name}"));
        assert_eq!(*discriminator, crate::discriminator::event(name), "Rust discriminator of event {name}");
    }
}
