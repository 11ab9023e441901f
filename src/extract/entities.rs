//! Within-document resolution: groups raw mentions into one entity per real-world
//! actor (surnames and titled short forms join the full name, middle initials are
//! ignored, acronyms join their expansion, "the coalition" joins the named group).

use super::mentions::{lower, Article, RawMention, Referent};
use crate::lexicon::{Lexicon, WordClass};
use crate::model::{fold, name_key, slug, spelling_key, EntityType, MentionSource};
use rustc_hash::FxHashMap as HashMap;

/// A resolved mention: a raw mention with the entity it belongs to.
#[derive(Debug, Clone)]
pub struct EntityMention {
    /// The raw mention.
    pub raw: RawMention,
    /// Index into `Resolved::entities`.
    pub entity: usize,
}

/// A document entity before serialisation.
#[derive(Debug, Clone)]
pub struct DocEntity {
    /// Canonical name.
    pub name: String,
    /// Actor type.
    pub kind: EntityType,
    /// Lexicon actor index, when known.
    pub lexicon: Option<usize>,
}

/// Entities and the mentions that name them.
#[derive(Debug, Default)]
pub struct Resolved {
    /// The document's entities.
    pub entities: Vec<DocEntity>,
    /// Mentions in text order, each with its entity.
    pub mentions: Vec<EntityMention>,
}

impl Resolved {
    /// The entity's id (slug of its canonical name).
    pub fn id(&self, e: usize) -> String {
        slug(&self.entities[e].name)
    }
}

/// Groups `raw` mentions into entities.
pub fn resolve(doc: &Article, raw: Vec<RawMention>) -> Resolved {
    let lex = doc.lex;
    let mut run = Resolution {
        doc,
        raw: &raw,
        resolved: Resolved::default(),
        by_key: HashMap::default(),
        full_people: Vec::new(),
        parts: Vec::new(),
        assigned: vec![None; raw.len()],
        last_group: HashMap::default(),
        titled_alone: Default::default(),
        state_counts: Default::default(),
    };
    // full person names first, so that surnames anywhere in the text can join them
    run.full_names();
    run.named();
    run.titled_references();
    let Resolution {
        resolved: mut r,
        assigned,
        ..
    } = run;
    for (m, e) in raw.into_iter().zip(assigned) {
        if let Some(entity) = e {
            r.mentions.push(EntityMention { raw: m, entity });
        }
    }
    join_short_forms(lex, &mut r);
    merge_same_slug(&mut r);
    r
}

/// Resolution under way: the entities so far, their keys, and each raw mention's entity.
struct Resolution<'x, 'a> {
    /// The article.
    doc: &'x Article<'a>,
    /// The raw mentions, in text order.
    raw: &'x [RawMention],
    /// The entities found so far (mentions are added at the end).
    resolved: Resolved,
    /// Entity index by key ("person:ruth lane", "lex:12").
    by_key: HashMap<String, usize>,
    /// Full person names (name key) and their entity.
    full_people: Vec<(Vec<String>, usize)>,
    /// The words that tell each full-named person apart, folded ("lula", "sisi").
    parts: Vec<(String, usize)>,
    /// For each raw mention, its entity.
    assigned: Vec<Option<usize>>,
    /// Named groups by the lower-cased head word of their name.
    last_group: HashMap<String, usize>,
    /// The spelling keys of the one-word mentions with an honorific (or a title joined
    /// by a hyphen) before them, gathered on first use by `lone_person`.
    titled_alone: std::cell::OnceCell<rustc_hash::FxHashSet<String>>,
    /// How often the article names each state (lexicon actor index), counted on first
    /// use by `foreign_home_body`.
    state_counts: std::cell::OnceCell<HashMap<usize, usize>>,
}

impl Resolution<'_, '_> {
    /// Entity rule: the entity with `key`, new unless the key is known (a longer
    /// rule-found name then replaces the shorter).
    fn new_entity(&mut self, key: String, name: String, kind: EntityType, lexicon: Option<usize>) -> usize {
        let r = &mut self.resolved;
        let by_key = &mut self.by_key;
        if let Some(&e) = by_key.get(&key) {
            let ent = &mut r.entities[e];
            if name.split_whitespace().count() > ent.name.split_whitespace().count() && lexicon.is_none() {
                ent.name = name;
            }
            return e;
        }
        r.entities.push(DocEntity { name, kind, lexicon });
        by_key.insert(key, r.entities.len() - 1);
        r.entities.len() - 1
    }

