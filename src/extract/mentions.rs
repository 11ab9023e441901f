//! Finding actor mentions in a segmented document: lexicon hits (countries,
//! organisations, demonyms, capitals), titles followed by names, capitalised name
//! sequences, named groups in quotes and acronyms in brackets.

use crate::lexicon::{Form, Lexicon, TitleKind, WordClass};
use crate::model::{EntityType, MentionSource};
use crate::text::{Segmented, Token, TokenKind};
use std::borrow::Cow;
use std::collections::HashSet;

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
    if s.chars().any(char::is_uppercase) {
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
        let lowercase_words = seg
            .tokens
            .iter()
            .map(|t| t.text(text))
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .collect();
        let honorific_surnames = seg
            .tokens
            .windows(2)
            .filter(|w| {
                w[1].kind == TokenKind::Word && lex.title(&lower(w[0].text(text))) == Some(TitleKind::Honorific)
            })
            .map(|w| w[1].text(text).to_lowercase())
            .collect();
        Article {
            text,
            seg,
            lex,
            sent_of,
            lowercase_words,
            honorific_surnames,
        }
    }

    /// Text of token `i`.
    pub fn tok(&self, i: usize) -> &'a str {
        self.seg.tokens[i].text(self.text)
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
            let phrase = self.text[self.seg.tokens[start].start..self.seg.tokens[end - 1].end].to_lowercase();
            if let Some(k) = self.lex.title(&phrase) {
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
            let phrase = self.text[self.seg.tokens[start].start..self.seg.tokens[end - 1].end].to_lowercase();
            if let Some(k) = self.lex.title(&phrase) {
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
        let after_locative = prev.is_some_and(|p| doc.lex.is(&lower(doc.tok(p)), WordClass::LOCATIVE));
        let (referent, how) = match form {
            Form::Name => (Referent::Known(actor), MentionSource::Lexicon),
            Form::Demonym => (Referent::Known(actor), MentionSource::Demonym),
            Form::Capital if after_locative => (Referent::Name(EntityType::Location), MentionSource::Capital),
            // "London's Labour mayor", "the London exchange": a city describing something
            Form::Capital if describes_city(doc, end) => (Referent::Name(EntityType::Location), MentionSource::Capital),
            Form::Capital => (Referent::Known(actor), MentionSource::Capital),
        };
        // "the Bangkok Post", "Moscow Times": a place named in a body's name is no mention
        // ("British Council", but "the British Government" is the state's voice)
        let in_name = matches!(form, Form::Capital | Form::Name | Form::Demonym)
            && kind != EntityType::Organization
            && end < n
            && doc.is_word(end)
            && is_cap(doc.tok(end))
            && doc.lex.is(&lower(doc.tok(end)), WordClass::ORG)
            && !doc.lex.is(&lower(doc.tok(end)), WordClass::STATEBODY);
        if in_name {
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
    the_body(doc, &mut out);
    out
}

/// "the commission" after "the Commission for Africa": a body found by its name words
/// is named again by its head noun with "the", when no other body shares that noun.
fn the_body(doc: &Article, out: &mut Vec<RawMention>) {
    let mut heads: std::collections::HashMap<String, Option<usize>> = std::collections::HashMap::new();
    for m in out.iter() {
        if m.referent != Referent::Name(EntityType::Organization) || m.end - m.first < 2 {
            continue;
        }
        let head = lower(doc.tok(m.first)).into_owned();
        if doc.lex.is(&head, WordClass::ORG) {
            heads
                .entry(head)
                .and_modify(|e| {
                    if *e != Some(m.first) {
                        *e = None
                    }
                })
                .or_insert(Some(m.first));
        }
    }
    if heads.values().all(Option::is_none) {
        return;
    }
    let mut taken = vec![false; doc.seg.tokens.len()];
    for m in out.iter() {
        for t in &mut taken[m.first..m.end] {
            *t = true;
        }
    }
    let mut added = Vec::new();
    for (k, &used) in taken.iter().enumerate().skip(1) {
        let w = doc.tok(k);
        if used || !doc.is_word(k) || !w.starts_with(char::is_lowercase) || lower(doc.tok(k - 1)) != "the" {
            continue;
        }
        if let Some(Some(first)) = heads.get(w) {
            // only after the full name, and not "the commission's X" used as a plain noun
            if *first < k && !(k + 1 < doc.seg.tokens.len() && doc.is_word(k + 1) && is_cap(doc.tok(k + 1))) {
                added.push((k, *first));
            }
        }
    }
    for (k, first) in added {
        let target = out.iter().position(|m| m.first == first).expect("head mention exists");
        let m = RawMention {
            first: k,
            end: k + 1,
            sentence: doc.sent_of[k],
            referent: out[target].referent.clone(),
            how: MentionSource::Alias,
            title: None,
            office: false,
            title_first: k,
            same_as: None,
        };
        let at = out.partition_point(|x| x.first < k);
        out.insert(at, m);
        // indices after the insertion point moved by one
        for x in out.iter_mut() {
            if let Some(j) = x.same_as.as_mut() {
                if *j >= at {
                    *j += 1;
                }
            }
        }
        let target = out.iter().position(|m| m.first == first).expect("head mention exists");
        out[at].same_as = Some(target);
    }
}

/// Capitalised sequences not covered by the lexicon: people, organisations, places.
fn names(doc: &Article, covered: &mut [bool], out: &mut Vec<RawMention>) {
    for (si, s) in doc.seg.sentences.iter().enumerate() {
        let mut i = s.first_token;
        while i < s.end_token {
            if covered[i] || !doc.is_word(i) || !(is_cap(doc.tok(i)) || prefixed_name(doc.lex, doc.tok(i))) {
                i += 1;
                continue;
            }
            // extend the capitalised run
            let mut j = i + 1;
            let org_follows = |k: usize| {
                (k..s.end_token.min(k + 4))
                    .take_while(|&x| is_cap(doc.tok(x)))
                    .any(|x| doc.lex.is(&lower(doc.tok(x)), WordClass::ORG))
            };
            while j < s.end_token && !covered[j] {
                let w = doc.tok(j);
                if !doc.is_word(j) {
                    // "Workers' Educational Association": a plural possessive inside a name
                    let attached =
                        doc.seg.tokens[j].start == doc.seg.tokens[j - 1].end && doc.tok(j - 1).ends_with('s');
                    if matches!(w, "'" | "\u{2019}")
                        && attached
                        && j + 1 < s.end_token
                        && is_cap(doc.tok(j + 1))
                        && org_follows(j + 1)
                    {
                        j += 1;
                        continue;
                    }
                    break;
                }
                if is_cap(w) || is_initial(w) || prefixed_name(doc.lex, w) {
                    j += 1;
                } else if matches!(w, "'s" | "\u{2019}s")
                    && j + 2 < s.end_token
                    && !covered[j + 1]
                    && is_cap(doc.tok(j + 1))
                    && (j + 1..s.end_token.min(j + 5))
                        .take_while(|&k| is_cap(doc.tok(k)))
                        .any(|k| doc.lex.is(&lower(doc.tok(k)), WordClass::ORG))
                {
                    // "People's Fuel Lobby": a possessive inside an organisation's name
                    j += 1;
                } else if j + 2 < s.end_token
                    && doc.lex.is(w, WordClass::PARTICLE)
                    && doc.lex.is(doc.tok(j + 1), WordClass::PARTICLE)
                    && !covered[j + 2]
                    && is_cap(doc.tok(j + 2))
                {
                    // "Ursula von der Leyen", "Greta van der Linden"
                    j += 3;
                } else if j + 1 < s.end_token
                    && !covered[j + 1]
                    && is_cap(doc.tok(j + 1))
                    && (doc.lex.is(w, WordClass::PARTICLE | WordClass::CONNECTOR)
                        || (w == "the" && doc.tok(j - 1) == "of"))
                {
                    j += 2;
                } else {
                    break;
                }
            }
            classify(doc, si, i, j, out);
            i = j;
        }
    }
    for m in out.iter() {
        for c in &mut covered[m.first..m.end] {
            *c = true;
        }
    }
}

/// Decides what the capitalised run `[i, j)` of sentence `si` is, pushing mentions.
fn classify(doc: &Article, si: usize, mut i: usize, j: usize, out: &mut Vec<RawMention>) {
    let lex = doc.lex;
    let sent_start = doc.seg.sentences[si].first_token;
    // a headline capitalises its verbs and common nouns ("Tinubu Hosts Ghana
    // President", "King Praises Historical Ties"): they split its capitalised runs
    if headline(doc, si) {
        if let Some(k) = (i..j).find(|&k| headline_common(doc, k)) {
            if k > i {
                classify(doc, si, i, k, out);
            }
            if k + 1 < j {
                classify(doc, si, k + 1, j, out);
            }
            return;
        }
    }
    // "Iran-Oman talks", "U.S.-Iran": a compound of states names no new actor
    if j - i == 1 && state_compound(doc, i) {
        return;
    }
    // leading titles and common words: "President Frank Miller", "Following Ms Lane",
    // "Earlier Tory leader" (a common word opening the sentence is no name)
    let mut title: Option<(usize, TitleKind)> = None;
    let mut title_first = i;
    // one past the title's last token
    let mut title_end = i;
    while i < j {
        let possessed = |end: usize| end < j && matches!(doc.tok(end), "'s" | "\u{2019}s");
        if let Some((end, k)) = doc
            .title_at(i, j)
            .or_else(|| plural_title(doc, i))
            .filter(|&(end, _)| end < j && !possessed(end))
        {
            if title.is_none() {
                title_first = i;
            }
            // "Prime Minister Sheikh X": the office stays the title, the honorific after
            // it is no part of the role nor of the name
            match title {
                Some((_, TitleKind::Office)) if k == TitleKind::Honorific => {}
                _ => {
                    title = Some((i, k));
                    title_end = end;
                }
            }
            i = end;
            continue;
        }
        // "General Secretary and President To Lam": two offices before one name
        if title.is_some()
            && doc.tok(i) == "and"
            && i + 1 < j
            && (doc.title_at(i + 1, j).is_some_and(|(end, _)| end < j)
                || inner_title(doc, i + 1, j).is_some_and(|(c, ..)| c == i + 1))
        {
            i += 1;
            continue;
        }
        if title.is_some() {
            break;
        }
        let w = doc.tok(i);
        let lw = lower(w);
        let at_start = i == sent_start
            || (i > sent_start && doc.seg.tokens[i - 1].kind == TokenKind::Quote && i - 1 == sent_start);
        let known = lex.first_names.contains(lw.as_ref());
        // an organisation's name keeps its adjectives ("the Northern Grain Authority")
        let org_run = (i + 1..j).any(|k| lex.is(&lower(doc.tok(k)), WordClass::ORG));
        let article = lex.is(&lw, WordClass::DETERMINER);
        // a word bound to the rest by a possessive ("People's Fuel Lobby") stays
        let bound = org_run && i + 1 < j && matches!(doc.tok(i + 1), "'s" | "\u{2019}s" | "'" | "\u{2019}");
        // "Jan Kowalski": a month's abbreviation before a name is a given name
        let given_abbrev = lex.is(&lw, WordClass::MONTHABBR) && i + 1 < j && is_cap(doc.tok(i + 1));
        // "Privately-held Falic Group", "Oil-rich Norway": a compound adjective
        let compound = w
            .split_once('-')
            .is_some_and(|(_, b)| b.starts_with(char::is_lowercase));
        let common = !bound
            && !given_abbrev
            && (compound
                || (lex.non_actors.contains(lw.as_ref())
                    && (!org_run || article || at_start || lex.is(&lw, WordClass::CALENDAR)))
                || (at_start && !known && doc.lowercase_words.contains(lw.as_ref()))
                || (at_start && !known && w.len() > 1 && !w.chars().all(char::is_uppercase) && looks_common(lex, &lw)));
        if common {
            i += 1;
            continue;
        }
        // "Tourism Secretary Christina Frasco", "Azimio Leader Raila Odinga": an office
        // opened by capitalised words that qualify it; "Pham Minh Chinh and National
        // Assembly Chairman Tran Thanh Man": after "and", a second, titled name
        if let Some((c, end, kind)) = inner_title(doc, i, j).filter(|&(.., end, _)| !possessed(end)) {
            if c > i {
                classify(doc, si, i, c - 1, out);
                classify(doc, si, c, j, out);
                return;
            }
            title = Some((c, kind));
            title_first = c;
            title_end = end;
            i = end;
            continue;
        }
        break;
    }
    // "the Archbishop of Canterbury", "Duke of Edinburgh": an office named by its seat
    if let Some((t, _)) = title {
        // (a one-word seat or a known place: "Minister of Foreign Affairs", "Minister of
        // National Defense" name a portfolio, not a person)
        let seat = |k: usize| {
            let name = &doc.text[doc.seg.tokens[k].start..doc.seg.tokens[j - 1].end];
            lex.places.contains(name)
                || (j - k == 1
                    && !doc.lowercase_words.contains(lower(doc.tok(k)).as_ref())
                    && !lex.is(&lower(doc.tok(k)), WordClass::ORG))
        };
        if i < j && doc.tok(i) == "of" && t >= sent_start && t + 1 == i && j - i >= 2 && seat(i + 1) {
            out.push(RawMention {
                first: t,
                end: j,
                sentence: si,
                referent: Referent::Name(EntityType::Person),
                how: MentionSource::Title,
                title: None,
                office: false,
                title_first: t,
                same_as: None,
            });
            return;
        }
    }
    // "MP for West Ham", "Secretary for Health": a seat or portfolio, not a name
    // ("Mr van den Broek" is a name with its particles)
    if title.is_some()
        && i < j
        && doc.tok(i).starts_with(char::is_lowercase)
        && !lex.is(doc.tok(i), WordClass::PARTICLE)
    {
        if i + 1 < j {
            out.push(RawMention {
                first: i + 1,
                end: j,
                sentence: si,
                referent: Referent::Name(EntityType::Location),
                how: MentionSource::Name,
                title: None,
                office: false,
                title_first: i + 1,
                same_as: None,
            });
        }
        return;
    }
    // a run that is only a title ("the Prime Minister") names no one by itself
    if i < j && doc.title_at(i, j).is_some_and(|(end, _)| end == j) {
        return;
    }
    // lower-case title right before the run ("lawyer Sara Quinn")
    if title.is_none() {
        if let Some((start, k)) = doc.title_before(i) {
            title = Some((start, k));
            title_first = start;
            title_end = i;
        }
    }
    // trailing words that are never actors ("Wednesday"); a titled name or one opening
    // with a given name keeps its words ("lawyer Sara Quinn")
    let mut j = j;
    let personal = i < j && j - i >= 2 && (title.is_some() || lex.first_names.contains(lower(doc.tok(i)).as_ref()));
    // "the Reciprocal Access Agreement", "the Tehran Dialogue Forum": a name whose head
    // is an event or document is no actor, even when the head is a common word
    if !personal && title.is_none() && j - i >= 2 && lex.is(&lower(doc.tok(j - 1)), WordClass::EVENT) {
        return;
    }
    let org_words = (i..j).any(|k| lex.is(&lower(doc.tok(k)), WordClass::ORG));
    while j > i
        && !personal
        && !(org_words && j - i >= 2 && !lex.is(&lower(doc.tok(j - 1)), WordClass::CALENDAR))
        && lex.non_actors.contains(lower(doc.tok(j - 1)).as_ref())
    {
        j -= 1;
    }
    if i >= j {
        return;
    }
    // a run that holds a non-actor word in the middle is split there
    // ("Association of European Airlines" keeps its inner adjective)
    let org_name = (i..j).any(|k| lex.is(&lower(doc.tok(k)), WordClass::ORG));
    let split = (i..j).find(|&k| {
        let lw = lower(doc.tok(k));
        // people and bodies keep their words, but a weekday or month still splits; a
        // month's abbreviation opening a name is a given name ("Jan Kowalski")
        let given_abbrev = k == i && k + 1 < j && lex.is(&lw, WordClass::MONTHABBR);
        lex.non_actors.contains(lw.as_ref())
            && !given_abbrev
            && (lex.is(&lw, WordClass::CALENDAR) || !(personal || org_name))
    });
    if let Some(k) = split {
        classify(doc, si, i, k, out);
        classify(doc, si, k + 1, j, out);
        return;
    }
    // "to the Foreign Policy Centre Mr Lane said": an honorific inside a run starts a
    // new name
    // "the Presidency Ahmed Fahmy": a body's word before a given name and a surname
    if let Some(k) = (i + 1..j.saturating_sub(1)).find(|&k| {
        lex.is_given_name(&lower(doc.tok(k)))
            && lex.is(&lower(doc.tok(k - 1)), WordClass::ORG)
            && is_cap(doc.tok(k + 1))
    }) {
        classify(doc, si, i, k, out);
        classify(doc, si, k, j, out);
        return;
    }
    // ("Hassan Sheikh Mohamud": after a lone given name, the word is part of the name)
    if let Some(k) = (i + 1..j).find(|&k| {
        lex.title(&lower(doc.tok(k))) == Some(TitleKind::Honorific)
            && k + 1 < j
            && !(k == i + 1 && lex.is_given_name(&lower(doc.tok(i))))
    }) {
        classify(doc, si, i, k, out);
        classify(doc, si, k, j, out);
        return;
    }
    // "Centre for Policy Studies" holds its connectors; "Shore and Brown" is two names
    let connector = |k: usize| {
        let w = doc.tok(k);
        w.starts_with(char::is_lowercase) && lex.is(w, WordClass::CONNECTOR)
    };
    if (i + 1..j).any(connector) && !(i..j).any(|k| lex.is(&lower(doc.tok(k)), WordClass::ORG)) {
        let mut a = i;
        for k in i..j {
            if connector(k) || (doc.tok(k) == "the" && k > i && doc.tok(k - 1) == "of") {
                if a < k {
                    classify(doc, si, a, k, out);
                }
                a = k + 1;
            }
        }
        if a < j {
            classify(doc, si, a, j, out);
        }
        return;
    }
    let words: Vec<&str> = (i..j).map(|k| doc.tok(k)).collect();
    // "I've", "We'll": contractions; "MPs", "MEPs": a title in the plural
    let contraction = words.iter().any(|w| {
        w.split_once(['\'', '\u{2019}'])
            .is_some_and(|(_, rest)| lex.is(rest, WordClass::CONTRACTION))
    });
    let plural_title = words.len() == 1
        && words[0].len() > 2
        && words[0].ends_with(['s', 'S'])
        && lex.title(&lower(&words[0][..words[0].len() - 1])).is_some();
    // "Comic Relief day", "Budget week": a name that dates something is no actor
    let dates = j < doc.seg.sentences[si].end_token && lex.is(doc.tok(j), WordClass::DATENOUN);
    // "in May", "since March": a month after a preposition is a date ("may" is kept out
    // of the non-actor list for people named May)
    let month = words.len() == 1
        && (lex.is(&lower(words[0]), WordClass::CALENDAR) || lower(words[0]) == "may")
        && i.checked_sub(1)
            .filter(|&p| p >= sent_start)
            .is_some_and(|p| lex.is(&lower(doc.tok(p)), WordClass::DATEPREP));
    if contraction || plural_title || dates || month {
        return;
    }
    // capitalised exactly so ("Of", not "OF")
    let function_word = words[1..].iter().any(|w| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && c.all(char::is_lowercase) && lex.is(&lower(w), WordClass::FUNCTION)
    });
    let name = &doc.text[doc.seg.tokens[i].start..doc.seg.tokens[j - 1].end];
    let last = lower(words[words.len() - 1]);
    let any = |class: u32| words.iter().any(|w| lex.is(&lower(w), class));
    let prev = i.checked_sub(1).filter(|&p| p >= sent_start).map(|p| lower(doc.tok(p)));
    // "in Leeds", and "his home seat of Bedwellty", "the town of Rye", "Baron Kinnock
    // of Bedwellty": a place named by what it is, or a peer's territorial designation
    let place_of = prev.as_deref() == Some("of")
        && i >= sent_start + 2
        && (lex.is(&lower(doc.tok(i - 2)), WordClass::PLACE)
            || (i >= sent_start + 3 && lex.is(&lower(doc.tok(i - 3)), WordClass::PEERAGE) && is_cap(doc.tok(i - 2))));
    let after_locative = place_of || prev.as_deref().is_some_and(|p| lex.is(p, WordClass::LOCATIVE));
    let personal_title = title.is_some_and(|(_, k)| k == TitleKind::Honorific) || title.is_some();
    // (not before a given name and a surname: "the Presidency Ahmed Fahmy")
    let after_org_noun = prev
        .as_deref()
        .is_some_and(|p| lex.is(p, WordClass::ORG | WordClass::ORGNOUN))
        && !(words.len() >= 2 && lex.is_given_name(&lower(words[0])));
    let kind = if (any(WordClass::EVENT) || function_word) && !personal_title && !any(WordClass::ORG) {
        return;
    } else if words.len() == 1
        && lex.is(&last, WordClass::ORG | WordClass::PLACE)
        && !after_org_noun
        && !(j + 1 < doc.seg.tokens.len() && lex.is(doc.tok(j), WordClass::NAMEOF) && is_cap(doc.tok(j + 1)))
    {
        // a bare "Government" or "Parliament" names no one in particular
        return;
    } else if after_org_noun && title.is_none() {
        // "civil rights group Liberty", "the oil firm Yukos"
        EntityType::Organization
    } else if personal_title && !any(WordClass::ORG) {
        EntityType::Person
    } else if lex.places.contains(name) || lex.is(&last, WordClass::PLACE) {
        EntityType::Location
    } else if any(WordClass::ORG)
        || words.len() == 1
            && words[0].len() >= 2
            && words[0].chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
            // an acronym, but not a roman numeral ("World War II")
            && !words[0].chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
    {
        EntityType::Organization
    } else if lex.first_names.contains(lower(words[0]).as_ref()) && words.len() >= 2 {
        EntityType::Person
    } else if after_locative {
        EntityType::Location
    } else if words.len() >= 2
        && !doc.honorific_surnames.contains(lower(words[words.len() - 1]).as_ref())
        && words
            .iter()
            .any(|w| w.starts_with(char::is_uppercase) && doc.lowercase_words.contains(lower(w).as_ref()))
    {
        // an unknown name made of words the text also uses in lower case ("Comic
        // Relief", "Policy Studies"), never "Mr X": a body, not a person
        EntityType::Organization
    } else if words.len() >= 2
        && words.len() <= 4
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '.')
        })
    {
        // an unknown name of two to four plain words: in news, most often a person
        // whose given name no list knows ("Kassym-Jomart Tokayev", "Moazzam Begg")
        EntityType::Person
    } else if words.len() == 1 && employer(doc, i, j) {
        // "chief executive of Panlogic", "Gartner analyst Carolina Milanesi": a body
        EntityType::Organization
    } else if words.len() == 1 {
        // a lone unknown word: resolution decides (a surname of a known person, or nothing)
        EntityType::Person
    } else {
        return;
    };
    // a peer is named with the title: "Baroness Scotland", "Lord Falconer"
    let (i, mut title) = match title {
        Some((t, TitleKind::Honorific)) if j - i == 1 && lex.is(&lower(doc.tok(i - 1)), WordClass::PEERAGE) => {
            (t, None)
        }
        _ => (i, title),
    };
    // "Home Office minister Baroness Scotland": the office before the peer's name
    if title.is_none() {
        if let Some((start, k)) = doc.title_before(i) {
            title = Some((start, k));
            title_first = start;
            title_end = i;
        }
    }
    let title_text =
        title.map(|(s, _)| doc.text[doc.seg.tokens[s].start..doc.seg.tokens[title_end - 1].end].to_string());
    out.push(RawMention {
        first: i,
        end: j,
        sentence: si,
        referent: Referent::Name(kind),
        how: if title.is_some() {
            MentionSource::Title
        } else {
            MentionSource::Name
        },
        office: title.is_some_and(|(_, k)| k == TitleKind::Office),
        title: title_text,
        title_first: if title.is_some() { title_first } else { i },
        same_as: None,
    });
}

