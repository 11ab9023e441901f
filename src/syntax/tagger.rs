//! A part-of-speech tagger: a greedy averaged perceptron (Collins 2002; the design of
//! Honnibal's "A good part-of-speech tagger in about 200 lines of Python"), with a tag
//! dictionary for frequent unambiguous words.
//!
//! Features are hashed (64-bit FNV-1a over the template and its strings), so tagging
//! allocates nothing per token. The model is trained by `examples/syntax_train.rs` from
//! silver tags (see `docs/syntax.md`) and shipped in `data/syntax/pos.model`.

use super::Pos;
use std::collections::HashMap;

/// Number of tags the model scores.
const NTAGS: usize = Pos::ALL.len();

/// Features seen fewer times than this in training are dropped from the model.
const MIN_SEEN: u32 = 3;

/// Averaged weights smaller than this (1024 = 1.0) are dropped from the model.
const MIN_WEIGHT: f32 = 32.0;

/// File magic of a model.
const MAGIC: &[u8; 8] = b"NGPOS001";

/// A trained tagger: a tag dictionary and the feature weights.
#[derive(Debug, Default)]
pub struct Tagger {
    /// Frequent words that almost always take one tag, by the hash of their
    /// normalised form.
    tagdict: HashMap<u64, Pos, BuildFeatureHasher>,
    /// Feature hash -> (offset, count) into `entries`.
    features: HashMap<u64, (u32, u16), BuildFeatureHasher>,
    /// Tag index of every weight of every feature, in feature order.
    entry_tags: Vec<u8>,
    /// The weights (quantised: 1024 = 1.0), parallel to `entry_tags`.
    entry_weights: Vec<i16>,
}

/// FNV-1a, the hash of feature strings; cheap for short keys and allocation-free.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    fn new(template: u8) -> Self {
        Fnv(0xcbf2_9ce4_8422_2325 ^ u64::from(template)).mix(&[template])
    }
    fn mix(mut self, bytes: &[u8]) -> Self {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        self
    }
    fn sep(self) -> Self {
        self.mix(&[0xff])
    }
}

/// The hash of a normalised word, the key of the tag dictionary.
fn word_hash(w: &str) -> u64 {
    Fnv::new(255).mix(w.as_bytes()).0
}

/// The identity hasher for keys that are already hashes.
#[derive(Default, Clone, Copy, Debug)]
pub(crate) struct BuildFeatureHasher;

/// Hasher state of [`BuildFeatureHasher`].
#[derive(Default)]
pub(crate) struct FeatureHasher(u64);

impl std::hash::Hasher for FeatureHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl std::hash::BuildHasher for BuildFeatureHasher {
    type Hasher = FeatureHasher;
    fn build_hasher(&self) -> FeatureHasher {
        FeatureHasher(0)
    }
}

/// A word as the features see it: lower case, digits and years folded.
pub(crate) fn normalise(word: &str, buf: &mut String) {
    buf.clear();
    let first = word.chars().next();
    if word.contains('-') && first.is_some_and(|c| c != '-') && word.len() > 1 {
        buf.push_str("!HYPHEN");
        // keep the last part, which decides the tag ("one-on-one", "ex-finance")
        if let Some(last) = word.rsplit('-').next() {
            buf.push('-');
            buf.extend(last.chars().flat_map(char::to_lowercase));
        }
    } else if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        buf.push_str("!YEAR");
    } else if first.is_some_and(|c| c.is_ascii_digit()) {
        buf.push_str("!DIGITS");
    } else {
        buf.extend(word.chars().flat_map(char::to_lowercase));
    }
}

/// The normalised words of a sentence in one buffer (no allocation per word).
pub(crate) struct Normalised {
    buf: String,
    ends: Vec<usize>,
}

impl Normalised {
    /// Normalises every word of a sentence.
    pub(crate) fn new(raw: &[&str]) -> Self {
        let mut buf = String::with_capacity(raw.iter().map(|w| w.len() + 8).sum());
        let mut ends = Vec::with_capacity(raw.len());
        let mut one = String::new();
        for w in raw {
            normalise(w, &mut one);
            buf.push_str(&one);
            ends.push(buf.len());
        }
        Normalised { buf, ends }
    }

