//! The syntactic layer between [`crate::text`] and the extractor: part-of-speech tags,
//! noun-phrase chunks with their heads, verb groups (tense, negation, modality,
//! voice), clauses (main, reported speech, relative, subordinate, quoted), the
//! subject and objects of each verb group, and how far each coordination reaches.
//!
//! The tagger is statistical (an averaged perceptron trained offline on spaCy silver
//! annotations of the corpus, `scripts/train_syntax.sh`); everything above it is
//! deterministic rules over the tags, linear in the sentence length. See
//! `docs/syntax.md` for the training data, the accuracy and the model format.
//!
//! ```
//! use newsgraph::{syntax, text};
//! let doc = "The envoy met the president.";
//! let seg = text::segment(doc);
//! let s = syntax::analyse(doc, seg.sentence_tokens(0));
//! let v = &s.verbs[0];
//! let subject = &s.chunks[v.subject.unwrap()];
//! assert_eq!(subject.head, 1); // "envoy"
//! assert_eq!(s.chunks[v.object.unwrap()].head, 4); // "president"
//! ```

mod chunk;
mod clause;
mod pos;
pub mod tagger;
pub mod train;
mod verbs;
mod words;

pub use pos::Pos;

use crate::text::Token;
use std::sync::OnceLock;
use tagger::{Model, TokenFeatures};

/// A noun-phrase chunk: a base noun phrase without its post-modifiers
/// ("the president's special envoy" is two chunks, "the president 's" and "special envoy").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chunk {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The head noun (or pronoun, or number): the last noun of the noun run.
    pub head: usize,
    /// A possessor ("Trump's"): the chunk ends with its `POS` token ("'s", "'").
    pub possessive: bool,
    /// The preposition (`IN`/`TO` token) that governs it, if any ("with" in "talks with X").
    pub preposition: Option<usize>,
    /// The possessive chunk just before it, if any ("the president's" for "special envoy").
    pub possessor: Option<usize>,
}

/// The tense of a verb group, from its first finite verb or auxiliary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tense {
    /// "met", "was meeting", "had met", "did not meet".
    Past,
    /// "meets", "is meeting", "has met", "could meet", and non-finite groups.
    Present,
    /// "will meet", "won't meet", "is to meet", "is going to meet".
    Future,
}

/// A verb group: auxiliaries, adverbs between them, and the main verb ("did not meet",
/// "could have been told", "is meeting"), with what the rules found around it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbGroup {
    /// First token (an auxiliary, a modal, "to" of an infinitive, or the verb).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The main verb (the last verb of the group).
    pub head: usize,
    /// Past, present or future.
    pub tense: Tense,
    /// "not", "n't", "never" in the group, or "no"/"nobody"... opening its subject or object.
    pub negated: bool,
    /// A modal of possibility or obligation ("could", "would", "may", "must"...); not "will".
    pub modal: bool,
    /// Passive voice: a form of "be" (or "get") before a past participle head.
    pub passive: bool,
    /// An infinitive ("to meet") or a gerund after a preposition ("from joining").
    pub non_finite: bool,
    /// The innermost clause holding the head.
    pub clause: usize,
    /// The subject chunk (for a passive, the patient; for a relative clause whose
    /// pronoun is the subject, the antecedent; for an infinitive, the controller).
    pub subject: Option<usize>,
    /// The direct object chunk.
    pub object: Option<usize>,
    /// Prepositional objects: (preposition token, chunk), in order ("accused X of Y").
    pub prep_objects: Vec<(usize, usize)>,
    /// The agent of a passive ("by X").
    pub agent: Option<usize>,
    /// The preposition right before a gerund group ("from" in "barred X from joining").
    pub preposition: Option<usize>,
    /// The verb group this one depends on: an infinitive's or a preposition-governed
    /// gerund's verb ("barred" for "from joining", "agreed" for "to meet").
    pub governor: Option<usize>,
}

/// What kind of clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClauseKind {
    /// The sentence's main clause (always clause 0).
    Main,
    /// The content of a reporting verb ("said", "told", "warned"...): "X said (that) ..."
    /// or the "..." of "..., X said."
    Reported,
    /// A relative clause ("which ...", "who ...").
    Relative,
    /// A subordinate clause ("because ...", "if ...", "when ...").
    Subordinate,
    /// Text between quotation marks.
    Quote,
}

