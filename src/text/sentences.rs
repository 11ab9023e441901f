//! Sentence boundaries and paragraphs.

use super::lists::*;
use super::tokenize::*;
use super::{Segmented, Sentence, Token, TokenKind};

/// Is `t` a mark that may end a sentence: `.`, `!`, `?`, `...`, `…`, or a word ending in `.`?
pub(super) fn is_terminal(text: &str, t: &Token) -> bool {
    match t.kind {
        TokenKind::Punct => matches!(t.text(text), "." | "!" | "?" | "..." | "\u{2026}"),
        TokenKind::Word => t.text(text).ends_with('.'),
        _ => false,
    }
}

/// May `t`, right after a sentence-final mark, close it (a closing quote or bracket, or
/// more final marks)?
pub(super) fn is_closer(text: &str, t: &Token) -> bool {
    match t.kind {
        TokenKind::Quote => !matches!(t.text(text), "\u{201C}" | "\u{2018}" | "\u{00AB}" | "\u{201E}"),
        TokenKind::Punct => matches!(t.text(text), ")" | "]" | "}" | "." | "!" | "?" | "..." | "\u{2026}"),
        _ => false,
    }
}

pub(super) fn starts_lowercase(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word && t.text(text).chars().next().is_some_and(char::is_lowercase)
}

/// Is `t` a single-letter initial ("W.")?
pub(super) fn is_initial(text: &str, t: &Token) -> bool {
    let s = t.text(text);
    t.kind == TokenKind::Word
        && s.ends_with('.')
        && s[..s.len() - 1].chars().count() == 1
        && s.chars().next().is_some_and(char::is_uppercase)
}

/// The rule for the sentence-final mark `tokens[i]`.
pub(super) fn rule_for(text: &str, tokens: &[Token], i: usize, lists: &Lists) -> Rule {
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
pub(super) fn ends_before(text: &str, tokens: &[Token], i: usize, next: &Token, closed: bool) -> bool {
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
pub(super) fn newlines(gap: &[u8]) -> usize {
    let n = gap.iter().filter(|&&b| b == b'\n').count();
    if n == 0 {
        gap.iter().filter(|&&b| b == b'\r').count()
    } else {
        n
    }
}

/// Does the trimmed line end with sentence-final punctuation (closing quotes and
/// brackets aside)?
pub(super) fn ends_with_final_punct(line: &str) -> bool {
    let t = line.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}' | '\u{00BB}')
    });
    t.ends_with(['.', '!', '?', '\u{2026}', ':'])
}

/// If `text` is hard-wrapped at a fixed width (at least three long lines run on into
/// the next line without final punctuation), the width: its longest line.
pub(super) fn wrap_width(text: &str) -> Option<usize> {
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
pub(super) fn line_break_ends(text: &str, t: &Token, next: &Token, line_start: usize, wrap: Option<usize>) -> bool {
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
