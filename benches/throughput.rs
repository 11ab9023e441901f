//! Extraction throughput on a corpus: actor extraction alone and full extraction,
//! on one thread and on all cores, in MB/s and words/s.
//!
//! `cargo bench --bench throughput [-- CORPUS_DIR]` (default `../shared/corpus/bbc`).
//! Prints figures; asserts nothing.

use newsgraph::document::{read_inputs, ReadOptions};
use newsgraph::{extract, Document, Lexicon};
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/bbc")));
    let loaded = match read_inputs(std::slice::from_ref(&dir), &ReadOptions { skip_bad: true }) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("throughput: cannot read {}: {e}", dir.display());
            return;
        }
    };
    let docs = loaded.documents;
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let words: usize = docs.iter().map(|d| d.text.split_whitespace().count()).sum();
    let lexicon = Lexicon::builtin();
    println!(
        "corpus {}: {} documents, {:.2} MB, {} words; {} threads available",
        dir.display(),
        docs.len(),
        bytes as f64 / 1e6,
        words,
        rayon::current_num_threads()
    );
    let actors = |d: &Document| extract::extract_actors(&lexicon, d).entities.len();
    let full = |d: &Document| extract::extract(&lexicon, d).relations.len();
    report("actors, 1 thread ", bytes, words, || docs.iter().map(actors).sum());
    report("actors, all cores", bytes, words, || docs.par_iter().map(actors).sum());
    report("full,   1 thread ", bytes, words, || docs.iter().map(full).sum());
    report("full,   all cores", bytes, words, || docs.par_iter().map(full).sum());
}

/// Runs `f` three times and prints the best throughput.
fn report(name: &str, bytes: usize, words: usize, f: impl Fn() -> usize) {
    let mut best = f64::MAX;
    let mut count = 0;
    for _ in 0..3 {
        let t = Instant::now();
        count = f();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{name}: {:8.2} MB/s  {:>10.0} words/s  ({:.3} s, {count} items)",
        bytes as f64 / 1e6 / best,
        words as f64 / best,
        best
    );
}