/// A clause: a span of tokens, its kind and its place in the clause tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clause {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What kind of clause.
    pub kind: ClauseKind,
    /// The clause it is part of (`None` for clause 0 only).
    pub parent: Option<usize>,
    /// Its main verb group: the first verb group whose head is in it directly.
    pub verb: Option<usize>,
    /// For reported and quoted clauses: the reporting verb group ("said"), if found.
    pub reported_by: Option<usize>,
}

/// The syntax of one sentence; every index is a token index relative to the
/// sentence's token slice (chunk, verb and clause fields index their vectors).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SentenceSyntax {
    /// One tag a token.
    pub tags: Vec<Pos>,
    /// Noun-phrase chunks, in order.
    pub chunks: Vec<Chunk>,
    /// Verb groups, in order.
    pub verbs: Vec<VerbGroup>,
    /// Clauses; clause 0 is the main clause and spans the whole sentence.
    pub clauses: Vec<Clause>,
    /// Token -> innermost clause.
    pub clause_of: Vec<usize>,
    /// Groups of chunk indices coordinated together ("A, B and C"), in order.
    pub coordinations: Vec<Vec<usize>>,
    /// Token -> chunk holding it (`usize::MAX` for none).
    chunk_of: Vec<usize>,
    /// Chunk -> its coordination group (`usize::MAX` for none).
    coordination_of: Vec<usize>,
    /// Chunk index -> itself, to hand out one-element slices.
    identity: Vec<usize>,
}

impl SentenceSyntax {
    /// The chunk containing `token`, if any.
    pub fn chunk_at(&self, token: usize) -> Option<usize> {
        self.chunk_of.get(token).copied().filter(|&c| c != usize::MAX)
    }

    /// Whether `token` is a pre-head modifier inside a chunk: a noun, adjective,
    /// number or participle before the head ("Ruritania" in "Ruritania peace talks").
    /// Determiners and possessive pronouns are not modifiers.
    pub fn is_modifier(&self, token: usize) -> bool {
        self.chunk_at(token).is_some_and(|c| {
            let ch = &self.chunks[c];
            token < ch.head
                && !ch.possessive
                && matches!(
                    self.tags[token],
                    Pos::NN
                        | Pos::NNS
                        | Pos::NNP
                        | Pos::NNPS
                        | Pos::JJ
                        | Pos::JJR
                        | Pos::JJS
                        | Pos::CD
                        | Pos::VBN
                        | Pos::VBG
                        | Pos::FW
                )
        })
    }

    /// The chunk's coordination group ("A, B and C"), or the chunk alone if none.
    pub fn coordinated_with(&self, chunk: usize) -> &[usize] {
        match self.coordination_of.get(chunk) {
            Some(&g) if g != usize::MAX => &self.coordinations[g],
            _ => std::slice::from_ref(&self.identity[chunk]),
        }
    }

    /// The clause's main verb group.
    pub fn verb_of_clause(&self, clause: usize) -> Option<usize> {
        self.clauses.get(clause).and_then(|c| c.verb)
    }

    /// The verb groups whose subject is `chunk` (directly, not through coordination).
    pub fn verbs_with_subject(&self, chunk: usize) -> impl Iterator<Item = usize> + '_ {
        self.verbs
            .iter()
            .enumerate()
            .filter(move |(_, v)| v.subject == Some(chunk))
            .map(|(i, _)| i)
    }

    /// The verb group holding `token`, if any.
    pub fn verb_at(&self, token: usize) -> Option<usize> {
        self.verbs.iter().position(|v| v.start <= token && token < v.end)
    }

    /// Whether clause `inner` is `outer` or lies inside it.
    pub fn clause_within(&self, inner: usize, outer: usize) -> bool {
        let mut c = Some(inner);
        while let Some(i) = c {
            if i == outer {
                return true;
            }
            c = self.clauses[i].parent;
        }
        false
    }

    /// The nearest enclosing clause of `clause` (itself included) of the given kind.
    pub fn enclosing(&self, clause: usize, kind: ClauseKind) -> Option<usize> {
        let mut c = Some(clause);
        while let Some(i) = c {
            if self.clauses[i].kind == kind {
                return Some(i);
            }
            c = self.clauses[i].parent;
        }
        None
    }
}

