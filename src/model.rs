//! The data model shared by every room: documents, actors, mentions, relations and
//! the evidence behind them. `Extraction` is one document's result, one JSON line of
//! `newsgraph extract`; it holds everything `merge` needs without re-reading text.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// One article: an id, optional metadata, and its full text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Stable id: the file stem, or the `id` field of a JSON line.
    pub id: String,
    /// The headline, when one was found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date (ISO 8601 `YYYY-MM-DD` when it could be read).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where the article came from (outlet or file path).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The article's URL, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The text extraction runs on; byte spans point into it.
    #[serde(default, skip_serializing)]
    pub text: String,
}

/// Document metadata without the text: what extractions and graphs carry.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DocumentMeta {
    /// Stable document id.
    pub id: String,
    /// The headline, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Origin of the article, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// URL, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Document {
    /// The metadata of this document, without its text.
    pub fn meta(&self) -> DocumentMeta {
        DocumentMeta {
            id: self.id.clone(),
            title: self.title.clone(),
            date: self.date.clone(),
            source: self.source.clone(),
            url: self.url.clone(),
        }
    }
}

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vm])* #[serde(rename = $s)] $var),+
        }
        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$var),+];
            /// The lower-case name used in JSON, TSV and on the command line.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$var => $s),+ }
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl FromStr for $name {
            type Err = crate::Error;
            fn from_str(s: &str) -> crate::Result<Self> {
                match s.trim().to_ascii_lowercase().as_str() {
                    $($s => Ok($name::$var),)+
                    other => Err(crate::Error::Invalid(format!(
                        "unknown {} `{}` (expected one of: {})",
                        stringify!($name).to_ascii_lowercase(),
                        other,
                        [$($s),+].join(", ")
                    ))),
                }
            }
        }
    };
}

string_enum! {
    /// What kind of actor a node is (`location` is a place, not scored as an actor).
    EntityType {
        /// A named human.
        Person = "person",
        /// A named body: alliance, institution, party, company, outlet, armed group.
        Organization = "organization",
        /// A state, or its government acting as one.
        Country = "country",
        /// A named collective that is not a formal organisation.
        Group = "group",
        /// A place that is only a place.
        Location = "location",
    }
}

string_enum! {
    /// The five relation types of the taxonomy (see docs/relations.md).
    RelationType {
        /// Met, held talks, hosted, visited, called (symmetric).
        MetWith = "met-with",
        /// Made a statement that names the target.
        SaidAbout = "said-about",
        /// Rejects, criticises, accuses, condemns, sanctions or fights the target.
        Opposes = "opposes",
        /// Backs, aids, endorses, arms or gives guarantees to the target.
        Supports = "supports",
        /// Holds an office in, speaks for or belongs to the target.
        AffiliatedWith = "affiliated-with",
    }
}

string_enum! {
    /// Whether the text asserts the relation, expects it, or reports someone else's claim.
    Modality {
        /// Stated as fact.
        Asserted = "asserted",
        /// Future, planned or expected.
        Expected = "expected",
        /// Attributed to a third party ("according to", "is said to").
        Reported = "reported",
    }
}

string_enum! {
    /// How a mention was found.
    MentionSource {
        /// A lexicon entry (country, organisation, person, alias).
        Lexicon = "lexicon",
        /// A capitalised name pattern.
        Name = "name",
        /// A title followed by a name ("President Pierre Lemaire").
        Title = "title",
        /// A demonym used as the state's voice ("French diplomats").
        Demonym = "demonym",
        /// A capital or seat of government used as the state's voice ("Moscow").
        Capital = "capital",
        /// A surname, short form or acronym resolved to an earlier full name.
        Alias = "alias",
        /// A pronoun or a continuing quote resolved to its speaker.
        Coreference = "coreference",
    }
}

impl RelationType {
    /// Whether `A r B` is the same fact as `B r A` (only `met-with`).
    pub fn is_symmetric(self) -> bool {
        matches!(self, RelationType::MetWith)
    }
}

/// One occurrence of an actor in a document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Mention {
    /// The surface text as written.
    pub text: String,
    /// Byte span `[start, end)` into the document text.
    pub span: [usize; 2],
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// How it was found.
    pub how: MentionSource,
}

