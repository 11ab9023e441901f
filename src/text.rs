//! Sentence and token segmentation with byte spans into the document text, and the
//! quoted passages of a document.
//!
//! Tokens:
//! - words: letters and digits with inner `'`/`’` ("don't", "O'Neill"), hyphens
//!   ("one-on-one", "al-Qaeda") and `&` ("AT&T"). The full stops of a dotted acronym
//!   ("U.S.", "a.m.", "Ph.D.") and of a single-letter initial ("W." in "George W. Bush")
//!   belong to the word; after any other word, known abbreviations included ("Mr.",
//!   "Gen."), the full stop is its own `Punct` token, so the word matches lexicon
//!   entries written without it.
//! - a possessive `'s`/`’s` is its own `Word` token ("Blair's" -> "Blair", "'s"; so is
//!   the `'s` of "it's"); the apostrophe of a plural possessive ("leaders'") is its own
//!   `Punct` token (a `Quote` instead when it closes a single quote opened on its line).
//! - numbers start with a digit and keep inner `.`/`,` between digits and `:` in times
//!   ("2.5", "1,000", "10:30", "1990s"); "15%" is a number and a `Punct`.
//! - quotation marks are `Quote` tokens: `"`, `“`, `”`, `«`, `»`, `„`, and a `'`/`‘`/`’`
//!   that is not inside a word nor a plural possessive.
//! - everything else is a single-character `Punct`, except `...`, which is one token;
//!   dashes (`-` between spaces, `–`, `—`) are `Punct`.
//!
//! Sentences end at `.`, `!`, `?`, `...`/`…` (taking any closing quotes and brackets
//! right after them), unless the next word is lower case or the full stop belongs to an
//! abbreviation (data/text/abbreviations.tsv says when those end one), and at line
//! breaks: a blank line always (it also starts a new paragraph), a single newline when
//! the line before has no final punctuation, like a headline (but not inside text that
//! is hard-wrapped at a fixed width, nor before a lower-case word).

use std::sync::OnceLock;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner `'`, `-` or `.` ("U.S.", "one-on-one", "O'Neill"),
    /// an initial with its full stop ("W."), or a possessive "'s".
    Word,
    /// Starts with a digit, possibly with `.`/`,` inside ("2.5", "1,000", "1990s").
    Number,
    /// A quotation mark: `"`, `“`, `”`, or a `'`/`‘`/`’` used as a quote.
    Quote,
    /// Any other punctuation or symbol character, `...` as one token, and the
    /// apostrophe of a plural possessive ("leaders'").
    Punct,
}

/// A token: a byte span into the document text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start byte (inclusive).
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Its kind.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        &doc[self.start..self.end]
    }
}

/// A sentence: its byte span, its tokens (a range into `Segmented::tokens`) and paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Start byte of the sentence's first token.
    pub start: usize,
    /// End byte of the sentence's last token.
    pub end: usize,
    /// Index of the first token in `Segmented::tokens`.
    pub first_token: usize,
    /// One past the index of the last token.
    pub end_token: usize,
    /// Index of the paragraph (blank-line separated block) it belongs to.
    pub paragraph: usize,
}

/// A segmented document: every token in order and the sentences over them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmented {
    /// All tokens in text order.
    pub tokens: Vec<Token>,
    /// Sentences in text order; together they cover every token.
    pub sentences: Vec<Sentence>,
}

impl Segmented {
    /// The tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        let s = &self.sentences[i];
        &self.tokens[s.first_token..s.end_token]
    }

    /// The index of the sentence whose span holds byte `pos`, if any (binary search).
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        (i < self.sentences.len() && self.sentences[i].start <= pos).then_some(i)
    }
}

// ---------------------------------------------------------------------------------
// Data: abbreviations and sentence starters (data/text/).

/// When the full stop of an abbreviation ends a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    /// Never ("Mr.", "vs.").
    Never,
    /// Unless a number follows; otherwise `Lower` ("No. 10").
    Number,
    /// Unless a number follows; otherwise `Starter` ("Jan. 5").
    Month,
    /// Only before a sentence starter or an opening quote ("U.S.", "Inc.").
    Starter,
    /// Unless a lower-case word follows ("etc.", "a.m.", and any ordinary word).
    Lower,
    /// A single-letter initial: as `Starter`, but never before another initial.
    Initial,
}

struct Lists {
    /// Abbreviations without their final full stop, sorted.
    abbreviations: Vec<(&'static str, Rule)>,
    /// Sentence starters, sorted.
    starters: Vec<&'static str>,
}

const ABBREVIATIONS: &str = include_str!("../data/text/abbreviations.tsv");
const STARTERS: &str = include_str!("../data/text/sentence-starters.txt");

/// Data lines of an embedded file: no comments, no blanks.
fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn parse_rule(s: &str) -> Option<Rule> {
    Some(match s {
        "never" => Rule::Never,
        "number" => Rule::Number,
        "month" => Rule::Month,
        "starter" => Rule::Starter,
        "lower" => Rule::Lower,
        _ => return None,
    })
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        // Malformed lines are skipped here; a unit test keeps the file clean.
        let mut abbreviations: Vec<(&'static str, Rule)> = data_lines(ABBREVIATIONS)
            .skip(1) // header
            .filter_map(|l| {
                let (word, rule) = l.split_once('\t')?;
                Some((word.strip_suffix('.')?, parse_rule(rule.trim())?))
            })
            .collect();
        abbreviations.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let mut starters: Vec<&'static str> = data_lines(STARTERS).collect();
        starters.sort_unstable();
        Lists {
            abbreviations,
            starters,
        }
    })
}