/// The embedded tagger model (`data/syntax/tagger.bin`), parsed on first use.
pub fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        Model::from_bytes(include_bytes!("../../data/syntax/tagger.bin")).expect("embedded tagger model is valid")
    })
}

/// The tag the tagger's dictionary gives the word `w` as written, when the word is one
/// of the frequent words the dictionary tags alone ("vow", "ahead", "resigns").
pub fn dictionary_tag(w: &str) -> Option<Pos> {
    let m = model();
    let cased = tagger::TokenFeatures::new(w, crate::text::TokenKind::Word).cased;
    m.dict_class(cased).map(|c| m.class_pos(c))
}

/// Tags only.
pub fn tag(text: &str, tokens: &[Token]) -> Vec<Pos> {
    let mut feats = Vec::with_capacity(tokens.len());
    let mut classes = Vec::with_capacity(tokens.len());
    tag_with(model(), text, tokens, &mut feats, &mut classes)
}

/// Tags with a given model, reusing the caller's buffers.
pub fn tag_with(
    model: &Model,
    text: &str,
    tokens: &[Token],
    feats: &mut Vec<TokenFeatures>,
    classes: &mut Vec<u8>,
) -> Vec<Pos> {
    tagger::sentence_features(text, tokens, feats);
    tag_features(model, feats, classes)
}

/// Tags a sentence whose features are computed, reusing the caller's class buffer.
fn tag_features(model: &Model, feats: &[TokenFeatures], classes: &mut Vec<u8>) -> Vec<Pos> {
    model.tag_classes(feats, classes);
    classes.iter().map(|&c| model.class_pos(c)).collect()
}

/// Analyses one sentence. `text` is the document text, `tokens` the sentence's tokens.
pub fn analyse(text: &str, tokens: &[Token]) -> SentenceSyntax {
    analyse_names(text, tokens, |_| false)
}

/// Analyses one sentence whose names are already known: a capitalised token for which
/// `in_name(i)` holds is tagged a proper noun, never a verb ("a visit to Türkiye",
/// "Ferdinand Bongbong Marcos"), so chunks and verb groups do not cut names in two.
pub fn analyse_names(text: &str, tokens: &[Token], in_name: impl Fn(usize) -> bool) -> SentenceSyntax {
    let mut feats = Vec::with_capacity(tokens.len());
    let mut classes = Vec::with_capacity(tokens.len());
    tagger::sentence_features(text, tokens, &mut feats);
    // a headline in title case ("Lee and Ishiba Hold Summit Talks in Busan"): its words
    // outside names are tagged as if written in lower case, as the tagger learnt them
    let title_case = title_cased(text, tokens, &in_name);
    if title_case {
        for (i, t) in tokens.iter().enumerate() {
            let w = t.text(text);
            if !in_name(i) && w.starts_with(|c: char| c.is_uppercase()) {
                feats[i] = TokenFeatures::new(&w.to_lowercase(), t.kind);
            }
        }
    }
    let mut tags = tag_features(model(), &feats, &mut classes);
    let n = tags.len();
    for (i, t) in tags.iter_mut().enumerate() {
        if !in_name(i) {
            continue;
        }
        let capital = text[tokens[i].start..].starts_with(|c: char| c.is_uppercase());
        // a name is one proper noun: no verb in it ("Türkiye"), and its inner function
        // words ("Republic of the Congo", "Bosnia and Herzegovina") do not split it
        let inner = i > 0 && i + 1 < n && in_name(i - 1) && in_name(i + 1);
        // ("He Lifeng": a capitalised pronoun in a name is part of it)
        if (t.is_verb() || matches!(*t, Pos::PRP | Pos::PRPS)) && capital
            || inner && matches!(*t, Pos::IN | Pos::DT | Pos::CC | Pos::TO)
        {
            *t = Pos::NNP;
        }
    }
    parse_with(text, tokens, tags, &feats)
}

/// Whether a sentence is written in title case: at least two words of four letters or
/// more outside names, and every one of them capitalised ("Trump, Carney Meet at White
/// House Amid Tariff Tensions").
fn title_cased(text: &str, tokens: &[Token], in_name: &impl Fn(usize) -> bool) -> bool {
    let mut long = 0;
    for (i, t) in tokens.iter().enumerate() {
        let w = t.text(text);
        if in_name(i) || t.kind != crate::text::TokenKind::Word || w.chars().count() < 4 {
            continue;
        }
        if !w.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        long += 1;
    }
    long >= 2
}

