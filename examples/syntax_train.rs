//! Trains the part-of-speech tagger from silver annotation and reports its accuracy on
//! held-out documents (`scripts/train_syntax.sh` runs it).
//!
//! `cargo run --release --example syntax_train -- SILVER.jsonl MODEL_OUT`
//!
//! Every tenth document (by a hash of its id) is held out; the model is trained on the
//! rest for five shuffled epochs, then scored on the held-out sentences.

use newsgraph::syntax::tagger::{Tagger, Trainer};
use newsgraph::syntax::Pos;
use std::io::BufRead;

struct Sentence {
    doc: String,
    words: Vec<String>,
    tags: Vec<Pos>,
    heads: Vec<usize>,
    deps: Vec<String>,
}

fn held_out(doc: &str) -> bool {
    // FNV-1a of the id: a stable split whatever the file order
    let h = doc.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    h % 10 == 0
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [silver, out] = args.as_slice() else {
        eprintln!("usage: syntax_train SILVER.jsonl MODEL_OUT");
        std::process::exit(2);
    };
    let file = std::fs::File::open(silver).unwrap_or_else(|e| {
        eprintln!("syntax_train: {silver}: {e}");
        std::process::exit(1)
    });
    let mut train = Vec::new();
    let mut test = Vec::new();
    for line in std::io::BufReader::new(file).lines() {
        let v: serde_json::Value = serde_json::from_str(&line.expect("read")).expect("json line");
        let strings = |k: &str| -> Vec<String> {
            v[k].as_array()
                .expect("array")
                .iter()
                .map(|x| x.as_str().expect("string").to_string())
                .collect()
        };
        let s = Sentence {
            doc: v["doc"].as_str().expect("doc").to_string(),
            words: strings("words"),
            tags: strings("tags").iter().map(|t| Pos::from_penn(t)).collect(),
            heads: v["heads"]
                .as_array()
                .expect("heads")
                .iter()
                .map(|h| h.as_u64().expect("index") as usize)
                .collect(),
            deps: strings("deps"),
        };
        if held_out(&s.doc) {
            test.push(s);
        } else {
            train.push(s);
        }
    }
    eprintln!("{} training sentences, {} held-out", train.len(), test.len());
    let mut trainer = Trainer::new();
    for s in &train {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        trainer.count(&words, &s.tags);
    }
    let dict = trainer.dictionary();
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for epoch in 0..5 {
        let (mut right, mut total) = (0, 0);
        for &i in &order {
            let s = &train[i];
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            right += trainer.learn(&words, &s.tags, &dict);
            total += words.len();
        }
        eprintln!("epoch {epoch}: training accuracy {:.4}", right as f64 / total as f64);
        // a deterministic shuffle (xorshift) for the next epoch
        for k in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(k, (seed % (k as u64 + 1)) as usize);
        }
    }
    let model = trainer.finish();
    std::fs::write(out, &model).expect("write model");
    let tagger = Tagger::from_bytes(&model).expect("model reads back");
    let (mut right, mut total) = (0, 0);
    // a warm-up pass, then the timed one
    for s in &test {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        std::hint::black_box(tagger.tag(&words));
    }
    let start = std::time::Instant::now();
    for s in &test {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let tags = tagger.tag(&words);
        right += tags.iter().zip(&s.tags).filter(|(a, b)| a == b).count();
        total += words.len();
    }
    let secs = start.elapsed().as_secs_f64();
    let (ndict, nfeat, nentries) = tagger.stats();
    let hits: usize = test
        .iter()
        .map(|s| s.words.iter().filter(|w| tagger.in_dictionary(w)).count())
        .sum();
    println!(
        "model: {} bytes, written to {out}: {ndict} dictionary words ({:.0}% of held-out tokens), {nfeat} features, {nentries} weights",
        model.len(),
        100.0 * hits as f64 / total.max(1) as f64
    );
    println!(
        "held-out POS accuracy against the silver tags: {:.4} ({right}/{total} tokens, {} sentences)",
        right as f64 / total as f64,
        test.len()
    );
    println!("tagging speed: {:.0} tokens/s on one core", total as f64 / secs);
    agreement(&tagger, &test);
}

/// How often the shallow parse (on our own tags) agrees with the silver dependency
/// parse on held-out sentences: the subject and the direct object of each verb.
fn agreement(tagger: &Tagger, test: &[Sentence]) {
    let (mut subj_right, mut subj_total, mut obj_right, mut obj_total) = (0, 0, 0, 0);
    for s in test {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let syn = newsgraph::syntax::parse_tagged(&words, tagger.tag(&words));
        for (child, (&head, dep)) in s.heads.iter().zip(&s.deps).enumerate() {
            let subject = matches!(dep.as_str(), "nsubj" | "nsubjpass");
            if !(subject || dep == "dobj") {
                continue;
            }
            // the silver argument's verb must be a verb group of ours to be scored
            let Some(v) = syn.verb_at(head) else {
                if subject {
                    subj_total += 1;
                } else {
                    obj_total += 1;
                }
                continue;
            };
            let ours = if subject {
                syn.verbs[v].subject
            } else {
                syn.verbs[v].object
            };
            let right = ours.is_some_and(|c| syn.chunks[c].head == child);
            if subject {
                subj_total += 1;
                subj_right += usize::from(right);
            } else {
                obj_total += 1;
                obj_right += usize::from(right);
            }
        }
    }
    println!(
        "shallow parse against the silver dependencies (held-out): subject {:.3} ({subj_right}/{subj_total}), direct object {:.3} ({obj_right}/{obj_total})",
        subj_right as f64 / subj_total.max(1) as f64,
        obj_right as f64 / obj_total.max(1) as f64
    );
}
