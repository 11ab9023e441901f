//! Pronouns: who "he" and "she" stand for.

use super::*;

impl<'d, 'a> RelationFinder<'d, 'a> {
    /// Resolves "he"/"she" at token `at`: a person named as a subject earlier in the
    /// sentence, else the subject of one of the three sentences before, else the last
    /// speaker.
    pub(super) fn pronoun(&self, at: usize) -> Option<&'d EntityMention> {
        let si = self.doc.sent_of[at];
        let first = self.doc.seg.sentences[si].first_token;
        let trailing =
            at > first && (matches!(self.doc.tok(at - 1), ",") || self.doc.seg.tokens[at - 1].kind == TokenKind::Quote);
        if let Some(m) = self.cataphoric_owner(at) {
            return Some(m);
        }
        // "X said he ...": the speaker of the reported clause holding the pronoun
        if let Some(m) = self
            .reporter_of(at)
            .filter(|m| self.is_person(m) && self.gender_fits(m.entity, at))
        {
            return Some(m);
        }
        let top = if trailing && si > 0 { si - 1 } else { si };
        for s in (si.saturating_sub(3)..=top).rev() {
            let sent = &self.doc.seg.sentences[s];
            let hi = if s == si { at } else { sent.end_token };
            // a sentence before whose speaker is known: "He said ... . '...,' he said"
            if let Some(e) = self.sentence_speaker.get(s).copied().flatten().filter(|_| s < si) {
                if self.is_person_entity(e) && self.gender_fits(e, at) {
                    return self.mention_before(e, at);
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
        // the last speaker, if a person the pronoun fits ("he" is never a state)
        let recent = self
            .last_speaker
            .filter(|&(e, s)| si <= s + 3 && self.is_person_entity(e) && self.gender_fits(e, at))
            .map(|(e, _)| e);
        // nobody named nearby: the article's main person ("he" through a biography)
        let e = recent.or_else(|| self.main_person().filter(|&e| self.gender_fits(e, at)))?;
        self.mention_before(e, at)
    }

    /// Cataphora rule: "During his visit to Egypt, X met Y": a possessive pronoun in a
    /// verb-less phrase opening the sentence is the subject of the clause after it,
    /// when that subject is a person the pronoun fits.
    fn cataphoric_owner(&self, at: usize) -> Option<&'d EntityMention> {
        if !words::is(&self.w(at), RelationWord::POSSESSIVE_PRONOUN) {
            return None;
        }
        let sent = &self.doc.seg.sentences[self.doc.sent_of[at]];
        // (an adverbial phrase, not a noun phrase in apposition: "His rival, X, said")
        if !self.is_preposition(sent.first_token) {
            return None;
        }
        let comma = (at + 1..sent.end_token).find(|&k| self.doc.tok(k) == ",")?;
        if self.has_finite_verb(sent.first_token, comma) {
            return None;
        }
        let verb = (comma + 1..sent.end_token).find(|&k| self.is_finite(k))?;
        match self.syntactic_subject(verb) {
            grammar::Subject::Actor(m)
                if m.raw.first > comma && self.is_person(m) && self.gender_fits(m.entity, at) =>
            {
                Some(m)
            }
            _ => None,
        }
    }

    /// The person named clearly more often than anyone else: at least three times and
    /// twice as often as the runner-up.
    pub(super) fn main_person(&self) -> Option<usize> {
        super::super::entities::clear_leader(self.res.mentions.iter().filter(|m| self.is_person(m)).map(|m| m.entity))
    }

    /// Whether person mention `m` is known to name a person, not just taken for one: a
    /// given name we know, a title, or more than one mention ("Militant Tendency", named
    /// once, is no antecedent for "he").
    pub(super) fn surely_a_person(&self, m: &EntityMention) -> bool {
        let e = m.entity;
        let name = &self.res.entities[e].name;
        let given = name
            .split_whitespace()
            .next()
            .is_some_and(|w| self.doc.lex.first_names.contains(&w.to_lowercase()));
        let mentions = self.res.mentions.iter().filter(|x| x.entity == e);
        given || self.roles.holds_any(e) || mentions.clone().any(|x| x.raw.title.is_some()) || mentions.count() > 1
    }

    /// Whether person `e` may be what the pronoun at `at` stands for: "he" is not a
    /// woman (a female given name, or Mrs, Ms, Lady, Baroness ...), "she" not a man
    /// (Mr, Sir, Lord ...). Unknown gender fits both.
    pub(super) fn gender_fits(&self, e: usize, at: usize) -> bool {
        let he = words::is(&self.w(at), RelationWord::MASCULINE_PRONOUN);
        let she = words::is(&self.w(at), RelationWord::FEMININE_PRONOUN);
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
            if let Some(title) = m.raw.title.as_deref().map(str::to_lowercase) {
                female |= words::is(&title, RelationWord::FEMALE_HONORIFIC);
                male |= words::is(&title, RelationWord::MALE_HONORIFIC);
            }
        }
        if he {
            !female || male
        } else {
            !male || female
        }
    }
}
