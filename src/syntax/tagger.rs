//! The part-of-speech tagger: a greedy, left-to-right averaged perceptron
//! (Honnibal, "A good part-of-speech tagger in about 200 lines of Python", 2013),
//! with a tag dictionary for frequent unambiguous words.
//!
//! Features are hashed, never built as strings: each token's normalised word, suffix,
//! prefix and shape are hashed once per sentence ([`TokenFeatures`]), and each feature
//! key is a mix of a template number and those hashes. The model (`data/syntax/tagger.bin`)
//! maps feature keys to sparse rows of (class, weight) pairs; the format is written
//! down in `docs/syntax.md` and in [`Model::from_bytes`].

use super::Pos;
use crate::text::{Token, TokenKind};

/// Most features a token has (the length of [`features`]' output).
pub const MAX_FEATURES: usize = 17;

/// Previous-tag value for positions before the sentence start.
const START: u64 = 0xfffe;
/// Previous-tag value two positions before the sentence start.
const START2: u64 = 0xfffd;

/// A 64-bit mix (the splitmix64 finaliser): spreads every input bit over the output.
#[inline]
pub fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58476d1ce4e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d049bb133111eb);
    x ^ (x >> 31)
}

/// FNV-1a over bytes, finalised with [`mix`].
#[inline]
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    mix(h)
}

#[inline]
fn combine(template: u64, a: u64, b: u64) -> u64 {
    let k = mix(template.wrapping_mul(0x9e3779b97f4a7c15) ^ a) ^ b.rotate_left(17);
    let k = mix(k);
    if k == 0 {
        1
    } else {
        k
    }
}

/// The hashed features of one token, computed once per sentence.
#[derive(Clone, Copy, Debug, Default)]
pub struct TokenFeatures {
    /// The word as written (the tag dictionary's key).
    pub cased: u64,
    /// The normalised word: lower case, `’` as `'`, numbers as `!YEAR`/`!DIGITS`.
    pub word: u64,
    /// Its last three bytes (lower case).
    pub suffix: u64,
    /// Its first byte (as written).
    pub prefix: u64,
    /// Its shape: `Xx`, `xx`, `dd`, `X.X.`, ... (runs of a class cut at two).
    pub shape: u64,
}

const MAXW: usize = 48;

/// Spells an American "-ize"/"-yze" verb the British way ("criticizes" as
/// "criticises", "analyzed" as "analysed") in place, since the tagger learnt from
/// British text: an unseen "criticizes" was taken for a plural noun. Stems ending in
/// "e", "s" or "pr" ("seize", "size", "prize") keep their z.
fn british_spelling(w: &mut [u8]) {
    const ENDINGS: [&[u8]; 8] = [b"ize", b"izes", b"ized", b"izing", b"yze", b"yzes", b"yzed", b"yzing"];
    let Some(e) = ENDINGS.iter().find(|e| w.ends_with(e)) else {
        return;
    };
    let z = w.len() - e.len() + 1;
    let stem = &w[..z - 1];
    if stem.len() < 3 || stem.ends_with(b"e") || stem.ends_with(b"s") || stem.ends_with(b"pr") {
        return;
    }
    w[z] = b's';
}