impl Lists {
    fn abbreviation(&self, word: &str) -> Option<Rule> {
        self.abbreviations
            .binary_search_by(|(w, _)| (*w).cmp(word))
            .ok()
            .map(|i| self.abbreviations[i].1)
    }

    fn is_starter(&self, word: &str) -> bool {
        self.starters.binary_search(&word).is_ok()
    }
}

// ---------------------------------------------------------------------------------
// Tokens.

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text[i..].chars().next()
    }
}

#[inline]
fn char_before(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i.checked_sub(1)?)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text[..i].chars().next_back()
    }
}

#[inline]
fn is_alnum(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric())
}

#[inline]
fn alnum_at(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(is_alnum)
}

/// Invisible characters that separate nothing: zero-width spaces, joiners, soft hyphen, BOM.
#[inline]
fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// A possessive `s` at byte `i` (after an apostrophe): "s" or "S" not followed by a letter.
#[inline]
fn possessive_s_at(text: &str, i: usize) -> bool {
    matches!(text.as_bytes().get(i), Some(b's' | b'S')) && !alnum_at(text, i + 1)
}

/// Number of letters in the run starting at byte `i`, counting at most `max + 1`.
fn letters_at(text: &str, mut i: usize, max: usize) -> (usize, usize) {
    let mut n = 0;
    while n <= max {
        match char_at(text, i) {
            Some(c) if c.is_alphabetic() => {
                n += 1;
                i += c.len_utf8();
            }
            _ => break,
        }
    }
    (n, i)
}

/// A variant suffix at byte `i`: one to three capitals not followed by a letter,
/// digit or full stop ("D" in "Zafi.D"), as opposed to a run-in sentence ("end.The").
fn variant_at(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    let n = b[i.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    (1..=3).contains(&n) && !alnum_at(text, i + n) && b.get(i + n) != Some(&b'.')
}

/// Scans the word or number starting at byte `start`; returns its end and kind.
fn scan_word(text: &str, start: usize) -> (usize, TokenKind) {
    let first = char_at(text, start).unwrap_or(' ');
    let numeric = first.is_ascii_digit() || (!first.is_ascii() && first.is_numeric());
    let mut i = start + first.len_utf8();
    let mut prev = first;
    // Letters in the current dot-separated segment; `dotted` once a `.` joined letters.
    let mut seg = usize::from(first.is_alphabetic());
    let mut dotted = false;
    let mut only_letters = first.is_alphabetic();
    let bytes = text.as_bytes();
    loop {
        // fast path: a run of ASCII letters and digits
        let run = i;
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i > run {
            let letters = bytes[run..i].iter().filter(|b| b.is_ascii_alphabetic()).count();
            seg += letters;
            only_letters &= letters == i - run;
            prev = bytes[i - 1] as char;
        }
        let Some(c) = char_at(text, i) else { break };
        let len = c.len_utf8();
        if is_alnum(c) {
            seg += usize::from(c.is_alphabetic());
            only_letters &= c.is_alphabetic();
            prev = c;
            i += len;
            continue;
        }
        let next = char_at(text, i + len);
        let next_alnum = next.is_some_and(is_alnum);
        match c {
            '-' | '\u{2010}' | '\u{2011}' | '&' if next_alnum && is_alnum(prev) => {
                seg = usize::MAX / 2;
                only_letters = false;
            }
            '\'' | '\u{2019}' if next_alnum && prev.is_alphabetic() => {
                if possessive_s_at(text, i + len) {
                    break;
                }
            }
            '.' => {
                let next = next.unwrap_or(' ');
                if prev.is_ascii_digit() && next.is_ascii_digit() {
                    // decimal
                } else if prev.is_alphabetic() && seg <= 2 && next.is_alphabetic() && {
                    let (n, after) = letters_at(text, i + 1, 2);
                    n <= 2 && !alnum_at(text, after)
                } {
                    dotted = true;
                    seg = 0;
                } else if is_alnum(prev) && !dotted && (next.is_lowercase() || variant_at(text, i + 1)) {
                    // a domain name, a file name or a variant: bbc.co.uk, Zafi.D, Bagle.AT
                    seg = usize::MAX / 2;
                } else if !numeric && only_letters && seg <= 2 && dotted {
                    // final full stop of a dotted acronym: U.S.
                    i += 1;
                    return (continue_after_dot(text, i), TokenKind::Word);
                } else if i == start + first.len_utf8() && first.is_uppercase() && first != 'I' {
                    // an initial: W.
                    return (i + 1, TokenKind::Word);
                } else {
                    break;
                }
                // a dotted acronym's inner dots keep `only_letters`
            }
            ',' | ':' if numeric && prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()) => {}
            _ => break,
        }
        prev = c;
        i += len;
    }
    let kind = if numeric { TokenKind::Number } else { TokenKind::Word };
    (i, kind)
}

