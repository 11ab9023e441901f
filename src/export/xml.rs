//! Small helpers shared by the XML exports (GraphML, GEXF), which write through
//! quick-xml's [`Writer`](quick_xml::Writer).

use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use std::borrow::Cow;

/// `s` without the characters XML 1.0 cannot carry (C0 controls other than tab,
/// line feed and carriage return, the surrogates' stand-ins, U+FFFE and U+FFFF):
/// each becomes a space, so that a parser never rejects the file.
pub fn clean(s: &str) -> Cow<'_, str> {
    let bad = |c: char| (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{fffe}' || c == '\u{ffff}';
    if s.chars().any(bad) {
        Cow::Owned(s.chars().map(|c| if bad(c) { ' ' } else { c }).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// `s` escaped for a double-quoted attribute value. Besides `& < > "`, tab, line feed
/// and carriage return become character references, because a parser turns literal
/// ones into spaces (XML 1.0, attribute-value normalisation).
pub fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in clean(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

/// Attributes for [`quick_xml::writer::ElementWriter::with_attributes`], values
/// escaped by [`escape_attr`] (quick-xml's own escaping keeps line breaks literal).
pub fn attrs<'a>(pairs: &'a [(&'a str, String)]) -> impl Iterator<Item = Attribute<'a>> + 'a {
    pairs.iter().map(|(k, v)| Attribute::from((k.as_bytes(), v.as_bytes())))
}

/// A `(name, escaped value)` pair for [`attrs`].
pub fn attr(name: &'static str, value: impl AsRef<str>) -> (&'static str, String) {
    (name, escape_attr(value.as_ref()))
}

/// Element text, with the characters XML cannot carry replaced (quick-xml escapes
/// the markup characters).
pub fn text(s: &str) -> BytesText<'static> {
    BytesText::new(&clean(s)).into_owned()
}

/// A writer indenting by two spaces, with the `<?xml ... UTF-8?>` declaration written.
pub fn writer() -> Writer<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .expect("writing to memory");
    w
}

/// The written document as text, with a trailing newline.
pub fn finish(w: Writer<Vec<u8>>) -> String {
    let mut s = String::from_utf8(w.into_inner()).expect("the XML writer writes UTF-8");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_values_keep_line_breaks_and_quotes() {
        assert_eq!(
            escape_attr("a \"b\" <c> & d\ne"),
            "a &quot;b&quot; &lt;c&gt; &amp; d&#10;e"
        );
        assert_eq!(escape_attr("bell\u{7}"), "bell ");
        assert_eq!(clean("ok\ttab"), "ok\ttab");
    }
}
