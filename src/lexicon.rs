//! Lexicons: the built-in data files under `data/lexicon/`, compiled by the build script
//! (`build.rs`, with the code of `lexicon/compiled.rs`) into word tables and an automaton
//! that load without parsing, plus user lexicons given with `--lexicon`, compiled at run
//! time by the same code. Adding an actor, a title or a cue verb is a line in a TSV file,
//! never code. See `docs/lexicons.md` for every file's columns.

// shared with build.rs, which uses the compiling half
#[allow(dead_code)]
mod compiled;

use crate::model::{EntityType, RelationType};
use crate::{Error, Result};
use compiled::{Sections, Strs, Table, U32s};
use daachorse::DoubleArrayAhoCorasick;
use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::Arc;

/// The built-in actors, surface forms and automaton, compiled by `build.rs`.
static ACTORS_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lexicon-actors.bin"));
/// The built-in word lists, titles, name-word classes and cues, compiled by `build.rs`.
static LISTS_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lexicon-lists.bin"));

/// An actor known to a lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Canonical name.
    pub name: Cow<'static, str>,
    /// Actor type.
    pub kind: EntityType,
    /// Wikidata id, when the lexicon gives one.
    pub wikidata: Option<Cow<'static, str>>,
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

impl Form {
    fn from_code(code: u32) -> Form {
        match code {
            compiled::FORM_DEMONYM => Form::Demonym,
            compiled::FORM_CAPITAL => Form::Capital,
            _ => Form::Name,
        }
    }
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
    pub phrase: &'static str,
    /// The relation it signals.
    pub relation: RelationType,
    /// The syntactic frame: `verb` (X cue Y), `passive` (Y cue by X), `noun` (X's cue with Y /
    /// cue between X and Y), `speech` (X cue \[that\] ... / "...", X cue).
    pub frame: &'static str,
}

/// A set of words compiled by the build script: a hash table read in place.
#[derive(Clone, Copy, Default)]
pub struct WordSet(Table<'static>);

impl WordSet {
    /// Whether `word` (as the list writes it: lower case, but `places` as written) is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.0.get(word.as_bytes()).is_some()
    }

    /// How many words.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The words, in the build script's (sorted) order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        let table = self.0;
        (0..table.len()).map(move |i| std::str::from_utf8(table.key(i)).unwrap_or_default())
    }
}

impl std::fmt::Debug for WordSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WordSet({} words)", self.len())
    }
}

/// A map from lower-case words to word classes (bit sets of `WordClass`) compiled by the
/// build script.
#[derive(Clone, Copy, Default)]
pub struct WordClasses(Table<'static>, Table<'static>);

impl WordClasses {
    /// The classes of lower-case `word`, if it has any.
    #[inline]
    pub fn get(&self, word: &str) -> Option<u64> {
        let low = self.0.get(word.as_bytes())?;
        let high = self.1.get(word.as_bytes()).unwrap_or(0);
        Some(u64::from(low) | u64::from(high) << 32)
    }

    /// How many words.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the map is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl std::fmt::Debug for WordClasses {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WordClasses({} words)", self.len())
    }
}

/// A map from lower-case titles to the state whose institutions they belong to, compiled
/// by the build script.
#[derive(Clone, Copy, Default)]
pub struct TitleStates {
    titles: Table<'static>,
    states: Strs<'static>,
}

impl TitleStates {
    /// The state of lower-case `title` ("foreign secretary" -> "United Kingdom"), or `*`
    /// for a title of whichever state the article is about.
    pub fn get(&self, title: &str) -> Option<&'static str> {
        self.titles.get(title.as_bytes()).map(|i| self.states.get(i as usize))
    }

    /// How many titles.
    pub fn len(&self) -> usize {
        self.titles.len()
    }

    /// Whether the map is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl std::fmt::Debug for TitleStates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TitleStates({} titles)", self.len())
    }
}

/// The automaton over every surface form, its ASCII letters in lower case, searched
/// leftmost-longest in the lower-cased text; a match's value is a form id.
#[derive(Clone)]
struct Automaton(DoubleArrayAhoCorasick<u32>);

