//! The compiled lexicon: how the files of `data/lexicon/` are read, and the binary form
//! the build script writes to `OUT_DIR` so that loading the built-in lexicon parses
//! nothing. This file is shared, through `#[path]`, by `build.rs` (which compiles the
//! built-in files) and the library (which reads the result, and compiles the actors of
//! user lexicons at run time with the same code), so every list is parsed by one code.
//!
//! It depends on nothing of the crate: actor types, relation types, form kinds and word
//! classes are small codes here, which the library maps to its enums (tests check that
//! both agree).
//!
//! Layout: a compiled part is a sequence of sections, each a little-endian `u32` length
//! and its bytes. Lists of numbers are little-endian `u32`s; lists of strings are their
//! end offsets and then their bytes; word tables are open-addressing hash tables with a
//! hash fixed here, so the build script's tables answer at run time on every platform.

use daachorse::{DoubleArrayAhoCorasick, DoubleArrayAhoCorasickBuilder, MatchKind};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Actor types, by code (the order of `EntityType::ALL`).
pub const ENTITY_TYPES: [&str; 5] = ["person", "organization", "country", "group", "location"];

/// Relation types, by code (the order of `RelationType::ALL`).
pub const RELATION_TYPES: [&str; 5] = ["met-with", "said-about", "opposes", "supports", "affiliated-with"];

/// The code of `country` in [`ENTITY_TYPES`].
pub const COUNTRY: u32 = 2;
/// The code of `location` in [`ENTITY_TYPES`].
pub const LOCATION: u32 = 4;

/// Form kinds, by code: a name, a demonym, a capital (the order of `Form`).
pub const FORM_NAME: u32 = 0;
/// See [`FORM_NAME`].
pub const FORM_DEMONYM: u32 = 1;
/// See [`FORM_NAME`].
pub const FORM_CAPITAL: u32 = 2;

/// Title kinds, by code (the order of `TitleKind`).
pub const TITLE_KINDS: [&str; 2] = ["office", "honorific"];

/// The classes of `name-words.tsv` and `name-particles.tsv`: class `i` is bit `1 << i`
/// (the values of `WordClass`).
pub const WORD_CLASSES: [&str; 38] = [
    "org",
    "place",
    "event",
    "particle",
    "group",
    "locative",
    "negation",
    "future",
    "orgnoun",
    "connector",
    "statebody",
    "determiner",
    "contraction",
    "datenoun",
    "dateprep",
    "function",
    "nameof",
    "employer",
    "acting",
    "monthabbr",
    "peerage",
    "calendar",
    "commonsuffix",
    "speech",
    "headtitle",
    "nameprefix",
    "givenprefix",
    "titlename",
    "patronym",
    "nounsuffix",
    "document",
    "givenabbr",
    "vessel",
    "shipprefix",
    "headword",
    "homebody",
    "personal",
    "coordinator",
];

/// A bad line of a lexicon file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    /// The file.
    pub path: PathBuf,
    /// 1-based line number (0 when the error is about the whole file).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.path.display(), self.line, self.message)
    }
}

impl std::error::Error for SourceError {}

type Result<T> = std::result::Result<T, SourceError>;

fn bad(path: &str, line: usize, message: impl Into<String>) -> SourceError {
    SourceError {
        path: PathBuf::from(path),
        line,
        message: message.into(),
    }
}

/// The code of an actor type as written in a lexicon (`EntityType`'s parsing: any case,
/// spaces trimmed); the error is `EntityType`'s message.
pub fn entity_type(s: &str) -> std::result::Result<u32, String> {
    code(&ENTITY_TYPES, "entitytype", s)
}

/// The code of a relation type as written in `cues.tsv`.
pub fn relation_type(s: &str) -> std::result::Result<u32, String> {
    code(&RELATION_TYPES, "relationtype", s)
}

fn code(names: &[&str], what: &str, s: &str) -> std::result::Result<u32, String> {
    let s = s.trim().to_ascii_lowercase();
    match names.iter().position(|n| *n == s) {
        Some(i) => Ok(i as u32),
        None => Err(format!("unknown {what} `{s}` (expected one of: {})", names.join(", "))),
    }
}

