//! Relations between a document's actors, each with the sentence that proves it.
//!
//! Rules work on tokens and resolved mentions, clause by clause:
//! - cue frames from `data/lexicon/cues.tsv`: `verb` (X cue Y), `passive` (Y cue by X),
//!   `noun` (X ... cue with/for Y, cue between X and Y) and `speech` (X said ...,
//!   "...", X said; according to X);
//! - quotes: the speaker of a quote is found in its sentence, before a colon, or is the
//!   speaker of the quote it continues;
//! - affiliations: "French President Pierre Lemaire", "Democrat John Kerry",
//!   "Peter Roe, a former British defence attache", "his special envoy Tom Hale",
//!   "X's presidency of Y";
//! - negation and absence ("did not meet", "lack of talks", "which does not include")
//!   cancel a cue; future words make it `expected`.

use super::mentions::{lower, Doc};
use super::resolve::{Men, Resolved};
use crate::lexicon::{Cue, TitleKind, WordClass};
use crate::model::{EntityType, Evidence, Modality, RelationType};
use crate::text::TokenKind;

/// A relation found in the text, before serialisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Source entity index.
    pub source: usize,
    /// Relation type.
    pub relation: RelationType,
    /// Target entity index.
    pub target: usize,
    /// Sentence index.
    pub sentence: usize,
    /// The cue as written.
    pub cue: String,
    /// Modality.
    pub modality: Modality,
    /// Role for affiliations.
    pub role: Option<String>,
    /// The rule that fired.
    pub rule: &'static str,
}

const PRONOUNS_PERSON: &[&str] = &["he", "she"];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "some", "several", "both",
    "all", "other", "two", "three", "four",
];
const STOP: &[&str] = &[
    "of", "in", "on", "at", "for", "with", "to", "from", "by", "about", "over", "after", "before", "during", "since",
    "that", "which", "who", "whom", "whose", "because", "as", "than", "but", "while", "if", "when", "where", "into",
    "under", "against", "amid", "despite", "via", "was", "were", "is", "are", "had", "has", "have", "be", "been",
    "will", "would", "could", "should", "said", "says", "to", "not",
];
const AUX: &[&str] = &[
    "has",
    "had",
    "have",
    "also",
    "is",
    "was",
    "were",
    "are",
    "will",
    "would",
    "could",
    "may",
    "might",
    "later",
    "then",
    "again",
    "recently",
    "previously",
    "already",
    "repeatedly",
    "last",
    "week",
    "reportedly",
    "himself",
    "herself",
    "once",
    "earlier",
    "yesterday",
    "today",
    "now",
    "just",
    "strongly",
    "publicly",
    "openly",
    "been",
    "be",
    "being",
    "still",
    "never",
    "did",
    "does",
    "do",
];

struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    res: &'d Resolved,
    /// For each token, the index of the mention covering it (`u32::MAX`: none).
    tok_mention: Vec<u32>,
    out: Vec<Found>,
    /// Last speaker (entity) and the sentence where they spoke.
    last_speaker: Option<(usize, usize)>,
    /// For each sentence, the actor found speaking in it (by `speech`).
    sentence_speaker: Vec<Option<usize>>,
    /// Quoted passages as token ranges.
    quotes: Vec<(usize, usize)>,
}

/// Finds every relation in the document.
pub fn find(doc: &Doc, res: &Resolved) -> Vec<Found> {
    let mut tok_mention = vec![u32::MAX; doc.seg.tokens.len()];
    for (k, m) in res.mentions.iter().enumerate() {
        for t in &mut tok_mention[m.raw.first..m.raw.end] {
            *t = k as u32;
        }
    }
    let quotes = quote_spans(doc);
    let mut cx = Ctx {
        doc,
        res,
        tok_mention,
        out: Vec::new(),
        last_speaker: None,
        sentence_speaker: vec![None; doc.seg.sentences.len()],
        quotes: quotes.clone(),
    };
    let mut quote_speaker: Vec<Option<usize>> = vec![None; quotes.len()];
    for si in 0..doc.seg.sentences.len() {
        cx.sentence(si, &quotes, &mut quote_speaker);
    }
    cx.out.retain(|f| f.source != f.target);
    cx.out
}

/// Quoted passages as token ranges (inside the marks), from `text::quotes`.
fn quote_spans(doc: &Doc) -> Vec<(usize, usize)> {
    let toks = &doc.seg.tokens;
    crate::text::quotes(doc.text, doc.seg)
        .iter()
        .map(|q| {
            let a = toks.partition_point(|t| t.start < q.start);
            let b = toks.partition_point(|t| t.end <= q.end);
            (a, b.max(a))
        })
        .filter(|(a, b)| b > a)
        .collect()
}