/// After a dotted acronym's final full stop, a hyphenated tail stays in the word: "U.S.-led".
fn continue_after_dot(text: &str, i: usize) -> usize {
    if text.as_bytes().get(i) == Some(&b'-') && alnum_at(text, i + 1) {
        let mut j = i + 1;
        while let Some(c) = char_at(text, j) {
            if is_alnum(c) || (c == '-' && alnum_at(text, j + 1)) {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        j
    } else {
        i
    }
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    // An opening single quote is waiting for its close on this line: a trailing
    // apostrophe after an s-word is then that close, not a plural possessive.
    let mut single_open = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let c = if b < 0x80 {
            b as char
        } else {
            text[i..].chars().next().unwrap_or(' ')
        };
        let len = c.len_utf8();
        if b == b'\n' {
            single_open = false;
            i += 1;
            continue;
        }
        if c.is_whitespace() || is_ignorable(c) {
            i += len;
            continue;
        }
        if is_alnum(c) {
            let (end, kind) = scan_word(text, i);
            out.push(Token { start: i, end, kind });
            i = end;
            continue;
        }
        let mut end = i + len;
        let kind = match c {
            '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => TokenKind::Quote,
            '\u{2018}' => {
                single_open = true;
                TokenKind::Quote
            }
            '\'' | '\u{2019}' => {
                let after_word = out
                    .last()
                    .is_some_and(|t| t.end == i && matches!(t.kind, TokenKind::Word | TokenKind::Number));
                let prev = char_before(text, i);
                if after_word && possessive_s_at(text, end) {
                    end += 1;
                    TokenKind::Word
                } else if prev.is_some_and(is_alnum) && !alnum_at(text, end) {
                    // after a word: a closing quote or a plural possessive
                    if single_open {
                        single_open = false;
                        TokenKind::Quote
                    } else if matches!(prev, Some('s' | 'S')) {
                        TokenKind::Punct
                    } else {
                        TokenKind::Quote
                    }
                } else if alnum_at(text, end) {
                    single_open = true;
                    TokenKind::Quote
                } else {
                    single_open = false;
                    TokenKind::Quote
                }
            }
            '.' if bytes[i..].starts_with(b"...") => {
                end = i + 3;
                TokenKind::Punct
            }
            _ => TokenKind::Punct,
        };
        out.push(Token { start: i, end, kind });
        i = end;
    }
    out
}

// ---------------------------------------------------------------------------------
// Sentences.

/// Is `t` a mark that may end a sentence: `.`, `!`, `?`, `...`, `…`, or a word ending in `.`?
fn is_terminal(text: &str, t: &Token) -> bool {
    match t.kind {
        TokenKind::Punct => matches!(t.text(text), "." | "!" | "?" | "..." | "\u{2026}"),
        TokenKind::Word => t.text(text).ends_with('.'),
        _ => false,
    }
}

/// May `t`, right after a sentence-final mark, close it (a closing quote or bracket, or
/// more final marks)?
fn is_closer(text: &str, t: &Token) -> bool {
    match t.kind {
        TokenKind::Quote => !matches!(t.text(text), "\u{201C}" | "\u{2018}" | "\u{00AB}" | "\u{201E}"),
        TokenKind::Punct => matches!(t.text(text), ")" | "]" | "}" | "." | "!" | "?" | "..." | "\u{2026}"),
        _ => false,
    }
}

fn starts_lowercase(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word && t.text(text).chars().next().is_some_and(char::is_lowercase)
}

/// Is `t` a single-letter initial ("W.")?
fn is_initial(text: &str, t: &Token) -> bool {
    let s = t.text(text);
    t.kind == TokenKind::Word
        && s.ends_with('.')
        && s[..s.len() - 1].chars().count() == 1
        && s.chars().next().is_some_and(char::is_uppercase)
}

/// The rule for the sentence-final mark `tokens[i]`.
fn rule_for(text: &str, tokens: &[Token], i: usize, lists: &Lists) -> Rule {
    let t = &tokens[i];
    match t.kind {
        TokenKind::Word => {
            let s = t.text(text);
            let bare = &s[..s.len() - 1];
            lists.abbreviation(bare).unwrap_or(if is_initial(text, t) {
                Rule::Initial
            } else {
                Rule::Starter
            })
        }
        _ if t.text(text) == "." && i > 0 => {
            let p = &tokens[i - 1];
            if p.end == t.start && p.kind == TokenKind::Word {
                lists.abbreviation(p.text(text)).unwrap_or(Rule::Lower)
            } else {
                Rule::Lower
            }
        }
        _ => Rule::Lower,
    }
}

/// Does the sentence end after the mark `tokens[i]`, given the next token `next`?
/// `closed`: a closing quote or bracket came between them.
fn ends_before(text: &str, tokens: &[Token], i: usize, next: &Token, closed: bool) -> bool {
    let lists = lists();
    if is_terminal(text, next) && next.kind == TokenKind::Punct {
        // spaced marks (". . .", "US. .") end where the last of them does
        return false;
    }
    let mut rule = rule_for(text, tokens, i, lists);
    if closed && rule != Rule::Never {
        rule = Rule::Lower;
    }
    let lower = |n: &Token| {
        !(starts_lowercase(text, n)
            || (n.kind == TokenKind::Punct && matches!(n.text(text), "," | ";" | ":" | ")" | "]" | "%")))
    };
    let starter = |n: &Token| match n.kind {
        TokenKind::Word => lists.is_starter(n.text(text)),
        TokenKind::Quote => char_at(text, n.end).is_some_and(char::is_uppercase),
        _ => false,
    };
    match rule {
        Rule::Never => false,
        Rule::Lower => lower(next),
        Rule::Number => next.kind != TokenKind::Number && lower(next),
        Rule::Month => next.kind != TokenKind::Number && starter(next),
        Rule::Starter => starter(next),
        Rule::Initial => !is_initial(text, next) && starter(next),
    }
}

/// Newlines in the whitespace between two tokens (`\r` alone counts for old Mac text).
fn newlines(gap: &[u8]) -> usize {
    let n = gap.iter().filter(|&&b| b == b'\n').count();
    if n == 0 {
        gap.iter().filter(|&&b| b == b'\r').count()
    } else {
        n
    }
}

/// Does the trimmed line end with sentence-final punctuation (closing quotes and
/// brackets aside)?
fn ends_with_final_punct(line: &str) -> bool {
    let t = line.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}' | '\u{00BB}')
    });
    t.ends_with(['.', '!', '?', '\u{2026}', ':'])
}