    /// Word `i`.
    pub(crate) fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.buf[start..self.ends[i]]
    }

    fn len(&self) -> usize {
        self.ends.len()
    }
}

/// The shape of a word: case pattern of its first and last characters, so unknown
/// names still look like names ("Xx", "X.", "x", "d").
fn shape(word: &str) -> [u8; 3] {
    let class = |c: char| {
        if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else {
            b'.'
        }
    };
    let mut chars = word.chars();
    let a = chars.next().map_or(b'_', class);
    let b = chars.next().map_or(b'_', class);
    let z = word.chars().last().map_or(b'_', class);
    [a, b, z]
}

/// The last `n` characters of a normalised word.
fn suffix(w: &str, n: usize) -> &str {
    let start = w.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    &w[start..]
}

/// The features of token `i` given its neighbours' normalised forms and the two tags
/// before it, as hashes, written into `out`.
pub(crate) fn features(words: &Normalised, raw: &[&str], i: usize, prev: Pos, prev2: Pos, out: &mut Vec<u64>) {
    out.clear();
    let w = words.get(i);
    let at = |k: isize| -> &str {
        let j = i as isize + k;
        if j < 0 {
            "-START-"
        } else if j as usize >= words.len() {
            "-END-"
        } else {
            words.get(j as usize)
        }
    };
    let (p, p2) = ([prev as u8], [prev2 as u8]);
    out.push(Fnv::new(0).0);
    out.push(Fnv::new(1).mix(suffix(w, 3).as_bytes()).0);
    out.push(Fnv::new(2).mix(suffix(w, 2).as_bytes()).0);
    out.push(Fnv::new(3).mix(&w.as_bytes()[..w.len().min(1)]).0);
    out.push(Fnv::new(4).mix(&p).0);
    out.push(Fnv::new(5).mix(&p2).0);
    out.push(Fnv::new(6).mix(&p).mix(&p2).0);
    out.push(Fnv::new(7).mix(w.as_bytes()).0);
    out.push(Fnv::new(8).mix(&p).sep().mix(w.as_bytes()).0);
    out.push(Fnv::new(9).mix(at(-1).as_bytes()).0);
    out.push(Fnv::new(10).mix(suffix(at(-1), 3).as_bytes()).0);
    out.push(Fnv::new(11).mix(at(-2).as_bytes()).0);
    out.push(Fnv::new(12).mix(at(1).as_bytes()).0);
    out.push(Fnv::new(13).mix(suffix(at(1), 3).as_bytes()).0);
    out.push(Fnv::new(14).mix(at(2).as_bytes()).0);
    out.push(Fnv::new(15).mix(&shape(raw[i])).0);
    out.push(Fnv::new(16).mix(&shape(raw[i])).mix(&[u8::from(i == 0)]).0);
    out.push(Fnv::new(17).mix(&p).sep().mix(at(1).as_bytes()).0);
}

impl Tagger {
    /// Tags one sentence of raw words.
    pub fn tag(&self, raw: &[&str]) -> Vec<Pos> {
        let words = Normalised::new(raw);
        let mut tags = Vec::with_capacity(raw.len());
        let (mut prev, mut prev2) = (Pos::Start, Pos::Start);
        let mut feats = Vec::with_capacity(20);
        let mut scores = [0f32; NTAGS];
        for i in 0..raw.len() {
            let tag = match self.tagdict.get(&word_hash(words.get(i))) {
                Some(&t) => t,
                None => {
                    features(&words, raw, i, prev, prev2, &mut feats);
                    scores.fill(0.0);
                    for f in &feats {
                        if let Some(&(off, n)) = self.features.get(f) {
                            let range = off as usize..off as usize + n as usize;
                            for (&t, &wgt) in self.entry_tags[range.clone()].iter().zip(&self.entry_weights[range]) {
                                if let Some(s) = scores.get_mut(t as usize) {
                                    *s += f32::from(wgt);
                                }
                            }
                        }
                    }
                    best(&scores)
                }
            };
            tags.push(tag);
            prev2 = prev;
            prev = tag;
        }
        tags
    }

