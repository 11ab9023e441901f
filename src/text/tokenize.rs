//! Tokens with byte spans: words, numbers, quotes, punctuation.

use super::{Token, TokenKind};

#[inline]
pub(super) fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text[i..].chars().next()
    }
}

#[inline]
pub(super) fn char_before(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i.checked_sub(1)?)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text[..i].chars().next_back()
    }
}

#[inline]
pub(super) fn is_alnum(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric())
}

#[inline]
pub(super) fn alnum_at(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(is_alnum)
}

/// Invisible characters that separate nothing: zero-width spaces, joiners, soft hyphen, BOM.
#[inline]
pub(super) fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// A possessive `s` at byte `i` (after an apostrophe): "s" or "S" not followed by a letter.
#[inline]
pub(super) fn possessive_s_at(text: &str, i: usize) -> bool {
    matches!(text.as_bytes().get(i), Some(b's' | b'S')) && !alnum_at(text, i + 1)
}

/// Number of letters in the run starting at byte `i`, counting at most `max + 1`.
pub(super) fn letters_at(text: &str, mut i: usize, max: usize) -> (usize, usize) {
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
pub(super) fn variant_at(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    let n = b[i.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    (1..=3).contains(&n) && !alnum_at(text, i + n) && b.get(i + n) != Some(&b'.')
}

/// Scans the word or number starting at byte `start`; returns its end and kind.
pub(super) fn scan_word(text: &str, start: usize) -> (usize, TokenKind) {
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
            // a party and a dotted state in US news: "R-S.C.", "D-N.Y." (one word)
            '-' if i == start + 1
                && first.is_ascii_uppercase()
                && next.is_some_and(|n| n.is_ascii_uppercase())
                && {
                    let (n, after) = letters_at(text, i + 1, 2);
                    n <= 2 && text.as_bytes().get(after) == Some(&b'.')
                } =>
            {
                seg = 0;
            }
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
pub(super) fn continue_after_dot(text: &str, i: usize) -> usize {
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