impl TokenFeatures {
    /// The features of `tok`, whose text is `word`.
    pub fn new(word: &str, kind: TokenKind) -> TokenFeatures {
        // an en or em dash reads as the spaced hyphen British text uses for one (the
        // tagger never saw them, and took "–" for a proper noun)
        let word = if matches!(word, "\u{2013}" | "\u{2014}" | "\u{2015}") {
            "-"
        } else {
            word
        };
        let raw = word.as_bytes();
        // lower case, curly apostrophe as straight, at most MAXW bytes
        let mut buf = [0u8; MAXW];
        let mut n = 0;
        let mut i = 0;
        while i < raw.len() && n < MAXW {
            let b = raw[i];
            if b == 0xE2 && raw.get(i + 1) == Some(&0x80) && matches!(raw.get(i + 2), Some(0x98 | 0x99)) {
                buf[n] = b'\'';
                i += 3;
            } else {
                buf[n] = b.to_ascii_lowercase();
                i += 1;
            }
            n += 1;
        }
        british_spelling(&mut buf[..n]);
        let lower = &buf[..n];
        let word_hash = if kind == TokenKind::Number {
            let digits = raw.iter().all(u8::is_ascii_digit);
            if digits && raw.len() == 4 && (raw[0] == b'1' || raw[0] == b'2') {
                hash_bytes(b"!YEAR")
            } else {
                hash_bytes(b"!DIGITS")
            }
        } else {
            hash_bytes(lower)
        };
        let suffix = hash_bytes(&lower[n.saturating_sub(3)..]);
        let prefix = hash_bytes(&raw[..raw.len().min(1)]);
        // shape
        let mut shape = [0u8; 8];
        let (mut sn, mut last, mut run) = (0, 0u8, 0);
        for &b in raw {
            if b >= 0x80 && (b & 0xC0) == 0x80 {
                continue; // continuation byte
            }
            let c = match b {
                b'A'..=b'Z' => b'X',
                b'a'..=b'z' => b'x',
                b'0'..=b'9' => b'd',
                0x80.. => b'o',
                other => other,
            };
            if c == last {
                run += 1;
                if run > 2 {
                    continue;
                }
            } else {
                last = c;
                run = 1;
            }
            if sn < shape.len() {
                shape[sn] = c;
                sn += 1;
            }
        }
        TokenFeatures {
            cased: hash_bytes(raw),
            word: word_hash,
            suffix,
            prefix,
            shape: hash_bytes(&shape[..sn]),
        }
    }
}

/// Sentinel features for positions outside the sentence.
fn pad(which: u64) -> TokenFeatures {
    TokenFeatures {
        cased: which,
        word: which,
        suffix: which,
        prefix: which,
        shape: which,
    }
}

/// The feature keys of position `i` given the previous two tags (class indices), into
/// `out`; returns how many.
pub fn features(
    toks: &[TokenFeatures],
    i: usize,
    p1: Option<u8>,
    p2: Option<u8>,
    out: &mut [u64; MAX_FEATURES],
) -> usize {
    let t = &toks[i];
    let get = |j: isize| -> TokenFeatures {
        if j < 0 {
            pad(0x0053_5441_5254 + (-j) as u64)
        } else if j as usize >= toks.len() {
            pad(0x0045_4e44 + j as u64 - toks.len() as u64)
        } else {
            toks[j as usize]
        }
    };
    let ii = i as isize;
    let (m1, m2, n1, n2) = (get(ii - 1), get(ii - 2), get(ii + 1), get(ii + 2));
    let p1 = p1.map_or(START, u64::from);
    let p2 = p2.map_or(START2, u64::from);
    let first = (i == 0) as u64;
    let f = [
        combine(0, 0, 0),
        combine(1, t.word, 0),
        combine(2, t.suffix, 0),
        combine(3, t.prefix, 0),
        combine(4, t.shape, 0),
        combine(5, t.shape, first),
        combine(6, p1, 0),
        combine(7, p2, 0),
        combine(8, p1, p2),
        combine(9, p1, t.word),
        combine(10, m1.word, 0),
        combine(11, m1.suffix, 0),
        combine(12, m2.word, 0),
        combine(13, n1.word, 0),
        combine(14, n1.suffix, 0),
        combine(15, n2.word, 0),
        combine(16, n1.shape, 0),
    ];
    out.copy_from_slice(&f);
    MAX_FEATURES
}

/// Hashed features of every token of a sentence.
pub fn sentence_features(text: &str, tokens: &[Token], out: &mut Vec<TokenFeatures>) {
    out.clear();
    out.extend(tokens.iter().map(|t| TokenFeatures::new(t.text(text), t.kind)));
}