/// "Yad Vashem, Israel's Holocaust memorial centre", "Bruegel, a think tank": a name
/// followed by an apposition whose head noun is a body (`org` or `orgnoun` words) is an
/// organisation, never a person or a place. The apposition opens with an article or a
/// name in the possessive, and ends before punctuation, a participle ("based", "founded")
/// or a word that starts a clause or a phrase of its own (`acting`, `connector`,
/// `locative`: "that", "in", "of").
fn described_bodies(doc: &Article, out: &mut [RawMention]) {
    let n = doc.seg.tokens.len();
    for m in out.iter_mut() {
        if !matches!(m.referent, Referent::Name(EntityType::Person | EntityType::Location)) {
            continue;
        }
        let comma = m.end;
        if comma + 2 >= n || doc.tok(comma) != "," || doc.sent_of[comma] != m.sentence {
            continue;
        }
        let stop = WordClass::ACTING | WordClass::CONNECTOR | WordClass::LOCATIVE;
        let (mut k, mut possessive, mut head) = (comma + 1, false, None);
        let opens = doc.is_word(k) && doc.lex.is(&lower(doc.tok(k)), WordClass::DETERMINER);
        if opens {
            k += 1;
        }
        while k < n && k < comma + 9 && doc.sent_of[k] == m.sentence {
            let w = doc.tok(k);
            if matches!(w, "'s" | "\u{2019}s") {
                // "Israel's Holocaust memorial centre": a name owning the head
                possessive |= k == comma + 2 && is_cap(doc.tok(comma + 1));
            } else if !doc.is_word(k) {
                break;
            } else {
                let lw = lower(w);
                if doc.lex.is(&lw, stop) || (lw.ends_with("ed") && lw.len() > 4) {
                    break;
                }
                head = Some(k);
            }
            k += 1;
        }
        let Some(h) = head else { continue };
        let last = lower(doc.tok(h));
        let two = (h > comma + 1).then(|| format!("{} {}", lower(doc.tok(h - 1)), last));
        let body = |w: &str| doc.lex.is(w, WordClass::ORG | WordClass::ORGNOUN);
        if (opens || possessive) && (body(&last) || two.as_deref().is_some_and(body)) {
            m.referent = Referent::Name(EntityType::Organization);
        }
    }
}

