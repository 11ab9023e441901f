//! Affiliations: offices, memberships, appositions and bodies described by their state.

use super::*;
use crate::model::MentionSource;

impl<'d, 'a> RelationFinder<'d, 'a> {
    /// The longest title phrase starting at token `k` (lower or title case): its end
    /// and kind.
    pub(super) fn title_phrase_at(&self, k: usize, hi: usize) -> Option<(usize, TitleKind)> {
        let lex = self.doc.lex;
        let mut best = None;
        for n in 1..=lex.max_title_words {
            let end = k + n;
            if end > hi || !self.doc.is_word(end - 1) {
                break;
            }
            if let Some(kind) = self.doc.with_lower_span(k, end, |p| lex.title(p)) {
                best = Some((end, kind));
            }
        }
        best
    }

    /// Records that `who` is affiliated with `body` (asserted), with its role.
    pub(super) fn affiliate(
        &mut self,
        who: usize,
        body: usize,
        si: usize,
        cue: &str,
        role: Option<String>,
        rule: &'static str,
    ) {
        self.push(
            who,
            RelationType::AffiliatedWith,
            body,
            si,
            cue,
            Modality::Asserted,
            role,
            rule,
        );
    }

    /// The state a title belongs to ("foreign secretary" -> United Kingdom), when that
    /// state is an actor of the document.
    pub(super) fn implied_affiliation(&mut self, p: &EntityMention, si: usize) {
        let Some(title) = p.raw.title.as_deref() else {
            return;
        };
        let lex = self.doc.lex;
        let Some(country) = lex.title_country.get(&title.to_lowercase()) else {
            return;
        };
        // ("the chancellor", of no state named: the article's country, unless the
        // holder's own state is already known, as for a visiting head of government)
        let has_state = || self.states_of(p.entity).next().is_some();
        let target = if country == "*" {
            if has_state() {
                return;
            }
            self.dominant_country()
        } else {
            self.res
                .entities
                .iter()
                .position(|e| e.lexicon.is_some_and(|a| lex.actors[a].name == *country))
                .filter(|&e| self.res.mentions.iter().any(|m| m.entity == e))
        };
        if let Some(t) = target {
            let cue = self.span_text(p.raw.title_first, p.raw.end);
            self.affiliate(p.entity, t, si, &cue, Some(title.to_string()), "title-implies");
        }
    }

    /// The country the article is about: mentioned at least twice and more often than
    /// any other country.
    pub(super) fn dominant_country(&self) -> Option<usize> {
        let mut counts: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
        for m in &self.res.mentions {
            if self.res.entities[m.entity].kind == EntityType::Country {
                *counts.entry(m.entity).or_default() += 1;
            }
        }
        let mut v: Vec<(usize, usize)> = counts.into_iter().map(|(e, c)| (c, e)).collect();
        v.sort_unstable_by(|a, b| b.cmp(a));
        match v.as_slice() {
            [(c, e)] if *c >= 2 => Some(*e),
            [(c, e), (c2, _), ..] if *c >= 2 && c > c2 => Some(*e),
            _ => None,
        }
    }

    /// Members listed for a named group: "the coalition ... including Australia,
    /// Canada and Japan"; a negated listing ("which does not include") gives nothing.
    pub(super) fn memberships(&mut self, si: usize, lo: usize, hi: usize) {
        let named_group = self
            .mentions_in(lo, hi)
            .find(|m| self.res.entities[m.entity].kind == EntityType::Group);
        for i in lo..hi {
            // a named group anywhere in the sentence, or a body right before the listing
            // ("the commission - which includes singer Bob Geldof")
            let body = (lo..i)
                .rev()
                .take(3)
                .take_while(|&k| {
                    matches!(self.w(k).as_ref(), "," | "-" | "\u{2013}" | "which" | "that" | "who")
                        || self.mention_at(k).is_some()
                })
                .find_map(|k| self.mention_at(k))
                .filter(|m| self.res.entities[m.entity].kind == EntityType::Organization);
            let Some(group) = body.or(named_group) else {
                continue;
            };
            let w = self.w(i);
            let from = match w.as_ref() {
                w if words::is(w, RelationWord::LISTING) => i + 1,
                "likes" if i + 1 < hi && self.w(i + 1) == "of" => i + 2,
                "such" if i + 1 < hi && self.w(i + 1) == "as" => i + 2,
                _ => continue,
            };
            if self.negated(i, lo) {
                continue;
            }
            let members: Vec<usize> = self
                .objects(from, hi)
                .iter()
                .filter(|m| {
                    let kind = self.res.entities[m.entity].kind;
                    kind == EntityType::Country || (kind == EntityType::Person && body.is_some())
                })
                .map(|m| m.entity)
                .collect();
            let cue = self.span_text(i, from);
            for m in members {
                self.affiliate(m, group.entity, si, &cue, Some("member".into()), "group-members");
            }
        }
    }