impl std::fmt::Debug for Automaton {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Automaton({} states)", self.0.num_states())
    }
}

/// The compiled actor data: the built-in bytes, or a user lexicon's compiled at run time.
#[derive(Clone)]
struct ActorData {
    bytes: Cow<'static, [u8]>,
}

impl std::fmt::Debug for ActorData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ActorData({} bytes)", self.bytes.len())
    }
}

/// All lexicon data, with a compiled automaton for fast lookup of surface forms.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Known actors; indices are stable within one lexicon.
    pub actors: Vec<Actor>,
    /// Surface forms: (form text, actor index, how it names the actor), in automaton order.
    pub forms: Vec<(Cow<'static, str>, usize, Form)>,
    automaton: Arc<Automaton>,
    /// The compiled actors, where `by_text` is: pattern ids by form text with ASCII
    /// letters in lower case (the automaton's case folding), ascending: the shorter forms
    /// tried when the longest match fails the case rules ("the Labour party" falls back
    /// from "Labour Party" to "Labour").
    data: Arc<ActorData>,
    /// Titles by lower-case phrase (value: `TitleKind` code).
    titles: Table<'static>,
    /// Titles that belong to one state's institutions ("foreign secretary" -> United
    /// Kingdom), from the optional third column of titles.tsv.
    pub title_country: TitleStates,
    /// Longest title in words (for matching multi-word titles).
    pub max_title_words: usize,
    /// Common given names, lower case.
    pub first_names: WordSet,
    /// Given names borne almost only by women, lower case (so "he" skips them).
    pub female_names: WordSet,
    /// Capitalised words that are never actors on their own (weekdays, months, ...), lower case.
    pub non_actors: WordSet,
    /// Relation cues.
    pub cues: Vec<Cue>,
    /// The words of every cue's phrase, and each cue's range in it.
    cue_words: Vec<&'static str>,
    cue_ranges: Vec<(u32, u32)>,
    /// Cue indices by first word (value: offset in `cue_lists` of a count and the cues,
    /// longest phrase first).
    cue_index: Table<'static>,
    cue_lists: U32s<'static>,
    /// Classes of words that tell what a name is (bit set of `WordClass`), lower case.
    pub name_words: WordClasses,
    /// Known places (cities, regions, states), by name as written.
    pub places: WordSet,
    /// Given names of the world's naming traditions (`world-names.tsv`), lower case.
    pub world_given: WordSet,
    /// Surnames written after the given name (`world-names.tsv`), lower case.
    pub surnames: WordSet,
    /// Surnames written before the given name: Chinese, Korean, Vietnamese, Hungarian
    /// (`world-names.tsv`), lower case.
    pub surname_first: WordSet,
}

/// Classes of `data/lexicon/name-words.tsv`; a word may have several (bit flags).
pub struct WordClass;

