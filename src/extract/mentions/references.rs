//! Mentions that name again what the text named before or by other words: "the
//! commission" for a body, "the prime minister" for a person, a quoted group and its
//! head noun, a bracketed acronym.

use super::{is_cap, Article, RawMention, Referent};
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
        let head = doc.lower_tok(m.first).to_owned();
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
        if used || !doc.is_word(k) || !w.starts_with(char::is_lowercase) || doc.lower_tok(k - 1) != "the" {
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
        let the = doc.is_word(i) && doc.lower_tok(i) == "the";
        let owner = !the
            && known_end[i].is_some_and(|e| doc.is_possessive(e))
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
                if k < sent_end && doc.is_possessive(k) {
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
        let apposed = end + 1 < sent_end && doc.tok(end) == "," && doc.lower_tok(end + 1) != "the" && {
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
            && doc.lex.is(doc.lower_tok(i - 1), WordClass::DETERMINER)
            && doc.is_word(i + 1)
            && doc.lex.is(doc.lower_tok(i + 1), WordClass::GROUP)
        {
            let mut j = i + 1;
            while j < n && j < i + 8 && doc.is_word(j) {
                j += 1;
            }
            if j < n && toks[j].kind == TokenKind::Quote && j > i + 2 && !covered[i + 1..j].iter().any(|&c| c) {
                heads.push((doc.lower_tok(i + 1).to_owned(), i + 1, j));
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
            if *cover || !doc.is_word(k) || doc.lower_tok(k) != head.as_str() {
                continue;
            }
            let after_the = k > 0 && doc.lower_tok(k - 1) == "the";
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

/// "Palestinian Authority (PA)", "Broad Front (Frente Amplio - FA)": the bracketed
/// acronym becomes a mention of the name before it (resolution gives both one entity
/// through `same_as`); an acronym spelled out in the text wins over the lexicon's
/// meaning of it ("FA" is not the Football Association there), and an acronym of a
/// name that is no actor ("Free Trade Agreement (FTA)") is none either.
pub(super) fn acronyms(doc: &Article, out: &mut Vec<RawMention>) {
    drop_acronyms_of_non_actors(doc, out);
    let n = doc.seg.tokens.len();
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        // "(PA)", and "(Frente Amplio - FA)": the acronym after the name in the brackets
        let joined = b.first == a.end + 1
            && (doc.tok(a.end) == "(" || (a.first > 0 && doc.tok(a.first - 1) == "(" && is_dash(doc.tok(a.end))));
        if !(joined && b.end < n && doc.tok(b.end) == ")" && b.end - b.first == 1) {
            continue;
        }
        // ("ANKARA (AA) -": a dateline's place is not what the agency's initials spell)
        if super::classify::dateline(doc, a.sentence, a.first, a.end) {
            continue;
        }
        let acr = doc.tok(b.first);
        let (o, initials) = spelled_by(doc, out, k);
        if !(is_acronym(acr) && acr.chars().next().is_some_and(|c| initials.starts_with(c))) {
            continue;
        }
        // "Inter-Services Public Relations (ISPR)": an untitled name of three words or
        // more glossed by an acronym of three letters or more, none of its words a given
        // name or a surname, is a body
        let unnamed = |m: &RawMention| {
            m.title.is_none()
                && m.end - m.first >= 3
                && !(m.first..m.end).any(|t| {
                    let w = doc.lower_tok(t);
                    doc.lex.is_given_name(w) || doc.lex.surnames.contains(w.as_ref())
                })
        };
        if out[o].referent == Referent::Name(EntityType::Person) && acr.chars().count() >= 3 && unnamed(&out[o]) {
            out[o].referent = Referent::Name(EntityType::Organization);
        }
        match out[k].referent.clone() {
            Referent::Name(_) => {}
            // the lexicon's acronym for another body: the text's own meaning wins, here
            // and wherever the text uses the acronym again
            // ("International Association of Athletics Federations (IAAF)" shares a word
            // with the lexicon's "World Athletics": the same body, which the name joins)
            Referent::Known(x) if initials == acr && shares_word(doc, &out[o], &doc.lex.actors[x].name) => {
                if matches!(out[o].referent, Referent::Name(_)) {
                    out[o].referent = Referent::Known(x);
                }
                continue;
            }
            Referent::Known(x) if initials == acr && out[o].referent != Referent::Known(x) => {
                for later in &mut out[k + 1..] {
                    if later.referent == Referent::Known(x)
                        && later.end - later.first == 1
                        && doc.tok(later.first) == acr
                    {
                        later.same_as = Some(o);
                    }
                }
            }
            Referent::Known(_) => continue,
        }
        out[k].referent = out[o].referent.clone();
        out[k].how = MentionSource::Alias;
        out[k].same_as = Some(o);
        // "US slams CCG's attack ... the China Coast Guard (CCG)": the acronym used
        // before it is spelled out (a headline's) names the same body
        let referent = out[o].referent.clone();
        for earlier in &mut out[..o] {
            if earlier.end - earlier.first == 1
                && earlier.same_as.is_none()
                && doc.tok(earlier.first) == acr
                && matches!(
                    earlier.referent,
                    Referent::Name(EntityType::Organization | EntityType::Group)
                )
            {
                earlier.referent = referent.clone();
                earlier.how = MentionSource::Alias;
                earlier.same_as = Some(o);
            }
        }
    }
    bracketed_names(doc, out);
}

/// "Crown Prince Mohammed bin Salman, known as MBS", "the Rapid Support Forces, also
/// known as the RSF", "the Houthis (formally known as Ansar Allah)": a name the text says
/// another is known as is that one's other name. A lexicon actor after the phrase gives
/// its identity to an unknown name before it; otherwise the later name joins the earlier.
pub(super) fn known_as(doc: &Article, out: &mut [RawMention]) {
    for k in 1..out.len() {
        let b = &out[k];
        let mut p = b.first;
        if p > 0 && doc.lower_tok(p - 1) == "the" {
            p -= 1;
        }
        if p < 3 || doc.lower_tok(p - 1) != "as" || doc.lower_tok(p - 2) != "known" || b.same_as.is_some() {
            continue;
        }
        let mut q = p - 2;
        // ("also", "better", "formerly", "widely", "popularly" known as)
        if q > 0 && (doc.tok(q - 1).ends_with("ly") || matches!(doc.lower_tok(q - 1), "also" | "better")) {
            q -= 1;
        }
        if q == 0 || !matches!(doc.tok(q - 1), "," | "(") {
            continue;
        }
        let Some(a) = out[..k]
            .iter()
            .rposition(|m| m.end == q - 1 && m.sentence == b.sentence)
        else {
            continue;
        };
        match (&out[a].referent, &out[k].referent) {
            (Referent::Known(x), Referent::Known(y)) if x != y => continue,
            (Referent::Name(_), Referent::Known(_)) => out[a].referent = out[k].referent.clone(),
            _ => {
                out[k].referent = out[a].referent.clone();
                out[k].how = MentionSource::Alias;
                out[k].same_as = Some(a);
            }
        }
    }
}

/// The mention an acronym at `k` may spell out, and its initials: the mention before
/// it, or a body's name before "of" and that mention ("Communist Party of Vietnam
/// (CPV)": a country closing a party's name) when the acronym spells both.
fn spelled_by(doc: &Article, out: &[RawMention], k: usize) -> (usize, String) {
    let a = &out[k - 1];
    let near = initials(doc, a.first, a.end);
    if k >= 2 {
        let c = &out[k - 2];
        let body = matches!(c.referent, Referent::Name(EntityType::Organization | EntityType::Group));
        if body && c.end + 1 == a.first && doc.tok(c.end) == "of" {
            // (a place's name in one word or two: "Viet Nam", "Việt Nam" -> "CPV")
            let own = initials(doc, c.first, c.end);
            let acr = doc.tok(out[k].first);
            let both = own.clone() + &near;
            if both == acr || (both.starts_with(acr) && acr.len() == own.len() + 1) {
                return (k - 2, acr.to_string());
            }
        }
    }
    (k - 1, near)
}

/// Whether mention `m` and the name `other` share a word of four letters or more that
/// is no body's word ("Party" of "Bangladesh Nationalist Party" and "British National
/// Party" tells nothing).
fn shares_word(doc: &Article, m: &RawMention, other: &str) -> bool {
    (m.first..m.end).any(|t| {
        let w = doc.tok(t);
        w.chars().count() >= 4
            && !doc.lex.is(doc.lower_tok(t), WordClass::ORG)
            && other.split_whitespace().any(|o| o.eq_ignore_ascii_case(w))
    })
}

/// Whether word `w` is written like an acronym: two capital letters or more.
fn is_acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(char::is_uppercase)
}

/// A dash or comma between a name and its acronym inside brackets.
fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "\u{2013}" | "\u{2014}" | ",")
}

/// The first letters of the capitalised words of tokens `[first, end)`.
fn initials(doc: &Article, first: usize, end: usize) -> String {
    (first..end)
        .map(|t| doc.tok(t))
        .filter(|w| is_cap(w))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// "the Free Trade Agreement (FTA)": the name of a document (`document` in
/// name-words.tsv) that no rule took for an actor, spelled out right before a bracketed acronym of its initials,
/// makes the acronym (and its later uses) no actor either.
fn drop_acronyms_of_non_actors(doc: &Article, out: &mut Vec<RawMention>) {
    let n = doc.seg.tokens.len();
    let mut dropped: Vec<&str> = Vec::new();
    for b in out.iter() {
        let paren = b.first.wrapping_sub(1);
        if b.first == 0 || doc.tok(paren) != "(" || b.end >= n || doc.tok(b.end) != ")" || b.end - b.first != 1 {
            continue;
        }
        let acr = doc.tok(b.first);
        if !matches!(b.referent, Referent::Name(_)) || !is_acronym(acr) {
            continue;
        }
        let lo = doc.sentence_start(paren);
        let words = acr.chars().count();
        // the capitalised words right before the bracket, as many as the acronym has letters
        let mut start = paren;
        while start > lo && paren - start < words && doc.is_word(start - 1) && is_cap(doc.tok(start - 1)) {
            start -= 1;
        }
        // (only a document's name: "Southern African Development Community" may be a
        // body no rule found, "World Economic Forum" an event or a body)
        let document = (start..paren).any(|t| doc.lex.is(doc.lower_tok(t), WordClass::DOCUMENT));
        let spelled = paren - start == words && initials(doc, start, paren) == acr && document;
        if spelled && !out.iter().any(|m| m.first < paren && m.end > start) {
            dropped.push(acr);
        }
    }
    if !dropped.is_empty() {
        out.retain(|m| {
            !(matches!(m.referent, Referent::Name(_)) && m.end - m.first == 1 && dropped.contains(&doc.tok(m.first)))
        });
    }
}

/// "the Broad Front (Frente Amplio - FA)", "the IRB (International Rugby Board)": a
/// name in brackets right after a body's name is its other name when it spells out
/// the acronym before it, or is spelled out itself by an acronym after a dash (a
/// bracket more often names something else: "Nighty Night (Baby Cow Productions)");
/// an unknown name before a lexicon body in brackets that shares a word with it is it.
fn bracketed_names(doc: &Article, out: &mut [RawMention]) {
    let n = doc.seg.tokens.len();
    let lex = doc.lex;
    let body = |m: &RawMention| match m.referent {
        Referent::Known(x) => matches!(lex.actors[x].kind, EntityType::Organization | EntityType::Group),
        Referent::Name(k) => matches!(k, EntityType::Organization | EntityType::Group),
    };
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if !(b.first == a.end + 1 && doc.tok(a.end) == "(" && b.end < n) || b.same_as.is_some() {
            continue;
        }
        // "US Securities Exchange Commission (SEC)": an unknown name sharing a word with
        // the lexicon body in brackets is that body
        // "the Southern Common Market (Mercosur)": an untitled name of plain words (no
        // given name) with only the body in the brackets is the body's name in full
        if let (Referent::Name(_), Referent::Known(x)) = (&a.referent, &b.referent) {
            // ("UNITED NATIONS (AP) —": a dateline's place before the agency)
            if super::classify::dateline(doc, a.sentence, a.first, a.end) {
                continue;
            }
            let x = *x;
            let spelled_out = a.title.is_none()
                && doc.tok(b.end) == ")"
                && !(a.first..a.end).any(|t| lex.is_given_name(doc.lower_tok(t)));
            if body(b) && a.end - a.first >= 2 && (spelled_out || shares_word(doc, a, &lex.actors[x].name)) {
                out[k - 1].referent = Referent::Known(x);
            }
            continue;
        }
        if !(body(a) && matches!(b.referent, Referent::Name(_)) && b.end - b.first >= 2) {
            continue;
        }
        let spells_before = a.end - a.first == 1 && initials(doc, b.first, b.end) == doc.tok(a.first);
        let spelled_after = doc.tok(b.end) != ")"
            && is_dash(doc.tok(b.end))
            && b.end + 2 < n
            && doc.tok(b.end + 2) == ")"
            && initials(doc, b.first, b.end) == doc.tok(b.end + 1);
        if spells_before || spelled_after {
            out[k].referent = out[k - 1].referent.clone();
            out[k].how = MentionSource::Alias;
            out[k].same_as = Some(k - 1);
        }
    }
}
