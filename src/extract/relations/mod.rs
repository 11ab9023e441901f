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

use super::entities::{EntityMention, Resolved};
use super::mentions::Article;
use crate::lexicon::{Cue, TitleKind, WordClass};
use crate::model::{EntityType, Evidence, Modality, RelationType};
use crate::text::TokenKind;

/// A relation found in the text, before serialisation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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

/// What the edges of one cue share: its sentence, relation type, text and modality.
#[derive(Clone, Copy)]
struct Edge<'c> {
    si: usize,
    rel_type: RelationType,
    cue: &'c str,
    modality: Modality,
}

/// Finds the relations of one article, sentence by sentence, remembering speakers and quotes across sentences.
struct RelationFinder<'d, 'a> {
    doc: &'d Article<'a>,
    res: &'d Resolved,
    /// For each token, the index of the mention covering it (`u32::MAX`: none).
    tok_mention: Vec<u32>,
    out: Vec<Found>,
    /// Last speaker (entity) and the sentence where they spoke.
    last_speaker: Option<(usize, usize)>,
    /// For each sentence, the actor found speaking in it (by `speech`).
    sentence_speaker: Vec<Option<usize>>,
    /// The token right after the last speech cue that found a speaker ("said" in
    /// "Hamas said it ..."), to resolve an "it" that opens the statement.
    speech_end: Option<usize>,
    /// Quoted passages as token ranges.
    quotes: Vec<(usize, usize)>,
    /// For each quote, the furthest end of it and the quotes before it.
    quote_reach: Vec<usize>,
    /// What was found so far, to keep each relation once.
    seen: rustc_hash::FxHashSet<Found>,
    /// People by the head word of the roles they hold in the article.
    roles: roles::RoleHolders,
    /// The syntax of every sentence.
    parses: grammar::Parses,
}

/// Finds every relation in the document.
pub fn find(doc: &Article, res: &Resolved) -> Vec<Found> {
    let mut tok_mention = vec![u32::MAX; doc.seg.tokens.len()];
    for (k, m) in res.mentions.iter().enumerate() {
        for t in &mut tok_mention[m.raw.first..m.raw.end] {
            *t = k as u32;
        }
    }
    let quotes = quote_spans(doc);
    let mut cx = RelationFinder {
        doc,
        res,
        tok_mention,
        out: Vec::new(),
        last_speaker: None,
        sentence_speaker: vec![None; doc.seg.sentences.len()],
        speech_end: None,
        quotes: quotes.clone(),
        quote_reach: quotes
            .iter()
            .scan(0, |reach, &(_, b)| {
                *reach = b.max(*reach);
                Some(*reach)
            })
            .collect(),
        seen: Default::default(),
        roles: roles::RoleHolders::default(),
        parses: grammar::Parses::new(doc),
    };
    cx.roles = cx.role_holders();
    let mut quote_speaker: Vec<Option<usize>> = vec![None; quotes.len()];
    for si in 0..doc.seg.sentences.len() {
        cx.sentence(si, &quotes, &mut quote_speaker);
    }
    cx.out.retain(|f| f.source != f.target);
    cx.drop_meetings_with_own_state();
    cx.out
}