/// The shallow parse of a sentence whose tags are known (from [`tag`], or a test).
pub fn parse(text: &str, tokens: &[Token], tags: Vec<Pos>) -> SentenceSyntax {
    let mut feats = Vec::with_capacity(tokens.len());
    tagger::sentence_features(text, tokens, &mut feats);
    parse_with(text, tokens, tags, &feats)
}

fn parse_with(text: &str, tokens: &[Token], tags: Vec<Pos>, feats: &[TokenFeatures]) -> SentenceSyntax {
    let lower: Vec<words::Word> = feats.iter().map(|f| words::Word::of_hash(f.word)).collect();
    let mut s = SentenceSyntax {
        tags,
        ..Default::default()
    };
    chunk::adjectival_participles(&mut s.tags, &lower);
    chunk::chunks(&mut s, &lower);
    verbs::groups(&mut s, &lower);
    clause::clauses(&mut s, text, tokens, &lower);
    verbs::arguments(&mut s, &lower);
    chunk::coordinate(&mut s, &lower);
    s.identity = (0..s.chunks.len()).collect();
    s
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::text;

    /// Parses a sentence with the given tags (space-separated PTB names), so the
    /// rules are tested apart from the tagger.
    pub fn with_tags(sentence: &str, tags: &str) -> SentenceSyntax {
        let seg = text::segment(sentence);
        let toks = seg.sentence_tokens(0);
        let tags: Vec<Pos> = tags.split_whitespace().map(|t| Pos::from_ptb(t).unwrap()).collect();
        assert_eq!(tags.len(), toks.len(), "one tag a token");
        parse(sentence, toks, tags)
    }

    #[test]
    fn chunk_heads_and_modifiers() {
        let s = with_tags("The Ruritania peace talks ended .", "DT NNP NN NNS VBD .");
        assert_eq!(s.chunks.len(), 1);
        assert_eq!(s.chunks[0].head, 3);
        assert!(!s.is_modifier(0) && s.is_modifier(1) && s.is_modifier(2) && !s.is_modifier(3));
        assert_eq!(s.chunk_at(4), None);
    }

    #[test]
    fn possessor_is_its_own_chunk() {
        let s = with_tags("Smith's aide left.", "NNP POS NN VBD .");
        assert_eq!(s.chunks.len(), 2);
        assert!(s.chunks[0].possessive && s.chunks[0].end == 2);
        assert_eq!(s.chunks[1].possessor, Some(0));
        assert_eq!(s.verbs[0].subject, Some(1));
    }

    #[test]
    fn verb_group_features() {
        let s = with_tags("He has not been told .", "PRP VBZ RB VBN VBN .");
        let v = &s.verbs[0];
        assert_eq!((v.start, v.head, v.end), (1, 4, 5));
        assert!(v.passive && v.negated && !v.modal);
        assert_eq!(v.tense, Tense::Present);
        let s = with_tags("He has been meeting them .", "PRP VBZ VBN VBG PRP .");
        assert!(!s.verbs[0].passive);
        assert_eq!(s.verbs[0].object, Some(1));
        let s = with_tags("He is to meet them .", "PRP VBZ TO VB PRP .");
        assert_eq!(s.verbs.last().unwrap().tense, Tense::Future);
    }

    #[test]
    fn inverted_speech_frame() {
        let s = with_tags("Talks will go on , said Smith .", "NNS MD VB RP , VBD NNP .");
        let said = s.verbs.iter().position(|v| v.head == 5).unwrap();
        assert_eq!(s.verbs[said].subject, s.chunk_at(6));
        assert_eq!(s.verbs[said].object, None);
        assert_eq!(s.clauses[s.clause_of[0]].kind, ClauseKind::Reported);
        assert_eq!(s.clause_of[6], 0);
    }

    #[test]
    fn coordination_does_not_cross_clauses() {
        let s = with_tags("Smith met Jones , Brown said .", "NNP VBD NNP , NNP VBD .");
        assert!(s.coordinations.is_empty());
    }

    #[test]
    fn model_loads_quickly_enough_to_check() {
        assert!(model().class_count() == Pos::COUNT);
        assert!(model().entry_count() > 1000);
    }
}
