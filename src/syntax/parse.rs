//! The shallow parse: deterministic rules over part-of-speech tags, each a single pass
//! over the sentence (linear time).
//!
//! 1. Noun-phrase chunks with their heads; a possessor ("Trump's") is a chunk of its
//!    own; adjectives may be coordinated inside a chunk ("French, British and German
//!    diplomats").
//! 2. Verb groups: auxiliaries, negation and adverbs with their main verb, with tense,
//!    negation, modality and voice.
//! 3. Clauses: reported speech (after a reporting verb, or before a trailing ", X
//!    said"), relative and subordinate clauses, quotations.
//! 4. The subject, direct object, prepositional objects and passive agent of each verb
//!    group, within its clause; coordinated verbs share a subject.
//! 5. Coordination: noun phrases joined by commas, "and" and "or" within one clause.

use super::Pos;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Tense of a verb group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    /// Past ("met", "has met", "was accused").
    Past,
    /// Present ("meets", "is meeting").
    Present,
    /// Future ("will meet", "is to meet", "is due to meet", "plans to meet").
    Future,
}

/// A noun phrase: tokens `[start, end)`, its head noun, and how it attaches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chunk {
    /// First token.
    pub start: usize,
    /// One past the last token (the possessive "'s" of a possessor included).
    pub end: usize,
    /// The head token: the last noun (or pronoun, or number) of the phrase.
    pub head: usize,
    /// Whether the phrase is a possessor ("Trump's" in "Trump's plan").
    pub possessive: bool,
    /// The preposition right before the phrase ("with" in "talks with X"), if any.
    pub preposition: Option<usize>,
}

/// A verb group: auxiliaries, negation and adverbs with their main verb.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbGroup {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The main verb.
    pub head: usize,
    /// Tense.
    pub tense: Tense,
    /// "did not meet", "never met", "no longer backs".
    pub negated: bool,
    /// A modal of possibility or obligation ("could", "may", "should"; not "will").
    pub modal: bool,
    /// Passive voice ("was accused", "has been criticised"); "is meeting" is active.
    pub passive: bool,
    /// The clause the group belongs to.
    pub clause: usize,
    /// The subject chunk.
    pub subject: Option<usize>,
    /// The direct object chunk.
    pub object: Option<usize>,
    /// Prepositional objects: (preposition token, chunk).
    pub prep_objects: Vec<(usize, usize)>,
    /// The agent of a passive ("by X").
    pub agent: Option<usize>,
}

/// What kind of clause a clause is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClauseKind {
    /// The sentence's main clause (or a clause coordinated with it).
    Main,
    /// What a reporting verb reports: "X said (that) ...", "..., X said".
    Reported,
    /// A relative clause: "which ...", "who ...".
    Relative,
    /// A subordinate clause: "because ...", "while ...", "after X met Y".
    Subordinate,
    /// Words inside quotation marks.
    Quote,
}

/// A clause: tokens `[start, end)` (its tokens are those whose `clause_of` names it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clause {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Its kind.
    pub kind: ClauseKind,
    /// The clause it is part of.
    pub parent: Option<usize>,
    /// Its first verb group.
    pub verb: Option<usize>,
}

/// The syntax of one sentence; every index is a token index within the sentence.
#[derive(Clone, Debug, Default)]
pub struct SentenceSyntax {
    /// Part-of-speech tag of every token.
    pub tags: Vec<Pos>,
    /// Noun phrases, in order.
    pub chunks: Vec<Chunk>,
    /// Verb groups, in order.
    pub verbs: Vec<VerbGroup>,
    /// Clauses; clause 0 is the main clause.
    pub clauses: Vec<Clause>,
    /// For every token, the innermost clause holding it.
    pub clause_of: Vec<usize>,
    /// Groups of chunks coordinated together (each group has two or more chunks).
    pub coordinations: Vec<Vec<usize>>,
    /// For every token, the chunk holding it (`usize::MAX`: none).
    chunk_of: Vec<usize>,
}

