//! Training the averaged perceptron tagger (used offline by `examples/syntax_train.rs`;
//! nothing at run time calls it). Honnibal's recipe: greedy left-to-right decoding
//! with the tagger's own previous guesses as features, lazy averaging of the weights,
//! a tag dictionary of frequent unambiguous words that are never scored, and the
//! examples shuffled between iterations (a fixed seed: training is deterministic).

use super::tagger::{features, Model, TokenFeatures, MAX_FEATURES};
use super::words::Identity;
use super::Pos;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

type Map<V> = HashMap<u64, V, BuildHasherDefault<Identity>>;

/// One training sentence: its token features and its gold tags (as [`Pos`] indices).
#[derive(Debug, Clone)]
pub struct Example {
    /// The hashed features of its tokens.
    pub tokens: Vec<TokenFeatures>,
    /// The gold tag of each token.
    pub tags: Vec<u8>,
}

/// An averaged perceptron being trained.
pub struct Trainer {
    dict: Map<u8>,
    rows: Map<usize>,
    weights: Vec<f32>,
    totals: Vec<f64>,
    stamps: Vec<u32>,
    instances: u32,
}

const NC: usize = Pos::COUNT;

impl Trainer {
    /// A trainer whose tag dictionary holds the words seen at least `min_count` times
    /// with one tag at least `min_share` of the time.
    pub fn new(examples: &[Example], min_count: u32, min_share: f64) -> Trainer {
        let mut counts: Map<[u32; NC]> = Map::default();
        for ex in examples {
            for (t, &g) in ex.tokens.iter().zip(&ex.tags) {
                counts.entry(t.cased).or_insert([0; NC])[g as usize] += 1;
            }
        }
        let mut dict = Map::default();
        for (w, c) in counts {
            let n: u32 = c.iter().sum();
            let (best, &m) = c.iter().enumerate().max_by_key(|&(_, m)| *m).unwrap();
            if n >= min_count && m as f64 / n as f64 >= min_share {
                dict.insert(w, best as u8);
            }
        }
        Trainer {
            dict,
            rows: Map::default(),
            weights: Vec::new(),
            totals: Vec::new(),
            stamps: Vec::new(),
            instances: 0,
        }
    }

    fn predict(&self, feats: &[u64]) -> u8 {
        let mut scores = [0f32; NC];
        for f in feats {
            if let Some(&r) = self.rows.get(f) {
                for (s, w) in scores.iter_mut().zip(&self.weights[r..r + NC]) {
                    *s += w;
                }
            }
        }
        let mut best = 0;
        for c in 1..NC {
            if scores[c] > scores[best] {
                best = c;
            }
        }
        best as u8
    }

    fn bump(&mut self, f: u64, c: usize, v: f32) {
        let r = match self.rows.get(&f) {
            Some(&r) => r,
            None => {
                let r = self.weights.len();
                self.weights.resize(r + NC, 0.0);
                self.totals.resize(r + NC, 0.0);
                self.stamps.resize(r + NC, 0);
                self.rows.insert(f, r);
                r
            }
        };
        let i = r + c;
        self.totals[i] += (self.instances - self.stamps[i]) as f64 * self.weights[i] as f64;
        self.stamps[i] = self.instances;
        self.weights[i] += v;
    }

    /// One pass over `examples` in the given order; returns the share tagged right.
    pub fn epoch(&mut self, examples: &[Example], order: &[usize]) -> f64 {
        let (mut right, mut all) = (0usize, 0usize);
        let mut feats = [0u64; MAX_FEATURES];
        let mut guesses: Vec<u8> = Vec::new();
        for &e in order {
            let ex = &examples[e];
            guesses.clear();
            for i in 0..ex.tokens.len() {
                let gold = ex.tags[i];
                let guess = match self.dict.get(&ex.tokens[i].cased) {
                    Some(&c) => c,
                    None => {
                        let p1 = i.checked_sub(1).map(|j| guesses[j]);
                        let p2 = i.checked_sub(2).map(|j| guesses[j]);
                        let n = features(&ex.tokens, i, p1, p2, &mut feats);
                        self.instances += 1;
                        let guess = self.predict(&feats[..n]);
                        if guess != gold {
                            for &f in &feats[..n] {
                                self.bump(f, gold as usize, 1.0);
                                self.bump(f, guess as usize, -1.0);
                            }
                        }
                        guess
                    }
                };
                right += (guess == gold) as usize;
                all += 1;
                guesses.push(guess);
            }
        }
        right as f64 / all.max(1) as f64
    }

    /// Trains for `iterations` passes, shuffling with a fixed seed between them,
    /// printing each pass's training accuracy.
    pub fn train(&mut self, examples: &[Example], iterations: usize) {
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut rng: u64 = 0x2545F4914F6CDD1D;
        for it in 0..iterations {
            let acc = self.epoch(examples, &order);
            eprintln!(
                "syntax_train: iteration {} accuracy {:.4} ({} rows)",
                it + 1,
                acc,
                self.rows.len()
            );
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
        }
    }

    /// The averaged, pruned and quantised model as file bytes: weights whose average
    /// is below `prune` (in absolute value) are dropped; the rest are scaled to `i16`.
    pub fn finish(&self, prune: f32) -> Vec<u8> {
        let n = self.instances.max(1);
        let avg = |i: usize| -> f32 {
            let total = self.totals[i] + (n - self.stamps[i]) as f64 * self.weights[i] as f64;
            (total / n as f64) as f32
        };
        let mut max = 0f32;
        let mut rows: Vec<(u64, Vec<(u8, f32)>)> = Vec::new();
        let mut keys: Vec<(&u64, &usize)> = self.rows.iter().collect();
        keys.sort();
        for (&k, &r) in keys {
            let es: Vec<(u8, f32)> = (0..NC)
                .map(|c| (c as u8, avg(r + c)))
                .filter(|&(_, w)| w.abs() >= prune)
                .collect();
            if !es.is_empty() {
                max = es.iter().fold(max, |m, &(_, w)| m.max(w.abs()));
                rows.push((k, es));
            }
        }
        // scores add up to ~20 weights: leave headroom in i32 easily; i16 per weight
        let scale = 32767.0 / max.max(1e-9);
        let rows: Vec<(u64, Vec<(u8, i16)>)> = rows
            .into_iter()
            .map(|(k, es)| {
                (
                    k,
                    es.into_iter().map(|(c, w)| (c, (w * scale).round() as i16)).collect(),
                )
            })
            .map(|(k, es): (u64, Vec<(u8, i16)>)| (k, es.into_iter().filter(|&(_, w)| w != 0).collect::<Vec<_>>()))
            .filter(|(_, es)| !es.is_empty())
            .collect();
        let mut dict: Vec<(u64, u8)> = self.dict.iter().map(|(&k, &v)| (k, v)).collect();
        dict.sort();
        Model::write(&Pos::ALL, &dict, &rows)
    }
}
