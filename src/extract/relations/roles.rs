//! Roles without a name: "the president's special envoy is meeting X" names nobody,
//! but the article may say elsewhere who holds that role ("special envoy Tom Hale",
//! "Tom Hale, the envoy,"). The role's head word then stands for that person.

use super::*;
use std::collections::HashMap;

/// People by the head word of a role they hold in this article ("envoy" -> Tom Hale),
/// from the titles before their names and from their appositions.
#[derive(Debug, Default)]
pub(super) struct RoleHolders {
    by_head: HashMap<String, Vec<usize>>,
    /// People by the whole title they hold ("external affairs minister" -> S Jaishankar).
    by_title: HashMap<String, Vec<usize>>,
}

/// The one holder listed under `key`, if exactly one is.
fn only_holder(map: &HashMap<String, Vec<usize>>, key: &str) -> Option<usize> {
    match map.get(key).map(Vec::as_slice) {
        Some([e]) => Some(*e),
        _ => None,
    }
}

/// Lists `e` under `key` once.
fn add_holder(map: &mut HashMap<String, Vec<usize>>, key: String, e: usize) {
    let holders = map.entry(key).or_default();
    if !holders.contains(&e) {
        holders.push(e);
    }
}

impl RoleHolders {
    /// The only entity that holds a role headed by `head`, if exactly one does.
    pub(super) fn unique(&self, head: &str) -> Option<usize> {
        only_holder(&self.by_head, head)
    }

    /// The only entity that holds the whole title `title` (lower case), if exactly one does.
    pub(super) fn unique_title(&self, title: &str) -> Option<usize> {
        only_holder(&self.by_title, title)
    }

    /// Whether entity `e` holds some role in the article (so it surely is a person).
    pub(super) fn holds_any(&self, e: usize) -> bool {
        self.by_head.values().any(|holders| holders.contains(&e))
    }
}

impl<'d, 'a> RelationFinder<'d, 'a> {
    /// Collects the roles of every person of the article.
    pub(super) fn role_holders(&self) -> RoleHolders {
        let mut by_head: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_title: HashMap<String, Vec<usize>> = HashMap::new();
        let mut add = |head: String, e: usize| add_holder(&mut by_head, head, e);
        for m in self.res.mentions.iter().filter(|m| self.is_person(m)) {
            // "special envoy Tom Hale": the title's last word
            if let Some(title) = m.raw.title.as_deref() {
                if let Some(head) = title.split_whitespace().last() {
                    add(head.to_lowercase(), m.entity);
                }
                add_holder(&mut by_title, title.to_lowercase(), m.entity);
            }
            // "Senegal's Prime Minister, Ousmane Sonko,": a title closed by a comma
            if m.raw.first >= 3 && self.doc.tok(m.raw.first - 1) == "," {
                let head = self.w(m.raw.first - 2);
                // (its state or body before it: "After meeting the king, X" names no role of X)
                let owned = self.doc.title_before(m.raw.first - 1).is_some_and(|(start, _)| {
                    start > 0
                        && (self.doc.is_possessive(start - 1)
                            || self
                                .mention_at(start - 1)
                                .is_some_and(|o| self.is_actor(o) && !self.is_person(o)))
                });
                if owned && self.doc.lex.title(&head).is_some() {
                    add(head.into_owned(), m.entity);
                }
            }
            // "Tom Hale, the envoy,": an apposition that is a title
            let hi = self.doc.seg.sentences[m.raw.sentence].end_token;
            if m.raw.end + 2 < hi && self.doc.tok(m.raw.end) == "," {
                let mut k = m.raw.end + 1;
                while k < hi && words::is(&self.w(k), RelationWord::DETERMINER) {
                    k += 1;
                }
                if let Some((end, _)) = self.title_phrase_at(k, hi) {
                    if end == hi || matches!(self.doc.tok(end), "," | "." | ";") {
                        add(self.w(end - 1).into_owned(), m.entity);
                    }
                }
            }
        }
        RoleHolders { by_head, by_title }
    }

    /// The person a role phrase headed by token `head` stands for: the one holder of
    /// that role in the article, at a mention nearest to the phrase.
    pub(super) fn role_reference(&self, head: usize) -> Option<&'d EntityMention> {
        self.doc.lex.title(&self.w(head))?;
        // "The External Affairs Minister": the one holder of that whole title, else of
        // its head word
        let lo = self.doc.sentence_start(head);
        let mut start = head;
        while start > lo
            && head - start < 4
            && self.doc.is_word(start - 1)
            && self.doc.tok(start - 1).starts_with(char::is_uppercase)
            && !words::is(&self.w(start - 1), RelationWord::ARTICLE)
        {
            start -= 1;
        }
        let whole = self.roles.unique_title(&self.span_text(start, head + 1).to_lowercase());
        let e = whole.or_else(|| self.roles.unique(&self.w(head)))?;
        if self.serves_another_state(e, start) {
            return None;
        }
        let res: &'d Resolved = self.res;
        res.mentions
            .iter()
            .filter(|m| m.entity == e)
            .min_by_key(|m| m.raw.first.abs_diff(head))
    }

    /// Whether person `e` holds office for a state other than the one that owns the
    /// title starting at token `start` ("India's president" is not "DR Congo President
    /// X"): a country named right before the title, possessive or not.
    fn serves_another_state(&self, e: usize, start: usize) -> bool {
        let lo = self.doc.sentence_start(start);
        let before = if start > lo && self.doc.is_possessive(start - 1) {
            start - 1
        } else {
            start
        };
        let Some(owner) = (before > lo)
            .then(|| self.mention_at(before - 1))
            .flatten()
            .filter(|m| self.res.entities[m.entity].kind == EntityType::Country)
        else {
            return false;
        };
        self.states_of(e).any(|s| s != owner.entity) && !self.states_of(e).any(|s| s == owner.entity)
    }
}
