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
