//! Joint meetings: a meeting noun whose participants are the coordinated subject of
//! the verb that holds it ("A and B held talks", "A and B are set to begin
//! negotiations", "During their meeting, A and B stressed ...").

use super::*;

impl<'d, 'a> RelationFinder<'d, 'a> {
    /// Joint-meeting rule: every pair of the coordinated subject of a verb meets when the
    /// verb holds a meeting noun ("held talks", "chaired a meeting between their
    /// delegations") or the meeting is theirs ("during their meeting"). A meeting noun
    /// followed by "with" or "between" is left to the noun cue, which names the other
    /// side; a meeting to be begun by a complement ("agreed to begin talks") is expected.
    pub(super) fn joint_meetings(&mut self, si: usize, lo: usize) {
        for (verb, meeting, complement, actors) in self.joint_meeting_groups(si) {
            if self.negated(verb, lo) {
                continue;
            }
            // "have agreed to begin talks", "are set to hold talks": not yet held
            let modality = if self.inside_quote(verb) {
                Modality::Reported
            } else if complement {
                Modality::Expected
            } else {
                self.modality(verb, verb + 1, lo)
            };
            let cue = self.w(meeting).into_owned();
            for (k, a) in actors.iter().enumerate() {
                for b in &actors[k + 1..] {
                    self.push(
                        a.entity,
                        RelationType::MetWith,
                        b.entity,
                        si,
                        &cue,
                        modality,
                        None,
                        "joint-meeting",
                    );
                }
            }
        }
    }

    /// Fronted-partner rule: "With Sri Lankan Foreign Minister X, Y reviewed the
    /// progress of bilateral ties": a sentence opened by "With" and the actors it names,
    /// then a main clause whose verb talks something over, is a meeting of its subject
    /// with them.
    pub(super) fn fronted_partners(&mut self, si: usize, lo: usize, hi: usize) {
        if lo + 3 >= hi || self.w(lo) != "with" {
            return;
        }
        let Some(comma) = (lo + 1..hi).find(|&k| self.doc.tok(k) == ",") else {
            return;
        };
        let partners: Vec<usize> = self.objects(lo + 1, comma).iter().map(|m| m.entity).collect();
        if partners.is_empty() {
            return;
        }
        let Some((verb, subject)) = self.main_verb_after(comma) else {
            return;
        };
        if !words::is(&self.w(verb), RelationWord::DISCUSSION_VERB) || self.negated(verb, comma + 1) {
            return;
        }
        let modality = self.modality(verb, verb + 1, comma + 1);
        let cue = self.w(verb).into_owned();
        for p in partners {
            self.push(
                subject.entity,
                RelationType::MetWith,
                p,
                si,
                &cue,
                modality,
                None,
                "fronted-partner",
            );
        }
    }

    /// Visit-by rule: "a visit by X to Y", "the State Visit of X to Y": the visitor
    /// named after "by" or "of" meets the actors (or the state) after "to".
    pub(super) fn visits_by(&mut self, si: usize, lo: usize, hi: usize) {
        for k in lo..hi.saturating_sub(3) {
            if !words::is(&self.w(k), RelationWord::VISIT_NOUN) || !matches!(self.w(k + 1).as_ref(), "by" | "of") {
                continue;
            }
            let Some(to) = (k + 2..hi).find(|&t| self.w(t) == "to") else {
                continue;
            };
            let visitors = self.objects(k + 2, to);
            let hosts = self.objects(to + 1, hi);
            let (Some(v), Some(h)) = (visitors.first(), hosts.first()) else {
                continue;
            };
            // (the visitor's phrase ends at "to": "a visit by X and Y to Z")
            if self.mentions_in(v.raw.end, to).any(|m| !self.is_actor(m)) || h.raw.first != to + 1 {
                continue;
            }
            if self.negated(k, lo) {
                continue;
            }
            let modality = if self.in_future_phrase(k) {
                Modality::Expected
            } else {
                self.modality(k, k + 1, lo)
            };
            let cue = format!("{} {} ... to", self.doc.tok(k), self.doc.tok(k + 1));
            for vis in &visitors {
                self.push(
                    vis.entity,
                    RelationType::MetWith,
                    h.entity,
                    si,
                    &cue,
                    modality,
                    None,
                    "visit-by",
                );
            }
        }
    }