    /// Full-name rule: every person named by two words or more is an entity of its own.
    fn full_names(&mut self) {
        let doc = self.doc;
        let lex = doc.lex;
        let raw = self.raw;
        let surface = |m: &RawMention| doc.span(m.first, m.end).to_string();
        for (k, m) in raw.iter().enumerate() {
            if let Referent::Name(EntityType::Person) = m.referent {
                if m.end - m.first >= 2 {
                    let name = without_nickname(&surface(m));
                    let key = name_key(&name);
                    let mut mine = distinctive_parts(lex, &name);
                    // "Jokowi" after 'Joko "Jokowi" Widodo': the nickname tells them apart too
                    if let Some(nick) = nickname(&surface(m)) {
                        mine.extend(distinctive_parts(lex, &nick));
                    }
                    // "Bola Tinubu" after "Bola Ahmed Tinubu": the same given name and
                    // surname, a middle name left out, is the same person
                    let shortened = self
                        .full_people
                        .iter()
                        .find(|(k, _)| same_person_shortened(lex, k, &key))
                        .map(|&(_, e)| e);
                    let e = match shortened {
                        Some(e) => e,
                        None => self.new_entity(format!("person:{}", key.join(" ")), name, EntityType::Person, None),
                    };
                    self.full_people.push((key, e));
                    self.parts.extend(mine.into_iter().map(|p| (p, e)));
                    self.assigned[k] = Some(e);
                }
            }
        }
    }

    /// Naming rule: every other mention but a title's reference gets the entity its referent names.
    fn named(&mut self) {
        let doc = self.doc;
        let raw = self.raw;
        let surface = |m: &RawMention| doc.span(m.first, m.end).to_string();
        for (k, m) in raw.iter().enumerate() {
            if self.assigned[k].is_some() || m.how == MentionSource::Coreference {
                continue;
            }
            if let Some(j) = m.same_as {
                self.assigned[k] = self.assigned[j];
                // later uses of a bracketed acronym name the same body ("the CFSB")
                if let Some(e) = self.assigned[j] {
                    let key = fold(&surface(m));
                    for t in ["organization", "group"] {
                        self.by_key.entry(format!("{t}:{key}")).or_insert(e);
                    }
                }
                continue;
            }
            let name = surface(m);
            let e = match &m.referent {
                Referent::Known(a) if self.foreign_home_body(&name, *a) => Some(self.new_entity(
                    format!("organization:{}", fold(&name)),
                    name,
                    EntityType::Organization,
                    None,
                )),
                Referent::Known(a) => {
                    let actor = &doc.lex.actors[*a];
                    Some(self.new_entity(format!("lex:{a}"), actor.name.to_string(), actor.kind, Some(*a)))
                }
                Referent::Name(EntityType::Person) => self.lone_person(m, name),
                Referent::Name(EntityType::Group) if m.how == MentionSource::Alias => {
                    self.last_group.get(&lower(&name).into_owned()).copied()
                }
                Referent::Name(EntityType::Group) => {
                    let e = self.new_entity(format!("group:{}", fold(&name)), name.clone(), EntityType::Group, None);
                    if let Some(head) = name.split_whitespace().next() {
                        self.last_group.insert(lower(head).into_owned(), e);
                    }
                    Some(e)
                }
                Referent::Name(kind) => {
                    let kind = *kind;
                    let person = match kind {
                        EntityType::Location => self.place_surname(m, &name),
                        _ => None,
                    };
                    person.or_else(|| Some(self.new_entity(format!("{}:{}", kind, fold(&name)), name, kind, None)))
                }
            };
            self.assigned[k] = e;
        }
        // an acronym used before the name it spells ("CCG's attack ... China Coast
        // Guard (CCG)") joins the entity found after it
        for (k, m) in raw.iter().enumerate() {
            if let (None, Some(j)) = (self.assigned[k], m.same_as) {
                self.assigned[k] = self.assigned[j];
            }
        }
    }

    /// Home-body rule: whether the lexicon's body `a`, named by the bare `name` that most
    /// states' bodies share ("Senate", "Supreme Court": `homebody` in name-words.tsv), is
    /// another state's here: the state its canonical name holds ("US Senate") is named
    /// less often in the article than another state.
    fn foreign_home_body(&self, name: &str, a: usize) -> bool {
        let lex = self.doc.lex;
        let actor = &lex.actors[a];
        if actor.kind != EntityType::Organization || !lex.is(&name.to_lowercase(), WordClass::HOMEBODY) {
            return false;
        }
        // (every run of the name's words that is a state's name: "US", "United States")
        let words: Vec<&str> = actor.name.split_whitespace().collect();
        let state_named = |w: &[&str]| {
            let text = w.join(" ");
            let found = lex
                .find_forms(&text)
                .find(|&(s, e, c, _)| s == 0 && e == text.len() && lex.actors[c].kind == EntityType::Country)
                .map(|(_, _, c, _)| c);
            found
        };
        let Some(state) = (1..=words.len().min(4))
            .flat_map(|n| words.windows(n))
            .find_map(state_named)
        else {
            return false;
        };
        let counts = self.state_counts.get_or_init(|| {
            let mut counts: HashMap<usize, usize> = HashMap::default();
            for m in self.raw {
                if let Referent::Known(c) = m.referent {
                    if lex.actors[c].kind == EntityType::Country {
                        *counts.entry(c).or_default() += 1;
                    }
                }
            }
            counts
        });
        let own = counts.get(&state).copied().unwrap_or(0);
        counts.values().any(|&c| c > own)
    }

