//! Finding actor mentions in a segmented document: lexicon hits (countries,
//! organisations, demonyms, capitals), titles followed by names, capitalised name
//! sequences, named groups in quotes and acronyms in brackets.

use crate::lexicon::{Form, Lexicon, TitleKind, WordClass};
use crate::model::{EntityType, MentionSource};
use crate::text::{Segmented, TokenKind};
use rustc_hash::FxHashSet as HashSet;
use std::borrow::Cow;

mod classify;
mod names;
mod nouns;
mod references;

use names::{described_bodies, names, swallow_demonyms};
use references::{acronyms, groups, known_as, the_body, titled_references};

/// What a mention refers to before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Referent {
    /// A lexicon actor, by index.
    Known(usize),
    /// A name found by rules; its type is a guess refined by resolution.
    Name(EntityType),
}

/// One raw mention: a token range in one sentence and what it names.
#[derive(Debug, Clone)]
pub struct RawMention {
    /// First token index (into `Segmented::tokens`).
    pub first: usize,
    /// One past the last token index.
    pub end: usize,
    /// Sentence index.
    pub sentence: usize,
    /// What it refers to.
    pub referent: Referent,
    /// How it was found.
    pub how: MentionSource,
    /// The title right before the name ("President", "Foreign Secretary"), as written.
    pub title: Option<String>,
    /// Whether that title is an office (not only an honorific).
    pub office: bool,
    /// Token index where the title starts (or `first` when there is none).
    pub title_first: usize,
    /// Index (in the sorted mention list) of a mention this one is another name for
    /// (a bracketed acronym after its expansion).
    pub same_as: Option<usize>,
}

