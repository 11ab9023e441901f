//! Throughput of the syntactic layer on a corpus: tagging alone and the whole layer
//! (tags, chunks, verb groups, clauses), on one thread, in tokens/s.
//!
//! `cargo bench --bench syntax [-- CORPUS_DIR]` (default `../shared/corpus/bbc`).
//! Prints figures; asserts nothing.

use newsgraph::document::{read_inputs, ReadOptions};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/bbc")));
    let docs = match read_inputs(std::slice::from_ref(&dir), &ReadOptions { skip_bad: true }) {
        Ok(l) => l.documents,
        Err(e) => {
            eprintln!("syntax bench: cannot read {}: {e}", dir.display());
            return;
        }
    };
    let load = Instant::now();
    let _ = newsgraph::syntax::tagger();
    println!("model load: {:.1} ms", load.elapsed().as_secs_f64() * 1e3);
    let segs: Vec<_> = docs.iter().map(|d| newsgraph::text::segment(&d.text)).collect();
    let tokens: usize = segs.iter().map(|s| s.tokens.len()).sum();
    println!("corpus {}: {} documents, {tokens} tokens", dir.display(), docs.len());
    for (name, full) in [("tagging     ", false), ("whole layer ", true)] {
        let start = Instant::now();
        let mut n = 0usize;
        for (d, seg) in docs.iter().zip(&segs) {
            for i in 0..seg.sentences.len() {
                let toks = seg.sentence_tokens(i);
                n += if full {
                    newsgraph::syntax::analyse(&d.text, toks).chunks.len()
                } else {
                    newsgraph::syntax::tag(&d.text, toks).len()
                };
            }
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{name} 1 thread: {:>10.0} tokens/s ({secs:.2} s; {n})",
            tokens as f64 / secs
        );
    }
}
