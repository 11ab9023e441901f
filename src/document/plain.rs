//! Plain-text articles.

use super::no_text;
use crate::model::Document;
use crate::Result;
use std::path::Path;

/// A headline is one line; a "first line" longer than this is a paragraph.
const MAX_HEADLINE_CHARS: usize = 300;

/// A plain-text article: the first line is the headline when a blank line follows it
/// and it does not end like a sentence.
pub(super) fn read_text(name: &Path, id: String, text: &str) -> Result<Document> {
    if text.trim().is_empty() {
        return Err(no_text(name));
    }
    let mut lines = text.trim_start_matches('\n').splitn(3, '\n');
    let first = lines.next().unwrap_or("").trim();
    let blank = lines.next().is_some_and(|l| l.trim().is_empty());
    let body = lines.next().is_some_and(|rest| !rest.trim().is_empty());
    // a headline does not end like a sentence ("Blair 'pressing US on climate'")
    let sentence = first.ends_with(['.', '!', '?']) || first.ends_with(".\"") || first.ends_with(".\u{201D}");
    let title = (blank && body && !first.is_empty() && !sentence && first.chars().count() <= MAX_HEADLINE_CHARS)
        .then(|| first.to_string());
    Ok(Document {
        id,
        title,
        date: None,
        source: None,
        url: None,
        text: text.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_headline_needs_a_blank_line() {
        let p = Path::new("t.txt");
        let d = read_text(p, "t".into(), "Headline\n\nBody.\n").unwrap();
        assert_eq!(d.title.as_deref(), Some("Headline"));
        let d = read_text(p, "t".into(), "Line one\nline two\n").unwrap();
        assert_eq!(d.title, None);
        let d = read_text(p, "t".into(), "Only a line\n\n").unwrap();
        assert_eq!(d.title, None);
    }
}