/// If `text` is hard-wrapped at a fixed width (at least three long lines run on into
/// the next line without final punctuation), the width: its longest line.
fn wrap_width(text: &str) -> Option<usize> {
    let mut run_on = 0;
    let mut width = 0;
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let line = line.trim();
        width = width.max(line.len());
        let next_blank = lines.peek().is_none_or(|l| l.trim().is_empty());
        if !next_blank && line.len() >= 40 && !ends_with_final_punct(line) {
            run_on += 1;
        }
    }
    (run_on >= 3).then_some(width)
}

/// Does a single newline after token `t` (whose line runs from `line_start`) end the
/// sentence before `next`?
fn line_break_ends(text: &str, t: &Token, next: &Token, line_start: usize, wrap: Option<usize>) -> bool {
    if starts_lowercase(text, next)
        || (t.kind == TokenKind::Punct && matches!(t.text(text), "," | ";" | "-" | "(" | "&" | "/"))
    {
        return false;
    }
    match wrap {
        // in wrapped text only a short line (a headline) ends at its newline
        Some(width) => (t.end - line_start) * 3 < width * 2,
        None => true,
    }
}

/// The most tokens one sentence may have. A longer run with no sentence end (a list
/// of thousands of names, a page with no full stops) is cut into pieces of at most
/// this many tokens, at the last comma, semicolon, colon or dash of the piece's second
/// half when there is one, so that no rule ever looks at more than this many tokens at
/// once and extraction stays linear in the length of the text. Real sentences in news
/// rarely pass 80 words (docs/reliability.md).
pub const MAX_SENTENCE_TOKENS: usize = 200;

/// Splits `text` into tokens and sentences (none longer than `MAX_SENTENCE_TOKENS`).
pub fn segment(text: &str) -> Segmented {
    let mut seg = segment_unbounded(text);
    if seg
        .sentences
        .iter()
        .any(|s| s.end_token - s.first_token > MAX_SENTENCE_TOKENS)
    {
        seg.sentences = split_long(text, &seg.tokens, std::mem::take(&mut seg.sentences));
    }
    seg
}

/// Cuts every sentence longer than `MAX_SENTENCE_TOKENS` into pieces (see there).
fn split_long(text: &str, tokens: &[Token], sentences: Vec<Sentence>) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        let mut first = s.first_token;
        while s.end_token - first > MAX_SENTENCE_TOKENS {
            let limit = first + MAX_SENTENCE_TOKENS;
            let cut = (first + MAX_SENTENCE_TOKENS / 2..limit)
                .rev()
                .find(|&i| {
                    tokens[i].kind == TokenKind::Punct
                        && matches!(tokens[i].text(text), "," | ";" | ":" | "-" | "\u{2013}" | "\u{2014}")
                })
                .map_or(limit, |i| i + 1);
            out.push(Sentence {
                start: tokens[first].start,
                end: tokens[cut - 1].end,
                first_token: first,
                end_token: cut,
                paragraph: s.paragraph,
            });
            first = cut;
        }
        out.push(Sentence {
            start: tokens[first].start,
            first_token: first,
            ..s
        });
    }
    out
}

/// Escapes control characters (C0, DEL, C1 and the bidirectional overrides) as `\u{..}`
/// so that ids, titles and file names from hostile input cannot move the cursor,
/// change colours or reorder what a terminal shows. Tabs and newlines are escaped too.
pub fn escape_control(s: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if !s.contains(bad) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if bad(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Text for a terminal: like [`escape_control`], but keeps line breaks and tabs, and,
/// when `keep_colour`, the colour codes (`ESC [ digits ; ... m`) the program itself
/// writes; every other control character is shown as `\u{..}`.
pub fn escape_terminal(s: &str, keep_colour: bool) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| {
        (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if !s.contains(bad) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c == '\u{1b}' && keep_colour {
            let params = rest[2.min(rest.len())..]
                .find(|ch: char| !(ch.is_ascii_digit() || ch == ';'))
                .map(|p| p + 2);
            if rest[1..].starts_with('[') {
                if let Some(end) = params.filter(|&e| rest[e..].starts_with('m')) {
                    out.push_str(&rest[..=end]);
                    rest = &rest[end + 1..];
                    continue;
                }
            }
        }
        if bad(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    std::borrow::Cow::Owned(out)
}

/// Splits `text` into tokens and sentences, however long.
fn segment_unbounded(text: &str) -> Segmented {
    let tokens = tokenize(text);
    let bytes = text.as_bytes();
    let wrap = if bytes.contains(&b'\n') { wrap_width(text) } else { None };
    let mut sentences = Vec::with_capacity(tokens.len() / 16 + 1);
    let mut paragraph = 0;
    let mut first = 0;
    let mut line_start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let mut last = i;
        let terminal = is_terminal(text, &tokens[i]);
        if terminal {
            while last + 1 < tokens.len()
                && tokens[last + 1].start == tokens[last].end
                && is_closer(text, &tokens[last + 1])
            {
                last += 1;
            }
        }
        let mut end = last + 1 == tokens.len();
        let mut new_paragraph = false;
        if let Some(next) = tokens.get(last + 1) {
            let nl = newlines(&bytes[tokens[last].end..next.start]);
            if nl >= 2 {
                end = true;
                new_paragraph = true;
            } else if nl == 1 {
                end = if terminal {
                    // hard-wrapped text may break a line after "Mr."
                    wrap.is_none() || ends_before(text, &tokens, i, next, last > i)
                } else {
                    line_break_ends(text, &tokens[last], next, line_start, wrap)
                };
            } else if terminal {
                end = ends_before(text, &tokens, i, next, last > i);
            }
            if nl > 0 {
                line_start = next.start;
            }
        }
        if end {
            sentences.push(Sentence {
                start: tokens[first].start,
                end: tokens[last].end,
                first_token: first,
                end_token: last + 1,
                paragraph,
            });
            first = last + 1;
        }
        if new_paragraph {
            paragraph += 1;
        }
        i = last + 1;
    }
    Segmented { tokens, sentences }
}

// ---------------------------------------------------------------------------------
// Quotes.

/// A quoted passage: byte span of its content (inside the marks) and the span including marks.
///
/// The content span runs from its first token to its last, so it never starts or ends
/// with whitespace. A passage whose closing mark is missing (`closed == false`) ends at
/// the end of its paragraph, or just before the opening mark of the next passage; in
/// news style a passage that follows one with `closed == false` usually continues the
/// same speaker's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Start byte of the content.
    pub start: usize,
    /// End byte of the content.
    pub end: usize,
    /// Start byte of the opening mark.
    pub outer_start: usize,
    /// End byte of the closing mark, or `end` when there is none.
    pub outer_end: usize,
    /// Whether a closing mark was found.
    pub closed: bool,
}

/// Which way a quotation mark faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Open,
    Close,
    Either,
}

/// Is the quote token `t` a double (`"`, `“`...) rather than a single mark?
fn is_double(text: &str, t: &Token) -> bool {
    !matches!(t.text(text), "'" | "\u{2018}" | "\u{2019}")
}

/// The side of a quotation mark: curly marks by their shape, straight ones by what
/// touches them (space or an opening bracket before, a word after: opening).
fn side(text: &str, t: &Token) -> Side {
    match t.text(text) {
        "\u{201C}" | "\u{2018}" | "\u{00AB}" | "\u{201E}" => return Side::Open,
        "\u{201D}" | "\u{00BB}" => return Side::Close,
        _ => {}
    }
    let prev = char_before(text, t.start);
    let next = char_at(text, t.end);
    let open_before = prev.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '(' | '[' | '{' | '-' | '\u{2013}' | '\u{2014}' | ':' | '/' | '\u{201C}' | '"'
            )
    });
    let space_after = next.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '\u{2013}' | '\u{2014}' | '\u{2026}'
            )
    });
    match (open_before, space_after) {
        (true, false) => Side::Open,
        (false, true) => Side::Close,
        // a ’ between non-spaces is a closing mark; a straight mark is anyone's guess
        _ if t.text(text) == "\u{2019}" => Side::Close,
        _ => Side::Either,
    }
}

