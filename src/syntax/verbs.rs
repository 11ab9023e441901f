//! Verb groups (auxiliaries + adverbs + main verb) and their arguments.
//!
//! A group is a run of modals, auxiliaries and verbs, with adverbs between them (and
//! before them, when a verb follows at once), or an infinitive "to" + verb; it ends at
//! its first verb that is not an auxiliary followed by another verb. Its tense comes
//! from its first finite word ("will" makes it future), its voice from a "be"/"get"
//! auxiliary before a past-participle head.
//!
//! Arguments, within the group's clause: the subject is the nearest chunk to the left
//! that is neither a possessor nor a prepositional object (a relative pronoun's
//! antecedent, an inverted "..., said X" subject, an infinitive's controller); the
//! object is the chunk right after the group; prepositional objects are the
//! preposition-governed chunks after it up to the next verb group.

use super::words::{
    AuxKind, Word, AND, AS, BY, GOING, NEGATION, NEG_DET, RECIPIENT, REPORT, SUBORD, TEMPORAL, TO, WITH,
};
use super::{ClauseKind, Pos, SentenceSyntax, Tense, VerbGroup};

fn verbal(p: Pos) -> bool {
    p.is_verb() || p == Pos::MD
}

/// Whether the word at `i` is an auxiliary that some verb follows (adverbs between).
fn aux_before_verb(s: &SentenceSyntax, w: &[Word], i: usize) -> bool {
    if w[i].aux == AuxKind::None && s.tags[i] != Pos::MD {
        return false;
    }
    let mut k = i + 1;
    while k < s.tags.len() && s.tags[k].is_adverb() {
        k += 1;
    }
    k < s.tags.len() && verbal(s.tags[k])
}

