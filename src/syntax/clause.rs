//! Clause boundaries: quotations, reported speech, subordinate and relative clauses.
//!
//! Clause 0 is the main clause over the whole sentence; every other clause is a span
//! nested in its parent, found in this order:
//! 1. quotations: a quotation mark that sticks to the word after it opens, one that
//!    sticks to the word before it closes (a quote left open runs to the end, one
//!    closed without an opening started before the sentence); only quotes holding a
//!    verb are clauses ("so-called 'axis of evil'" is not);
//! 2. reported speech, in the main clause and in each quote: the content after
//!    "X said (that)", "X told Y (that)", and the content before a trailing frame
//!    "..., X said." / "..., said X." (a frame in mid-sentence reports both sides);
//!    a quote that is the content is not wrapped again but gets `reported_by`;
//! 3. subordinate clauses (a subordinator followed by a clause): to the first comma
//!    after their verb when they open their parent, else to the parent's end;
//! 4. relative clauses (a relative pronoun after a chunk): to the first comma, colon,
//!    bracket or quotation mark after their verb, or the next finite verb group.

use super::words::{Word, AND, RELATIVE, REPORT, SUBORD, THAT};
use super::{Clause, ClauseKind, Pos, SentenceSyntax};
use crate::text::{Token, TokenKind};

/// Finds the clauses (into `s.clauses`, `s.clause_of`, each clause's `verb`).
pub fn clauses(s: &mut SentenceSyntax, text: &str, tokens: &[Token], w: &[Word]) {
    let n = s.tags.len();
    s.clause_of = vec![0; n];
    s.clauses = vec![Clause {
        start: 0,
        end: n,
        kind: ClauseKind::Main,
        parent: None,
        verb: None,
        reported_by: None,
    }];
    quotes(s, text, tokens);
    let mut scope = 0;
    while scope < s.clauses.len() {
        if matches!(
            s.clauses[scope].kind,
            ClauseKind::Main | ClauseKind::Quote | ClauseKind::Reported
        ) {
            reported(s, w, scope);
        }
        scope += 1;
    }
    subordinate(s, w);
    relative(s, w);
    for c in 0..s.clauses.len() {
        s.clauses[c].verb = s.verbs.iter().position(|v| s.clause_of[v.head] == c);
    }
}

fn add(s: &mut SentenceSyntax, start: usize, end: usize, kind: ClauseKind, parent: usize) -> usize {
    let idx = s.clauses.len();
    s.clauses.push(Clause {
        start,
        end,
        kind,
        parent: Some(parent),
        verb: None,
        reported_by: None,
    });
    for t in start..end {
        if s.clause_of[t] == parent {
            s.clause_of[t] = idx;
        }
    }
    idx
}

fn quotes(s: &mut SentenceSyntax, text: &str, tokens: &[Token]) {
    let n = tokens.len();
    let mut open: Option<usize> = None;
    let mut spans = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Quote {
            continue;
        }
        let q = t.text(text);
        let sticks_right = tokens
            .get(i + 1)
            .is_some_and(|x| x.start == t.end && x.kind != TokenKind::Punct);
        let sticks_left = i > 0 && tokens[i - 1].end == t.start && tokens[i - 1].kind != TokenKind::Quote;
        let opening =
            matches!(q, "“" | "‘" | "«" | "„") || (!matches!(q, "”" | "’" | "»") && sticks_right && !sticks_left);
        match (opening, open) {
            (true, None) => open = Some(i),
            (false, Some(o)) => {
                spans.push((o, i + 1));
                open = None;
            }
            (false, None) if spans.is_empty() => spans.push((0, i + 1)),
            _ => {}
        }
    }
    if let Some(o) = open {
        spans.push((o, n));
    }
    for (a, b) in spans {
        if (a..b).any(|t| s.tags[t].is_verb()) && b - a < n || (a..b).any(|t| s.tags[t].is_finite()) {
            add(s, a, b, ClauseKind::Quote, 0);
        }
    }
}

/// The last token of a span that is not final punctuation or a closing quote.
fn trim_end(s: &SentenceSyntax, start: usize, mut end: usize) -> usize {
    while end > start && matches!(s.tags[end - 1], Pos::Period | Pos::Quote | Pos::Colon) {
        end -= 1;
    }
    end
}

/// Whether `a..b` holds a finite verb group (or a modal).
fn has_finite(s: &SentenceSyntax, a: usize, b: usize) -> bool {
    s.verbs.iter().any(|v| {
        v.start >= a && v.end <= b && (v.start..=v.head).any(|t| s.tags[t].is_finite() || s.tags[t] == Pos::MD)
    })
}