/// Builds a quote from its opening mark `open` to token `close` (the closing mark when
/// `closed`, else the last token of the content); `None` if it has no content.
fn make_quote(tokens: &[Token], open: usize, close: usize, closed: bool) -> Option<Quote> {
    let last = if closed { close.checked_sub(1)? } else { close };
    if last <= open {
        return None;
    }
    Some(Quote {
        start: tokens[open + 1].start,
        end: tokens[last].end,
        outer_start: tokens[open].start,
        outer_end: tokens[close].end,
        closed,
    })
}

/// Pairs the single-quote marks `marks` (token indices) if they alternate cleanly
/// open/close; returns whether they did.
fn pair_singles(text: &str, tokens: &[Token], marks: &[usize], out: &mut Vec<Quote>) -> bool {
    if marks.len() % 2 != 0 {
        return false;
    }
    let ok = marks
        .chunks(2)
        .all(|p| side(text, &tokens[p[0]]) != Side::Close && side(text, &tokens[p[1]]) != Side::Open);
    if ok {
        out.extend(marks.chunks(2).filter_map(|p| make_quote(tokens, p[0], p[1], true)));
    }
    ok
}

/// Pairs each closing single mark with the latest opening one before it; marks left
/// over (stray apostrophes) are dropped.
fn pair_singles_greedy(text: &str, tokens: &[Token], marks: &[usize], out: &mut Vec<Quote>) {
    let mut open = None;
    for &m in marks {
        match (side(text, &tokens[m]), open) {
            (Side::Open, _) | (Side::Either, None) => open = Some(m),
            (Side::Close | Side::Either, Some(o)) => {
                out.extend(make_quote(tokens, o, m, true));
                open = None;
            }
            (Side::Close, None) => {}
        }
    }
}