/// A trained tagger: a tag dictionary and sparse weight rows, both behind
/// open-addressing tables keyed by hash.
#[derive(Debug)]
pub struct Model {
    /// Model class index -> tag.
    classes: Vec<Pos>,
    /// Tag dictionary: slot -> (cased word hash, class); hash 0 is an empty slot.
    dict: Vec<(u64, u8)>,
    /// Feature table: slot -> (fingerprint: the key's high 32 bits, 0 = empty;
    /// first entry << 6 | entry count).
    slots: Vec<(u32, u32)>,
    /// Entry -> weight (quantised, high 16 bits) and class (low 8 bits).
    entries: Vec<u32>,
}

/// The magic number at the start of a model file.
pub const MAGIC: &[u8; 8] = b"NGTAG001";

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let s = self.b.get(self.at..self.at + n).ok_or("truncated model")?;
        self.at += n;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
}

/// A feature key's fingerprint in the table: its high 32 bits, never 0.
#[inline]
fn fingerprint(key: u64) -> u32 {
    ((key >> 32) as u32) | 1
}

fn table_size(n: usize) -> usize {
    (n * 2).next_power_of_two().max(16)
}

impl Model {
    /// Parses a model file. Layout, all integers little-endian:
    /// `MAGIC`; `u32` class count, then each class as `u8` length + PTB tag name;
    /// `u32` dictionary size, then that many `u64` cased-word hashes, then as many `u8`
    /// classes; `u32` feature count F, then F `u64` keys, then F `u16` entry counts;
    /// then (their sum) `u8` classes, then as many `i16` weights.
    pub fn from_bytes(b: &[u8]) -> Result<Model, String> {
        let mut r = Reader { b, at: 0 };
        if r.take(8)? != MAGIC {
            return Err("not a newsgraph tagger model".into());
        }
        let nc = r.u32()? as usize;
        let mut classes = Vec::with_capacity(nc);
        for _ in 0..nc {
            let len = r.take(1)?[0] as usize;
            let name = std::str::from_utf8(r.take(len)?).map_err(|e| e.to_string())?;
            classes.push(Pos::from_ptb(name).ok_or_else(|| format!("unknown tag {name}"))?);
        }
        let nd = r.u32()? as usize;
        let hashes = r.take(nd * 8)?;
        let dclasses = r.take(nd)?;
        let dsize = table_size(nd);
        let mut dict = vec![(0u64, 0u8); dsize];
        for (h, &c) in hashes.chunks_exact(8).zip(dclasses) {
            let h = u64::from_le_bytes(h.try_into().unwrap());
            let mut s = (h as usize) & (dsize - 1);
            while dict[s].0 != 0 {
                s = (s + 1) & (dsize - 1);
            }
            dict[s] = (h, c);
        }
        let nf = r.u32()? as usize;
        let fkeys = r.take(nf * 8)?;
        let counts = r.take(nf * 2)?;
        let fsize = table_size(nf);
        let mut slots = vec![(0u32, 0u32); fsize];
        let mut start = 0u32;
        for (k, c) in fkeys.chunks_exact(8).zip(counts.chunks_exact(2)) {
            let k = u64::from_le_bytes(k.try_into().unwrap());
            let c = u16::from_le_bytes(c.try_into().unwrap()) as u32;
            if c as usize > nc {
                return Err("row longer than the class count".into());
            }
            let mut s = (k as usize) & (fsize - 1);
            while slots[s].0 != 0 {
                s = (s + 1) & (fsize - 1);
            }
            slots[s] = (fingerprint(k), start << 6 | c);
            start += c;
        }
        let ne = start as usize;
        if ne >= 1 << 26 {
            return Err("model too large".into());
        }
        let classes_raw = r.take(ne)?;
        let weights = r.take(ne * 2)?;
        let mut entries = Vec::with_capacity(ne);
        for (&c, w) in classes_raw.iter().zip(weights.chunks_exact(2)) {
            if c as usize >= nc {
                return Err("class out of range".into());
            }
            let w = u16::from_le_bytes([w[0], w[1]]) as u32;
            entries.push(w << 16 | c as u32);
        }
        Ok(Model {
            classes,
            dict,
            slots,
            entries,
        })
    }