    /// Lone-person rule: a one-word person is the surname, given name or distinctive word
    /// of one full name, a body named earlier by that word, a new titled or well-known
    /// person, or, among several, the office holder or the nearest full name before it.
    fn lone_person(&mut self, m: &RawMention, name: String) -> Option<usize> {
        let doc = self.doc;
        let lex = doc.lex;
        let raw = self.raw;
        // a lone word: the surname (or first name) of one full name, or a titled person
        let key = fold(&name);
        let spelled = spelling_key(&name);
        let unique = |pos: fn(&Vec<String>) -> Option<&String>| -> Vec<usize> {
            self.full_people
                .iter()
                .filter(|(k, _)| pos(k) == Some(&spelled))
                .map(|(_, e)| *e)
                .fold(Vec::new(), |mut v, e| {
                    if !v.contains(&e) {
                        v.push(e);
                    }
                    v
                })
        };
        // the surname, or else the given name ("Sir Alan" after "Sir Alan Budd")
        let mut owners = self.surname_owners(&spelled);
        if owners.is_empty() && m.title.is_some() && !m.office {
            owners = unique(|k| k.first());
        }
        // "Anwar" after "Datuk Seri Anwar Ibrahim", "Prabowo" after "Prabowo Subianto":
        // many traditions call a person by the given name; a known given name joins the
        // one full name it opens when no titled person of the text is called by it alone
        // ("Charles" is not "Charles Kennedy" where "Prince Charles" is named too; a
        // title joined by a hyphen, "ex-King Michael", is a title too)
        let hyphen_title = |x: &RawMention| {
            x.first > 0
                && doc
                    .tok(x.first - 1)
                    .rsplit_once('-')
                    .is_some_and(|(_, t)| lex.title(&t.to_lowercase()).is_some())
        };
        let titled_alone = || {
            // (the spellings of every such mention, gathered once per article)
            let spellings = self.titled_alone.get_or_init(|| {
                raw.iter()
                    .filter(|x| {
                        // (an office before it names the office holder: "PM Anwar")
                        ((x.title.is_some() && !x.office) || hyphen_title(x)) && x.end - x.first == 1
                    })
                    .map(|x| spelling_key(doc.tok(x.first)))
                    .collect::<rustc_hash::FxHashSet<String>>()
            });
            spellings.contains(&spelled)
        };
        let lower_name = name.to_lowercase();
        let given = lex.is_given_name(&lower_name) && !lex.is(&lower_name, WordClass::ORG | WordClass::PLACE);
        if owners.is_empty() && m.title.is_none() && given && !hyphen_title(m) && !titled_alone() {
            owners = unique(|k| k.first().filter(|_| k.len() >= 2));
        }
        // "PM Anwar" and "Prime Minister Anwar Ibrahim": an office before a given name
        // names the one office holder whose full name it opens, or the one full name
        // it opens ("new leader Prabowo" and "Prabowo Subianto, a former general")
        if owners.is_empty() && m.office && given {
            let opened = unique(|k| k.first().filter(|_| k.len() >= 2));
            // (not a royal's or peer's title: "King Charles" is not "Charles Michel")
            let royal = m
                .title
                .as_deref()
                .and_then(|t| t.split_whitespace().last())
                .is_some_and(|t| lex.is(&t.to_lowercase(), WordClass::PEERAGE));
            match opened.as_slice() {
                [one] if !royal => owners.push(*one),
                _ => owners.extend(office_holder(&opened, raw, &self.assigned)),
            }
        }
        // any word that tells one full name apart ("Lula" after "Luiz Inacio Lula
        // da Silva", "Sisi" after "Abdel Fattah al-Sisi", "Xi" after "Xi Jinping")
        if owners.is_empty() {
            let keys = distinctive_parts(lex, &name);
            let mut found: Vec<usize> = self
                .parts
                .iter()
                .filter(|(p, _)| keys.contains(p))
                .map(|(_, e)| *e)
                .collect();
            found.sort_unstable();
            found.dedup();
            if let [one] = found.as_slice() {
                owners.push(*one);
            }
        }
        // a body named earlier by the same word ("giant Inbev ... Inbev said")
        let body = ["organization", "group"]
            .iter()
            .find_map(|t| self.by_key.get(&format!("{t}:{key}")).copied());
        let speaks = m.end < doc.seg.tokens.len() && lex.is(doc.lower_tok(m.end), WordClass::SPEECH)
            || (!doc.lowercase_words.contains(lower_name.as_str()) && personal_aside(doc, m.end));
        match owners.len() {
            0 if body.is_some() => body,
            1 => Some(owners[0]),
            0 if m.title.is_some() || speaks => {
                Some(self.new_entity(format!("person:{key}"), name, EntityType::Person, None))
            }
            // a name the text repeats, never in lower case, never opening a
            // sentence: a body ("Bosses of Euronext ... Euronext said")
            0 if repeated_name(doc, m, raw) => {
                Some(self.new_entity(format!("organization:{key}"), name, EntityType::Organization, None))
            }
            // "Trump's plan": a name the text never writes in lower case, owning
            // something, is someone so well known that one word names them
            0 if possessor(doc, m) => Some(self.new_entity(format!("person:{key}"), name, EntityType::Person, None)),
            0 => None,
            // several people share the name: the one named elsewhere with the office
            // it bears ("President Ruto" where "President William Ruto" and "first lady
            // Racheal Ruto" are named), else the one the article names in full most
            // often, when it is named so at least twice ("Kim" in a story on Kim
            // Yo-jong that names her brother Kim Jong-un once); else the one who holds
            // an office ("Prime Minister Shigeru Ishiba ... his wife Yoshiko Ishiba ...
            // Ishiba said"), else the nearest full name before it
            _ => same_title_holder(&owners, m, raw, &self.assigned)
                .or_else(|| main_owner(&owners, raw, &self.assigned))
                .or_else(|| office_holder(&owners, raw, &self.assigned))
                .or_else(|| {
                    owners.iter().copied().max_by_key(|e| {
                        raw.iter()
                            .enumerate()
                            .filter(|(j, x)| self.assigned[*j] == Some(*e) && x.first < m.first)
                            .map(|(_, x)| x.first)
                            .max()
                    })
                }),
        }
    }

