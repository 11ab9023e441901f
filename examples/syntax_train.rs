//! Trains the part-of-speech tagger on spaCy silver annotations and evaluates the
//! tagger and the shallow parser on the held-out documents (`scripts/train_syntax.sh`).
//!
//! `cargo run --release --example syntax_train -- SENTENCES.jsonl SILVER.jsonl MODEL.bin [ITERATIONS] [PRUNE]`
//!
//! SENTENCES comes from `examples/syntax_dump.rs`, SILVER from `scripts/syntax_silver.py`
//! (line for line). Trains on the `train` split, writes MODEL, and prints on the
//! `heldout` split: tag accuracy against spaCy; noun-chunk precision, recall and F1
//! against spaCy's `noun_chunks` (a possessor's "'s" left out of the comparison); and
//! subject / object attachment (spaCy `nsubj`/`nsubjpass`/`dobj` arcs whose head is in
//! one of our verb groups: is the dependent the head of that group's subject / object chunk?).
//! With MODEL `-` it trains nothing and evaluates the embedded model.

use newsgraph::syntax::tagger::{Model, TokenFeatures};
use newsgraph::syntax::train::{Example, Trainer};
use newsgraph::syntax::{self, Pos};
use newsgraph::text::{Token, TokenKind};
use serde_json::Value;
use std::io::BufRead;
use std::time::Instant;

struct Sent {
    heldout: bool,
    text: String,
    tokens: Vec<Token>,
    tags: Vec<Pos>,
    heads: Vec<usize>,
    deps: Vec<String>,
    chunks: Vec<(usize, usize, usize)>,
}

fn read(sentences: &str, silver: &str) -> Vec<Sent> {
    let a = std::io::BufReader::new(std::fs::File::open(sentences).expect("sentences file"));
    let b = std::io::BufReader::new(std::fs::File::open(silver).expect("silver file"));
    let mut out = Vec::new();
    for (la, lb) in a.lines().zip(b.lines()) {
        let (x, y): (Value, Value) = (
            serde_json::from_str(&la.unwrap()).unwrap(),
            serde_json::from_str(&lb.unwrap()).unwrap(),
        );
        let words = x["words"].as_array().unwrap();
        let spaces = x["spaces"].as_array().unwrap();
        let kinds: Vec<char> = x["kinds"].as_str().unwrap().chars().collect();
        let mut text = String::new();
        let mut tokens = Vec::new();
        for (i, wd) in words.iter().enumerate() {
            let wd = wd.as_str().unwrap();
            let start = text.len();
            text.push_str(wd);
            let kind = match kinds[i] {
                'N' => TokenKind::Number,
                'Q' => TokenKind::Quote,
                'P' => TokenKind::Punct,
                _ => TokenKind::Word,
            };
            tokens.push(Token {
                start,
                end: text.len(),
                kind,
            });
            if spaces[i].as_bool().unwrap() {
                text.push(' ');
            }
        }
        let tags = y["tags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| Pos::from_ptb(t.as_str().unwrap()).unwrap_or(Pos::Punct))
            .collect();
        let heads = y["heads"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h.as_u64().unwrap() as usize)
            .collect();
        let deps = y["deps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d.as_str().unwrap().to_string())
            .collect();
        let chunks = y["chunks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c[0].as_u64().unwrap() as usize,
                    c[1].as_u64().unwrap() as usize,
                    c[2].as_u64().unwrap() as usize,
                )
            })
            .collect();
        out.push(Sent {
            heldout: x["split"] == "heldout",
            text,
            tokens,
            tags,
            heads,
            deps,
            chunks,
        });
    }
    out
}

