//! Writes the sentences of articles as newsgraph tokenises them, one JSON line per
//! sentence (`{"doc", "words", "spaces"}`), for `scripts/train_syntax.sh`: the silver
//! annotator tags exactly the tokens the extractor will see.
//!
//! `cargo run --release --example syntax_dump -- INPUT... > sentences.jsonl`

use newsgraph::document::{read_inputs, ReadOptions};
use std::io::Write;
use std::path::PathBuf;

fn main() {
    let inputs: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let loaded = match read_inputs(&inputs, &ReadOptions { skip_bad: true }) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("syntax_dump: {e}");
            std::process::exit(1);
        }
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for doc in &loaded.documents {
        let seg = newsgraph::text::segment(&doc.text);
        for i in 0..seg.sentences.len() {
            let toks = seg.sentence_tokens(i);
            let words: Vec<&str> = toks.iter().map(|t| t.text(&doc.text)).collect();
            let spaces: Vec<bool> = toks
                .iter()
                .map(|t| doc.text[t.end..].starts_with(char::is_whitespace))
                .collect();
            let line = serde_json::json!({"doc": doc.id, "words": words, "spaces": spaces});
            writeln!(out, "{line}").expect("stdout");
        }
    }
}