impl WordClass {
    /// The word makes a name an organisation.
    pub const ORG: u64 = 1;
    /// The word makes a name a place.
    pub const PLACE: u64 = 2;
    /// The word makes a name an event, law or document (never an actor).
    pub const EVENT: u64 = 4;
    /// A lower-case particle inside a personal name.
    pub const PARTICLE: u64 = 8;
    /// A head noun of a named collective.
    pub const GROUP: u64 = 16;
    /// A preposition after which a name is a place.
    pub const LOCATIVE: u64 = 32;
    /// A word that cancels a relation cue.
    pub const NEGATION: u64 = 64;
    /// A word that makes a relation expected.
    pub const FUTURE: u64 = 128;
    /// A common noun that introduces an organisation's name ("brewing giant Inbev").
    pub const ORGNOUN: u64 = 256;
    /// A lower-case word that may join the parts of an organisation's name
    /// ("Centre for Policy Studies").
    pub const CONNECTOR: u64 = 512;
    /// A body word after a place that still lets the place act as its state ("the
    /// British Government").
    pub const STATEBODY: u64 = 1 << 10;
    /// An article ("the", "a", "an").
    pub const DETERMINER: u64 = 1 << 11;
    /// What follows the apostrophe of a contraction ("I've", "We'll").
    pub const CONTRACTION: u64 = 1 << 12;
    /// A noun after a name that makes the name a date ("Budget week").
    pub const DATENOUN: u64 = 1 << 13;
    /// A word before a month that makes it a date ("in May").
    pub const DATEPREP: u64 = 1 << 14;
    /// A function word that, capitalised inside a run, shows it is no name ("Talks On Trade").
    pub const FUNCTION: u64 = 1 << 15;
    /// A preposition that continues a body's name before a capitalised word ("Commission for Africa").
    pub const NAMEOF: u64 = 1 << 16;
    /// A preposition between an office and the body that employs its holder ("analyst at Gartner").
    pub const EMPLOYER: u64 = 1 << 17;
    /// A word after a capital that lets it act as its state's voice ("Moscow said").
    pub const ACTING: u64 = 1 << 18;
    /// An abbreviated month that is also a given name ("Jan Kowalski").
    pub const MONTHABBR: u64 = 1 << 19;
    /// A peer's or a royal's title, part of the name when one word follows ("Baroness
    /// Scotland", "King Salman", "Sheikh Tamim").
    pub const PEERAGE: u64 = 1 << 20;
    /// A weekday or month, which splits a name run even after a given name.
    pub const CALENDAR: u64 = 1 << 21;
    /// An ending that makes a capitalised sentence opener a common word ("Reportedly").
    pub const COMMONSUFFIX: u64 = 1 << 22;
    /// A speech verb after which a lone capitalised word is a person ("Dekker said").
    pub const SPEECH: u64 = 1 << 23;
    /// A title of a head of state or government, which news uses for its main actor.
    pub const HEADTITLE: u64 = 1 << 24;
    /// An article joined by a hyphen to a name word ("al-Sisi"): the word is a name word,
    /// and the part after the hyphen names the same person (`name-particles.tsv`).
    pub const NAMEPREFIX: u64 = 1 << 25;
    /// A word bound to the next to make one given name or a kunya ("Abdel Fattah", "Abu
    /// Mohammed"): never alone what tells a person apart (`name-particles.tsv`).
    pub const GIVENPREFIX: u64 = 1 << 26;
    /// A title that is also a given name ("Amir"): right after another title and before
    /// two or more names, it opens the name (`name-particles.tsv`).
    pub const TITLENAME: u64 = 1 << 27;
    /// A particle that opens a father's name ("bin", "ibn", "ould"): the words after it
    /// name the father, so they never stand for the person (`name-particles.tsv`).
    pub const PATRONYM: u64 = 1 << 28;
    /// An ending of common nouns and adjectives that no personal name has ("Strategic
    /// Partnership", "Liberation"): a capitalised phrase holding such a word is no person.
    pub const NOUNSUFFIX: u64 = 1 << 29;
    /// A word that makes a name a document: an agreement, a law, a plan ("Free Trade
    /// Agreement"), never a body, whatever acronym the text gives it.
    pub const DOCUMENT: u64 = 1 << 30;
    /// A given name abbreviated with a full stop ("Ma." for Maria, "Md." for
    /// Mohammad): the full stop stays inside the name (`name-particles.tsv`).
    pub const GIVENABBR: u64 = 1 << 31;
    /// A common noun for a ship ("destroyer", "aircraft carrier"): the name right after
    /// it is the ship's, never an actor.
    pub const VESSEL: u64 = 1 << 32;
    /// A prefix of a ship's name ("USS", "HMS", "BRP"): the name it opens is a ship's,
    /// never an actor.
    pub const SHIPPREFIX: u64 = 1 << 33;
    /// A verb, noun or adjective that headlines capitalise and the tagger's dictionary
    /// does not know ("Vow", "Hold", "Ties"): a headline word, never a name's.
    pub const HEADWORD: u64 = 1 << 34;
    /// A body that most states have under the same bare name ("Senate", "Supreme
    /// Court"): the lexicon's body of one state only in an article about that state.
    pub const HOMEBODY: u64 = 1 << 35;
    /// A possessive pronoun of a person ("his", "her"): in an aside right after a lone
    /// name ("Tamim, for his part, ..."), it shows the name is someone's.
    pub const PERSONAL: u64 = 1 << 36;
    /// A conjunction that joins the items of a list ("and", "or").
    pub const COORDINATOR: u64 = 1 << 37;
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::builtin()
    }
}