fn features(s: &Sent) -> Vec<TokenFeatures> {
    s.tokens
        .iter()
        .map(|t| TokenFeatures::new(t.text(&s.text), t.kind))
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!("usage: syntax_train SENTENCES.jsonl SILVER.jsonl MODEL.bin|- [ITERATIONS] [PRUNE]");
        std::process::exit(2);
    }
    let iterations: usize = args.get(3).map_or(6, |s| s.parse().unwrap());
    let prune: f32 = args.get(4).map_or(1.2, |s| s.parse().unwrap());
    let sents = read(&args[0], &args[1]);
    let bytes;
    let owned;
    let model: &Model = if args[2] == "-" {
        syntax::model()
    } else {
        let examples: Vec<Example> = sents
            .iter()
            .filter(|s| !s.heldout)
            .map(|s| Example {
                tokens: features(s),
                tags: s.tags.iter().map(|p| p.index() as u8).collect(),
            })
            .collect();
        let ntok: usize = examples.iter().map(|e| e.tags.len()).sum();
        eprintln!("syntax_train: {} training sentences, {} tokens", examples.len(), ntok);
        let mut trainer = Trainer::new(&examples, 20, 0.97);
        trainer.train(&examples, iterations);
        bytes = trainer.finish(prune);
        std::fs::write(&args[2], &bytes).expect("cannot write model");
        let t = Instant::now();
        owned = Model::from_bytes(&bytes).unwrap();
        println!(
            "model: {} bytes, {} weights, loads in {:.2} ms",
            bytes.len(),
            owned.entry_count(),
            t.elapsed().as_secs_f64() * 1e3
        );
        &owned
    };
    evaluate(model, &sents);
}

fn evaluate(model: &Model, sents: &[Sent]) {
    let (mut right, mut all) = (0usize, 0usize);
    let (mut tp, mut ours, mut theirs) = (0usize, 0usize, 0usize);
    let mut arcs = [(0usize, 0usize, 0usize); 2]; // subject, object: (spaCy arcs in a group, attached right, ours)
    let mut nsent = 0;
    let mut feats = Vec::new();
    let mut classes = Vec::new();
    for s in sents.iter().filter(|s| s.heldout) {
        nsent += 1;
        let tags = syntax::tag_with(model, &s.text, &s.tokens, &mut feats, &mut classes);
        right += tags.iter().zip(&s.tags).filter(|(a, b)| a == b).count();
        all += tags.len();
        let syn = syntax::parse(&s.text, &s.tokens, tags);
        // chunks: compare spans, a possessor's POS token trimmed
        let mine: Vec<(usize, usize)> = syn
            .chunks
            .iter()
            .map(|c| (c.start, if c.possessive { c.end - 1 } else { c.end }))
            .collect();
        let gold: Vec<(usize, usize)> = s.chunks.iter().map(|&(a, b, _)| (a, b)).collect();
        tp += mine.iter().filter(|c| gold.contains(c)).count();
        ours += mine.len();
        theirs += gold.len();
        // arcs
        for (d, (dep, &h)) in s.deps.iter().zip(&s.heads).enumerate() {
            let k = match dep.as_str() {
                "nsubj" | "nsubjpass" => 0,
                "dobj" => 1,
                _ => continue,
            };
            let Some(v) = syn.verbs.iter().find(|v| v.start <= h && h < v.end) else {
                continue;
            };
            arcs[k].0 += 1;
            let c = if k == 0 { v.subject } else { v.object };
            if c.is_some_and(|c| {
                syn.chunks[c].head == d || syn.coordinated_with(c).iter().any(|&x| syn.chunks[x].head == d)
            }) {
                arcs[k].1 += 1;
            }
        }
        for v in &syn.verbs {
            arcs[0].2 += v.subject.is_some() as usize;
            arcs[1].2 += v.object.is_some() as usize;
        }
    }
    let p = tp as f64 / ours.max(1) as f64;
    let r = tp as f64 / theirs.max(1) as f64;
    println!("held-out: {nsent} sentences, {all} tokens");
    println!("POS accuracy vs spaCy: {:.4}", right as f64 / all.max(1) as f64);
    println!(
        "NP chunks vs spaCy noun_chunks: P {:.3} R {:.3} F1 {:.3}",
        p,
        r,
        2.0 * p * r / (p + r).max(1e-9)
    );
    for (k, name) in ["subject (nsubj, nsubjpass)", "object (dobj)"].iter().enumerate() {
        let (n, ok, mine) = arcs[k];
        println!(
            "{name}: {ok}/{n} spaCy arcs attached alike ({:.3}); {mine} ours in all",
            ok as f64 / n.max(1) as f64
        );
    }
}