/// The bit of a word class name (`WordClass`).
pub fn word_class(s: &str) -> Option<u64> {
    WORD_CLASSES.iter().position(|c| *c == s).map(|i| 1u64 << i)
}

/// Splits a TSV file into (1-based line number, fields), skipping `#` comments, blank
/// lines and a header line starting with `name` or `phrase`.
pub fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, l)| {
        let t = l.trim_end_matches('\r');
        if t.trim().is_empty() || t.starts_with('#') || t.starts_with("name\t") || t.starts_with("phrase\t") {
            None
        } else {
            Some((i + 1, t.split('\t').map(str::trim).collect()))
        }
    })
}

/// The words of a one-word-a-line file, lower case, without comments and blank lines.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
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

/// An actor: canonical name, type code, Wikidata id.
pub type ActorRow = (String, u32, Option<String>);
/// A surface form: text, actor index, form kind code.
pub type FormRow = (String, u32, u32);

/// The layout of an actor file.
#[derive(Clone, Copy)]
pub enum Layout {
    /// name, aliases, demonyms, capitals, wikidata (`countries.tsv`)
    Countries,
    /// name, type, aliases, wikidata (`organizations.tsv`, `people.tsv`, user lexicons)
    Typed,
}

/// Actors and their surface forms as files add them: a later file overrides an earlier
/// one (the newest owner of a surface form wins; an actor listed again takes the new
/// type and Wikidata id).
pub struct Actors {
    actors: Vec<ActorRow>,
    by_name: HashMap<String, usize>,
    /// Forms in the order they were added; `None` for a form a later one replaced.
    forms: Vec<Option<FormRow>>,
    /// The live entries of `forms` for each text, so replacing is not a scan.
    live: HashMap<String, Vec<usize>>,
}

impl Actors {
    /// The actors of the built-in files: multi-word places first (so that a country or
    /// body of the same name wins, and "Latin America" is a place, not "America"), then
    /// countries, organisations and people.
    pub fn builtin(places: &str, countries: &str, organizations: &str, people: &str) -> Result<Actors> {
        let mut b = Actors::from_parts(Vec::new(), Vec::new());
        for (_, f) in rows(places) {
            if f[0].contains(' ') {
                b.actor(f[0], LOCATION, None);
            }
        }
        b.load(countries, Path::new("data/lexicon/countries.tsv"), Layout::Countries)?;
        b.load(
            organizations,
            Path::new("data/lexicon/organizations.tsv"),
            Layout::Typed,
        )?;
        b.load(people, Path::new("data/lexicon/people.tsv"), Layout::Typed)?;
        Ok(b)
    }

    /// Actors and forms already read (and already rid of replaced forms), to add more to.
    pub fn from_parts(actors: Vec<ActorRow>, forms: Vec<FormRow>) -> Actors {
        let by_name = actors.iter().enumerate().map(|(i, a)| (a.0.clone(), i)).collect();
        let mut live: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, f) in forms.iter().enumerate() {
            live.entry(f.0.clone()).or_default().push(i);
        }
        Actors {
            actors,
            by_name,
            forms: forms.into_iter().map(Some).collect(),
            live,
        }
    }

    fn actor(&mut self, name: &str, kind: u32, wikidata: Option<String>) -> u32 {
        if let Some(&i) = self.by_name.get(name) {
            self.actors[i].1 = kind;
            if wikidata.is_some() {
                self.actors[i].2 = wikidata;
            }
            return i as u32;
        }
        let i = self.actors.len();
        self.actors.push((name.to_string(), kind, wikidata));
        self.by_name.insert(name.to_string(), i);
        self.push(name.to_string(), i as u32, FORM_NAME);
        i as u32
    }

    fn push(&mut self, text: String, actor: u32, form: u32) {
        self.live.entry(text.clone()).or_default().push(self.forms.len());
        self.forms.push(Some((text, actor, form)));
    }

    fn form(&mut self, text: String, actor: u32, form: u32) {
        // a user lexicon overrides: the newest owner of a surface form wins
        for at in self.live.remove(&text).unwrap_or_default() {
            self.forms[at] = None;
        }
        self.push(text, actor, form);
    }

    /// Adds the actors of one file.
    pub fn load(&mut self, text: &str, path: &Path, layout: Layout) -> Result<()> {
        for (line, f) in rows(text) {
            let bad = |m: &str| SourceError {
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
                    let i = self.actor(name, COUNTRY, opt(f.get(4)));
                    for a in list(f.get(1)) {
                        self.form(a, i, FORM_NAME);
                    }
                    for a in list(f.get(2)) {
                        self.form(a, i, FORM_DEMONYM);
                    }
                    for a in list(f.get(3)) {
                        self.form(a, i, FORM_CAPITAL);
                    }
                }
                Layout::Typed => {
                    let kind = entity_type(f.get(1).ok_or_else(|| bad("missing type column"))?).map_err(|e| bad(&e))?;
                    let i = self.actor(name, kind, opt(f.get(3)));
                    for a in list(f.get(2)) {
                        self.form(a, i, FORM_NAME);
                    }
                }
            }
        }
        Ok(())
    }

    /// The actors, and the forms that were not replaced in the order they were added.
    pub fn finish(self) -> (Vec<ActorRow>, Vec<FormRow>) {
        (self.actors, self.forms.into_iter().flatten().collect())
    }
}