    /// Place-surname rule: a lone word that a place list knows ("Dar", "Rubio" are towns
    /// somewhere) but that is the surname of a person the text names in full ("Ishaq
    /// Dar", "Marco Rubio") is that person, unless a preposition of place comes before it
    /// ("in Houston") or it was found as a capital ("in Washington").
    fn place_surname(&self, m: &RawMention, name: &str) -> Option<usize> {
        let doc = self.doc;
        if m.end - m.first != 1 || m.how != MentionSource::Name {
            return None;
        }
        let prev = m.first.checked_sub(1).filter(|&p| p >= doc.sentence_start(m.first));
        if prev.is_some_and(|p| doc.lex.is(doc.lower_tok(p), WordClass::LOCATIVE)) {
            return None;
        }
        // (a person the text names with a given name that is no place: not "Radio
        // Leicester", "AC Milan", "Prince of Wales", "Sydney Olympic")
        let lex = doc.lex;
        // (or one named with an office title: "Prime Minister Mark Carney", whose given
        // name is also an English word)
        let named_person = |e: &usize| {
            let first = self.resolved.entities[*e]
                .name
                .split_whitespace()
                .next()
                .unwrap_or_default();
            let titled = self
                .raw
                .iter()
                .zip(&self.assigned)
                .any(|(x, a)| *a == Some(*e) && x.office);
            (lex.is_given_name(&lower(first)) || titled) && !lex.places.contains(first)
        };
        let owners: Vec<usize> = self
            .surname_owners(&spelling_key(name))
            .into_iter()
            .filter(named_person)
            .collect();
        match owners.as_slice() {
            [one] => Some(*one),
            [] => None,
            _ => office_holder(&owners, self.raw, &self.assigned),
        }
    }

    /// The full names whose surname is `spelled` (a spelling key), never a father's name
    /// ("Salman" is not "Khalid bin Salman").
    fn surname_owners(&self, spelled: &str) -> Vec<usize> {
        let lex = self.doc.lex;
        let father = |k: &Vec<String>| k.len() >= 2 && lex.is(&k[k.len() - 2], WordClass::PATRONYM);
        let mut owners: Vec<usize> = Vec::new();
        for (k, e) in &self.full_people {
            if k.last().map(String::as_str) == Some(spelled) && !father(k) && !owners.contains(e) {
                owners.push(*e);
            }
        }
        owners
    }

    /// For each raw mention, the state that owns the title it starts with: a country
    /// named right before the title, possessive or not ("DR Congo President", "Kenya's
    /// president", "the Congolese president").
    fn title_owners(&self) -> Vec<Option<usize>> {
        let doc = self.doc;
        // the first country mention ending at each token
        let mut country_ending: HashMap<usize, usize> = HashMap::default();
        for (x, a) in self.raw.iter().zip(&self.assigned) {
            if let Some(e) = a.filter(|&e| self.resolved.entities[e].kind == EntityType::Country) {
                country_ending.entry(x.end).or_insert(e);
            }
        }
        let owner = |t: usize| {
            country_ending
                .get(&t)
                .or_else(|| {
                    (t > 0 && doc.is_possessive(t - 1))
                        .then(|| country_ending.get(&(t - 1)))
                        .flatten()
                })
                .copied()
        };
        self.raw.iter().map(|x| owner(x.title_first)).collect()
    }