/// An organisation's name may hold a demonym: "Association" + "of" + "European" +
/// "Airlines" is one name, not a body, a country and a stray word.
fn swallow_demonyms(doc: &Article, out: &mut Vec<RawMention>) {
    let n = doc.seg.tokens.len();
    let mut k = 0;
    while k < out.len() {
        let m = &out[k];
        let e = m.end;
        let is_org = matches!(m.referent, Referent::Name(EntityType::Organization));
        if !is_org || e + 2 >= n || !doc.lex.is(doc.tok(e), WordClass::NAMEOF) || doc.sent_of[e + 1] != m.sentence {
            k += 1;
            continue;
        }
        let Some(d) = out
            .iter()
            .position(|x| x.first == e + 1 && matches!(x.referent, Referent::Known(_)))
        else {
            k += 1;
            continue;
        };
        let mut end = out[d].end;
        let sent_end = doc.seg.sentences[m.sentence].end_token;
        while end < sent_end && doc.is_word(end) && is_cap(doc.tok(end)) && !out.iter().any(|x| x.first == end) {
            end += 1;
        }
        if end == out[d].end {
            k += 1;
            continue;
        }
        out[k].end = end;
        out.remove(d);
        if d < k {
            k -= 1;
        }
        k += 1;
    }
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
    if matches!(w, "'s" | "\u{2019}s") {
        return true;
    }
    next.kind == TokenKind::Word
        && w.starts_with(char::is_lowercase)
        && !doc.lex.is(w, WordClass::FUTURE | WordClass::NEGATION)
        && !doc.lex.is(w, WordClass::ACTING)
        && !w.ends_with("ed")
        // a verb in the third person ("Moscow insists"), but not "Paris Congress"
        && (!w.ends_with('s') || w.ends_with("ss"))
}