/// Compiles actors and forms: sections `actors` (names, type codes, Wikidata ids),
/// `forms` (texts, actors, kinds), the table of forms by text with ASCII letters in
/// lower case (value: offset of the form ids of that text, ascending, in the next
/// section, as a count and the ids), those ids, and the leftmost-longest automaton over
/// the lower-cased texts (value: the lowest form id of the text, the one a case-folding
/// automaton over the original texts reports).
pub fn compile_actors(actors: &[ActorRow], forms: &[FormRow]) -> std::result::Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let names: Vec<&str> = actors.iter().map(|a| a.0.as_str()).collect();
    let wikidata: Vec<&str> = actors.iter().map(|a| a.2.as_deref().unwrap_or("")).collect();
    let kinds: Vec<u32> = actors.iter().map(|a| a.1).collect();
    section(&mut out, |s| {
        put_strs(s, &names);
        put_strs(s, &wikidata);
        put_u32s(s, &kinds);
    });
    let texts: Vec<&str> = forms.iter().map(|f| f.0.as_str()).collect();
    let owners: Vec<u32> = forms.iter().map(|f| f.1).collect();
    let form_kinds: Vec<u32> = forms.iter().map(|f| f.2).collect();
    let max_len = forms.iter().map(|f| f.0.len()).max().unwrap_or(0);
    section(&mut out, |s| {
        put_u32s(s, &[max_len as u32]);
        put_strs(s, &texts);
        put_u32s(s, &owners);
        put_u32s(s, &form_kinds);
    });
    let mut by_text: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for (i, f) in forms.iter().enumerate() {
        by_text.entry(f.0.to_ascii_lowercase()).or_default().push(i as u32);
    }
    let mut ids = Vec::new();
    let mut entries = Vec::new();
    for (text, group) in &by_text {
        entries.push((text.as_bytes(), ids.len() as u32));
        ids.push(group.len() as u32);
        ids.extend(group);
    }
    section(&mut out, |s| put_table(s, &entries));
    section(&mut out, |s| put_u32s(s, &ids));
    let automaton: DoubleArrayAhoCorasick<u32> = DoubleArrayAhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build_with_values(
            by_text
                .iter()
                .filter(|(t, _)| !t.is_empty())
                .map(|(t, g)| (t.as_bytes(), g[0])),
        )
        .map_err(|e| format!("lexicon automaton: {e}"))?;
    let bytes = automaton.serialize();
    section(&mut out, |s| s.extend_from_slice(&bytes));
    Ok(out)
}

/// The built-in files that are not actors.
pub struct Texts<'a> {
    /// `titles.tsv`
    pub titles: &'a str,
    /// `cues.tsv`
    pub cues: &'a str,
    /// `name-words.tsv`
    pub name_words: &'a str,
    /// `name-particles.tsv`
    pub name_particles: &'a str,
    /// `first-names.txt`
    pub first_names: &'a str,
    /// `female-names.txt`
    pub female_names: &'a str,
    /// `non-actors.txt`
    pub non_actors: &'a str,
    /// `places.tsv`
    pub places: &'a str,
    /// `world-names.tsv`
    pub world_names: &'a str,
}