fn reported(s: &mut SentenceSyntax, w: &[Word], scope: usize) {
    let (cs, ce) = (s.clauses[scope].start, s.clauses[scope].end);
    for v in 0..s.verbs.len() {
        let g = s.verbs[v].clone();
        if g.start < cs || g.end > ce || s.clause_of[g.head] != scope || !w[g.head].is(REPORT) || g.passive {
            continue;
        }
        // trailing frame: ", X said." / ", said X." / "' X said."
        let mut k = g.start;
        while k > cs && s.chunk_of[k - 1] != usize::MAX {
            k = s.chunks[s.chunk_of[k - 1]].start;
        }
        // what comes before a frame is a statement only if it holds a verb ("After the
        // meeting with X, Y accused Z ..." opens with a phrase, not with words said)
        let before_ok =
            k > cs && matches!(s.tags[k - 1], Pos::Comma | Pos::Quote | Pos::Colon) && has_finite(s, cs, k - 1);
        // past the verb: the speaker ("said Petrov"), then phrases after prepositions
        // ("in a statement on Monday"); a second bare phrase ("says Seoul not a
        // partner") is what was said, so no frame ends the sentence here
        let mut after = g.end;
        let mut bare = 0;
        while after < ce && (s.chunk_of[after] != usize::MAX || s.tags[after].is_adverb() || s.tags[after] == Pos::IN) {
            let ch = s.chunk_of[after];
            if ch != usize::MAX && s.chunks[ch].start == after && s.chunks[ch].preposition.is_none() {
                bare += 1;
                if bare > 1 {
                    break;
                }
            }
            after += 1;
        }
        let after_end = after >= trim_end(s, cs, ce);
        let after_comma = after < ce && s.tags[after] == Pos::Comma;
        if before_ok && (after_end || after_comma) && (k < g.start || g.end < after) {
            let content_end = k - 1 + (s.tags[k - 1] == Pos::Quote) as usize;
            let content_start = if scope == 0 {
                0
            } else {
                cs + (s.tags[cs] == Pos::Quote) as usize
            };
            wrap(s, content_start, content_end, scope, v);
            if after_comma && has_finite(s, after + 1, ce) {
                let end = trim_end(s, after + 1, ce);
                wrap(s, after + 1, end, scope, v);
            }
            return;
        }
        // forward frame: "X said (that) ...", "X told Y (that) ..."
        let mut c = g.end;
        if s.chunk_of
            .get(c)
            .is_some_and(|&ch| ch != usize::MAX && s.chunks[ch].preposition.is_none())
            && w[g.head].is(REPORT)
        {
            let ch = s.chunk_of[c];
            if has_finite(s, s.chunks[ch].end, ce) && !s.verbs.iter().any(|x| x.start == s.chunks[ch].end) {
                c = s.chunks[ch].end; // "told Smith that ..."
                                      // "accused the US, South Korea and Japan of ...": a comma after the
                                      // object goes on with a list, not with what was said
                if c < ce && s.tags[c] == Pos::Comma {
                    continue;
                }
            }
        }
        while c < ce && matches!(s.tags[c], Pos::Comma | Pos::Colon)
            || (c < ce && s.tags[c].is_adverb() && s.tags[c] != Pos::WRB)
        {
            c += 1;
        }
        if c < ce && matches!(s.tags[c], Pos::IN | Pos::TO | Pos::CC) && !w[c].is(THAT) {
            // "accused X of ...", "said on Monday that ...": what follows a preposition
            // is reported only from a "that" after the prepositional phrases
            let mut k = c;
            while k < ce
                && (s.chunk_of[k] != usize::MAX || matches!(s.tags[k], Pos::IN | Pos::Comma) || s.tags[k].is_adverb())
                && !w[k].is(THAT)
            {
                k += 1;
            }
            if k < ce && w[k].is(THAT) {
                c = k;
            } else {
                continue;
            }
        }
        if c < ce && (w[c].is(THAT) && matches!(s.tags[c], Pos::IN | Pos::WDT | Pos::DT)) {
            c += 1;
        }
        let mut end = trim_end(s, c, ce);
        // ", which Iran says will start on Friday, will be ...": words reported inside an
        // aside end with it
        if in_aside(s, w, cs, g.start) {
            end = (c..end).find(|&t| s.tags[t] == Pos::Comma).unwrap_or(end);
        }
        if c < end && has_finite(s, c, end) {
            wrap(s, c, end, scope, v);
            return;
        }
    }
}