/// An actor as found in one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id: the slug of the canonical name.
    pub id: String,
    /// The fullest proper name found.
    pub name: String,
    /// Actor type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Roles held, as written ("President of France", "Foreign Secretary").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// External id (Wikidata), from a lexicon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// The proof of one relation: where it was said and by which cue.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// Document id.
    pub document: String,
    /// Sentence index in the document.
    pub sentence: usize,
    /// Byte span of the sentence in the document text.
    pub span: [usize; 2],
    /// The sentence itself.
    pub text: String,
    /// The word or phrase that triggered the relation.
    pub cue: String,
    /// Asserted, expected or reported.
    pub modality: Modality,
    /// The role, for `affiliated-with` ("President", "member").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The extraction rule that fired (for `--explain`); not part of the graph contract.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

/// One relation found in one document, with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Relation {
    /// Source entity id.
    pub source: String,
    /// Relation type.
    pub relation: RelationType,
    /// Target entity id.
    pub target: String,
    /// Why the edge exists.
    pub evidence: Evidence,
}

/// One document's result: its metadata, actors and relations (one JSON line).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extraction {
    /// Schema tag, so `merge` can tell extractions from graphs.
    pub schema: String,
    /// The document's metadata.
    pub document: DocumentMeta,
    /// Its actors with their mentions.
    pub entities: Vec<Entity>,
    /// Its relations, each with one evidence.
    pub relations: Vec<Relation>,
}

/// Schema tag of an extraction line.
pub const EXTRACTION_SCHEMA: &str = "newsgraph-extraction/1";
/// Schema tag of a graph JSON document.
pub const GRAPH_SCHEMA: &str = "newsgraph/1";

/// The slug used as an entity id: lower-case ASCII letters and digits joined by `-`,
/// accents folded ("Ségolène Royal" -> "segolene-royal").
pub fn slug(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    let mut push = |c: char| {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else if unicode_normalization::char::is_combining_mark(c) || c == '\'' || c == '\u{2019}' || c == '.' {
            // folded away without breaking the word ("O'Neill" -> "oneill", "U.S." -> "us")
        } else {
            dash = true;
        }
    };
    // (ASCII text is its own NFKD decomposition)
    if name.is_ascii() {
        name.chars().for_each(&mut push);
    } else {
        name.nfkd().for_each(&mut push);
    }
    out
}

/// One word of a personal name as a spelling key, so that transliteration variants of
/// one name compare equal: the word folded (accents, case, punctuation), an Arabic
/// article joined by a hyphen dropped ("al-Sisi", "El-Sisi" -> "sisi"), doubled letters
/// written once ("Sissi" -> "sisi", "Mohammed" -> "mohamed"), a final "iy" written
/// "y" ("Zelenskiy", "Zelenskyy" -> "zelensky") and a "y" between consonants written
/// "i" in names of six letters or more ("Sybiga", "Sibiga" -> "sibiga"; not "Smyth").
pub fn spelling_key(word: &str) -> String {
    let article =
        |a: &str| (a.len() <= 3 && a.chars().all(|c| c.is_ascii_lowercase())) || (a.len() == 2 && a.ends_with('l'));
    let w = match word.split_once('-') {
        Some((a, b)) if article(a) && b.starts_with(char::is_uppercase) => b,
        _ => word,
    };
    let folded = fold(w);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    if out.ends_with("iy") {
        out.truncate(out.len() - 2);
        out.push('y');
    }
    // (only a "y" changes below)
    if !out.contains('y') {
        return out;
    }
    // "Sybiga", "Sibiga": a "y" between consonants is written "i", in a name of six
    // letters or more and not before "th" or "nn" (Smyth and Smith, Flynn and Flinn stay apart)
    let consonant = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic() && !"aeiouy".contains(c));
    let chars: Vec<char> = out.chars().collect();
    let long = chars.len() >= 6;
    (0..chars.len())
        .map(|k| {
            let next2 = chars.get(k + 1..k + 3);
            let between = long
                && k > 0
                && consonant(Some(chars[k - 1]))
                && consonant(chars.get(k + 1).copied())
                && next2 != Some(&['t', 'h'][..])
                && next2 != Some(&['n', 'n'][..]);
            if chars[k] == 'y' && between {
                'i'
            } else {
                chars[k]
            }
        })
        .collect()
}

