//! Lexicons: the built-in data files under `data/lexicon/` (embedded at compile time)
//! plus user lexicons given with `--lexicon`. Adding an actor, a title or a cue verb is
//! a line in a TSV file, never code. See `docs/lexicons.md` for every file's columns.

use crate::model::{EntityType, RelationType};
use crate::{Error, Result};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
// FxHash: these tables are looked up once per token, where SipHash was a tenth of
// extraction time; the keys are the project's own word lists, not attacker-chosen
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// An actor known to a lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Canonical name.
    pub name: String,
    /// Actor type.
    pub kind: EntityType,
    /// Wikidata id, when the lexicon gives one.
    pub wikidata: Option<String>,
}

/// How a surface form names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    /// The canonical name, a short form, an acronym or a metonym ("the Kremlin").
    Name,
    /// A demonym ("French", "Britons"): the state's voice only before a noun or as a people.
    Demonym,
    /// A capital: the state's voice when it acts, a location otherwise.
    Capital,
}

/// What kind of word a title is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TitleKind {
    /// An office or role that ties its holder to a body ("President", "Foreign Secretary").
    Office,
    /// A courtesy title that only marks a person ("Mr", "Dr", "Sir").
    Honorific,
}

/// A relation cue: a word or phrase and what it signals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// The phrase, lower case, as written ("held talks with").
    pub phrase: String,
    /// The relation it signals.
    pub relation: RelationType,
    /// The syntactic frame: `verb` (X cue Y), `passive` (Y cue by X), `noun` (X's cue with Y /
    /// cue between X and Y), `speech` (X cue \[that\] ... / "...", X cue).
    pub frame: String,
}

/// All lexicon data, with a compiled automaton for fast lookup of surface forms.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Known actors; indices are stable within one lexicon.
    pub actors: Vec<Actor>,
    /// Surface forms: (form text, actor index, how it names the actor), in automaton order.
    pub forms: Vec<(String, usize, Form)>,
    automaton: Arc<AhoCorasick>,
    /// Pattern ids by form text with ASCII letters in lower case (the automaton's
    /// case folding), ascending: the shorter forms tried when the longest match fails
    /// the case rules ("the Labour party" falls back from "Labour Party" to "Labour").
    by_text: Arc<HashMap<String, Vec<usize>>>,
    /// Length in bytes of the longest form.
    max_form_len: usize,
    /// Titles by lower-case phrase.
    pub titles: HashMap<String, TitleKind>,
    /// Titles that belong to one state's institutions ("foreign secretary" -> United
    /// Kingdom), from the optional third column of titles.tsv.
    pub title_country: HashMap<String, String>,
    /// Longest title in words (for matching multi-word titles).
    pub max_title_words: usize,
    /// Common given names, lower case.
    pub first_names: HashSet<String>,
    /// Given names borne almost only by women, lower case (so "he" skips them).
    pub female_names: HashSet<String>,
    /// Capitalised words that are never actors on their own (weekdays, months, ...), lower case.
    pub non_actors: HashSet<String>,
    /// Relation cues.
    pub cues: Vec<Cue>,
    /// Cue phrases split in words, by first word, longest first.
    cue_index: HashMap<String, Vec<(Vec<String>, usize)>>,
    /// Classes of words that tell what a name is (bit set of `WordClass`), lower case.
    pub name_words: HashMap<String, u32>,
    /// Known places (cities, regions, states), by name as written.
    pub places: HashSet<String>,
    /// Given names of the world's naming traditions (`world-names.tsv`), lower case.
    pub world_given: HashSet<String>,
    /// Surnames written after the given name (`world-names.tsv`), lower case.
    pub surnames: HashSet<String>,
    /// Surnames written before the given name: Chinese, Korean, Vietnamese, Hungarian
    /// (`world-names.tsv`), lower case.
    pub surname_first: HashSet<String>,
}

/// Classes of `data/lexicon/name-words.tsv`; a word may have several (bit flags).
pub struct WordClass;

