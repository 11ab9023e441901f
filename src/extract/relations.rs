//! Relations between a document's actors, each with the sentence that proves it.
//!
//! Rules work on tokens and resolved mentions, clause by clause:
//! - cue frames from `data/lexicon/cues.tsv`: `verb` (X cue Y), `passive` (Y cue by X),
//!   `noun` (X ... cue with/for Y, cue between X and Y) and `speech` (X said ...,
//!   "...", X said; according to X);
//! - quotes: the speaker of a quote is found in its sentence, before a colon, or is the
//!   speaker of the quote it continues;
//! - affiliations: "French President Emmanuel Macron", "Democrat John Kerry",
//!   "John Foreman, a former British defence attache", "his special envoy Steve Witkoff",
//!   "X's presidency of Y";
//! - negation and absence ("did not meet", "lack of talks", "which does not include")
//!   cancel a cue; future words make it `expected`.

use super::mentions::{lower, Doc};
use super::resolve::{Men, Resolved};
use crate::lexicon::{Cue, WordClass};
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
const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "some", "several", "both", "all", "other", "two", "three", "four"];
const STOP: &[&str] = &[
    "of", "in", "on", "at", "for", "with", "to", "from", "by", "about", "over", "after", "before", "during", "since", "that", "which", "who", "whom", "whose",
    "because", "as", "than", "but", "while", "if", "when", "where", "into", "under", "against", "amid", "despite", "via", "was", "were", "is", "are", "had",
    "has", "have", "be", "been", "will", "would", "could", "should", "said", "says", "to", "not",
];
const AUX: &[&str] = &["has", "had", "have", "also", "is", "was", "were", "are", "will", "would", "could", "may", "might", "later", "then", "again", "recently", "previously", "already", "repeatedly", "last", "week", "reportedly", "himself", "herself", "once", "earlier", "yesterday", "today", "now", "just", "strongly", "publicly", "openly", "been", "be", "being", "still", "never", "did", "does", "do"];

struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    res: &'d Resolved,
    cues: Vec<(Vec<&'d str>, &'d Cue)>,
    out: Vec<Found>,
    /// Last speaker (entity) and the sentence where they spoke.
    last_speaker: Option<(usize, usize)>,
    /// Quoted passages as token ranges.
    quotes: Vec<(usize, usize)>,
}

/// Finds every relation in the document.
pub fn find(doc: &Doc, res: &Resolved) -> Vec<Found> {
    let mut cues: Vec<(Vec<&str>, &Cue)> = doc.lex.cues.iter().map(|c| (c.phrase.split_whitespace().collect(), c)).collect();
    // longest phrases first so "held talks with" wins over "talks with"
    cues.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
    let quotes = quote_spans(doc);
    let mut cx = Ctx { doc, res, cues, out: Vec::new(), last_speaker: None, quotes: quotes.clone() };
    let mut quote_speaker: Vec<Option<usize>> = vec![None; quotes.len()];
    for si in 0..doc.seg.sentences.len() {
        cx.sentence(si, &quotes, &mut quote_speaker);
    }
    cx.out.retain(|f| f.source != f.target);
    cx.out
}

/// Double-quoted passages as token ranges (inside the marks). A quote left open at a
/// paragraph's end closes there (news style continues it in the next paragraph).
fn quote_spans(doc: &Doc) -> Vec<(usize, usize)> {
    let toks = &doc.seg.tokens;
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut para = usize::MAX;
    for (i, t) in toks.iter().enumerate() {
        let p = doc.seg.sentences[doc.sent_of[i]].paragraph;
        if p != para {
            if let Some(o) = open.take() {
                out.push((o, i));
            }
            para = p;
        }
        if t.kind != TokenKind::Quote {
            continue;
        }
        let c = t.text(doc.text);
        if !matches!(c, "\"" | "\u{201C}" | "\u{201D}") {
            continue;
        }
        match open {
            None => open = Some(i + 1),
            Some(o) => {
                out.push((o, i));
                open = None;
            }
        }
    }
    if let Some(o) = open {
        out.push((o, toks.len()));
    }
    out
}