/// Compiles the lists that are not actors, in this order of sections: titles (value: kind
/// code), their states (value: index in the next section), the states' names, the
/// longest title in words, first names, female names, non-actors, places, world given
/// names, surnames, surnames written first (word sets), name-word classes (value: bit
/// set), cues (phrases, frames, relation codes), and the cues by first word (value:
/// offset in the next section of a count and the cue indices, longest phrase first) with
/// those indices.
pub fn compile_lists(t: &Texts) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    // titles
    let mut titles: BTreeMap<String, u32> = BTreeMap::new();
    let mut title_country: BTreeMap<String, String> = BTreeMap::new();
    for (line, f) in rows(t.titles) {
        let kind = f.get(1).and_then(|k| TITLE_KINDS.iter().position(|t| t == k));
        let Some(kind) = kind else {
            return Err(bad(
                "data/lexicon/titles.tsv",
                line,
                format!("unknown title kind {:?}", f.get(1)),
            ));
        };
        if let Some(c) = f.get(2).filter(|c| !c.is_empty()) {
            title_country.insert(f[0].to_lowercase(), c.to_string());
        }
        titles.insert(f[0].to_lowercase(), kind as u32);
    }
    let max_title_words = titles.keys().map(|t| t.split_whitespace().count()).max().unwrap_or(1);
    let entries: Vec<(&[u8], u32)> = titles.iter().map(|(k, v)| (k.as_bytes(), *v)).collect();
    section(&mut out, |s| put_table(s, &entries));
    let states: Vec<&str> = title_country.values().map(String::as_str).collect();
    let entries: Vec<(&[u8], u32)> = title_country
        .keys()
        .enumerate()
        .map(|(i, k)| (k.as_bytes(), i as u32))
        .collect();
    section(&mut out, |s| put_table(s, &entries));
    section(&mut out, |s| put_strs(s, &states));
    section(&mut out, |s| put_u32s(s, &[max_title_words as u32]));
    // word sets
    let (mut world_given, mut surnames, mut surname_first) = (Vec::new(), Vec::new(), Vec::new());
    for (line, f) in rows(t.world_names) {
        let set = match f.get(1).copied() {
            Some("given") => &mut world_given,
            Some("surname") => &mut surnames,
            Some("surname-first") => &mut surname_first,
            other => {
                return Err(bad(
                    "data/lexicon/world-names.tsv",
                    line,
                    format!("unknown name part {other:?}"),
                ))
            }
        };
        set.push(f[0].to_lowercase());
    }
    let places: Vec<String> = rows(t.places).map(|(_, f)| f[0].to_string()).collect();
    for set in [
        words(t.first_names).collect(),
        words(t.female_names).collect(),
        words(t.non_actors).collect(),
        places,
        world_given,
        surnames,
        surname_first,
    ] {
        let set: Vec<String> = set;
        let unique: std::collections::BTreeSet<&str> = set.iter().map(String::as_str).collect();
        let entries: Vec<(&[u8], u32)> = unique.iter().map(|w| (w.as_bytes(), 0)).collect();
        section(&mut out, |s| put_table(s, &entries));
    }
    // name-word classes
    let mut name_words: BTreeMap<String, u64> = BTreeMap::new();
    for (file, text) in [
        ("name-words.tsv", t.name_words),
        ("name-particles.tsv", t.name_particles),
    ] {
        for (line, f) in rows(text) {
            let class = f
                .get(1)
                .and_then(|c| word_class(c))
                .ok_or_else(|| bad(&format!("data/lexicon/{file}"), line, "unknown word class"))?;
            *name_words.entry(f[0].to_lowercase()).or_default() |= class;
        }
    }
    // (two tables of the same words: the low and the high 32 bits of the classes)
    for shift in [0, 32] {
        let entries: Vec<(&[u8], u32)> = name_words
            .iter()
            .map(|(k, v)| (k.as_bytes(), (*v >> shift) as u32))
            .collect();
        section(&mut out, |s| put_table(s, &entries));
    }
    // cues
    let mut cues: Vec<(String, u32, String)> = Vec::new();
    for (line, f) in rows(t.cues) {
        let relation = f
            .get(1)
            .ok_or(())
            .and_then(|r| relation_type(r).map_err(|_| ()))
            .map_err(|_| bad("data/lexicon/cues.tsv", line, "bad relation"))?;
        cues.push((f[0].to_lowercase(), relation, f.get(2).unwrap_or(&"verb").to_string()));
    }
    // a participle listed both as `verb` and `passive` is one cue: the extractor reads
    // the voice from the sentence ("was criticised by"), not from the list
    let verbs: HashSet<(String, u32)> = cues
        .iter()
        .filter(|c| c.2 == "verb")
        .map(|c| (c.0.clone(), c.1))
        .collect();
    cues.retain(|c| c.2 != "passive" || !verbs.contains(&(c.0.clone(), c.1)));
    let mut index: BTreeMap<&str, Vec<(usize, u32)>> = BTreeMap::new();
    for (i, c) in cues.iter().enumerate() {
        let words: Vec<&str> = c.0.split_whitespace().collect();
        let Some(first) = words.first() else {
            return Err(bad("data/lexicon/cues.tsv", 0, format!("empty cue phrase {:?}", c.0)));
        };
        index.entry(first).or_default().push((words.len(), i as u32));
    }
    let phrases: Vec<&str> = cues.iter().map(|c| c.0.as_str()).collect();
    let frames: Vec<&str> = cues.iter().map(|c| c.2.as_str()).collect();
    let relations: Vec<u32> = cues.iter().map(|c| c.1).collect();
    section(&mut out, |s| {
        put_strs(s, &phrases);
        put_strs(s, &frames);
        put_u32s(s, &relations);
    });
    let mut lists = Vec::new();
    let mut entries = Vec::new();
    for (word, v) in &mut index {
        v.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        entries.push((word.as_bytes(), lists.len() as u32));
        lists.push(v.len() as u32);
        lists.extend(v.iter().map(|c| c.1));
    }
    section(&mut out, |s| put_table(s, &entries));
    section(&mut out, |s| put_u32s(s, &lists));
    Ok(out)
}

