//! Mentions that name again what the text named before or by other words: "the
//! commission" for a body, "the prime minister" for a person, a quoted group and its
//! head noun, a bracketed acronym.

use super::{is_cap, lower, Article, RawMention, Referent};
use crate::lexicon::{TitleKind, WordClass};
use crate::model::{EntityType, MentionSource};
use crate::text::{Token, TokenKind};

/// "the commission" after "the Commission for Africa": a body found by its name words
/// is named again by its head noun with "the", when no other body shares that noun.
pub(super) fn the_body(doc: &Article, out: &mut Vec<RawMention>) {
    let mut heads: std::collections::HashMap<String, Option<usize>> = std::collections::HashMap::new();
    for m in out.iter() {
        if m.referent != Referent::Name(EntityType::Organization) || m.end - m.first < 2 {
            continue;
        }
        let head = lower(doc.tok(m.first)).into_owned();
        if doc.lex.is(&head, WordClass::ORG) {
            heads
                .entry(head)
                .and_modify(|e| {
                    if *e != Some(m.first) {
                        *e = None
                    }
                })
                .or_insert(Some(m.first));
        }
    }
    if heads.values().all(Option::is_none) {
        return;
    }
    let mut taken = vec![false; doc.seg.tokens.len()];
    for m in out.iter() {
        for t in &mut taken[m.first..m.end] {
            *t = true;
        }
    }
    let mut added = Vec::new();
    for (k, &used) in taken.iter().enumerate().skip(1) {
        let w = doc.tok(k);
        if used || !doc.is_word(k) || !w.starts_with(char::is_lowercase) || lower(doc.tok(k - 1)) != "the" {
            continue;
        }
        if let Some(Some(first)) = heads.get(w) {
            // only after the full name, and not "the commission's X" used as a plain noun
            if *first < k && !(k + 1 < doc.seg.tokens.len() && doc.is_word(k + 1) && is_cap(doc.tok(k + 1))) {
                added.push((k, *first));
            }
        }
    }
    for (k, first) in added {
        let target = out.iter().position(|m| m.first == first).expect("head mention exists");
        let m = RawMention {
            first: k,
            end: k + 1,
            sentence: doc.sent_of[k],
            referent: out[target].referent.clone(),
            how: MentionSource::Alias,
            title: None,
            office: false,
            title_first: k,
            same_as: None,
        };
        let at = out.partition_point(|x| x.first < k);
        out.insert(at, m);
        // indices after the insertion point moved by one
        for x in out.iter_mut() {
            if let Some(j) = x.same_as.as_mut() {
                if *j >= at {
                    *j += 1;
                }
            }
        }
        let target = out.iter().position(|m| m.first == first).expect("head mention exists");
        out[at].same_as = Some(target);
    }
}

/// "the US president", "the South African archbishop", "the prime minister": a title
/// without a name after "the" refers to a person named elsewhere (resolution decides
/// who). The country or body in front stays its own mention.
pub(super) fn titled_references(doc: &Article, covered: &mut [bool], out: &mut Vec<RawMention>) {
    let toks = &doc.seg.tokens;
    let n = toks.len();
    let mut known_end: Vec<Option<usize>> = vec![None; n];
    for m in out.iter() {
        known_end[m.first] = Some(m.end);
    }
    for i in 0..n {
        // "the US president", and "Russia's president" (a state's office, no "the")
        let the = doc.is_word(i) && lower(doc.tok(i)) == "the";
        let owner = !the
            && known_end[i].is_some_and(|e| e < n && matches!(doc.tok(e), "'s" | "\u{2019}s"))
            && out.iter().any(|m| {
                m.first == i
                    && matches!(m.referent, Referent::Known(a) if doc.lex.actors[a].kind == EntityType::Country)
            });
        if !the && !owner {
            continue;
        }
        let sent_end = doc.seg.sentences[doc.sent_of[i]].end_token;
        let mut k = if owner { i } else { i + 1 };
        if k < sent_end {
            if let Some(e) = known_end[k] {
                k = e;
                if k < sent_end && matches!(doc.tok(k), "'s" | "\u{2019}s") {
                    k += 1;
                }
            }
        }
        if k >= sent_end || covered[k] {
            continue;
        }
        let Some((end, TitleKind::Office)) = doc.title_at(k, sent_end) else {
            continue;
        };
        let named_next = end < sent_end && doc.is_word(end) && is_cap(doc.tok(end)) && !covered[end];
        // "Senegal's Prime Minister, Ousmane Sonko,": the name in apposition holds it
        // (a name closed by a comma: not "the U.S. president, Merz recalled")
        let apposed = end + 1 < sent_end && doc.tok(end) == "," && lower(doc.tok(end + 1)) != "the" && {
            let mut j = end + 1;
            while j < sent_end && j <= end + 6 && doc.is_word(j) && is_cap(doc.tok(j)) {
                j += 1;
            }
            j > end + 1 && j < sent_end && doc.tok(j) == ","
        };
        let named_next = named_next || apposed;
        if named_next || covered[k..end].iter().any(|&c| c) {
            continue;
        }
        for c in &mut covered[k..end] {
            *c = true;
        }
        out.push(RawMention {
            first: k,
            end,
            sentence: doc.sent_of[k],
            referent: Referent::Name(EntityType::Person),
            how: MentionSource::Coreference,
            title: Some(doc.text[toks[k].start..toks[end - 1].end].to_string()),
            office: true,
            title_first: k,
            same_as: None,
        });
    }
}