impl SentenceSyntax {
    /// The chunk holding token `token`.
    pub fn chunk_at(&self, token: usize) -> Option<usize> {
        self.chunk_of.get(token).copied().filter(|&c| c != usize::MAX)
    }

    /// Whether `token` is inside a noun phrase but before its head: a noun modifier
    /// ("Ruritania" in "the Ruritania peace talks").
    pub fn is_modifier(&self, token: usize) -> bool {
        self.chunk_at(token).is_some_and(|c| {
            let ch = &self.chunks[c];
            !ch.possessive && token < ch.head
        })
    }

    /// The coordination group of a chunk (the chunk alone when it has none).
    pub fn coordinated_with(&self, chunk: usize) -> Vec<usize> {
        self.coordinations
            .iter()
            .find(|g| g.contains(&chunk))
            .cloned()
            .unwrap_or_else(|| vec![chunk])
    }

    /// The first verb group of a clause.
    pub fn verb_of_clause(&self, clause: usize) -> Option<usize> {
        self.clauses.get(clause).and_then(|c| c.verb)
    }

    /// The verb group holding token `token`.
    pub fn verb_at(&self, token: usize) -> Option<usize> {
        self.verbs.iter().position(|v| v.start <= token && token < v.end)
    }
}

const REPORTING: &str = include_str!("../../data/syntax/reporting-verbs.txt");

fn is_reporting(w: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        REPORTING
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
    .contains(w.to_lowercase().as_str())
}

fn lower_is(w: &str, options: &[&str]) -> bool {
    options.iter().any(|o| w.eq_ignore_ascii_case(o))
}

/// Analyses a tagged sentence.
pub(super) fn parse(words: &[&str], tags: Vec<Pos>) -> SentenceSyntax {
    let mut s = SentenceSyntax {
        chunk_of: vec![usize::MAX; tags.len()],
        clause_of: vec![0; tags.len()],
        tags,
        ..Default::default()
    };
    progressives(words, &mut s.tags);
    chunks(words, &mut s);
    verb_groups(words, &mut s);
    clauses(words, &mut s);
    arguments(words, &mut s);
    coordination(words, &mut s);
    s
}

/// "is meeting X": an -ing word tagged as a noun right after a form of "be" and before a
/// noun phrase is a progressive verb (the tagger, trained mostly on "the meeting",
/// leans to the noun).
fn progressives(words: &[&str], tags: &mut [Pos]) {
    for i in 1..tags.len().saturating_sub(1) {
        if tags[i] == Pos::NN
            && words[i].ends_with("ing")
            && lower_is(words[i - 1], BE)
            && matches!(
                tags[i + 1],
                Pos::DT | Pos::NNP | Pos::NNPS | Pos::PRP | Pos::PRPS | Pos::CD
            )
        {
            tags[i] = Pos::VBG;
        }
    }
}

/// Whether a token may stand inside a noun phrase before its head.
fn premodifier(t: Pos) -> bool {
    t.is_noun() || t.is_adjective() || matches!(t, Pos::CD | Pos::HYPH | Pos::Dollar)
}