/// Whether the lone word `[i, j)` names someone's employer: right after an office and
/// "of", "at" or "for" ("managing director of 3ami", "an analyst at Gartner"), or right
/// before an office and a capitalised name ("Gartner analyst Carolina Milanesi").
fn employer(doc: &Article, i: usize, j: usize) -> bool {
    let n = doc.seg.tokens.len();
    let office = |k: usize| doc.is_word(k) && doc.lex.title(&lower(doc.tok(k))) == Some(TitleKind::Office);
    let after = i >= 2
        && doc.lex.is(&lower(doc.tok(i - 1)), WordClass::EMPLOYER)
        && doc.title_before(i - 1).is_some_and(|(_, k)| k == TitleKind::Office);
    let before = j + 1 < n
        && doc.tok(j).starts_with(char::is_lowercase)
        && office(j)
        && doc.is_word(j + 1)
        && is_cap(doc.tok(j + 1));
    after || before
}

/// Whether sentence `si` is a headline: one of the first two sentences, a paragraph of
/// its own, not ended by a full stop.
fn headline(doc: &Article, si: usize) -> bool {
    let ss = &doc.seg.sentences;
    if si > 1 || ss.len() < 2 {
        return false;
    }
    let own = (si == 0 || ss[si - 1].paragraph != ss[si].paragraph)
        && (si + 1 >= ss.len() || ss[si + 1].paragraph != ss[si].paragraph);
    let last = ss[si].end_token.checked_sub(1).map(|k| doc.tok(k));
    own && !matches!(last, Some("." | "!" | "?"))
}