/// Whether the reporting verb starting at `verb` opens with ", which X" (a relative
/// pronoun after a comma, then only its subject): what it reports sits in an aside.
fn in_aside(s: &SentenceSyntax, w: &[Word], cs: usize, verb: usize) -> bool {
    let mut k = verb;
    while k > cs && s.chunk_of[k - 1] != usize::MAX {
        k = s.chunks[s.chunk_of[k - 1]].start;
    }
    k >= cs + 2 && k < verb && w[k - 1].is(RELATIVE) && s.tags[k - 2] == Pos::Comma
}

/// Makes `a..b` a reported clause of `parent`, or marks the quote that fills it.
fn wrap(s: &mut SentenceSyntax, a: usize, b: usize, parent: usize, verb: usize) {
    if a >= b {
        return;
    }
    let quote = s
        .clauses
        .iter()
        .position(|c| c.kind == ClauseKind::Quote && c.parent == Some(parent) && c.start <= a + 1 && c.end + 1 >= b);
    if let Some(q) = quote {
        s.clauses[q].reported_by = Some(verb);
        return;
    }
    let c = add(s, a, b, ClauseKind::Reported, parent);
    s.clauses[c].reported_by = Some(verb);
}

fn subordinate(s: &mut SentenceSyntax, w: &[Word]) {
    for (i, word) in w.iter().enumerate() {
        if !word.is(SUBORD) || !matches!(s.tags[i], Pos::IN | Pos::WRB) {
            continue;
        }
        // a clause follows: a verb group at once ("after meeting"), or a chunk then a finite group
        let next = i + 1;
        let at_verb = |t: usize| s.verbs.iter().position(|v| v.start == t);
        let first_verb = match at_verb(next) {
            Some(v) => Some(v),
            None => s
                .chunk_at(next)
                .and_then(|c| at_verb(s.chunks[c].end))
                .filter(|&v| has_finite(s, s.verbs[v].start, s.verbs[v].end)),
        };
        let Some(v) = first_verb else { continue };
        let parent = s.clause_of[i];
        let (ps, pe) = (s.clauses[parent].start, s.clauses[parent].end);
        let opens = (ps..i).all(|t| s.tags[t].is_punct() || s.tags[t] == Pos::CC || s.tags[t].is_adverb());
        let head = s.verbs[v].head;
        let end = if opens {
            (head..pe)
                .find(|&t| s.tags[t] == Pos::Comma && s.clause_of[t] == parent)
                .unwrap_or_else(|| trim_end(s, i, pe))
        } else {
            trim_end(s, i, pe)
        };
        if end > i + 1 {
            add(s, i, end, ClauseKind::Subordinate, parent);
        }
    }
}

fn relative(s: &mut SentenceSyntax, w: &[Word]) {
    let n = s.tags.len();
    for i in 1..n {
        if !w[i].is(RELATIVE) || !(s.tags[i].is_wh() || (w[i].is(THAT) && s.tags[i] == Pos::WDT)) {
            continue;
        }
        let before = if s.tags[i - 1] == Pos::Comma && i >= 2 {
            i - 2
        } else {
            i - 1
        };
        if s.chunk_of[before] == usize::MAX && !(s.tags[i - 1] == Pos::IN && i >= 2 && s.chunk_of[i - 2] != usize::MAX)
        {
            continue;
        }
        let parent = s.clause_of[i];
        let pe = s.clauses[parent].end;
        let Some(v) = s
            .verbs
            .iter()
            .position(|v| v.start > i && s.clause_of[v.head] == parent)
        else {
            continue;
        };
        let mut end = s.verbs[v].end;
        while end < pe {
            let p = s.tags[end];
            if matches!(
                p,
                Pos::Comma | Pos::Colon | Pos::LRB | Pos::RRB | Pos::Quote | Pos::Period
            ) || s.clause_of[end] != parent
            {
                break;
            }
            if let Some(x) = s.verbs.iter().position(|x| x.start == end) {
                let coordinated = end > 0 && (w[end - 1].is(AND) || s.tags[end - 1] == Pos::CC);
                if !coordinated
                    && (s.verbs[x].start..=s.verbs[x].head).any(|t| s.tags[t].is_finite() || s.tags[t] == Pos::MD)
                {
                    break;
                }
            }
            end += 1;
        }
        // a trailing "and" before the parent's verb stays out
        while end > i + 1 && matches!(s.tags[end - 1], Pos::CC) {
            end -= 1;
        }
        add(s, i, end, ClauseKind::Relative, parent);
    }
}