// ---- writing ----

fn section(out: &mut Vec<u8>, fill: impl FnOnce(&mut Vec<u8>)) {
    let mut s = Vec::new();
    fill(&mut s);
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(&s);
}

fn put_u32s(out: &mut Vec<u8>, v: &[u32]) {
    out.extend_from_slice(&(v.len() as u32).to_le_bytes());
    for x in v {
        out.extend_from_slice(&x.to_le_bytes());
    }
}

fn put_strs(out: &mut Vec<u8>, v: &[&str]) {
    let mut ends = Vec::with_capacity(v.len());
    let mut end = 0;
    for s in v {
        end += s.len() as u32;
        ends.push(end);
    }
    put_u32s(out, &ends);
    for s in v {
        out.extend_from_slice(s.as_bytes());
    }
}

/// A hash table of distinct keys: slot count (a power of two, at least twice the keys),
/// the slots (key index + 1, 0 when empty), the keys and the values.
fn put_table(out: &mut Vec<u8>, entries: &[(&[u8], u32)]) {
    let n_slots = (entries.len() * 2).next_power_of_two().max(2);
    let mask = n_slots - 1;
    let mut slots = vec![0u32; n_slots];
    for (i, (key, _)) in entries.iter().enumerate() {
        let mut at = hash(key) as usize & mask;
        while slots[at] != 0 {
            at = (at + 1) & mask;
        }
        slots[at] = i as u32 + 1;
    }
    put_u32s(out, &slots);
    let mut ends = Vec::with_capacity(entries.len());
    let mut end = 0;
    for (k, _) in entries {
        end += k.len() as u32;
        ends.push(end);
    }
    put_u32s(out, &ends);
    put_u32s(out, &entries.iter().map(|e| e.1).collect::<Vec<u32>>());
    for (k, _) in entries {
        out.extend_from_slice(k);
    }
}

/// The hash of the word tables: multiply and rotate over eight bytes at a time (as
/// FxHash), fixed here so that it is the same at build time and at run time.
pub fn hash(key: &[u8]) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let mut h = key.len() as u64;
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    // the product's high bits depend on every input bit; the table indexes low bits
    h.rotate_left(26)
}

// ---- reading ----

/// Sections read in order; a missing or truncated one reads as empty.
pub struct Sections<'a>(&'a [u8]);

