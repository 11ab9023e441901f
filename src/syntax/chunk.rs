//! Noun-phrase chunks over the tags, and the coordination of chunks.
//!
//! A chunk is (pre-determiner) (determiner | possessive pronoun) pre-modifiers head:
//! pre-modifiers are adjectives, numbers, nouns, and participles before any noun
//! ("the proposed law"); adjectives may be coordinated inside it ("French, British and
//! German diplomats"). The head is the last noun (or number) of the run. A possessor
//! ("the president 's") is a chunk of its own that ends with the `POS` token; a lone
//! personal pronoun is a chunk.

use super::words::{Word, AND, AUX, NEG_DET, SUBORD, THAT, TIME, TIME_RELATIVE, TIME_UNIT};
use super::{Chunk, ClauseKind, Pos, SentenceSyntax};

fn nominal(p: Pos) -> bool {
    p.is_noun() || p == Pos::CD || p == Pos::FW
}

fn premodifier(p: Pos) -> bool {
    nominal(p) || p.is_adjective()
}

/// Finds the chunks of a tagged sentence (into `s.chunks`, `s.chunk_of`).
pub fn chunks(s: &mut SentenceSyntax, w: &[Word]) {
    let n = s.tags.len();
    s.chunk_of = vec![usize::MAX; n];
    let mut i = 0;
    while i < n {
        let start = i;
        let tags = &s.tags;
        if tags[i] == Pos::PRP
            || (tags[i] == Pos::DT && w[i].is(NEG_DET) && !tags.get(i + 1).is_some_and(|&p| premodifier(p)))
        {
            // "he", "nobody"
            push(s, start, i + 1, i, w);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && s.tags[j] == Pos::PDT {
            j += 1;
        }
        while j < n && matches!(s.tags[j], Pos::DT | Pos::PRPS | Pos::WPS) {
            j += 1;
        }
        let mut head = None;
        let mut seen_noun = false;
        // inside a list of coordinated modifiers ("French, British, German and
        // Italian diplomats", where the tagger may call a demonym a proper noun)
        let mut modifier_list = false;
        while j < n {
            let p = s.tags[j];
            let next = s.tags.get(j + 1).copied();
            let ok = if nominal(p) {
                // "their introductory call Friday": a day after a noun is a phrase of time;
                // so is a unit of time before "after" ("talks with X hours after")
                !(seen_noun
                    && (w[j].is(TIME) || (w[j].is(TIME_UNIT) && w.get(j + 1).is_some_and(|x| x.is(TIME_RELATIVE)))))
            } else if p.is_adjective() {
                // an adjective after a noun opens the next phrase ("De Wever next week")
                !seen_noun
            } else if matches!(p, Pos::VBN | Pos::VBG) {
                // a participle modifies only before any noun and right before a nominal
                !seen_noun && j > start && next.is_some_and(premodifier)
            } else if matches!(p, Pos::RB | Pos::RBS | Pos::RBR) {
                // "very large", "most senior": only inside, before an adjective
                j > start && !seen_noun && next.is_some_and(|q| q.is_adjective() || q == Pos::VBN)
            } else if p == Pos::LRB && head.is_some() && short_form_inside(&s.tags, j) {
                // "his Democratic Republic of Congo (DRC) counterpart X": a short form
                // in brackets inside the phrase
                j += 2;
                true
            } else if p == Pos::Hyph {
                head.is_some() && next.is_some_and(premodifier)
            } else if (p == Pos::Comma || p == Pos::CC)
                && !seen_noun
                && j > start
                && (modifier_list || s.tags[j - 1].is_adjective())
            {
                // coordinated adjectives: "French, British and German diplomats"
                modifier_list = coordinated_adjectives(&s.tags, w, j);
                modifier_list
            } else {
                false
            };
            if !ok {
                break;
            }
            if nominal(p) {
                head = Some(j);
                let list_item = modifier_list && next.is_some_and(|q| q == Pos::Comma || q == Pos::CC);
                seen_noun |= p.is_noun() && !list_item;
            }
            j += 1;
        }
        match head {
            Some(h) => {
                let mut end = h + 1;
                if s.tags.get(end) == Some(&Pos::POS) {
                    end += 1;
                }
                push(s, start, end, h, w);
                i = end;
            }
            None => i = start + 1,
        }
    }
}

/// Retags as adjectives the past participles that open a phrase with no determiner and
/// modify the common noun after them: the word before is a preposition or a full verb,
/// not an auxiliary ("impose targeted sanctions", "after repeated attacks"; "has
/// targeted civilians" stays a verb group).
pub fn adjectival_participles(tags: &mut [Pos], w: &[Word]) {
    for j in 1..tags.len().saturating_sub(1) {
        let before = tags[j - 1];
        let opens = before == Pos::IN || (before.is_verb() && !w[j - 1].is(AUX));
        if tags[j] == Pos::VBN && opens && tags[j + 1].is_noun() && !tags[j + 1].is_proper() {
            tags[j] = Pos::JJ;
        }
    }
}

/// Whether the bracket at `j` holds one proper noun and the phrase goes on after it:
/// `( NNP ) NN`.
fn short_form_inside(tags: &[Pos], j: usize) -> bool {
    tags.get(j + 1).is_some_and(|p| p.is_proper())
        && tags.get(j + 2) == Some(&Pos::RRB)
        && tags.get(j + 3).is_some_and(|&p| nominal(p))
}

/// Whether the comma or conjunction at `j` continues a list of adjectives that ends
/// in a noun: (`,` JJ)* (`,`)? CC JJ ... NN.
fn coordinated_adjectives(tags: &[Pos], w: &[Word], j: usize) -> bool {
    let mut k = j;
    let mut saw_cc = false;
    while k < tags.len() {
        match tags[k] {
            Pos::Comma => k += 1,
            Pos::CC if w[k].is(AND) => {
                saw_cc = true;
                k += 1
            }
            p if p.is_adjective() => k += 1,
            // a demonym tagged as a proper noun inside the list ("British, German and")
            p if p.is_proper() && matches!(tags.get(k + 1), Some(Pos::Comma | Pos::CC)) => k += 1,
            p if p.is_noun() => return saw_cc,
            _ => return false,
        }
    }
    false
}

fn push(s: &mut SentenceSyntax, start: usize, end: usize, head: usize, w: &[Word]) {
    let idx = s.chunks.len();
    let possessive = end > head + 1 && s.tags[end - 1] == Pos::POS;
    let possessor = idx
        .checked_sub(1)
        .filter(|&p| s.chunks[p].possessive && s.chunks[p].end == start);
    let preposition = if possessor.is_some() {
        s.chunks[idx - 1].preposition
    } else {
        governing_preposition(s, start, end, w)
    };
    for t in start..end {
        s.chunk_of[t] = idx;
    }
    s.chunks.push(Chunk {
        start,
        end,
        head,
        possessive,
        preposition,
        possessor,
    });
}

/// The preposition right before a chunk (adverbs between allowed: "with only X"),
/// unless it is a subordinator or complementiser opening a clause ("because X met").
fn governing_preposition(s: &SentenceSyntax, start: usize, end: usize, w: &[Word]) -> Option<usize> {
    let mut k = start.checked_sub(1)?;
    while s.tags[k].is_adverb() {
        k = k.checked_sub(1)?;
    }
    if !matches!(s.tags[k], Pos::IN | Pos::TO) {
        return None;
    }
    if w[k].is(SUBORD) || w[k].is(THAT) {
        let next = s.tags.get(end).copied();
        if next.is_some_and(|p| p.is_verb() || p == Pos::MD) || w[k].is(THAT) {
            return None;
        }
    }
    Some(k)
}

/// Groups chunks coordinated by "and"/"or"/commas within one clause
/// (into `s.coordinations`, `s.coordination_of`). Run after clauses and arguments.
pub fn coordinate(s: &mut SentenceSyntax, w: &[Word]) {
    let n = s.chunks.len();
    s.coordination_of = vec![usize::MAX; n];
    let mut a = 0;
    let mut chain = Vec::new();
    while a < n {
        // chain: (chunk, joined-by-conjunction) pairs
        chain.clear();
        chain.push(a);
        let mut last_cc = None;
        let mut cur = a;
        while cur + 1 < n {
            let mut b = cur + 1;
            // "leaders and Ukraine's Zelensky": the possessed phrase is the conjunct
            if s.chunks[b].possessive && s.chunks.get(b + 1).is_some_and(|c| c.possessor == Some(b)) {
                b += 1;
            }
            let Some(cc) = joint(s, w, cur, b) else { break };
            chain.push(b);
            if cc {
                last_cc = Some(chain.len() - 1);
            }
            cur = b;
        }
        match last_cc {
            Some(k) => {
                let group: Vec<usize> = chain[..=k].to_vec();
                let g = s.coordinations.len();
                for &c in &group {
                    s.coordination_of[c] = g;
                }
                a = group[group.len() - 1] + 1;
                s.coordinations.push(group);
            }
            None => a += 1,
        }
    }
}

/// Whether the comma between chunks `a` and `b` closes a phrase that opens the
/// sentence before any verb ("During their meeting on Monday, A and B ..."): `b` is
/// then the subject, not a conjunct of `a`.
pub(super) fn closes_opening_phrase(s: &SentenceSyntax, a: usize, b: usize) -> bool {
    let (ca, cb) = (&s.chunks[a], &s.chunks[b]);
    s.tags.first() == Some(&Pos::IN)
        && s.verbs.iter().all(|v| v.start > cb.start)
        && ca.preposition.is_some()
        && cb.preposition.is_none()
}

/// Whether chunks `a` and `b` (adjacent in the chunk list) are joined: only a comma,
/// a conjunction, or both between them (and a repeated preposition), in one clause,
/// and not an object followed by the subject of the next verb ("met A and B said").
/// `Some(true)` when a conjunction joins them.
fn joint(s: &SentenceSyntax, w: &[Word], a: usize, b: usize) -> Option<bool> {
    let (ca, cb) = (&s.chunks[a], &s.chunks[b]);
    if ca.possessive || cb.possessive {
        return None;
    }
    if s.clause_of[ca.head] != s.clause_of[cb.head] {
        return None;
    }
    let cb_start = cb.possessor.map_or(cb.start, |p| s.chunks[p].start);
    let mut between = ca.end..cb_start;
    if let Some(p) = cb.preposition {
        if p >= ca.end {
            between = ca.end..p;
        }
    }
    let mut cc = false;
    let mut comma = false;
    for t in between.clone() {
        match s.tags[t] {
            Pos::Comma if !comma && !cc => comma = true,
            Pos::CC if w[t].is(AND) && !cc => cc = true,
            _ => return None,
        }
    }
    if !(cc || comma) {
        return None;
    }
    if comma && !cc && closes_opening_phrase(s, a, b) {
        return None;
    }
    // (a relative clause's verb has its antecedent for subject: "met A and B, who said")
    let subject_of_b = s
        .verbs
        .iter()
        .any(|v| v.subject == Some(b) && v.start >= cb.end && s.clauses[v.clause].kind != ClauseKind::Relative);
    let argument_of_a = s
        .verbs
        .iter()
        .any(|v| v.object == Some(a) || v.prep_objects.iter().any(|&(_, c)| c == a));
    if subject_of_b && argument_of_a {
        return None;
    }
    Some(cc)
}