    /// Serialises a model (the inverse of [`Model::from_bytes`]) from its parts:
    /// classes, dictionary entries and `(key, [(class, weight)])` rows.
    pub fn write(classes: &[Pos], dict: &[(u64, u8)], rows: &[(u64, Vec<(u8, i16)>)]) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(classes.len() as u32).to_le_bytes());
        for c in classes {
            out.push(c.name().len() as u8);
            out.extend_from_slice(c.name().as_bytes());
        }
        out.extend_from_slice(&(dict.len() as u32).to_le_bytes());
        for (h, _) in dict {
            out.extend_from_slice(&h.to_le_bytes());
        }
        out.extend(dict.iter().map(|&(_, c)| c));
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        for (k, _) in rows {
            out.extend_from_slice(&k.to_le_bytes());
        }
        for (_, es) in rows {
            out.extend_from_slice(&(es.len() as u16).to_le_bytes());
        }
        for (_, es) in rows {
            out.extend(es.iter().map(|&(c, _)| c));
        }
        for (_, es) in rows {
            for &(_, w) in es {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out
    }

    /// The tag of model class `c`.
    pub fn class_pos(&self, c: u8) -> Pos {
        self.classes[c as usize]
    }

    /// The number of classes.
    pub fn class_count(&self) -> usize {
        self.classes.len()
    }

    /// The number of weight entries (a size figure).
    pub fn entry_count(&self) -> usize {
        self.entries.len()
    }

    /// The tag dictionary's class for a word, by its cased hash.
    #[inline]
    pub fn dict_class(&self, cased: u64) -> Option<u8> {
        let mask = self.dict.len() - 1;
        let mut s = (cased as usize) & mask;
        loop {
            let (h, c) = self.dict[s];
            if h == cased {
                return Some(c);
            }
            if h == 0 {
                return None;
            }
            s = (s + 1) & mask;
        }
    }

    #[inline]
    fn row(&self, key: u64) -> &[u32] {
        let mask = self.slots.len() - 1;
        let fp = fingerprint(key);
        let mut s = (key as usize) & mask;
        loop {
            let (f, r) = self.slots[s];
            if f == fp {
                let start = (r >> 6) as usize;
                return &self.entries[start..start + (r & 63) as usize];
            }
            if f == 0 {
                return &[];
            }
            s = (s + 1) & mask;
        }
    }

    /// The best class for a feature set.
    #[inline]
    pub fn predict(&self, feats: &[u64]) -> u8 {
        // first every feature's home slot, as independent loads the CPU can overlap
        // (the tables are larger than the cache: misses dominate the cost)
        let mask = self.slots.len() - 1;
        let mut home = [(0u32, 0u32); MAX_FEATURES];
        for (h, &f) in home.iter_mut().zip(feats) {
            *h = self.slots[(f as usize) & mask];
        }
        let mut scores = [0i32; 64];
        for (&(fp, r), &f) in home.iter().zip(feats) {
            let row = if fp == fingerprint(f) {
                let start = (r >> 6) as usize;
                &self.entries[start..start + (r & 63) as usize]
            } else if fp == 0 {
                continue;
            } else {
                self.row(f)
            };
            for &e in row {
                scores[(e & 0xff) as usize] += (e >> 16) as u16 as i16 as i32;
            }
        }
        let mut best = 0;
        for c in 1..self.classes.len() {
            if scores[c] > scores[best] {
                best = c;
            }
        }
        best as u8
    }

    /// Tags a sentence whose token features are `toks`, into `out` (as model classes).
    pub fn tag_classes(&self, toks: &[TokenFeatures], out: &mut Vec<u8>) {
        out.clear();
        let mut feats = [0u64; MAX_FEATURES];
        for i in 0..toks.len() {
            let c = match self.dict_class(toks[i].cased) {
                Some(c) => c,
                None => {
                    let p1 = i.checked_sub(1).map(|j| out[j]);
                    let p2 = i.checked_sub(2).map(|j| out[j]);
                    let n = features(toks, i, p1, p2, &mut feats);
                    self.predict(&feats[..n])
                }
            };
            out.push(c);
        }
    }
}