impl<'a> Sections<'a> {
    /// The sections of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Sections<'a> {
        Sections(bytes)
    }

    /// The next section.
    pub fn next_section(&mut self) -> Reader<'a> {
        let len = u32_at(self.0, 0) as usize;
        let body = self.0.get(4..4 + len).unwrap_or_default();
        self.0 = self.0.get(4 + len..).unwrap_or_default();
        Reader(body)
    }
}

/// Reads the items of one section in order.
pub struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, len: usize) -> &'a [u8] {
        let (head, rest) = self.0.split_at(len.min(self.0.len()));
        self.0 = rest;
        head
    }

    /// A list of numbers.
    pub fn u32s(&mut self) -> U32s<'a> {
        let n = u32_at(self.0, 0) as usize;
        self.take(4);
        U32s(self.take(n.saturating_mul(4)))
    }

    /// A list of strings; text that is not UTF-8 reads as empty.
    pub fn strs(&mut self) -> Strs<'a> {
        let ends = self.u32s();
        let len = if ends.is_empty() {
            0
        } else {
            ends.get(ends.len() - 1) as usize
        };
        let text = std::str::from_utf8(self.take(len)).unwrap_or_default();
        Strs { ends, text }
    }

    /// A hash table.
    pub fn table(&mut self) -> Table<'a> {
        let slots = self.u32s();
        let ends = self.u32s();
        let values = self.u32s();
        let len = if ends.is_empty() {
            0
        } else {
            ends.get(ends.len() - 1) as usize
        };
        let keys = self.take(len);
        Table {
            slots,
            ends,
            values,
            keys,
        }
    }

    /// The rest of the section.
    pub fn rest(&mut self) -> &'a [u8] {
        self.take(self.0.len())
    }
}

fn u32_at(b: &[u8], i: usize) -> u32 {
    b.get(4 * i..4 * i + 4)
        .map_or(0, |c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
}

/// A compiled list of numbers.
#[derive(Clone, Copy, Default)]
pub struct U32s<'a>(&'a [u8]);

impl std::fmt::Debug for U32s<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "U32s({} numbers)", self.len())
    }
}

impl std::fmt::Debug for Table<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Table({} keys)", self.len())
    }
}

impl<'a> U32s<'a> {
    /// Number `i` (0 past the end).
    pub fn get(&self, i: usize) -> u32 {
        u32_at(self.0, i)
    }

    /// How many numbers.
    pub fn len(&self) -> usize {
        self.0.len() / 4
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.len() < 4
    }
}

/// A compiled list of strings.
#[derive(Clone, Copy, Default)]
pub struct Strs<'a> {
    ends: U32s<'a>,
    text: &'a str,
}

impl<'a> Strs<'a> {
    /// String `i` (empty past the end).
    pub fn get(&self, i: usize) -> &'a str {
        let start = if i == 0 { 0 } else { self.ends.get(i - 1) as usize };
        self.text.get(start..self.ends.get(i) as usize).unwrap_or_default()
    }

    /// How many strings.
    pub fn len(&self) -> usize {
        self.ends.len()
    }
}

/// A compiled hash table from byte strings to numbers.
#[derive(Clone, Copy, Default)]
pub struct Table<'a> {
    slots: U32s<'a>,
    ends: U32s<'a>,
    values: U32s<'a>,
    keys: &'a [u8],
}

impl<'a> Table<'a> {
    /// The value of `key`.
    #[inline]
    pub fn get(&self, key: &[u8]) -> Option<u32> {
        let n_slots = self.slots.len();
        if n_slots == 0 {
            return None;
        }
        let mask = n_slots - 1;
        let mut at = hash(key) as usize & mask;
        // at most every slot: a table the build script wrote has empty ones
        for _ in 0..n_slots {
            let entry = self.slots.get(at) as usize;
            if entry == 0 {
                return None;
            }
            if self.key(entry - 1) == key {
                return Some(self.values.get(entry - 1));
            }
            at = (at + 1) & mask;
        }
        None
    }

    /// Key `i`, in the order the table was written.
    pub fn key(&self, i: usize) -> &'a [u8] {
        let start = if i == 0 { 0 } else { self.ends.get(i - 1) as usize };
        self.keys.get(start..self.ends.get(i) as usize).unwrap_or_default()
    }

    /// How many keys.
    pub fn len(&self) -> usize {
        self.ends.len()
    }
}