    /// Office holders, party members, envoys, appositions and presidencies.
    pub(super) fn affiliations(&mut self, si: usize, lo: usize, hi: usize, paren: &[(usize, usize)]) {
        let people: Vec<&'d EntityMention> = self.mentions_in(lo, hi).filter(|m| self.is_person(m)).collect();
        // "who was expelled from the party": the tie was cut, the title no longer binds
        let cut = (lo..hi).any(|i| words::is(&self.w(i), RelationWord::TIE_CUT));
        for &p in &people {
            if cut {
                continue;
            }
            self.title_prefix(p, si, lo);
            self.possessive_title(p, si, lo);
            self.counterpart_state(p, si, lo);
            self.plural_title(p, si, lo);
        }
        if !cut {
            self.listed_offices(&people, si, lo);
        }
        self.apposition(si, lo, hi);
        self.body_prefix(si, lo, hi);
        self.member_prefix(si, lo, hi);
        for &p in &people {
            self.title_comma(p, si, lo);
        }
        for &p in &people {
            self.person_of_body(p, si, hi);
            self.office_of_body(p, si, lo);
        }
        self.state_officials_listed(si, lo, hi);
        self.became_office(si, lo, hi, paren);
        self.tenure_of(si, lo, hi, paren);
    }

    /// State-officials rule: "Philippine officials present were Executive Secretary X,
    /// Foreign Affairs Secretary Y, ...", "the Indian delegation included Minister Z":
    /// a state before a voice noun ('officials', 'delegation'), then a listing word or a
    /// form of 'be', then titled people: each holds their office in that state, unless
    /// the sentence ties them to another state ("... and Japanese Ambassador W").
    fn state_officials_listed(&mut self, si: usize, lo: usize, hi: usize) {
        let Some(state) = self.mentions_in(lo, hi).find(|m| {
            self.res.entities[m.entity].kind == EntityType::Country
                && m.raw.end + 1 < hi
                && words::is(&self.w(m.raw.end), RelationWord::VOICE_NOUN)
        }) else {
            return;
        };
        // the list opens within three words of the noun ("officials present were"): a
        // listing word, or a plural 'be' after a plural noun ("The British Government
        // is" lists nobody)
        let plural = self.w(state.raw.end).ends_with('s');
        let Some(from) = (state.raw.end + 1..hi.min(state.raw.end + 4)).find(|&k| {
            let w = self.w(k);
            words::is(&w, RelationWord::LISTING)
                || (plural && words::is(&w, RelationWord::PASSIVE_AUX) && matches!(w.as_ref(), "were" | "are"))
        }) else {
            return;
        };
        // the titled people right after it, up to the next verb ("will be led by X" is
        // no list)
        let Some(first) = self.mentions_in(from + 1, hi).find(|m| self.is_person(m)) else {
            return;
        };
        if first.raw.title.is_none() || first.raw.title_first > from + 3 {
            return;
        }
        let stop = (first.raw.end..hi)
            .find(|&k| self.is_finite(k) && self.mention_at(k).is_none())
            .unwrap_or(hi);
        let titled: Vec<&'d EntityMention> = self
            .mentions_in(from + 1, stop)
            .filter(|m| self.is_person(m) && m.raw.title.is_some())
            .collect();
        for p in titled {
            if self.states_of(p.entity).any(|s| s != state.entity) {
                continue;
            }
            let cue = self.span_text(state.raw.first, from + 1);
            self.affiliate(p.entity, state.entity, si, &cue, p.raw.title.clone(), "state-officials");
        }
    }