/// Finds the verb groups (into `s.verbs`, arguments left empty).
pub fn groups(s: &mut SentenceSyntax, w: &[Word]) {
    let n = s.tags.len();
    let mut i = 0;
    while i < n {
        let p = s.tags[i];
        // where may a group start here?
        let mut k = i;
        while k < n && s.tags[k].is_adverb() {
            k += 1;
        }
        let starts = k < n
            && (verbal(s.tags[k])
                || (s.tags[k] == Pos::TO && {
                    let mut m = k + 1;
                    while m < n && s.tags[m].is_adverb() {
                        m += 1;
                    }
                    m < n && s.tags[m] == Pos::VB
                }));
        if !starts || (p.is_adverb() && k > i && s.tags[k] == Pos::TO) {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = k;
        let infinitive = s.tags[j] == Pos::TO;
        if infinitive {
            j += 1;
        }
        let mut head = None;
        while j < n {
            let q = s.tags[j];
            if verbal(q) {
                head = Some(j);
                j += 1;
                if !aux_before_verb(s, w, j - 1) {
                    break;
                }
            } else if q.is_adverb() && head.is_some() {
                j += 1;
            } else {
                break;
            }
        }
        let Some(head) = head else {
            i += 1;
            continue;
        };
        // trailing adverbs after the head are not part of the group
        let end = head + 1;
        let preposition = if !infinitive && s.tags[head] == Pos::VBG {
            let mut m = start;
            while m > 0 && s.tags[m - 1].is_adverb() {
                m -= 1;
            }
            m.checked_sub(1).filter(|&m| s.tags[m] == Pos::IN)
        } else {
            None
        };
        let mut g = VerbGroup {
            start,
            end,
            head,
            tense: Tense::Present,
            negated: false,
            modal: false,
            passive: false,
            non_finite: infinitive || preposition.is_some(),
            clause: 0,
            subject: None,
            object: None,
            prep_objects: Vec::new(),
            agent: None,
            preposition,
            governor: None,
        };
        describe(s, w, &mut g);
        s.verbs.push(g);
        i = end;
    }
    // "is to meet", "is going to meet": the infinitive is future
    for v in 1..s.verbs.len() {
        let (a, b) = (&s.verbs[v - 1], &s.verbs[v]);
        if b.start == a.end && s.tags[b.start] == Pos::TO {
            let be_alone = a.start == a.head && w[a.head].aux == AuxKind::Be && w[a.head].past.is_some();
            let going = w[a.head].is(GOING) && a.head > a.start && w[a.start].aux == AuxKind::Be;
            if be_alone || going {
                let (negated, modal) = (a.negated, a.modal);
                let b = &mut s.verbs[v];
                b.tense = Tense::Future;
                b.negated |= negated;
                b.modal |= modal;
            }
        }
    }
}

fn describe(s: &SentenceSyntax, w: &[Word], g: &mut VerbGroup) {
    let mut tense = None;
    let mut future = false;
    let mut last_aux = AuxKind::None;
    for (t, word) in w.iter().enumerate().take(g.end).skip(g.start) {
        if word.is(NEGATION) || word.negated {
            g.negated = true;
        }
        if t < g.head || (t == g.head && s.tags[t] == Pos::MD) {
            match word.aux {
                AuxKind::Will => future = true,
                AuxKind::Modal => g.modal = true,
                _ => {}
            }
            if s.tags[t] == Pos::MD && word.aux == AuxKind::None {
                g.modal = true; // a modal the list does not know
            }
            if word.aux != AuxKind::None {
                last_aux = word.aux;
            }
        }
        if tense.is_none() {
            if t < g.head && word.aux != AuxKind::None {
                tense = word.past;
            } else if t <= g.head && verbal(s.tags[t]) {
                tense = match s.tags[t] {
                    Pos::VBD => Some(true),
                    Pos::VBZ | Pos::VBP => Some(false),
                    _ => None,
                };
            }
        }
    }
    let head = s.tags[g.head];
    g.passive = g.head > g.start
        && matches!(last_aux, AuxKind::Be | AuxKind::Get)
        && (head == Pos::VBN || head == Pos::VBD)
        && w[g.head].aux == AuxKind::None;
    g.tense = if future {
        Tense::Future
    } else if tense == Some(true) {
        Tense::Past
    } else {
        Tense::Present
    };
}

/// Fills in each group's clause, subject, objects, agent and governor. Run after clauses.
pub fn arguments(s: &mut SentenceSyntax, w: &[Word]) {
    for v in 0..s.verbs.len() {
        let clause = s.clause_of[s.verbs[v].head];
        s.verbs[v].clause = clause;
        let governor = governor(s, v);
        s.verbs[v].governor = governor;
        let (object, prep_objects, agent) = objects(s, w, v);
        s.verbs[v].object = object;
        s.verbs[v].prep_objects = prep_objects;
        s.verbs[v].agent = agent;
        let subject = subject(s, w, v, governor);
        let vg = &mut s.verbs[v];
        vg.subject = subject;
        if subject.is_some() && vg.object == subject {
            vg.object = None; // "..., said Petrov."
        }
        // "no talks", "nobody met"
        let neg = |c: Option<usize>| c.is_some_and(|c| w[s.chunks[c].start].is(NEG_DET));
        let negated = neg(subject) || neg(object);
        s.verbs[v].negated |= negated;
    }
    adjunct_subjects(s, w);
}

/// Adjunct rule: a gerund that opens a subordinate clause after a subordinator
/// ("..., after visiting X", "Before meeting X, Y ...") is done by the subject of the
/// clause it hangs on; after "as", by its object if it has one ("quoted him as
/// saying"). Run once every other subject is known, so the clause's verb may come
/// after the adjunct.
fn adjunct_subjects(s: &mut SentenceSyntax, w: &[Word]) {
    for v in 0..s.verbs.len() {
        let g = &s.verbs[v];
        if g.subject.is_some() || g.governor.is_some() || !g.preposition.is_some_and(|p| w[p].is(SUBORD)) {
            continue;
        }
        let cl = &s.clauses[g.clause];
        let opens = s.verbs.iter().position(|x| x.clause == g.clause) == Some(v);
        if cl.kind != ClauseKind::Subordinate || !opens {
            continue;
        }
        let quoted_as = g.preposition.is_some_and(|p| w[p].is(AS));
        let host = cl.parent.and_then(|c| s.clauses[c].verb).filter(|&h| h != v);
        if let Some(h) = host {
            // "quoted him as saying": the object of the host verb speaks
            let h = &s.verbs[h];
            s.verbs[v].subject = if quoted_as { h.object.or(h.subject) } else { h.subject };
        }
    }
}

/// The group an infinitive or preposition-governed gerund depends on: the previous
/// group of the same clause, with only chunks, adverbs and prepositions between.
fn governor(s: &SentenceSyntax, v: usize) -> Option<usize> {
    let g = &s.verbs[v];
    if !g.non_finite || v == 0 {
        return None;
    }
    let prev = v - 1;
    let p = &s.verbs[prev];
    if s.clause_of[p.head] != s.clause_of[g.head] {
        return None;
    }
    let ok = (p.end..g.start).all(|t| {
        s.chunk_of[t] != usize::MAX || s.tags[t].is_adverb() || matches!(s.tags[t], Pos::IN | Pos::TO | Pos::RP)
    });
    ok.then_some(prev)
}

/// Whether token `t` is in clause `c` or in a clause nested inside it.
fn within(s: &SentenceSyntax, t: usize, c: usize) -> bool {
    let mut k = Some(s.clause_of[t]);
    while let Some(i) = k {
        if i == c {
            return true;
        }
        k = s.clauses[i].parent;
    }
    false
}

fn objects(s: &SentenceSyntax, w: &[Word], v: usize) -> (Option<usize>, Vec<(usize, usize)>, Option<usize>) {
    let g = &s.verbs[v];
    let clause = g.clause;
    let n = s.tags.len();
    let next_verb = s.verbs.get(v + 1).map_or(n, |x| x.start);
    let mut k = g.end;
    while k < n && (s.tags[k].is_adverb() || s.tags[k] == Pos::RP) {
        k += 1;
    }
    let mut object = None;
    if k < n && s.clause_of[k] == clause {
        if let Some(c) = s.chunk_at(k) {
            let ch = &s.chunks[c];
            if ch.start == k && ch.preposition.is_none() {
                // a possessor belongs to the chunk it owns
                let c = if ch.possessive && c + 1 < s.chunks.len() && s.chunks[c + 1].possessor == Some(c) {
                    c + 1
                } else {
                    c
                };
                object = Some(c);
            }
        }
    }
    let mut preps = Vec::new();
    let mut agent = None;
    let from = object.map_or(g.end, |c| s.chunks[c].end);
    for (c, ch) in s.chunks.iter().enumerate() {
        if ch.start < from {
            continue;
        }
        if ch.start >= next_verb || !within(s, ch.head, clause) || s.clause_of[ch.head] != clause {
            break;
        }
        if let Some(p) = ch.preposition {
            if p >= g.end {
                if g.passive && w[p].is(BY) && agent.is_none() {
                    agent = Some(c);
                }
                preps.push((p, c));
            }
        }
    }
    (object, preps, agent)
}

fn subject(s: &SentenceSyntax, w: &[Word], v: usize, governor: Option<usize>) -> Option<usize> {
    let g = &s.verbs[v];
    let clause = g.clause;
    let cl = &s.clauses[clause];
    if let Some(gov) = governor {
        return controlled_subject(s, w, v, gov);
    }
    // relative clause: the pronoun is the subject unless a chunk stands between
    if cl.kind == ClauseKind::Relative && s.verbs.iter().position(|x| x.clause == clause) == Some(v) {
        return relative_subject(s, v);
    }
    if let Some(found) = and_subject(s, v) {
        return found;
    }
    if let Some(found) = participle_subject(s, w, v) {
        return found;
    }
    leftward_subject(s, w, v)
}

/// Governor-control rule: a verb governed by another takes its controller (the object of "urged X to", else the subject).
fn controlled_subject(s: &SentenceSyntax, w: &[Word], v: usize, gov: usize) -> Option<usize> {
    let g = &s.verbs[v];
    let gv = &s.verbs[gov];
    // "met Smith after visiting Jones", "left without meeting": a subordinator or
    // "by" before the gerund leaves the subject in control
    if g.preposition.is_some_and(|p| w[p].is(SUBORD) || w[p].is(BY)) {
        return gv.subject;
    }
    // "urged Smith to resign", "barred Smith from joining": the object controls, unless a
    // phrase of its own stands between ("paid a visit to Ankara to meet X": the subject)
    let adjacent = |o: usize| {
        let e = s.chunks[o].end;
        let infinitive = g.preposition.is_none();
        e <= g.start && (!infinitive || (e..g.start).all(|t| !matches!(s.tags[t], Pos::IN | Pos::TO)))
    };
    match gv.object {
        Some(o) if adjacent(o) => Some(o),
        // "extended an invitation to X to visit": what is asked for has not happened, and
        // the inviter does not do it; the request stays the subject
        Some(o) if w[s.chunks[o].head].is(RECIPIENT) => Some(o),
        _ => gv.subject,
    }
}

/// Relative-clause rule: the first verb of a relative clause takes its own chunk, else the antecedent.
fn relative_subject(s: &SentenceSyntax, v: usize) -> Option<usize> {
    let g = &s.verbs[v];
    let cl = &s.clauses[g.clause];
    let own = (cl.start..g.start).find_map(|t| s.chunk_at(t).filter(|&c| s.chunks[c].preposition.is_none()));
    match own {
        Some(c) => Some(c),
        None => antecedent(s, cl.start),
    }
}

/// "And"-coordination rule: a finite verb right after "and" shares the subject of the clause's last finite verb.
fn and_subject(s: &SentenceSyntax, v: usize) -> Option<Option<usize>> {
    let g = &s.verbs[v];
    let clause = g.clause;
    let cl = &s.clauses[clause];
    // "accused X of Y and said ...": a verb right after "and" shares the subject of
    // the last finite verb of its clause
    let mut t = g.start;
    while t > cl.start && s.tags[t - 1].is_adverb() {
        t -= 1;
    }
    // "Kim slams Seoul's overtures, says talks are off" (a headline's comma for
    // "and"): a finite verb right after a comma shares the subject of the clause's
    // finite verb before the comma
    let finite = (g.start..=g.head).any(|k| s.tags[k].is_finite());
    if t > cl.start && s.tags[t - 1] == Pos::Comma && finite && !g.passive {
        let prev = s.verbs[..v]
            .iter()
            .rev()
            .find(|x| x.clause == clause && !x.non_finite && x.end < t && x.subject.is_some());
        if let Some(x) = prev {
            return Some(x.subject);
        }
    }
    if t > cl.start && s.tags[t - 1] == Pos::CC && !g.non_finite {
        let prev = s.verbs[..v]
            .iter()
            .rev()
            .find(|x| x.clause == clause && !x.non_finite && x.end < t);
        if let Some(x) = prev {
            return Some(x.subject);
        }
    }
    None
}

/// Participle rule: ", saying ...": a participle after a comma takes the subject of the verb before it.
fn participle_subject(s: &SentenceSyntax, w: &[Word], v: usize) -> Option<Option<usize>> {
    let g = &s.verbs[v];
    let clause = g.clause;
    let cl = &s.clauses[clause];
    // "..., with China accusing X of ...": an absolute phrase's gerund is done by the
    // phrase after "with" right before it
    // (the gerund acts on something: "with U.S. backing -" is a noun phrase)
    let acts = g.end < s.tags.len() && s.chunk_at(g.end).is_some_and(|c| s.chunks[c].start == g.end);
    if s.tags[g.head] == Pos::VBG && g.start == g.head && g.start > cl.start && acts {
        let by = s
            .chunk_at(g.start - 1)
            .filter(|&c| s.chunks[c].end == g.start)
            .and_then(|c| absolute_with_phrase(s, w, c));
        if let Some(c) = by {
            return Some(Some(c));
        }
    }
    // ", saying ...": a participle after a comma takes the subject of the verb before it
    if s.tags[g.head] == Pos::VBG && g.start == g.head {
        let mut t = g.start;
        while t > cl.start && s.tags[t - 1].is_adverb() {
            t -= 1;
        }
        if t > cl.start && s.tags[t - 1] == Pos::Comma {
            if let Some(prev) = s.verbs[..v].iter().rposition(|x| x.clause == clause && !x.non_finite) {
                return Some(s.verbs[prev].subject);
            }
        }
    }
    // "a summit aimed at ...", "the deal signed by ...": a bare past participle right
    // after a noun phrase, with a finite verb before it in the clause, modifies that
    // phrase, which is its (patient) subject
    if s.tags[g.head] == Pos::VBN && g.start == g.head && g.start > cl.start {
        let modified = s
            .chunk_at(g.start - 1)
            .filter(|&c| s.chunks[c].end == g.start && !s.chunks[c].possessive);
        if let Some(c) = modified {
            if s.verbs[..v].iter().any(|x| x.clause == clause && !x.non_finite) {
                return Some(Some(c));
            }
        }
    }
    None
}

/// The phrase after "with" that opens an absolute phrase ending in chunk `c`: `c` itself,
/// or the first conjunct of a list ending in `c` ("with A, B and C accusing X").
fn absolute_with_phrase(s: &SentenceSyntax, w: &[Word], mut c: usize) -> Option<usize> {
    const MAX_CONJUNCTS: usize = 5;
    for step in 0..MAX_CONJUNCTS {
        if s.chunks[c].preposition.is_some_and(|p| w[p].is(WITH)) {
            return Some(c);
        }
        // step back over " and " or ", and " (the last conjunct), then ", " to the
        // conjunct before ("with Israel, Hamas accusing X" is no list)
        let mut t = s.chunks[c].start;
        if t > 0 && s.tags[t - 1] == Pos::CC && w[t - 1].is(AND) {
            t -= 1;
        } else if step == 0 {
            return None;
        }
        if t > 0 && s.tags[t - 1] == Pos::Comma {
            t -= 1;
        }
        if t == s.chunks[c].start || t == 0 {
            return None;
        }
        c = s.chunk_at(t - 1).filter(|&b| s.chunks[b].end == t)?;
    }
    None
}

/// Leftward rule: the nearest subject chunk to the left of verb `v` within its clause, else an inverted report's.
fn leftward_subject(s: &SentenceSyntax, w: &[Word], v: usize) -> Option<usize> {
    let g = &s.verbs[v];
    let clause = g.clause;
    let cl = &s.clauses[clause];
    // leftwards within the clause
    let mut t = g.start;
    while t > cl.start {
        t -= 1;
        if !within(s, t, clause) {
            break;
        }
        if s.clause_of[t] != clause {
            continue; // a nested clause ("The man, who is old, met ...")
        }
        // a participle phrase between commas ("ASEAN, including A, B and C, issued"):
        // the subject is before it
        if s.tags[t] == Pos::Comma {
            let phrase = s.verbs[..v].iter().rev().find(|x| x.end <= t).filter(|x| {
                x.start == x.head
                    && x.start > cl.start
                    && s.tags[x.start - 1] == Pos::Comma
                    && matches!(s.tags[x.head], Pos::VBG | Pos::VBN)
            });
            if let Some(x) = phrase {
                t = x.start - 1;
                continue;
            }
            // an adverbial aside between commas right before the verb ("Turkey,
            // currently under scrutiny due to protests at home, was represented by"):
            // the subject is before it
            if let Some(open) = adverbial_aside(s, v, t).or_else(|| nominal_apposition(s, v, t)) {
                t = open;
                continue;
            }
        }
        if let Some(c) = s.chunk_at(t) {
            let ch = &s.chunks[c];
            // "The UN last week warned": a phrase of time is no subject
            let time = w[ch.head].is(TEMPORAL) && !s.tags[ch.head].is_proper() && ch.start > cl.start;
            if !in_pp(s, w, c) && !ch.possessive && !time {
                return Some(c);
            }
            t = ch.start;
            continue;
        }
        let p = s.tags[t];
        if verbal(p) {
            // "met Smith and discussed": a coordinated verb shares the subject
            let prev = s.verbs.iter().rposition(|x| x.start <= t && t < x.end)?;
            let cc = (s.verbs[prev].end..g.start).any(|k| w[k].is(AND) || s.tags[k] == Pos::CC);
            return if cc { s.verbs[prev].subject } else { None };
        }
        if matches!(p, Pos::Period | Pos::Colon) || p.is_wh() || (p == Pos::IN && w[t].is(TO)) {
            break;
        }
    }
    inverted_report_subject(s, w, v)
}

/// The opening comma of an adverbial aside whose closing comma `close` stands right
/// before verb group `v` (adverbs aside): the aside opens with an adverb or a
/// preposition and holds no verb ("X, currently under scrutiny, was ...").
fn adverbial_aside(s: &SentenceSyntax, v: usize, close: usize) -> Option<usize> {
    let open = aside_before(s, v, close)?;
    let opens_adverbially = matches!(s.tags.get(open + 1), Some(&p) if p.is_adverb() || p == Pos::IN);
    let no_verb = !s.verbs.iter().any(|x| x.start > open && x.start < close);
    (opens_adverbially && no_verb).then_some(open)
}

/// The opening comma of a description in apposition to a name, whose closing comma
/// `close` stands right before verb group `v` ("Kim, vice director of the party's
/// Central Committee, said"): the description opens with a common noun phrase (or a
/// possessive one) and holds no finite verb; the name before it is the subject.
fn nominal_apposition(s: &SentenceSyntax, v: usize, close: usize) -> Option<usize> {
    let open = aside_before(s, v, close)?;
    let name = s.chunk_at(open - 1).filter(|&c| s.chunks[c].end == open)?;
    let described = s.chunk_at(open + 1).filter(|&c| s.chunks[c].start == open + 1)?;
    let proper_name = s.tags[s.chunks[name].head].is_proper() && s.chunks[name].preposition.is_none();
    let description = s.chunks[described].possessive || !s.tags[s.chunks[described].head].is_proper();
    let finite = s
        .verbs
        .iter()
        .any(|x| x.start > open && x.start < close && (x.start..=x.head).any(|t| s.tags[t].is_finite()));
    (proper_name && description && !finite).then_some(open)
}

/// The opening comma of a non-empty span between commas inside the clause of verb
/// group `v`, whose closing comma `close` stands right before it (adverbs aside):
/// where `adverbial_aside` and `nominal_apposition` look for what the span holds.
fn aside_before(s: &SentenceSyntax, v: usize, close: usize) -> Option<usize> {
    let g = &s.verbs[v];
    let cl = &s.clauses[g.clause];
    if !(close + 1..g.start).all(|k| s.tags[k].is_adverb()) {
        return None;
    }
    let open = (cl.start..close).rev().find(|&k| s.tags[k] == Pos::Comma)?;
    (open > cl.start && close > open + 1).then_some(open)
}

/// Inverted-report rule: "..., said Petrov.": the chunk right after a reporting verb, ending the clause.
fn inverted_report_subject(s: &SentenceSyntax, w: &[Word], v: usize) -> Option<usize> {
    let g = &s.verbs[v];
    let clause = g.clause;
    // "..., said Petrov."
    if w[g.head].is(REPORT) {
        let k = g.end;
        if let Some(c) = s.chunk_at(k) {
            if s.chunks[c].start == k && s.clause_of[k] == clause && s.verbs[v].object == Some(c) {
                let end = s.chunks[c].end;
                if end >= s.tags.len() || matches!(s.tags[end], Pos::Period | Pos::Comma) {
                    return Some(c);
                }
            }
        }
    }
    None
}

/// Whether a chunk is a prepositional object, or coordinated with one ("between A and B").
fn in_pp(s: &SentenceSyntax, w: &[Word], c: usize) -> bool {
    let mut c = c;
    loop {
        let ch = &s.chunks[c];
        if ch.preposition.is_some() {
            return true;
        }
        if c == 0 || ch.start == 0 {
            return false;
        }
        let prev = &s.chunks[c - 1];
        // "between A and B", "with A, B and C"; a lone comma ("In London, Smith met")
        // joins only inside a list that goes on
        let between: Vec<Pos> = (prev.end..ch.start).map(|t| s.tags[t]).collect();
        let and = |t: usize| s.tags[t] == Pos::CC && w[t].is(AND);
        let joined = match between.as_slice() {
            [Pos::CC] => and(prev.end),
            [Pos::Comma, Pos::CC] => and(prev.end + 1),
            [Pos::Comma] => {
                s.tags.get(ch.end).is_some_and(|&p| p == Pos::Comma || p == Pos::CC)
                    && !super::chunk::closes_opening_phrase(s, c - 1, c)
            }
            _ => false,
        };
        if !joined {
            return false;
        }
        c -= 1;
    }
}

/// The chunk a relative pronoun at `rel` refers back to: the chunk just before it
/// (a comma between allowed), or the chunk owning a prepositional phrase before it.
fn antecedent(s: &SentenceSyntax, rel: usize) -> Option<usize> {
    let mut t = rel.checked_sub(1)?;
    if s.tags[t] == Pos::Comma {
        t = t.checked_sub(1)?;
    }
    s.chunk_at(t)
}