/// Quoted passages as token ranges (inside the marks), from `text::quotes`.
fn quote_spans(doc: &Article) -> Vec<(usize, usize)> {
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

mod affiliation;
mod clauses;
mod cues;
mod grammar;
mod meetings;
mod negation;
mod pronouns;
mod roles;
mod speech;
mod words;

use words::RelationWord;

/// Whether a stance cue as written ("accused", "Praised") is said in words, so it is
/// also a statement about its target.
fn voiced(cue: &str) -> bool {
    let first = cue.split_whitespace().next().unwrap_or_default();
    words::is(&first.to_lowercase(), RelationWord::VOICED_STANCE)
}

impl<'d, 'a> RelationFinder<'d, 'a> {
    fn w(&self, i: usize) -> std::borrow::Cow<'d, str> {
        std::borrow::Cow::Borrowed(self.doc.lower_tok(i))
    }

    fn mentions_in(&self, lo: usize, hi: usize) -> impl Iterator<Item = &'d EntityMention> + '_ {
        let res: &'d Resolved = self.res;
        let from = res.mentions.partition_point(|m| m.raw.first < lo);
        res.mentions[from..]
            .iter()
            .take_while(move |m| m.raw.first < hi)
            .filter(move |m| m.raw.end <= hi)
    }

    /// The last mention of entity `e` before token `tok`: where a pronoun or a voice
    /// that stands for `e` finds the actor it names.
    fn mention_before(&self, e: usize, tok: usize) -> Option<&'d EntityMention> {
        let res: &'d Resolved = self.res;
        res.mentions.iter().rev().find(|m| m.entity == e && m.raw.first < tok)
    }

    fn mention_at(&self, tok: usize) -> Option<&'d EntityMention> {
        let res: &'d Resolved = self.res;
        match self.tok_mention.get(tok) {
            Some(&k) if k != u32::MAX => Some(&res.mentions[k as usize]),
            _ => None,
        }
    }

    fn is_actor(&self, m: &EntityMention) -> bool {
        self.res.entities[m.entity].kind != EntityType::Location
    }

    fn is_person_entity(&self, e: usize) -> bool {
        self.res.entities[e].kind == EntityType::Person
    }

    fn is_person(&self, m: &EntityMention) -> bool {
        self.res.entities[m.entity].kind == EntityType::Person
    }

    fn span_text(&self, a: usize, b: usize) -> String {
        self.doc.span(a, b).to_string()
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
        // "X accused Y", "X praised Y": opposition or backing voiced is also a statement
        // about Y (ANNOTATION.md: a statement that names the target)
        let stance = matches!(relation, RelationType::Opposes | RelationType::Supports);
        if stance && voiced(cue) {
            self.push(
                source,
                RelationType::SaidAbout,
                target,
                sentence,
                cue,
                modality,
                None,
                "voiced-stance",
            );
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
        if self.seen.insert(f.clone()) {
            self.out.push(f);
        }
    }

    fn sentence(&mut self, si: usize, quotes: &[(usize, usize)], quote_speaker: &mut [Option<usize>]) {
        let s = &self.doc.seg.sentences[si];
        let (lo, hi) = (s.first_token, s.end_token);
        let paren = self.parentheticals(lo, hi);
        self.affiliations(si, lo, hi, &paren);
        self.memberships(si, lo, hi);
        let cues = self.cues_in(lo, hi);
        let mut spoke = false;
        let mut venues: Vec<(usize, usize)> = Vec::new();
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
            if self.negated(c0, clause_lo)
                || self.verb_cue_as_noun(cue, c0, c1)
                || self.demand_not_visit(cue, c0, c1, hi)
                || (cue.relation == RelationType::Opposes && self.noun_cue(cue, c1) && self.lifted(c0, clause_lo))
                || (cue.relation == RelationType::Supports && self.noun_cue(cue, c1) && self.halted(c0, clause_lo))
            {
                continue;
            }
            let in_statement = statement.is_some_and(|(a, b)| c0 >= a && c0 < b);
            let modality = if self.inside_quote(c0) || in_statement {
                Modality::Reported
            } else if cue.frame == "noun" && self.in_future_phrase(c0) {
                Modality::Expected
            } else {
                self.modality(c0, c1, clause_lo)
            };
            if cue.frame == "speech" {
                if in_statement {
                    continue;
                }
                if let Some(end) = self.speech(si, lo, hi, c0, c1, &cue_text, &paren, quotes, quote_speaker) {
                    spoke = true;
                    self.speech_end = Some(c1);
                    statement = Some((c1, end));
                }
                continue;
            }
            // "welcomed X" of a person is receiving them, not backing them
            let rel_type = if cue.relation == RelationType::Supports
                && words::is(&self.w(c0), RelationWord::HOSTING_VERB)
                && self.object_is_named_person(c0)
            {
                RelationType::MetWith
            } else {
                cue.relation
            };
            if rel_type == RelationType::AffiliatedWith && self.aspires_to_join(c0, modality) {
                continue;
            }
            let edge = Edge {
                si,
                rel_type,
                cue: &cue_text,
                modality,
            };
            if (cue.frame == "verb" && self.passive(c0, clause_lo)) || cue.frame == "passive" {
                self.passive_frame(edge, (c0, c1), clause_lo, hi, &paren);
                continue;
            }
            // "on the sidelines of X": where the sentence's meeting took place, once
            // its meetings are known
            if rel_type == RelationType::MetWith && cue.frame == "noun" && self.is_preposition(c0) {
                venues.push((c0, c1));
                continue;
            }
            let member = cue.frame == "member";
            let objects = self.cue_objects(c0, c1, hi, cue.frame == "verb" || member || cue.frame == "travel");
            if self.w(c1 - 1) == "between" && matches!(rel_type, RelationType::MetWith | RelationType::Opposes) {
                self.between_frame(edge, &objects);
                continue;
            }
            // "The delegation included X and Y" after "A US delegation met with Z"
            if member && self.delegation_members(edge, c0, clause_lo, &objects) {
                continue;
            }
            let Some(subj) = self
                .subject(c0, clause_lo, &paren, (cue.frame == "noun").then_some(rel_type))
                .or_else(|| {
                    (cue.frame == "noun" && rel_type == RelationType::MetWith)
                        .then(|| self.last_meeter(si, clause_lo, c0))
                        .flatten()
                })
            else {
                continue;
            };
            // "the Chinese foreign minister held talks with X": the one person the
            // article ties to that state by an office, as for a speaker
            // (the office ends at the subject's verb)
            let verb = (subj.raw.end..c0).find(|&k| self.is_verb(k)).unwrap_or(c0);
            let subj = self.office_speaker(subj, verb, hi).unwrap_or(subj);
            let targets = self.cue_targets(subj, &objects, (c1, hi), clause_lo, rel_type);
            if member {
                if !self.passive(c0, clause_lo) {
                    self.members(edge, subj, &targets);
                }
                continue;
            }
            if cue.frame == "travel" {
                // "arrived in New Delhi": a capital stands for its state
                let places: Vec<usize> = targets.iter().copied().chain(self.capital_after(c1 - 1, hi)).collect();
                self.visit(edge, subj, &places);
                continue;
            }
            if self.reciprocal(edge, subj, (c0, c1), hi, &targets) {
                continue;
            }
            let rule = if cue.frame == "noun" { "noun" } else { "verb" };
            // "... between A and B, who later dismissed C": a relative clause is about
            // the one conjunct it follows (a meeting is still everybody's); "A and B
            // launched strikes on C": hostility and backing named by a noun are done by
            // every conjunct of the subject, as with a verb
            let nearest = rel_type != RelationType::MetWith && self.relative_after(subj, c0);
            let stance = matches!(rel_type, RelationType::Opposes | RelationType::Supports);
            self.distribute(
                edge,
                subj,
                &targets,
                (cue.frame == "verb" || stance || rel_type == RelationType::MetWith) && !nearest,
                rule,
            );
            if rel_type == RelationType::MetWith {
                self.meeting_venue(edge, subj, &objects, c1, hi);
            }
            if stance && cue.frame == "verb" {
                self.voiced_content(edge, subj, &objects, c0, hi);
            }
        }
        self.distant_verb_cues(si, lo, hi, &paren);
        self.demands_to_stop(si, lo, hi, &paren);
        self.fights_each_other(si, lo, hi, &paren);
        self.joint_meetings(si, lo);
        self.fronted_partners(si, lo, hi);
        self.visits_by(si, lo, hi);
        for (c0, c1) in venues {
            self.sidelines(si, lo, hi, c0, c1, &paren);
        }
        // a quote opening here without an attribution of its own continues the words
        // of the last speaker (the quote before it, or reported speech just before)
        if !spoke {
            self.continued_quotes(si, lo, hi, quotes, quote_speaker);
        }
    }

    /// Whether the cue ending at `c1` is a noun: a noun frame, or a passive one whose
    /// agent follows "from" ("support from X").
    fn noun_cue(&self, cue: &Cue, c1: usize) -> bool {
        cue.frame == "noun" || (cue.frame == "passive" && self.w(c1 - 1) == "from")
    }

    /// Whether the verb cue `[c0, c1)` opens with a word as often a noun that the layer
    /// does not tag as a verb here ("US strikes on", "with the help of X", "talks to
    /// bring Turkey in"), or is a capitalised word inside a title ("Meet the Parents")
    /// after the headline.
    fn verb_cue_as_noun(&self, cue: &Cue, c0: usize, c1: usize) -> bool {
        if cue.frame != "verb" {
            return false;
        }
        let noun = words::is(&self.w(c0), RelationWord::NOUN_VERB) && !self.is_verb(c0);
        noun || (c1 == c0 + 1 && self.capitalised_inside_sentence(c0))
    }

    /// Whether token `k` is capitalised but neither opens its sentence nor stands in the
    /// headline (the first sentence, often written in title case).
    fn capitalised_inside_sentence(&self, k: usize) -> bool {
        let si = self.doc.sent_of[k];
        si > 0
            && k > self.doc.seg.sentences[si].first_token
            && self.doc.tok(k).starts_with(|c: char| c.is_uppercase())
            && !matches!(self.doc.tok(k - 1), "\"" | "\u{201c}" | "'" | "\u{2018}" | ":")
    }

    /// Whether the visit cue `[c0, c1)` ("call on X") asks for something instead: a
    /// "to" or "for" follows later in the sentence ("called on Israel to halt").
    pub(super) fn demand_not_visit(&self, cue: &Cue, c0: usize, c1: usize, hi: usize) -> bool {
        cue.relation == RelationType::MetWith
            && c1 > c0 + 1
            && words::is(&self.w(c0), RelationWord::CALL_VERB)
            && (c0 + 1..hi).any(|k| words::is(&self.w(k), RelationWord::DEMAND_MARKER))
    }

    /// Travel frame: "Prime Minister X arrived in New Delhi": someone the article names
    /// with an office who travels to another state visits it; not their own state
    /// ("Blair arrived in London" is home), and nobody without an office (a traveller).
    fn visit(&mut self, e: Edge, who: &'d EntityMention, places: &[usize]) {
        if !self.is_person(who) || !self.res.mentions.iter().any(|m| m.entity == who.entity && m.raw.office) {
            return;
        }
        for &p in places {
            let state = self.res.entities[p].kind == EntityType::Country;
            let home = self
                .out
                .iter()
                .any(|f| f.relation == RelationType::AffiliatedWith && f.source == who.entity && f.target == p);
            if state && !home {
                self.push(who.entity, e.rel_type, p, e.si, e.cue, e.modality, None, "travel");
            }
        }
    }

    /// Voiced-content rule: "X accused Y of arming Z", "X praised Y for backing Z": what
    /// the accusation or praise says after "of" or "for" is a statement by X about
    /// every actor it names (ANNOTATION.md: a statement that names the target).
    fn voiced_content(
        &mut self,
        e: Edge,
        subj: &'d EntityMention,
        objects: &[&'d EntityMention],
        c0: usize,
        hi: usize,
    ) {
        if !voiced(e.cue) {
            return;
        }
        // "condemned Israel's attacks on Syria", "welcomed the agreement between A and
        // B": the actors the object's phrases name are named by the statement too
        let mut named: Vec<usize> = self.object_phrase_actors(c0).into_iter().map(|m| m.entity).collect();
        // "accused Y of arming Z": what follows "of" or "for" after the last object
        if let Some(k) = objects.last().map(|m| m.raw.end) {
            if k < hi && matches!(self.w(k).as_ref(), "of" | "for") {
                named.extend(
                    self.mentions_in(k + 1, hi)
                        .filter(|m| self.is_actor(m))
                        .map(|m| m.entity),
                );
            }
        }
        for t in named.into_iter().filter(|&t| t != subj.entity) {
            self.push(
                subj.entity,
                RelationType::SaidAbout,
                t,
                e.si,
                e.cue,
                e.modality,
                None,
                "voiced-content",
            );
        }
    }

    /// Member frame: "The Turkish delegation included X and Y", "the coalition includes
    /// Z": what the subject is made of belongs to it (a person holds no members).
    fn members(&mut self, e: Edge, whole: &'d EntityMention, parts: &[usize]) {
        if self.is_person(whole) {
            return;
        }
        for &p in parts {
            self.push(p, e.rel_type, whole.entity, e.si, e.cue, e.modality, None, "member");
        }
    }

    /// Passive frame: "Y was criticised by X": the agents after "by" act on the patient before the cue.
    fn passive_frame(
        &mut self,
        e: Edge,
        (c0, c1): (usize, usize),
        clause_lo: usize,
        hi: usize,
        paren: &[(usize, usize)],
    ) {
        // Y was criticised by X; Y drew criticism from X (the cue ends in its marker)
        let marker_in_cue = self.w(c1 - 1) == "from";
        if marker_in_cue || (c1 < hi && self.w(c1) == "by") {
            let agents = self.objects(if marker_in_cue { c1 } else { c1 + 1 }, hi);
            // "Hamas, backed by Iran,": a reduced relative is about the phrase before
            // the comma, and about nobody else when that phrase names no actor
            if !marker_in_cue && self.reduced_relative(c0, clause_lo) {
                if let Some(p) = self.actor_of_phrase_before(c0 - 1) {
                    // ("Biden, joined by Blinken,": company, no membership)
                    if e.rel_type == RelationType::AffiliatedWith && self.joins_a_peer(e.cue, p.entity) {
                        return;
                    }
                    for a in agents {
                        self.push(a.entity, e.rel_type, p.entity, e.si, e.cue, e.modality, None, "passive");
                    }
                }
                return;
            }
            // the layer's subject of the passive ("Key NATO member Turkey was represented
            // by": Turkey), else the first actor of the clause
            let layer = match self.syntactic_subject(c0) {
                grammar::Subject::Actor(m) if m.raw.first >= clause_lo && m.raw.end <= c0 => Some(m),
                _ => None,
            };
            let patient = layer.or_else(|| {
                self.mentions_in(clause_lo, c0)
                    .find(|m| self.is_actor(m) && !self.in_paren(m.raw.first, paren))
                    .map(|m| self.owner_person(m, c0).unwrap_or(m))
            });
            if let Some(p) = patient {
                for a in agents {
                    self.push(a.entity, e.rel_type, p.entity, e.si, e.cue, e.modality, None, "passive");
                }
            }
        }
    }

    /// Object rule: what the cue `[c0, c1)` acts on; a one-word verb cue keeps to its direct objects.
    fn cue_objects(&self, c0: usize, c1: usize, hi: usize, verb: bool) -> Vec<&'d EntityMention> {
        let mut objects = self.objects(c1, hi);
        // a one-word verb cue acts on its direct object ("what he called provocative
        // drills near X" calls nobody); a name the layer put elsewhere but that
        // follows the verb at once is kept (the tagger may have missed the phrase)
        if verb && c1 == c0 + 1 {
            if let Some(direct) = self.direct_objects(c0) {
                objects.retain(|m| m.raw.first == c1 || direct.iter().any(|d| d.entity == m.entity));
                for d in direct {
                    if !objects.iter().any(|m| m.entity == d.entity) {
                        objects.push(d);
                    }
                }
                // "received Syria's President X": a person in the phrase stands for it
                if objects.iter().any(|m| self.is_person(m)) {
                    objects.retain(|m| self.is_person(m));
                }
            }
        }
        objects
    }

    /// Between frame: "talks between A, B and C": every pair of the objects meets.
    fn between_frame(&mut self, e: Edge, objects: &[&'d EntityMention]) {
        // (a meeting is symmetric; a war between A and B is fought by each against the other)
        let both_ways = e.rel_type == RelationType::Opposes;
        for (k, a) in objects.iter().enumerate() {
            for b in &objects[k + 1..] {
                let pairs = if both_ways { vec![(a, b), (b, a)] } else { vec![(a, b)] };
                for (x, y) in pairs {
                    self.push(
                        x.entity,
                        e.rel_type,
                        y.entity,
                        e.si,
                        e.cue,
                        e.modality,
                        None,
                        "noun-between",
                    );
                }
            }
        }
    }

    /// Target rule: what the cue acts on, from its objects, a capital after it, the subject's conjuncts or an owner after "from" or "by".
    fn cue_targets(
        &self,
        subj: &'d EntityMention,
        objects: &[&'d EntityMention],
        (c1, hi): (usize, usize),
        clause_lo: usize,
        rel_type: RelationType,
    ) -> Vec<usize> {
        let mut targets: Vec<usize> = objects.iter().map(|m| m.entity).collect();
        if targets.is_empty() && rel_type == RelationType::MetWith {
            // "held talks in Beijing": a meeting in a capital is a meeting with its state
            targets.extend(self.capital_after(c1, hi));
        }
        if targets.is_empty() && rel_type == RelationType::MetWith {
            // "Bosses of X and the Y are to meet", "A and B met": the subjects meet
            let mut k = self.np_start(subj, clause_lo);
            while k > clause_lo && words::is(&self.w(k - 1), RelationWord::ARTICLE) {
                k -= 1;
            }
            if k >= clause_lo + 2 && self.w(k - 1) == "and" {
                if let Some(other) = self.mention_at(k - 2).filter(|m| self.is_actor(m)) {
                    targets.push(other.entity);
                }
            }
            // the layer's coordination: the subject's conjuncts
            if targets.is_empty() {
                targets.extend(self.conjuncts(subj).iter().map(|m| m.entity));
            }
        }
        if targets.is_empty() && matches!(rel_type, RelationType::Opposes | RelationType::Supports) {
            // "oppose any bid from X", "defended the purchase by X": the thing
            // opposed or backed belongs to the actor after "from" or "by"
            targets.extend(self.owner_after(c1, hi).map(|m| m.entity));
        }
        targets
    }

    /// Reciprocal rule: "A and B accused each other": every one of them acts on every other.
    fn reciprocal(
        &mut self,
        e: Edge,
        subj: &'d EntityMention,
        (c0, c1): (usize, usize),
        hi: usize,
        targets: &[usize],
    ) -> bool {
        // "A and B accused each other": every one of them acts on every other
        let each_other = c1 + 1 < hi
            && matches!(
                (self.w(c1).as_ref(), self.w(c1 + 1).as_ref()),
                ("each", "other") | ("one", "another")
            );
        // "A and B traded accusations", "A exchanged fire with B": both sides act
        let mutual = words::is(&self.w(c0), RelationWord::MUTUAL_VERB);
        if (each_other || mutual) && e.rel_type != RelationType::MetWith {
            let mut group = vec![subj.entity];
            group.extend(self.conjuncts(subj).iter().map(|m| m.entity));
            if mutual {
                for &t in targets {
                    if !group.contains(&t) {
                        group.push(t);
                    }
                }
            }
            for &a in &group {
                for &b in &group {
                    self.push(a, e.rel_type, b, e.si, e.cue, e.modality, None, "reciprocal");
                }
            }
            return true;
        }
        false
    }

    /// Sources-to-targets rule: the subject and, with `conjuncts` (a verb, or a noun of
    /// hostility or backing), its conjuncts act on every target.
    fn distribute(&mut self, e: Edge, subj: &'d EntityMention, targets: &[usize], conjuncts: bool, rule: &'static str) {
        // "A and B criticised C": every conjunct of the subject acts, unless the
        // conjuncts are already what the cue is about ("A and B met")
        let mut sources = vec![subj.entity];
        if conjuncts {
            for m in self.conjuncts(subj) {
                if !targets.contains(&m.entity) && !sources.contains(&m.entity) {
                    sources.push(m.entity);
                }
            }
        }
        for &source in &sources {
            for &t in targets {
                // "joined X for talks": joining a person is no membership
                if e.rel_type == RelationType::AffiliatedWith && self.joins_a_peer(e.cue, t) {
                    continue;
                }
                // "EU ambassador to X, Y": the person holds the office, not the body
                let (source, t) = if e.rel_type == RelationType::AffiliatedWith
                    && !self.is_person_entity(source)
                    && self.is_person_entity(t)
                {
                    (t, source)
                } else {
                    (source, t)
                };
                self.push(source, e.rel_type, t, e.si, e.cue, e.modality, None, rule);
            }
        }
    }

    /// Whether the verb of joining at `c0` only aims at membership: an infinitive ("its
    /// bid to join NATO", "applied to join", "wants to join") or a future ("will join
    /// next year") names no member yet.
    fn aspires_to_join(&self, c0: usize, modality: Modality) -> bool {
        let infinitive = c0 > 0 && self.w(c0 - 1) == "to";
        words::is(&self.w(c0), RelationWord::JOIN_VERB) && (infinitive || modality == Modality::Expected)
    }

    /// Whether the cue is a verb of joining and what is joined is a person or a state,
    /// which is company ("X joined Y in condemning Z"), not membership of a body.
    fn joins_a_peer(&self, cue: &str, joined: usize) -> bool {
        let first = cue.split_whitespace().next().unwrap_or_default().to_lowercase();
        words::is(&first, RelationWord::JOIN_VERB)
            && matches!(self.res.entities[joined].kind, EntityType::Person | EntityType::Country)
    }

    /// Continued-quote rule: a quote opening here without an attribution continues the
    /// last speaker's words; a quote of three words or fewer is a term, not words spoken.
    fn continued_quotes(
        &mut self,
        si: usize,
        lo: usize,
        hi: usize,
        quotes: &[(usize, usize)],
        quote_speaker: &mut [Option<usize>],
    ) {
        // only the quotes opening in this sentence (quotes are in order of their start)
        let first = quotes.partition_point(|&(a, _)| a < lo);
        let last = quotes.partition_point(|&(a, _)| a < hi).max(first);
        for qi in first..last {
            let (a, b) = quotes[qi];
            if quote_speaker[qi].is_some() {
                continue;
            }
            let prev = qi.checked_sub(1).and_then(|p| {
                quote_speaker[p].map(|sp| (self.doc.sent_of[quotes[p].1.saturating_sub(1).max(quotes[p].0)], sp))
            });
            let speaker = prev.or(self.last_speaker.map(|(e, s)| (s, e)));
            if let Some((at, sp)) = speaker {
                if si <= at + 2 {
                    quote_speaker[qi] = Some(sp);
                    // a quoted word or two ("an 'Israeli' attack", "'ironclad' ties")
                    // marks a term, not somebody's words
                    if b - a > 3 {
                        self.said_about(sp, a, b, "continued quote", "quote-continued");
                    }
                }
            }
        }
    }
}

/// Converts found relations into evidence-carrying model relations.
pub fn evidence(doc: &Article, id: &str, si: usize, f: &Found) -> Evidence {
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
