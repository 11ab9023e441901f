//! Control characters from hostile input made visible before they reach a terminal.

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