impl WordClass {
    /// The word makes a name an organisation.
    pub const ORG: u32 = 1;
    /// The word makes a name a place.
    pub const PLACE: u32 = 2;
    /// The word makes a name an event, law or document (never an actor).
    pub const EVENT: u32 = 4;
    /// A lower-case particle inside a personal name.
    pub const PARTICLE: u32 = 8;
    /// A head noun of a named collective.
    pub const GROUP: u32 = 16;
    /// A preposition after which a name is a place.
    pub const LOCATIVE: u32 = 32;
    /// A word that cancels a relation cue.
    pub const NEGATION: u32 = 64;
    /// A word that makes a relation expected.
    pub const FUTURE: u32 = 128;
    /// A common noun that introduces an organisation's name ("brewing giant Inbev").
    pub const ORGNOUN: u32 = 256;
    /// A lower-case word that may join the parts of an organisation's name
    /// ("Centre for Policy Studies").
    pub const CONNECTOR: u32 = 512;
    /// A body word after a place that still lets the place act as its state ("the
    /// British Government").
    pub const STATEBODY: u32 = 1 << 10;
    /// An article ("the", "a", "an").
    pub const DETERMINER: u32 = 1 << 11;
    /// What follows the apostrophe of a contraction ("I've", "We'll").
    pub const CONTRACTION: u32 = 1 << 12;
    /// A noun after a name that makes the name a date ("Budget week").
    pub const DATENOUN: u32 = 1 << 13;
    /// A word before a month that makes it a date ("in May").
    pub const DATEPREP: u32 = 1 << 14;
    /// A function word that, capitalised inside a run, shows it is no name ("Talks On Trade").
    pub const FUNCTION: u32 = 1 << 15;
    /// A preposition that continues a body's name before a capitalised word ("Commission for Africa").
    pub const NAMEOF: u32 = 1 << 16;
    /// A preposition between an office and the body that employs its holder ("analyst at Gartner").
    pub const EMPLOYER: u32 = 1 << 17;
    /// A word after a capital that lets it act as its state's voice ("Moscow said").
    pub const ACTING: u32 = 1 << 18;
    /// An abbreviated month that is also a given name ("Jan Kowalski").
    pub const MONTHABBR: u32 = 1 << 19;
    /// A peer's title, part of the name when one word follows ("Baroness Scotland").
    pub const PEERAGE: u32 = 1 << 20;
    /// A weekday or month, which splits a name run even after a given name.
    pub const CALENDAR: u32 = 1 << 21;
    /// An ending that makes a capitalised sentence opener a common word ("Reportedly").
    pub const COMMONSUFFIX: u32 = 1 << 22;
    /// A speech verb after which a lone capitalised word is a person ("Dekker said").
    pub const SPEECH: u32 = 1 << 23;
    /// A title of a head of state or government, which news uses for its main actor.
    pub const HEADTITLE: u32 = 1 << 24;
    /// An article joined by a hyphen to a name word ("al-Sisi"): the word is a name word,
    /// and the part after the hyphen names the same person (`name-particles.tsv`).
    pub const NAMEPREFIX: u32 = 1 << 25;
    /// A word bound to the next to make one given name or a kunya ("Abdel Fattah", "Abu
    /// Mohammed"): never alone what tells a person apart (`name-particles.tsv`).
    pub const GIVENPREFIX: u32 = 1 << 26;

    fn parse(s: &str) -> Option<u32> {
        Some(match s {
            "org" => Self::ORG,
            "place" => Self::PLACE,
            "event" => Self::EVENT,
            "particle" => Self::PARTICLE,
            "group" => Self::GROUP,
            "locative" => Self::LOCATIVE,
            "negation" => Self::NEGATION,
            "future" => Self::FUTURE,
            "orgnoun" => Self::ORGNOUN,
            "connector" => Self::CONNECTOR,
            "statebody" => Self::STATEBODY,
            "determiner" => Self::DETERMINER,
            "contraction" => Self::CONTRACTION,
            "datenoun" => Self::DATENOUN,
            "dateprep" => Self::DATEPREP,
            "function" => Self::FUNCTION,
            "nameof" => Self::NAMEOF,
            "employer" => Self::EMPLOYER,
            "acting" => Self::ACTING,
            "monthabbr" => Self::MONTHABBR,
            "peerage" => Self::PEERAGE,
            "calendar" => Self::CALENDAR,
            "commonsuffix" => Self::COMMONSUFFIX,
            "speech" => Self::SPEECH,
            "headtitle" => Self::HEADTITLE,
            "nameprefix" => Self::NAMEPREFIX,
            "givenprefix" => Self::GIVENPREFIX,
            _ => return None,
        })
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::builtin()
    }
}

