//! Common nouns in capitals: whether an unknown capitalised phrase shows a person, or
//! reads as common nouns and adjectives ("Strategic Dialogue", "Public Works").

use super::{is_cap, lower, Article};
use crate::lexicon::{Lexicon, WordClass};

/// Whether the unknown run `[i, j)` (its `words`) shows a person: one of its words is a
/// known given name or surname, its last word follows an honorific in the text ("Mr
/// Begg"), a speech verb follows it ("Moazzam Begg said"), or the text names it again
/// by one of its words alone ("Tokayev").
pub(super) fn person_evidence(doc: &Article, i: usize, j: usize, words: &[&str]) -> bool {
    words.iter().any(|w| doc.lex.is_given_name(&lower(w))) || evidence_beyond_given_names(doc, i, j, words)
}

/// Whether the run `[i, j)` (its `words`) shows a person by more than a given name (a
/// word that many places' names also open with: "Jati Umrah", "Azad Kashmir"): a known
/// surname, an honorific's surname, a speech verb after it, or one of its words alone
/// elsewhere in the text.
pub(super) fn evidence_beyond_given_names(doc: &Article, i: usize, j: usize, words: &[&str]) -> bool {
    let lex = doc.lex;
    let known = words.iter().any(|w| {
        let lw = lower(w);
        lex.surnames.contains(lw.as_ref()) || doc.honorific_surnames.contains(lw.as_ref())
    });
    let speaks = j < doc.seg.tokens.len() && lex.is(doc.lower_tok(j), WordClass::SPEECH);
    let n = doc.seg.tokens.len();
    let cap_word = |k: usize| doc.is_word(k) && is_cap(doc.tok(k));
    // a word of the run written alone elsewhere, between words that are not names
    let alone = words.iter().any(|w| {
        doc.positions(w)
            .any(|k| (k < i || k >= j) && !(k > 0 && cap_word(k - 1)) && !(k + 1 < n && cap_word(k + 1)))
    });
    known || speaks || alone
}

/// Whether the word `w` (or a part of it between hyphens) has an ending of common nouns
/// and adjectives (`nounsuffix`: "Strategic", "Partnership"), in a part of six letters or more.
pub(super) fn common_noun(lex: &Lexicon, w: &str) -> bool {
    w.split('-').any(|p| {
        let p = p.to_lowercase();
        p.chars().count() >= 6
            && (3..p.len())
                .filter(|&k| p.is_char_boundary(k))
                .any(|k| lex.is(&p[k..], WordClass::NOUNSUFFIX))
    })
}
