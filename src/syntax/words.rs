//! The closed-class word lists the shallow parser needs (data/syntax/*.txt, *.tsv),
//! looked up by the hash of the lower-cased word, so no token is turned into a String.

use super::tagger::hash_bytes;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A hasher for keys that are already well-mixed 64-bit hashes: no SipHash per lookup.
#[derive(Default)]
pub struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type Lists = HashMap<u64, Word, BuildHasherDefault<Identity>>;

/// Introduces reported speech ("said", "told").
pub const REPORT: u32 = 1;
/// Negates its verb group ("not", "never").
pub const NEGATION: u32 = 1 << 1;
/// Negates the verb when it opens the subject or object ("no", "nobody").
pub const NEG_DET: u32 = 1 << 2;
/// Opens a relative clause ("who", "which").
pub const RELATIVE: u32 = 1 << 3;
/// Opens a subordinate clause ("because", "if").
pub const SUBORD: u32 = 1 << 4;
/// "that".
pub const THAT: u32 = 1 << 5;
/// "and", "or", "nor": coordinating conjunctions that join noun phrases.
pub const AND: u32 = 1 << 6;
/// "by" (the agent of a passive).
pub const BY: u32 = 1 << 7;
/// An auxiliary or modal form (see [`Aux`]).
pub const AUX: u32 = 1 << 8;
/// "to".
pub const TO: u32 = 1 << 9;
/// "going" (in "is going to").
pub const GOING: u32 = 1 << 10;
/// "as" (in "quoted X as saying").
pub const AS: u32 = 1 << 11;
/// A noun of asking: its infinitive is not done by the asker ("an invitation to X to visit").
pub const RECIPIENT: u32 = 1 << 12;
/// Nouns of time that stand as a phrase of their own after a noun ("their call Friday").
pub const TIME: u32 = 1 << 13;
/// Nouns of a stretch of time ("last week"): a phrase they head is no subject.
pub const TEMPORAL: u32 = 1 << 14;
/// "with", which opens an absolute phrase ("with China accusing X").
pub const WITH: u32 = 1 << 15;
/// Units of time ("hours", "days") that open a phrase of time before "after", "ago" ...
pub const TIME_UNIT: u32 = 1 << 16;
/// Words that make a unit of time before them a phrase of time ("after", "ago").
pub const TIME_RELATIVE: u32 = 1 << 17;

/// The kind of an auxiliary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum AuxKind {
    /// Not an auxiliary.
    #[default]
    None,
    /// "be" forms.
    Be,
    /// "have" forms.
    Have,
    /// "do" forms.
    Do,
    /// "get" forms (passive "got arrested").
    Get,
    /// Modals of possibility or obligation.
    Modal,
    /// "will", "shall", "'ll".
    Will,
}

/// What the word lists say about one token.
#[derive(Clone, Copy, Debug, Default)]
pub struct Word {
    /// The flags above.
    pub flags: u32,
    /// Its auxiliary kind.
    pub aux: AuxKind,
    /// For an auxiliary: `Some(true)` past, `Some(false)` present, `None` non-finite.
    pub past: Option<bool>,
    /// A contracted negative auxiliary ("didn't").
    pub negated: bool,
}

impl Word {
    /// What the lists say about a token with this lower-case-word hash
    /// ([`super::tagger::TokenFeatures::word`]).
    pub fn of_hash(h: u64) -> Word {
        lists().get(&h).copied().unwrap_or_default()
    }

    /// Whether it has a flag.
    #[inline]
    pub fn is(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn key(w: &str) -> u64 {
    hash_bytes(w.to_lowercase().replace('’', "'").as_bytes())
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut m = Lists::default();
        let mut flag = |words: &mut dyn Iterator<Item = &'static str>, f: u32| {
            for w in words {
                m.entry(key(w)).or_default().flags |= f;
            }
        };
        flag(
            &mut lines(include_str!("../../data/syntax/reporting-verbs.txt")).flat_map(str::split_whitespace),
            REPORT,
        );
        flag(&mut lines(include_str!("../../data/syntax/negations.txt")), NEGATION);
        flag(
            &mut lines(include_str!("../../data/syntax/negative-determiners.txt")),
            NEG_DET,
        );
        flag(
            &mut lines(include_str!("../../data/syntax/relative-pronouns.txt")),
            RELATIVE,
        );
        flag(&mut lines(include_str!("../../data/syntax/subordinators.txt")), SUBORD);
        flag(&mut ["that"].into_iter(), THAT);
        flag(&mut ["and", "or", "nor", "&"].into_iter(), AND);
        flag(&mut ["by"].into_iter(), BY);
        flag(&mut ["to"].into_iter(), TO);
        flag(&mut ["going"].into_iter(), GOING);
        flag(&mut ["as"].into_iter(), AS);
        flag(&mut ["with"].into_iter(), WITH);
        flag(
            &mut lines(include_str!("../../data/syntax/recipient-nouns.txt")),
            RECIPIENT,
        );
        flag(&mut lines(include_str!("../../data/syntax/time-nouns.txt")), TIME);
        flag(&mut lines(include_str!("../../data/syntax/time-units.txt")), TIME_UNIT);
        flag(
            &mut lines(include_str!("../../data/syntax/time-relative.txt")),
            TIME_RELATIVE,
        );
        flag(&mut lines(include_str!("../../data/syntax/time-nouns.txt")), TEMPORAL);
        flag(
            &mut lines(include_str!("../../data/syntax/temporal-nouns.txt")),
            TEMPORAL,
        );
        for l in lines(include_str!("../../data/syntax/auxiliaries.tsv")) {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() < 4 {
                continue;
            }
            let w = m.entry(key(f[0])).or_default();
            w.flags |= AUX;
            w.aux = match f[1] {
                "be" => AuxKind::Be,
                "have" => AuxKind::Have,
                "do" => AuxKind::Do,
                "get" => AuxKind::Get,
                "modal" => AuxKind::Modal,
                _ => AuxKind::Will,
            };
            w.past = match f[2] {
                "past" => Some(true),
                "present" => Some(false),
                _ => None,
            };
            w.negated = f[3] == "1";
        }
        m
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::tagger::TokenFeatures;
    use crate::text::TokenKind;

    fn word(s: &str) -> Word {
        Word::of_hash(TokenFeatures::new(s, TokenKind::Word).word)
    }

    #[test]
    fn lists_are_read_by_lower_case_hash() {
        assert!(word("Said").is(REPORT));
        assert!(word("never").is(NEGATION));
        let w = word("didn’t");
        assert!(w.negated && w.aux == AuxKind::Do && w.past == Some(true));
        assert_eq!(word("will").aux, AuxKind::Will);
        assert!(!word("envoy").is(REPORT));
    }
}