impl<'d, 'a> Ctx<'d, 'a> {
    fn w(&self, i: usize) -> std::borrow::Cow<'a, str> {
        lower(self.doc.tok(i))
    }

    fn mentions_in(&self, lo: usize, hi: usize) -> impl Iterator<Item = &'d Men> + '_ {
        let res: &'d Resolved = self.res;
        let from = res.mentions.partition_point(|m| m.raw.first < lo);
        res.mentions[from..]
            .iter()
            .take_while(move |m| m.raw.first < hi)
            .filter(move |m| m.raw.end <= hi)
    }

    fn mention_at(&self, tok: usize) -> Option<&'d Men> {
        let res: &'d Resolved = self.res;
        match self.tok_mention.get(tok) {
            Some(&k) if k != u32::MAX => Some(&res.mentions[k as usize]),
            _ => None,
        }
    }

    fn is_actor(&self, m: &Men) -> bool {
        self.res.entities[m.entity].kind != EntityType::Location
    }

    fn is_person_entity(&self, e: usize) -> bool {
        self.res.entities[e].kind == EntityType::Person
    }

    fn is_person(&self, m: &Men) -> bool {
        self.res.entities[m.entity].kind == EntityType::Person
    }

    fn span_text(&self, a: usize, b: usize) -> String {
        self.doc.text[self.doc.seg.tokens[a].start..self.doc.seg.tokens[b - 1].end].to_string()
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        source: usize,
        relation: RelationType,
        target: usize,
        sentence: usize,
        cue: &str,
        modality: Modality,
        role: Option<String>,
        rule: &'static str,
    ) {
        if source == target {
            return;
        }
        let f = Found {
            source,
            relation,
            target,
            sentence,
            cue: cue.to_string(),
            modality,
            role,
            rule,
        };
        if !self.out.contains(&f) {
            self.out.push(f);
        }
    }

    /// Whether a negation or a hypothetical word stands within the words before `at`
    /// in its clause ("did not meet", "the lack of direct peace talks", "any talks").
    fn negated(&self, at: usize, lo: usize) -> bool {
        let mut i = at;
        let mut n = 0;
        while i > lo && n < 7 {
            i -= 1;
            n += 1;
            let t = self.doc.tok(i);
            if matches!(t, "," | ";" | ":" | "(" | ")") || self.doc.seg.tokens[i].kind == TokenKind::Quote {
                break;
            }
            let w = self.w(i);
            if self.doc.lex.is(&w, WordClass::NEGATION) || w.ends_with("n't") {
                return true;
            }
        }
        false
    }

    /// Expected when a future word stands shortly before the cue.
    fn modality(&self, at: usize, lo: usize) -> Modality {
        let start = at.saturating_sub(5).max(lo);
        // the cue's own words count too: "will meet" listed as one cue
        if (start..=at).any(|i| self.doc.lex.is(&self.w(i), WordClass::FUTURE)) {
            Modality::Expected
        } else {
            Modality::Asserted
        }
    }

    /// Cue matches in `[lo, hi)`: (first token, end token, cue).
    fn cues_in(&self, lo: usize, hi: usize) -> Vec<(usize, usize, &'d Cue)> {
        let lex = self.doc.lex;
        let mut found = Vec::new();
        let mut i = lo;
        while i < hi {
            let mut end = None;
            if self.mention_at(i).is_none() && self.doc.is_word(i) {
                // the longest phrase that matches here, with every cue listed for it
                // ("pledged" is both a promise and support)
                for (words, cue) in lex.cues_starting(&self.w(i)) {
                    let n = words.len();
                    if end.is_some_and(|e| e != i + n) {
                        break;
                    }
                    if i + n <= hi && (1..n).all(|k| self.doc.is_word(i + k) && self.w(i + k) == words[k].as_str()) {
                        end = Some(i + n);
                        found.push((i, i + n, cue));
                    }
                }
            }
            i = end.unwrap_or(i + 1);
        }
        found
    }

    /// Comma-enclosed asides right after an actor: relative clauses ("X, which does
    /// not include Y,") and appositions ("X, an adviser to Y,"). Ranges of tokens
    /// from the opening comma to the closing mark (exclusive).
    fn parentheticals(&self, lo: usize, hi: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = lo;
        while i < hi {
            let after_mention = i > lo && self.mention_at(i - 1).is_some();
            let opens = self.doc.tok(i) == "," && i + 1 < hi && {
                let w = self.w(i + 1);
                matches!(w.as_ref(), "which" | "who" | "whose" | "where")
                    || (after_mention
                        && (DETERMINERS.contains(&w.as_ref())
                            || matches!(
                                w.as_ref(),
                                "from"
                                    | "former"
                                    | "of"
                                    | "in"
                                    | "at"
                                    | "speaking"
                                    | "writing"
                                    | "meanwhile"
                                    | "however"
                                    | "too"
                                    | "also"
                            )
                            || self.doc.lex.title(&w).is_some()))
            };
            if opens {
                let relative = matches!(self.w(i + 1).as_ref(), "which" | "who" | "whose" | "where");
                let mut j = i + 1;
                while j < hi && !matches!(self.doc.tok(j), "," | ";" | ":" | "\u{2013}" | "\u{2014}") {
                    j += 1;
                }
                // an apposition must close with a comma before the sentence goes on
                if relative || (j < hi && self.doc.tok(j) == "," && j - i <= 16) {
                    out.push((i, j));
                    i = j;
                    continue;
                }
            }
            i += 1;
        }
        out
    }

    fn in_paren(&self, tok: usize, paren: &[(usize, usize)]) -> bool {
        paren.iter().any(|&(a, b)| tok > a && tok < b)
    }

    fn inside_quote(&self, tok: usize) -> bool {
        self.quotes.iter().any(|&(a, b)| tok >= a && tok < b)
    }

    /// Whether mention `m` is a grammatical subject candidate: not possessive, not
    /// after a preposition.
    fn subject_like(&self, m: &Men, lo: usize) -> bool {
        let possessive = m.raw.end < self.doc.seg.tokens.len() && matches!(self.doc.tok(m.raw.end), "'s" | "\u{2019}s");
        let start = self.np_start(m, lo);
        let prev = (start > lo).then(|| self.w(start - 1));
        let prep = prev.as_deref().is_some_and(|w| {
            matches!(
                w,
                "of" | "to"
                    | "with"
                    | "for"
                    | "by"
                    | "from"
                    | "in"
                    | "at"
                    | "on"
                    | "between"
                    | "and"
                    | "about"
                    | "against"
                    | "'s"
                    | "\u{2019}s"
            )
        });
        // "Ms Lane's China trip ...": a possessive opening the sentence is its topic
        (!possessive || start == lo) && !prep
    }

    /// The first actor of the clause `[lo, at)` outside asides and quotes.
    fn clause_subject(&self, lo: usize, at: usize, paren: &[(usize, usize)]) -> Option<&'d Men> {
        let m = self.mentions_in(lo, at).find(|m| {
            self.is_actor(m)
                && !self.in_paren(m.raw.first, paren)
                && !self.inside_quote(m.raw.first)
                && self.subject_like(m, lo)
        })?;
        Some(self.owner_person(m, at).unwrap_or(m))
    }

    /// If non-person mention `m` only modifies a person's noun phrase ("Tory leader
    /// Neil Hart"), that person.
    fn owner_person(&self, m: &'d Men, hi: usize) -> Option<&'d Men> {
        if self.is_person(m) {
            return None;
        }
        self.mentions_in(m.raw.end, hi)
            .take(3)
            .find(|p| self.is_person(p) && self.np_start(p, m.raw.first) <= m.raw.first)
    }

    /// The actor that is the subject of the cue at `at`.
    fn subject(&self, at: usize, lo: usize, paren: &[(usize, usize)], noun: bool) -> Option<&'d Men> {
        let cue = self.w(at);
        // a pronoun right before (skipping auxiliaries): "he said", "she has warned"
        let mut k = at;
        while k > lo {
            let w = self.w(k - 1);
            if AUX.contains(&w.as_ref()) {
                k -= 1;
                continue;
            }
            if PRONOUNS_PERSON.contains(&w.as_ref()) {
                return self.pronoun(k - 1);
            }
            // "It also points out that ...": a body that spoke in the sentence before
            if w == "it" && k - 1 == self.doc.seg.sentences[self.doc.sent_of[at]].first_token {
                let si = self.doc.sent_of[at];
                return self
                    .last_speaker
                    .filter(|&(e, s)| si <= s + 1 && self.res.entities[e].kind == EntityType::Organization)
                    .and_then(|(e, _)| {
                        self.res
                            .mentions
                            .iter()
                            .rev()
                            .find(|m| m.entity == e && m.raw.first < at)
                    });
            }
            if matches!(
                w.as_ref(),
                "they" | "we" | "i" | "it" | "you" | "this" | "that" | "which"
            ) {
                return None;
            }
            break;
        }
        // "their support for", "its backing of": the subject of the clause
        let mut k = at;
        let mut n = 0;
        while k > lo && n < 4 {
            let w = self.w(k - 1);
            if matches!(w.as_ref(), "their" | "its") {
                return self.clause_subject(lo, k - 1, paren);
            }
            if !self.doc.is_word(k - 1) || self.mention_at(k - 1).is_some() {
                break;
            }
            k -= 1;
            n += 1;
        }
        // a cue inside a relative clause: the actor the clause hangs on
        if let Some(&(a, _)) = paren.iter().find(|&&(a, b)| at > a && at < b) {
            if a + 1 < at && matches!(self.w(a + 1).as_ref(), "who" | "which") && a > 0 {
                return self.mention_at(a - 1).filter(|m| self.is_actor(m));
            }
        }
        // a participle ("..., saying", "adding that") speaks for the clause's subject
        if cue.ends_with("ing") && at > lo && matches!(self.doc.tok(at - 1), ",") {
            return self.clause_subject(lo, at, paren);
        }
        let mut best: Option<&'d Men> = None;
        for m in self.mentions_in(lo, at) {
            if self.in_paren(m.raw.first, paren)
                || !self.is_actor(m)
                || self.inside_quote(m.raw.first) != self.inside_quote(at)
            {
                continue;
            }
            let owned = m.raw.first > lo && matches!(self.doc.tok(m.raw.first - 1), "'s" | "\u{2019}s");
            // "Ms Lane's China trip": China only modifies; "NATO's Dekker": Dekker is the head
            // ... but "Cherie Shore's Matrix Chambers" is owned by a person: no head
            let owner_is_person =
                owned && m.raw.first >= lo + 2 && self.mention_at(m.raw.first - 2).is_some_and(|o| self.is_person(o));
            if owned && (!self.is_person(m) || owner_is_person) {
                continue;
            }
            best = Some(m);
        }
        let m = best?;
        // "A US firm has said", "a French court ruled": the state only describes a
        // firm or court, which is no actor ("French diplomats said" stays the state)
        let describes_body = self.res.entities[m.entity].kind == EntityType::Country
            && m.raw.end < at
            && self.doc.is_word(m.raw.end)
            && {
                let next = self.w(m.raw.end);
                next.starts_with(char::is_lowercase)
                    && (self.doc.lex.is(&next, WordClass::ORGNOUN)
                        || matches!(next.as_ref(), "court" | "judge" | "report" | "study" | "survey"))
            };
        if describes_body {
            return None;
        }
        // the subject may be a modifier of a person right after it: that person
        let gap = m.raw.end..at;
        // "A lawyer for the victims, Eduardo Contreras, told": a name closed by a comma
        let closing_comma = |i: usize| i + 1 == at && i == m.raw.end;
        let clause_break = gap.clone().any(|i| {
            if self.in_paren(i, paren) || paren.iter().any(|&(a, b)| a == i || b == i) || closing_comma(i) {
                return false;
            }
            matches!(self.doc.tok(i), ";" | ":" | "," | "(" | ")")
                || matches!(
                    self.w(i).as_ref(),
                    "and" | "but" | "that" | "which" | "who" | "because" | "while"
                )
        });
        let possessive = matches!(
            self.doc.tok(m.raw.end.min(self.doc.seg.tokens.len() - 1)),
            "'s" | "\u{2019}s"
        );
        let gap_words = gap
            .filter(|&i| !self.in_paren(i, paren) && !paren.iter().any(|&(a, b)| a == i || b == i))
            .count();
        // an object of a preposition is no subject ("met with X to discuss ... for Y");
        // a possessive owns only a noun cue ("Ms Lane's ... meetings with")
        // "Ruth Lane and Hugh Dunn met": the second of coordinated subjects
        let coordinated = {
            let mut k = self.np_start(m, lo);
            while k > lo && matches!(self.w(k - 1).as_ref(), "the" | "a" | "an") {
                k -= 1;
            }
            k >= lo + 2
                && self.w(k - 1) == "and"
                && self
                    .mention_at(k - 2)
                    .is_some_and(|o| self.is_actor(o) && self.subject_like(o, lo))
        };
        let object = !(self.subject_like(m, lo) || coordinated || possessive && self.np_start(m, lo) == lo);
        if clause_break || (possessive && !noun) || object || gap_words > 6 {
            None
        } else {
            Some(m)
        }
    }

    /// Resolves "he"/"she" at token `at`: a person named as a subject earlier in the
    /// sentence, else the subject of one of the three sentences before, else the last
    /// speaker.
    fn pronoun(&self, at: usize) -> Option<&'d Men> {
        let si = self.doc.sent_of[at];
        let first = self.doc.seg.sentences[si].first_token;
        let trailing =
            at > first && (matches!(self.doc.tok(at - 1), ",") || self.doc.seg.tokens[at - 1].kind == TokenKind::Quote);
        let top = if trailing && si > 0 { si - 1 } else { si };
        for s in (si.saturating_sub(3)..=top).rev() {
            let sent = &self.doc.seg.sentences[s];
            let hi = if s == si { at } else { sent.end_token };
            // a sentence before whose speaker is known: "He said ... . '...,' he said"
            if let Some(e) = self.sentence_speaker.get(s).copied().flatten().filter(|_| s < si) {
                if self.is_person_entity(e) && self.gender_fits(e, at) {
                    return self
                        .res
                        .mentions
                        .iter()
                        .rev()
                        .find(|m| m.entity == e && m.raw.first < at);
                }
            }
            let cand = self.mentions_in(sent.first_token, hi).find(|m| {
                self.is_person(m)
                    && !self.inside_quote(m.raw.first)
                    && self.subject_like(m, sent.first_token)
                    && self.gender_fits(m.entity, at)
                    && self.surely_a_person(m)
            });
            if let Some(m) = cand {
                return Some(m);
            }
        }
        let recent = self.last_speaker.filter(|&(_, s)| si <= s + 3).map(|(e, _)| e);
        // nobody named nearby: the article's main person ("he" through a biography)
        let e = recent.or_else(|| self.main_person().filter(|&e| self.gender_fits(e, at)))?;
        self.res
            .mentions
            .iter()
            .rev()
            .find(|m| m.entity == e && m.raw.first < at)
    }

    /// The person named clearly more often than anyone else: at least three times and
    /// twice as often as the runner-up.
    fn main_person(&self) -> Option<usize> {
        super::resolve::clear_leader(self.res.mentions.iter().filter(|m| self.is_person(m)).map(|m| m.entity))
    }

    /// Whether person mention `m` is known to name a person, not just taken for one: a
    /// given name we know, a title, or more than one mention ("Militant Tendency", named
    /// once, is no antecedent for "he").
    fn surely_a_person(&self, m: &Men) -> bool {
        let e = m.entity;
        let name = &self.res.entities[e].name;
        let given = name
            .split_whitespace()
            .next()
            .is_some_and(|w| self.doc.lex.first_names.contains(&w.to_lowercase()));
        let mentions = self.res.mentions.iter().filter(|x| x.entity == e);
        given || mentions.clone().any(|x| x.raw.title.is_some()) || mentions.count() > 1
    }

    /// Whether person `e` may be what the pronoun at `at` stands for: "he" is not a
    /// woman (a female given name, or Mrs, Ms, Lady, Baroness ...), "she" not a man
    /// (Mr, Sir, Lord ...). Unknown gender fits both.
    fn gender_fits(&self, e: usize, at: usize) -> bool {
        let he = matches!(self.w(at).as_ref(), "he" | "his" | "him");
        let she = matches!(self.w(at).as_ref(), "she" | "her");
        if !he && !she {
            return true;
        }
        let first_name = self.res.entities[e]
            .name
            .split_whitespace()
            .next()
            .map(str::to_lowercase);
        let mut female = first_name
            .as_deref()
            .is_some_and(|n| self.doc.lex.female_names.contains(n));
        let mut male = false;
        for m in self.res.mentions.iter().filter(|m| m.entity == e) {
            match m.raw.title.as_deref().map(str::to_lowercase).as_deref() {
                Some("mrs" | "ms" | "miss" | "lady" | "baroness" | "dame" | "queen" | "princess" | "duchess") => {
                    female = true
                }
                Some("mr" | "sir" | "lord" | "baron" | "king" | "prince" | "duke") => male = true,
                _ => {}
            }
        }
        if he {
            !female || male
        } else {
            !male || female
        }
    }

    /// The actors of the noun phrase starting at `from`: leading determiners and a few
    /// modifiers, then mentions joined by commas, "and", "or"; a person in the phrase
    /// stands for it (its country or party in front only modifies it).
    fn objects(&self, from: usize, hi: usize) -> Vec<&'d Men> {
        let mut i = from;
        let mut skipped = 0;
        let mut found: Vec<&'d Men> = Vec::new();
        while i < hi {
            if let Some(m) = self.mention_at(i) {
                if self.is_actor(m) {
                    found.push(m);
                }
                i = m.raw.end;
                // a possessive ends the phrase at its owner: "Shore's government" -> Shore
                if i < hi && matches!(self.doc.tok(i), "'s" | "\u{2019}s") {
                    break;
                }
                continue;
            }
            let w = self.w(i);
            let t = self.doc.tok(i);
            if t == "," || w == "and" || w == "or" || w == "&" {
                if found.is_empty() && t == "," {
                    break;
                }
                skipped = 0;
                i += 1;
                continue;
            }
            if !self.doc.is_word(i) || STOP.contains(&w.as_ref()) || skipped >= 4 {
                break;
            }
            skipped += 1;
            i += 1;
        }
        if found.iter().any(|m| self.is_person(m)) {
            found.retain(|m| self.is_person(m));
        }
        found
    }

    /// Whether the cue at `c0` is in the passive voice ("was criticised by").
    fn passive(&self, c0: usize, lo: usize) -> bool {
        // "is meeting", "was backing": a progressive, not a passive
        if self.w(c0).ends_with("ing") {
            return false;
        }
        let mut k = c0;
        while k > lo {
            let w = self.w(k - 1);
            if matches!(
                w.as_ref(),
                "was" | "were" | "been" | "be" | "being" | "is" | "are" | "get" | "got"
            ) {
                return true;
            }
            if w.ends_with("ly") || matches!(w.as_ref(), "also" | "widely" | "repeatedly" | "not") {
                k -= 1;
                continue;
            }
            return false;
        }
        false
    }

    fn sentence(&mut self, si: usize, quotes: &[(usize, usize)], quote_speaker: &mut [Option<usize>]) {
        let s = &self.doc.seg.sentences[si];
        let (lo, hi) = (s.first_token, s.end_token);
        let paren = self.parentheticals(lo, hi);
        self.affiliations(si, lo, hi, &paren);
        self.memberships(si, lo, hi);
        let cues = self.cues_in(lo, hi);
        let mut spoke = false;
        // the end of a statement made in this sentence ("X said that ..."): cues inside it
        // are reported, and a speech cue inside it is part of it
        let mut statement: Option<(usize, usize)> = None;
        for &(c0, c1, cue) in &cues {
            let cue_text = self.span_text(c0, c1);
            // a cue inside an aside works within it
            let clause_lo = paren
                .iter()
                .find(|&&(a, b)| c0 > a && c0 < b)
                .map_or(lo, |&(a, _)| a + 1);
            if self.negated(c0, clause_lo) {
                continue;
            }
            let in_statement = statement.is_some_and(|(a, b)| c0 >= a && c0 < b);
            let modality = if self.inside_quote(c0) || in_statement {
                Modality::Reported
            } else {
                self.modality(c0, clause_lo)
            };
            if cue.frame == "speech" {
                if in_statement {
                    continue;
                }
                if let Some(end) = self.speech(si, lo, hi, c0, c1, &cue_text, &paren, quotes, quote_speaker) {
                    spoke = true;
                    statement = Some((c1, end));
                }
                continue;
            }
            let rel_type = cue.relation;
            if (cue.frame == "verb" && self.passive(c0, clause_lo)) || cue.frame == "passive" {
                // Y was criticised by X
                if c1 < hi && self.w(c1) == "by" {
                    let agents = self.objects(c1 + 1, hi);
                    let patient = self
                        .mentions_in(clause_lo, c0)
                        .find(|m| self.is_actor(m) && !self.in_paren(m.raw.first, &paren))
                        .map(|m| self.owner_person(m, c0).unwrap_or(m));
                    if let Some(p) = patient {
                        for a in agents {
                            self.push(a.entity, rel_type, p.entity, si, &cue_text, modality, None, "passive");
                        }
                    }
                }
                continue;
            }
            let objects = self.objects(c1, hi);
            if self.w(c1 - 1) == "between" && rel_type == RelationType::MetWith {
                for (k, a) in objects.iter().enumerate() {
                    for b in &objects[k + 1..] {
                        self.push(
                            a.entity,
                            rel_type,
                            b.entity,
                            si,
                            &cue_text,
                            modality,
                            None,
                            "noun-between",
                        );
                    }
                }
                continue;
            }
            let Some(subj) = self.subject(c0, clause_lo, &paren, cue.frame == "noun") else {
                continue;
            };
            let mut targets: Vec<usize> = objects.iter().map(|m| m.entity).collect();
            if targets.is_empty() && rel_type == RelationType::MetWith {
                // "held talks in Beijing": a meeting in a capital is a meeting with its state
                targets.extend(self.capital_after(c1, hi));
            }
            if targets.is_empty() && rel_type == RelationType::MetWith {
                // "Bosses of X and the Y are to meet", "A and B met": the subjects meet
                let mut k = self.np_start(subj, clause_lo);
                while k > clause_lo && matches!(self.w(k - 1).as_ref(), "the" | "a" | "an") {
                    k -= 1;
                }
                if k >= clause_lo + 2 && self.w(k - 1) == "and" {
                    if let Some(other) = self.mention_at(k - 2).filter(|m| self.is_actor(m)) {
                        targets.push(other.entity);
                    }
                }
            }
            if targets.is_empty() && matches!(rel_type, RelationType::Opposes | RelationType::Supports) {
                // "oppose any bid from X", "defended the purchase by X": the thing
                // opposed or backed belongs to the actor after "from" or "by"
                targets.extend(self.owner_after(c1, hi).map(|m| m.entity));
            }
            let rule = if cue.frame == "noun" { "noun" } else { "verb" };
            for t in targets {
                self.push(subj.entity, rel_type, t, si, &cue_text, modality, None, rule);
            }
        }
        // a quote opening here without an attribution of its own continues the words
        // of the last speaker (the quote before it, or reported speech just before)
        if !spoke {
            for (qi, &(a, b)) in quotes.iter().enumerate() {
                if a < lo || a >= hi || quote_speaker[qi].is_some() {
                    continue;
                }
                let prev = qi.checked_sub(1).and_then(|p| {
                    quote_speaker[p].map(|sp| (self.doc.sent_of[quotes[p].1.saturating_sub(1).max(quotes[p].0)], sp))
                });
                let speaker = prev.or(self.last_speaker.map(|(e, s)| (s, e)));
                if let Some((at, sp)) = speaker {
                    if si <= at + 2 {
                        quote_speaker[qi] = Some(sp);
                        self.said_about(sp, a, b, "continued quote", "quote-continued");
                    }
                }
            }
        }
    }

    /// The actor that owns the noun phrase after a cue: "any bid from X", "the
    /// purchase by X" (within six words, before any clause boundary).
    fn owner_after(&self, from: usize, hi: usize) -> Option<&'d Men> {
        let mut k = from;
        while k < hi && k < from + 6 {
            let w = self.w(k);
            if !self.doc.is_word(k) || matches!(w.as_ref(), "that" | "which" | "who" | "and" | "but" | "to" | "of") {
                return None;
            }
            if matches!(w.as_ref(), "from" | "by") && k > from {
                let mut t = k + 1;
                while t < hi && matches!(self.w(t).as_ref(), "the" | "a" | "an") {
                    t += 1;
                }
                return self.objects(t, hi).into_iter().next();
            }
            if self.mention_at(k).is_some() {
                return None;
            }
            k += 1;
        }
        None
    }

    /// A capital right after a meeting noun ("talks in Beijing"): its state.
    fn capital_after(&self, from: usize, hi: usize) -> Option<usize> {
        if from + 1 < hi && self.w(from) == "in" {
            let m = self.mention_at(from + 1)?;
            let name = self.doc.tok(m.raw.first);
            let lex = self.doc.lex;
            let actor = lex
                .forms
                .iter()
                .find(|(f, _, k)| *k == crate::lexicon::Form::Capital && f == name)
                .map(|(_, a, _)| *a)?;
            return self.res.entities.iter().position(|e| e.lexicon == Some(actor));
        }
        None
    }

    /// Where the noun phrase of person mention `p` starts: its title and the country,
    /// party or body in front of it ("Lib Dem foreign affairs spokesman").
    fn np_start(&self, p: &Men, lo: usize) -> usize {
        let mut k = p.raw.title_first.min(p.raw.first);
        let office = p.raw.office;
        let mut words = 0;
        while k > lo && words < 5 {
            let prev = k - 1;
            if let Some(m) = self.mention_at(prev) {
                if self.is_person(m) {
                    break;
                }
                k = m.raw.first;
                words += 1;
                continue;
            }
            let w = self.w(prev);
            let modifier = self.doc.is_word(prev)
                && w.chars().next().is_some_and(char::is_lowercase)
                && !STOP.contains(&w.as_ref())
                && !DETERMINERS.contains(&w.as_ref())
                && !AUX.contains(&w.as_ref())
                && !matches!(w.as_ref(), "and" | "or" | "but");
            if matches!(w.as_ref(), "'s" | "\u{2019}s") || (office && modifier) {
                k -= 1;
                words += 1;
                continue;
            }
            break;
        }
        k
    }

    /// Handles a speech cue: finds the speaker and the statement, and adds said-about
    /// edges to every actor the statement names. Returns whether a speaker was found.
    #[allow(clippy::too_many_arguments)]
    fn speech(
        &mut self,
        si: usize,
        lo: usize,
        hi: usize,
        c0: usize,
        c1: usize,
        cue: &str,
        paren: &[(usize, usize)],
        quotes: &[(usize, usize)],
        quote_speaker: &mut [Option<usize>],
    ) -> Option<usize> {
        if self.inside_quote(c0) {
            return None;
        }
        let lc = cue.to_lowercase();
        // "according to X", "claims from X", "comments by X": the speaker follows
        let speaker_after = lc.starts_with("according") || lc.ends_with(" from") || lc.ends_with(" by");
        let mut modality = Modality::Asserted;
        let speaker: Option<&'d Men> = if speaker_after {
            self.objects(c1, hi).into_iter().next()
        } else if self.passive(c0, lo) {
            // "X is said to believe ...": X's reported view; "X is said to have met" is no speech
            let believes = c1 + 1 < hi
                && self.w(c1) == "to"
                && matches!(
                    self.w(c1 + 1).as_ref(),
                    "believe" | "think" | "feel" | "want" | "favour" | "favor" | "fear" | "regard"
                );
            if !believes {
                return None;
            }
            modality = Modality::Reported;
            self.subject(c0, lo, paren, false)
        } else {
            self.subject(c0, lo, paren, false).or_else(|| {
                // inverted: "..., said Mr Dunn" / "says the Times" / "said BA director
                // of commercial planning, Robert Boyle" (the person the titles describe)
                // ("told" takes its audience after it, never its speaker)
                (c0 > lo
                    && matches!(self.doc.tok(c0 - 1), "," | "\"" | "\u{201D}" | "'")
                    && !matches!(lc.split_whitespace().next(), Some("told" | "tell" | "tells")))
                .then(|| {
                    let first = self.objects(c1, hi).into_iter().next()?;
                    if self.is_person(first) {
                        return Some(first);
                    }
                    let near = self
                        .mentions_in(first.raw.end, hi.min(first.raw.end + 10))
                        .find(|m| self.is_person(m));
                    Some(near.filter(|p| self.np_reaches(p, first)).unwrap_or(first))
                })
                .flatten()
            })
        };
        let sp = speaker.filter(|sp| self.is_actor(sp))?;
        // co-subjects speak together: "The Tories and the Lib Dems have called for"
        let mut speakers = vec![sp];
        let mut k = self.np_start(sp, lo);
        // ("the FAO and the WFP said": past the determiner to the conjunction)
        while k > lo && matches!(self.w(k - 1).as_ref(), "the" | "a" | "an") {
            k -= 1;
        }
        while k >= lo + 2 && matches!(self.w(k - 1).as_ref(), "and" | ",") {
            match self.mention_at(k - 2).filter(|m| self.is_actor(m)) {
                Some(m) if !speaker_after => {
                    speakers.push(m);
                    k = self.np_start(m, lo);
                }
                _ => break,
            }
        }
        // "..., as did Conservative leader Neil Hart and ...": more speakers
        for i in lo..hi.saturating_sub(1) {
            if self.w(i) == "as" && matches!(self.w(i + 1).as_ref(), "did" | "does" | "has" | "have") {
                for m in self.objects(i + 2, hi) {
                    if !speakers.iter().any(|s| s.entity == m.entity) {
                        speakers.push(m);
                    }
                }
            }
        }
        let speaker_ids: Vec<usize> = speakers.iter().map(|m| m.entity).collect();
        self.last_speaker = Some((sp.entity, si));
        // ("claims from X" names a speaker who is not the sentence's subject)
        if !speaker_after {
            self.sentence_speaker[si] = Some(sp.entity);
        }
        // the audience of "told" is not what the statement is about
        let told = lc.starts_with("told") || lc.starts_with("tell");
        let mut audience: Vec<&'d Men> = if told { self.objects(c1, hi) } else { Vec::new() };
        // "told BBC Radio 4's Today programme": the outlet's programme is the audience too
        if let Some(last) = audience.last().copied() {
            if last.raw.end + 1 < hi && matches!(self.doc.tok(last.raw.end), "'s" | "\u{2019}s") {
                audience.extend(self.mention_at(last.raw.end + 1));
            }
        }
        let after_from = audience.last().map_or(c1, |m| m.raw.end.max(c1));
        // what was said: the words after the cue when there are some ("X said that ..."),
        // else the words before the speaker (a trailing "..., X said")
        let words_after = (after_from..hi)
            .filter(|&i| self.doc.is_word(i) && !self.inside_quote(i))
            .count();
        // a speaker named in an earlier sentence ("..., he said") ends the words at the cue
        let speaker_lo = if sp.raw.first < lo || sp.raw.first >= hi {
            c0
        } else {
            speakers.iter().map(|m| self.np_start(m, lo)).min().unwrap_or(lo)
        };
        // "..., said Ulrich Schulte-Strathaus, secretary general of X": the words said
        // come before the cue, the rest describes the speaker
        let inverted = !speaker_after && sp.raw.first >= c1;
        let (from, to) = if inverted {
            (lo, c0)
        } else if speaker_after {
            let end = self.objects(c1, hi).first().map_or(c1, |m| m.raw.end);
            if c0 > lo + 2 {
                (lo, c0)
            } else {
                (end, hi)
            }
        } else if lc.ends_with("ing") {
            // "X paid tribute to Y, saying ...": the whole clause is the statement
            (lo, hi)
        } else if words_after >= 3 {
            (after_from, hi)
        } else {
            (lo, speaker_lo)
        };
        let targets: Vec<&'d Men> = self
            .mentions_in(lo, hi)
            .filter(|m| !speaker_ids.contains(&m.entity) && self.is_actor(m))
            .filter(|m| {
                let attached_quote = self.inside_quote(m.raw.first) && self.quote_attached(m.raw.first, c0, quotes);
                let in_content = m.raw.first >= from && m.raw.end <= to && !self.in_paren(m.raw.first, paren);
                // "said ING analyst Gerard Rijk of Inbev's strong performance": said of X
                let said_of = m.raw.first > c1 && self.w(m.raw.first - 1) == "of" && {
                    let before_of = m.raw.first - 1;
                    before_of == c1 || speakers.iter().any(|sp| sp.raw.end == before_of)
                };
                (in_content && !self.inside_quote(m.raw.first)) || attached_quote || said_of
            })
            .filter(|m| !audience.iter().any(|a| a.raw.first == m.raw.first))
            // "in his speech to the Commons", "an interview with the BBC": the audience
            .filter(|m| !self.addressed(m, lo))
            // a party or country in front of a person only describes that person
            // ("Democrat John Kerry", "Tory leader Neil Hart")
            .filter(|m| self.is_person(m) || self.owner_person(m, hi).is_none())
            .collect();
        let rule = if speaker_after { "speaker-after" } else { "speech" };
        for s in &speaker_ids {
            for t in &targets {
                self.push(*s, RelationType::SaidAbout, t.entity, si, cue, modality, None, rule);
            }
        }
        // quotes attributed to this cue: ending right before it (", he said") or opening
        // right after it ("said: ...")
        for (qi, &(a, b)) in quotes.iter().enumerate() {
            let ends_before = b <= c0 && b > lo && b + 4 >= sp.raw.first.min(c0);
            let opens_after = a >= c1 && a <= after_from.max(c1) + 4;
            if (ends_before || opens_after) && quote_speaker[qi].is_none() {
                quote_speaker[qi] = Some(sp.entity);
                if a < lo || b > hi {
                    self.said_about(sp.entity, a, b, cue, "quote");
                }
            }
        }
        // later speech cues inside the statement are part of it
        Some(if words_after >= 3 && !speaker_after { hi } else { c1 })
    }

    /// Whether mention `m` is the audience of a speech noun: "speech to the Commons",
    /// "an interview with the BBC", "a statement to MPs".
    fn addressed(&self, m: &Men, lo: usize) -> bool {
        let mut k = m.raw.first;
        while k > lo && matches!(self.w(k - 1).as_ref(), "the" | "a" | "an") {
            k -= 1;
        }
        if k < lo + 2 || !matches!(self.w(k - 1).as_ref(), "to" | "with" | "before") {
            return false;
        }
        (k.saturating_sub(5).max(lo)..k - 1).any(|i| {
            matches!(
                self.w(i).as_ref(),
                "speech" | "statement" | "address" | "interview" | "briefing" | "conference" | "evidence" | "letter"
            )
        })
    }

    /// Whether person `p`'s noun phrase (titles and commas of an inverted attribution)
    /// reaches back to mention `m`: "BA director of commercial planning, Robert Boyle".
    fn np_reaches(&self, p: &Men, m: &Men) -> bool {
        (m.raw.end..p.raw.first).all(|i| {
            let w = self.w(i);
            self.doc.is_word(i) && w.starts_with(char::is_lowercase) && !AUX.contains(&w.as_ref()) || w == ","
        })
    }

    /// Whether the quote holding token `tok` is attributed by the cue at `c0`.
    fn quote_attached(&self, tok: usize, c0: usize, quotes: &[(usize, usize)]) -> bool {
        quotes
            .iter()
            .find(|&&(a, b)| tok >= a && tok < b)
            .is_some_and(|&(a, b)| b <= c0 || a >= c0)
    }

    /// said-about from `speaker` to every actor inside the token range.
    fn said_about(&mut self, speaker: usize, a: usize, b: usize, cue: &str, rule: &'static str) {
        let targets: Vec<(usize, usize)> = self
            .mentions_in(a, b)
            .filter(|m| self.is_actor(m))
            .map(|m| (m.entity, m.raw.sentence))
            .collect();
        for (t, sent) in targets {
            self.push(
                speaker,
                RelationType::SaidAbout,
                t,
                sent,
                cue,
                Modality::Asserted,
                None,
                rule,
            );
        }
    }

    /// The longest title phrase starting at token `k` (lower or title case): its end
    /// and kind.
    fn title_phrase_at(&self, k: usize, hi: usize) -> Option<(usize, TitleKind)> {
        let lex = self.doc.lex;
        let mut best = None;
        for n in 1..=lex.max_title_words {
            let end = k + n;
            if end > hi || !self.doc.is_word(end - 1) {
                break;
            }
            if let Some(kind) = lex.title(&self.span_text(k, end).to_lowercase()) {
                best = Some((end, kind));
            }
        }
        best
    }

    /// Records that `who` is affiliated with `body` (asserted), with its role.
    fn affiliate(&mut self, who: usize, body: usize, si: usize, cue: &str, role: Option<String>, rule: &'static str) {
        self.push(
            who,
            RelationType::AffiliatedWith,
            body,
            si,
            cue,
            Modality::Asserted,
            role,
            rule,
        );
    }

    /// The state a title belongs to ("foreign secretary" -> United Kingdom), when that
    /// state is an actor of the document.
    fn implied_affiliation(&mut self, p: &Men, si: usize) {
        let Some(title) = p.raw.title.as_deref() else {
            return;
        };
        let lex = self.doc.lex;
        let Some(country) = lex.title_country.get(&title.to_lowercase()) else {
            return;
        };
        let target = if country == "*" {
            self.dominant_country()
        } else {
            self.res
                .entities
                .iter()
                .position(|e| e.lexicon.is_some_and(|a| lex.actors[a].name == *country))
                .filter(|&e| self.res.mentions.iter().any(|m| m.entity == e))
        };
        if let Some(t) = target {
            let cue = self.span_text(p.raw.title_first, p.raw.end);
            self.affiliate(p.entity, t, si, &cue, Some(title.to_string()), "title-implies");
        }
    }

    /// The country the article is about: mentioned at least twice and more often than
    /// any other country.
    fn dominant_country(&self) -> Option<usize> {
        let mut counts: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
        for m in &self.res.mentions {
            if self.res.entities[m.entity].kind == EntityType::Country {
                *counts.entry(m.entity).or_default() += 1;
            }
        }
        let mut v: Vec<(usize, usize)> = counts.into_iter().map(|(e, c)| (c, e)).collect();
        v.sort_unstable_by(|a, b| b.cmp(a));
        match v.as_slice() {
            [(c, e)] if *c >= 2 => Some(*e),
            [(c, e), (c2, _), ..] if *c >= 2 && c > c2 => Some(*e),
            _ => None,
        }
    }

    /// Members listed for a named group: "the coalition ... including Australia,
    /// Canada and Japan"; a negated listing ("which does not include") gives nothing.
    fn memberships(&mut self, si: usize, lo: usize, hi: usize) {
        let named_group = self
            .mentions_in(lo, hi)
            .find(|m| self.res.entities[m.entity].kind == EntityType::Group);
        for i in lo..hi {
            // a named group anywhere in the sentence, or a body right before the listing
            // ("the commission - which includes singer Bob Geldof")
            let body = (lo..i)
                .rev()
                .take(3)
                .take_while(|&k| {
                    matches!(self.w(k).as_ref(), "," | "-" | "\u{2013}" | "which" | "that" | "who")
                        || self.mention_at(k).is_some()
                })
                .find_map(|k| self.mention_at(k))
                .filter(|m| self.res.entities[m.entity].kind == EntityType::Organization);
            let Some(group) = body.or(named_group) else {
                continue;
            };
            let w = self.w(i);
            let from = match w.as_ref() {
                "including" | "include" | "includes" => i + 1,
                "likes" if i + 1 < hi && self.w(i + 1) == "of" => i + 2,
                "such" if i + 1 < hi && self.w(i + 1) == "as" => i + 2,
                _ => continue,
            };
            if self.negated(i, lo) {
                continue;
            }
            let members: Vec<usize> = self
                .objects(from, hi)
                .iter()
                .filter(|m| {
                    let kind = self.res.entities[m.entity].kind;
                    kind == EntityType::Country || (kind == EntityType::Person && body.is_some())
                })
                .map(|m| m.entity)
                .collect();
            let cue = self.span_text(i, from);
            for m in members {
                self.affiliate(m, group.entity, si, &cue, Some("member".into()), "group-members");
            }
        }
    }

    /// Office holders, party members, envoys, appositions and presidencies.
    fn affiliations(&mut self, si: usize, lo: usize, hi: usize, paren: &[(usize, usize)]) {
        let people: Vec<&'d Men> = self.mentions_in(lo, hi).filter(|m| self.is_person(m)).collect();
        // "who was expelled from the party": the tie was cut, the title no longer binds
        let cut = (lo..hi).any(|i| {
            matches!(
                self.w(i).as_ref(),
                "expelled" | "quit" | "sacked" | "ousted" | "defected" | "resigned"
            )
        });
        for &p in &people {
            if cut {
                continue;
            }
            // 1. a country, party or body in front: "French President X", "Lib Dem
            //    foreign affairs spokesman X", "NATO's Dekker", "Democrat John Kerry"
            let np = self.np_start(p, lo);
            let front = self
                .mentions_in(np, p.raw.first)
                .find(|m| self.is_actor(m) && !self.is_person(m));
            if front.is_none() {
                // "Foreign Secretary Ruth Lane": an office of one state's institutions
                self.implied_affiliation(p, si);
            }
            if let Some(m) = front {
                let role = p.raw.title.clone().or_else(|| Some("member".to_string()));
                let cue = self.span_text(m.raw.first, p.raw.end);
                self.affiliate(p.entity, m.entity, si, &cue, role, "title-prefix");
            }
            // 2. "his special envoy X": the person the pronoun stands for
            if p.raw.title.is_some() && p.raw.title_first > lo {
                let w = self.w(p.raw.title_first - 1);
                if matches!(w.as_ref(), "his" | "her") {
                    if let Some(owner) = self.pronoun(p.raw.title_first - 1) {
                        let role = p.raw.title.clone();
                        let cue = self.span_text(p.raw.title_first - 1, p.raw.end);
                        self.affiliate(p.entity, owner.entity, si, &cue, role, "possessive-title");
                    }
                }
            }
        }
        // 3. apposition: "X, a former British defence attache to Kyiv," / "X, from HRW," /
        //    "X, director of civil rights group Liberty," / "the Lords, the UK's highest court,"
        let actors: Vec<&'d Men> = self.mentions_in(lo, hi).filter(|m| self.is_actor(m)).collect();
        for p in actors {
            if p.raw.end >= hi || self.doc.tok(p.raw.end) != "," {
                continue;
            }
            let mut j = p.raw.end + 1;
            while j < hi && !matches!(self.doc.tok(j), "," | ";" | "." | "\u{2013}" | "\u{2014}" | ":") {
                j += 1;
            }
            let phrase = p.raw.end + 1..j;
            if phrase.is_empty() || phrase.len() > 12 {
                continue;
            }
            let first = self.w(phrase.start);
            if matches!(first.as_ref(), "who" | "which" | "and" | "but") {
                continue;
            }
            // the first title in the phrase, whole ("chief executive", not "chief")
            let role = phrase.clone().find_map(|i| {
                self.title_phrase_at(i, phrase.end)
                    .map(|(end, _)| self.span_text(i, end).to_lowercase())
            });
            let from = matches!(first.as_ref(), "from" | "of");
            let owner_possessive = phrase.clone().any(|i| matches!(self.doc.tok(i), "'s" | "\u{2019}s"));
            let person = self.is_person(p);
            // "X, a former Swedish diplomat,": a state's demonym describing the person
            let described = matches!(first.as_ref(), "a" | "an")
                && self.mentions_in(phrase.start, phrase.end).any(|m| {
                    self.res.entities[m.entity].kind == EntityType::Country
                        && m.raw.end < phrase.end
                        && self.doc.is_word(m.raw.end)
                        && self.w(m.raw.end).starts_with(char::is_lowercase)
                });
            if !((role.is_some() || from || described) && person || owner_possessive && first == "the") {
                continue;
            }
            let target = self.mentions_in(phrase.start, phrase.end).find(|m| self.is_actor(m));
            if let Some(t) = target {
                let cue = self.span_text(phrase.start, phrase.end);
                let role = role.or_else(|| (!from).then(|| self.w(phrase.end - 1).into_owned()));
                self.affiliate(p.entity, t.entity, si, &cue, role, "apposition");
            }
        }
        // 5. a body described by its state: "Belgian brewing giant Inbev", "US beermaker X"
        let bodies: Vec<&'d Men> = self
            .mentions_in(lo, hi)
            .filter(|m| self.res.entities[m.entity].kind == EntityType::Organization)
            .collect();
        for b in bodies {
            let mut k = b.raw.first;
            let mut nouns = 0;
            while k > lo && nouns < 3 && self.doc.is_word(k - 1) && self.mention_at(k - 1).is_none() {
                let w = self.w(k - 1);
                if !w.starts_with(char::is_lowercase) || STOP.contains(&w.as_ref()) || DETERMINERS.contains(&w.as_ref())
                {
                    break;
                }
                k -= 1;
                nouns += 1;
            }
            let described = (k..b.raw.first).any(|i| self.doc.lex.is(&self.w(i), WordClass::ORGNOUN));
            if nouns == 0 || !described || k == lo {
                continue;
            }
            // "Brazil's biggest beer firm Ambev": the state may own the description
            let owner = if k >= lo + 2 && matches!(self.doc.tok(k - 1), "'s" | "\u{2019}s") {
                k - 2
            } else {
                k - 1
            };
            if let Some(c) = self
                .mention_at(owner)
                .filter(|m| self.res.entities[m.entity].kind == EntityType::Country)
            {
                let cue = self.span_text(c.raw.first, b.raw.end);
                let role = self.w(b.raw.first - 1).into_owned();
                self.affiliate(b.entity, c.entity, si, &cue, Some(role), "body-prefix");
            }
        }
        // 6. "Ofsted chief, David Bell", "BA director of commercial planning, Robert
        //    Boyle": a body, a role with a title in it, a comma, then the person
        for &p in &people {
            let start = p.raw.title_first.min(p.raw.first);
            if start < lo + 3 || self.doc.tok(start - 1) != "," {
                continue;
            }
            let mut k = start - 1;
            let mut title = None;
            while k > lo && start - k <= 7 && self.mention_at(k - 1).is_none() {
                let w = self.w(k - 1);
                if !self.doc.is_word(k - 1) || !w.starts_with(char::is_lowercase) || AUX.contains(&w.as_ref()) {
                    break;
                }
                if title.is_none() && self.doc.lex.title(&w).is_some() {
                    title = Some(w.into_owned());
                }
                k -= 1;
            }
            let Some(title) = title else {
                continue;
            };
            // the body opens the phrase ("Ofsted chief, X"; not "his term as US
            // president, X", where the office is someone else's)
            let body = k
                .checked_sub(1)
                .and_then(|b| self.mention_at(b))
                .filter(|m| self.is_actor(m) && !self.is_person(m))
                .filter(|m| {
                    m.raw.first == lo
                        || !matches!(
                            self.w(m.raw.first - 1).as_ref(),
                            "as" | "his" | "her" | "their" | "its" | "our"
                        )
                });
            if let Some(b) = body {
                let cue = self.span_text(b.raw.first, p.raw.end);
                self.affiliate(p.entity, b.entity, si, &cue, Some(title), "title-comma");
            }
        }
        // 8. "Simon Hart of the Countryside Alliance", "co-chairman of the Conservative
        //    Party, Liam Fox": a person and a body joined by "of"
        for &p in &people {
            // the person first: "X of the Y"
            let mut k = p.raw.end;
            if k + 1 < hi && matches!(self.w(k).as_ref(), "of" | "from") {
                k += 1;
                while k < hi && self.w(k) == "the" {
                    k += 1;
                }
                // ("Gerard Rijk of Inbev's strong performance" speaks of the body)
                let body = self.mention_at(k).filter(|m| {
                    m.raw.first == k
                        && self.res.entities[m.entity].kind == EntityType::Organization
                        && !(m.raw.end < hi && matches!(self.doc.tok(m.raw.end), "'s" | "\u{2019}s"))
                });
                if let Some(b) = body {
                    let cue = self.span_text(p.raw.first, b.raw.end);
                    let role = Some(self.w(p.raw.end).into_owned());
                    self.affiliate(p.entity, b.entity, si, &cue, role, "person-of-body");
                }
            }
            // the office first: "co-chairman of the Conservative Party, Liam Fox"
            let start = p.raw.title_first.min(p.raw.first);
            if start >= lo + 4 && self.doc.tok(start - 1) == "," {
                if let Some(b) = self
                    .mention_at(start - 2)
                    .filter(|m| self.is_actor(m) && !self.is_person(m))
                {
                    let mut t = b.raw.first;
                    while t > lo && self.w(t - 1) == "the" {
                        t -= 1;
                    }
                    if t >= lo + 2 && self.w(t - 1) == "of" && self.doc.lex.title(&self.w(t - 2)).is_some() {
                        let role = self.w(t - 2).into_owned();
                        let cue = self.span_text(t - 2, p.raw.end);
                        self.affiliate(p.entity, b.entity, si, &cue, Some(role), "office-of-body");
                    }
                }
            }
        }
        // 7. "he became vice-president of the European Commission", "was appointed
        //    chairman of the British Council": the subject holds an office in the body
        for i in lo + 1..hi.saturating_sub(2) {
            let w = self.w(i);
            if !matches!(
                w.as_ref(),
                "became" | "becomes" | "become" | "appointed" | "elected" | "named" | "made"
            ) {
                continue;
            }
            let mut k = i + 1;
            while k < hi
                && matches!(
                    self.w(k).as_ref(),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "as"
                )
            {
                k += 1;
            }
            let Some((end, TitleKind::Office)) = self.title_phrase_at(k, hi) else {
                continue;
            };
            if end >= hi || !matches!(self.w(end).as_ref(), "of" | "at" | "for") {
                continue;
            }
            let body = self.objects(end + 1, hi).into_iter().find(|m| !self.is_person(m));
            let holder = self.subject(i, lo, paren, false).filter(|m| self.is_person(m));
            if let (Some(h), Some(b)) = (holder, body) {
                let role = self.span_text(k, end);
                let cue = self.span_text(i, b.raw.end);
                self.affiliate(h.entity, b.entity, si, &cue, Some(role), "became-office");
            }
        }
        // 4. "the UK's presidency of the G8 and EU", "membership of", "member of"
        for i in lo..hi {
            let w = self.w(i);
            if matches!(
                w.as_ref(),
                "presidency" | "membership" | "chairmanship" | "helm" | "leadership"
            ) && i + 1 < hi
                && self.w(i + 1) == "of"
            {
                // "the UK's presidency of", or the subject of "will assume the presidency of"
                let owner = if i >= 2 && matches!(self.doc.tok(i - 1), "'s" | "\u{2019}s") {
                    self.mention_at(i - 2)
                } else if i >= 2
                    && self.w(i - 1) == "the"
                    && matches!(
                        self.w(i - 2).as_ref(),
                        "assume"
                            | "assumes"
                            | "assumed"
                            | "assuming"
                            | "take"
                            | "takes"
                            | "took"
                            | "taking"
                            | "hold"
                            | "holds"
                            | "held"
                            | "holding"
                    )
                {
                    self.subject(i - 2, lo, paren, false)
                } else if i >= 2
                    && self.w(i - 1) == "the"
                    && (lo..i).any(|k| matches!(self.w(k).as_ref(), "his" | "her"))
                {
                    // "during his time at the helm of the G8": the clause's subject
                    self.clause_subject(lo, i, paren).filter(|m| self.is_person(m))
                } else {
                    None
                };
                let targets = self.objects(i + 2, hi);
                if let Some(o) = owner {
                    for t in targets {
                        self.affiliate(
                            o.entity,
                            t.entity,
                            si,
                            &format!("{w} of"),
                            Some(w.to_string()),
                            "membership",
                        );
                    }
                }
            }
        }
    }
}

/// Converts found relations into evidence-carrying model relations.
pub fn evidence(doc: &Doc, id: &str, si: usize, f: &Found) -> Evidence {
    let s = &doc.seg.sentences[si];
    Evidence {
        document: id.to_string(),
        sentence: si,
        span: [s.start, s.end],
        text: doc.text[s.start..s.end].to_string(),
        cue: f.cue.clone(),
        modality: f.modality,
        role: f.role.clone(),
        rule: Some(f.rule.to_string()),
    }
}
