//! What the syntactic layer (`crate::syntax`) says about the sentence around a token:
//! the noun phrase a mention sits in and whether it heads it, the verb group of a cue
//! with its subject and objects, the clause a token belongs to, and how far a
//! coordination reaches. The relation rules ask these questions instead of scanning
//! token windows; where the layer has no answer they keep their window rules.

use super::*;
use crate::syntax::{ClauseKind, Pos, SentenceSyntax};

/// The syntax of the article's sentences, each computed the first time a rule asks
/// about it (a sentence with no actor and no cue is never parsed).
#[derive(Debug, Default)]
pub(super) struct Parses {
    /// Per sentence: its first token and its syntax once computed.
    sentences: Vec<(usize, std::cell::OnceCell<SentenceSyntax>)>,
}

impl Parses {
    /// Room for the syntax of every sentence of the article.
    pub(super) fn new(doc: &Article) -> Self {
        let sentences = doc
            .seg
            .sentences
            .iter()
            .map(|s| (s.first_token, std::cell::OnceCell::new()))
            .collect();
        Parses { sentences }
    }
}

/// What the layer says about the subject of a verb cue.
pub(super) enum Subject<'d> {
    /// The verb's subject is this actor.
    Actor(&'d EntityMention),
    /// The verb has a subject, and it is no actor ("the plan backed ...").
    NoActor,
    /// The layer found no subject: the window rules decide.
    Unknown,
}

impl<'d, 'a> RelationFinder<'d, 'a> {
    /// The syntax of the sentence holding token `tok`, its first token, and `tok`'s
    /// index in it.
    fn syntax_at(&self, tok: usize) -> (&SentenceSyntax, usize, usize) {
        let si = self.doc.sent_of[tok];
        let syn = self.sentence_syntax(si);
        let first = self.parses.sentences[si].0;
        (syn, first, tok - first)
    }

    /// The syntax of sentence `si`, parsed on first use.
    fn sentence_syntax(&self, si: usize) -> &SentenceSyntax {
        self.parses.sentences[si].1.get_or_init(|| {
            let first = self.parses.sentences[si].0;
            let in_name = |i: usize| self.mention_at(first + i).is_some();
            crate::syntax::analyse_names(self.doc.text, self.doc.seg.sentence_tokens(si), in_name)
        })
    }

    /// Whether mention `m` only modifies the noun its phrase is about: a proper name in
    /// front of a common noun ("the Ukraine peace talks", "Russia sanctions"). A
    /// demonym ("French diplomats") is the state's voice, no modifier; a body in front
    /// of a person ("NATO chief X") is left to `owner_person`.
    pub(super) fn is_noun_modifier(&self, m: &EntityMention) -> bool {
        let (syn, first, last) = self.syntax_at(m.raw.end - 1);
        let Some(c) = syn.chunk_at(last) else {
            return false;
        };
        let head = syn.chunks[c].head;
        if head <= last || syn.chunks[c].possessive || self.mention_at(first + head).is_some() {
            return false;
        }
        // "BA director", "Kremlin spokesman", "US officials", "the Biden administration":
        // a name in front of a role or of a state's voice is who acts
        let role = self.names_a_role(first + head);
        let own = syn.tags[m.raw.first - first];
        // (a demonym before a state's act or organ is the state's even where the tagger
        // calls it a proper noun: "the Israeli strikes"; not "Thai beach resort")
        let demonym = m.raw.how == crate::model::MentionSource::Demonym
            && self.doc.lex.is(&self.w(first + head), WordClass::STATEBODY);
        own.is_proper() && !demonym && syn.tags[head].is_noun() && !syn.tags[head].is_proper() && !role
    }

