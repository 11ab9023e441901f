//! `merge`'s reader (extraction JSON Lines or a graph) on arbitrary bytes: an error
//! or a graph whose JSON reads back to itself.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|text: &str| {
    if let Ok(g) = newsgraph::io::merge_str(text, Path::new("fuzz.jsonl")) {
        let again = newsgraph::export::json::to_string(&g);
        newsgraph::export::json::from_str(&again, Path::new("again.json")).expect("merged graph reads");
    }
});
