//! Clause structure around a cue: asides, subjects, objects, passives, noun-phrase starts.

use super::*;

impl<'d, 'a> RelationFinder<'d, 'a> {
    /// Comma-enclosed asides right after an actor: relative clauses ("X, which does
    /// not include Y,") and appositions ("X, an adviser to Y,"). Ranges of tokens
    /// from the opening comma to the closing mark (exclusive).
    pub(super) fn parentheticals(&self, lo: usize, hi: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = lo;
        while i < hi {
            let after_mention = i > lo && self.mention_at(i - 1).is_some();
            let opens = self.doc.tok(i) == "," && i + 1 < hi && {
                let w = self.w(i + 1);
                words::is(&w, RelationWord::RELATIVE)
                    || (after_mention
                        && (words::is(&w, RelationWord::DETERMINER)
                            || words::is(&w, RelationWord::ASIDE)
                            || self.doc.lex.title(&w).is_some()))
            };
            if opens {
                let relative = words::is(&self.w(i + 1), RelationWord::RELATIVE);
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

    pub(super) fn in_paren(&self, tok: usize, paren: &[(usize, usize)]) -> bool {
        paren.iter().any(|&(a, b)| tok > a && tok < b)
    }

    pub(super) fn inside_quote(&self, tok: usize) -> bool {
        // quotes are in order of their start: some quote opening at or before `tok`
        // reaches past it (`quote_reach` is the furthest end so far)
        debug_assert!(self.quotes.windows(2).all(|w| w[0].0 <= w[1].0), "quotes in text order");
        let k = self.quotes.partition_point(|&(a, _)| a <= tok);
        k > 0 && tok < self.quote_reach[k - 1]
    }

    /// Whether mention `m` is a grammatical subject candidate: not possessive, not
    /// after a preposition.
    pub(super) fn subject_like(&self, m: &EntityMention, lo: usize) -> bool {
        let possessive = self.doc.is_possessive(m.raw.end);
        let start = self.np_start(m, lo);
        let prev = (start > lo).then(|| self.w(start - 1));
        let prep = prev
            .as_deref()
            .is_some_and(|w| words::is(w, RelationWord::OBJECT_MARKER));
        // "Ms Lane's China trip ...": a possessive opening the sentence is its topic
        (!possessive || start == lo) && !prep
    }

    /// The first actor of the clause `[lo, at)` outside asides and quotes.
    pub(super) fn clause_subject(&self, lo: usize, at: usize, paren: &[(usize, usize)]) -> Option<&'d EntityMention> {
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
    pub(super) fn owner_person(&self, m: &'d EntityMention, hi: usize) -> Option<&'d EntityMention> {
        if self.is_person(m) {
            return None;
        }
        self.mentions_in(m.raw.end, hi)
            .take(3)
            .find(|p| self.is_person(p) && self.np_start(p, m.raw.first) <= m.raw.first)
    }

    /// The actor that is the subject of the cue at `at`.
    /// Whether token `i` is a role or a state's voice ("counterparts", "ministers",
    /// "officials", "representatives").
    pub(super) fn names_a_role(&self, i: usize) -> bool {
        let w = self.w(i);
        let singular = w.strip_suffix('s').unwrap_or(&w);
        words::is(&w, RelationWord::VOICE_NOUN)
            || self.doc.lex.title(&w).is_some()
            || self.doc.lex.title(singular).is_some()
    }

    pub(super) fn subject(
        &self,
        at: usize,
        lo: usize,
        paren: &[(usize, usize)],
        noun: Option<RelationType>,
    ) -> Option<&'d EntityMention> {
        let cue = self.w(at);
        if noun == Some(RelationType::AffiliatedWith) && self.role_of_an_object(at) {
            return None;
        }
        let stance_noun = matches!(noun, Some(RelationType::Opposes | RelationType::Supports));
        let noun = noun.is_some();
        // the layer's subject of the cue's verb ("X spoke with Y and praised Z": X)
        if !noun {
            match self.syntactic_subject(at) {
                grammar::Subject::Actor(m)
                    if self.is_actor(m)
                        && !self.in_paren(m.raw.first, paren)
                        && self.inside_quote(m.raw.first) == self.inside_quote(at) =>
                {
                    return Some(m);
                }
                // "X, a critic of Y, praised Z": the layer took the apposition for the
                // subject; the actor it describes acts
                grammar::Subject::NoActor => {
                    return self
                        .stance_noun_agent(at, lo, paren)
                        .or_else(|| self.reporter_of_second_predicate(at))
                        .or_else(|| self.described_by_subject(at, paren));
                }
                _ => {}
            }
        }
        // (a meeting named "as a reciprocal visit" is still the subject's own)
        if stance_noun && self.label_after_as(at) {
            return None;
        }
        // "Russia's invasion of", "Trump's criticism of": the possessor of a noun cue
        if noun {
            if let Some(m) = self.possessor_of(at).filter(|m| !self.in_paren(m.raw.first, paren)) {
                return Some(m);
            }
            if let Some(m) = stance_noun.then(|| self.modifier_agent(at)).flatten() {
                return Some(m);
            }
            if let Some(m) = stance_noun.then(|| self.agent_after(at)).flatten() {
                return Some(m);
            }
            if let Some(m) = self.apposition_head(at, paren) {
                return Some(m);
            }
            // "Modi condemned the attack on Ukraine": a hostile or backing act judged by
            // the verb that takes it is somebody else's ("opposing his tariffs": the
            // owner's)
            if stance_noun && self.judged_act(at) {
                return self.pronoun_possessor(at);
            }
            let governing = self.governing_subject(at, stance_noun).filter(|m| {
                !self.in_paren(m.raw.first, paren) && self.inside_quote(m.raw.first) == self.inside_quote(at)
            });
            if let Some(m) = governing {
                return Some(m);
            }
            if let Some(m) = self.pronoun_possessor(at) {
                return Some(m);
            }
            if let Some(m) = self.fronted_phrase_subject(at) {
                return Some(m);
            }
        }
        if let Some(found) = self.pronoun_subject(at, lo) {
            return found;
        }
        if let Some(found) = self.collective_subject(at, lo, paren) {
            return found;
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
        self.leftward_subject(at, lo, paren, noun)
    }

    /// Stance-noun-subject rule: a verb cue whose subject is a noun of the same hostility
    /// or backing ("Israel launched attacks targeting X", "US sanctions targeting Y"), or
    /// a gerund or infinitive cue whose subject is a measure ("imposed sanctions aimed at
    /// supporting X", "hosted a summit aimed at boosting X's security"), is done by
    /// whoever does what the noun names or takes the measure.
    fn stance_noun_agent(&self, at: usize, lo: usize, paren: &[(usize, usize)]) -> Option<&'d EntityMention> {
        let head = self.subject_head(at)?;
        if head >= at || self.mention_at(head).is_some() {
            return None;
        }
        let (verb, noun) = (self.w(at), self.w(head));
        let relation = self
            .verb_cue_relations(&verb)
            .find(|r| matches!(r, RelationType::Opposes | RelationType::Supports))?;
        // the relations of the noun cues the noun opens ("sanctions against")
        let noun_cues: Vec<RelationType> = self
            .doc
            .lex
            .cues_starting(&noun)
            .filter(|(words, c)| c.frame == "noun" && words.len() == 2)
            .map(|(_, c)| c.relation)
            .collect();
        if noun_cues.contains(&relation) {
            return self.subject(head, lo, paren, Some(relation));
        }
        // the measure's own agent: its owner, a name in front of it, or the subject of
        // the verb it is the object or adjunct of. A measure is a noun that opens a cue
        // ("sanctions against", "summit with"), not any noun before an infinitive ("took
        // 56 minutes to defeat", "charged suppliers with helping X")
        let measure = !noun_cues.is_empty();
        if !measure || !self.non_finite_verb(at) || !self.doc.tok(head).starts_with(char::is_lowercase) {
            return None;
        }
        self.possessor_of(head)
            .or_else(|| self.modifier_agent(head))
            .or_else(|| self.governing_subject(head, true))
            .filter(|m| !self.in_paren(m.raw.first, paren) && self.inside_quote(m.raw.first) == self.inside_quote(at))
    }

    /// Second-predicate rule: "He asserted Senegal's decision was made independently and
    /// accused France": a cue said in words, joined by "and" to the verb of a reported
    /// clause whose subject is a thing, is the reporter's second predicate.
    fn reporter_of_second_predicate(&self, at: usize) -> Option<&'d EntityMention> {
        if !words::is(&self.w(at), RelationWord::VOICED_STANCE) {
            return None;
        }
        let reporter = self.reporter_of_clause_verb(at)?;
        Some(reporter).filter(|m| self.is_actor(m))
    }

    /// The actor an apposition describes when the layer took that apposition ("X, a
    /// critic of Y,") for the subject of the verb cue at `at`.
    fn described_by_subject(&self, at: usize, paren: &[(usize, usize)]) -> Option<&'d EntityMention> {
        let head = self.subject_head(at)?;
        let &(a, _) = paren.iter().find(|&&(a, b)| head > a && head < b)?;
        self.mention_at(a.checked_sub(1)?).filter(|m| self.is_actor(m))
    }

    /// Apposition rule: a noun cue in an apposition that describes the actor before it
    /// ("X, a close ally of Y,", "X, a fierce critic of Y,") is that actor's; the
    /// apposition opens with a determiner and holds no verb before the cue.
    fn apposition_head(&self, at: usize, paren: &[(usize, usize)]) -> Option<&'d EntityMention> {
        let &(a, _) = paren.iter().find(|&&(a, b)| at > a && at < b)?;
        if a == 0 || !words::is(&self.w(a + 1), RelationWord::DETERMINER) || self.has_finite_verb(a + 1, at) {
            return None;
        }
        self.mention_at(a - 1).filter(|m| self.is_actor(m))
    }