/// Whether capitalised word `k` of a headline is a common word: the text uses it (or a
/// form of it) in lower case, it is a one-word relation cue ("Meets", "Hosts"), or it
/// has a common ending. Titles, given names, particles and the words that tell what a
/// name is stay name words.
fn headline_common(doc: &Article, k: usize) -> bool {
    let lex = doc.lex;
    let w = doc.tok(k);
    if !doc.is_word(k) || !is_cap(w) || !w.chars().any(char::is_lowercase) || w.contains(['-', '.']) {
        return false;
    }
    let lw = w.to_lowercase();
    let name_word = WordClass::ORG
        | WordClass::PLACE
        | WordClass::EVENT
        | WordClass::GROUP
        | WordClass::PARTICLE
        | WordClass::NAMEPREFIX
        | WordClass::PEERAGE;
    if lex.first_names.contains(&lw)
        || lex.title(&lw).is_some()
        || plural_title(doc, k).is_some()
        || lex.is(&lw, name_word)
        || doc.honorific_surnames.contains(&lw)
        || lex.surnames.contains(&lw)
    {
        return false;
    }
    let used = |x: &str| doc.lowercase_words.contains(x);
    let stems = ["s", "es", "d", "ed", "ing"].iter().filter_map(|e| lw.strip_suffix(e));
    let forms = ["s", "d", "ed", "es"].iter().map(|e| format!("{lw}{e}"));
    used(&lw)
        || stems
            .clone()
            .any(|s| s.len() >= 3 && (used(s) || used(&format!("{s}ed")) || used(&format!("{s}ing"))))
        || forms.into_iter().any(|f| used(&f))
        || lex.cues_starting(&lw).any(|(p, _)| p.len() == 1)
        || (lw.len() > 4 && looks_common(lex, &lw))
}

