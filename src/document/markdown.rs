//! Markdown articles (CommonMark, YAML front matter allowed).

use super::date::normalize_date;
use super::{assemble, end_paragraph, has_body, no_text, non_empty, Meta};
use crate::model::Document;
use crate::Result;
use std::path::Path;

/// A Markdown article: the first `# ` heading (or a front matter `title`) is the
/// headline; links keep their text, images, code blocks and raw HTML are dropped.
pub(super) fn read_markdown(name: &Path, id: String, text: &str) -> Result<Document> {
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
    let opts = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES;
    let mut paragraphs: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut hidden = 0usize; // inside a code block or an image
    let mut front = String::new();
    let mut in_front = false;
    let mut in_h1 = false;
    let mut h1: Option<String> = None;
    for ev in Parser::new_ext(text, opts) {
        match ev {
            Event::Start(Tag::MetadataBlock(_)) => in_front = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_front = false,
            Event::Text(t) if in_front => front.push_str(&t),
            Event::Start(Tag::CodeBlock(_) | Tag::Image { .. }) => hidden += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::Image) => hidden = hidden.saturating_sub(1),
            _ if hidden > 0 => {}
            Event::Start(Tag::Heading { level, .. }) => {
                end_paragraph(&mut cur, &mut paragraphs);
                in_h1 = level == HeadingLevel::H1 && h1.is_none();
            }
            Event::End(TagEnd::Heading(_)) => {
                if in_h1 {
                    h1 = non_empty(Some(&cur));
                    in_h1 = false;
                }
                end_paragraph(&mut cur, &mut paragraphs);
            }
            Event::Start(
                Tag::Paragraph
                | Tag::Item
                | Tag::List(_)
                | Tag::BlockQuote(_)
                | Tag::TableRow
                | Tag::TableHead
                | Tag::FootnoteDefinition(_),
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::List(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::FootnoteDefinition,
            ) => end_paragraph(&mut cur, &mut paragraphs),
            Event::End(TagEnd::TableCell) => cur.push_str("; "),
            Event::Text(t) | Event::Code(t) => cur.push_str(&t),
            Event::SoftBreak => cur.push(' '),
            Event::HardBreak => cur.push('\n'),
            _ => {}
        }
    }
    end_paragraph(&mut cur, &mut paragraphs);
    for p in paragraphs.iter_mut() {
        if let Some(s) = p.strip_suffix(";") {
            *p = s.trim_end().to_string();
        }
    }
    let meta = front_matter(&front);
    let title = meta.title.or(h1);
    if !has_body(&paragraphs, title.as_deref()) {
        return Err(no_text(name));
    }
    let text = assemble(title.as_deref(), paragraphs);
    Ok(Document {
        id,
        title,
        date: meta.date.map(|d| normalize_date(&d).unwrap_or(d)),
        source: meta.source,
        url: meta.url,
        text,
    })
}

/// The few YAML front matter keys that matter (`key: value` lines, quotes dropped).
fn front_matter(yaml: &str) -> Meta {
    let mut m = Meta::default();
    for line in yaml.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let v = value.trim();
        let v = v
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
            .unwrap_or(v);
        let Some(v) = non_empty(Some(v)) else {
            continue;
        };
        let slot = match key.trim().to_ascii_lowercase().as_str() {
            "title" | "headline" => &mut m.title,
            "date" | "published" | "publishdate" | "pubdate" | "published_at" => &mut m.date,
            "source" | "site" | "publisher" => &mut m.source,
            "url" | "canonical" | "canonical_url" | "link" => &mut m.url,
            _ => continue,
        };
        slot.get_or_insert(v);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_strips_syntax() {
        let d = read_markdown(
            Path::new("a.md"),
            "a".into(),
            "---\ndate: 2024-01-02\n---\n# Big *news* today\n\nThe [UN](https://un.org) said **no**.\n\n\
             ```\nlet x = \"Putin\";\n```\n\n- one\n- `two`\n\n![photo of Scholz](s.jpg)\n",
        )
        .unwrap();
        assert_eq!(d.title.as_deref(), Some("Big news today"));
        assert_eq!(d.date.as_deref(), Some("2024-01-02"));
        assert_eq!(d.text, "Big news today\n\nThe UN said no.\n\none\n\ntwo");
    }
}