const COUNTRIES: &str = include_str!("../data/lexicon/countries.tsv");
const ORGANIZATIONS: &str = include_str!("../data/lexicon/organizations.tsv");
const PEOPLE: &str = include_str!("../data/lexicon/people.tsv");
const TITLES: &str = include_str!("../data/lexicon/titles.tsv");
const FIRST_NAMES: &str = include_str!("../data/lexicon/first-names.txt");
const FEMALE_NAMES: &str = include_str!("../data/lexicon/female-names.txt");
const NON_ACTORS: &str = include_str!("../data/lexicon/non-actors.txt");
const CUES: &str = include_str!("../data/lexicon/cues.tsv");
const NAME_WORDS: &str = include_str!("../data/lexicon/name-words.tsv");
const NAME_PARTICLES: &str = include_str!("../data/lexicon/name-particles.tsv");
const PLACES: &str = include_str!("../data/lexicon/places.tsv");
const WORLD_NAMES: &str = include_str!("../data/lexicon/world-names.tsv");

/// Splits a TSV file into (1-based line number, fields), skipping `#` comments, blank
/// lines and a header line starting with `name` or `phrase`.
fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, l)| {
        let t = l.trim_end_matches('\r');
        if t.trim().is_empty() || t.starts_with('#') || t.starts_with("name\t") || t.starts_with("phrase\t") {
            None
        } else {
            Some((i + 1, t.split('\t').map(str::trim).collect()))
        }
    })
}