/// Whether word `k` is a hyphenated compound of states or their initials ("Iran-Oman",
/// "India-China", "Iran-U" of "Iran-U.S.").
fn state_compound(doc: &Article, k: usize) -> bool {
    let w = doc.tok(k);
    let parts: Vec<&str> = w.split('-').collect();
    if parts.len() < 2 {
        return false;
    }
    let state = |p: &str| {
        doc.lex
            .find_forms(p)
            .any(|(s, e, a, _)| s == 0 && e == p.len() && doc.lex.actors[a].kind == EntityType::Country)
    };
    let initials = |p: &str| p.len() <= 2 && p.chars().all(|c| c.is_uppercase() || c == '.');
    parts.iter().any(|p| state(p)) && parts.iter().all(|p| state(p) || initials(p))
}

/// A one-word office in the plural before a name ("Presidents Yoweri Museveni"):
/// (one past the word, kind).
fn plural_title(doc: &Article, k: usize) -> Option<(usize, TitleKind)> {
    let w = doc.tok(k);
    let single = w.strip_suffix('s')?;
    if single.len() < 4 || !is_cap(w) {
        return None;
    }
    doc.lex
        .title(&single.to_lowercase())
        .filter(|&t| t == TitleKind::Office)
        .map(|t| (k + 1, t))
}

