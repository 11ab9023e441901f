//! Cue matching and the phrases a cue reaches: owners and capitals after it.

use super::*;

impl<'d, 'a> RelationFinder<'d, 'a> {
    /// The relations the word `w` is a cue of by itself, as a verb ("condemned":
    /// opposes; "met": met-with).
    pub(super) fn verb_cue_relations(&self, w: &str) -> impl Iterator<Item = RelationType> + 'd {
        let lex: &'d crate::lexicon::Lexicon = self.doc.lex;
        lex.cues_starting(w)
            .filter(|(words, c)| c.frame == "verb" && words.len() == 1)
            .map(|(_, c)| c.relation)
    }

    /// Cue matches in `[lo, hi)`: (first token, end token, cue).
    pub(super) fn cues_in(&self, lo: usize, hi: usize) -> Vec<(usize, usize, &'d Cue)> {
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
                    if i + n <= hi && (1..n).all(|k| self.doc.is_word(i + k) && self.w(i + k) == words[k]) {
                        end = Some(i + n);
                        found.push((i, i + n, cue));
                    }
                }
            }
            // a gapped noun cue wins over a cue that does not reach its preposition
            // ("meeting" the verb, "held talks"): it may start at any of its words
            let reaches = end.is_some_and(|e| words::is(&self.w(e - 1), RelationWord::GAPPED_CUE_END));
            if !reaches && self.mention_at(i).is_none() && self.doc.is_word(i) {
                let mut gapped = Vec::new();
                let gapped_end = (i..end.unwrap_or(i + 1)).find_map(|k| self.gapped_cue(k, hi, &mut gapped));
                if let Some(e) = gapped_end {
                    found.retain(|&(a, _, _)| a != i);
                    found.extend(gapped);
                    end = Some(e);
                }
            }
            i = end.unwrap_or(i + 1);
        }
        found
    }

    /// Gapped-noun-cue rule: a noun cue whose preposition stands after a short phrase of
    /// place or time ("a meeting in the Weimar format with X", "talks in Riyadh on
    /// Tuesday with X"): the cue spans the gap. The gap opens with a preposition of place
    /// or time and holds no actor, verb, comma or conjunction. Returns the cue's end.
    fn gapped_cue(&self, i: usize, hi: usize, found: &mut Vec<(usize, usize, &'d Cue)>) -> Option<usize> {
        const MAX_GAP: usize = 6;
        for (words, cue) in self.doc.lex.cues_starting(&self.w(i)) {
            let n = words.len();
            let last = words[n - 1];
            if cue.frame != "noun" || n < 2 || !words::is(last, RelationWord::GAPPED_CUE_END) {
                continue;
            }
            // the words before the preposition, as listed
            let g0 = i + n - 1;
            if g0 >= hi || !(1..n - 1).all(|k| self.doc.is_word(i + k) && self.w(i + k) == words[k]) {
                continue;
            }
            if !words::is(&self.w(g0), RelationWord::GAP_OPENER) {
                continue;
            }
            let mut j = g0 + 1;
            while j < hi && j - g0 <= MAX_GAP && self.w(j) != last {
                if !self.gap_word(j) {
                    break;
                }
                j += 1;
            }
            if j < hi && j > g0 + 1 && j - g0 <= MAX_GAP && self.w(j) == last && j + 1 < hi {
                found.push((i, j + 1, cue));
                return Some(j + 1);
            }
        }
        None
    }

    /// Whether token `k` may stand in the gap of a gapped cue: a word that is no actor,
    /// verb, conjunction or clause opener.
    fn gap_word(&self, k: usize) -> bool {
        let w = self.w(k);
        self.doc.is_word(k)
            && !self.mention_at(k).is_some_and(|m| self.is_actor(m))
            && !words::is(&w, RelationWord::COORDINATOR)
            && !words::is(&w, RelationWord::RELATIVE)
            && !words::is(&w, RelationWord::CLAUSE_LINK)
            && !self.is_verb(k)
    }

    /// The actor that owns the noun phrase after a cue: "any bid from X", "the
    /// purchase by X" (within six words, before any clause boundary).
    pub(super) fn owner_after(&self, from: usize, hi: usize) -> Option<&'d EntityMention> {
        let mut k = from;
        while k < hi && k < from + 6 {
            let w = self.w(k);
            if !self.doc.is_word(k) || words::is(&w, RelationWord::OWNER_STOP) {
                return None;
            }
            if words::is(&w, RelationWord::OWNER_MARKER) && k > from {
                let mut t = k + 1;
                while t < hi && words::is(&self.w(t), RelationWord::ARTICLE) {
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
    pub(super) fn capital_after(&self, from: usize, hi: usize) -> Option<usize> {
        if from + 1 < hi && self.w(from) == "in" {
            let m = self.mention_at(from + 1)?;
            // the whole name: "New Delhi", "Kuala Lumpur"
            let name = self.doc.span(m.raw.first, m.raw.end);
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

    /// A verb and a preposition listed together as a cue ("spoke with") but apart in
    /// the sentence ("spoke by phone on Monday with X"): the layer ties them.
    pub(super) fn distant_verb_cues(&mut self, si: usize, lo: usize, hi: usize, paren: &[(usize, usize)]) {
        // (no actor to act on: the sentence need not be parsed)
        if !self.mentions_in(lo, hi).any(|m| self.is_actor(m)) {
            return;
        }
        for (verb, prep, actors) in self.distant_prep_cues(si) {
            let (v, p) = (self.w(verb), self.w(prep));
            let Some(cue) = self
                .doc
                .lex
                .cues_starting(&v)
                .find(|(words, c)| c.frame == "verb" && words.len() == 2 && words[1] == p.as_ref())
                .map(|(_, c)| c)
            else {
                continue;
            };
            // "meet his counterpart on Friday amid tensions with X": a verb that is a cue
            // by itself and already acts on an actor takes no partner from a far "with"
            let alone = self.verb_cue_relations(&v).any(|r| r == cue.relation);
            if alone && self.object_names_someone(verb) {
                continue;
            }
            if self.negated(verb, lo) || self.inside_quote(verb) || self.demand_not_visit(cue, verb, prep + 1, hi) {
                continue;
            }
            let Some(subj) = self.subject(verb, lo, paren, None) else {
                continue;
            };
            let modality = self.modality(verb, verb + 1, lo);
            let text = format!("{} ... {}", self.doc.tok(verb), self.doc.tok(prep));
            for a in actors.into_iter().filter(|a| a.raw.end <= hi) {
                self.push(
                    subj.entity,
                    cue.relation,
                    a.entity,
                    si,
                    &text,
                    modality,
                    None,
                    "verb-apart",
                );
            }
        }
    }

    /// Demand-to-stop rule: "urged X to halt its offensive", "called on X to retract":
    /// urging an actor to end or take back what it does criticises it (opposes).
    pub(super) fn demands_to_stop(&mut self, si: usize, lo: usize, hi: usize, paren: &[(usize, usize)]) {
        for k in lo..hi.saturating_sub(3) {
            if !words::is(&self.w(k), RelationWord::URGING_VERB) || !self.is_verb(k) {
                continue;
            }
            let calls = words::is(&self.w(k), RelationWord::CALL_VERB);
            if calls && self.w(k + 1) != "on" {
                continue;
            }
            let from = k + 1 + calls as usize;
            // the actors urged, then "to" and, within a few words, a verb of stopping
            let Some(to) = (from..hi).find(|&t| self.w(t) == "to") else {
                continue;
            };
            let mut urged = match self.direct_objects(k) {
                Some(direct) if !calls && !direct.is_empty() => direct,
                _ => self.objects(from, to),
            };
            // "urged Japanese Prime Minister X": the person the phrase names
            if urged.iter().any(|m| self.is_person(m)) {
                urged.retain(|m| self.is_person(m));
            }
            // the infinitive itself stops ("to halt", "to immediately correct and
            // retract"), not one it governs ("to help end the war")
            let mut v = to + 1;
            while v < hi && self.w(v).ends_with("ly") {
                v += 1;
            }
            let stops = |t: usize| t < hi && words::is(&self.w(t), RelationWord::STOP_VERB);
            let stop = stops(v) || (v + 2 < hi && self.w(v + 1) == "and" && stops(v + 2));
            if urged.is_empty() || !stop || urged.iter().any(|m| m.raw.end > to) || self.negated(k, lo) {
                continue;
            }
            let Some(subj) = self.subject(k, lo, paren, None) else {
                continue;
            };
            let modality = self.modality(k, k + 1, lo);
            let cue = format!("{} ... to", self.doc.tok(k));
            for m in urged {
                self.push(
                    subj.entity,
                    RelationType::Opposes,
                    m.entity,
                    si,
                    &cue,
                    modality,
                    None,
                    "demand-to-stop",
                );
            }
        }
    }

    /// Conflict rule: "A and B have clashed", "A and B, which have been fighting for
    /// control": a verb of fighting that names no one fought (at most "a war"), done by
    /// coordinated subjects, is each of them fighting the others. Not side by side
    /// ("fought together", "fought alongside X").
    pub(super) fn fights_each_other(&mut self, si: usize, lo: usize, hi: usize, paren: &[(usize, usize)]) {
        for k in lo..hi {
            if !words::is(&self.w(k), RelationWord::CONFLICT_VERB) || !self.is_verb(k) || self.negated(k, lo) {
                continue;
            }
            // "fought a war" but not "fought the election" or "fought X"
            if self
                .object_head(k)
                .is_some_and(|o| !words::is(&self.w(o), RelationWord::CONFLICT_VERB) || self.mention_at(o).is_some())
            {
                continue;
            }
            if (k + 1..(k + 4).min(hi)).any(|j| words::is(&self.w(j), RelationWord::ALLIED_MARKER)) {
                continue;
            }
            let Some(subj) = self.subject(k, lo, paren, None) else {
                continue;
            };
            let mut sides = vec![subj.entity];
            for m in self.conjuncts(subj) {
                if !sides.contains(&m.entity) {
                    sides.push(m.entity);
                }
            }
            if sides.len() < 2 {
                continue;
            }
            let modality = self.modality(k, k + 1, lo);
            let cue = self.doc.tok(k).to_string();
            for &a in &sides {
                for &b in &sides {
                    self.push(a, RelationType::Opposes, b, si, &cue, modality, None, "conflict");
                }
            }
        }
    }
}