/// Lower-cases without allocating when the word has no capitals.
pub fn lower(s: &str) -> Cow<'_, str> {
    // (ASCII words, nearly all of them, are tested and lowered byte by byte: the same
    // result as `to_lowercase` without decoding characters)
    if s.is_ascii() {
        if s.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(s.to_ascii_lowercase())
        } else {
            Cow::Borrowed(s)
        }
    } else if s.chars().any(char::is_uppercase) {
        Cow::Owned(s.to_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A name word written with a lower-case article joined by a hyphen ("al-Sisi",
/// "el-Sisi", "ash-Sharaa"; `nameprefix` in name-particles.tsv): the name's own word.
pub fn prefixed_name(lex: &Lexicon, w: &str) -> bool {
    w.split_once('-')
        .is_some_and(|(a, b)| b.starts_with(char::is_uppercase) && lex.is(a, WordClass::NAMEPREFIX))
}

fn is_initial(w: &str) -> bool {
    let mut c = w.chars();
    matches!((c.next(), c.next(), c.next()), (Some(a), Some('.'), None) | (Some(a), None, None) if a.is_uppercase())
}

/// The article under extraction: its text, tokens and sentences, and the lexicon; shared by every rule.
pub struct Article<'a> {
    /// The document text.
    pub text: &'a str,
    /// Its tokens and sentences.
    pub seg: &'a Segmented,
    /// The lexicon.
    pub lex: &'a Lexicon,
    /// For each token, its sentence index.
    pub sent_of: Vec<usize>,
    /// Words that occur in lower case somewhere in the document (so are common words).
    pub lowercase_words: HashSet<&'a str>,
    /// Lower-case words written right after an honorific ("Mr Dunne" -> "dunne"): surnames.
    pub honorific_surnames: HashSet<String>,
    /// For each token, its text lower-cased (`lower`), computed once for the rules that
    /// ask for it many times.
    pub lowered: Vec<Cow<'a, str>>,
    /// Every token's index with the hash of its text, in order of hash then index,
    /// built on first use (`positions`).
    by_text: std::cell::OnceCell<Vec<(u64, usize)>>,
}

impl<'a> Article<'a> {
    /// Prepares the per-document context.
    pub fn new(text: &'a str, seg: &'a Segmented, lex: &'a Lexicon) -> Self {
        let mut sent_of = vec![0; seg.tokens.len()];
        for (i, s) in seg.sentences.iter().enumerate() {
            for t in &mut sent_of[s.first_token..s.end_token] {
                *t = i;
            }
        }
        let lowered: Vec<Cow<'a, str>> = seg.tokens.iter().map(|t| lower(t.text(text))).collect();
        let lowercase_words = seg
            .tokens
            .iter()
            .map(|t| t.text(text))
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .collect();
        // (not an honorific inside a name: "Hassan Sheikh Mohamud" is a Somali name)
        let tokens = &seg.tokens;
        let inside_name = |k: usize| {
            k > 0 && tokens[k - 1].kind == TokenKind::Word && tokens[k - 1].text(text).starts_with(char::is_uppercase)
        };
        let honorific_surnames = (1..tokens.len())
            .filter(|&k| {
                tokens[k].kind == TokenKind::Word
                    && lex.title(&lowered[k - 1]) == Some(TitleKind::Honorific)
                    && !inside_name(k - 1)
            })
            .map(|k| tokens[k].text(text).to_lowercase())
            .collect();
        Article {
            text,
            seg,
            lex,
            sent_of,
            lowercase_words,
            honorific_surnames,
            lowered,
            by_text: Default::default(),
        }
    }

    /// Text of token `i`.
    pub fn tok(&self, i: usize) -> &'a str {
        self.seg.tokens[i].text(self.text)
    }

    /// Text of token `i` lower-cased (as `lower` gives it).
    pub fn lower_tok(&self, i: usize) -> &str {
        &self.lowered[i]
    }

    /// Whether token `i` exists and is the possessive "'s" ("Trump's", "Trump’s").
    pub fn is_possessive(&self, i: usize) -> bool {
        i < self.seg.tokens.len() && matches!(self.tok(i), "'s" | "\u{2019}s")
    }

    /// The text of tokens `[a, b)`, from the first one's start to the last one's end.
    pub fn span(&self, a: usize, b: usize) -> &'a str {
        &self.text[self.seg.tokens[a].start..self.seg.tokens[b - 1].end]
    }

    /// Calls `f` with the text of tokens `[a, b)` lower-cased (as `to_lowercase` gives
    /// it): the text itself when it has no capitals, ASCII text of up to 64 bytes
    /// lowered on the stack, other text lowered into a new String.
    pub fn with_lower_span<R>(&self, a: usize, b: usize, f: impl FnOnce(&str) -> R) -> R {
        let s = self.span(a, b);
        if s.is_ascii() {
            if !s.bytes().any(|c| c.is_ascii_uppercase()) {
                return f(s);
            }
            let mut buf = [0u8; 64];
            if let Some(low) = buf.get_mut(..s.len()) {
                low.copy_from_slice(s.as_bytes());
                low.make_ascii_lowercase();
                if let Ok(low) = std::str::from_utf8(low) {
                    return f(low);
                }
            }
        }
        f(&s.to_lowercase())
    }

    /// The tokens whose text is `w`, in text order (from an index built on first use).
    pub fn positions<'s>(&'s self, w: &'s str) -> impl Iterator<Item = usize> + 's {
        use std::hash::BuildHasher;
        let hash = |w: &str| rustc_hash::FxBuildHasher.hash_one(w);
        let index = self.by_text.get_or_init(|| {
            let mut index: Vec<(u64, usize)> = (0..self.seg.tokens.len()).map(|k| (hash(self.tok(k)), k)).collect();
            index.sort_unstable();
            index
        });
        // (the index is by the text's hash: a token of another text with the same hash
        // is left out here)
        let h = hash(w);
        index[index.partition_point(|&(x, _)| x < h)..]
            .iter()
            .take_while(move |&&(x, _)| x == h)
            .map(|&(_, k)| k)
            .filter(move |&k| self.tok(k) == w)
    }

    /// Whether token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.seg.tokens[i].kind == TokenKind::Word
    }

    /// First token index of token `i`'s sentence.
    pub fn sentence_start(&self, i: usize) -> usize {
        self.seg.sentences[self.sent_of[i]].first_token
    }

    /// The longest title phrase ending right before token `end` (exclusive) within the
    /// sentence: (start token, kind).
    pub fn title_before(&self, end: usize) -> Option<(usize, TitleKind)> {
        let lo = self.sentence_start(end.min(self.seg.tokens.len() - 1));
        let mut best = None;
        for n in 1..=self.lex.max_title_words {
            if end < n || end - n < lo {
                break;
            }
            let start = end - n;
            if !(start..end).all(|i| self.is_word(i) || self.tok(i) == "-") {
                break;
            }
            if let Some(k) = self.with_lower_span(start, end, |p| self.lex.title(p)) {
                best = Some((start, k));
            }
        }
        best
    }

    /// The longest title phrase starting at token `start` and ending before `limit`.
    fn title_at(&self, start: usize, limit: usize) -> Option<(usize, TitleKind)> {
        let mut best = None;
        for n in 1..=self.lex.max_title_words {
            let end = start + n;
            if end > limit || !self.is_word(end - 1) {
                break;
            }
            if let Some(k) = self.with_lower_span(start, end, |p| self.lex.title(p)) {
                best = Some((end, k));
            }
        }
        best
    }
}

