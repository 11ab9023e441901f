//! Speed of the syntactic layer on a corpus, one thread: model load time, tagging
//! alone, and tagging + shallow parse, in tokens/s.
//!
//! `cargo bench --bench syntax [-- CORPUS_DIR]` (default `../shared/corpus/bbc`).
//! Prints figures; asserts nothing.

use newsgraph::document::{read_inputs, ReadOptions};
use newsgraph::{syntax, text};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let t = Instant::now();
    let model = syntax::model();
    let load = t.elapsed();
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
    let segs: Vec<text::Segmented> = docs.iter().map(|d| text::segment(&d.text)).collect();
    let tokens: usize = segs.iter().map(|s| s.tokens.len()).sum();
    let sentences: usize = segs.iter().map(|s| s.sentences.len()).sum();
    println!(
        "corpus {}: {} documents, {sentences} sentences, {tokens} tokens; model {} weights, loaded in {:.2} ms",
        dir.display(),
        docs.len(),
        model.entry_count(),
        load.as_secs_f64() * 1e3
    );
    let each = |f: &dyn Fn(&str, &[text::Token]) -> usize| -> usize {
        let mut n = 0;
        for (d, seg) in docs.iter().zip(&segs) {
            for i in 0..seg.sentences.len() {
                n += f(&d.text, seg.sentence_tokens(i));
            }
        }
        n
    };
    report("tag            ", tokens, || {
        each(&|t, toks| syntax::tag(t, toks).len())
    });
    report("tag + parse    ", tokens, || {
        each(&|t, toks| syntax::analyse(t, toks).chunks.len())
    });
}

/// CPU seconds this process has used (user + system, from /proc; 0 where there is none).
/// On a busy machine wall time overstates the cost; the bench is single-threaded, so
/// this is the thread's own time.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks: f64 = fields
        .get(11..13)
        .map_or(0.0, |f| f.iter().filter_map(|x| x.parse::<f64>().ok()).sum());
    ticks / 100.0
}

/// Runs `f` three times and prints the best throughput, by wall and by CPU time.
fn report(name: &str, tokens: usize, f: impl Fn() -> usize) {
    let (mut best, mut best_cpu) = (f64::MAX, f64::MAX);
    let mut count = 0;
    for _ in 0..3 {
        let (t, c) = (Instant::now(), cpu_seconds());
        count = f();
        best = best.min(t.elapsed().as_secs_f64());
        best_cpu = best_cpu.min(cpu_seconds() - c);
    }
    println!(
        "{name}: {:>10.0} tokens/s wall, {:>10.0} tokens/s CPU ({:5.0} ns/token)  ({:.3} s wall, {:.2} s CPU, {count} items)",
        tokens as f64 / best,
        tokens as f64 / best_cpu.max(1e-9),
        best_cpu * 1e9 / tokens as f64,
        best,
        best_cpu
    );
}