/// An office inside the capitalised run `[i, j)` after words that qualify it
/// ("Communications Director", "Presidential Spokesman", "Vice Chair"):
/// (start of the qualifying words, one past the office, kind). The
/// qualifying words are capitalised, no given name, particle or lower-case word but
/// "and", before which the run holds another name; a given name before any office ends
/// the search ("Martin Luther King").
fn inner_title(doc: &Article, i: usize, j: usize) -> Option<(usize, usize, TitleKind)> {
    let lex = doc.lex;
    let mut c = i;
    for k in i..j {
        let w = doc.tok(k);
        let lw = lower(w);
        if !doc.is_word(k) {
            return None;
        }
        if !is_cap(w) {
            if w == "and" {
                c = k + 1;
                continue;
            }
            return None;
        }
        if k > c || c > i {
            if let Some((end, kind)) = doc.title_at(k, j).or_else(|| plural_title(doc, k)) {
                return Some((c, end, kind));
            }
        }
        if lex.is_given_name(&lw) || lex.is(&lw, WordClass::PARTICLE | WordClass::NAMEPREFIX) || prefixed_name(lex, w) {
            return None;
        }
    }
    None
}

/// A guess for a capitalised sentence opener that never occurs in lower case in the
/// document: adverbs, participles and plurals are common words, not names.
fn looks_common(lex: &Lexicon, w: &str) -> bool {
    // every ending of the class that leaves at least three letters before it
    (3..w.len())
        .filter(|&k| w.is_char_boundary(k))
        .any(|k| lex.is(&w[k..], WordClass::COMMONSUFFIX))
}

