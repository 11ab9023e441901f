//! The graph JSON reader on arbitrary bytes: an error or a graph that validates and
//! writes back to the same graph.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|text: &str| {
    if let Ok(g) = newsgraph::export::json::from_str(text, Path::new("fuzz.json")) {
        let again = newsgraph::export::json::to_string(&g);
        let g2 = newsgraph::export::json::from_str(&again, Path::new("again.json")).expect("own output reads");
        assert_eq!(g, g2);
    }
});
