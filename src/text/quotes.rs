//! The quoted passages of a document.

use super::tokenize::*;
use super::{Segmented, Token, TokenKind};

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
pub(super) enum Side {
    Open,
    Close,
    Either,
}

/// Is the quote token `t` a double (`"`, `“`...) rather than a single mark?
pub(super) fn is_double(text: &str, t: &Token) -> bool {
    !matches!(t.text(text), "'" | "\u{2018}" | "\u{2019}")
}

/// The side of a quotation mark: curly marks by their shape, straight ones by what
/// touches them (space or an opening bracket before, a word after: opening).
pub(super) fn side(text: &str, t: &Token) -> Side {
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
pub(super) fn make_quote(tokens: &[Token], open: usize, close: usize, closed: bool) -> Option<Quote> {
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
pub(super) fn pair_singles(text: &str, tokens: &[Token], marks: &[usize], out: &mut Vec<Quote>) -> bool {
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
pub(super) fn pair_singles_greedy(text: &str, tokens: &[Token], marks: &[usize], out: &mut Vec<Quote>) {
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