    /// Title-reference rule: "the US president" is the one person who bears that title,
    /// else for a head of government's title the document's clearly dominant person.
    fn titled_references(&mut self) {
        let doc = self.doc;
        let lex = doc.lex;
        let raw = self.raw;
        if !raw.iter().any(|m| m.how == MentionSource::Coreference) {
            return;
        }
        // (states' mentions keep their entity through this loop, which assigns people)
        let owners = self.title_owners();
        // "the US president": the one person who bears that title, else for a head of
        // government's title the document's clearly dominant person
        for (k, m) in raw.iter().enumerate() {
            if m.how != MentionSource::Coreference {
                continue;
            }
            let title = m.title.as_deref().map(str::to_lowercase).unwrap_or_default();
            // "the US president" is nobody whose title another state owns ("DR Congo
            // President X")
            let owner = owners[k];
            let other_owner = |e: usize| {
                owner.is_some()
                    && raw.iter().zip(&self.assigned).enumerate().any(|(j, (x, a))| {
                        *a == Some(e)
                            && x.how != MentionSource::Coreference
                            && owners[j].is_some_and(|o| Some(o) != owner)
                    })
            };
            let mut holders: Vec<usize> = raw
                .iter()
                .enumerate()
                .filter(|(j, x)| x.how != MentionSource::Coreference && self.assigned[*j].is_some())
                .filter(|(_, x)| x.title.as_deref().is_some_and(|t| t.to_lowercase() == title))
                .filter_map(|(j, _)| self.assigned[j])
                .filter(|&e| !other_owner(e))
                .collect();
            holders.sort_unstable();
            holders.dedup();
            self.assigned[k] = match holders.len() {
                1 => Some(holders[0]),
                // (never someone named in the same sentence: "Goldsmith warned the prime
                // minister" names two people)
                0 if lex.is(&title, WordClass::HEADTITLE) => {
                    // "the attorney general gave to the prime minister": two offices, two
                    // people, and the article's main person may be either
                    let other_office = raw.iter().any(|x| {
                        x.how == MentionSource::Coreference
                            && x.sentence == m.sentence
                            && x.title.as_deref().map(str::to_lowercase).as_deref() != Some(title.as_str())
                    });
                    if other_office {
                        None
                    } else {
                        dominant_person(&self.resolved, raw, &self.assigned)
                            .or_else(|| headline_person(doc, &self.resolved, raw, &self.assigned))
                            .filter(|&e| untitled_or(e, &title, raw, &self.assigned))
                            .filter(|&e| !other_owner(e))
                            // never someone named in the same sentence: "Goldsmith warned the
                            // prime minister" names two people
                            .filter(|&e| {
                                !raw.iter()
                                    .zip(&self.assigned)
                                    .any(|(x, a)| *a == Some(e) && x.sentence == m.sentence)
                            })
                    }
                }
                _ => None,
            };
        }
    }
}

/// Quotation marks that enclose a nickname inside a name.
const QUOTES: &[char] = &['"', '\'', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}'];

/// The nickname quoted inside a name ('Joko "Jokowi" Widodo' -> "Jokowi"), when one of a
/// word or two is.
fn nickname(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let open = words.iter().position(|w| w.starts_with(QUOTES))?;
    let close = (open..words.len()).find(|&k| words[k].trim_end_matches(['.', ',']).ends_with(QUOTES))?;
    if close + 1 >= words.len() || open == 0 || close - open > 1 {
        return None;
    }
    let nick = words[open..=close]
        .join(" ")
        .trim_matches(|c: char| QUOTES.contains(&c) || c == '.' || c == ',')
        .to_string();
    (!nick.is_empty()).then_some(nick)
}

/// A personal name without the nickname quoted inside it ("Ferdinand 'Bongbong' Marcos
/// Jr." -> "Ferdinand Marcos Jr."): the canonical name is the name itself, the form
/// with the nickname stays an alias.
fn without_nickname(name: &str) -> String {
    if !name.contains(QUOTES) {
        return name.to_string();
    }
    let mut inside = false;
    let mut kept = Vec::new();
    for w in name.split_whitespace() {
        let opens = w.starts_with(QUOTES);
        let closes = w.trim_end_matches(['.', ',']).ends_with(QUOTES);
        if opens || inside {
            inside = !closes;
            continue;
        }
        kept.push(w);
    }
    if kept.len() < 2 {
        return name.to_string();
    }
    kept.join(" ")
}

/// Of the people in `owners`, the one the text names in full (a mention of two words or
/// more) more often than any other, at least twice.
fn main_owner(owners: &[usize], raw: &[RawMention], assigned: &[Option<usize>]) -> Option<usize> {
    let full = |e: usize| {
        raw.iter()
            .zip(assigned)
            .filter(|(m, a)| **a == Some(e) && m.end - m.first >= 2 && m.how != MentionSource::Coreference)
            .count()
    };
    let mut counts: Vec<(usize, usize)> = owners.iter().map(|&e| (full(e), e)).collect();
    counts.sort_unstable_by(|a, b| b.cmp(a));
    match counts.as_slice() {
        [(c, e), (c2, _), ..] if *c >= 2 && c > c2 => Some(*e),
        _ => None,
    }
}