    /// The actor a noun phrase stands for: the actor at its head, a person the phrase
    /// names ("Kremlin spokesman X", "Secretary of State X"), a resolved pronoun, or
    /// the one holder of the role that heads it ("the envoy").
    fn chunk_actor(&self, tok: usize, c: usize) -> Option<&'d EntityMention> {
        let (syn, first, _) = self.syntax_at(tok);
        let chunk = &syn.chunks[c];
        let (a, b, head) = (first + chunk.start, first + chunk.end, first + chunk.head);
        if let Some(m) = self.mention_at(head).filter(|m| self.is_actor(m)) {
            return Some(m);
        }
        let res: &'d Resolved = self.res;
        let sent = &self.doc.seg.sentences[self.doc.sent_of[tok]];
        let from = res.mentions.partition_point(|m| m.raw.first < sent.first_token);
        let titled = res.mentions[from..]
            .iter()
            .take_while(|m| m.raw.first < sent.end_token)
            .find(|m| {
                self.is_person(m) && m.raw.sentence == self.doc.sent_of[tok] && m.raw.title_first < b && m.raw.end > a
            });
        if let Some(p) = titled {
            return Some(p);
        }
        // "U.S. Ambassador to Lebanon Lisa Johnson": the holder named after the posting
        let sent_end = sent.end_token;
        if let Some(p) = (b < sent_end)
            .then(|| self.holder_after_posting(b, a, sent_end))
            .flatten()
        {
            return Some(p);
        }
        let w = self.w(head);
        if words::is(&w, RelationWord::PERSON_PRONOUN) {
            return self.pronoun(head);
        }
        // "his country would stand by X": the state of the person the pronoun stands for
        if words::is(&w, RelationWord::OWN_STATE_NOUN)
            && head == a + 1
            && words::is(&self.w(a), RelationWord::POSSESSIVE_PRONOUN)
        {
            return self.pronoun(a).and_then(|p| self.state_of(p.entity));
        }
        // "Hamas officials", "NATO leaders": the body a voice noun speaks for
        if words::is(&w, RelationWord::VOICE_NOUN) {
            let body = self
                .mentions_in(a, head)
                .filter(|m| self.is_actor(m) && !self.is_person(m))
                .last();
            if body.is_some() {
                return body;
            }
            // "Iran's foreign ministry", "Hamas's political bureau": the owner speaks
            let owner = chunk
                .possessor
                .and_then(|p| self.chunk_actor(first + syn.chunks[p].head, p))
                .filter(|m| self.is_actor(m) && !self.is_person(m));
            if owner.is_some() {
                return owner;
            }
        }
        // "the Russian foreign ministry", "French diplomats": the state's voice, unless
        // the noun is a body of its own ("a French court", "a US firm")
        let state = self.mentions_in(a, b).find(|m| {
            self.res.entities[m.entity].kind == EntityType::Country
                && !self.is_noun_modifier(m)
                && !self.doc.lex.is(&w, WordClass::ORGNOUN)
                && !words::is(&w, RelationWord::BODY_NOUN)
        });
        state.or_else(|| self.role_reference(head))
    }

    /// The subject of the verb cue at `at` by the layer. Coordinated verbs share their
    /// subject ("X spoke with Y and praised Z"), which the layer has already resolved.
    pub(super) fn syntactic_subject(&self, at: usize) -> Subject<'d> {
        let (syn, first, i) = self.syntax_at(at);
        let Some(v) = syn.verb_at(i) else {
            return Subject::Unknown;
        };
        let Some(c) = syn.verbs[v].subject else {
            return Subject::Unknown;
        };
        if let Some(m) = self.intent_owner(at, v, c) {
            return Subject::Actor(m);
        }
        let head = first + syn.chunks[c].head;
        if self.w(head) == "it" {
            if let Some(m) = self.speaker_of_statement_opening(head) {
                return Subject::Actor(m);
            }
        }
        // "DR Congo and Western countries accuse X", "with Hamas officials, analysts and
        // Israeli protesters accusing X": a conjunct that names nobody leaves the subject
        // to one that names an actor (not when a later conjunct opens a phrase of its
        // own: "the drills, while Germany and France called")
        let conjunct = || {
            let group = syn.coordinated_with(c);
            if group.iter().skip(1).any(|&k| syn.chunks[k].preposition.is_some()) {
                return None;
            }
            group
                .iter()
                .filter(|&&k| k != c)
                .find_map(|&k| self.chunk_actor(at, k).filter(|m| self.is_actor(m)))
        };
        match self.chunk_actor(at, c).or_else(conjunct) {
            Some(m) => Subject::Actor(m),
            // a common noun that names nobody ("the plan", "the talks") is no actor;
            // anything else (a name the lexicon missed) is left to the window rules
            // ("a spokeswoman for X said": a role speaks for the body after it)
            None if !syn.tags[syn.chunks[c].head].is_proper()
                && self.doc.tok(first + syn.chunks[c].head).starts_with(char::is_lowercase)
                && self.doc.lex.title(&self.w(first + syn.chunks[c].head)).is_none() =>
            {
                Subject::NoActor
            }
            None => Subject::Unknown,
        }
    }

    /// Whether the layer found the verb at `at` and it is an infinitive or a gerund.
    pub(super) fn non_finite_verb(&self, at: usize) -> bool {
        let (syn, _, i) = self.syntax_at(at);
        syn.verb_at(i).is_some_and(|v| syn.verbs[v].non_finite)
    }

    /// The actor subject of the reporting verb when the verb at `at` is a second
    /// predicate of the reported clause ("He asserted the decision was made and accused
    /// X": he): joined by "and" after the clause's own verb.
    pub(super) fn reporter_of_clause_verb(&self, at: usize) -> Option<&'d EntityMention> {
        let (syn, first, i) = self.syntax_at(at);
        let v = syn.verb_at(i)?;
        let g = &syn.verbs[v];
        let clause = &syn.clauses[g.clause];
        if clause.kind != ClauseKind::Reported || clause.verb == Some(v) || g.start == 0 {
            return None;
        }
        if self.w(first + g.start - 1) != "and" || clause.verb.is_none_or(|c| syn.verbs[c].start > g.start) {
            return None;
        }
        let reporting = &syn.verbs[clause.reported_by?];
        let s = reporting.subject?;
        self.chunk_actor(first + syn.chunks[s].head, s)
    }

    /// The head token of the layer's direct object of the verb at `at`.
    pub(super) fn object_head(&self, at: usize) -> Option<usize> {
        let (syn, first, i) = self.syntax_at(at);
        let c = syn.verbs[syn.verb_at(i)?].object?;
        Some(first + syn.chunks[c].head)
    }

    /// The head token of the layer's subject of the verb cue at `at`.
    pub(super) fn subject_head(&self, at: usize) -> Option<usize> {
        let (syn, first, i) = self.syntax_at(at);
        let c = syn.verbs[syn.verb_at(i)?].subject?;
        Some(first + syn.chunks[c].head)
    }

    /// Intent-owner rule: a non-finite verb cue whose subject is a noun owned by an
    /// actor ("Indonesia's commitment to support X", "Britain's decision to back Y") is
    /// done by that owner; `v` is the verb group of the cue at `at`, `c` its subject.
    fn intent_owner(&self, at: usize, v: usize, c: usize) -> Option<&'d EntityMention> {
        let (syn, first, _) = self.syntax_at(at);
        let chunk = &syn.chunks[c];
        let head = self.w(first + chunk.head);
        if !syn.verbs[v].non_finite || self.doc.lex.is(&head, WordClass::NEGATION) || self.chunk_actor(at, c).is_some()
        {
            return None;
        }
        let p = chunk.possessor?;
        self.chunk_actor(first + syn.chunks[p].head, p)
            .filter(|m| self.is_actor(m))
    }

    /// Whether the verb at `at` has a direct object that names an actor or a role ("met
    /// his counterpart", "met Tom Hale"), not a thing ("supplied drones").
    pub(super) fn object_names_someone(&self, at: usize) -> bool {
        let (syn, first, i) = self.syntax_at(at);
        let Some(c) = syn.verb_at(i).and_then(|v| syn.verbs[v].object) else {
            return false;
        };
        let head = first + syn.chunks[c].head;
        self.mention_at(head).is_some_and(|m| self.is_actor(m)) || self.names_a_role(head)
    }

    /// The actors named after the direct object of the verb at `at`, in the phrases
    /// hanging on it ("the agreement between A and B", "attacks on C by D"): what the
    /// object is about. Phrases of time, place or circumstance ("during a call with X")
    /// end it.
    pub(super) fn object_phrase_actors(&self, at: usize) -> Vec<&'d EntityMention> {
        let (syn, first, i) = self.syntax_at(at);
        let Some(c) = syn.verb_at(i).and_then(|v| syn.verbs[v].object) else {
            return Vec::new();
        };
        // the actors of one phrase: a person in it stands for it ("Democrat John Kerry")
        let actors_of = |a: usize, b: usize| {
            let all: Vec<&'d EntityMention> = self
                .mentions_in(first + a, first + b)
                .filter(|m| self.is_actor(m))
                .collect();
            if all.iter().any(|m| self.is_person(m)) {
                all.into_iter().filter(|m| self.is_person(m)).collect()
            } else {
                all
            }
        };
        let mut found = Vec::new();
        let mut end = syn.chunks[c].end;
        for k in c + 1..syn.chunks.len() {
            let ch = &syn.chunks[k];
            let joined = match ch.preposition {
                // a conjunct of the phrase before ("between A and B")
                None => ch.start == end + 1 && matches!(self.w(first + end).as_ref(), "and" | "or"),
                // a possessive phrase and what it owns ("to X's campaign")
                Some(_) if ch.start == end && syn.chunks[k - 1].possessive => true,
                Some(p) => {
                    p == end && ch.start == p + 1 && words::is(&self.w(first + p), RelationWord::ABOUT_PREPOSITION)
                }
            };
            if !joined {
                break;
            }
            found.extend(actors_of(ch.start, ch.end));
            end = ch.end;
        }
        found
    }

    /// Whether the cue at `at` is a verb whose group the layer found, and the actors of
    /// its direct object (a possessor stands for its possessed: "praised India's role").
    pub(super) fn direct_objects(&self, at: usize) -> Option<Vec<&'d EntityMention>> {
        let (syn, first, i) = self.syntax_at(at);
        let v = syn.verb_at(i)?;
        let Some(c) = syn.verbs[v].object else {
            return Some(Vec::new());
        };
        // "accused Mr Blair's government": the possessor is who is acted upon, but
        // "received Syria's Interim President X": a named person is acted upon himself
        let named_person = self
            .mention_at(first + syn.chunks[c].head)
            .is_some_and(|m| self.is_person(m));
        let c = if named_person {
            c
        } else {
            syn.chunks[c].possessor.unwrap_or(c)
        };
        let mut found = Vec::new();
        for k in syn.coordinated_with(c).iter().copied() {
            let ch = &syn.chunks[k];
            // "French, British and German diplomats": every state of the phrase
            let states: Vec<&'d EntityMention> = self
                .mentions_in(first + ch.start, first + ch.end)
                .filter(|m| self.is_actor(m) && !self.is_noun_modifier(m))
                .collect();
            if let Some(m) = self.object_pronoun(at, first + ch.head) {
                found.push(m);
                continue;
            }
            match self.chunk_actor(at, k) {
                Some(m) if self.is_person(m) || self.mention_at(first + ch.head).is_some() => found.push(m),
                _ if states.is_empty() => {
                    // "met the foreign ministers of Armenia and Azerbaijan": a role names
                    // who acts for the actors after "of" or "from"
                    let after = first + ch.end;
                    let end = self.doc.seg.sentences[self.doc.sent_of[at]].end_token;
                    if after + 1 < end
                        && matches!(self.w(after).as_ref(), "of" | "from")
                        && self.names_a_role(first + ch.head)
                    {
                        found.extend(self.objects(after + 1, end));
                    }
                }
                _ => found.extend(states),
            }
        }
        Some(found)
    }

    /// Object-pronoun rule: "him" or "her" as the object of a verb of hostility or
    /// backing ("called X authoritarian and accused him") stands for the last person
    /// named before it, in its sentence or the one before, who is not the verb's subject.
    fn object_pronoun(&self, at: usize, pron: usize) -> Option<&'d EntityMention> {
        let w = self.w(pron);
        let object_form =
            words::is(&w, RelationWord::MASCULINE_PRONOUN) || words::is(&w, RelationWord::FEMININE_PRONOUN);
        if !object_form || words::is(&w, RelationWord::PERSON_PRONOUN) || self.tag_at(pron) != Some(Pos::PRP) {
            return None;
        }
        let stance = self
            .verb_cue_relations(&self.w(at))
            .any(|r| matches!(r, RelationType::Opposes | RelationType::Supports));
        if !stance {
            return None;
        }
        let Subject::Actor(subj) = self.syntactic_subject(at) else {
            return None;
        };
        let si = self.doc.sent_of[pron];
        let lo = self.doc.seg.sentences[si.saturating_sub(1)].first_token;
        self.mentions_in(lo, pron)
            .filter(|m| {
                // (not the owner of a thing in a prepositional phrase: "at odds with
                // Tony Blair's prediction")
                let start = self.np_start(m, lo);
                let in_phrase = start > lo && words::is(&self.w(start - 1), RelationWord::OBJECT_MARKER);
                self.is_person(m)
                    && m.entity != subj.entity
                    && !(self.doc.is_possessive(m.raw.end) && in_phrase)
                    && self.surely_a_person(m)
                    && self.gender_fits(m.entity, pron)
                    && self.inside_quote(m.raw.first) == self.inside_quote(pron)
            })
            .last()
    }

    /// Prepositional objects of the verb group holding `at` that stand apart from it
    /// ("spoke by phone with X"): (preposition token, actors of the phrase and its
    /// conjuncts).
    pub(super) fn distant_prep_objects(&self, at: usize) -> Vec<(usize, Vec<&'d EntityMention>)> {
        let (syn, first, i) = self.syntax_at(at);
        let Some(v) = syn.verb_at(i) else {
            return Vec::new();
        };
        let vg = &syn.verbs[v];
        vg.prep_objects
            .iter()
            .filter(|&&(p, _)| p > vg.end)
            .map(|&(p, c)| {
                let c = syn.chunks[c].possessor.unwrap_or(c);
                let actors = syn
                    .coordinated_with(c)
                    .iter()
                    .copied()
                    .filter_map(|k| self.chunk_actor(at, k))
                    .filter(|m| self.is_actor(m))
                    .collect();
                (first + p, actors)
            })
            .collect()
    }

    /// The actor owning the noun phrase that holds `tok` ("Russia's" in "Russia's
    /// invasion of"), if the layer found a possessor.
    pub(super) fn possessor_of(&self, tok: usize) -> Option<&'d EntityMention> {
        let (syn, first, i) = self.syntax_at(tok);
        let p = syn.chunks[syn.chunk_at(i)?].possessor?;
        self.chunk_actor(first + syn.chunks[p].head, p)
            .filter(|m| self.is_actor(m))
    }

    /// Agent-after rule: a noun of hostility or backing whose phrase goes on with "by X"
    /// ("the attacks on Syria by Israel", "support for Kyiv by its allies") is done by X.
    pub(super) fn agent_after(&self, tok: usize) -> Option<&'d EntityMention> {
        let (syn, first, i) = self.syntax_at(tok);
        let c = syn.chunk_at(i)?;
        let mut end = syn.chunks[c].end;
        for ch in syn.chunks.iter().skip(c + 1).take(3) {
            let p = ch.preposition?;
            if p != end || ch.start != p + 1 {
                return None;
            }
            if self.w(first + p) == "by" {
                return self
                    .mentions_in(first + ch.start, first + ch.end)
                    .find(|m| self.is_actor(m))
                    .or_else(|| self.chunk_actor(first + ch.head, syn.chunk_at(ch.head)?));
            }
            end = ch.end;
        }
        None
    }

    /// Modifier-agent rule: an actor in front of a noun of hostility or backing in its
    /// own phrase does what the noun names ("Russian attacks on", "EU sanctions
    /// against", "American support for"). Meetings are left out: in "the Ukraine peace
    /// talks with X" the name is the topic, not a participant.
    pub(super) fn modifier_agent(&self, tok: usize) -> Option<&'d EntityMention> {
        let (syn, first, i) = self.syntax_at(tok);
        let chunk = &syn.chunks[syn.chunk_at(i)?];
        // "the ANZUS treaty with X": a pact names its partners after "with", and the
        // name in front is the pact's own
        if chunk.head != i || self.cue_ends_with_partner(tok) {
            return None;
        }
        self.mentions_in(first + chunk.start, tok)
            .filter(|m| self.is_actor(m) && m.raw.end <= tok)
            .last()
    }

    /// Whether the noun cue at `tok` is followed by "with" or "between", which name
    /// partners rather than the one acted upon.
    fn cue_ends_with_partner(&self, tok: usize) -> bool {
        (tok + 1..(tok + 3).min(self.doc.seg.tokens.len())).any(|k| matches!(self.w(k).as_ref(), "with" | "between"))
    }

    /// Whether the noun cue at `tok` is a label given after "as" ("what Lula described
    /// as an attack on Brazil", "called it an act of aggression against X"): the one
    /// who gives the label does not do what it names.
    pub(super) fn label_after_as(&self, tok: usize) -> bool {
        let (syn, first, i) = self.syntax_at(tok);
        syn.chunk_at(i)
            .is_some_and(|c| syn.chunks[c].start > 0 && self.w(first + syn.chunks[c].start - 1) == "as")
    }

    /// Governing-verb rule: the actor doing what a noun cue names is the subject of the
    /// verb whose object the cue's phrase is ("he started the day with a meeting with
    /// X", "stressed the need to increase pressure on X"). A non-finite verb whose
    /// subject names nobody ("the need to increase") takes its governor's subject.
    /// With `conjuncts` (a noun of hostility or backing), a conjunct of such an adjunct
    /// counts too ("responded with missile and drone strikes on X").
    pub(super) fn governing_subject(&self, tok: usize, conjuncts: bool) -> Option<&'d EntityMention> {
        let (syn, first, i) = self.syntax_at(tok);
        let c = syn.chunk_at(i)?;
        let mut v = syn
            .verbs
            .iter()
            // (not a conjunct of the object: "meet A, B and the Chief of Staff of X")
            .position(|g| {
                self.cue_phrases(first, g)
                    .any(|(k, object)| k == c || (conjuncts && !object && syn.coordinated_with(k).contains(&c)))
            })?;
        for _ in 0..3 {
            let g = &syn.verbs[v];
            if g.negated {
                return None;
            }
            if let Some(m) = g.subject.and_then(|s| self.chunk_actor(first + syn.chunks[s].head, s)) {
                return Some(m).filter(|m| self.is_actor(m));
            }
            v = g.governor.filter(|_| g.non_finite)?;
            // "whether to begin talks", "trying to arrange a meeting": intended, not done
            if words::is(&self.w(first + syn.verbs[v].head), RelationWord::INTENTION_VERB) {
                return None;
            }
        }
        None
    }

    /// Whether the noun at `tok` is the object of a verb that condemns it, a verb cue of
    /// hostility ("condemned the attack on X", "rejected the sanctions on Y"): the verb's
    /// subject judges the act, and did not do it (backing an act, "bankrolled opponents
    /// of X", sides with it).
    pub(super) fn judged_act(&self, tok: usize) -> bool {
        let (syn, first, i) = self.syntax_at(tok);
        let Some(c) = syn.chunk_at(i) else {
            return false;
        };
        syn.verbs.iter().filter(|g| g.object == Some(c)).any(|g| {
            self.verb_cue_relations(&self.w(first + g.head))
                .any(|r| r == RelationType::Opposes)
        })
    }

    /// Whether the role noun at `tok` ("adviser to X") is the object of a verb that is
    /// no verb of being or of taking office: "met the adviser to X" is somebody else's
    /// role, "is an adviser to X" and "was named envoy to X" are the subject's.
    pub(super) fn role_of_an_object(&self, tok: usize) -> bool {
        let (syn, first, i) = self.syntax_at(tok);
        let Some(c) = syn.chunk_at(i) else {
            return false;
        };
        let governing = syn.verbs.iter().find(|g| g.object == Some(c));
        governing.is_some_and(|g| {
            let head = self.w(first + g.head);
            !words::is(&head, RelationWord::PASSIVE_AUX) && !words::is(&head, RelationWord::OFFICE_VERB)
        })
    }

    /// The phrases of verb group `g` (in a sentence starting at token `first`) whose
    /// noun the verb's subject does: its object, and its adjuncts of time or manner
    /// ("after a row with X", "in talks with X"), not a phrase about a thing
    /// ("opposition to the war on X", "a complaint over aid to X"). Yields (chunk,
    /// whether it is the object).
    fn cue_phrases<'g>(
        &'g self,
        first: usize,
        g: &'g crate::syntax::VerbGroup,
    ) -> impl Iterator<Item = (usize, bool)> + 'g {
        g.object.into_iter().map(|o| (o, true)).chain(
            g.prep_objects
                .iter()
                .filter(move |&&(p, _)| words::is(&self.w(first + p), RelationWord::GOVERNED_CUE_PREPOSITION))
                .map(|&(_, k)| (k, false)),
        )
    }

    /// The actor who reports the clause holding `tok` ("X said he would ...": X for
    /// "he"), when the layer found the reporting verb and its subject before `tok`.
    pub(super) fn reporter_of(&self, tok: usize) -> Option<&'d EntityMention> {
        let (syn, first, i) = self.syntax_at(tok);
        let clause = &syn.clauses[*syn.clause_of.get(i)?];
        if clause.kind != ClauseKind::Reported {
            return None;
        }
        // only the subject of the reported clause's own verb, named right after the
        // reporting verb ("X said that he ..."), not a pronoun further in
        let own = syn.verbs[clause.verb?].subject?;
        let reporting = &syn.verbs[clause.reported_by?];
        let between =
            (reporting.end..syn.chunks[own].start).all(|k| !syn.tags[k].is_noun() && !syn.tags[k].is_pronoun());
        if syn.chunks[own].head != i || !between {
            return None;
        }
        let s = reporting.subject?;
        let m = self.chunk_actor(first + syn.chunks[s].head, s)?;
        (m.raw.end <= tok && m.raw.first >= first).then_some(m)
    }

    /// Verb groups of sentence `si` that hold a meeting of their coordinated subject:
    /// (verb head token, meeting noun token, whether the verb is a non-finite complement
    /// such as "agreed to begin talks", the subject's actors, two or three). A meeting
    /// noun followed by "with" or "between" (not "between their") names its other side
    /// and is left to the noun cue.
    pub(super) fn joint_meeting_groups(&self, si: usize) -> Vec<(usize, usize, bool, Vec<&'d EntityMention>)> {
        let first = self.parses.sentences[si].0;
        let syn = self.sentence_syntax(si);
        let mut out = Vec::new();
        for g in &syn.verbs {
            let Some(s) = g.subject else { continue };
            let verb = first + g.head;
            let holds = words::is(&self.w(verb), RelationWord::MEETING_VERB);
            // "During their meeting on Monday, A and B ...": a phrase opening the sentence
            let opener = words::is(&self.w(first), RelationWord::GOVERNED_CUE_PREPOSITION);
            let fronted = (0..s).filter(move |&c| opener && syn.chunks[c].end <= syn.chunks[s].start);
            let phrases = self.cue_phrases(first, g).chain(fronted.map(|c| (c, false)));
            let meeting = phrases.into_iter().find_map(|(c, object)| {
                let ch = &syn.chunks[c];
                let head = first + ch.head;
                if !words::is(&self.w(head), RelationWord::MEETING_NOUN) {
                    return None;
                }
                let next = self.doc.seg.sentences[si].end_token.min(first + ch.end);
                let after = (next < self.doc.seg.sentences[si].end_token).then(|| self.w(next));
                let theirs = (first + ch.start..head).any(|k| self.w(k) == "their")
                    || (after.as_deref() == Some("between")
                        && next + 1 < self.doc.seg.sentences[si].end_token
                        && self.w(next + 1) == "their");
                let other_side = matches!(after.as_deref(), Some("with" | "between")) && !theirs;
                // "their call for a ceasefire", "calls to resign": a demand, no meeting
                if matches!(self.w(head).as_ref(), "call" | "calls")
                    && matches!(after.as_deref(), Some("for" | "to" | "on"))
                {
                    return None;
                }
                // "A and B agreed to deepen ties during a summit in Tokyo": what two sides
                // do together during a meeting, they do meeting (not "during the meeting",
                // which may be someone else's, told before)
                let during = !object
                    && ch.preposition.is_some_and(|p| self.w(first + p) == "during")
                    && matches!(self.w(first + ch.start).as_ref(), "a" | "an");
                ((object && holds || theirs || during) && !other_side).then_some(head)
            });
            // "A and B also discussed the Palestinian issue": talking it over together
            let meeting = meeting.or_else(|| words::is(&self.w(verb), RelationWord::DISCUSSION_VERB).then_some(verb));
            // "the two leaders met at State House": a verb of meeting with no object
            let meeting = meeting.or_else(|| (g.object.is_none() && self.meets_alone(verb)).then_some(verb));
            let Some(meeting) = meeting else { continue };
            let mut actors: Vec<&'d EntityMention> = Vec::new();
            for &k in syn.coordinated_with(s) {
                if let Some(m) = self
                    .chunk_actor(first + syn.chunks[k].head, k)
                    .filter(|m| self.is_actor(m))
                {
                    if !actors.iter().any(|a| a.entity == m.entity) {
                        actors.push(m);
                    }
                }
            }
            // "the two leaders held a bilateral meeting": the two last named
            if actors.len() < 2 {
                if let Some(pair) = self.the_two(first, &syn.chunks[s]) {
                    actors = pair.to_vec();
                }
            }
            // two or three sides: a longer list attends a conference, whose members
            // are not each said to meet each other
            if (2..=3).contains(&actors.len()) {
                out.push((verb, meeting, g.non_finite, actors));
            }
        }
        out
    }

    /// Whether the verb at `verb` is a one-word verb cue of meeting ("met", "meet")
    /// with no partner after it ("met with X" names its partner) and no particle that
    /// makes it another verb ("called for", "called into the squad").
    fn meets_alone(&self, verb: usize) -> bool {
        let w = self.w(verb);
        let next = self.doc.seg.tokens.get(verb + 1).map(|_| self.w(verb + 1));
        !matches!(
            next.as_deref(),
            Some("with" | "to" | "between" | "for" | "into" | "off" | "back" | "on" | "out")
        ) && self.verb_cue_relations(&w).any(|r| r == RelationType::MetWith)
    }

    /// Pair-reference rule: "the two leaders", "the two countries", "both sides" stand
    /// for the two persons (or states) named last before the phrase, within the three
    /// sentences before it.
    pub(super) fn the_two(&self, first: usize, chunk: &crate::syntax::Chunk) -> Option<[&'d EntityMention; 2]> {
        let (a, head) = (first + chunk.start, first + chunk.head);
        let opens = match (
            self.w(a).as_ref(),
            self.doc.seg.tokens.get(a + 1).map(|_| self.w(a + 1)),
        ) {
            ("both", _) => head == a + 1,
            ("the", Some(two)) => two == "two" && head == a + 2,
            _ => false,
        };
        if !opens {
            return None;
        }
        let noun = self.w(head);
        let persons = if words::is(&noun, RelationWord::PAIR_OF_PERSONS) {
            true
        } else if words::is(&noun, RelationWord::PAIR_OF_STATES) {
            false
        } else {
            return None;
        };
        let si = self.doc.sent_of[a];
        let lo = self.doc.seg.sentences[si.saturating_sub(3)].first_token;
        // the two named last, leaving out one acted upon in passing ("to stop X")
        let mut found: Vec<&'d EntityMention> = Vec::new();
        for m in self.mentions_in(lo, a).collect::<Vec<_>>().into_iter().rev() {
            let kind = self.res.entities[m.entity].kind;
            let fits = if persons {
                kind == EntityType::Person
            } else {
                kind == EntityType::Country
            };
            if fits
                && !self.inside_quote(m.raw.first)
                && !self.object_of_non_finite(m.raw.first)
                && !found.iter().any(|f| f.entity == m.entity)
            {
                found.push(m);
            }
        }
        match found[..] {
            [x, y, ..] => Some([y, x]),
            _ => None,
        }
    }

    /// Whether token `tok` is in the object of an infinitive or a gerund that no one
    /// named does ("sought X's help to stop Y"): someone acted upon in passing, not a
    /// participant of the clause ("flew in to see Y" is done by the subject).
    fn object_of_non_finite(&self, tok: usize) -> bool {
        let (syn, first, i) = self.syntax_at(tok);
        let Some(c) = syn.chunk_at(i) else {
            return false;
        };
        syn.verbs.iter().any(|g| {
            let by_nobody = g.subject.is_none_or(|s| {
                let head = first + syn.chunks[s].head;
                self.mention_at(head).is_none() && !words::is(&self.w(head), RelationWord::PERSON_PRONOUN)
            });
            g.non_finite && g.object == Some(c) && by_nobody
        })
    }

    /// The states actor `e` is affiliated with by the affiliations found so far (the
    /// state a person holds office in), in the order found.
    pub(super) fn states_of(&self, e: usize) -> impl Iterator<Item = usize> + '_ {
        self.out
            .iter()
            .filter(move |f| {
                f.relation == RelationType::AffiliatedWith
                    && f.source == e
                    && self.res.entities[f.target].kind == EntityType::Country
            })
            .map(|f| f.target)
    }

    /// The state person `e` holds an office in, by an affiliation found so far, and a
    /// mention of it before the current point.
    fn state_of(&self, e: usize) -> Option<&'d EntityMention> {
        let state = self.states_of(e).next()?;
        self.res.mentions.iter().find(|m| m.entity == state)
    }

    /// Fronted-phrase rule: a noun cue in a phrase that opens the sentence ("In a meeting
    /// with X, Y reiterated ...", "During their talks, Y said", "Speaking at a news
    /// conference with X, Y said") is done by the subject of the main verb after the
    /// phrase's comma.
    pub(super) fn fronted_phrase_subject(&self, at: usize) -> Option<&'d EntityMention> {
        let (syn, first, i) = self.syntax_at(at);
        // ("Speaking at a joint press conference with X, Y said": an opening participle)
        let participle = syn.tags.first() == Some(&Pos::VBG);
        if !participle && !words::is(&self.w(first), RelationWord::GOVERNED_CUE_PREPOSITION) {
            return None;
        }
        // (not a cue inside a clause of its own there: "..., who is set to be
        // inaugurated as President of X, Y said")
        if syn.clause_of[i] != syn.clause_of[0] {
            return None;
        }
        let comma = (i..syn.tags.len()).find(|&k| self.doc.tok(first + k) == ",")?;
        self.main_verb_after(first + comma).map(|(_, m)| m)
    }

    /// The head of the first finite verb of the main clause after token `after` (not one
    /// of a relative clause on the way, "X, who ...,"), with the actor its subject,
    /// standing after `after` too, stands for.
    pub(super) fn main_verb_after(&self, after: usize) -> Option<(usize, &'d EntityMention)> {
        let (syn, first, i) = self.syntax_at(after);
        let v = syn
            .verbs
            .iter()
            .find(|g| g.start > i && !g.non_finite && syn.clauses[g.clause].kind == ClauseKind::Main)?;
        let s = v.subject.filter(|&s| syn.chunks[s].start > i)?;
        let actor = self
            .chunk_actor(first + syn.chunks[s].head, s)
            .filter(|m| self.is_actor(m))?;
        Some((first + v.head, actor))
    }

    /// Whether token `tok` sits in a phrase of place, time or medium that hangs on the
    /// speech verb at `cue` itself ("said on Truth Social", "told reporters in the Oval
    /// Office", "spoke during a Commons debate"): where the words were said, not what.
    pub(super) fn in_speech_adjunct(&self, cue: usize, tok: usize) -> bool {
        let (syn, first, i) = self.syntax_at(cue);
        let Some(j) = tok.checked_sub(first).filter(|&j| j < syn.tags.len()) else {
            return false;
        };
        let Some(v) = syn.verb_at(i) else {
            return false;
        };
        // "said during a Q&A at an event of the X Association": an "of" phrase right
        // after such a phrase is part of it
        let mut place_end = None;
        syn.verbs[v].prep_objects.iter().any(|&(p, c)| {
            let opener = words::is(&self.w(first + p), RelationWord::GAP_OPENER);
            let continues = place_end == Some(p) && self.w(first + p) == "of";
            let adjunct = (opener || continues) && syn.clause_of[p] == syn.clause_of[i];
            place_end = adjunct.then_some(syn.chunks[c].end);
            adjunct
                && syn
                    .coordinated_with(c)
                    .iter()
                    .any(|&k| syn.chunks[k].start <= j && j < syn.chunks[k].end)
        })
    }

    /// Whether the direct object of the verb cue at `at` is a person named at its head
    /// ("welcomed Uruguay's President-elect X"), not a thing of theirs ("welcomed X's
    /// decision").
    pub(super) fn object_is_named_person(&self, at: usize) -> bool {
        let (syn, first, i) = self.syntax_at(at);
        let Some(c) = syn.verb_at(i).and_then(|v| syn.verbs[v].object) else {
            return false;
        };
        let head = first + syn.chunks[c].head;
        // "welcomed Ghana's President, X": an office names its holder
        if self.mention_at(head).is_none() && self.doc.lex.title(&self.w(head)).is_some() {
            return true;
        }
        self.mention_at(head).is_some_and(|m| {
            // ("welcomed Gordon Brown's \"bold budget\"": his, not him)
            let owned = self.doc.is_possessive(m.raw.end);
            self.is_person(m) && !owned
        })
    }

    /// The person a possessive pronoun opening the noun phrase of cue `tok` stands for
    /// ("his meeting with X": he), resolved like "he".
    pub(super) fn pronoun_possessor(&self, tok: usize) -> Option<&'d EntityMention> {
        let (syn, first, i) = self.syntax_at(tok);
        let ch = &syn.chunks[syn.chunk_at(i)?];
        let k = first + ch.start;
        (k < tok && words::is(&self.w(k), RelationWord::POSSESSIVE_PRONOUN))
            .then(|| self.pronoun(k))
            .flatten()
    }

    /// Whether the noun phrase holding `tok` is the subject or object of a verb in the
    /// future ("talks between A and B will resume"): a noun cue's meeting is expected.
    pub(super) fn in_future_phrase(&self, tok: usize) -> bool {
        let (syn, _, i) = self.syntax_at(tok);
        let Some(c) = syn.chunk_at(i) else {
            return false;
        };
        syn.verbs
            .iter()
            .any(|v| v.tense == crate::syntax::Tense::Future && (v.subject == Some(c) || v.object == Some(c)))
    }

    /// Whether the clause of `outer` strictly encloses the clause of `inner` (same
    /// sentence): `inner` sits in a subordinate, relative or reported clause of it.
    pub(super) fn clause_encloses(&self, outer: usize, inner: usize) -> bool {
        let (syn, first, i) = self.syntax_at(outer);
        let Some(&ci) = inner.checked_sub(first).and_then(|j| syn.clause_of.get(j)) else {
            return false;
        };
        let co = syn.clause_of[i];
        let mut c = syn.clauses[ci].parent;
        while let Some(p) = c {
            if p == co {
                return syn.clauses[co].kind != ClauseKind::Reported && syn.clauses[co].kind != ClauseKind::Quote;
            }
            c = syn.clauses[p].parent;
        }
        false
    }

    /// Verb groups of sentence `si` with a prepositional object apart from the verb
    /// ("spoke by phone with X"): (verb token, preposition token, actors of the object).
    pub(super) fn distant_prep_cues(&self, si: usize) -> Vec<(usize, usize, Vec<&'d EntityMention>)> {
        let first = self.parses.sentences[si].0;
        let syn = self.sentence_syntax(si);
        let mut out = Vec::new();
        for vg in &syn.verbs {
            for (p, actors) in self.distant_prep_objects(first + vg.head) {
                if !actors.is_empty() {
                    out.push((first + vg.head, p, actors));
                }
            }
        }
        out
    }

    /// Whether tokens `a` and `b` of one sentence sit in the same clause.
    pub(super) fn same_clause(&self, a: usize, b: usize) -> bool {
        let (syn, first, i) = self.syntax_at(a);
        b >= first && syn.clause_of.get(b - first).is_some_and(|&c| c == syn.clause_of[i])
    }

    /// Whether the noun phrase at `tok` is the subject of some verb group other than
    /// the one holding `cue`: where a list of objects stops ("with X, spokesman Y said").
    pub(super) fn subject_of_another_verb(&self, tok: usize, cue: usize) -> bool {
        let (syn, first, i) = self.syntax_at(tok);
        let Some(c) = syn.chunk_at(i) else {
            return false;
        };
        let own = cue.checked_sub(first).and_then(|k| syn.verb_at(k));
        syn.verbs
            .iter()
            .enumerate()
            // an infinitive's controller ("meet X to discuss") is not a new subject
            // (nor is the antecedent of a relative clause: "with X, who arrived on Sunday,")
            .any(|(v, g)| {
                g.subject == Some(c)
                    && Some(v) != own
                    && !g.non_finite
                    && !(syn.clauses[g.clause].kind == ClauseKind::Relative
                        && syn.chunks[c].end + 1 == syn.clauses[g.clause].start
                        && self.doc.tok(first + syn.chunks[c].end) == ","
                        && self.w(first + syn.clauses[g.clause].start) == "who")
            })
    }

    /// Whether the mentions `a` and `b` are coordinated noun phrases ("A and B").
    pub(super) fn coordinated(&self, a: &EntityMention, b: &EntityMention) -> bool {
        if self.doc.sent_of[a.raw.first] != self.doc.sent_of[b.raw.first] {
            return false;
        }
        let (syn, first, i) = self.syntax_at(a.raw.end - 1);
        let (Some(ca), Some(cb)) = (syn.chunk_at(i), syn.chunk_at(b.raw.end - 1 - first)) else {
            return false;
        };
        ca == cb || syn.coordinated_with(ca).contains(&cb)
    }

    /// Whether the cue at `tok` is in a relative clause opening right after mention `m`
    /// ("A and B, who later dismissed C": the clause hangs on B alone).
    pub(super) fn relative_after(&self, m: &EntityMention, tok: usize) -> bool {
        let (syn, first, i) = self.syntax_at(tok);
        let clause = &syn.clauses[syn.clause_of[i]];
        let opens = (first + clause.start).saturating_sub(m.raw.end) <= 1;
        clause.kind == ClauseKind::Relative && m.raw.end <= first + clause.start && opens
    }

    /// The actors of the noun phrases coordinated with mention `m`'s ("A and B met":
    /// B for A).
    pub(super) fn conjuncts(&self, m: &EntityMention) -> Vec<&'d EntityMention> {
        let (syn, first, i) = self.syntax_at(m.raw.end - 1);
        let Some(c) = syn.chunk_at(i) else {
            return Vec::new();
        };
        syn.coordinated_with(c)
            .iter()
            .copied()
            .filter(|&k| k != c)
            .filter_map(|k| self.chunk_actor(first + syn.chunks[k].head, k))
            .filter(|o| self.is_actor(o) && o.entity != m.entity)
            .collect()
    }

    /// The layer's tag of token `tok`.
    fn tag_at(&self, tok: usize) -> Option<Pos> {
        let (syn, _, i) = self.syntax_at(tok);
        syn.tags.get(i).copied()
    }

    /// Whether the layer tags token `tok` as a verb.
    pub(super) fn is_verb(&self, tok: usize) -> bool {
        self.tag_at(tok).is_some_and(|t| t.is_verb())
    }

    /// The actor of the noun phrase that ends right before token `end` ("Hamas" in
    /// "Hamas, backed by Iran"), if that phrase names one at its head.
    pub(super) fn actor_of_phrase_before(&self, end: usize) -> Option<&'d EntityMention> {
        if end == 0 {
            return None;
        }
        let (syn, first, i) = self.syntax_at(end - 1);
        let c = syn.chunk_at(i).filter(|&c| first + syn.chunks[c].end == end)?;
        self.chunk_actor(end - 1, c).filter(|m| !self.is_noun_modifier(m))
    }

    /// Whether token `tok` is tagged a past participle or past form ("backed", "led").
    pub(super) fn is_participle(&self, tok: usize) -> bool {
        self.tag_at(tok).is_some_and(|t| matches!(t, Pos::VBN | Pos::VBD))
    }

    /// Whether token `tok` is tagged a preposition or subordinating conjunction.
    pub(super) fn is_preposition(&self, tok: usize) -> bool {
        self.tag_at(tok) == Some(Pos::IN)
    }

    /// Whether token `tok` is a finite verb.
    pub(super) fn is_finite(&self, tok: usize) -> bool {
        self.tag_at(tok).is_some_and(|t| t.is_finite())
    }

    /// Whether tokens `[a, b)` hold a finite verb (a clause, not an apposition).
    pub(super) fn has_finite_verb(&self, a: usize, b: usize) -> bool {
        if a >= b {
            return false;
        }
        let (syn, first, i) = self.syntax_at(a);
        (i..(b - first).min(syn.tags.len())).any(|k| syn.tags[k].is_finite())
    }
}