/// Finds every mention in the document, in text order, without overlaps.
pub fn find(doc: &Article) -> Vec<RawMention> {
    let toks = &doc.seg.tokens;
    let n = toks.len();
    let mut covered = vec![false; n];
    let mut out = Vec::new();
    // token index by start byte, to align lexicon hits with tokens
    let mut at = 0usize;
    // one past the last token of a body's name a state's mention opened
    let mut skip_until = 0usize;
    for (s, e, actor, form) in doc.lex.find_forms(doc.text) {
        while at < n && toks[at].start < s {
            at += 1;
        }
        if at == n || toks[at].start != s {
            continue;
        }
        let mut end = at;
        while end < n && toks[end].end < e {
            end += 1;
        }
        if end == n || toks[end].end != e {
            continue;
        }
        let end = end + 1;
        let first = at;
        let kind = doc.lex.actors[actor].kind;
        let prev = first.checked_sub(1).filter(|&p| p >= doc.sentence_start(first));
        let after_locative = prev.is_some_and(|p| doc.lex.is(doc.lower_tok(p), WordClass::LOCATIVE));
        let (referent, how) = match form {
            // "UNITED NATIONS (AP) —": a dateline names where the story was filed (a
            // capital keeps its state, which its later uses speak for)
            Form::Name if kind != EntityType::Country && classify::dateline(doc, doc.sent_of[first], first, end) => {
                (Referent::Name(EntityType::Location), MentionSource::Lexicon)
            }
            Form::Name => (Referent::Known(actor), MentionSource::Lexicon),
            Form::Demonym => (Referent::Known(actor), MentionSource::Demonym),
            Form::Capital if after_locative => (Referent::Name(EntityType::Location), MentionSource::Capital),
            // "London's Labour mayor", "the London exchange": a city describing something
            Form::Capital if describes_city(doc, end) => (Referent::Name(EntityType::Location), MentionSource::Capital),
            Form::Capital => (Referent::Known(actor), MentionSource::Capital),
        };
        // "the Bangkok Post", "Moscow Times", "the Sudan Quartet": a place named in a
        // body's or a collective's name is no mention ("British Council", but "the
        // British Government" is the state's voice)
        let in_name = matches!(form, Form::Capital | Form::Name | Form::Demonym)
            && kind != EntityType::Organization
            && end < n
            && doc.is_word(end)
            && is_cap(doc.tok(end))
            && doc.lex.is(doc.lower_tok(end), WordClass::ORG | WordClass::GROUP)
            && !doc.lex.is(doc.lower_tok(end), WordClass::STATEBODY);
        // "the Sudan Quartet": a collective's one-word name after another capitalised
        // word is the head of a longer name, not the lexicon's group of that name
        let group_head = end - first == 1
            && doc.lex.is(doc.lower_tok(first), WordClass::GROUP)
            && prev.is_some_and(|p| {
                doc.is_word(p)
                    && is_cap(doc.tok(p))
                    && !doc
                        .lex
                        .is(doc.lower_tok(p), WordClass::DETERMINER | WordClass::FUNCTION)
            });
        if first < skip_until {
            continue;
        }
        // "Bangladesh Nationalist Party", "the Lao People's Revolutionary Party": a state
        // opening a longer name that ends in a body's word is part of that body's name
        if kind == EntityType::Country {
            if let Some(name_end) = opens_body_name(doc, end) {
                skip_until = name_end;
                continue;
            }
        }
        if in_name
            || group_head
            || spelled_with_next(doc, first, end, kind == EntityType::Country)
            || other_body(doc, first, end, actor)
            || title_less_name(doc, first, end, actor)
        {
            continue;
        }
        // "US$4.1 billion", "X (formerly Twitter)": no actor, and no name either
        if currency(doc, end) || one_letter_gloss(doc, first) {
            for c in &mut covered[first..end] {
                *c = true;
            }
            continue;
        }
        for c in &mut covered[first..end] {
            *c = true;
        }
        out.push(RawMention {
            first,
            end,
            sentence: doc.sent_of[first],
            referent,
            how,
            title: None,
            office: false,
            title_first: first,
            same_as: None,
        });
    }
    names(doc, &mut covered, &mut out);
    described_bodies(doc, &mut out);
    swallow_demonyms(doc, &mut out);
    groups(doc, &mut covered, &mut out);
    titled_references(doc, &mut covered, &mut out);
    out.sort_by_key(|m| m.first);
    acronyms(doc, &mut out);
    known_as(doc, &mut out);
    the_body(doc, &mut out);
    out
}