    /// Rule 1, title prefix: a country, party or body in front of a person holds them.
    fn title_prefix(&mut self, p: &'d EntityMention, si: usize, lo: usize) {
        // 1. a country, party or body in front: "French President X", "Lib Dem
        //    foreign affairs spokesman X", "NATO's Dekker", "Democrat John Kerry"
        let np = self.np_start(p, lo);
        // ("Ambassador to the Philippines X": the state an envoy is sent to is not theirs)
        let posted_to = |m: &EntityMention| {
            let mut k = m.raw.first;
            while k > lo && self.w(k - 1) == "the" {
                k -= 1;
            }
            k > lo + 1 && self.w(k - 1) == "to" && self.doc.lex.title(&self.w(k - 2)).is_some()
        };
        let front = self
            .mentions_in(np, p.raw.first)
            .find(|m| self.is_actor(m) && !self.is_person(m) && !posted_to(m));
        if front.is_none() {
            // "Foreign Secretary Ruth Lane": an office of one state's institutions
            self.implied_affiliation(p, si);
        }
        if let Some(m) = front {
            let role = p.raw.title.clone().or_else(|| Some("member".to_string()));
            let cue = self.span_text(m.raw.first, p.raw.end);
            self.affiliate(p.entity, m.entity, si, &cue, role, "title-prefix");
        }
    }

