//! Speech: speakers, statements and the actors they name.

use super::*;

impl<'d, 'a> RelationFinder<'d, 'a> {
    /// Handles a speech cue: finds the speaker and the statement, and adds said-about
    /// edges to every actor the statement names. Returns where the statement ends when a
    /// speaker was found, or a quote was given to a voice that names no actor.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn speech(
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
        let speaker_after = speaker_follows(&lc);
        let Some((sp, modality)) = self.cue_speaker(lo, hi, c0, c1, &lc, speaker_after, paren) else {
            // a quote given to a voice that names no actor is not the last speaker's
            return self.unnamed_voice(lo, hi, c0, c1, quotes).then_some(c1);
        };
        let speakers = self.co_speakers(sp, lo, hi, speaker_after);
        let speaker_ids: Vec<usize> = speakers.iter().map(|m| m.entity).collect();
        self.last_speaker = Some((sp.entity, si));
        // ("claims from X" names a speaker who is not the sentence's subject)
        if !speaker_after {
            self.sentence_speaker[si] = Some(sp.entity);
        }
        let audience = self.told_audience(&lc, c1, hi);
        self.briefing(si, &lc, &speaker_ids, &audience, modality);
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
        // "X stressed ..., while Hamas announced ...": the words end where another
        // speaker's attribution begins
        let frame = (from >= c1)
            .then(|| self.other_frame(lo, hi, c1, &speaker_ids, paren))
            .flatten();
        let to = frame.map_or(to, |f| to.min(f));
        let targets = self.speech_targets(
            lo,
            hi,
            c0,
            c1,
            (from, to),
            &speakers,
            &speaker_ids,
            &audience,
            paren,
            quotes,
        );
        let rule = if speaker_after { "speaker-after" } else { "speech" };
        for s in &speaker_ids {
            for t in &targets {
                self.push(*s, RelationType::SaidAbout, t.entity, si, cue, modality, None, rule);
            }
        }
        self.attribute_quotes(sp, lo, hi, (c0, c1), after_from, cue, quotes, quote_speaker);
        // later speech cues inside the statement are part of it (not those of another
        // speaker's attribution)
        Some(if words_after >= 3 && !speaker_after {
            frame.unwrap_or(hi)
        } else {
            c1
        })
    }

    /// Briefing rule: "X briefed Y on the talks": a verb of telling that is also one of
    /// talking something over (`telling-verb` and `discussion-verb`) with a named person
    /// as its audience is a meeting with them (a body or the press is no partner).
    fn briefing(
        &mut self,
        si: usize,
        lc: &str,
        speakers: &[usize],
        audience: &[&'d EntityMention],
        modality: Modality,
    ) {
        let first = lc.split_whitespace().next().unwrap_or_default();
        if !words::is(first, RelationWord::TELLING_VERB) || !words::is(first, RelationWord::DISCUSSION_VERB) {
            return;
        }
        let partners: Vec<usize> = audience
            .iter()
            .filter(|m| self.is_person(m))
            .map(|m| m.entity)
            .collect();
        for &s in speakers {
            for &p in &partners {
                self.push(s, RelationType::MetWith, p, si, lc, modality, None, "briefing");
            }
        }
    }

    /// Unnamed-voice rule: whether the cue `[c0, c1)` gives a quote next to it to a
    /// phrase that names no actor, no pronoun and no office with one holder ('"...," the
    /// agency said', '"...," said a Treasury Department readout', 'the report said: "..."').
    fn unnamed_voice(&self, lo: usize, hi: usize, c0: usize, c1: usize, quotes: &[(usize, usize)]) -> bool {
        let before = quotes.iter().find(|&&(_, b)| b > lo && b <= c0 && c0 <= b + 5);
        let slot = match before {
            // '"...," the agency said' / '"...," said a readout'
            Some(&(_, b)) if (b..c0).any(|i| self.doc.is_word(i)) => (b, c0),
            Some(_) => (c1, (c1..hi).find(|&i| !self.doc.is_word(i)).unwrap_or(hi)),
            // 'the agency said: "..."'
            None if quotes.iter().any(|&(a, _)| a >= c1 && a <= c1 + 2) => (c0.saturating_sub(1).max(lo), c0),
            None => return false,
        };
        let words: Vec<usize> = (slot.0..slot.1).filter(|&i| self.doc.is_word(i)).collect();
        !words.is_empty()
            && self.mentions_in(slot.0, slot.1).next().is_none()
            && words.iter().all(|&i| {
                // (an office written as a name, or with one holder in the article,
                // stands for a person named before: "the Foreign Minister wrote")
                let w = self.w(i);
                let named_office = self.doc.lex.title(&w).is_some() && self.doc.tok(i).starts_with(char::is_uppercase);
                !words::is(&w, RelationWord::PERSON_PRONOUN)
                    && !words::is(&w, RelationWord::NON_PERSON_PRONOUN)
                    && !named_office
                    && self.role_reference(i).is_none()
            })
    }

    /// Frame rule: where an attribution of another speaker, set off after the cue ending
    /// at `c1`, begins: "..., while Hamas announced", "..., IRNA reported", "...,
    /// according to Tass". A speaker of words the statement reports ("X said Y told
    /// him") is no other frame.
    fn other_frame(
        &self,
        lo: usize,
        hi: usize,
        c1: usize,
        speaker_ids: &[usize],
        paren: &[(usize, usize)],
    ) -> Option<usize> {
        self.cues_in(c1, hi)
            .into_iter()
            .filter(|&(k0, _, cue)| cue.frame == "speech" && !self.inside_quote(k0))
            .find_map(|(k0, k1, _)| {
                let lc = self.span_text(k0, k1).to_lowercase();
                if speaker_follows(&lc) {
                    return self.set_off(k0, c1).then_some(k0);
                }
                let (sp, _) = self.cue_speaker(lo, hi, k0, k1, &lc, false, paren)?;
                let start = self.np_start(sp, lo).min(k0);
                let reported = self
                    .reporter_of(sp.raw.first)
                    .is_some_and(|r| speaker_ids.contains(&r.entity));
                let own = speaker_ids.contains(&sp.entity) || reported;
                (!own && self.set_off(start, c1)).then_some(start)
            })
    }

    /// Whether the phrase opening at token `start` is set off from the words after
    /// `after`: a comma, semicolon or dash right before it, or before one clause link
    /// ("..., while X announced").
    fn set_off(&self, start: usize, after: usize) -> bool {
        let mut k = start;
        if k > after + 1 && words::is(&self.w(k - 1), RelationWord::CLAUSE_LINK) {
            k -= 1;
        }
        k > after && matches!(self.doc.tok(k - 1), "," | ";" | "\u{2014}" | "\u{2013}")
    }

    /// Speaker rule: who speaks for the cue `[c0, c1)` and how (the speaker after "according
    /// to", the subject, or the name after an inverted cue); `None` when no actor speaks.
    #[allow(clippy::too_many_arguments)]
    fn cue_speaker(
        &self,
        lo: usize,
        hi: usize,
        c0: usize,
        c1: usize,
        lc: &str,
        speaker_after: bool,
        paren: &[(usize, usize)],
    ) -> Option<(&'d EntityMention, Modality)> {
        let mut modality = Modality::Asserted;
        let speaker: Option<&'d EntityMention> = if speaker_after {
            self.objects(c1, hi)
                .into_iter()
                .next()
                .map(|m| self.described_speaker(m, hi))
        } else if self.passive(c0, lo) {
            // "X is said to believe ...": X's reported view; "X is said to have met" is no speech
            let believes = c1 + 1 < hi && self.w(c1) == "to" && words::is(&self.w(c1 + 1), RelationWord::BELIEF_VERB);
            if !believes {
                return None;
            }
            modality = Modality::Reported;
            self.subject(c0, lo, paren, None)
        } else {
            self.subject(c0, lo, paren, None)
                .or_else(|| self.apposed_subject(lo, c0))
                .or_else(|| {
                    // inverted: "..., said Mr Dunn" / "says the Times" / "said BA director
                    // of commercial planning, Robert Boyle" (the person the titles describe)
                    // ("told" takes its audience after it, never its speaker)
                    (c0 > lo
                        && matches!(self.doc.tok(c0 - 1), "," | "\"" | "\u{201D}" | "'")
                        && !lc
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| words::is(w, RelationWord::TELLING_VERB)))
                    .then(|| {
                        let Some(first) = self.objects(c1, hi).into_iter().next() else {
                            return self.body_of_statement(c1, hi);
                        };
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
        Some((self.office_speaker(sp, c0, hi).unwrap_or(sp), modality))
    }

    /// Apposed-subject rule: the person opening the sentence whose apposition the comma
    /// before the cue at `c0` closes ("X, vice director of the North Korean party's
    /// Central Committee, said ..."): the speaker, not the name after the cue.
    fn apposed_subject(&self, lo: usize, c0: usize) -> Option<&'d EntityMention> {
        let p = self.mentions_in(lo, c0).next().filter(|p| self.is_person(p))?;
        let opens = (lo..p.raw.first).all(|i| words::is(&self.w(i), RelationWord::ARTICLE));
        let apposition = p.raw.end + 1 < c0 && self.doc.tok(p.raw.end) == "," && self.doc.tok(c0 - 1) == ",";
        (opens && apposition && !self.has_finite_verb(p.raw.end, c0 - 1)).then_some(p)
    }

    /// Statement-body rule: the body named in front of the statement noun after an
    /// inverted cue at `c1` ('"...," said a Treasury Department readout').
    fn body_of_statement(&self, c1: usize, hi: usize) -> Option<&'d EntityMention> {
        let end = (c1..hi).find(|&i| !self.doc.is_word(i)).unwrap_or(hi);
        (end > c1 && words::is(&self.w(end - 1), RelationWord::SPEECH_NOUN))
            .then(|| self.mentions_in(c1, end).find(|m| self.is_actor(m)))
            .flatten()
    }

    /// Described-speaker rule: the actor heading the phrase that opens with `m`, when
    /// `m` only describes it ("according to a Russian state agency Tass": Tass).
    fn described_speaker(&self, m: &'d EntityMention, hi: usize) -> &'d EntityMention {
        let k = self.lower_words_after(m, hi);
        self.mention_at(k)
            .filter(|h| k > m.raw.end && self.is_actor(h))
            .unwrap_or(m)
    }

    /// Office-speaker rule: a definite office of a state ("the Iranian minister", "the
    /// Ukrainian leader") refers back to the one person with an office the article ties
    /// to that state ("Taiwan president warns" in a headline is the state's voice). The
    /// phrase ends by the cue at `c0` when it stands before it, else by token `hi`.
    pub(super) fn office_speaker(&self, m: &'d EntityMention, c0: usize, hi: usize) -> Option<&'d EntityMention> {
        let upto = if m.raw.first < c0 { c0 } else { hi };
        let definite = m.raw.first > 0 && self.w(m.raw.first - 1) == "the";
        if !definite || self.res.entities[m.entity].kind != EntityType::Country {
            return None;
        }
        let k = self.lower_words_after(m, upto);
        if k == m.raw.end || self.doc.lex.title(&self.w(k - 1)).is_none() {
            return None;
        }
        self.state_official(m.entity, k)
    }

    /// The one person the article has so far tied to state `state` by an office
    /// ("Ukrainian President X"), at its mention nearest before token `at`.
    fn state_official(&self, state: usize, at: usize) -> Option<&'d EntityMention> {
        let mut holders = self
            .out
            .iter()
            .filter(|f| f.relation == RelationType::AffiliatedWith && f.target == state && f.role.is_some())
            .map(|f| f.source)
            .filter(|&e| self.is_person_entity(e));
        let first = holders.next()?;
        if holders.any(|e| e != first) {
            return None;
        }
        self.mention_before(first, at)
    }

    /// The first token after mention `m` (up to `hi`, at most four words on) that is
    /// no lower-case word of its phrase: where a phrase "Russian state agency ..." ends.
    fn lower_words_after(&self, m: &EntityMention, hi: usize) -> usize {
        let mut k = m.raw.end;
        while k < hi.min(m.raw.end + 4)
            && self.doc.is_word(k)
            && self.doc.tok(k).starts_with(char::is_lowercase)
            && !words::is(&self.w(k), RelationWord::BOUNDARY | RelationWord::COORDINATOR)
        {
            k += 1;
        }
        k
    }

    /// Co-speaker rule: the speaker with its coordinated co-subjects and those after "as did".
    fn co_speakers(&self, sp: &'d EntityMention, lo: usize, hi: usize, speaker_after: bool) -> Vec<&'d EntityMention> {
        // co-subjects speak together: "The Tories and the Lib Dems have called for"
        let mut speakers = vec![sp];
        let mut k = self.np_start(sp, lo);
        // ("the FAO and the WFP said": past the determiner to the conjunction)
        while k > lo && words::is(&self.w(k - 1), RelationWord::ARTICLE) {
            k -= 1;
        }
        while k >= lo + 2 && matches!(self.w(k - 1).as_ref(), "and" | ",") {
            // only a true coordination: "talks between A and B, X said" makes B no co-speaker
            match self
                .mention_at(k - 2)
                .filter(|m| self.is_actor(m) && self.coordinated(m, sp))
            {
                Some(m) if !speaker_after => {
                    speakers.push(m);
                    k = self.np_start(m, lo);
                }
                _ => break,
            }
        }
        // "..., as did Conservative leader Neil Hart and ...": more speakers
        for i in lo..hi.saturating_sub(1) {
            if self.w(i) == "as" && words::is(&self.w(i + 1), RelationWord::ECHO_VERB) {
                for m in self.objects(i + 2, hi) {
                    if !speakers.iter().any(|s| s.entity == m.entity) {
                        speakers.push(m);
                    }
                }
            }
        }
        speakers
    }

    /// Audience rule: the audience of "told" or "briefed", which is not what the statement is about.
    fn told_audience(&self, lc: &str, c1: usize, hi: usize) -> Vec<&'d EntityMention> {
        // the audience of "told" is not what the statement is about
        // ("told", "briefed", "informed": a verb of telling)
        // (a cue that names its audience, "told reporters", has none left to find)
        let told = !lc.contains(' ')
            && lc
                .split_whitespace()
                .next()
                .is_some_and(|w| words::is(w, RelationWord::TELLING_VERB));
        let mut audience: Vec<&'d EntityMention> = if told { self.objects(c1, hi) } else { Vec::new() };

        // "told BBC Radio 4's Today programme": the outlet's programme is the audience too
        // "briefed Iran's acting foreign minister, Ali Bagheri": the person holding the
        // office named after the possessive too
        if let Some(last) = audience.last().copied() {
            if last.raw.end + 1 < hi && self.doc.is_possessive(last.raw.end) {
                audience.extend(self.mention_at(last.raw.end + 1));
                let holder = self
                    .mentions_in(last.raw.end + 1, hi.min(last.raw.end + 8))
                    .find(|m| self.is_person(m))
                    .filter(|p| {
                        (last.raw.end + 1..p.raw.first).all(|i| {
                            let w = self.w(i);
                            w == "," || self.doc.is_word(i) && w.starts_with(char::is_lowercase)
                        })
                    });
                audience.extend(holder);
            }
        }
        audience
    }

    /// Target rule: the actors the statement `[from, to)` of cue `[c0, c1)` names, but the
    /// speakers, the audience and who only describes a person.
    #[allow(clippy::too_many_arguments)]
    fn speech_targets(
        &self,
        lo: usize,
        hi: usize,
        c0: usize,
        c1: usize,
        (from, to): (usize, usize),
        speakers: &[&'d EntityMention],
        speaker_ids: &[usize],
        audience: &[&'d EntityMention],
        paren: &[(usize, usize)],
        quotes: &[(usize, usize)],
    ) -> Vec<&'d EntityMention> {
        // "..., according to Tass": an attribution set off at the end frames every
        // clause before it
        let attribution = self.set_off(c0, lo) && speaker_follows(&self.span_text(c0, c1).to_lowercase());
        self.mentions_in(lo, hi)
            .filter(|m| !speaker_ids.contains(&m.entity) && self.is_actor(m))
            .filter(|m| {
                let attached_quote = self.inside_quote(m.raw.first) && self.quote_attached(m.raw.first, c0, quotes);
                // (words before the cue are what was said only from a clause the
                // statement may frame: "X met Y, while Z called for" frames nothing)
                let in_content = m.raw.first >= from
                    && m.raw.end <= to
                    && !self.in_paren(m.raw.first, paren)
                    && !(m.raw.first < c0 && !attribution && self.clause_encloses(m.raw.first, c0));
                // "said ING analyst Gerard Rijk of Inbev's strong performance": said of X
                let said_of = m.raw.first > c1 && self.w(m.raw.first - 1) == "of" && {
                    let before_of = m.raw.first - 1;
                    before_of == c1 || speakers.iter().any(|sp| sp.raw.end == before_of)
                };
                (in_content && !self.inside_quote(m.raw.first)) || attached_quote || said_of
            })
            .filter(|m| !audience.iter().any(|a| a.raw.first == m.raw.first))
            // "said on Truth Social", "during the Oval Office session": where it was said
            .filter(|m| !self.in_speech_adjunct(c0, m.raw.first))
            // "in his speech to the Commons", "an interview with the BBC": the audience
            .filter(|m| !self.addressed(m, lo))
            // a party or country in front of a person only describes that person
            // ("Democrat John Kerry", "Tory leader Neil Hart"), and one in front of the
            // speaker's office the speaker ("..., warned the Iranian minister")
            .filter(|m| self.is_person(m) || self.owner_person(m, hi).is_none())
            .filter(|m| {
                !self
                    .office_speaker(m, c0, hi)
                    .is_some_and(|p| speaker_ids.contains(&p.entity))
            })
            .collect()
    }

    /// Quote rule: quotes ending right before the cue or opening right after it are the speaker's.
    #[allow(clippy::too_many_arguments)]
    fn attribute_quotes(
        &mut self,
        sp: &'d EntityMention,
        lo: usize,
        hi: usize,
        (c0, c1): (usize, usize),
        after_from: usize,
        cue: &str,
        quotes: &[(usize, usize)],
        quote_speaker: &mut [Option<usize>],
    ) {
        // quotes attributed to this cue: ending right before it (", he said") or opening
        // right after it ("said: ...")
        // only quotes that may qualify: reaching past `lo` and opening by the last
        // place either test allows (quotes are in order of their start)
        let upper = c0.max(after_from.max(c1) + 4);
        let first = self.quote_reach.partition_point(|&r| r <= lo);
        let last = quotes.partition_point(|&(a, _)| a <= upper).max(first);
        for qi in first..last {
            let (a, b) = quotes[qi];
            let ends_before = b <= c0 && b > lo && b + 4 >= sp.raw.first.min(c0);
            let opens_after = a >= c1 && a <= after_from.max(c1) + 4;
            if (ends_before || opens_after) && quote_speaker[qi].is_none() {
                quote_speaker[qi] = Some(sp.entity);
                if a < lo || b > hi {
                    self.said_about(sp.entity, a, b, cue, "quote");
                }
            }
        }
    }

    /// Whether mention `m` is the audience of a speech noun: "speech to the Commons",
    /// "an interview with the BBC", "a statement to MPs".
    pub(super) fn addressed(&self, m: &EntityMention, lo: usize) -> bool {
        let mut k = m.raw.first;
        while k > lo && words::is(&self.w(k - 1), RelationWord::ARTICLE) {
            k -= 1;
        }
        if k < lo + 2 || !words::is(&self.w(k - 1), RelationWord::AUDIENCE_MARKER) {
            return false;
        }
        (k.saturating_sub(5).max(lo)..k - 1).any(|i| words::is(&self.w(i), RelationWord::SPEECH_NOUN))
    }

    /// Whether person `p`'s noun phrase (titles and commas of an inverted attribution)
    /// reaches back to mention `m`: "BA director of commercial planning, Robert Boyle".
    pub(super) fn np_reaches(&self, p: &EntityMention, m: &EntityMention) -> bool {
        (m.raw.end..p.raw.first).all(|i| {
            let w = self.w(i);
            self.doc.is_word(i) && w.starts_with(char::is_lowercase) && !words::is(&w, RelationWord::AUX) || w == ","
        })
    }

    /// Whether the quote holding token `tok` is attributed by the cue at `c0`.
    pub(super) fn quote_attached(&self, tok: usize, c0: usize, quotes: &[(usize, usize)]) -> bool {
        quotes
            .iter()
            .find(|&&(a, b)| tok >= a && tok < b)
            .is_some_and(|&(a, b)| b <= c0 || a >= c0)
    }

    /// said-about from `speaker` to every actor inside the token range.
    pub(super) fn said_about(&mut self, speaker: usize, a: usize, b: usize, cue: &str, rule: &'static str) {
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
}

/// Whether the speech cue `lc` (lower case) takes its speaker after it: "according to
/// X", "claims from X", "comments by X".
fn speaker_follows(lc: &str) -> bool {
    lc.starts_with("according") || lc.ends_with(" from") || lc.ends_with(" by")
}