fn chunks(words: &[&str], s: &mut SentenceSyntax) {
    let tags = &s.tags;
    let n = tags.len();
    let mut i = 0;
    let mut out = Vec::new();
    while i < n {
        let t = tags[i];
        let opens = matches!(t, Pos::DT | Pos::PDT | Pos::PRPS | Pos::WPS | Pos::PRP | Pos::EX) || premodifier(t);
        // "that" and "which" as determiners are rare; as pronouns they open clauses
        if !opens || (t == Pos::DT && lower_is(words[i], &["that", "which"]) && !next_is_noun(tags, i)) {
            i += 1;
            continue;
        }
        let start = i;
        if t == Pos::PRP {
            out.push(chunk(start, i + 1, i, false, tags, words));
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && matches!(tags[j], Pos::PDT | Pos::DT | Pos::PRPS | Pos::WPS) && j - start < 2 {
            j += 1;
        }
        // "very", "most" before an adjective
        while j + 1 < n && tags[j].is_adverb() && tags[j + 1].is_adjective() {
            j += 1;
        }
        let mut last_noun = None;
        while j < n {
            let t = tags[j];
            if premodifier(t) {
                // an adjective after a noun opens the next phrase ("Tanaka next month")
                if t.is_adjective() && last_noun.is_some() {
                    break;
                }
                if t.is_noun() || t == Pos::CD {
                    last_noun = Some(j);
                }
                j += 1;
                continue;
            }
            // a participle used as an adjective: "the proposed deal", "a leading role"
            if matches!(t, Pos::VBN | Pos::VBG) && j > start && j + 1 < n && tags[j + 1].is_noun() {
                j += 1;
                continue;
            }
            // coordinated adjectives: "French, British and German diplomats"
            if matches!(t, Pos::Comma | Pos::CC)
                && j > start
                && tags[j - 1].is_adjective()
                && adjectives_then_noun(tags, j + 1)
            {
                j += 1;
                continue;
            }
            break;
        }
        if j == start || (last_noun.is_none() && !tags[start..j].iter().any(|t| t.is_adjective())) {
            i = start.max(j).max(i + 1);
            continue;
        }
        // a possessor: "Trump 's" is a chunk of its own
        if j < n && tags[j] == Pos::POS {
            let head = last_noun.unwrap_or(j - 1);
            out.push(chunk(start, j + 1, head, true, tags, words));
            i = j + 1;
            continue;
        }
        let head = last_noun.unwrap_or(j - 1);
        out.push(chunk(start, j, head, false, tags, words));
        i = j;
    }
    for (k, c) in out.iter().enumerate() {
        for t in c.start..c.end {
            s.chunk_of[t] = k;
        }
    }
    s.chunks = out;
}

fn next_is_noun(tags: &[Pos], i: usize) -> bool {
    tags.get(i + 1).is_some_and(|t| t.is_noun() || t.is_adjective())
}

/// Whether adjectives (possibly coordinated) then a noun start at `i`.
fn adjectives_then_noun(tags: &[Pos], mut i: usize) -> bool {
    while i < tags.len() && (tags[i].is_adjective() || matches!(tags[i], Pos::CC | Pos::Comma)) {
        i += 1;
    }
    i < tags.len() && tags[i].is_noun()
}

fn chunk(start: usize, end: usize, head: usize, possessive: bool, tags: &[Pos], words: &[&str]) -> Chunk {
    let preposition = start
        .checked_sub(1)
        .filter(|&p| matches!(tags[p], Pos::IN | Pos::TO) && !lower_is(words[p], &["that", "because", "while", "if"]));
    Chunk {
        start,
        end,
        head,
        possessive,
        preposition,
    }
}

const NEGATIONS: &[&str] = &["not", "n't", "never", "no"];
const BE: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "get", "got", "gets", "getting",
];
const FUTURE_LEADS: &[&str] = &["will", "shall", "'ll", "wo"];
const FUTURE_BEFORE_TO: &[&str] = &[
    "due",
    "set",
    "going",
    "expected",
    "scheduled",
    "plans",
    "plan",
    "planned",
    "planning",
    "aims",
    "hopes",
    "intends",
    "is",
    "are",
];