/// The actors (name, type code, Wikidata id) and forms (text, actor, kind code) of a
/// compiled actor part.
struct ActorRows<S> {
    actors: Vec<(S, u32, Option<S>)>,
    forms: Vec<(S, u32, u32)>,
}

/// Reads a compiled actor part; `text` makes each string (borrowed from static bytes,
/// or copied).
fn actor_rows<'a, S>(bytes: &'a [u8], text: impl Fn(&'a str) -> S) -> ActorRows<S> {
    let mut s = Sections::new(bytes);
    let mut r = s.next_section();
    let (names, wikidata, kinds) = (r.strs(), r.strs(), r.u32s());
    let actors = (0..names.len())
        .map(|i| {
            let w = wikidata.get(i);
            (text(names.get(i)), kinds.get(i), (!w.is_empty()).then(|| text(w)))
        })
        .collect();
    let mut r = s.next_section();
    // (the length of the longest form, which reading no longer needs: the automaton's
    // leftmost-longest match bounds the forms tried at a place)
    let _max_form_len = r.u32s();
    let (texts, owners, form_kinds) = (r.strs(), r.u32s(), r.u32s());
    let forms = (0..texts.len())
        .map(|i| (text(texts.get(i)), owners.get(i), form_kinds.get(i)))
        .collect();
    ActorRows { actors, forms }
}

impl Lexicon {
    /// The built-in lexicon from `data/lexicon/`, as the build script compiled it.
    pub fn builtin() -> Lexicon {
        Lexicon::load(Cow::Borrowed(ACTORS_BIN)).expect("the build script compiled a valid lexicon")
    }

    /// The built-in lexicon plus user lexicon files (TSV: name, type, aliases, wikidata),
    /// which add actors and aliases and override built-in ones. Without files this is
    /// [`Lexicon::builtin`]; with files, the actors are compiled again (tens of
    /// milliseconds).
    pub fn with_user_files(paths: &[PathBuf]) -> Result<Lexicon> {
        if paths.is_empty() {
            return Ok(Lexicon::builtin());
        }
        let rows = actor_rows(ACTORS_BIN, String::from);
        let mut b = compiled::Actors::from_parts(rows.actors, rows.forms);
        for p in paths {
            let text = std::fs::read_to_string(p).map_err(|e| Error::io(p, e))?;
            b.load(&text, p, compiled::Layout::Typed).map_err(|e| Error::Lexicon {
                path: e.path,
                line: e.line,
                message: e.message,
            })?;
        }
        let (actors, forms) = b.finish();
        let bytes = compiled::compile_actors(&actors, &forms).map_err(Error::Invalid)?;
        Lexicon::load(Cow::Owned(bytes))
    }