/// Every quoted passage of `text`, in order. News style: a quote left open at the end of a paragraph and re-opened at the start of the next paragraph continues the same speaker's words (mark these as separate Quote items with closed=false on the first).
///
/// Double marks pair across sentences within a paragraph (here any line break that
/// ends a sentence); a second opening mark while one is open ends the first passage
/// unclosed (the "...said. "Next..." style). Single marks count only when they pair up
/// cleanly within a paragraph, or else (dropping strays) within one sentence. Passages are ordered by
/// their opening mark.
pub fn quotes(text: &str, seg: &Segmented) -> Vec<Quote> {
    let tokens = &seg.tokens;
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut singles: Vec<usize> = Vec::new(); // single marks of the current paragraph
    let mut block_first_sentence = 0;
    for (si, s) in seg.sentences.iter().enumerate() {
        for ti in s.first_token..s.end_token {
            let t = &tokens[ti];
            if t.kind != TokenKind::Quote {
                continue;
            }
            if !is_double(text, t) {
                singles.push(ti);
                continue;
            }
            match (side(text, t), open) {
                (Side::Open, Some(o)) => {
                    out.extend(make_quote(tokens, o, ti - 1, false));
                    open = Some(ti);
                }
                (Side::Open | Side::Either, None) => open = Some(ti),
                (Side::Close | Side::Either, Some(o)) => {
                    out.extend(make_quote(tokens, o, ti, true));
                    open = None;
                }
                (Side::Close, None) => {}
            }
        }
        let block_end = seg
            .sentences
            .get(si + 1)
            .is_none_or(|n| bytes[s.end..n.start].contains(&b'\n'));
        if block_end {
            if let Some(o) = open.take() {
                out.extend(make_quote(tokens, o, s.end_token - 1, false));
            }
            if !singles.is_empty() && !pair_singles(text, tokens, &singles, &mut out) {
                for sent in &seg.sentences[block_first_sentence..=si] {
                    let marks: Vec<usize> = singles
                        .iter()
                        .copied()
                        .filter(|&m| m >= sent.first_token && m < sent.end_token)
                        .collect();
                    pair_singles_greedy(text, tokens, &marks, &mut out);
                }
            }
            singles.clear();
            block_first_sentence = si + 1;
        }
    }
    out.sort_by_key(|q| (q.outer_start, std::cmp::Reverse(q.outer_end)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use TokenKind::*;

    fn sents(text: &str) -> Vec<&str> {
        segment(text).sentences.iter().map(|s| &text[s.start..s.end]).collect()
    }

    fn toks(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text).iter().map(|t| (t.text(text), t.kind)).collect()
    }

    fn quoted(text: &str) -> Vec<(&str, bool)> {
        quotes(text, &segment(text))
            .iter()
            .map(|q| (&text[q.start..q.end], q.closed))
            .collect()
    }

    #[test]
    fn data_files_parse_and_are_sorted() {
        let mut prev = "";
        for line in data_lines(ABBREVIATIONS).skip(1) {
            let (word, rule) = line.split_once('\t').expect("two columns");
            assert!(word.ends_with('.'), "{word} lacks its full stop");
            assert!(parse_rule(rule).is_some(), "bad rule {rule:?}");
            assert!(prev < word, "{word} out of order or repeated");
            prev = word;
        }
        let l = lists();
        assert_eq!(l.abbreviation("Mr"), Some(Rule::Never));
        assert_eq!(l.abbreviation("U.S"), Some(Rule::Starter));
        assert_eq!(l.abbreviation("etc"), Some(Rule::Lower));
        assert!(l.is_starter("The") && !l.is_starter("President"));
    }

    #[test]
    fn titles_and_abbreviations_do_not_end_sentences() {
        let text = "Mr. Smith, Mrs. Jones, Ms. Lee, Dr. Brown, Prof. Green, Gen. Black, Col. \
                    White, Lt. Gray, Sgt. Stone, Gov. Hill, Sen. Reed and Rep. Ford met at St. \
                    Paul's with Smith Jr. and Jones Sr. of Acme Inc. and Beta Corp. and Gamma \
                    Ltd. and Delta Co. before the Yankees vs. Red Sox game at No. 10 on Jan. 5, \
                    Feb. 6, Aug. 7, Sept. 8, Oct. 9, Nov. 10 and Dec. 11 with the U.N., the \
                    U.K. and E.U. envoys.";
        assert_eq!(sents(text), vec![text]);
    }

    #[test]
    fn title_stays_a_word_and_its_full_stop_a_punct() {
        assert_eq!(toks("Gen. Jones"), vec![("Gen", Word), (".", Punct), ("Jones", Word)]);
    }

    #[test]
    fn acronym_before_a_sentence_starter_ends_the_sentence() {
        assert_eq!(
            sents("Talks were held in the U.S. The next day he left."),
            vec!["Talks were held in the U.S.", "The next day he left."]
        );
        assert_eq!(
            sents("He flew to the U.K. But nobody met him."),
            vec!["He flew to the U.K.", "But nobody met him."]
        );
        assert_eq!(
            sents("It was built by Acme Inc. They sold it."),
            vec!["It was built by Acme Inc.", "They sold it."]
        );
        // ... but not before a name or title
        let one = "The U.S. President met U.N. Secretary-General Guterres.";
        assert_eq!(sents(one), vec![one]);
    }

    #[test]
    fn acronym_before_an_opening_quote_ends_the_sentence() {
        assert_eq!(
            sents("He lives in the U.S. \"We are ready,\" he said."),
            vec!["He lives in the U.S.", "\"We are ready,\" he said."]
        );
    }

    #[test]
    fn etc_may_end_a_sentence() {
        assert_eq!(
            sents("They sold guns, tanks, etc. Nobody objected. Boats, etc. were not sold."),
            vec![
                "They sold guns, tanks, etc.",
                "Nobody objected.",
                "Boats, etc. were not sold."
            ]
        );
    }

    #[test]
    fn month_abbreviation_before_a_day_does_not_end() {
        assert_eq!(
            sents("It began in Sept. 2004 and ended in Dec. The talks failed."),
            vec!["It began in Sept. 2004 and ended in Dec.", "The talks failed."]
        );
    }

    #[test]
    fn number_abbreviation() {
        assert_eq!(
            sents("He went to No. 10 and said No. Then he left."),
            vec!["He went to No. 10 and said No.", "Then he left."]
        );
    }

    #[test]
    fn am_pm_end_only_before_a_capital() {
        assert_eq!(
            sents("The vote is at 10 a.m. tomorrow. It ends at 6 p.m. The count follows."),
            vec![
                "The vote is at 10 a.m. tomorrow.",
                "It ends at 6 p.m.",
                "The count follows."
            ]
        );
        assert_eq!(toks("6 p.m.")[1], ("p.m.", Word));
    }

    #[test]
    fn initials_are_words_and_do_not_end_sentences() {
        let text = "George W. Bush met J. K. Rowling and A. B. Smith.";
        assert_eq!(sents(text), vec![text]);
        let t = toks(text);
        assert_eq!(t[1], ("W.", Word));
        assert_eq!(t[4], ("J.", Word));
        assert_eq!(t[5], ("K.", Word));
        assert_eq!(t[8], ("A.", Word));
        // an initial-like letter at the end of a sentence
        assert_eq!(
            sents("They chose plan B. The rest failed."),
            vec!["They chose plan B.", "The rest failed."]
        );
        // "I." is the pronoun, not an initial
        assert_eq!(toks("did I.")[2], (".", Punct));
    }

    #[test]
    fn words_keep_inner_apostrophes_hyphens_and_dots() {
        let t = toks("U.S.-led one-on-one al-Qaeda O'Neill don't can’t AT&T Ph.D. U.S.");
        let words: Vec<&str> = t.iter().map(|x| x.0).collect();
        assert_eq!(
            words,
            vec![
                "U.S.-led",
                "one-on-one",
                "al-Qaeda",
                "O'Neill",
                "don't",
                "can’t",
                "AT&T",
                "Ph.D.",
                "U.S."
            ]
        );
        assert!(t.iter().all(|x| x.1 == Word));
    }

    #[test]
    fn inner_full_stop_joins_names_but_not_run_in_sentences() {
        assert_eq!(
            toks("Zafi.D bbc.co.uk end.The"),
            vec![
                ("Zafi.D", Word),
                ("bbc.co.uk", Word),
                ("end", Word),
                (".", Punct),
                ("The", Word)
            ]
        );
        assert_eq!(sents("It spread.The virus"), vec!["It spread.", "The virus"]);
    }

    #[test]
    fn spaced_ellipsis_does_not_break_before_lower_case() {
        let one = "It was a strange match . . . momentum swings, he said.";
        assert_eq!(sents(one), vec![one]);
        assert_eq!(sents("In the US. . Then"), vec!["In the US. .", "Then"]);
    }

    #[test]
    fn possessives_split() {
        assert_eq!(
            toks("Blair's Blair’s U.S.'s leaders' plan"),
            vec![
                ("Blair", Word),
                ("'s", Word),
                ("Blair", Word),
                ("’s", Word),
                ("U.S.", Word),
                ("'s", Word),
                ("leaders", Word),
                ("'", Punct),
                ("plan", Word)
            ]
        );
    }

    #[test]
    fn numbers_and_symbols() {
        assert_eq!(
            toks("2.5 1,000 15% £3.2bn 10:30 in 1989."),
            vec![
                ("2.5", Number),
                ("1,000", Number),
                ("15", Number),
                ("%", Punct),
                ("£", Punct),
                ("3.2bn", Number),
                ("10:30", Number),
                ("in", Word),
                ("1989", Number),
                (".", Punct)
            ]
        );
    }

    #[test]
    fn dashes_are_punct() {
        assert_eq!(
            toks("truce – still — binding - but"),
            vec![
                ("truce", Word),
                ("–", Punct),
                ("still", Word),
                ("—", Punct),
                ("binding", Word),
                ("-", Punct),
                ("but", Word)
            ]
        );
    }

    #[test]
    fn single_quotes_as_quotation_marks_versus_apostrophes() {
        assert_eq!(
            toks("Blair 'pressing US on climate' it's 'Illusory and remote'"),
            vec![
                ("Blair", Word),
                ("'", Quote),
                ("pressing", Word),
                ("US", Word),
                ("on", Word),
                ("climate", Word),
                ("'", Quote),
                ("it", Word),
                ("'s", Word),
                ("'", Quote),
                ("Illusory", Word),
                ("and", Word),
                ("remote", Word),
                ("'", Quote)
            ]
        );
        // an open single quote makes a trailing s' its close, not a possessive
        let t = toks("He called it 'a matter for the states' and left.");
        assert_eq!(t[9], ("'", Quote));
        assert_eq!(toks("“Yes,” ‘no’ \"ok\"").iter().filter(|t| t.1 == Quote).count(), 6);
    }

    #[test]
    fn final_marks_keep_closing_quotes_and_brackets() {
        assert_eq!(
            sents("\"It is urgent.\" Next came Iraq. (He agreed.) Then \"Why?\" he asked."),
            vec![
                "\"It is urgent.\"",
                "Next came Iraq.",
                "(He agreed.)",
                "Then \"Why?\" he asked."
            ]
        );
        let one = "Putin said \"if common sense prevails,\" he would talk.";
        assert_eq!(sents(one), vec![one]);
        assert_eq!(
            sents("He said: “It is over.” Mr Blair left!"),
            vec!["He said: “It is over.”", "Mr Blair left!"]
        );
    }

    #[test]
    fn question_and_exclamation_before_lower_case_do_not_end() {
        assert_eq!(
            sents("\"Why now?\" asked Blair. \"Enough!\" he shouted. Really?! Yes."),
            vec![
                "\"Why now?\" asked Blair.",
                "\"Enough!\" he shouted.",
                "Really?!",
                "Yes."
            ]
        );
    }

    #[test]
    fn ellipsis() {
        assert_eq!(
            sents("He paused... and went on. It was lifted... \"It gives the wrong signal.\""),
            vec![
                "He paused... and went on.",
                "It was lifted...",
                "\"It gives the wrong signal.\""
            ]
        );
        assert_eq!(toks("so…")[1], ("…", Punct));
    }

    #[test]
    fn headlines_and_paragraphs() {
        let text = "Blair congratulates Bush on win\nTony Blair has said he looks forward. \
                    He spoke.\n\n'Illusory and remote'\n\nPutin told Kyiv. It was late";
        let seg = segment(text);
        let got: Vec<(&str, usize)> = seg
            .sentences
            .iter()
            .map(|s| (&text[s.start..s.end], s.paragraph))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Blair congratulates Bush on win", 0),
                ("Tony Blair has said he looks forward.", 0),
                ("He spoke.", 0),
                ("'Illusory and remote'", 1),
                ("Putin told Kyiv.", 2),
                ("It was late", 2)
            ]
        );
    }

    #[test]
    fn blank_line_with_spaces_and_crlf_is_a_paragraph_break() {
        let text = "First line without stop\r\n  \r\nSecond para.";
        let seg = segment(text);
        assert_eq!(seg.sentences.len(), 2);
        assert_eq!(seg.sentences[1].paragraph, 1);
    }

    #[test]
    fn single_newline_before_lower_case_continues() {
        assert_eq!(
            sents("The minister said that\nthe talks would go on."),
            vec!["The minister said that\nthe talks would go on."]
        );
    }

    #[test]
    fn hard_wrapped_text_keeps_sentences_across_lines() {
        let text = "Leaders of thirty Western nations met with Moldovan President\n\
                    Maia Sandu on Thursday     to discuss potential security\n\
                    guarantees for Kyiv under a future peace deal with Russia, seeking\n\
                    to win U.S. support for their plan. The summit was held in Paris\n\
                    and by video link.";
        assert_eq!(sents(text).len(), 2);
        assert!(sents(text)[0].ends_with("their plan."));
        // a short heading line still stands alone
        let with_heading = format!("Summit in Paris\n{text}");
        assert_eq!(sents(&with_heading)[0], "Summit in Paris");
        assert_eq!(sents(&with_heading).len(), 3);
    }

    #[test]
    fn sentence_spans_and_lookup() {
        let text = "  One two.  Three four.";
        let seg = segment(text);
        assert_eq!(seg.sentences[0].start, 2);
        assert_eq!(seg.sentences[1].end, text.len());
        assert_eq!(seg.sentence_tokens(1).len(), 3);
        assert_eq!(seg.sentence_at(3), Some(0));
        assert_eq!(seg.sentence_at(11), None); // between sentences
        assert_eq!(seg.sentence_at(14), Some(1));
        assert_eq!(seg.sentence_at(100), None);
        assert_eq!(segment("").sentences.len(), 0);
        assert_eq!(segment(" \n\n ").tokens.len(), 0);
    }

    #[test]
    fn quotes_across_sentences_and_nested_single_quotes() {
        let text = "\"It is urgent. We must act now,\" he said. \"He called the plan \
                    'illusory and remote' in private,\" she added.";
        assert_eq!(
            quoted(text),
            vec![
                ("It is urgent. We must act now,", true),
                ("He called the plan 'illusory and remote' in private,", true),
                ("illusory and remote", true)
            ]
        );
        let q = quotes(text, &segment(text));
        assert_eq!((q[0].outer_start, &text[q[0].outer_end - 1..q[0].outer_end]), (0, "\""));
        assert_eq!(&text[q[2].outer_start..q[2].outer_end], "'illusory and remote'");
    }

    #[test]
    fn curly_quotes_pair_by_direction() {
        let text = "He said: “We are ready, ‘truly’ ready.” Then he left.";
        assert_eq!(
            quoted(text),
            vec![("We are ready, ‘truly’ ready.", true), ("truly", true)]
        );
    }

    #[test]
    fn quote_continued_across_paragraphs() {
        let text = "\"We will not give in. The war must end.\n\n\"Nobody wants it more than us,\" \
                    he said.\n\nThe summit ended.";
        let q = quotes(text, &segment(text));
        assert_eq!(
            quoted(text),
            vec![
                ("We will not give in. The war must end.", false),
                ("Nobody wants it more than us,", true)
            ]
        );
        assert_eq!(q[0].outer_end, q[0].end);
    }

    #[test]
    fn reopened_quote_in_one_paragraph_ends_the_first() {
        let text = "Adams said: \"This is a huge signal. \"There are still thousands missing.\"";
        assert_eq!(
            quoted(text),
            vec![
                ("This is a huge signal.", false),
                ("There are still thousands missing.", true)
            ]
        );
    }

    #[test]
    fn unpaired_single_quotes_are_not_quotes() {
        // an apostrophe-like mark with no partner: nothing quoted
        assert!(quoted("The leaders' talks and 'em all went on.").is_empty());
        // a single-quoted headline and a possessive in one paragraph
        assert_eq!(
            quoted("Blair 'pressing US on climate' as leaders' talks open"),
            vec![("pressing US on climate", true)]
        );
    }

    #[test]
    fn single_quoted_passage_over_two_sentences_pairs_within_its_paragraph() {
        let text = "'It is urgent. We must act,' he said.\n\nHe left. 'Go', it's 'done.";
        assert_eq!(quoted(text), vec![("It is urgent. We must act,", true), ("Go", true)]);
    }

    #[test]
    fn stray_closing_mark_is_ignored() {
        assert_eq!(quoted("he said.” Then “Yes,” she said."), vec![("Yes,", true)]);
    }

    proptest::proptest! {
        #[test]
        fn segmentation_is_total_and_well_formed(text in "(?s)[a-zA-Z0-9 .,!?'\"“”‘’\n–…é-]{0,120}") {
            let seg = segment(&text);
            let mut prev_end = 0;
            for t in &seg.tokens {
                proptest::prop_assert!(t.start >= prev_end && t.start < t.end && t.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
                prev_end = t.end;
            }
            let mut next = 0;
            for s in &seg.sentences {
                proptest::prop_assert_eq!(s.first_token, next);
                proptest::prop_assert!(s.end_token > s.first_token);
                proptest::prop_assert_eq!(s.start, seg.tokens[s.first_token].start);
                proptest::prop_assert_eq!(s.end, seg.tokens[s.end_token - 1].end);
                next = s.end_token;
            }
            proptest::prop_assert_eq!(next, seg.tokens.len());
            for q in quotes(&text, &seg) {
                proptest::prop_assert!(q.outer_start < q.start && q.start < q.end && q.end <= q.outer_end);
                proptest::prop_assert!(q.outer_end <= text.len());
                proptest::prop_assert!(q.closed || q.end == q.outer_end);
            }
        }
    }
}