/// Folds a name for matching: accents removed, lower case, a leading "the" and a
/// trailing "'s" dropped, punctuation, spaces and `_` removed. This is exactly the
/// reference scorer's `norm` (shared/tools/score.py), regex corner cases included.
pub fn fold(name: &str) -> String {
    use unicode_normalization::char::{canonical_combining_class, is_combining_mark};
    use unicode_normalization::UnicodeNormalization;
    // Python's str.isspace (`\s`): Unicode White_Space plus the ASCII separators 1C-1F.
    fn py_space(c: char) -> bool {
        c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
    }
    // Python's `\w` minus `_`: letters (L*) and characters with a numeric value.
    // Rust's Alphabetic also holds marks and a few letter-like symbols (negative
    // circled/squared letters U+1F150-1F189), which Python counts as non-word.
    fn py_word(c: char) -> bool {
        c.is_alphanumeric() && !is_combining_mark(c) && !('\u{1f130}'..='\u{1f189}').contains(&c)
    }
    let mut s = if name.is_ascii() {
        // (ASCII text is its own NFKD decomposition, without combining marks or U+2019)
        name.to_ascii_lowercase()
    } else {
        // unicodedata.combining(c) != 0: only marks with a combining class are dropped here
        let decomposed: String = name.nfkd().filter(|c| canonical_combining_class(*c) == 0).collect();
        // str::to_lowercase, like Python's str.lower, maps final sigma in context
        decomposed.to_lowercase().replace('\u{2019}', "'")
    };
    // re.sub(r"^the\s+", "", s)
    if let Some(rest) = s.strip_prefix("the") {
        let trimmed = rest.trim_start_matches(py_space);
        if trimmed.len() < rest.len() {
            s = trimmed.to_string();
        }
    }
    // re.sub(r"'s$", "", s): `$` also matches before a final newline
    if s.ends_with("'s") {
        s.truncate(s.len() - 2);
    } else if s.ends_with("'s\n") {
        s.replace_range(s.len() - 3..s.len() - 1, "");
    }
    // re.sub(r"[\W_]+", "", s)
    s.retain(py_word);
    s
}

/// The words of a name as spelling keys ([`spelling_key`]), without single-letter
/// initials ("George W. Bush" -> ["george", "bush"]), so that names differing only by a
/// middle initial or a transliteration ("Zelensky", "Zelenskyy") compare equal.
pub fn name_key(name: &str) -> Vec<String> {
    let words: Vec<String> = name
        .split(|c: char| c.is_whitespace())
        .map(spelling_key)
        .filter(|w| !w.is_empty())
        .collect();
    let n = words.len();
    words
        .into_iter()
        .enumerate()
        .filter(|(i, w)| *i == 0 || *i + 1 == n || w.chars().count() > 1)
        .map(|(_, w)| w)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_stable() {
        assert_eq!(slug("Ilse Varga"), "ilse-varga");
        assert_eq!(slug("U.S."), "us");
        assert_eq!(slug("Ségolène Royal"), "segolene-royal");
        assert_eq!(slug("alliance of the north"), "alliance-of-the-north");
        assert_eq!(slug("O'Neill"), "oneill");
    }

    #[test]
    fn fold_follows_the_scorer() {
        assert_eq!(fold("The Times"), "times");
        assert_eq!(fold("Blair's"), "blair");
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("Varga"), "varga");
        assert_eq!(fold("Théo"), "theo");
        assert_eq!(fold("the\tTimes"), "times");
        assert_eq!(fold("theocracy"), "theocracy");
        assert_eq!(fold("People\u{2019}s"), "people");
        assert_eq!(fold("Blair's\n"), "blair");
        assert_eq!(fold("snake_case"), "snakecase");
        assert_eq!(fold("ΟΔΟΣ"), "οδος");
        assert_eq!(fold("ﬁnal ½"), "final12");
    }

    #[test]
    fn enums_parse_their_names() {
        assert_eq!("met-with".parse::<RelationType>().unwrap(), RelationType::MetWith);
        assert!("friends".parse::<RelationType>().is_err());
        assert_eq!("Person".parse::<EntityType>().unwrap(), EntityType::Person);
    }
}
