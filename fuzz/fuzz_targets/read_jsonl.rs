//! The .jsonl reader on arbitrary bytes: never a panic, an overflow or a hang.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = newsgraph::document::read_bytes(std::path::Path::new("fuzz.jsonl"), data);
});