    /// A lexicon of compiled actors `bytes` and the built-in lists.
    fn load(bytes: Cow<'static, [u8]>) -> Result<Lexicon> {
        let ActorRows { actors, forms } = match &bytes {
            Cow::Borrowed(b) => actor_rows(b, Cow::Borrowed),
            Cow::Owned(b) => actor_rows(b, |s: &str| Cow::Owned(s.to_string())),
        };
        let actors = actors
            .into_iter()
            .map(|(name, kind, wikidata)| Actor {
                name,
                kind: EntityType::ALL
                    .get(kind as usize)
                    .copied()
                    .unwrap_or(EntityType::Location),
                wikidata,
            })
            .collect();
        let forms = forms
            .into_iter()
            .map(|(text, actor, form)| (text, actor as usize, Form::from_code(form)))
            .collect();
        let mut s = Sections::new(&bytes);
        for _ in 0..4 {
            s.next_section();
        }
        let (automaton, _) = DoubleArrayAhoCorasick::<u32>::deserialize(s.next_section().rest())
            .map_err(|e| Error::Invalid(format!("lexicon automaton: {e}")))?;

        let mut s = Sections::new(LISTS_BIN);
        let titles = s.next_section().table();
        let title_country = TitleStates {
            titles: s.next_section().table(),
            states: s.next_section().strs(),
        };
        let max_title_words = s.next_section().u32s().get(0) as usize;
        let mut set = || WordSet(s.next_section().table());
        let (first_names, female_names, non_actors, places, world_given, surnames, surname_first) =
            (set(), set(), set(), set(), set(), set(), set());
        let name_words = WordClasses(s.next_section().table(), s.next_section().table());
        let mut r = s.next_section();
        let (phrases, frames, relations) = (r.strs(), r.strs(), r.u32s());
        let cue_index = s.next_section().table();
        let cue_lists = s.next_section().u32s();
        let mut cues = Vec::with_capacity(phrases.len());
        let mut cue_words = Vec::new();
        let mut cue_ranges = Vec::with_capacity(phrases.len());
        for i in 0..phrases.len() {
            let start = cue_words.len() as u32;
            cue_words.extend(phrases.get(i).split_whitespace());
            cue_ranges.push((start, cue_words.len() as u32));
            cues.push(Cue {
                phrase: phrases.get(i),
                relation: RelationType::ALL
                    .get(relations.get(i) as usize)
                    .copied()
                    .unwrap_or(RelationType::SaidAbout),
                frame: frames.get(i),
            });
        }
        Ok(Lexicon {
            actors,
            forms,
            automaton: Arc::new(Automaton(automaton)),
            data: Arc::new(ActorData { bytes }),
            titles,
            title_country,
            max_title_words,
            first_names,
            female_names,
            non_actors,
            cues,
            cue_words,
            cue_ranges,
            cue_index,
            cue_lists,
            name_words,
            places,
            world_given,
            surnames,
            surname_first,
        })
    }