    /// Reads a model written by [`Trainer::finish`].
    pub fn from_bytes(bytes: &[u8]) -> Option<Tagger> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(8)? != MAGIC {
            return None;
        }
        let ndict = r.u32()? as usize;
        let mut tagdict = HashMap::with_capacity_and_hasher(ndict, BuildFeatureHasher);
        for _ in 0..ndict {
            let len = r.u8()? as usize;
            let word = std::str::from_utf8(r.take(len)?).ok()?;
            let tag = Pos::from_index(r.u8()? as usize)?;
            tagdict.insert(word_hash(word), tag);
        }
        let nfeat = r.u32()? as usize;
        let mut features = HashMap::with_capacity_and_hasher(nfeat, BuildFeatureHasher);
        let (mut entry_tags, mut entry_weights) = (Vec::new(), Vec::new());
        for _ in 0..nfeat {
            let hash = r.u64()?;
            let n = r.u8()? as usize;
            let off = entry_tags.len() as u32;
            for _ in 0..n {
                entry_tags.push(r.u8()?);
                entry_weights.push(r.i16()?);
            }
            features.insert(hash, (off, n as u16));
        }
        Some(Tagger {
            tagdict,
            features,
            entry_tags,
            entry_weights,
        })
    }
}

/// The best-scoring tag (ties to the lower index, so tagging is deterministic).
fn best(scores: &[f32; NTAGS]) -> Pos {
    let mut b = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[b] {
            b = i;
        }
    }
    Pos::ALL[b]
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.bytes.get(self.at..self.at + n)?;
        self.at += n;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn i16(&mut self) -> Option<i16> {
        Some(i16::from_le_bytes(self.take(2)?.try_into().ok()?))
    }
}

/// Trains a [`Tagger`] from tagged sentences (the averaged perceptron).
#[derive(Debug, Default)]
pub struct Trainer {
    weights: HashMap<u64, [f32; NTAGS]>,
    totals: HashMap<u64, [f32; NTAGS]>,
    stamps: HashMap<u64, [u32; NTAGS]>,
    /// Updates so far (the averaging clock).
    clock: u32,
    /// Word -> tag counts, for the tag dictionary.
    counts: HashMap<String, HashMap<Pos, u32>>,
    /// How often each feature fired with the gold tag (for pruning).
    seen: HashMap<u64, u32>,
}

impl Trainer {
    /// A trainer with no weights yet.
    pub fn new() -> Self {
        Trainer::default()
    }

    /// Counts words and tags for the tag dictionary; call once per sentence before
    /// the first [`Trainer::learn`].
    pub fn count(&mut self, raw: &[&str], gold: &[Pos]) {
        let mut buf = String::new();
        for (w, &t) in raw.iter().zip(gold) {
            normalise(w, &mut buf);
            *self.counts.entry(buf.clone()).or_default().entry(t).or_default() += 1;
        }
    }

    /// The tag dictionary: words seen at least 20 times with one tag 97% of the time.
    fn tagdict(&self) -> HashMap<Box<str>, Pos> {
        let mut d = HashMap::new();
        for (w, tags) in &self.counts {
            let n: u32 = tags.values().sum();
            let (&t, &c) = tags
                .iter()
                .max_by_key(|(t, c)| (**c, std::cmp::Reverse(**t as u8)))
                .expect("a tag");
            if n >= 20 && f64::from(c) / f64::from(n) >= 0.97 {
                d.insert(w.as_str().into(), t);
            }
        }
        d
    }