/// Of the people in `owners`, the only one named elsewhere with the office that
/// mention `m` bears (its title's last word: "President" of "President Ruto").
fn same_title_holder(
    owners: &[usize],
    m: &RawMention,
    raw: &[RawMention],
    assigned: &[Option<usize>],
) -> Option<usize> {
    let head = |t: &str| t.split_whitespace().last().map(str::to_lowercase);
    let office = head(m.title.as_deref().filter(|_| m.office)?)?;
    let holders: Vec<usize> = owners
        .iter()
        .copied()
        .filter(|&e| {
            raw.iter().zip(assigned).any(|(x, a)| {
                *a == Some(e) && x.office && x.title.as_deref().and_then(head).as_deref() == Some(office.as_str())
            })
        })
        .collect();
    match holders.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Whether a comma-bounded aside after token `end - 1` refers back to it by a personal
/// pronoun ("Tamim, for his part, condemned"): the word before is someone.
fn personal_aside(doc: &Article, end: usize) -> bool {
    let limit = doc.seg.sentences[doc.sent_of[end - 1]].end_token;
    if end >= limit || doc.tok(end) != "," {
        return false;
    }
    let close = (end + 1..limit.min(end + 6)).find(|&k| doc.tok(k) == ",");
    close.is_some_and(|c| (end + 1..c).any(|k| doc.lex.is(doc.lower_tok(k), WordClass::PERSONAL)))
}

/// Of the people in `owners`, the only one named with an office title.
fn office_holder(owners: &[usize], raw: &[RawMention], assigned: &[Option<usize>]) -> Option<usize> {
    let holders: Vec<usize> = owners
        .iter()
        .copied()
        .filter(|&e| raw.iter().zip(assigned).any(|(m, a)| *a == Some(e) && m.office))
        .collect();
    match holders.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Whether the lone word of mention `m` owns what follows ("Trump's plan"): a
/// possessive and a lower-case word after it, a word of at least three letters that the
/// text never uses in lower case, and no article before it ("the Kingdom's role" names
/// a state or a body, not a person).
fn possessor(doc: &Article, m: &RawMention) -> bool {
    let n = doc.seg.tokens.len();
    let word = doc.tok(m.first);
    let article = m.first > 0 && doc.lex.is(doc.lower_tok(m.first - 1), WordClass::DETERMINER);
    !article
        && m.end + 1 < n
        && doc.is_possessive(m.end)
        && doc.is_word(m.end + 1)
        && doc.tok(m.end + 1).starts_with(char::is_lowercase)
        && word.chars().count() >= 3
        && !doc.lowercase_words.contains(lower(word).as_ref())
}

/// The folded words of a personal name that can name its bearer alone: every word but
/// particles ("bin", "da", "Al"), given-name prefixes ("Abdel", "Abu"), initials and a
/// known given name opening the name (unless it is a surname written first, "Xi"); a
/// word is keyed by its spelling (`spelling_key`: "al-Sisi", "Sissi" -> "sisi"), and a
/// separate article with the word after it ("Al Thani": "althani").
pub fn distinctive_parts(lex: &Lexicon, name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        let lw = lower(w);
        // a given name opening the name is shared by many ("Charles" is not "Charles
        // Kennedy" when it follows "Prince"), unless it is a surname written first ("Xi")
        if k == 0 && words.len() > 1 && lex.is_given_name(&lw) && !lex.surname_first.contains(lw.as_ref()) {
            continue;
        }
        if lex.is(&lw, WordClass::PARTICLE) || lex.is(&lw, WordClass::NAMEPREFIX) {
            if let Some(next) = words.get(k + 1) {
                out.push(spelling_key(&format!("{w}{next}")));
            }
            continue;
        }
        if lex.is(&lw, WordClass::GIVENPREFIX) || lex.title(&lw).is_some() {
            continue;
        }
        // "al-Sisi" keys as "sisi" (spelling_key drops a joined article)
        let f = spelling_key(w);
        if f.chars().count() > 1 {
            out.push(f);
        }
    }
    out
}

/// Whether the lone word of mention `m` is used as a name elsewhere in the text: at
/// least twice in all, at least once not opening a sentence, never after "the", never
/// as part of a longer name, never as a place.
fn repeated_name(doc: &Article, m: &RawMention, raw: &[RawMention]) -> bool {
    let word = doc.text[doc.seg.tokens[m.first].start..doc.seg.tokens[m.first].end].to_string();
    // a word the text also uses as a place ("MP for Bedwellty") stays a place
    if raw
        .iter()
        .any(|x| x.referent == Referent::Name(EntityType::Location) && doc.tok(x.first) == word)
    {
        return false;
    }
    if word.chars().count() < 3 || doc.lex.first_names.contains(&word.to_lowercase()) {
        return false;
    }
    if word.ends_with("ing") {
        return false;
    }
    let n = doc.seg.tokens.len();
    let uses: Vec<usize> = doc.positions(&word).collect();
    // "the Crown", "Royal Mail": a common noun or a piece of a longer name
    let plain = uses.iter().all(|&k| {
        let after_the = k > 0 && doc.lower_tok(k - 1) == "the";
        let in_longer_name = k + 1 < n && doc.is_word(k + 1) && doc.tok(k + 1).starts_with(char::is_uppercase);
        !after_the && !in_longer_name
    });
    plain && uses.len() >= 2 && uses.iter().any(|&k| k != doc.sentence_start(k))
}

/// The person named clearly more often than anyone else (at least three times and
/// twice as often as the runner-up), if there is one.
fn dominant_person(r: &Resolved, raw: &[RawMention], assigned: &[Option<usize>]) -> Option<usize> {
    clear_leader(
        raw.iter()
            .zip(assigned)
            .filter(|(m, _)| m.how != MentionSource::Coreference)
            .filter_map(|(_, e)| *e)
            .filter(|&e| r.entities[e].kind == EntityType::Person),
    )
}

/// The one person named in a headline (the document's first sentence when it is its
/// own paragraph): news names its protagonist there ("Blair looks to election
/// campaign"), whom "the prime minister" then refers to.
fn headline_person(doc: &Article, r: &Resolved, raw: &[RawMention], assigned: &[Option<usize>]) -> Option<usize> {
    let sentences = &doc.seg.sentences;
    if sentences.len() < 2 || sentences[1].paragraph == sentences[0].paragraph {
        return None;
    }
    let mut people: Vec<usize> = raw
        .iter()
        .zip(assigned)
        .filter(|(m, _)| m.sentence == 0)
        .filter_map(|(_, e)| *e)
        .filter(|&e| r.entities[e].kind == EntityType::Person)
        .collect();
    people.dedup();
    match people.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Of the entities in `mentions` (one item per mention), the one named clearly more
/// often than any other: at least three times and twice as often as the runner-up (a
/// closer lead let "the prime minister" become an article's legal adviser).
pub(crate) fn clear_leader(mentions: impl IntoIterator<Item = usize>) -> Option<usize> {
    let mut counts: HashMap<usize, usize> = HashMap::default();
    for e in mentions {
        *counts.entry(e).or_default() += 1;
    }
    let mut v: Vec<(usize, usize)> = counts.into_iter().map(|(e, c)| (c, e)).collect();
    v.sort_unstable_by(|a, b| b.cmp(a));
    match v.as_slice() {
        [(c, e)] if *c >= 3 => Some(*e),
        [(c, e), (c2, _), ..] if *c >= 3 && *c >= 2 * *c2 => Some(*e),
        _ => None,
    }
}

/// Whether person `e` holds no office title in the text other than `title`: "the
/// prime minister" is not the document's main person when that person is named as
/// "Lib Dem leader".
fn untitled_or(e: usize, title: &str, raw: &[RawMention], assigned: &[Option<usize>]) -> bool {
    raw.iter()
        .zip(assigned)
        .filter(|(m, a)| **a == Some(e) && m.office && m.how != MentionSource::Coreference)
        .all(|(m, _)| m.title.as_deref().is_some_and(|t| t.eq_ignore_ascii_case(title)))
}

/// Joins entities that are short forms of another entity of the same document:
/// "BA" = the initials of "British Airways", "Middle Way" = the start of "Middle Way
/// Group", "Mrs Parker Bowles" = the end of "Camilla Parker Bowles", "Lord Kinnock" =
/// "Neil Kinnock". Each join needs exactly one candidate.
fn join_short_forms(lex: &Lexicon, r: &mut Resolved) {
    let words = |name: &str| -> Vec<String> { name.split_whitespace().map(fold).filter(|w| !w.is_empty()).collect() };
    let initials = |name: &str| -> String {
        name.split_whitespace()
            .filter(|w| w.starts_with(char::is_uppercase))
            .filter_map(|w| w.chars().next())
            .collect()
    };
    let mut used = vec![false; r.entities.len()];
    for m in &r.mentions {
        used[m.entity] = true;
    }
    // each name's folded words, once (this runs for every pair of entities)
    let all_words: Vec<Vec<String>> = r.entities.iter().map(|x| words(&x.name)).collect();
    let mut remap: Vec<usize> = (0..r.entities.len()).collect();
    // "co-chairman of Middle Way" after "the Middle Way Group": a supposed person of two
    // words or more, no given name among them, that opens a body's name is that body
    let body_named = |ent: &DocEntity, other: &DocEntity, o: usize| {
        let mine = words(&ent.name);
        ent.kind == EntityType::Person
            && matches!(other.kind, EntityType::Organization | EntityType::Group)
            && mine.len() >= 2
            && all_words[o].len() > mine.len()
            && all_words[o].starts_with(&mine)
            && !ent.name.split_whitespace().any(|w| lex.is_given_name(&lower(w)))
    };
    for (e, ent) in r.entities.iter().enumerate() {
        if !used[e] || ent.lexicon.is_some() {
            continue;
        }
        let mine = &all_words[e];
        // "Abdel Aty" beside "Badr Abdelatty": a name of two words, the first a given-name
        // prefix or a particle, that another name writes as one word
        let glued = (ent.kind == EntityType::Person
            && mine.len() == 2
            && lex.is(&mine[0], WordClass::GIVENPREFIX | WordClass::PARTICLE))
        .then(|| spelling_key(&mine.concat()));
        let candidates: Vec<usize> = r
            .entities
            .iter()
            .enumerate()
            .filter(|&(o, other)| {
                o != e
                    && used[o]
                    && (other.kind == ent.kind
                        || body_named(ent, other, o)
                        || (other.kind == EntityType::Person && person_initials(lex, &ent.name, &other.name)))
            })
            .filter(|&(o, other)| {
                let theirs = &all_words[o];
                match other.kind {
                    EntityType::Organization | EntityType::Group => {
                        let acronym = ent.name.len() >= 2
                            && ent.name.chars().all(|c| c.is_ascii_uppercase())
                            && theirs.len() >= 2
                            && initials(&other.name) == ent.name;
                        let prefix = theirs.len() > mine.len() && theirs.starts_with(mine);
                        // "Potato Council" after "British Potato Council": the name
                        // without the state that opens it (not a known body's: the
                        // "Communist Party" of Vietnam is not the Chinese one)
                        let stateless = mine.len() >= 2
                            && other.lexicon.is_none()
                            && theirs.len() == mine.len() + 1
                            && theirs.ends_with(mine)
                            && other.name.split_whitespace().next().is_some_and(|w| state_word(lex, w));
                        acronym || prefix || stateless
                    }
                    EntityType::Person => {
                        let patronymic = |n: &[String]| n.iter().any(|w| lex.is(w, WordClass::PATRONYM));
                        // "Lord Kinnock" is "Neil Kinnock"; "Sheikh Khaled" is "Khaled
                        // bin Mohamed", named by the given name in the Arabic tradition
                        let peer = mine.len() == 2
                            && lex.is(&mine[0], WordClass::PEERAGE)
                            && theirs.len() >= 2
                            && ((theirs.last() == mine.last()
                                && !lex.is(&theirs[theirs.len() - 2], WordClass::PATRONYM))
                                || (theirs.first() == mine.last() && patronymic(theirs)))
                            && !lex.is(&theirs[0], WordClass::PEERAGE);
                        // a contiguous part of the longer name: "Lula da Silva", "Abdel
                        // Fattah", "Mohammed bin Abdulrahman", "Parker Bowles" (never the
                        // father's name: "Salman bin Abdulaziz" in "Mohammed bin Salman
                        // bin Abdulaziz")
                        let part = mine.len() >= 2
                            && theirs.len() > mine.len()
                            && theirs.windows(mine.len()).enumerate().any(|(s, w)| {
                                w == mine.as_slice() && !(s > 0 && lex.is(&theirs[s - 1], WordClass::PATRONYM))
                            });
                        let written_as_one = glued
                            .as_ref()
                            .is_some_and(|g| theirs.len() >= 2 && theirs.iter().any(|w| spelling_key(w) == *g));
                        peer || part || written_as_one || person_initials(lex, &ent.name, &other.name)
                    }
                    _ => false,
                }
            })
            .map(|(o, _)| o)
            .collect();
        if let [only] = candidates.as_slice() {
            remap[e] = *only;
        }
    }
    for m in &mut r.mentions {
        m.entity = remap[m.entity];
    }
}

/// Whether `short`, three to five capitals, spells the initials of the personal name
/// `full`, particles included: of the whole name or of its words before a particle
/// ("MBS" of "Mohammed bin Salman bin Abdulaziz Al Saud", "AMLO" of "Andrés Manuel
/// López Obrador"), as news writes the names of leaders known by their initials.
fn person_initials(lex: &Lexicon, short: &str, full: &str) -> bool {
    let n = short.len();
    if !(3..=5).contains(&n) || !short.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let words: Vec<&str> = full.split_whitespace().collect();
    if words.len() < n {
        return false;
    }
    let spelled = words[..n]
        .iter()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .eq(short.chars());
    spelled && words.get(n).is_none_or(|w| lex.is(&lower(w), WordClass::PARTICLE))
}

/// Whether the word `w` is, whole, a state's name, demonym or capital ("British", "Lao").
fn state_word(lex: &Lexicon, w: &str) -> bool {
    lex.find_forms(w)
        .any(|(s, e, a, _)| s == 0 && e == w.len() && lex.actors[a].kind == EntityType::Country)
}

/// Two entities whose canonical names slug alike are one ("U.S." and "US" can't both
/// be canonical, but a rule-found name may equal a lexicon name).
fn merge_same_slug(r: &mut Resolved) {
    let mut first: HashMap<String, usize> = HashMap::default();
    let mut remap: Vec<usize> = (0..r.entities.len()).collect();
    for (i, e) in r.entities.iter().enumerate() {
        let s = slug(&e.name);
        match first.get(&s) {
            Some(&j) => remap[i] = j,
            None => {
                first.insert(s, i);
            }
        }
    }
    for m in &mut r.mentions {
        m.entity = remap[m.entity];
    }
}

/// Whether two full names are one person's, one with a middle name left out (the same
/// first and last word, and every word of the shorter in the longer, in order: "Bola
/// Tinubu", "Bola Ahmed Tinubu") or with the given name left out ("Lacalle Pou", "Luis
/// Lacalle Pou").
fn same_person_shortened(lex: &Lexicon, a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // "Lacalle Pou" after "Luis Lacalle Pou": the given name left out (but "Salman bin
    // Abdulaziz" is the father of "Mohammed bin Salman bin Abdulaziz")
    if short.len() >= 2 && short.len() < long.len() && long.ends_with(short) {
        return !lex.is(&long[long.len() - short.len() - 1], WordClass::PATRONYM);
    }
    if short.len() < 2 || short.len() == long.len() || short.first() != long.first() || short.last() != long.last() {
        return false;
    }
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|x| x == w))
}
