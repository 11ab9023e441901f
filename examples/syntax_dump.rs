//! Dumps newsgraph's own sentence tokenisation of a corpus as JSON lines, for
//! `scripts/train_syntax.sh` to annotate with spaCy (silver training data).
//!
//! `cargo run --release --example syntax_dump -- CORPUS_DIR OUT.jsonl [GOLD_DIR...]`
//!
//! Each line is one sentence: `{"doc", "split", "sent", "words", "spaces", "kinds"}`
//! (kinds: one letter a token, `W`ord, `N`umber, `Q`uote, `P`unct). Articles
//! whose stem names a gold file (`*.json`) or gold article in any GOLD_DIR (searched
//! recursively) are left out; of the rest, one document in ten (by a hash of its id,
//! so the split is deterministic) is `heldout`, the others `train`.

use newsgraph::document::{read_inputs, ReadOptions};
use newsgraph::text::{self, TokenKind};
use std::collections::BTreeSet;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// Whether a document id falls in the held-out tenth (FNV-1a of the id).
fn heldout(id: &str) -> bool {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in id.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h % 10 == 0
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: syntax_dump CORPUS_DIR OUT.jsonl [GOLD_DIR...]");
        std::process::exit(2);
    }
    let mut gold = BTreeSet::new();
    for g in &args[2..] {
        let mut files = Vec::new();
        walk(Path::new(g), &mut files);
        for f in files {
            if let Some(s) = f.file_stem() {
                gold.insert(s.to_string_lossy().into_owned());
            }
        }
    }
    let mut files = Vec::new();
    walk(Path::new(&args[0]), &mut files);
    let mut out = BufWriter::new(std::fs::File::create(&args[1]).expect("cannot create output"));
    let (mut docs, mut skipped, mut sents) = (0, 0, 0);
    for f in files.iter().filter(|f| f.extension().is_some_and(|e| e == "txt")) {
        let Ok(loaded) = read_inputs(std::slice::from_ref(f), &ReadOptions { skip_bad: true }) else {
            continue;
        };
        for doc in loaded.documents {
            if gold.contains(&doc.id) {
                skipped += 1;
                continue;
            }
            docs += 1;
            let split = if heldout(&doc.id) { "heldout" } else { "train" };
            let seg = text::segment(&doc.text);
            for i in 0..seg.sentences.len() {
                let toks = seg.sentence_tokens(i);
                let words: Vec<&str> = toks.iter().map(|t| t.text(&doc.text)).collect();
                let spaces: Vec<bool> = toks
                    .iter()
                    .enumerate()
                    .map(|(j, t)| toks.get(j + 1).is_some_and(|n| n.start > t.end))
                    .collect();
                let kinds: String = toks
                    .iter()
                    .map(|t| match t.kind {
                        TokenKind::Word => 'W',
                        TokenKind::Number => 'N',
                        TokenKind::Quote => 'Q',
                        TokenKind::Punct => 'P',
                    })
                    .collect();
                let line = serde_json::json!({
                    "doc": doc.id, "split": split, "sent": i, "words": words, "spaces": spaces,
                    "kinds": kinds,
                });
                writeln!(out, "{line}").unwrap();
                sents += 1;
            }
        }
    }
    out.flush().unwrap();
    eprintln!("syntax_dump: {docs} documents, {sents} sentences; {skipped} gold articles left out");
}