    /// One pass over one sentence: tags it with the current weights (teacher-forced
    /// history as in the reference design: the predicted tags) and updates on errors.
    /// Returns the number of tokens tagged right.
    pub fn learn(&mut self, raw: &[&str], gold: &[Pos], dict: &HashMap<Box<str>, Pos>) -> usize {
        let words = Normalised::new(raw);
        let (mut prev, mut prev2) = (Pos::Start, Pos::Start);
        let mut feats = Vec::new();
        let mut right = 0;
        for (i, &truth) in gold.iter().enumerate().take(raw.len()) {
            let guess = if let Some(&t) = dict.get(words.get(i)) {
                t
            } else {
                features(&words, raw, i, prev, prev2, &mut feats);
                let mut scores = [0f32; NTAGS];
                for f in &feats {
                    if let Some(w) = self.weights.get(f) {
                        for (s, x) in scores.iter_mut().zip(w) {
                            *s += x;
                        }
                    }
                }
                let guess = best(&scores);
                self.clock += 1;
                for &f in &feats {
                    *self.seen.entry(f).or_default() += 1;
                    if guess != truth {
                        self.update(f, truth as usize, 1.0);
                        self.update(f, guess as usize, -1.0);
                    }
                }
                guess
            };
            right += usize::from(guess == truth);
            prev2 = prev;
            prev = guess;
        }
        right
    }

    fn update(&mut self, f: u64, t: usize, v: f32) {
        let w = self.weights.entry(f).or_insert([0.0; NTAGS]);
        let tot = self.totals.entry(f).or_insert([0.0; NTAGS]);
        let st = self.stamps.entry(f).or_insert([0; NTAGS]);
        tot[t] += (self.clock - st[t]) as f32 * w[t];
        st[t] = self.clock;
        w[t] += v;
    }

    /// The tag dictionary to use while learning (fixed after counting).
    pub fn dictionary(&self) -> HashMap<Box<str>, Pos> {
        self.tagdict()
    }

    /// Averages the weights, prunes the small ones and writes the model.
    pub fn finish(mut self) -> Vec<u8> {
        let clock = self.clock.max(1);
        let mut feats: Vec<(u64, Vec<(u8, i16)>)> = Vec::new();
        let keys: Vec<u64> = self.weights.keys().copied().collect();
        for f in keys {
            if self.seen.get(&f).copied().unwrap_or(0) < MIN_SEEN {
                continue;
            }
            let w = self.weights[&f];
            let tot = self.totals.get_mut(&f).expect("totals");
            let st = self.stamps[&f];
            let mut pairs = Vec::new();
            for t in 0..NTAGS {
                tot[t] += (clock - st[t]) as f32 * w[t];
                let avg = tot[t] / clock as f32;
                let q = (avg * 1024.0).round();
                if q.abs() >= MIN_WEIGHT {
                    pairs.push((t as u8, q.clamp(-32768.0, 32767.0) as i16));
                }
            }
            if !pairs.is_empty() {
                feats.push((f, pairs));
            }
        }
        feats.sort_by_key(|(f, _)| *f);
        let mut dict: Vec<(Box<str>, Pos)> = self.tagdict().into_iter().collect();
        dict.sort();
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        let dict: Vec<_> = dict.into_iter().filter(|(w, _)| w.len() < 256).collect();
        out.extend_from_slice(&(dict.len() as u32).to_le_bytes());
        for (w, t) in &dict {
            out.push(w.len() as u8);
            out.extend_from_slice(w.as_bytes());
            out.push(*t as u8);
        }
        out.extend_from_slice(&(feats.len() as u32).to_le_bytes());
        for (f, pairs) in &feats {
            out.extend_from_slice(&f.to_le_bytes());
            out.push(pairs.len() as u8);
            for (t, w) in pairs {
                out.push(*t);
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out
    }
}

impl Tagger {
    /// Model statistics: (tag dictionary words, features, weight entries).
    pub fn stats(&self) -> (usize, usize, usize) {
        (self.tagdict.len(), self.features.len(), self.entry_tags.len())
    }

    /// Whether the normalised form of `word` is in the tag dictionary.
    pub fn in_dictionary(&self, word: &str) -> bool {
        let mut buf = String::new();
        normalise(word, &mut buf);
        self.tagdict.contains_key(&word_hash(&buf))
    }
}
