//! Capitalised name sequences: finding the runs, and the corrections made once every
//! run is classified (bodies described in apposition, demonyms inside bodies' names).

use super::classify::classify;
use super::{is_cap, is_initial, lower, prefixed_name, Article, RawMention, Referent};
use crate::lexicon::WordClass;
use crate::model::EntityType;
use crate::text::TokenKind;

/// Capitalised sequences not covered by the lexicon: people, organisations, places.
pub(super) fn names(doc: &Article, covered: &mut [bool], out: &mut Vec<RawMention>) {
    for (si, s) in doc.seg.sentences.iter().enumerate() {
        let mut i = s.first_token;
        while i < s.end_token {
            if covered[i] || !doc.is_word(i) || !(is_cap(doc.tok(i)) || prefixed_name(doc.lex, doc.tok(i))) {
                i += 1;
                continue;
            }
            // extend the capitalised run
            let mut j = i + 1;
            let org_follows = |k: usize| {
                (k..s.end_token.min(k + 4))
                    .take_while(|&x| is_cap(doc.tok(x)))
                    .any(|x| doc.lex.is(doc.lower_tok(x), WordClass::ORG))
            };
            while j < s.end_token && !covered[j] {
                let w = doc.tok(j);
                if let Some(after) = nickname_end(doc, i, j, s.end_token) {
                    // "Ferdinand 'Bongbong' Marcos Jr.": a nickname in quotes inside a name
                    j = after;
                    continue;
                }
                if w == "."
                    && doc.seg.tokens[j].start == doc.seg.tokens[j - 1].end
                    && doc.lex.is(doc.lower_tok(j - 1), WordClass::GIVENABBR)
                    && j + 1 < s.end_token
                    && doc.is_word(j + 1)
                    && is_cap(doc.tok(j + 1))
                {
                    // "Ma. Antonia Yulo-Loyzaga": an abbreviated given name's full stop
                    j += 1;
                    continue;
                }
                if !doc.is_word(j) {
                    // "Workers' Educational Association": a plural possessive inside a name
                    let attached =
                        doc.seg.tokens[j].start == doc.seg.tokens[j - 1].end && doc.tok(j - 1).ends_with('s');
                    if matches!(w, "'" | "\u{2019}")
                        && attached
                        && j + 1 < s.end_token
                        && is_cap(doc.tok(j + 1))
                        && org_follows(j + 1)
                    {
                        j += 1;
                        continue;
                    }
                    break;
                }
                if is_cap(w) || is_initial(w) || prefixed_name(doc.lex, w) {
                    j += 1;
                } else if matches!(w, "'s" | "\u{2019}s")
                    && j + 2 < s.end_token
                    && !covered[j + 1]
                    // (a place owns the body: "Belfast's Lyric Theatre")
                    && !doc.lex.places.contains(doc.span(i, j))
                    && !owned_by_outsider(doc, i, j)
                    && is_cap(doc.tok(j + 1))
                    && (j + 1..s.end_token.min(j + 5))
                        .take_while(|&k| is_cap(doc.tok(k)))
                        .any(|k| doc.lex.is(doc.lower_tok(k), WordClass::ORG))
                {
                    // "People's Fuel Lobby": a possessive inside an organisation's name
                    j += 1;
                } else if j + 2 < s.end_token
                    && doc.lex.is(w, WordClass::PARTICLE)
                    && doc.lex.is(doc.tok(j + 1), WordClass::PARTICLE)
                    && !covered[j + 2]
                    && is_cap(doc.tok(j + 2))
                {
                    // "Ursula von der Leyen", "Greta van der Linden"
                    j += 3;
                } else if j + 1 < s.end_token
                    && !covered[j + 1]
                    && is_cap(doc.tok(j + 1))
                    && (doc.lex.is(w, WordClass::PARTICLE | WordClass::CONNECTOR)
                        || (w == "the" && doc.tok(j - 1) == "of"))
                {
                    j += 2;
                } else {
                    break;
                }
            }
            classify(doc, si, i, j, out);
            i = j;
        }
    }
    for m in out.iter() {
        for c in &mut covered[m.first..m.end] {
            *c = true;
        }
    }
}

/// Whether the capitalised words `[i, j)` before a possessive at `j` own a body from
/// outside its name: a person ("Tarique Rahman's Bangladesh Nationalist Party", "Lee's
/// Cabinet": a given name opening two words or more, or a known surname), or anyone
/// before a body whose name opens with its state ("the North's Korean Central News
/// Agency"); never "People's Fuel Lobby".
fn owned_by_outsider(doc: &Article, i: usize, j: usize) -> bool {
    let lex = doc.lex;
    let person = (j - i >= 2 && lex.is_given_name(doc.lower_tok(i)))
        || (i..j).any(|k| {
            let lw = doc.lower_tok(k);
            lex.surnames.contains(lw.as_ref()) || lex.surname_first.contains(lw.as_ref())
        });
    let w = doc.tok(j + 1);
    let state = lex
        .find_forms(w)
        .any(|(s, e, a, _)| s == 0 && e == w.len() && lex.actors[a].kind == EntityType::Country);
    person || state
}