impl<'d, 'a> Ctx<'d, 'a> {
    fn w(&self, i: usize) -> std::borrow::Cow<'a, str> {
        lower(self.doc.tok(i))
    }

    fn mentions_in(&self, lo: usize, hi: usize) -> impl Iterator<Item = &'d Men> + '_ {
        let res: &'d Resolved = self.res;
        res.mentions.iter().filter(move |m| m.raw.first >= lo && m.raw.end <= hi)
    }

    fn mention_at(&self, tok: usize) -> Option<&'d Men> {
        let res: &'d Resolved = self.res;
        res.mentions.iter().find(|m| m.raw.first <= tok && tok < m.raw.end)
    }

    fn is_actor(&self, m: &Men) -> bool {
        self.res.entities[m.entity].kind != EntityType::Location
    }

    fn push(&mut self, source: usize, relation: RelationType, target: usize, sentence: usize, cue: &str, modality: Modality, role: Option<String>, rule: &'static str) {
        if source == target {
            return;
        }
        let f = Found { source, relation, target, sentence, cue: cue.to_string(), modality, role, rule };
        if !self.out.contains(&f) {
            self.out.push(f);
        }
    }

    /// Whether a negation word stands within the few words before `at` in its clause.
    fn negated(&self, at: usize, lo: usize) -> bool {
        let start = at.saturating_sub(5).max(lo);
        (start..at).any(|i| {
            let w = self.w(i);
            self.doc.lex.is(&w, WordClass::NEGATION) || w.ends_with("n't") || w == "n't"
        })
    }

    /// Expected when a future word stands shortly before the cue.
    fn modality(&self, at: usize, lo: usize) -> Modality {
        let start = at.saturating_sub(5).max(lo);
        if (start..at).any(|i| self.doc.lex.is(&self.w(i), WordClass::FUTURE)) {
            Modality::Expected
        } else {
            Modality::Asserted
        }
    }

    /// Cue matches in `[lo, hi)`: (first token, end token, cue).
    fn cues_in(&self, lo: usize, hi: usize) -> Vec<(usize, usize, &'d Cue)> {
        let mut found = Vec::new();
        let mut i = lo;
        while i < hi {
            let mut hit = None;
            for (words, cue) in &self.cues {
                let n = words.len();
                if i + n <= hi && (0..n).all(|k| self.doc.is_word(i + k) && self.w(i + k) == words[k]) {
                    hit = Some((i, i + n, *cue));
                    break;
                }
            }
            match hit {
                Some(h) if self.mention_at(i).is_none() => {
                    found.push(h);
                    i = h.1;
                }
                _ => i += 1,
            }
        }
        found
    }

    /// Token ranges inside commas that open with which/who/whose: relative clauses.
    fn relative_clauses(&self, lo: usize, hi: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = lo;
        while i < hi {
            if self.doc.tok(i) == "," && i + 1 < hi && matches!(self.w(i + 1).as_ref(), "which" | "who" | "whose" | "where") {
                let mut j = i + 1;
                while j < hi && !matches!(self.doc.tok(j), "," | ";" | "\u{2013}" | "\u{2014}") {
                    j += 1;
                }
                out.push((i, j));
                i = j;
            } else {
                i += 1;
            }
        }
        out
    }

    /// The actor before `at` that is the subject of the cue: the nearest mention to
    /// the left in the clause, skipping relative clauses; a pronoun right before the
    /// cue stands for the last speaker or the last person named.
    fn subject(&self, at: usize, lo: usize, rel: &[(usize, usize)]) -> Option<&'d Men> {
        // a pronoun right before (skipping auxiliaries)
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
            break;
        }
        let mut best: Option<&'d Men> = None;
        for m in self.mentions_in(lo, at) {
            if rel.iter().any(|&(a, b)| m.raw.first >= a && m.raw.end <= b) || !self.is_actor(m) {
                continue;
            }
            if self.inside_quote(m.raw.first) != self.inside_quote(at) {
                continue;
            }
            best = Some(m);
        }
        // a verb-like word between the subject and the cue breaks the link
        let m = best?;
        let gap = m.raw.end..at;
        let clause_break = gap.clone().any(|i| matches!(self.doc.tok(i), ";" | ":") || (self.doc.tok(i) == "," && !rel.iter().any(|&(a, b)| i >= a && i <= b) && !self.appositive_comma(m, i, at)));
        if clause_break || gap.len() > 12 {
            None
        } else {
            // a modifier of a person named right after it is not the subject
            Some(self.head_of(m))
        }
    }

    /// A comma after the subject that opens an apposition closed before the cue.
    fn appositive_comma(&self, m: &Men, comma: usize, at: usize) -> bool {
        comma == m.raw.end && (comma + 1..at).any(|i| self.doc.tok(i) == ",")
    }

    /// If `m` only modifies a person right after it ("NATO's Rutte", "French President
    /// Emmanuel Macron"), that person; else `m`.
    fn head_of(&self, m: &'d Men) -> &'d Men {
        m
    }

    fn inside_quote(&self, tok: usize) -> bool {
        self.quotes.iter().any(|&(a, b)| tok >= a && tok < b)
    }

    /// Resolves "he"/"she" at token `at`: the last speaker within three sentences, else
    /// the last person named before it outside quotes.
    fn pronoun(&self, at: usize) -> Option<&'d Men> {
        let si = self.doc.sent_of[at];
        if let Some((e, s)) = self.last_speaker {
            if si <= s + 3 {
                return self.res.mentions.iter().rev().find(|m| m.entity == e && m.raw.first < at);
            }
        }
        self.res
            .mentions
            .iter()
            .rev()
            .filter(|m| m.raw.first < at && self.res.entities[m.entity].kind == EntityType::Person && !self.inside_quote(m.raw.first))
            .find(|m| self.doc.sent_of[m.raw.first] + 3 >= si)
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
                // possessive "'s" ends the phrase's owner: "Blair's government" -> Blair
                if i < hi && matches!(self.doc.tok(i), "'s" | "\u{2019}s") {
                    break;
                }
                continue;
            }
            let w = self.w(i);
            let t = self.doc.tok(i);
            if matches!(t, "," ) || w == "and" || w == "or" || w == "&" {
                if found.is_empty() && t == "," {
                    break;
                }
                i += 1;
                continue;
            }
            if !self.doc.is_word(i) || STOP.contains(&w.as_ref()) || (!found.is_empty() && !self.doc.lex.title(&w).is_some() && skipped > 3) {
                break;
            }
            if found.is_empty() && skipped >= 4 {
                break;
            }
            skipped += 1;
            i += 1;
        }
        if found.iter().any(|m| self.res.entities[m.entity].kind == EntityType::Person) {
            found.retain(|m| self.res.entities[m.entity].kind == EntityType::Person);
        }
        found
    }

    fn sentence(&mut self, si: usize, quotes: &[(usize, usize)], quote_speaker: &mut [Option<usize>]) {
        let s = &self.doc.seg.sentences[si];
        let (lo, hi) = (s.first_token, s.end_token);
        let rel = self.relative_clauses(lo, hi);
        self.affiliations(si, lo, hi);
        let cues = self.cues_in(lo, hi);
        let mut spoke = false;
        for &(c0, c1, cue) in &cues {
            let cue_text = self.doc.text[self.doc.seg.tokens[c0].start..self.doc.seg.tokens[c1 - 1].end].to_string();
            // a cue inside a relative clause works within it
            let clause_lo = rel.iter().find(|&&(a, b)| c0 > a && c0 < b).map_or(lo, |&(a, _)| a + 1);
            if self.negated(c0, clause_lo) {
                continue;
            }
            let modality = self.modality(c0, clause_lo);
            match (cue.relation, cue.frame.as_str()) {
                (_, "speech") => {
                    if self.speech(si, lo, hi, c0, c1, &cue_text, &rel, quotes, quote_speaker) {
                        spoke = true;
                    }
                }
                (rel_type, "passive") => {
                    // Y ... cue by X
                    if c1 < hi && self.w(c1) == "by" {
                        let agents = self.objects(c1 + 1, hi);
                        let patient = self.mentions_in(clause_lo, c0).find(|m| self.is_actor(m) && !rel.iter().any(|&(a, b)| m.raw.first >= a && m.raw.end <= b));
                        if let Some(p) = patient {
                            for a in agents {
                                self.push(a.entity, rel_type, p.entity, si, &cue_text, modality, None, "passive");
                            }
                        }
                    }
                }
                (rel_type, frame) => {
                    let subject = self.subject(c0, clause_lo, &rel);
                    let between = c1 < hi && self.w(c1 - 1) == "between";
                    let objects = self.objects(c1, hi);
                    if between && objects.len() >= 2 && rel_type == RelationType::MetWith {
                        for (k, a) in objects.iter().enumerate() {
                            for b in &objects[k + 1..] {
                                self.push(a.entity, rel_type, b.entity, si, &cue_text, modality, None, "noun-between");
                            }
                        }
                        continue;
                    }
                    let Some(subj) = subject else {
                        // "talks in Beijing": a meeting in a capital is a meeting with its state
                        continue;
                    };
                    let mut targets: Vec<usize> = objects.iter().map(|m| m.entity).collect();
                    if targets.is_empty() && rel_type == RelationType::MetWith && frame == "noun" {
                        targets.extend(self.capital_after(c1, hi));
                    }
                    for t in targets {
                        let rule = if frame == "noun" { "noun" } else { "verb" };
                        self.push(subj.entity, rel_type, t, si, &cue_text, modality, None, rule);
                    }
                }
            }
        }
        // quotes in this sentence without an attribution of their own continue the last speaker
        if !spoke {
            for (qi, &(a, b)) in quotes.iter().enumerate() {
                let starts_here = a >= lo && a < hi;
                if !starts_here || quote_speaker[qi].is_some() {
                    continue;
                }
                let prev = qi.checked_sub(1).and_then(|p| quote_speaker[p].map(|s| (p, s)));
                if let Some((p, sp)) = prev {
                    let gap_sentences = self.doc.sent_of[a.min(self.doc.seg.tokens.len() - 1)] - self.doc.sent_of[quotes[p].1.saturating_sub(1).max(quotes[p].0)];
                    if gap_sentences <= 1 {
                        quote_speaker[qi] = Some(sp);
                        self.said_about(sp, a, b, si, "\"", "quote-continued");
                    }
                }
            }
        }
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

    /// Handles a speech cue: finds the speaker and the statement, and adds said-about
    /// edges to every actor the statement names. Returns whether a speaker was found.
    #[allow(clippy::too_many_arguments)]
    fn speech(&mut self, si: usize, lo: usize, hi: usize, c0: usize, c1: usize, cue: &str, rel: &[(usize, usize)], quotes: &[(usize, usize)], quote_speaker: &mut [Option<usize>]) -> bool {
        if self.inside_quote(c0) {
            return false;
        }
        let according = cue.to_lowercase().starts_with("according");
        let speaker: Option<&'d Men> = if according {
            self.objects(c1, hi).into_iter().next()
        } else {
            self.subject(c0, lo, rel).or_else(|| {
                // inverted: "..., said Mr Kennedy" / "says the Times"
                let after = self.objects(c1, hi);
                after.into_iter().next()
            })
        };
        let Some(sp) = speaker else {
            return false;
        };
        if !self.is_actor(sp) {
            return false;
        }
        let speaker = sp.entity;
        self.last_speaker = Some((speaker, si));
        // the audience of "told" is not what the statement is about
        let audience: Vec<usize> = if cue.to_lowercase().starts_with("told") || cue.to_lowercase().starts_with("tell") {
            self.objects(c1, hi).iter().map(|m| m.raw.first).collect()
        } else {
            Vec::new()
        };
        // the speaker's own modifiers ("Lib Dem leader", "NATO's") are not targets
        let speaker_lo = sp.raw.title_first.min(sp.raw.first);
        let own: Vec<usize> = self
            .mentions_in(speaker_lo.saturating_sub(3).max(lo), sp.raw.first)
            .filter(|m| m.raw.end <= sp.raw.first)
            .map(|m| m.raw.first)
            .collect();
        let targets: Vec<&'d Men> = self
            .mentions_in(lo, hi)
            .filter(|m| m.entity != speaker && self.is_actor(m))
            .filter(|m| !audience.contains(&m.raw.first) && !own.contains(&m.raw.first))
            .filter(|m| !(self.inside_quote(m.raw.first) && !self.quote_attached(m.raw.first, c0, quotes)))
            .collect();
        for t in targets {
            self.push(speaker, RelationType::SaidAbout, t.entity, si, cue, Modality::Asserted, None, if according { "according-to" } else { "speech" });
        }
        // quotes attributed to this cue: ending right before it (", he said") or opening
        // right after it ("said: ...")
        for (qi, &(a, b)) in quotes.iter().enumerate() {
            let ends_before = b <= c0 && b + 4 >= c0.min(sp.raw.first);
            let opens_after = a >= c1 && a <= c1 + 3 && a > 0;
            let crosses = a < lo || b > hi;
            if (ends_before || opens_after) && quote_speaker[qi].is_none() {
                quote_speaker[qi] = Some(speaker);
                if crosses {
                    self.said_about(speaker, a, b, si, cue, "quote");
                }
            }
        }
        true
    }

    /// Whether the quote holding token `tok` is attributed by the cue at `c0`.
    fn quote_attached(&self, tok: usize, c0: usize, quotes: &[(usize, usize)]) -> bool {
        quotes
            .iter()
            .find(|&&(a, b)| tok >= a && tok < b)
            .is_some_and(|&(a, b)| b <= c0 || a >= c0)
    }

    /// said-about from `speaker` to every actor inside the token range.
    fn said_about(&mut self, speaker: usize, a: usize, b: usize, si: usize, cue: &str, rule: &'static str) {
        let targets: Vec<usize> = self.mentions_in(a, b).filter(|m| self.is_actor(m)).map(|m| m.entity).collect();
        for t in targets {
            let sent = si;
            self.push(speaker, RelationType::SaidAbout, t, sent, cue, Modality::Asserted, None, rule);
        }
    }

    /// Office holders, party members, envoys, appositions and presidencies.
    fn affiliations(&mut self, si: usize, lo: usize, hi: usize) {
        let people: Vec<&'d Men> = self.mentions_in(lo, hi).filter(|m| self.res.entities[m.entity].kind == EntityType::Person).collect();
        for p in people {
            // 1. a country, party or body right before the title: "French President X",
            //    "Lib Dem foreign affairs spokesman X", "NATO's Rutte", "Democrat John Kerry"
            let start = p.raw.title_first;
            let mut k = start;
            let mut words = 0;
            while k > lo && words < 4 {
                let prev = k - 1;
                if let Some(m) = self.mention_at(prev) {
                    if self.is_actor(m) && self.res.entities[m.entity].kind != EntityType::Person {
                        let role = p.raw.title.clone().or_else(|| Some("member".to_string()));
                        let cue = self.doc.text[self.doc.seg.tokens[m.raw.first].start..self.doc.seg.tokens[p.raw.end - 1].end].to_string();
                        self.push(p.entity, RelationType::AffiliatedWith, m.entity, si, &cue, Modality::Asserted, role, "title-prefix");
                    }
                    break;
                }
                let w = self.w(prev);
                if matches!(w.as_ref(), "'s" | "\u{2019}s") || (self.doc.is_word(prev) && !STOP.contains(&w.as_ref()) && !DETERMINERS.contains(&w.as_ref()) && (p.raw.title.is_some() || words == 0) && w.chars().next().is_some_and(char::is_lowercase)) {
                    k -= 1;
                    words += 1;
                    continue;
                }
                break;
            }
            // 2. "his special envoy X": the person the pronoun stands for
            if p.raw.title.is_some() && p.raw.title_first > lo {
                let w = self.w(p.raw.title_first - 1);
                if matches!(w.as_ref(), "his" | "her") {
                    if let Some(owner) = self.pronoun(p.raw.title_first - 1) {
                        let role = p.raw.title.clone();
                        let cue = format!("{} {}", w, role.clone().unwrap_or_default());
                        self.push(p.entity, RelationType::AffiliatedWith, owner.entity, si, &cue, Modality::Asserted, role, "possessive-title");
                    }
                }
            }
            // 3. apposition: "X, a former British defence attache to Kyiv," / "X, from HRW,"
            //    / "X, director of civil rights group Liberty," / "X, an adviser to President Bush"
            if p.raw.end < hi && self.doc.tok(p.raw.end) == "," {
                let mut j = p.raw.end + 1;
                while j < hi && !matches!(self.doc.tok(j), "," | ";" | "." | "\u{2013}" | "\u{2014}") {
                    j += 1;
                }
                let phrase = p.raw.end + 1..j;
                let has_title = phrase.clone().any(|i| self.doc.lex.title(&self.w(i)).is_some());
                let from = phrase.start < j && matches!(self.w(phrase.start).as_ref(), "from" | "of");
                if (has_title || from) && phrase.len() <= 12 && !matches!(self.w(phrase.start).as_ref(), "who" | "which") {
                    let role = phrase.clone().map(|i| self.w(i)).find(|w| self.doc.lex.title(w).is_some()).map(|w| w.into_owned());
                    let target = self.mentions_in(phrase.start, phrase.end).find(|m| self.is_actor(m));
                    if let Some(t) = target {
                        let cue = self.doc.text[self.doc.seg.tokens[phrase.start].start..self.doc.seg.tokens[phrase.end - 1].end].to_string();
                        self.push(p.entity, RelationType::AffiliatedWith, t.entity, si, &cue, Modality::Asserted, role, "apposition");
                    }
                }
            }
        }
        // 4. "the UK's presidency of the G8 and EU", "membership of", "member of"
        for i in lo..hi {
            let w = self.w(i);
            if matches!(w.as_ref(), "presidency" | "membership" | "member" | "members" | "chairmanship") && i + 1 < hi && self.w(i + 1) == "of" {
                let owner = if i >= 2 && matches!(self.doc.tok(i - 1), "'s" | "\u{2019}s") { self.mention_at(i - 2) } else { None };
                let targets = self.objects(i + 2, hi);
                if let Some(o) = owner {
                    for t in targets {
                        self.push(o.entity, RelationType::AffiliatedWith, t.entity, si, &format!("{w} of"), Modality::Asserted, Some(w.to_string()), "membership");
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