fn verb_groups(words: &[&str], s: &mut SentenceSyntax) {
    let tags = &s.tags;
    let n = tags.len();
    let mut i = 0;
    let mut out = Vec::new();
    let is_negation =
        |k: usize| NEGATIONS.iter().any(|w| words[k].eq_ignore_ascii_case(w)) || words[k].ends_with("n't");
    while i < n {
        let t = tags[i];
        let starts = t == Pos::MD || t.is_verb() || (t == Pos::TO && i + 1 < n && tags[i + 1] == Pos::VB);
        // a participle inside a noun phrase is no verb group
        if !starts || s.chunk_of[i] != usize::MAX {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i;
        let mut head = i;
        while j < n {
            let t = tags[j];
            if t.is_verb() || t == Pos::MD {
                head = j;
                j += 1;
            } else if (t == Pos::TO && j + 1 < n && tags[j + 1] == Pos::VB)
                || ((t.is_adverb() || is_negation(j))
                    && j + 1 < n
                    && (tags[j + 1].is_verb() || tags[j + 1].is_adverb()))
            {
                j += 1;
            } else {
                break;
            }
            // a main verb ends the group unless an auxiliary chain continues it
            if tags[head].is_verb()
                && !lower_is(words[head], BE)
                && !lower_is(words[head], &["has", "have", "had", "having", "do", "does", "did"])
                && tags[head] != Pos::MD
            {
                break;
            }
        }
        let range = start..j;
        let negated = range.clone().any(is_negation) || (start > 0 && is_negation(start - 1));
        let modal = range
            .clone()
            .any(|k| tags[k] == Pos::MD && !lower_is(words[k], FUTURE_LEADS) && !lower_is(words[k], &["would"]));
        let has_be = range.clone().any(|k| k < head && lower_is(words[k], BE));
        let passive = tags[head] == Pos::VBN && has_be;
        let future = range.clone().any(|k| lower_is(words[k], FUTURE_LEADS))
            || (tags[start] == Pos::TO && start >= 1 && lower_is(words[start - 1], FUTURE_BEFORE_TO))
            || (tags[start] == Pos::TO
                && start >= 2
                && lower_is(words[start - 2], FUTURE_BEFORE_TO)
                && !is_negation(start - 1));
        let past = range.clone().any(|k| tags[k] == Pos::VBD)
            || range.clone().any(|k| lower_is(words[k], &["has", "have", "had"])) && tags[head] == Pos::VBN;
        let tense = if future {
            Tense::Future
        } else if past {
            Tense::Past
        } else {
            Tense::Present
        };
        out.push(VerbGroup {
            start,
            end: j,
            head,
            tense,
            negated,
            modal,
            passive,
            clause: 0,
            subject: None,
            object: None,
            prep_objects: Vec::new(),
            agent: None,
        });
        i = j.max(i + 1);
    }
    s.verbs = out;
}

/// Whether the verb group `v` is finite (can have a subject of its own).
fn finite(s: &SentenceSyntax, v: &VerbGroup) -> bool {
    (v.start..v.end).any(|k| s.tags[k].is_finite())
}

const SUBORDINATORS: &[&str] = &[
    "because", "while", "although", "though", "whereas", "unless", "if", "whether", "after", "before", "since",
    "until", "when", "as", "once",
];

fn clauses(words: &[&str], s: &mut SentenceSyntax) {
    let n = s.tags.len();
    s.clauses.push(Clause {
        start: 0,
        end: n,
        kind: ClauseKind::Main,
        parent: None,
        verb: None,
    });
    // a trailing ", X said." (or ", said X."): what comes before it is what was said
    let mut body_end = n;
    if let Some(frame) = trailing_frame(words, s) {
        let reported = s.clauses.len();
        s.clauses.push(Clause {
            start: 0,
            end: frame,
            kind: ClauseKind::Reported,
            parent: Some(0),
            verb: None,
        });
        for c in &mut s.clause_of[..frame] {
            *c = reported;
        }
        body_end = frame;
    }
    let base = s.clause_of.first().copied().unwrap_or(0);
    // open clauses left to right; each closes at its end rule
    let mut open: Vec<(usize, ClauseKind, bool)> = Vec::new(); // (clause, kind, opened after a comma)
    let mut quote_open: Option<usize> = None;
    let mut i = 0;
    while i < body_end {
        let w = words[i];
        let t = s.tags[i];
        let current = open.last().map_or(base, |o| o.0);
        // quotation marks open and close quote clauses
        if matches!(t, Pos::OpenQuote | Pos::CloseQuote) || matches!(w, "\"" | "“" | "”") {
            let closing = quote_open.is_some() && (t == Pos::CloseQuote || w == "\"" || w == "”");
            if closing {
                while let Some(o) = open.pop() {
                    s.clauses[o.0].end = i;
                    if Some(o.0) == quote_open {
                        break;
                    }
                }
                quote_open = None;
            } else if quote_open.is_none() {
                let c = push_clause(s, i + 1, ClauseKind::Quote, current);
                open.push((c, ClauseKind::Quote, false));
                quote_open = Some(c);
            }
            s.clause_of[i] = current;
            i += 1;
            continue;
        }
        // commas close clauses that opened after a comma; semicolons close everything
        if matches!(t, Pos::Colon) || w == ";" {
            while let Some(o) = open.last() {
                if o.1 == ClauseKind::Quote {
                    break;
                }
                s.clauses[o.0].end = i;
                open.pop();
            }
        } else if t == Pos::Comma {
            if let Some(&(c, kind, after_comma)) = open.last() {
                if after_comma && matches!(kind, ClauseKind::Relative | ClauseKind::Subordinate) {
                    s.clauses[c].end = i;
                    open.pop();
                } else if kind == ClauseKind::Subordinate && s.clauses[c].start == 0 {
                    // "After X met Y, Z said ...": a sentence-initial subordinate clause
                    s.clauses[c].end = i;
                    open.pop();
                }
            }
        }
        let current = open.last().map_or(base, |o| o.0);
        let after_comma = i > 0 && s.tags[i - 1] == Pos::Comma;
        let opener =
            if matches!(t, Pos::WDT | Pos::WP | Pos::WPS) || (t == Pos::WRB && i > 0 && s.tags[i - 1].is_noun()) {
                Some(ClauseKind::Relative)
            } else if (t == Pos::IN || t == Pos::WRB) && lower_is(w, SUBORDINATORS) && clause_follows(s, i + 1) {
                Some(ClauseKind::Subordinate)
            } else if lower_is(w, &["that"]) && t != Pos::DT && i > 0 && reported_before(words, s, i) {
                Some(ClauseKind::Reported)
            } else {
                None
            };
        if let Some(kind) = opener {
            let c = push_clause(s, i, kind, current);
            open.push((c, kind, after_comma));
            s.clause_of[i] = c;
            i += 1;
            continue;
        }
        // a reporting verb with a clause after it, no "that": "X said Y would meet Z"
        if s.tags[i].is_verb() && is_reporting(w) && i + 1 < body_end && clause_follows(s, i + 1) {
            s.clause_of[i] = current;
            let start = if s.tags[i + 1] == Pos::Comma || s.tags[i + 1] == Pos::Colon {
                i + 2
            } else {
                i + 1
            };
            if start < body_end && !lower_is(words[start], &["that"]) {
                let c = push_clause(s, start, ClauseKind::Reported, current);
                open.push((c, ClauseKind::Reported, false));
                for k in i + 1..start {
                    s.clause_of[k] = current;
                }
                i = start;
                s.clause_of[i] = c;
                i += 1;
                continue;
            }
        }
        // a non-comma relative clause closes before the next finite verb after its own
        if let Some(&(c, kind, false)) = open.last() {
            if kind == ClauseKind::Relative && t.is_finite() && has_finite_verb(s, s.clauses[c].start, i) {
                s.clauses[c].end = i;
                open.pop();
            }
        }
        s.clause_of[i] = open.last().map_or(base, |o| o.0);
        i += 1;
    }
    for (c, _, _) in open {
        s.clauses[c].end = s.clauses[c].end.min(body_end);
    }
    // the frame itself belongs to the main clause
    for k in body_end..n {
        s.clause_of[k] = 0;
    }
    // each verb group's clause, and each clause's first verb
    for v in 0..s.verbs.len() {
        let c = s.clause_of[s.verbs[v].head];
        s.verbs[v].clause = c;
        if s.clauses[c].verb.is_none() {
            s.clauses[c].verb = Some(v);
        }
    }
}

fn push_clause(s: &mut SentenceSyntax, start: usize, kind: ClauseKind, parent: usize) -> usize {
    s.clauses.push(Clause {
        start,
        end: s.tags.len(),
        kind,
        parent: Some(parent),
        verb: None,
    });
    s.clauses.len() - 1
}

/// Whether a finite verb group starts within the next few tokens after a subject-like
/// stretch: "because [the talks] failed", "said [Smith] would".
fn clause_follows(s: &SentenceSyntax, from: usize) -> bool {
    let mut k = from;
    let mut nouns = 0;
    while k < s.tags.len() && k < from + 12 {
        let t = s.tags[k];
        if t.is_finite() {
            return nouns > 0;
        }
        if matches!(t, Pos::Comma | Pos::Period | Pos::Colon) || t.is_verb() {
            return false;
        }
        if s.chunk_of[k] != usize::MAX {
            nouns += 1;
        }
        k += 1;
    }
    false
}

fn has_finite_verb(s: &SentenceSyntax, from: usize, to: usize) -> bool {
    s.verbs.iter().any(|v| v.start >= from && v.end <= to && finite(s, v))
}

/// Whether "that" at `i` follows a reporting verb (within its verb group and an
/// indirect object: "told reporters that").
fn reported_before(words: &[&str], s: &SentenceSyntax, i: usize) -> bool {
    let mut k = i;
    let mut steps = 0;
    while k > 0 && steps < 6 {
        k -= 1;
        steps += 1;
        if s.tags[k].is_verb() {
            return is_reporting(words[k]);
        }
        if matches!(s.tags[k], Pos::Comma | Pos::Period | Pos::Colon) {
            return false;
        }
    }
    false
}

/// The comma that opens a trailing ", X said." / ", said X." frame, if the sentence
/// ends with one.
fn trailing_frame(words: &[&str], s: &SentenceSyntax) -> Option<usize> {
    let n = s.tags.len();
    let mut end = n;
    while end > 0 && matches!(s.tags[end - 1], Pos::Period | Pos::CloseQuote) {
        end -= 1;
    }
    let v = s.verbs.iter().rposition(|v| v.end <= end)?;
    let vg = &s.verbs[v];
    if !is_reporting(words[vg.head]) {
        return None;
    }
    // after the verb: nothing, a time phrase, or (inverted) the speaker
    let before = |k: usize| k > 0 && matches!(s.tags[k - 1], Pos::Comma | Pos::CloseQuote | Pos::Colon);
    let tail_ok = (vg.end..end)
        .all(|k| s.chunk_of[k] != usize::MAX || matches!(s.tags[k], Pos::IN | Pos::Comma | Pos::RB | Pos::TO));
    if !tail_ok {
        return None;
    }
    if before(vg.start) {
        // ", said X"
        return Some(vg.start - 1);
    }
    // ", X said": the subject phrase right before the verb, then a comma
    let mut k = vg.start;
    while k > 0 && s.chunk_of[k - 1] != usize::MAX {
        k -= 1;
    }
    (k > 1 && k < vg.start && before(k)).then(|| k - 1)
}

fn arguments(words: &[&str], s: &mut SentenceSyntax) {
    let nverbs = s.verbs.len();
    for v in 0..nverbs {
        let vg = s.verbs[v].clone();
        let clause = vg.clause;
        let floor = s.clauses[clause].start;
        let prev_end = s.verbs[..v]
            .iter()
            .rev()
            .find(|p| p.clause == clause)
            .map_or(floor, |p| p.end);
        // coordinated verbs share their subject: "X met Y and praised Z"
        let mut k = vg.start;
        while k > prev_end && s.tags[k - 1].is_adverb() {
            k -= 1;
        }
        // ("and" right after the previous verb's phrases, with no subject of its own)
        let coordinated = v > 0 && k > floor && s.tags[k - 1] == Pos::CC && s.verbs[v - 1].clause == clause;
        let subject = if coordinated {
            s.verbs[..v]
                .iter()
                .rev()
                .find(|p| p.clause == clause && p.subject.is_some())
                .and_then(|p| p.subject)
        } else if finite(s, &vg) || vg.passive {
            subject_before(s, vg.start, prev_end.max(floor), clause)
        } else {
            None
        };
        // inverted speech: ", said X"
        let subject = subject.or_else(|| {
            // (finite only: ", saying X" names what was said; "told X" its audience)
            (is_reporting(words[vg.head])
                && finite(s, &vg)
                && !lower_is(words[vg.head], &["told", "tell", "tells"])
                && vg.start > 0
                && matches!(s.tags[vg.start - 1], Pos::Comma | Pos::CloseQuote))
            .then(|| s.chunk_at(vg.end))
            .flatten()
        });
        // a relative clause's verb: the phrase the clause hangs on ("X, who met Y")
        let subject = subject.or_else(|| {
            let c = &s.clauses[clause];
            (c.kind == ClauseKind::Relative && c.verb == Some(v) && matches!(s.tags[c.start], Pos::WP | Pos::WDT))
                .then(|| {
                    let mut k = c.start;
                    while k > 0 && s.tags[k - 1] == Pos::Comma {
                        k -= 1;
                    }
                    k.checked_sub(1).and_then(|p| s.chunk_at(p))
                })
                .flatten()
        });
        // objects: the phrase right after the verb, then phrases after prepositions
        let next_verb = s.verbs.get(v + 1).map_or(s.tags.len(), |n| n.start);
        let mut object = None;
        let mut preps = Vec::new();
        let mut k = vg.end;
        while k < s.tags.len() && matches!(s.tags[k], Pos::RP | Pos::RB) {
            k += 1;
        }
        if let Some(c) = s.chunk_at(k) {
            if s.chunks[c].start == k && s.chunks[c].preposition.is_none() && s.clause_of[k] == clause {
                object = Some(c);
            }
        }
        for c in 0..s.chunks.len() {
            let ch = &s.chunks[c];
            if ch.start < vg.end || ch.start >= next_verb || s.clause_of[ch.start] != clause {
                continue;
            }
            if let Some(p) = ch.preposition {
                preps.push((p, c));
            }
        }
        let agent = if vg.passive {
            preps
                .iter()
                .find(|(p, _)| words[*p].eq_ignore_ascii_case("by"))
                .map(|&(_, c)| c)
        } else {
            None
        };
        let g = &mut s.verbs[v];
        g.subject = subject;
        g.object = object;
        g.prep_objects = preps;
        g.agent = agent;
    }
}

/// The subject of a verb starting at `at`: the nearest noun phrase before it in
/// `[floor, at)` that no preposition governs, skipping an apposition between commas
/// ("X, a former minister, said") and a possessor's possessed ("Trump's envoy").
fn subject_before(s: &SentenceSyntax, at: usize, floor: usize, clause: usize) -> Option<usize> {
    let mut k = at;
    while k > floor {
        k -= 1;
        let t = s.tags[k];
        if t.is_adverb() || t == Pos::MD {
            continue;
        }
        // a clause of its own in between ("X, which does not include Y, met"): past it
        if t == Pos::Comma
            && k > floor
            && s.clause_of[k - 1] != clause
            && s.clauses[s.clause_of[k - 1]].parent == Some(clause)
        {
            k = s.clauses[s.clause_of[k - 1]].start;
            while k > floor && s.tags[k - 1] == Pos::Comma {
                k -= 1;
            }
            continue;
        }
        if t == Pos::Comma {
            // an apposition closed by this comma: go back to the phrase before it
            let mut j = k;
            while j > floor && s.tags[j - 1] != Pos::Comma && !s.tags[j - 1].is_verb() {
                j -= 1;
            }
            if j > floor + 1 && s.tags[j - 1] == Pos::Comma && s.chunk_of[j - 2] != usize::MAX && k - j <= 10 {
                // "A lawyer for the families, Maria Lopez, told": the name in apposition
                let inner = s.chunk_of[j];
                if inner != usize::MAX && s.chunks[inner].end == k && s.tags[s.chunks[inner].head].is_proper() {
                    return Some(inner);
                }
                // "X, a former minister, said": the phrase before the apposition
                let mut c = s.chunk_of[j - 2];
                while let Some(p) = s.chunks[c]
                    .preposition
                    .filter(|&p| p > floor && s.chunk_of[p - 1] != usize::MAX)
                {
                    c = s.chunk_of[p - 1];
                }
                return (s.chunks[c].preposition.is_none()).then_some(c);
            }
            return None;
        }
        let c = s.chunk_of[k];
        if c == usize::MAX {
            return None;
        }
        // "Talks between A and B will": back over the conjuncts to the first one
        let mut c = c;
        while let Some(prev) = conjunct_before(s, c) {
            c = prev;
        }
        let ch = &s.chunks[c];
        if ch.possessive {
            return None;
        }
        // "the envoy of the president": the phrase before "of" heads it; a phrase
        // after a preposition with no phrase before it is no subject ("in a speech")
        if let Some(p) = ch.preposition {
            if p > floor && s.chunk_of[p - 1] != usize::MAX {
                k = p;
                continue;
            }
            return None;
        }
        return Some(c);
    }
    None
}

/// The chunk joined to chunk `c` by "and", "or" or a comma right before it.
fn conjunct_before(s: &SentenceSyntax, c: usize) -> Option<usize> {
    let start = s.chunks[c].start;
    let mut k = start;
    while k > 0 && matches!(s.tags[k - 1], Pos::CC | Pos::Comma) && start - k < 2 {
        k -= 1;
    }
    if k == start || k == 0 || s.tags[start - 1] != Pos::CC {
        return None;
    }
    let p = s.chunk_of[k - 1];
    (p != usize::MAX && !s.chunks[p].possessive).then_some(p)
}

fn coordination(words: &[&str], s: &mut SentenceSyntax) {
    let subjects: HashSet<usize> = s.verbs.iter().filter_map(|v| v.subject).collect();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for c in 1..s.chunks.len() {
        let (a, b) = (&s.chunks[c - 1], &s.chunks[c]);
        if a.possessive || s.clause_of[a.head] != s.clause_of[b.head] {
            continue;
        }
        let between: Vec<usize> = (a.end..b.start).collect();
        let joins = match between.as_slice() {
            [k] => s.tags[*k] == Pos::Comma || (s.tags[*k] == Pos::CC && lower_is(words[*k], &["and", "or"])),
            [k, l] => s.tags[*k] == Pos::Comma && s.tags[*l] == Pos::CC && lower_is(words[*l], &["and", "or"]),
            _ => false,
        };
        // a phrase that is a later verb's subject starts a new clause: "..., X said"
        let new_subject = subjects.contains(&c) && !subjects.contains(&(c - 1));
        if !joins || new_subject {
            continue;
        }
        match groups.last_mut() {
            Some(g) if g.last() == Some(&(c - 1)) => g.push(c),
            _ => groups.push(vec![c - 1, c]),
        }
    }
    // a list of commas with no "and" anywhere is no coordination ("Smith, 45, said")
    groups.retain(|g| {
        let (first, last) = (&s.chunks[g[0]], &s.chunks[*g.last().expect("non-empty")]);
        (first.end..last.start).any(|k| s.tags[k] == Pos::CC)
    });
    s.coordinations = groups;
}
