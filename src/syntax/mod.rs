//! The syntactic layer between `text` and `extract`: part-of-speech tags from a
//! statistical tagger, then, by deterministic rules over the tags, noun-phrase chunks
//! with their heads, verb groups (tense, negation, modality, voice), clauses (main,
//! reported speech, relative, subordinate, quoted), the subject and objects of each verb
//! group, and which noun phrases are coordinated.
//!
//! It answers the questions token windows cannot: which noun heads a phrase ("the
//! Ruritania peace talks" is about talks), which clause a name sits in ("talks between
//! A and B, X said": A and B are in what X said), and what the subject of a verb is.
//! Computed once per sentence, in linear time. How the tagger was trained and how
//! accurate it is: `docs/syntax.md`.

mod parse;
pub mod tagger;

pub use parse::{Chunk, Clause, ClauseKind, SentenceSyntax, Tense, VerbGroup};

use crate::text::Token;
use std::sync::OnceLock;

/// Penn Treebank part-of-speech tags, as the silver annotation uses them.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Pos {
    NN,
    IN,
    NNP,
    DT,
    JJ,
    NNS,
    /// Sentence-final punctuation.
    Period,
    VBD,
    /// A comma.
    Comma,
    VB,
    RB,
    PRP,
    VBN,
    CC,
    VBZ,
    CD,
    VBG,
    TO,
    VBP,
    /// An opening quotation mark.
    OpenQuote,
    MD,
    /// A closing quotation mark.
    CloseQuote,
    /// `PRP$`, a possessive pronoun.
    PRPS,
    POS,
    /// `:`, colons, semicolons and dashes.
    Colon,
    NNPS,
    RP,
    WDT,
    Dollar,
    WP,
    JJR,
    JJS,
    WRB,
    /// A closing bracket.
    RRB,
    /// An opening bracket.
    LRB,
    EX,
    RBR,
    HYPH,
    RBS,
    PDT,
    UH,
    SYM,
    /// `WP$`, "whose".
    WPS,
    FW,
    /// Anything else (`XX`, `NFP`, `ADD`, `LS`).
    X,
    /// Before the first word (tagger history only).
    Start,
}

impl Pos {
    /// Every tag the tagger may assign, in discriminant order.
    pub const ALL: [Pos; 45] = [
        Pos::NN,
        Pos::IN,
        Pos::NNP,
        Pos::DT,
        Pos::JJ,
        Pos::NNS,
        Pos::Period,
        Pos::VBD,
        Pos::Comma,
        Pos::VB,
        Pos::RB,
        Pos::PRP,
        Pos::VBN,
        Pos::CC,
        Pos::VBZ,
        Pos::CD,
        Pos::VBG,
        Pos::TO,
        Pos::VBP,
        Pos::OpenQuote,
        Pos::MD,
        Pos::CloseQuote,
        Pos::PRPS,
        Pos::POS,
        Pos::Colon,
        Pos::NNPS,
        Pos::RP,
        Pos::WDT,
        Pos::Dollar,
        Pos::WP,
        Pos::JJR,
        Pos::JJS,
        Pos::WRB,
        Pos::RRB,
        Pos::LRB,
        Pos::EX,
        Pos::RBR,
        Pos::HYPH,
        Pos::RBS,
        Pos::PDT,
        Pos::UH,
        Pos::SYM,
        Pos::WPS,
        Pos::FW,
        Pos::X,
    ];

    /// The tag with discriminant `i`.
    pub fn from_index(i: usize) -> Option<Pos> {
        Pos::ALL.get(i).copied()
    }

    /// The tag of a Penn Treebank label ("NN", "PRP$", "``", "-LRB-" ...).
    pub fn from_penn(label: &str) -> Pos {
        match label {
            "NN" => Pos::NN,
            "IN" => Pos::IN,
            "NNP" => Pos::NNP,
            "DT" => Pos::DT,
            "JJ" => Pos::JJ,
            "NNS" => Pos::NNS,
            "." => Pos::Period,
            "VBD" => Pos::VBD,
            "," => Pos::Comma,
            "VB" => Pos::VB,
            "RB" => Pos::RB,
            "PRP" => Pos::PRP,
            "VBN" => Pos::VBN,
            "CC" => Pos::CC,
            "VBZ" => Pos::VBZ,
            "CD" => Pos::CD,
            "VBG" => Pos::VBG,
            "TO" => Pos::TO,
            "VBP" => Pos::VBP,
            "``" => Pos::OpenQuote,
            "MD" => Pos::MD,
            "''" => Pos::CloseQuote,
            "PRP$" => Pos::PRPS,
            "POS" => Pos::POS,
            ":" => Pos::Colon,
            "NNPS" => Pos::NNPS,
            "RP" => Pos::RP,
            "WDT" => Pos::WDT,
            "$" => Pos::Dollar,
            "WP" => Pos::WP,
            "JJR" => Pos::JJR,
            "JJS" => Pos::JJS,
            "WRB" => Pos::WRB,
            "-RRB-" => Pos::RRB,
            "-LRB-" => Pos::LRB,
            "EX" => Pos::EX,
            "RBR" => Pos::RBR,
            "HYPH" => Pos::HYPH,
            "RBS" => Pos::RBS,
            "PDT" => Pos::PDT,
            "UH" => Pos::UH,
            "SYM" => Pos::SYM,
            "WP$" => Pos::WPS,
            "FW" => Pos::FW,
            _ => Pos::X,
        }
    }

    /// A noun: common or proper, singular or plural.
    pub fn is_noun(self) -> bool {
        matches!(self, Pos::NN | Pos::NNS | Pos::NNP | Pos::NNPS)
    }

    /// A proper noun.
    pub fn is_proper(self) -> bool {
        matches!(self, Pos::NNP | Pos::NNPS)
    }

    /// A verb form (not a modal).
    pub fn is_verb(self) -> bool {
        matches!(self, Pos::VB | Pos::VBD | Pos::VBG | Pos::VBN | Pos::VBP | Pos::VBZ)
    }

    /// A finite verb: one that can have a subject of its own.
    pub fn is_finite(self) -> bool {
        matches!(self, Pos::VBD | Pos::VBP | Pos::VBZ | Pos::MD)
    }

    /// An adjective.
    pub fn is_adjective(self) -> bool {
        matches!(self, Pos::JJ | Pos::JJR | Pos::JJS)
    }

    /// An adverb.
    pub fn is_adverb(self) -> bool {
        matches!(self, Pos::RB | Pos::RBR | Pos::RBS)
    }
}

const MODEL: &[u8] = include_bytes!("../../data/syntax/pos.model");

/// The built-in tagger, read from `data/syntax/pos.model` on first use.
pub fn tagger() -> &'static tagger::Tagger {
    static TAGGER: OnceLock<tagger::Tagger> = OnceLock::new();
    TAGGER.get_or_init(|| tagger::Tagger::from_bytes(MODEL).unwrap_or_default())
}

/// The part-of-speech tags of one sentence's tokens.
pub fn tag(text: &str, tokens: &[Token]) -> Vec<Pos> {
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    tagger().tag(&words)
}

/// The syntax of one sentence: `text` is the document text, `tokens` the sentence's
/// tokens; every index in the result is relative to `tokens`.
pub fn analyse(text: &str, tokens: &[Token]) -> SentenceSyntax {
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    let tags = tagger().tag(&words);
    parse::parse(&words, tags)
}

/// The shallow parse of words already tagged (for training and evaluation, where the
/// tags come from elsewhere).
pub fn parse_tagged(words: &[&str], tags: Vec<Pos>) -> SentenceSyntax {
    parse::parse(words, tags)
}