/// Where the body's name that a state's mention ending before token `end` opens ends:
/// two to five capitalised words (a possessive may join them: "People's") the last of
/// which is a body's word but no state's body ("Nationalist Party", "Defense Contact
/// Group"; not "Foreign Ministry", which speaks for the state), none of them a title or
/// a given name, and no actor's known name among them.
fn opens_body_name(doc: &Article, end: usize) -> Option<usize> {
    let lex = doc.lex;
    let limit = doc.seg.sentences[doc.sent_of[end.checked_sub(1)?]].end_token;
    let mut k = end;
    let mut words = 0;
    let mut last = None;
    while k < limit && words < 5 {
        let w = doc.tok(k);
        if doc.is_word(k) && is_cap(w) && w.chars().any(char::is_lowercase) {
            if lex.title(doc.lower_tok(k)).is_some() || lex.is_given_name(doc.lower_tok(k)) {
                return None;
            }
            words += 1;
            k += 1;
            if lex.is(doc.lower_tok(k - 1), WordClass::ORG) {
                last = Some(k);
            }
        } else if matches!(w, "'s" | "\u{2019}s") && words > 0 && k + 1 < limit && is_cap(doc.tok(k + 1)) {
            k += 1;
        } else {
            break;
        }
    }
    let last = last?;
    // (a known body's name ends it: "British Home Office" is the Home Office)
    let known = lex.find_forms(doc.span(end, last)).next().is_some();
    (last == k && words >= 2 && !known && !lex.is(doc.lower_tok(last - 1), WordClass::STATEBODY)).then_some(last)
}

/// Whether the lexicon hit `[first, end)` (a `country` or not) is part of a longer name
/// that a bracketed acronym right after spells out with the capitalised words around
/// it ("China Coast Guard (CCG)", "Peoples Democratic Party (PDP)", "Democratic Party of
/// Korea (DPK)"): no mention of its own.
fn spelled_with_next(doc: &Article, first: usize, end: usize, country: bool) -> bool {
    let n = doc.seg.tokens.len();
    let lo = doc.sentence_start(first);
    let same = |k: usize| doc.sent_of[k] == doc.sent_of[first];
    // a capitalised word, or a connector between two ("Democratic Party of Korea (DPK)"),
    // but a state after "of" stays a state ("Communist Party of Vietnam (CPV)")
    let joins = |k: usize| {
        let w = doc.tok(k);
        doc.is_word(k)
            && (is_cap(w)
                || (!country
                    && k > 0
                    && k + 1 < n
                    && w.starts_with(char::is_lowercase)
                    && doc.lex.is(w, WordClass::CONNECTOR | WordClass::NAMEOF)
                    && is_cap(doc.tok(k - 1))
                    && is_cap(doc.tok(k + 1))))
    };
    let mut k = end;
    while k < n && k < end + 5 && same(k) && joins(k) {
        k += 1;
    }
    if k + 2 >= n || doc.tok(k) != "(" || doc.tok(k + 2) != ")" {
        return false;
    }
    // ("the Peoples Democratic Party (PDP)": capitalised words before a body's name too)
    let mut start = first;
    while start > lo && start + 4 > first && joins(start - 1) {
        start -= 1;
    }
    let acr = doc.tok(k + 1);
    // (a name's own article opens no initials: "the Observer Research Foundation (ORF)")
    (start..=(first + 1).min(end - 1)).any(|a| {
        // ("The Independent National Electoral Commission (INEC)": an article spells nothing)
        let initials: String = (a..k)
            .map(|t| doc.tok(t))
            .filter(|w| is_cap(w) && !doc.lex.is(&lower(w), WordClass::DETERMINER))
            .filter_map(|w| w.chars().next())
            .collect();
        is_cap(doc.tok(a)) && (a < first || k > end) && initials.chars().count() >= 3 && acr == initials
    })
}