    /// Pronoun rule: a pronoun right before the cue `at` (past auxiliaries) decides its subject;
    /// `None` when there is none.
    fn pronoun_subject(&self, at: usize, lo: usize) -> Option<Option<&'d EntityMention>> {
        // a pronoun right before (skipping auxiliaries): "he said", "she has warned"
        let mut k = at;
        while k > lo {
            let w = self.w(k - 1);
            if words::is(&w, RelationWord::AUX) {
                k -= 1;
                continue;
            }
            if words::is(&w, RelationWord::PERSON_PRONOUN) {
                return Some(self.pronoun(k - 1));
            }
            // "It also points out that ...": a body that spoke in the sentence before
            if w == "it" && k - 1 == self.doc.seg.sentences[self.doc.sent_of[at]].first_token {
                let si = self.doc.sent_of[at];
                return Some(
                    self.last_speaker
                        .filter(|&(e, s)| si <= s + 1 && self.res.entities[e].kind == EntityType::Organization)
                        .and_then(|(e, _)| self.mention_before(e, at)),
                );
            }
            if w == "it" {
                if let Some(m) = self.speaker_of_statement_opening(k - 1) {
                    return Some(Some(m));
                }
            }
            if words::is(&w, RelationWord::NON_PERSON_PRONOUN) {
                return Some(None);
            }
            // "the president's special envoy is meeting X": the one holder of that role
            if self.mention_at(k - 1).is_none() {
                if let Some(holder) = self.role_reference(k - 1) {
                    return Some(Some(holder));
                }
            }
            break;
        }
        None
    }

    /// Statement-opening rule: an "it" that opens what a state or body said ("Hamas
    /// said it rejected ...", "the ministry said that it would respond") is the speaker.
    pub(super) fn speaker_of_statement_opening(&self, it: usize) -> Option<&'d EntityMention> {
        let end = self.speech_end?;
        if !(it == end || (it == end + 1 && self.w(end) == "that")) {
            return None;
        }
        let e = self.sentence_speaker[self.doc.sent_of[it]]?;
        if matches!(self.res.entities[e].kind, EntityType::Person) {
            return None;
        }
        self.mention_before(e, it)
    }

    /// Collective-possessive rule: "their support for" takes the clause's subject; `None` when
    /// no such possessive is near.
    fn collective_subject(&self, at: usize, lo: usize, paren: &[(usize, usize)]) -> Option<Option<&'d EntityMention>> {
        // "their support for", "its backing of": the subject of the clause
        let mut k = at;
        let mut n = 0;
        while k > lo && n < 4 {
            let w = self.w(k - 1);
            if words::is(&w, RelationWord::COLLECTIVE_POSSESSIVE) {
                return Some(self.clause_subject(lo, k - 1, paren));
            }
            if !self.doc.is_word(k - 1) || self.mention_at(k - 1).is_some() {
                break;
            }
            k -= 1;
            n += 1;
        }
        None
    }

    /// Leftward rule: the nearest actor before the cue `at` that can be its subject (not owned,
    /// not a describing state, not an object, no clause break between).
    fn leftward_subject(
        &self,
        at: usize,
        lo: usize,
        paren: &[(usize, usize)],
        noun: bool,
    ) -> Option<&'d EntityMention> {
        let mut best: Option<&'d EntityMention> = None;
        for m in self.mentions_in(lo, at) {
            if self.in_paren(m.raw.first, paren)
                || !self.is_actor(m)
                || self.inside_quote(m.raw.first) != self.inside_quote(at)
                || self.is_noun_modifier(m)
            {
                continue;
            }
            let owned = m.raw.first > lo && self.doc.is_possessive(m.raw.first - 1);
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
                    && (self.doc.lex.is(&next, WordClass::ORGNOUN) || words::is(&next, RelationWord::BODY_NOUN))
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
            matches!(self.doc.tok(i), ";" | ":" | "," | "(" | ")") || words::is(&self.w(i), RelationWord::CLAUSE_LINK)
        });
        let possessive = self.doc.is_possessive(m.raw.end);
        let gap_words = gap
            .filter(|&i| !self.in_paren(i, paren) && !paren.iter().any(|&(a, b)| a == i || b == i))
            .count();
        // an object of a preposition is no subject ("met with X to discuss ... for Y");
        // a possessive owns only a noun cue ("Ms Lane's ... meetings with")
        // "Ruth Lane and Hugh Dunn met": the second of coordinated subjects
        let coordinated = {
            let mut k = self.np_start(m, lo);
            while k > lo && words::is(&self.w(k - 1), RelationWord::ARTICLE) {
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

    /// Whether a finite verb follows at `k`, or after one word that names nobody
    /// ("and strongly condemned").
    fn verb_follows(&self, k: usize, hi: usize) -> bool {
        (k..(k + 2).min(hi))
            .take_while(|&j| self.mention_at(j).is_none() && self.doc.is_word(j))
            .any(|j| self.is_finite(j))
    }

    /// The actors of the noun phrase starting at `from`: leading determiners and a few
    /// modifiers, then mentions joined by commas, "and", "or"; a person in the phrase
    /// stands for it (its country or party in front only modifies it).
    pub(super) fn objects(&self, from: usize, hi: usize) -> Vec<&'d EntityMention> {
        let mut i = from;
        let mut skipped = 0;
        let mut found: Vec<&'d EntityMention> = Vec::new();
        while i < hi {
            if let Some(m) = self.mention_at(i) {
                // the list ends where another clause begins ("with X, spokesman Y said")
                if !self.same_clause(from.min(hi - 1), m.raw.first)
                    || (!found.is_empty() && self.subject_of_another_verb(m.raw.first, from.saturating_sub(1)))
                {
                    break;
                }
                // "the Ruritania peace talks": a name that only modifies a noun takes no part
                if self.is_actor(m) && !self.is_noun_modifier(m) {
                    found.push(m);
                }
                i = m.raw.end;
                // "Democratic Republic of Congo (DRC) counterpart X": the short form in
                // brackets belongs to the name before it
                if i + 2 < hi
                    && self.doc.tok(i) == "("
                    && self.doc.tok(i + 2) == ")"
                    && self.mention_at(i + 1).is_some_and(|s| s.entity == m.entity)
                {
                    i += 3;
                }
                // a possessive ends the phrase at its owner: "Shore's government" -> Shore,
                // unless a titled person follows ("Brazil's President X": X)
                if i < hi && self.doc.is_possessive(i) {
                    // (the title may open with capitalised words: "X's Middle East envoy Y")
                    let next = self.mentions_in(i + 1, hi).find(|p| self.is_person(p));
                    let real_title = next.filter(|p| {
                        let t = p.raw.title_first;
                        t < p.raw.first
                            && t > i
                            && t <= i + 4
                            && (i + 1..t).all(|k| self.doc.tok(k).starts_with(char::is_uppercase))
                    });
                    let titled = real_title.is_some() || next.is_some_and(|p| p.raw.title_first == i + 1);
                    if !titled {
                        break;
                    }
                    // the owner only says whose office the titled person holds ("X's
                    // envoy Y": Y)
                    if real_title.is_some() && found.last().is_some_and(|o| o.entity == m.entity) {
                        found.pop();
                    }
                    i += 1;
                }
                continue;
            }
            let w = self.w(i);
            let t = self.doc.tok(i);
            if t == "," || w == "and" || w == "or" || w == "&" {
                // "meet his counterpart, Hakan Fidan": a role named after a comma
                let role_named = t == ","
                    && i > from
                    && self.names_a_role(i - 1)
                    && i + 1 < hi
                    && self.mention_at(i + 1).is_some_and(|m| {
                        // the name closes the apposition ("his counterpart, X, on Friday"),
                        // and heads no clause of its own but a relative one ("X, who leads Y")
                        let relative = m.raw.end + 1 < hi && words::is(&self.w(m.raw.end + 1), RelationWord::RELATIVE);
                        self.is_person(m)
                            && (m.raw.end >= hi || matches!(self.doc.tok(m.raw.end), "," | "." | ";"))
                            && (relative || !self.subject_of_another_verb(m.raw.first, from.saturating_sub(1)))
                    });
                if found.is_empty() && t == "," && !role_named {
                    break;
                }
                // "expressed solidarity with X and strongly condemned the Israeli
                // attack": a conjunction before a verb opens a second predicate
                if t != "," && self.verb_follows(i + 1, hi) {
                    break;
                }
                skipped = 0;
                i += 1;
                continue;
            }
            // "U.S. Ambassador to Lebanon Lisa Johnson": a role with its posting, then the
            // person who holds it, who is the one acted upon
            if let Some(p) = self.holder_after_posting(i, from, hi) {
                found.push(p);
                i = p.raw.end;
                skipped = 0;
                continue;
            }
            // "his counterparts from X and Y", "the foreign ministers of X": a role
            // names who acts for the actors after it
            if found.is_empty() && (w == "of" || w == "from") && i > from && self.names_a_role(i - 1) {
                skipped = 0;
                i += 1;
                continue;
            }
            if !self.doc.is_word(i) || words::is(&w, RelationWord::BOUNDARY) || skipped >= 4 {
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

    /// The person named right after a role and its posting ("Ambassador to Lebanon Lisa
    /// Johnson", "Minister of Energy Joe Saddi"), when token `i` is the "to" or "of"
    /// after the role and only capitalised words (the posting) stand between it and the name.
    pub(super) fn holder_after_posting(&self, i: usize, from: usize, hi: usize) -> Option<&'d EntityMention> {
        let w = self.w(i);
        if !(w == "to" || w == "of") || i <= from || !self.names_a_role(i - 1) {
            return None;
        }
        let mut k = i + 1;
        while k < hi && k <= i + 4 {
            if let Some(m) = self.mention_at(k) {
                // a person right after "of" is whose role it is ("partner of X")
                if self.is_person(m) {
                    return (k > i + 1).then_some(m);
                }
                k = m.raw.end;
                continue;
            }
            if !self.doc.tok(k).starts_with(|c: char| c.is_uppercase()) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// Reduced-relative rule: the cue at `c0` is a participle right after a comma ("Hamas,
    /// backed by Iran,"), a passive about the phrase before the comma.
    pub(super) fn reduced_relative(&self, c0: usize, lo: usize) -> bool {
        c0 > lo && self.doc.tok(c0 - 1) == "," && self.is_participle(c0)
    }

    /// Whether the cue at `c0` is in the passive voice ("was criticised by").
    pub(super) fn passive(&self, c0: usize, lo: usize) -> bool {
        // "is meeting", "was backing": a progressive, not a passive
        if self.w(c0).ends_with("ing") {
            return false;
        }
        // "Hamas, backed by Iran,": with its agent after it
        if c0 + 1 < self.doc.seg.tokens.len() && self.w(c0 + 1) == "by" && self.reduced_relative(c0, lo) {
            return true;
        }
        let mut k = c0;
        while k > lo {
            let w = self.w(k - 1);
            if words::is(&w, RelationWord::PASSIVE_AUX) {
                return true;
            }
            if w.ends_with("ly") || words::is(&w, RelationWord::PASSIVE_SKIP) {
                k -= 1;
                continue;
            }
            return false;
        }
        false
    }

    /// Where the noun phrase of person mention `p` starts: its title and the country,
    /// party or body in front of it ("Lib Dem foreign affairs spokesman").
    pub(super) fn np_start(&self, p: &EntityMention, lo: usize) -> usize {
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
                && !words::is(&w, RelationWord::BOUNDARY)
                && !words::is(&w, RelationWord::DETERMINER)
                && !words::is(&w, RelationWord::AUX)
                && !words::is(&w, RelationWord::COORDINATOR)
                // ("China urged Japanese Prime Minister X": a verb ends the phrase)
                && !self.is_verb(prev);
            if matches!(w.as_ref(), "'s" | "\u{2019}s") || (office && modifier) {
                k -= 1;
                words += 1;
                continue;
            }
            break;
        }
        k
    }
}
