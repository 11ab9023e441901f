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
}