/// "the US president", "the South African archbishop", "the prime minister": a title
/// without a name after "the" refers to a person named elsewhere (resolution decides
/// who). The country or body in front stays its own mention.
fn titled_references(doc: &Article, covered: &mut [bool], out: &mut Vec<RawMention>) {
    let toks = &doc.seg.tokens;
    let n = toks.len();
    let mut known_end: Vec<Option<usize>> = vec![None; n];
    for m in out.iter() {
        known_end[m.first] = Some(m.end);
    }
    for i in 0..n {
        // "the US president", and "Russia's president" (a state's office, no "the")
        let the = doc.is_word(i) && lower(doc.tok(i)) == "the";
        let owner = !the
            && known_end[i].is_some_and(|e| e < n && matches!(doc.tok(e), "'s" | "\u{2019}s"))
            && out.iter().any(|m| {
                m.first == i
                    && matches!(m.referent, Referent::Known(a) if doc.lex.actors[a].kind == EntityType::Country)
            });
        if !the && !owner {
            continue;
        }
        let sent_end = doc.seg.sentences[doc.sent_of[i]].end_token;
        let mut k = if owner { i } else { i + 1 };
        if k < sent_end {
            if let Some(e) = known_end[k] {
                k = e;
                if k < sent_end && matches!(doc.tok(k), "'s" | "\u{2019}s") {
                    k += 1;
                }
            }
        }
        if k >= sent_end || covered[k] {
            continue;
        }
        let Some((end, TitleKind::Office)) = doc.title_at(k, sent_end) else {
            continue;
        };
        let named_next = end < sent_end && doc.is_word(end) && is_cap(doc.tok(end)) && !covered[end];
        if named_next || covered[k..end].iter().any(|&c| c) {
            continue;
        }
        for c in &mut covered[k..end] {
            *c = true;
        }
        out.push(RawMention {
            first: k,
            end,
            sentence: doc.sent_of[k],
            referent: Referent::Name(EntityType::Person),
            how: MentionSource::Coreference,
            title: Some(doc.text[toks[k].start..toks[end - 1].end].to_string()),
            office: true,
            title_first: k,
            same_as: None,
        });
    }
}

/// Named collectives: a quoted lower-case phrase headed by a group noun after "the"
/// (`the "coalition of the determined"`), and later "the coalition" for the same group.
fn groups(doc: &Article, covered: &mut [bool], out: &mut Vec<RawMention>) {
    let toks: &[Token] = &doc.seg.tokens;
    let n = toks.len();
    let mut heads: Vec<(String, usize, usize)> = Vec::new(); // (head noun, first, end) of named groups
    let mut i = 0;
    while i + 2 < n {
        if toks[i].kind == TokenKind::Quote
            && i > 0
            && doc.lex.is(&lower(doc.tok(i - 1)), WordClass::DETERMINER)
            && doc.is_word(i + 1)
            && doc.lex.is(&lower(doc.tok(i + 1)), WordClass::GROUP)
        {
            let mut j = i + 1;
            while j < n && j < i + 8 && doc.is_word(j) {
                j += 1;
            }
            if j < n && toks[j].kind == TokenKind::Quote && j > i + 2 && !covered[i + 1..j].iter().any(|&c| c) {
                heads.push((lower(doc.tok(i + 1)).into_owned(), i + 1, j));
                for c in &mut covered[i + 1..j] {
                    *c = true;
                }
                out.push(RawMention {
                    first: i + 1,
                    end: j,
                    sentence: doc.sent_of[i + 1],
                    referent: Referent::Name(EntityType::Group),
                    how: MentionSource::Name,
                    title: None,
                    office: false,
                    title_first: i + 1,
                    same_as: None,
                });
                i = j;
            }
        }
        i += 1;
    }
    // "the coalition" after the named group: the same group
    for (head, first, _) in &heads {
        for (k, cover) in covered.iter_mut().enumerate().skip(first + 1) {
            if *cover || !doc.is_word(k) || lower(doc.tok(k)) != head.as_str() {
                continue;
            }
            let after_the = k > 0 && lower(doc.tok(k - 1)) == "the";
            if after_the {
                *cover = true;
                out.push(RawMention {
                    first: k,
                    end: k + 1,
                    sentence: doc.sent_of[k],
                    referent: Referent::Name(EntityType::Group),
                    how: MentionSource::Alias,
                    title: None,
                    office: false,
                    title_first: k,
                    same_as: None,
                });
            }
        }
    }
}

/// "Palestinian Authority (PA)": the bracketed acronym becomes a mention of the name
/// before it (resolution gives both one entity through `alias_of`).
fn acronyms(doc: &Article, out: &mut [RawMention]) {
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if b.first == a.end + 1
            && doc.tok(a.end) == "("
            && b.end < doc.seg.tokens.len()
            && doc.tok(b.end) == ")"
            && b.end - b.first == 1
        {
            let acr = doc.tok(b.first);
            let initials: String = (a.first..a.end)
                .map(|t| doc.tok(t))
                .filter(|w| is_cap(w))
                .filter_map(|w| w.chars().next())
                .collect();
            if acr.chars().all(char::is_uppercase) && acr.len() >= 2 && initials.starts_with(&acr[..1]) {
                if let Referent::Name(_) = out[k].referent {
                    out[k].referent = out[k - 1].referent.clone();
                    out[k].how = MentionSource::Alias;
                    out[k].same_as = Some(k - 1);
                }
            }
        }
    }
}