    /// Rule 1b, listed offices: the state that owns the first office of a list owns
    /// every office listed after it ("Bangladesh's National Security Adviser A,
    /// Principal Secretary B, and SDG Coordinator C": B and C too).
    fn listed_offices(&mut self, people: &[&'d EntityMention], si: usize, lo: usize) {
        // (owner, where the last office of the list ends)
        let mut owner: Option<(usize, usize)> = None;
        for &p in people {
            let titled = p.raw.title.is_some() && p.raw.title_first < p.raw.first;
            if !titled {
                owner = None;
                continue;
            }
            let np = self.np_start(p, lo);
            if np < p.raw.title_first {
                // a possessive state or body in front opens a list: "Bangladesh's ..."
                owner = self
                    .mentions_in(np, p.raw.title_first)
                    .find(|m| self.is_actor(m) && !self.is_person(m) && self.doc.is_possessive(m.raw.end))
                    .map(|m| (m.entity, p.raw.end));
                continue;
            }
            let Some((o, end)) = owner else {
                continue;
            };
            let between: Vec<&str> = (end..p.raw.title_first).map(|i| self.doc.lower_tok(i)).collect();
            let listed = matches!(between.as_slice(), [","] | ["and"] | [",", "and"]);
            if !listed {
                owner = None;
                continue;
            }
            let cue = self.span_text(p.raw.title_first, p.raw.end);
            self.affiliate(p.entity, o, si, &cue, p.raw.title.clone(), "listed-office");
            owner = Some((o, p.raw.end));
        }
    }

    /// Rule 1c, a counterpart's state: "his Congolese counterpart X", "his Democratic
    /// Republic of Congo (DRC) counterpart X": X holds the office in that state.
    fn counterpart_state(&mut self, p: &'d EntityMention, si: usize, lo: usize) {
        let first = p.raw.title_first.min(p.raw.first);
        if first < lo + 2 || !words::is(&self.w(first - 1), RelationWord::COUNTERPART) {
            return;
        }
        let mut k = first - 1;
        // past a parenthesised short form: "Democratic Republic of Congo (DRC)"
        if k >= lo + 3 && self.doc.tok(k - 1) == ")" && self.doc.tok(k - 3) == "(" {
            k -= 3;
        }
        let state = k
            .checked_sub(1)
            .and_then(|b| self.mention_at(b))
            .filter(|m| self.res.entities[m.entity].kind == EntityType::Country);
        if let Some(c) = state {
            let cue = self.span_text(c.raw.first, p.raw.end);
            self.affiliate(
                p.entity,
                c.entity,
                si,
                &cue,
                Some(self.w(first - 1).into_owned()),
                "counterpart",
            );
        }
    }

    /// Rule 1b, plural title: "US envoys Tom Barrack and Morgan Ortagus", "EU foreign
    /// ministers A, B and C": a state or body in front of a plural office holds every
    /// person of the list after it.
    fn plural_title(&mut self, p: &'d EntityMention, si: usize, lo: usize) {
        if p.raw.title.is_some() {
            return;
        }
        // back to the first person of the list
        let mut k = p.raw.first;
        while k >= lo + 2 && matches!(self.w(k - 1).as_ref(), "and" | ",") {
            match self.mention_at(k - 2).filter(|m| self.is_person(m)) {
                Some(m) => k = m.raw.first,
                None => break,
            }
        }
        if k < lo + 2 {
            return;
        }
        let plural = self.w(k - 1);
        let Some(singular) = plural.strip_suffix('s') else {
            return;
        };
        if self.doc.lex.title(singular).is_none() {
            return;
        }
        // past adjectives of the office ("US special envoys")
        let mut j = k - 1;
        while j > lo && self.mention_at(j - 1).is_none() && self.doc.tok(j - 1).starts_with(char::is_lowercase) {
            j -= 1;
        }
        let Some(owner) = j
            .checked_sub(1)
            .and_then(|b| self.mention_at(b))
            .filter(|m| !self.is_person(m))
        else {
            return;
        };
        if owner.raw.end != j {
            return;
        }
        let cue = self.span_text(owner.raw.first, p.raw.end);
        self.affiliate(
            p.entity,
            owner.entity,
            si,
            &cue,
            Some(singular.to_string()),
            "plural-title",
        );
    }

    /// Rule 2, possessive title: "his special envoy X" belongs to the person the pronoun stands for.
    fn possessive_title(&mut self, p: &'d EntityMention, si: usize, lo: usize) {
        // 2. "his special envoy X": the person the pronoun stands for
        if p.raw.title.is_some() && p.raw.title_first > lo {
            let w = self.w(p.raw.title_first - 1);
            if words::is(&w, RelationWord::POSSESSIVE_PRONOUN) {
                if let Some(owner) = self.pronoun(p.raw.title_first - 1) {
                    let role = p.raw.title.clone();
                    let cue = self.span_text(p.raw.title_first - 1, p.raw.end);
                    self.affiliate(p.entity, owner.entity, si, &cue, role, "possessive-title");
                }
            }
        }
    }

    /// Whether the phrase `[at, end)` is a body's name and nothing after it but a
    /// place or a time ("Republican from South Carolina", "Democrat"): the body heads it.
    fn body_member_phrase(&self, at: usize, end: usize) -> bool {
        let Some(m) = self.mention_at(at).filter(|m| m.raw.first == at) else {
            return false;
        };
        matches!(
            self.res.entities[m.entity].kind,
            EntityType::Organization | EntityType::Group
        ) && (m.raw.end == end || matches!(self.w(m.raw.end).as_ref(), "from" | "of" | "in" | "since"))
    }

    /// Rule 3, apposition: an actor followed by a comma phrase that names its role or body.
    fn apposition(&mut self, si: usize, lo: usize, hi: usize) {
        // 3. apposition: "X, a former British defence attache to Kyiv," / "X, from HRW," /
        //    "X, director of civil rights group Liberty," / "the Lords, the UK's highest court,"
        let actors: Vec<&'d EntityMention> = self.mentions_in(lo, hi).filter(|m| self.is_actor(m)).collect();
        for p in actors {
            if p.raw.end >= hi || self.doc.tok(p.raw.end) != "," {
                continue;
            }
            let mut j = p.raw.end + 1;
            while j < hi && !matches!(self.doc.tok(j), "," | ";" | "." | "\u{2013}" | "\u{2014}" | ":") {
                j += 1;
            }
            let phrase = p.raw.end + 1..j;
            if phrase.is_empty() || phrase.len() > 12 {
                continue;
            }
            let first = self.w(phrase.start);
            // "X, German Foreign Minister Y and ...", "X, Pakistan's Ambassador to Kabul Y,":
            // another titled person, a list (but "X, an aide to President Y": Y's aide)
            if self.mentions_in(phrase.start, phrase.end).any(|m| {
                let t = m.raw.title_first.min(m.raw.first);
                let after_preposition =
                    t > phrase.start && matches!(self.w(t - 1).as_ref(), "to" | "of" | "for" | "with");
                // (titled, or named after a role and its posting: "Ambassador to Kabul Y")
                let titled =
                    t < m.raw.first || (phrase.start..m.raw.first).any(|i| self.doc.lex.title(&self.w(i)).is_some());
                self.is_person(m)
                    && m.raw.how != MentionSource::Coreference
                    && (t <= phrase.start + 1 || m.raw.end == phrase.end && titled && !after_preposition)
            }) {
                continue;
            }
            // "X, Kremlin spokesman Y said": a clause with its own verb is no apposition
            if words::is(&first, RelationWord::APPOSITION_STOP) || self.has_finite_verb(phrase.start, phrase.end + 1) {
                continue;
            }
            // the first title in the phrase, whole ("chief executive", not "chief")
            let role = phrase.clone().find_map(|i| {
                self.title_phrase_at(i, phrase.end)
                    .map(|(end, _)| self.span_text(i, end).to_lowercase())
            });
            let from = matches!(first.as_ref(), "from" | "of");
            let owner_possessive = phrase.clone().any(|i| self.doc.is_possessive(i));
            let person = self.is_person(p);
            // "X, a former Swedish diplomat,": a state's demonym describing the person
            let described = matches!(first.as_ref(), "a" | "an")
                && self.mentions_in(phrase.start, phrase.end).any(|m| {
                    self.res.entities[m.entity].kind == EntityType::Country
                        && m.raw.end < phrase.end
                        && self.doc.is_word(m.raw.end)
                        && self.w(m.raw.end).starts_with(char::is_lowercase)
                });
            // "X, a Republican from South Carolina,", "X, a Democrat,": a body's name as the
            // head of the phrase makes the person its member
            let party =
                matches!(first.as_ref(), "a" | "an") && person && self.body_member_phrase(phrase.start + 1, phrase.end);
            if party {
                if let Some(t) = self.mention_at(phrase.start + 1) {
                    let cue = self.span_text(phrase.start, phrase.end);
                    self.affiliate(p.entity, t.entity, si, &cue, Some("member".to_string()), "apposition");
                }
                continue;
            }
            if !((role.is_some() || from || described) && person || owner_possessive && first == "the") {
                continue;
            }
            let target = self.mentions_in(phrase.start, phrase.end).find(|m| self.is_actor(m));
            if let Some(t) = target {
                let cue = self.span_text(phrase.start, phrase.end);
                let role = role.or_else(|| (!from).then(|| self.w(phrase.end - 1).into_owned()));
                self.affiliate(p.entity, t.entity, si, &cue, role, "apposition");
            }
        }
    }

    /// Rule 5, body prefix: a body described by its state ("Belgian brewing giant Inbev").
    fn body_prefix(&mut self, si: usize, lo: usize, hi: usize) {
        // 5. a body described by its state: "Belgian brewing giant Inbev", "US beermaker X"
        let bodies: Vec<&'d EntityMention> = self
            .mentions_in(lo, hi)
            .filter(|m| self.res.entities[m.entity].kind == EntityType::Organization)
            .collect();
        for b in bodies {
            let mut k = b.raw.first;
            let mut nouns = 0;
            while k > lo && nouns < 3 && self.doc.is_word(k - 1) && self.mention_at(k - 1).is_none() {
                let w = self.w(k - 1);
                if !w.starts_with(char::is_lowercase)
                    || words::is(&w, RelationWord::BOUNDARY)
                    || words::is(&w, RelationWord::DETERMINER)
                {
                    break;
                }
                k -= 1;
                nouns += 1;
            }
            let described = (k..b.raw.first).any(|i| self.doc.lex.is(&self.w(i), WordClass::ORGNOUN));
            if nouns == 0 && k >= lo + 2 && self.doc.is_possessive(k - 1) {
                self.state_institution(b, si, k - 2);
                continue;
            }
            if nouns == 0 || !described || k == lo {
                continue;
            }
            // "Brazil's biggest beer firm Ambev": the state may own the description
            let owner = if k >= lo + 2 && self.doc.is_possessive(k - 1) {
                k - 2
            } else {
                k - 1
            };
            if let Some(c) = self
                .mention_at(owner)
                .filter(|m| self.res.entities[m.entity].kind == EntityType::Country)
            {
                let cue = self.span_text(c.raw.first, b.raw.end);
                let role = self.w(b.raw.first - 1).into_owned();
                self.affiliate(b.entity, c.entity, si, &cue, Some(role), "body-prefix");
            }
        }
    }

    /// Rule 5a, state institution: "Syria's Interior Ministry", "Bangladesh's
    /// International Crimes Tribunal": a state's own institution belongs to it; `owner`
    /// is the token before the possessive.
    fn state_institution(&mut self, b: &'d EntityMention, si: usize, owner: usize) {
        let institution = (b.raw.first..b.raw.end).any(|i| words::is(&self.w(i), RelationWord::STATE_INSTITUTION));
        let state = self
            .mention_at(owner)
            .filter(|m| self.res.entities[m.entity].kind == EntityType::Country);
        if let (true, Some(c)) = (institution, state) {
            let cue = self.span_text(c.raw.first, b.raw.end);
            self.affiliate(b.entity, c.entity, si, &cue, None, "state-institution");
        }
    }

    /// Rule 5b, member prefix: "key NATO member Turkey", "EU member state Hungary": the
    /// state named after a body and "member" belongs to the body.
    fn member_prefix(&mut self, si: usize, lo: usize, hi: usize) {
        let states: Vec<&'d EntityMention> = self
            .mentions_in(lo, hi)
            .filter(|m| self.res.entities[m.entity].kind == EntityType::Country)
            .collect();
        for c in states {
            let mut k = c.raw.first;
            if k > lo && matches!(self.w(k - 1).as_ref(), "state" | "country" | "nation") {
                k -= 1;
            }
            if k < lo + 2 || self.w(k - 1) != "member" {
                continue;
            }
            let body = self
                .mention_at(k - 2)
                .filter(|m| self.res.entities[m.entity].kind == EntityType::Organization);
            if let Some(b) = body {
                let cue = self.span_text(b.raw.first, c.raw.end);
                self.affiliate(c.entity, b.entity, si, &cue, Some("member".into()), "member-prefix");
            }
        }
    }

    /// Rule 6, title comma: a body, a role with a title in it, a comma, then the person.
    fn title_comma(&mut self, p: &'d EntityMention, si: usize, lo: usize) {
        // 6. "Ofsted chief, David Bell", "BA director of commercial planning, Robert
        //    Boyle": a body, a role with a title in it, a comma, then the person
        let start = p.raw.title_first.min(p.raw.first);
        if start < lo + 3 || self.doc.tok(start - 1) != "," {
            return;
        }
        let mut k = start - 1;
        let mut title = None;
        while k > lo && start - k <= 7 && self.mention_at(k - 1).is_none() {
            let w = self.w(k - 1);
            if !self.doc.is_word(k - 1) || !w.starts_with(char::is_lowercase) || words::is(&w, RelationWord::AUX) {
                break;
            }
            if title.is_none() && self.doc.lex.title(&w).is_some() {
                title = Some(w.into_owned());
            }
            k -= 1;
        }
        let Some(title) = title else {
            return;
        };
        // "Senegal's Prime Minister, X": the state owns the office
        if k >= lo + 2 && self.doc.is_possessive(k - 1) {
            k -= 1;
        }
        // the body opens the phrase ("Ofsted chief, X"; not "his term as US
        // president, X", where the office is someone else's)
        let body = k
            .checked_sub(1)
            .and_then(|b| self.mention_at(b))
            .filter(|m| self.is_actor(m) && !self.is_person(m))
            .filter(|m| m.raw.first == lo || !words::is(&self.w(m.raw.first - 1), RelationWord::SOMEONE_ELSES));
        if let Some(b) = body {
            let cue = self.span_text(b.raw.first, p.raw.end);
            self.affiliate(p.entity, b.entity, si, &cue, Some(title), "title-comma");
        }
    }

    /// Rule 8, person of body: "Simon Hart of the Countryside Alliance", the person first.
    fn person_of_body(&mut self, p: &'d EntityMention, si: usize, hi: usize) {
        // 8. "Simon Hart of the Countryside Alliance", "co-chairman of the Conservative
        //    Party, Liam Fox", "David van Weel of the Netherlands": a person and a body
        //    or state joined by "of"
        // the person first: "X of the Y"
        let mut k = p.raw.end;
        if k + 1 < hi && words::is(&self.w(k), RelationWord::PERSON_OF_LINK) {
            k += 1;
            while k < hi && self.w(k) == "the" {
                k += 1;
            }
            // ("Gerard Rijk of Inbev's strong performance" speaks of the body)
            let body = self.mention_at(k).filter(|m| {
                m.raw.first == k
                    // "David van Weel of the Netherlands": a state too
                    && matches!(self.res.entities[m.entity].kind, EntityType::Organization | EntityType::Country)
                    && !(m.raw.end < hi && self.doc.is_possessive(m.raw.end))
            });
            if let Some(b) = body {
                let cue = self.span_text(p.raw.first, b.raw.end);
                let role = Some(self.w(p.raw.end).into_owned());
                self.affiliate(p.entity, b.entity, si, &cue, role, "person-of-body");
            }
        }
    }

    /// Rule 8, office of body: "co-chairman of the Conservative Party, Liam Fox", the office first.
    fn office_of_body(&mut self, p: &'d EntityMention, si: usize, lo: usize) {
        // the office first: "co-chairman of the Conservative Party, Liam Fox"
        let start = p.raw.title_first.min(p.raw.first);
        if start >= lo + 4 && self.doc.tok(start - 1) == "," {
            if let Some(b) = self
                .mention_at(start - 2)
                .filter(|m| self.is_actor(m) && !self.is_person(m))
            {
                let mut t = b.raw.first;
                while t > lo && self.w(t - 1) == "the" {
                    t -= 1;
                }
                // ("inaugurated as the 8th President of Indonesia, Anwar said": an office
                // someone is named to, not the title of the person after the comma)
                let mut k = t.saturating_sub(2);
                while k > lo
                    && t - k < 6
                    && self
                        .w(k - 1)
                        .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                    && self.w(k - 1) != "as"
                {
                    k -= 1;
                }
                let named_as = k > lo && self.w(k - 1) == "as";
                if !named_as && t >= lo + 2 && self.w(t - 1) == "of" && self.doc.lex.title(&self.w(t - 2)).is_some() {
                    let role = self.w(t - 2).into_owned();
                    let cue = self.span_text(t - 2, p.raw.end);
                    self.affiliate(p.entity, b.entity, si, &cue, Some(role), "office-of-body");
                }
            }
        }
    }

    /// Rule 7, became office: the subject of "became chairman of X" holds an office in X.
    fn became_office(&mut self, si: usize, lo: usize, hi: usize, paren: &[(usize, usize)]) {
        // 7. "he became vice-president of the European Commission", "was appointed
        //    chairman of the British Council": the subject holds an office in the body
        for i in lo + 1..hi.saturating_sub(2) {
            let w = self.w(i);
            if !words::is(&w, RelationWord::OFFICE_VERB) {
                continue;
            }
            let mut k = i + 1;
            while k < hi && words::is(&self.w(k), RelationWord::OFFICE_LEAD) {
                k += 1;
            }
            let Some((end, TitleKind::Office)) = self.title_phrase_at(k, hi) else {
                continue;
            };
            if end >= hi || !words::is(&self.w(end), RelationWord::OFFICE_LINK) {
                continue;
            }
            let body = self.objects(end + 1, hi).into_iter().find(|m| !self.is_person(m));
            let holder = self.subject(i, lo, paren, None).filter(|m| self.is_person(m));
            if let (Some(h), Some(b)) = (holder, body) {
                let role = self.span_text(k, end);
                let cue = self.span_text(i, b.raw.end);
                self.affiliate(h.entity, b.entity, si, &cue, Some(role), "became-office");
            }
        }
    }

    /// Rule 4, tenure of: "the UK's presidency of the G8", "membership of": the owner belongs to the body.
    fn tenure_of(&mut self, si: usize, lo: usize, hi: usize, paren: &[(usize, usize)]) {
        // 4. "the UK's presidency of the G8 and EU", "membership of", "member of"
        for i in lo..hi {
            let w = self.w(i);
            if words::is(&w, RelationWord::TENURE_NOUN) && i + 1 < hi && self.w(i + 1) == "of" {
                // "the UK's presidency of", or the subject of "will assume the presidency of"
                let owner = if i >= 2 && self.doc.is_possessive(i - 1) {
                    self.mention_at(i - 2)
                } else if i >= 2 && self.w(i - 1) == "the" && words::is(&self.w(i - 2), RelationWord::HOLD_VERB) {
                    self.subject(i - 2, lo, paren, None)
                } else if i >= 2
                    && self.w(i - 1) == "the"
                    && (lo..i).any(|k| words::is(&self.w(k), RelationWord::POSSESSIVE_PRONOUN))
                {
                    // "during his time at the helm of the G8": the clause's subject
                    self.clause_subject(lo, i, paren).filter(|m| self.is_person(m))
                } else {
                    None
                };
                let targets = self.objects(i + 2, hi);
                if let Some(o) = owner {
                    for t in targets {
                        self.affiliate(
                            o.entity,
                            t.entity,
                            si,
                            &format!("{w} of"),
                            Some(w.to_string()),
                            "membership",
                        );
                    }
                }
            }
        }
    }
}
