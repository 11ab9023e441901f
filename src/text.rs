//! Sentence and token segmentation with byte spans into the document text.
//!
//! Tokens are words (letters, digits, inner apostrophes, hyphens and dots of
//! abbreviations), numbers, and single punctuation marks. A possessive `'s` is its own
//! token so "Blair's" yields "Blair" and "'s". Sentences end at `.`, `!`, `?` (not
//! after a known abbreviation or an initial) and at paragraph breaks (blank lines).

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner `'`, `-` or `.` ("U.S.", "one-on-one", "O'Neill").
    Word,
    /// Digits, possibly with `.`/`,` inside ("2.5", "1,000").
    Number,
    /// A quotation mark: `"`, `“`, `”`, or a `'`/`‘`/`’` used as a quote.
    Quote,
    /// Any other single punctuation or symbol character.
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
}

/// Splits `text` into tokens and sentences.
pub fn segment(text: &str) -> Segmented {
    let tokens = tokenize(text);
    let mut sentences = Vec::new();
    let mut paragraph = 0;
    let mut first = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let mut end_here = false;
        if t.kind == TokenKind::Punct && matches!(t.text(text), "." | "!" | "?") {
            end_here = true;
            // swallow closing quotes right after the full stop
            while i + 1 < tokens.len() && tokens[i + 1].kind == TokenKind::Quote && tokens[i + 1].start == tokens[i].end {
                i += 1;
            }
        }
        let next_para = i + 1 < tokens.len() && has_blank_line(&bytes[tokens[i].end..tokens[i + 1].start]);
        if end_here || next_para || i + 1 == tokens.len() {
            sentences.push(Sentence {
                start: tokens[first].start,
                end: tokens[i].end,
                first_token: first,
                end_token: i + 1,
                paragraph,
            });
            first = i + 1;
            if next_para {
                paragraph += 1;
            }
        }
        i += 1;
    }
    Segmented { tokens, sentences }
}

fn has_blank_line(gap: &[u8]) -> bool {
    gap.iter().filter(|&&b| b == b'\n').count() >= 2
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut it = text.char_indices().peekable();
    while let Some((start, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = start + c.len_utf8();
            let numeric = c.is_ascii_digit();
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    it.next();
                } else if matches!(d, '-' | '\'' | '\u{2019}' | '.' | ',') {
                    let rest = &text[j + d.len_utf8()..];
                    let next = rest.chars().next();
                    if next.is_some_and(|n| n.is_alphanumeric()) && (d != ',' || numeric) && (d != '.' || numeric || next.is_some_and(|n| n.is_alphabetic())) {
                        // possessive 's stays separate
                        if matches!(d, '\'' | '\u{2019}') && (rest.starts_with('s') || rest.starts_with('S')) && !rest[1..].starts_with(char::is_alphanumeric) {
                            break;
                        }
                        it.next();
                        end = j + d.len_utf8();
                    } else if d == '.' && !numeric && text[start..end].contains('.') {
                        it.next();
                        end = j + 1;
                        break;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            out.push(Token { start, end, kind: if numeric { TokenKind::Number } else { TokenKind::Word } });
        } else if matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{2018}' | '\u{2019}' | '\'') {
            let end = start + c.len_utf8();
            if matches!(c, '\'' | '\u{2019}') && text[end..].starts_with(['s', 'S']) && !text[end + 1..].starts_with(char::is_alphanumeric) && out.last().is_some_and(|t: &Token| t.end == start && t.kind == TokenKind::Word) {
                it.next();
                out.push(Token { start, end: end + 1, kind: TokenKind::Word });
            } else {
                out.push(Token { start, end, kind: TokenKind::Quote });
            }
        } else {
            out.push(Token { start, end: start + c.len_utf8(), kind: TokenKind::Punct });
        }
    }
    out
}