fn list(field: Option<&&str>) -> Vec<String> {
    field
        .map(|f| {
            f.split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

fn opt(field: Option<&&str>) -> Option<String> {
    field.filter(|f| !f.is_empty()).map(|f| f.to_string())
}

struct Builder {
    actors: Vec<Actor>,
    by_name: HashMap<String, usize>,
    /// Forms in the order they were added; `None` for a form a later one replaced.
    forms: Vec<Option<(String, usize, Form)>>,
    /// The live entries of `forms` for each text, so replacing is not a scan.
    live: HashMap<String, Vec<usize>>,
}

impl Builder {
    fn actor(&mut self, name: &str, kind: EntityType, wikidata: Option<String>) -> usize {
        if let Some(&i) = self.by_name.get(name) {
            self.actors[i].kind = kind;
            if wikidata.is_some() {
                self.actors[i].wikidata = wikidata;
            }
            return i;
        }
        let i = self.actors.len();
        self.actors.push(Actor {
            name: name.to_string(),
            kind,
            wikidata,
        });
        self.by_name.insert(name.to_string(), i);
        self.push(name.to_string(), i, Form::Name);
        i
    }

    fn push(&mut self, text: String, actor: usize, form: Form) {
        self.live.entry(text.clone()).or_default().push(self.forms.len());
        self.forms.push(Some((text, actor, form)));
    }

    fn form(&mut self, text: String, actor: usize, form: Form) {
        // a user lexicon overrides: the newest owner of a surface form wins
        for at in self.live.remove(&text).unwrap_or_default() {
            self.forms[at] = None;
        }
        self.push(text, actor, form);
    }

    /// The forms that were not replaced, in the order they were added.
    fn into_forms(self) -> (Vec<Actor>, Vec<(String, usize, Form)>) {
        (self.actors, self.forms.into_iter().flatten().collect())
    }

    fn load_actors(&mut self, text: &str, path: &Path, layout: Layout) -> Result<()> {
        for (line, f) in rows(text) {
            let bad = |m: &str| Error::Lexicon {
                path: path.to_path_buf(),
                line,
                message: m.to_string(),
            };
            let name = f
                .first()
                .copied()
                .filter(|n| !n.is_empty())
                .ok_or_else(|| bad("empty name"))?;
            match layout {
                Layout::Countries => {
                    let i = self.actor(name, EntityType::Country, opt(f.get(4)));
                    for a in list(f.get(1)) {
                        self.form(a, i, Form::Name);
                    }
                    for a in list(f.get(2)) {
                        self.form(a, i, Form::Demonym);
                    }
                    for a in list(f.get(3)) {
                        self.form(a, i, Form::Capital);
                    }
                }
                Layout::Typed => {
                    let kind: EntityType = f
                        .get(1)
                        .ok_or_else(|| bad("missing type column"))?
                        .parse()
                        .map_err(|e: Error| bad(&e.to_string()))?;
                    let i = self.actor(name, kind, opt(f.get(3)));
                    for a in list(f.get(2)) {
                        self.form(a, i, Form::Name);
                    }
                }
            }
        }
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum Layout {
    /// name, aliases, demonyms, capitals, wikidata
    Countries,
    /// name, type, aliases, wikidata
    Typed,
}

/// Title word (lower case) -> office or honorific, and title -> the country it implies.
type Titles = (HashMap<String, TitleKind>, HashMap<String, String>);

/// The built-in titles (`data/lexicon/titles.tsv`).
fn built_in_titles() -> Result<Titles> {
    let mut titles = HashMap::default();
    let mut title_country = HashMap::default();
    for (line, f) in rows(TITLES) {
        let kind = match f.get(1).copied() {
            Some("office") => TitleKind::Office,
            Some("honorific") => TitleKind::Honorific,
            other => {
                return Err(Error::Lexicon {
                    path: "data/lexicon/titles.tsv".into(),
                    line,
                    message: format!("unknown title kind {other:?}"),
                })
            }
        };
        if let Some(c) = f.get(2).filter(|c| !c.is_empty()) {
            title_country.insert(f[0].to_lowercase(), c.to_string());
        }
        titles.insert(f[0].to_lowercase(), kind);
    }
    Ok((titles, title_country))
}

/// Cues, and cue indices by first word (longest phrase first).
type Cues = (Vec<Cue>, HashMap<String, Vec<(Vec<String>, usize)>>);

/// The built-in relation cues (`data/lexicon/cues.tsv`), indexed by first word.
fn built_in_cues() -> Result<Cues> {
    let mut cues = Vec::new();
    for (line, f) in rows(CUES) {
        let relation = f
            .get(1)
            .ok_or(())
            .and_then(|r| r.parse().map_err(|_| ()))
            .map_err(|_| Error::Lexicon {
                path: "data/lexicon/cues.tsv".into(),
                line,
                message: "bad relation".into(),
            })?;
        cues.push(Cue {
            phrase: f[0].to_lowercase(),
            relation,
            frame: f.get(2).unwrap_or(&"verb").to_string(),
        });
    }
    // a participle listed both as `verb` and `passive` is one cue: the extractor reads
    // the voice from the sentence ("was criticised by"), not from the list
    let verbs: HashSet<(String, RelationType)> = cues
        .iter()
        .filter(|c| c.frame == "verb")
        .map(|c| (c.phrase.clone(), c.relation))
        .collect();
    cues.retain(|c| c.frame != "passive" || !verbs.contains(&(c.phrase.clone(), c.relation)));
    let mut cue_index: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::default();
    for (i, c) in cues.iter().enumerate() {
        let words: Vec<String> = c.phrase.split_whitespace().map(String::from).collect();
        cue_index.entry(words[0].clone()).or_default().push((words, i));
    }
    for v in cue_index.values_mut() {
        v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
    }
    Ok((cues, cue_index))
}

/// The built-in name-word classes (`data/lexicon/name-words.tsv` and
/// `name-particles.tsv`), as bit sets.
fn built_in_name_words() -> Result<HashMap<String, u32>> {
    let mut name_words: HashMap<String, u32> = HashMap::default();
    for (file, text) in [("name-words.tsv", NAME_WORDS), ("name-particles.tsv", NAME_PARTICLES)] {
        for (line, f) in rows(text) {
            let class = f
                .get(1)
                .and_then(|c| WordClass::parse(c))
                .ok_or_else(|| Error::Lexicon {
                    path: format!("data/lexicon/{file}").into(),
                    line,
                    message: "unknown word class".into(),
                })?;
            *name_words.entry(f[0].to_lowercase()).or_default() |= class;
        }
    }
    Ok(name_words)
}

impl Lexicon {
    /// The built-in lexicon from `data/lexicon/`.
    pub fn builtin() -> Lexicon {
        Lexicon::with_user_files(&[]).expect("built-in lexicon data is valid")
    }

    /// The built-in lexicon plus user lexicon files (TSV: name, type, aliases, wikidata),
    /// which add actors and aliases and override built-in ones.
    pub fn with_user_files(paths: &[PathBuf]) -> Result<Lexicon> {
        let mut b = Builder {
            actors: Vec::new(),
            by_name: HashMap::default(),
            forms: Vec::new(),
            live: HashMap::default(),
        };
        // multi-word places first, so that a country or body of the same name wins and
        // "Latin America" is a place, not "America"
        for (_, f) in rows(PLACES) {
            if f[0].contains(' ') {
                b.actor(f[0], EntityType::Location, None);
            }
        }
        b.load_actors(COUNTRIES, Path::new("data/lexicon/countries.tsv"), Layout::Countries)?;
        b.load_actors(
            ORGANIZATIONS,
            Path::new("data/lexicon/organizations.tsv"),
            Layout::Typed,
        )?;
        b.load_actors(PEOPLE, Path::new("data/lexicon/people.tsv"), Layout::Typed)?;
        for p in paths {
            let text = std::fs::read_to_string(p).map_err(|e| Error::io(p, e))?;
            b.load_actors(&text, p, Layout::Typed)?;
        }
        let (actors, forms) = b.into_forms();
        // the automaton, the slowest part of loading, is built on another core while
        // the other lists are read
        let patterns: Vec<String> = forms.iter().map(|(t, _, _)| t.clone()).collect();
        let automaton = std::thread::spawn(move || {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(true)
                .build(&patterns)
                .map_err(|e| Error::Invalid(format!("lexicon automaton: {e}")))
        });
        let (titles, title_country) = built_in_titles()?;
        let max_title_words = titles.keys().map(|t| t.split_whitespace().count()).max().unwrap_or(1);
        let words = |text: &str| -> HashSet<String> {
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_lowercase)
                .collect()
        };
        let (cues, cue_index) = built_in_cues()?;
        let name_words = built_in_name_words()?;
        let places = rows(PLACES).map(|(_, f)| f[0].to_string()).collect();
        let (mut world_given, mut surnames, mut surname_first) =
            (HashSet::default(), HashSet::default(), HashSet::default());
        for (line, f) in rows(WORLD_NAMES) {
            let set = match f.get(1).copied() {
                Some("given") => &mut world_given,
                Some("surname") => &mut surnames,
                Some("surname-first") => &mut surname_first,
                other => {
                    return Err(Error::Lexicon {
                        path: "data/lexicon/world-names.tsv".into(),
                        line,
                        message: format!("unknown name part {other:?}"),
                    })
                }
            };
            set.insert(f[0].to_lowercase());
        }
        let automaton = automaton.join().expect("the automaton thread does not panic")?;
        let mut by_text: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, (t, _, _)) in forms.iter().enumerate() {
            by_text.entry(t.to_ascii_lowercase()).or_default().push(i);
        }
        let max_form_len = forms.iter().map(|(t, _, _)| t.len()).max().unwrap_or(0);
        Ok(Lexicon {
            actors,
            forms,
            automaton: Arc::new(automaton),
            by_text: Arc::new(by_text),
            max_form_len,
            titles,
            title_country,
            max_title_words,
            first_names: words(FIRST_NAMES),
            female_names: words(FEMALE_NAMES),
            non_actors: words(NON_ACTORS),
            cues,
            cue_index,
            name_words,
            places,
            world_given,
            surnames,
            surname_first,
        })
    }

    /// Every lexicon form found in `text` at word boundaries, leftmost-longest, with
    /// case rules: an all-capitals form (acronym) must match exactly, a capitalised form
    /// must start with a capital, a lower-case form matches any case.
    /// Yields (start, end, actor index, form kind).
    pub fn find_forms<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize, usize, Form)> + 'a {
        self.automaton.find_iter(text).filter_map(move |m| {
            let (s, e) = (m.start(), m.end());
            let pattern = m.pattern().as_usize();
            if self.accept(text, s, e, pattern) {
                let (_, actor, kind) = &self.forms[pattern];
                return Some((s, e, *actor, *kind));
            }
            // the longest form failed the word-boundary or case rules: the longest
            // form starting here that passes them (of equal ones, the last added);
            // none can inside a word, and only ends at a word's end need a lookup
            let in_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            if in_word(text[..s].chars().next_back()) {
                return None;
            }
            let end = (s + self.max_form_len).min(text.len());
            (s + 1..=end)
                .rev()
                .filter(|&e| text.is_char_boundary(e) && !in_word(text[e..].chars().next()))
                .find_map(|e| {
                    let ids = self.by_text.get(&text[s..e].to_ascii_lowercase())?;
                    ids.iter().rev().find(|&&p| self.accept(text, s, e, p)).map(|&p| (e, p))
                })
                .map(|(e, p)| {
                    let (_, actor, kind) = &self.forms[p];
                    (s, e, *actor, *kind)
                })
        })
    }

    /// Whether form `pattern` may be read at `[s, e)`: whole words, case rules kept.
    fn accept(&self, text: &str, s: usize, e: usize, pattern: usize) -> bool {
        let before = text[..s].chars().next_back();
        let after = text.get(e..).and_then(|t| t.chars().next());
        if before.is_some_and(|c| c.is_alphanumeric()) || after.is_some_and(|c| c.is_alphanumeric()) {
            return false;
        }
        case_ok(&self.forms[pattern].0, &text[s..e])
    }

    /// Whether lower-case `word` has word class `class` (a `WordClass` constant).
    pub fn is(&self, word: &str, class: u32) -> bool {
        self.name_words.get(word).is_some_and(|c| c & class != 0)
    }

    /// The cues whose phrase starts with lower-case `word`, longest first, as
    /// (phrase words, cue).
    pub fn cues_starting<'a>(&'a self, word: &str) -> impl Iterator<Item = (&'a [String], &'a Cue)> + 'a {
        self.cue_index
            .get(word)
            .into_iter()
            .flatten()
            .map(move |(w, i)| (w.as_slice(), &self.cues[*i]))
    }

    /// Whether lower-case `word` is a known given name (first-names.txt or a given name of
    /// world-names.tsv).
    pub fn is_given_name(&self, word: &str) -> bool {
        self.first_names.contains(word) || self.world_given.contains(word)
    }

    /// The title kind of a lower-case phrase, if it is a title.
    pub fn title(&self, phrase: &str) -> Option<TitleKind> {
        self.titles.get(phrase).copied()
    }
}