    /// The form ids whose text, ASCII letters in lower case, is `lower`, ascending.
    fn forms_by_text(&self, lower: &[u8]) -> impl DoubleEndedIterator<Item = usize> + '_ {
        let mut s = Sections::new(&self.data.bytes);
        s.next_section();
        s.next_section();
        let table = s.next_section().table();
        let ids = s.next_section().u32s();
        let (at, n) = match table.get(lower) {
            Some(at) => (at as usize, ids.get(at as usize) as usize),
            None => (0, 0),
        };
        (at + 1..at + 1 + n).map(move |k| ids.get(k) as usize)
    }

    /// Every lexicon form found in `text` at word boundaries, leftmost-longest, with
    /// case rules: an all-capitals form (acronym) must match exactly, a capitalised form
    /// must start with a capital, a lower-case form matches any case.
    /// Yields (start, end, actor index, form kind).
    pub fn find_forms<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize, usize, Form)> + 'a {
        // the automaton folds case by searching the text with ASCII letters in lower
        // case: the same bytes at the same offsets
        let lower = text.as_bytes().to_ascii_lowercase();
        let found: Vec<(usize, usize, usize)> = self
            .automaton
            .0
            .leftmost_find_iter(&lower)
            .map(|m| (m.start(), m.end(), m.value() as usize))
            .collect();
        found.into_iter().filter_map(move |(s, e, pattern)| {
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
            // (no form starting at `s` is longer than the automaton's match: it is the
            // leftmost-longest one, so no form text ends after `e`)
            let end = e;
            (s + 1..=end)
                .rev()
                .filter(|&e| text.is_char_boundary(e) && !in_word(text[e..].chars().next()))
                .find_map(|e| {
                    let mut ids = self.forms_by_text(&lower[s..e]);
                    ids.rfind(|&p| self.accept(text, s, e, p)).map(|p| (e, p))
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
    pub fn is(&self, word: &str, class: u64) -> bool {
        self.name_words.get(word).is_some_and(|c| c & class != 0)
    }

    /// The cues whose phrase starts with lower-case `word`, longest first, as
    /// (phrase words, cue).
    pub fn cues_starting<'a>(&'a self, word: &str) -> impl Iterator<Item = (&'a [&'static str], &'a Cue)> + 'a {
        let (at, n) = match self.cue_index.get(word.as_bytes()) {
            Some(at) => (at as usize, self.cue_lists.get(at as usize) as usize),
            None => (0, 0),
        };
        (at + 1..at + 1 + n).filter_map(move |k| {
            let i = self.cue_lists.get(k) as usize;
            let (a, b) = *self.cue_ranges.get(i)?;
            Some((self.cue_words.get(a as usize..b as usize)?, self.cues.get(i)?))
        })
    }

    /// Whether lower-case `word` is a known given name (first-names.txt or a given name of
    /// world-names.tsv).
    pub fn is_given_name(&self, word: &str) -> bool {
        self.first_names.contains(word) || self.world_given.contains(word)
    }

    /// The title kind of a lower-case phrase, if it is a title.
    pub fn title(&self, phrase: &str) -> Option<TitleKind> {
        self.titles.get(phrase.as_bytes()).map(|k| match k {
            0 => TitleKind::Office,
            _ => TitleKind::Honorific,
        })
    }
}

fn case_ok(form: &str, surface: &str) -> bool {
    let mut letters = form.chars().filter(|c| c.is_alphabetic());
    if letters.clone().nth(1).is_some() && letters.all(char::is_uppercase) {
        return form == surface;
    }
    match form.chars().next() {
        Some(c) if c.is_uppercase() => {
            // every capitalised word of the form must be capitalised in the text, but
            // a leading "The" ("the Times") may be lower case, and so may the last word
            // of a name of three words or more ("Association of Southeast Asian nations")
            let words = form.split(' ').count();
            form.split(' ').zip(surface.split(' ')).enumerate().all(|(i, (f, s))| {
                !f.starts_with(char::is_uppercase)
                    || s.starts_with(char::is_uppercase)
                    || (i == 0 && f == "The")
                    || (words >= 3 && i == words - 1)
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
            .map(|(s, e, a, f)| (text[s..e].to_string(), lex.actors[a].name.to_string(), f))
            .collect()
    }

    #[test]
    fn compiled_codes_agree_with_the_enums() {
        let names: Vec<&str> = EntityType::ALL.iter().map(|t| t.as_str()).collect();
        assert_eq!(names, compiled::ENTITY_TYPES);
        assert_eq!(compiled::ENTITY_TYPES[compiled::COUNTRY as usize], "country");
        assert_eq!(compiled::ENTITY_TYPES[compiled::LOCATION as usize], "location");
        let names: Vec<&str> = RelationType::ALL.iter().map(|t| t.as_str()).collect();
        assert_eq!(names, compiled::RELATION_TYPES);
        assert_eq!(compiled::TITLE_KINDS, ["office", "honorific"]);
        let bad = "Personne".parse::<EntityType>().unwrap_err().to_string();
        assert_eq!(compiled::entity_type("Personne"), Err(bad));
        for (i, form) in [Form::Name, Form::Demonym, Form::Capital].into_iter().enumerate() {
            assert_eq!(Form::from_code(i as u32), form);
        }
        let classes = [
            ("org", WordClass::ORG),
            ("place", WordClass::PLACE),
            ("event", WordClass::EVENT),
            ("particle", WordClass::PARTICLE),
            ("group", WordClass::GROUP),
            ("locative", WordClass::LOCATIVE),
            ("negation", WordClass::NEGATION),
            ("future", WordClass::FUTURE),
            ("orgnoun", WordClass::ORGNOUN),
            ("connector", WordClass::CONNECTOR),
            ("statebody", WordClass::STATEBODY),
            ("determiner", WordClass::DETERMINER),
            ("contraction", WordClass::CONTRACTION),
            ("datenoun", WordClass::DATENOUN),
            ("dateprep", WordClass::DATEPREP),
            ("function", WordClass::FUNCTION),
            ("nameof", WordClass::NAMEOF),
            ("employer", WordClass::EMPLOYER),
            ("acting", WordClass::ACTING),
            ("monthabbr", WordClass::MONTHABBR),
            ("peerage", WordClass::PEERAGE),
            ("calendar", WordClass::CALENDAR),
            ("commonsuffix", WordClass::COMMONSUFFIX),
            ("speech", WordClass::SPEECH),
            ("headtitle", WordClass::HEADTITLE),
            ("nameprefix", WordClass::NAMEPREFIX),
            ("givenprefix", WordClass::GIVENPREFIX),
            ("titlename", WordClass::TITLENAME),
            ("patronym", WordClass::PATRONYM),
            ("nounsuffix", WordClass::NOUNSUFFIX),
            ("document", WordClass::DOCUMENT),
            ("givenabbr", WordClass::GIVENABBR),
            ("vessel", WordClass::VESSEL),
            ("shipprefix", WordClass::SHIPPREFIX),
            ("headword", WordClass::HEADWORD),
            ("homebody", WordClass::HOMEBODY),
            ("personal", WordClass::PERSONAL),
            ("coordinator", WordClass::COORDINATOR),
        ];
        assert_eq!(classes.len(), compiled::WORD_CLASSES.len());
        for (name, bit) in classes {
            assert_eq!(compiled::word_class(name), Some(bit), "{name}");
        }
    }

    /// The matches of the automaton the lexicon was built with before it was compiled at
    /// build time: `aho-corasick`, leftmost-longest, ASCII case folding, over the forms.
    fn case_folding_matches(lex: &Lexicon, text: &str) -> Vec<(usize, usize, usize)> {
        let automaton = aho_corasick::AhoCorasickBuilder::new()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(lex.forms.iter().map(|f| f.0.as_ref()))
            .unwrap();
        automaton
            .find_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    #[test]
    fn compiled_automaton_matches_a_case_folding_one() {
        let lex = Lexicon::builtin();
        // forms equal but for case exist, so the lowest id among them is what is tested
        let mut lower: Vec<String> = lex.forms.iter().map(|f| f.0.to_ascii_lowercase()).collect();
        lower.sort();
        assert!(lower.windows(2).any(|w| w[0] == w[1]));
        let mut texts: Vec<String> = Vec::new();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/articles");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                texts.push(std::fs::read_to_string(path).unwrap());
            }
        }
        assert!(!texts.is_empty());
        // every form, in its case, upper case and lower case, run together and apart
        let forms: Vec<&str> = lex.forms.iter().map(|f| f.0.as_ref()).collect();
        texts.push(forms.join(" "));
        texts.push(forms.join("").to_uppercase());
        texts.push(forms.join(", ").to_lowercase());
        for text in &texts {
            let found: Vec<(usize, usize, usize)> = lex
                .automaton
                .0
                .leftmost_find_iter(text.as_bytes().to_ascii_lowercase())
                .map(|m| (m.start(), m.end(), m.value() as usize))
                .collect();
            assert_eq!(found, case_folding_matches(&lex, text));
        }
    }

    #[test]
    fn user_files_compile_like_the_build_script() {
        let lex = Lexicon::builtin();
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("empty.tsv");
        std::fs::write(&empty, "# nothing\n").unwrap();
        let again = Lexicon::with_user_files(&[empty]).unwrap();
        assert_eq!(again.actors, lex.actors);
        assert_eq!(again.forms, lex.forms);
        assert_eq!(again.data.bytes, lex.data.bytes);
        let text = "The U.S. and the Labour party met in Kyiv.";
        assert_eq!(found(&again, text), found(&lex, text));
    }

    #[test]
    fn compiled_data_out_of_shape_reads_as_empty() {
        for bytes in [&[][..], &[7, 0, 0, 0, 1][..], &[255; 64][..]] {
            let mut s = compiled::Sections::new(bytes);
            for _ in 0..3 {
                let mut r = s.next_section();
                let table = r.table();
                assert_eq!(table.get(b"john"), table.get(b"john"));
                let strs = r.strs();
                for i in 0..strs.len().min(100) {
                    assert!(strs.get(i).len() <= bytes.len());
                }
            }
        }
        assert!(Lexicon::load(Cow::Owned(vec![0; 16])).is_err());
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