/// Named collectives: a quoted lower-case phrase headed by a group noun after "the"
/// (`the "coalition of the determined"`), and later "the coalition" for the same group.
pub(super) fn groups(doc: &Article, covered: &mut [bool], out: &mut Vec<RawMention>) {
    let toks: &[Token] = &doc.seg.tokens;
    let n = toks.len();
    let mut heads: Vec<(String, usize, usize)> = Vec::new(); // (head noun, first, end) of named groups
    let mut i = 0;
    while i + 2 < n {
        if toks[i].kind == TokenKind::Quote
            && i > 0
            && doc.lex.is(&lower(doc.tok(i - 1)), WordClass::DETERMINER)
            && doc.is_word(i + 1)
            && doc.lex.is(&lower(doc.tok(i + 1)), WordClass::GROUP)
        {
            let mut j = i + 1;
            while j < n && j < i + 8 && doc.is_word(j) {
                j += 1;
            }
            if j < n && toks[j].kind == TokenKind::Quote && j > i + 2 && !covered[i + 1..j].iter().any(|&c| c) {
                heads.push((lower(doc.tok(i + 1)).into_owned(), i + 1, j));
                for c in &mut covered[i + 1..j] {
                    *c = true;
                }
                out.push(RawMention {
                    first: i + 1,
                    end: j,
                    sentence: doc.sent_of[i + 1],
                    referent: Referent::Name(EntityType::Group),
                    how: MentionSource::Name,
                    title: None,
                    office: false,
                    title_first: i + 1,
                    same_as: None,
                });
                i = j;
            }
        }
        i += 1;
    }
    // "the coalition" after the named group: the same group
    for (head, first, _) in &heads {
        for (k, cover) in covered.iter_mut().enumerate().skip(first + 1) {
            if *cover || !doc.is_word(k) || lower(doc.tok(k)) != head.as_str() {
                continue;
            }
            let after_the = k > 0 && lower(doc.tok(k - 1)) == "the";
            if after_the {
                *cover = true;
                out.push(RawMention {
                    first: k,
                    end: k + 1,
                    sentence: doc.sent_of[k],
                    referent: Referent::Name(EntityType::Group),
                    how: MentionSource::Alias,
                    title: None,
                    office: false,
                    title_first: k,
                    same_as: None,
                });
            }
        }
    }
}

/// "Palestinian Authority (PA)": the bracketed acronym becomes a mention of the name
/// before it (resolution gives both one entity through `alias_of`).
pub(super) fn acronyms(doc: &Article, out: &mut [RawMention]) {
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if b.first == a.end + 1
            && doc.tok(a.end) == "("
            && b.end < doc.seg.tokens.len()
            && doc.tok(b.end) == ")"
            && b.end - b.first == 1
        {
            let acr = doc.tok(b.first);
            let initials: String = (a.first..a.end)
                .map(|t| doc.tok(t))
                .filter(|w| is_cap(w))
                .filter_map(|w| w.chars().next())
                .collect();
            if acr.chars().all(char::is_uppercase) && acr.len() >= 2 && initials.starts_with(&acr[..1]) {
                if let Referent::Name(_) = out[k].referent {
                    out[k].referent = out[k - 1].referent.clone();
                    out[k].how = MentionSource::Alias;
                    out[k].same_as = Some(k - 1);
                }
            }
        }
    }
}