/// Whether the lexicon hit `[first, end)` of a name that opens with "The" ("The Times",
/// "The Independent") is written without it right after a capitalised word: the end
/// of another name ("Premium Times", "Khaleej Times", "Gulf Times"), no mention of it.
fn title_less_name(doc: &Article, first: usize, end: usize, actor: usize) -> bool {
    let name = &doc.lex.actors[actor].name;
    let lo = doc.sentence_start(first);
    name.starts_with("The ")
        && !doc.lower_tok(first).eq("the")
        && end - first == 1
        && first > lo
        && doc.is_word(first - 1)
        && is_cap(doc.tok(first - 1))
        && !doc.lex.is(doc.lower_tok(first - 1), WordClass::DETERMINER)
}

/// Whether the lexicon hit ending at token `end` is a currency's country code: "US$4.1
/// billion", "HK$", "A$" (a dollar sign written right after it).
fn currency(doc: &Article, end: usize) -> bool {
    let toks = &doc.seg.tokens;
    end < toks.len() && toks[end].start == toks[end - 1].end && doc.tok(end).starts_with('$')
}

/// Whether the lexicon hit starting at token `first` only glosses a one-letter name in
/// brackets before it: "on X (formerly Twitter)", "X (Twitter)" name the platform X,
/// which the text names by a letter no rule takes for an actor.
fn one_letter_gloss(doc: &Article, first: usize) -> bool {
    let mut k = first;
    if k > 0 && matches!(doc.lower_tok(k - 1), "formerly" | "previously") {
        k -= 1;
    }
    k >= 2 && doc.tok(k - 1) == "(" && {
        let w = doc.tok(k - 2);
        doc.is_word(k - 2) && w.chars().count() == 1 && w.chars().all(char::is_uppercase)
    }
}

/// Whether the lexicon hit `[first, end)` is the generic head of a state's or a
/// body's organ named with its initials ("Congress" of "US Congress", "House of
/// Representatives" of "US House of Representatives", "Security Council" of "UN
/// Security Council") but qualified in the text by another word: a capitalised word or
/// a possessive right before it ("Brazil's Congress", "the Philippine Senate", "its
/// 14th National Congress") names another state's or party's organ.
fn other_body(doc: &Article, first: usize, end: usize, actor: usize) -> bool {
    let name = &doc.lex.actors[actor].name;
    let surface = doc.span(first, end);
    let initials = name
        .split_once(' ')
        .is_some_and(|(a, _)| a.len() >= 2 && a.chars().all(|c| c.is_ascii_uppercase()));
    let head = initials
        && name.len() > surface.len()
        && name.ends_with(surface)
        && name[..name.len() - surface.len()].ends_with(' ')
        && is_cap(surface);
    if !head || first == 0 || first == doc.sentence_start(first) {
        return false;
    }
    let prev = doc.tok(first - 1);
    let qualifier = doc.is_word(first - 1) && is_cap(prev) && !doc.lex.is(&lower(prev), WordClass::DETERMINER);
    qualifier || doc.is_possessive(first - 1)
}

/// Whether a capital ending at token `end` only describes what follows ("London's
/// mayor", "the Paris exchange"), rather than acting as its state's voice ("Moscow
/// said", "talks with Washington").
fn describes_city(doc: &Article, end: usize) -> bool {
    let Some(next) = doc.seg.tokens.get(end) else {
        return false;
    };
    if doc.sent_of[end] != doc.sent_of[end - 1] {
        return false;
    }
    let w = next.text(doc.text);
    if doc.is_possessive(end) {
        // "Washington's decision", "Moscow's forces": the state's voice, not the city
        let owned = end + 1 < doc.seg.tokens.len() && doc.lex.is(doc.lower_tok(end + 1), WordClass::STATEBODY);
        return !owned;
    }
    next.kind == TokenKind::Word
        && w.starts_with(char::is_lowercase)
        && !doc.lex.is(w, WordClass::FUTURE | WordClass::NEGATION)
        && !doc.lex.is(w, WordClass::ACTING)
        && !w.ends_with("ed")
        // a verb in the third person ("Moscow insists"), but not "Paris Congress"
        && (!w.ends_with('s') || w.ends_with("ss"))
}