fn case_ok(form: &str, surface: &str) -> bool {
    let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return form == surface;
    }
    match form.chars().next() {
        Some(c) if c.is_uppercase() => {
            // every capitalised word of the form must be capitalised in the text, but
            // a leading "The" ("the Times") may be lower case
            form.split(' ').zip(surface.split(' ')).enumerate().all(|(i, (f, s))| {
                !f.starts_with(char::is_uppercase) || s.starts_with(char::is_uppercase) || (i == 0 && f == "The")
            })
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The actor names and form kinds the built-in lexicon finds in `text`.
    fn found(lex: &Lexicon, text: &str) -> Vec<(String, String, Form)> {
        lex.find_forms(text)
            .map(|(s, e, a, f)| (text[s..e].to_string(), lex.actors[a].name.clone(), f))
            .collect()
    }

    #[test]
    fn builtin_lexicon_loads_every_file() {
        let lex = Lexicon::builtin();
        let countries = lex.actors.iter().filter(|a| a.kind == EntityType::Country).count();
        assert!(countries >= 195, "only {countries} countries");
        assert!(lex.actors.len() > 500, "only {} actors", lex.actors.len());
        assert!(lex.first_names.contains("john") && lex.first_names.len() > 5000);
        assert!(!lex.first_names.contains("will") && !lex.first_names.contains("may"));
        assert!(lex.non_actors.contains("monday") && !lex.non_actors.contains("us"));
        assert_eq!(lex.title("foreign secretary"), Some(TitleKind::Office));
        assert_eq!(lex.title("mr"), Some(TitleKind::Honorific));
        assert!(lex
            .cues
            .iter()
            .any(|c| c.phrase == "held talks with" && c.relation == RelationType::MetWith));
    }

    #[test]
    fn news_short_forms_name_their_actors() {
        let lex = Lexicon::builtin();
        let text = "The U.S. and Britain, the Tories said, met the Kremlin and Downing Street.";
        let got = found(&lex, text);
        let names: Vec<(&str, &str)> = got.iter().map(|(s, n, _)| (s.as_str(), n.as_str())).collect();
        assert_eq!(
            names,
            [
                ("U.S.", "United States"),
                ("Britain", "United Kingdom"),
                ("Tories", "Conservative Party"),
                ("Kremlin", "Russia"),
                ("Downing Street", "United Kingdom"),
            ]
        );
        let demonyms = found(&lex, "French and Ukrainian officials met in Kyiv.");
        assert_eq!(
            demonyms,
            [
                ("French".into(), "France".into(), Form::Demonym),
                ("Ukrainian".into(), "Ukraine".into(), Form::Demonym),
                ("Kyiv".into(), "Ukraine".into(), Form::Capital),
            ]
        );
    }

    #[test]
    fn case_rules_keep_pronouns_and_common_words_out() {
        let lex = Lexicon::builtin();
        assert!(found(&lex, "let us talk to us about who said what").is_empty());
        assert_eq!(found(&lex, "US troops")[0].1, "United States");
        assert_eq!(found(&lex, "the WHO said")[0].1, "World Health Organization");
        assert_eq!(found(&lex, "the Labour Party said")[0].1, "Labour Party");
    }
}