    /// Venue rule: "X met Egyptian President Y in Cairo": meeting a host whom the
    /// article ties by an office to a state, in that state's capital or in the state
    /// itself, is a visit to it (met-with the state) by every other participant the
    /// article ties to another state ("would meet the Russian delegation in Riyadh" and
    /// "A and B would meet in Saudi Arabia" name no host: no visit).
    pub(super) fn meeting_venue(
        &mut self,
        e: Edge,
        subj: &'d EntityMention,
        objects: &[&'d EntityMention],
        c1: usize,
        hi: usize,
    ) {
        // after the partners, a few words of time may come first ("met Y Monday
        // morning in Moscow"), but no clause, verb or other actor
        let from = objects.last().map_or(c1, |m| m.raw.end.max(c1));
        let mut k = from;
        while k < hi && self.w(k) != "in" {
            if k >= from + 4 || !self.doc.is_word(k) || self.is_verb(k) || self.mention_at(k).is_some() {
                return;
            }
            k += 1;
        }
        if k + 1 >= hi {
            return;
        }
        let state = self.capital_after(k, hi).or_else(|| {
            self.mention_at(k + 1)
                .filter(|m| m.raw.first == k + 1 && self.res.entities[m.entity].kind == EntityType::Country)
                .map(|m| m.entity)
        });
        let Some(state) = state else {
            return;
        };
        let mut people = vec![subj];
        people.extend(self.conjuncts(subj));
        people.extend(objects.iter().copied());
        let people: Vec<(usize, Vec<usize>)> = people
            .iter()
            .filter(|m| self.is_person(m) && m.entity != state)
            .map(|m| (m.entity, self.states_of(m.entity).collect()))
            .collect();
        if !people.iter().any(|(_, states)| states.contains(&state)) {
            return;
        }
        let visitors: Vec<usize> = people
            .iter()
            .filter(|(_, states)| !states.is_empty() && !states.contains(&state))
            .map(|&(p, _)| p)
            .collect();
        for p in visitors {
            self.push(p, RelationType::MetWith, state, e.si, e.cue, e.modality, None, "venue");
        }
    }

    /// Sidelines rule: a meeting noun cue opening with a preposition ("on the sidelines
    /// of", "on the margins of") says where the sentence's meeting took place: the
    /// people who meet in the sentence (else the speaker, else the person who is the
    /// cue's subject) attend the body the phrase names ("a meeting of the OIC", "a Bimstec
    /// Summit", "the UN General Assembly").
    pub(super) fn sidelines(
        &mut self,
        si: usize,
        lo: usize,
        hi: usize,
        c0: usize,
        c1: usize,
        paren: &[(usize, usize)],
    ) {
        let mut body = None;
        for k in c1..hi {
            let w = self.w(k);
            if matches!(w.as_ref(), "," | ";" | "in" | "at" | "to" | "with" | "where" | "and") || self.is_verb(k) {
                break;
            }
            if let Some(m) = self.mention_at(k) {
                if matches!(
                    self.res.entities[m.entity].kind,
                    EntityType::Organization | EntityType::Group
                ) {
                    body = Some(m.entity);
                    break;
                }
            }
        }
        let Some(body) = body else {
            return;
        };
        // (the people who meet: a state in the sentence's meetings is often one visited)
        let mut attendees: Vec<usize> = Vec::new();
        for f in self
            .out
            .iter()
            .filter(|f| f.sentence == si && f.relation == RelationType::MetWith)
        {
            for e in [f.source, f.target] {
                if self.is_person_entity(e) && !attendees.contains(&e) {
                    attendees.push(e);
                }
            }
        }
        if attendees.is_empty() {
            attendees.extend(self.sentence_speaker[si]);
        }
        if attendees.is_empty() {
            attendees.extend(
                self.subject(c0, lo, paren, None)
                    .filter(|m| self.is_person(m))
                    .map(|m| m.entity),
            );
        }
        let modality = self.modality(c0, c1, lo);
        let cue = self.span_text(c0, c1);
        for a in attendees {
            if a != body {
                self.push(a, RelationType::MetWith, body, si, &cue, modality, None, "sidelines");
            }
        }
    }

    /// Delegation rule: "A US delegation met with X. The delegation included Y and Z":
    /// the people a definite voice noun ("the delegation", "the team") is said to
    /// include after a meeting of the actor that noun followed (within three sentences)
    /// meet that actor's partner. Returns whether the cue at `c0` opens such a list.
    pub(super) fn delegation_members(&mut self, e: Edge, c0: usize, lo: usize, objects: &[&'d EntityMention]) -> bool {
        if c0 < lo + 2 || self.w(c0 - 2) != "the" || !words::is(&self.w(c0 - 1), RelationWord::VOICE_NOUN) {
            return false;
        }
        let noun = self.w(c0 - 1);
        // the meeting whose side was named with that noun ("a US delegation")
        let side_of = |f: &Found, end: usize| {
            let s = &self.doc.seg.sentences[f.sentence];
            self.mentions_in(s.first_token, s.end_token)
                .any(|m| m.entity == end && (m.raw.first..(m.raw.end + 1).min(s.end_token)).any(|k| self.w(k) == noun))
        };
        let partner = self
            .out
            .iter()
            .rev()
            .filter(|f| f.relation == RelationType::MetWith && f.sentence < e.si && f.sentence + 3 >= e.si)
            .find_map(|f| {
                if side_of(f, f.source) {
                    Some((f.target, f.modality))
                } else if side_of(f, f.target) {
                    Some((f.source, f.modality))
                } else {
                    None
                }
            });
        let Some((partner, modality)) = partner else {
            return false;
        };
        // every person listed, up to the next verb ("US envoys X and Y, and Senator Z")
        // (the tagger may take a plural title for a verb: the list ends at a verb after
        // its first person)
        let s = &self.doc.seg.sentences[e.si];
        let Some(first) = self.mentions_in(c0 + 1, s.end_token).find(|m| self.is_person(m)) else {
            return true;
        };
        let from = objects
            .first()
            .map_or(first.raw.first, |m| m.raw.first.min(first.raw.first));
        let stop = (first.raw.end..s.end_token)
            .find(|&k| self.is_finite(k) && self.mention_at(k).is_none())
            .unwrap_or(s.end_token);
        let members: Vec<usize> = self
            .mentions_in(from, stop)
            .filter(|m| self.is_person(m) && m.entity != partner)
            .map(|m| m.entity)
            .collect();
        for p in members {
            self.push(
                p,
                RelationType::MetWith,
                partner,
                e.si,
                e.cue,
                modality,
                None,
                "delegation",
            );
        }
        true
    }

    /// Last-meeter rule: a meeting noun with no actor before it in its clause and not
    /// made definite ("Ties were on the agenda in separate meetings with X and Y", not
    /// "the negotiations with X") is held by the person who met someone in the two
    /// sentences before.
    pub(super) fn last_meeter(&self, si: usize, lo: usize, c0: usize) -> Option<&'d EntityMention> {
        // ("the negotiations with X": a meeting already known, not the last meeter's)
        if self.mentions_in(lo, c0).any(|m| self.is_actor(m))
            || (c0.saturating_sub(3).max(lo)..c0).any(|k| self.w(k) == "the")
        {
            return None;
        }
        let e = self
            .out
            .iter()
            .rev()
            .filter(|f| f.relation == RelationType::MetWith && f.sentence < si && f.sentence + 2 >= si)
            .map(|f| f.source)
            .find(|&e| self.is_person_entity(e))?;
        self.mention_before(e, c0)
    }

    /// Own-state rule: nobody meets the state they hold office in ("Ramaphosa met South
    /// Africa" comes of a place or a delegation read as a partner): a meeting between a
    /// person and a country the article makes them affiliated with is dropped.
    pub(super) fn drop_meetings_with_own_state(&mut self) {
        let own: rustc_hash::FxHashSet<(usize, usize)> = self
            .out
            .iter()
            .filter(|f| {
                // (not an office of no named state given the article's main state,
                // which in a report of a visit is often the state visited)
                f.relation == RelationType::AffiliatedWith
                    && f.rule != "title-implies"
                    && self.is_person_entity(f.source)
                    && self.res.entities[f.target].kind == EntityType::Country
            })
            .map(|f| (f.source, f.target))
            .collect();
        self.out.retain(|f| {
            f.relation != RelationType::MetWith
                || !(own.contains(&(f.source, f.target)) || own.contains(&(f.target, f.source)))
        });
    }
}