/// A nickname in quotes at token `j` inside the name run that started at `i` ("Ferdinand
/// 'Bongbong' Marcos Jr.", "Mohamed Hamdan \"Hemedti\" Dagalo"): one or two capitalised
/// words between quotation marks, after a given name and before the rest of the name;
/// the token after the nickname's closing quote, where the name goes on.
fn nickname_end(doc: &Article, i: usize, j: usize, limit: usize) -> Option<usize> {
    let toks = &doc.seg.tokens;
    let quote = |k: usize| k < limit && toks[k].kind == TokenKind::Quote;
    if !quote(j) || !(i..j).any(|k| doc.lex.is_given_name(doc.lower_tok(k))) {
        return None;
    }
    let mut k = j;
    while quote(k) && k < j + 2 {
        k += 1;
    }
    let words = k;
    while k < limit && k < words + 2 && doc.is_word(k) && is_cap(doc.tok(k)) {
        k += 1;
    }
    // (the nickname is written against its quotes)
    if k == words || toks[words].start != toks[words - 1].end || !quote(k) || toks[k].start != toks[k - 1].end {
        return None;
    }
    let open = words - j;
    let mut close = 0;
    while quote(k) && close < open {
        k += 1;
        close += 1;
    }
    (close == open && k < limit && doc.is_word(k) && is_cap(doc.tok(k))).then_some(k)
}

/// "Yad Vashem, Israel's Holocaust memorial centre", "Bruegel, a think tank": a name
/// followed by an apposition whose head noun is a body (`org` or `orgnoun` words) is an
/// organisation, never a person or a place. The apposition opens with an article or a
/// name in the possessive, and ends before punctuation, a participle ("based", "founded")
/// or a word that starts a clause or a phrase of its own (`acting`, `connector`,
/// `locative`: "that", "in", "of").
pub(super) fn described_bodies(doc: &Article, out: &mut [RawMention]) {
    let n = doc.seg.tokens.len();
    for m in out.iter_mut() {
        if !matches!(m.referent, Referent::Name(EntityType::Person | EntityType::Location)) {
            continue;
        }
        let comma = m.end;
        if comma + 2 >= n || doc.tok(comma) != "," || doc.sent_of[comma] != m.sentence {
            continue;
        }
        let stop = WordClass::ACTING | WordClass::CONNECTOR | WordClass::LOCATIVE;
        let (mut k, mut possessive, mut head) = (comma + 1, false, None);
        let opens = doc.is_word(k) && doc.lex.is(doc.lower_tok(k), WordClass::DETERMINER);
        if opens {
            k += 1;
        }
        while k < n && k < comma + 9 && doc.sent_of[k] == m.sentence {
            let w = doc.tok(k);
            if matches!(w, "'s" | "\u{2019}s") {
                // "Israel's Holocaust memorial centre": a name owning the head
                possessive |= k == comma + 2 && is_cap(doc.tok(comma + 1));
            } else if !doc.is_word(k) {
                break;
            } else {
                let lw = lower(w);
                if doc.lex.is(&lw, stop) || (lw.ends_with("ed") && lw.len() > 4) {
                    break;
                }
                head = Some(k);
            }
            k += 1;
        }
        let Some(h) = head else { continue };
        let last = doc.lower_tok(h);
        let two = (h > comma + 1).then(|| format!("{} {}", doc.lower_tok(h - 1), last));
        let body = |w: &str| doc.lex.is(w, WordClass::ORG | WordClass::ORGNOUN);
        if (opens || possessive) && (body(last) || two.as_deref().is_some_and(body)) {
            m.referent = Referent::Name(EntityType::Organization);
        }
    }
}

/// An organisation's name may hold a demonym: "Association" + "of" + "European" +
/// "Airlines" is one name, not a body, a country and a stray word; but capitalised words
/// after a state that a person's name follows open that name.
pub(super) fn swallow_demonyms(doc: &Article, out: &mut Vec<RawMention>) {
    let n = doc.seg.tokens.len();
    let mut k = 0;
    while k < out.len() {
        let m = &out[k];
        let e = m.end;
        let is_org = matches!(m.referent, Referent::Name(EntityType::Organization));
        if !is_org || e + 2 >= n || !doc.lex.is(doc.tok(e), WordClass::NAMEOF) || doc.sent_of[e + 1] != m.sentence {
            k += 1;
            continue;
        }
        let Some(d) = out
            .iter()
            .position(|x| x.first == e + 1 && matches!(x.referent, Referent::Known(_)))
        else {
            k += 1;
            continue;
        };
        let mut end = out[d].end;
        let sent_end = doc.seg.sentences[m.sentence].end_token;
        while end < sent_end && doc.is_word(end) && is_cap(doc.tok(end)) && !out.iter().any(|x| x.first == end) {
            end += 1;
        }
        if end == out[d].end {
            k += 1;
            continue;
        }
        // "General Secretary of the Communist Party of Vietnam To Lam": words between the
        // state and a person's name open that name ("To" of "To Lam"), not the body's
        if let Some(p) = out.iter().position(|x| {
            x.first == end
                && x.sentence == m.sentence
                && x.title.is_none()
                && x.referent == Referent::Name(EntityType::Person)
        }) {
            out[p].first = out[d].end;
            out[p].title_first = out[p].first;
            k += 1;
            continue;
        }
        out[k].end = end;
        out.remove(d);
        if d < k {
            k -= 1;
        }
        k += 1;
    }
}
