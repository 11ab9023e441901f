//! HTML pages: the article's paragraphs, headline, date, outlet and canonical URL.

use super::date::normalize_date;
use super::{assemble, end_paragraph, has_body, no_text, non_empty, normalize, Meta, MAX_HTML_DEPTH};
use crate::model::Document;
use crate::{Error, Result};
use scraper::{ElementRef, Html, Node, Selector};
use std::collections::HashMap;
use std::path::Path;

/// Elements whose content is never article text.
const HTML_DROP: &[&str] = &[
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg", "iframe", "object",
    "embed", "button", "select", "textarea", "canvas", "head", "dialog",
];

/// Elements that end one paragraph and start the next.
const HTML_BLOCK: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "section",
    "article",
    "main",
    "figure",
    "figcaption",
    "address",
    "hr",
    "caption",
    "details",
    "summary",
    "center",
    "body",
];

/// `<meta>` keys (property, name or itemprop, lower case) that carry the publication
/// date, most trusted first.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "og:published_time",
    "parsely-pub-date",
    "sailthru.date",
];

/// Separators sites put between a headline and their name in `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · "];

fn selector(s: &str) -> Selector {
    Selector::parse(s).expect("built-in selector parses")
}

/// An HTML page: the article's paragraphs (boilerplate dropped), headline, date,
/// outlet and canonical URL.
pub(super) fn read_html(name: &Path, id: String, text: &str) -> Result<Document> {
    let depth = html_depth(text);
    if depth > MAX_HTML_DEPTH {
        return Err(Error::bad_input(
            name,
            None,
            format!("HTML nested more than {MAX_HTML_DEPTH} elements deep (docs/reliability.md)"),
        ));
    }
    let html = Html::parse_document(text);
    let meta = html_meta(&html);
    let root = content_root(&html);
    let mut blocks = Blocks::default();
    if let Some(root) = root {
        blocks.walk(root);
    }
    blocks.flush();
    let h1 = html
        .select(&selector("h1"))
        .find(|e| !dropped(e))
        .and_then(|e| non_empty(Some(&e.text().collect::<String>())));
    let title = choose_title(&html, &meta, h1.as_deref());
    if !has_body(&blocks.paragraphs, title.as_deref()) {
        return Err(no_text(name));
    }
    let title = title.map(|t| normalize(&t));
    let text = normalize(&assemble(title.as_deref(), blocks.paragraphs));
    Ok(Document {
        id,
        title,
        date: meta.date,
        source: meta.source,
        url: meta.url,
        text,
    })
}

/// Elements that never hold content (no end tag).
const HTML_VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "keygen", "frame", "basefont", "isindex", "command",
];

/// Elements whose end tag may be left out (the next one closes them): not counted
/// as nesting, so a page of unclosed `<p>` or `<li>` is not "deep".
const HTML_OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt",
    "rp", "rtc", "html", "head", "body", "caption",
];

/// The deepest element nesting of a page, estimated in one linear pass over its tags
/// without building a tree: start tags open, end tags close, void and self-closing
/// elements and elements with optional end tags do not count, comments and the
/// contents of `script`, `style`, `textarea` and `title` are passed over.
pub fn html_depth(text: &str) -> usize {
    let b = text.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = 0;
    let find = |from: usize, pat: &[u8]| -> Option<usize> {
        b.get(from..)?
            .windows(pat.len())
            .position(|w| w.eq_ignore_ascii_case(pat))
            .map(|p| from + p)
    };
    while let Some(off) = b.get(i..).and_then(|r| r.iter().position(|&c| c == b'<')) {
        i += off + 1;
        if b[i..].starts_with(b"!--") {
            i = find(i + 3, b"-->").map_or(b.len(), |p| p + 3);
            continue;
        }
        let close = b.get(i) == Some(&b'/');
        let start = if close { i + 1 } else { i };
        let end = b[start..]
            .iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .map_or(b.len(), |p| start + p);
        if end == start || !b[start].is_ascii_alphabetic() {
            continue; // not a tag: "<", "<!doctype", "<?xml"
        }
        let name = text[start..end].to_ascii_lowercase();
        let tag_end = b[end..].iter().position(|&c| c == b'>').map_or(b.len(), |p| end + p);
        let self_closing = tag_end > end && b[tag_end - 1] == b'/';
        i = tag_end.min(b.len());
        if HTML_VOID.contains(&name.as_str()) || HTML_OPTIONAL_END.contains(&name.as_str()) {
            continue;
        }
        if close {
            depth = depth.saturating_sub(1);
        } else if !self_closing {
            if matches!(
                name.as_str(),
                "script" | "style" | "textarea" | "title" | "xmp" | "plaintext"
            ) {
                // raw text up to the end tag, which is passed over too
                let closing = format!("</{name}");
                i = find(i, closing.as_bytes()).map_or(b.len(), |p| p + closing.len());
                continue;
            }
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

/// The page's `<meta>`, canonical link and JSON-LD facts.
fn html_meta(html: &Html) -> Meta {
    let mut metas: HashMap<String, String> = HashMap::new();
    for m in html.select(&selector("meta")) {
        let e = m.value();
        let Some(content) = non_empty(e.attr("content")) else {
            continue;
        };
        for key in ["property", "name", "itemprop"] {
            if let Some(k) = e.attr(key) {
                metas
                    .entry(k.trim().to_ascii_lowercase())
                    .or_insert_with(|| content.clone());
            }
        }
    }
    let ld = json_ld(html);
    let ld_str = |key: &str| ld.iter().find_map(|v| find_key(v, key));
    let date = metas
        .get("article:published_time")
        .cloned()
        .or_else(|| ld_str("datePublished"))
        .or_else(|| DATE_KEYS.iter().find_map(|k| metas.get(*k).cloned()))
        .or_else(|| {
            html.select(&selector("time[datetime]"))
                .find_map(|t| non_empty(t.value().attr("datetime")))
        })
        .map(|d| normalize_date(&d).unwrap_or(d));
    let url = html
        .select(&selector("link[rel]"))
        .find(|l| {
            l.value()
                .attr("rel")
                .is_some_and(|r| r.split_whitespace().any(|r| r.eq_ignore_ascii_case("canonical")))
        })
        .and_then(|l| non_empty(l.value().attr("href")))
        .or_else(|| metas.get("og:url").cloned());
    let source = metas.get("og:site_name").cloned().or_else(|| {
        ld.iter().find_map(|v| {
            v.get("publisher")
                .and_then(|p| p.get("name"))
                .and_then(|n| non_empty(n.as_str()))
        })
    });
    Meta {
        title: metas.get("og:title").cloned().or_else(|| ld_str("headline")),
        date,
        source,
        url,
    }
}

/// Every JSON-LD block of the page that parses.
fn json_ld(html: &Html) -> Vec<serde_json::Value> {
    html.select(&selector("script[type]"))
        .filter(|s| {
            s.value()
                .attr("type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        })
        .filter_map(|s| serde_json::from_str(&s.text().collect::<String>()).ok())
        .collect()
}

/// The first non-empty string under `key`, searching objects, arrays and `@graph`.
fn find_key(v: &serde_json::Value, key: &str) -> Option<String> {
    match v {
        serde_json::Value::Object(o) => o
            .get(key)
            .and_then(|s| non_empty(s.as_str()))
            .or_else(|| o.values().find_map(|c| find_key(c, key))),
        serde_json::Value::Array(a) => a.iter().find_map(|c| find_key(c, key)),
        _ => None,
    }
}

/// The headline: `<title>` without the site's name tacked on, else og:title, else the
/// first `<h1>`.
fn choose_title(html: &Html, meta: &Meta, h1: Option<&str>) -> Option<String> {
    let tag = html
        .select(&selector("title"))
        .next()
        .and_then(|t| non_empty(Some(&t.text().collect::<String>())));
    let Some(tag) = tag else {
        return meta.title.clone().or_else(|| h1.map(str::to_string));
    };
    // "Headline | Site": the headline is what the h1 or og:title says, or what is
    // left once the site's name is cut off
    for cand in [h1, meta.title.as_deref()].into_iter().flatten() {
        if let Some(rest) = tag.strip_prefix(cand) {
            if rest.is_empty() || TITLE_SEPARATORS.iter().any(|s| rest.starts_with(s)) {
                return Some(cand.to_string());
            }
        }
    }
    if let Some(site) = &meta.source {
        for sep in TITLE_SEPARATORS {
            if let Some(head) = tag.strip_suffix(&format!("{sep}{site}")) {
                return Some(head.trim().to_string());
            }
        }
    }
    Some(tag)
}

/// Whether an element is inside (or is) one of the dropped elements.
fn dropped(e: &ElementRef) -> bool {
    std::iter::once(**e)
        .chain(e.ancestors())
        .filter_map(|n| n.value().as_element())
        .any(|el| HTML_DROP.contains(&el.name()))
}

/// Where the article is: `[itemprop=articleBody]`, else the `<article>` with the most
/// text, else `<main>`, else `<body>`.
fn content_root(html: &Html) -> Option<ElementRef<'_>> {
    if let Some(e) = html.select(&selector("[itemprop=articleBody]")).find(|e| !dropped(e)) {
        return Some(e);
    }
    let article = html
        .select(&selector("article"))
        .filter(|e| !dropped(e))
        .max_by_key(|e| e.text().map(|t| t.trim().len()).sum::<usize>());
    article
        .or_else(|| html.select(&selector("main, [role=main]")).find(|e| !dropped(e)))
        .or_else(|| html.select(&selector("body")).next())
}

/// Paragraphs gathered from a tree walk.
#[derive(Default)]
struct Blocks {
    paragraphs: Vec<String>,
    cur: String,
}

impl Blocks {
    /// Walks the element's subtree in document order with an explicit stack (no
    /// recursion, so no nesting depth can overflow the call stack).
    fn walk(&mut self, root: ElementRef<'_>) {
        enum Step<'a> {
            Enter(ego_tree::NodeRef<'a, Node>),
            Leave,
        }
        let mut stack = vec![Step::Enter(*root)];
        while let Some(step) = stack.pop() {
            let node = match step {
                Step::Leave => {
                    self.flush();
                    continue;
                }
                Step::Enter(node) => node,
            };
            let e = match node.value() {
                Node::Text(t) => {
                    self.push_text(t);
                    continue;
                }
                Node::Element(e) => e,
                _ => continue,
            };
            let name = e.name();
            if HTML_DROP.contains(&name) || e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
                continue;
            }
            if name == "br" {
                let kept = self.cur.trim_end().len();
                self.cur.truncate(kept);
                self.cur.push('\n');
                continue;
            }
            let block = HTML_BLOCK.contains(&name);
            if block {
                self.flush();
                stack.push(Step::Leave);
            }
            // children pushed last first, so they pop in document order
            let mut children: Vec<_> = node.children().collect();
            children.reverse();
            stack.extend(children.into_iter().map(Step::Enter));
        }
    }

    fn push_text(&mut self, t: &str) {
        for (i, word) in t.split(|c: char| c.is_whitespace() && c != '\u{a0}').enumerate() {
            if i > 0 && !self.cur.is_empty() && !self.cur.ends_with([' ', '\n']) {
                self.cur.push(' ');
            }
            self.cur.push_str(word);
        }
    }

    fn flush(&mut self) {
        end_paragraph(&mut self.cur, &mut self.paragraphs);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(s: &str) -> Document {
        read_html(Path::new("page.html"), "page".into(), s).unwrap()
    }

    const PAGE: &str = r#"<!doctype html>
<html><head>
  <title>Lemaire meets Varga in Paris | The Daily Planet</title>
  <meta property="og:site_name" content="The Daily Planet">
  <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
  <link rel="canonical" href="https://planet.example/lemaire-varga">
  <script>var tracking = "Vladimir Putin";</script>
  <style>p { color: red }</style>
</head><body>
  <nav><a href="/">Home</a> <a href="/world">World news</a></nav>
  <header><p>Subscribe today</p></header>
  <article>
    <h1>Lemaire meets Varga in Paris</h1>
    <p>French President Pierre&nbsp;Lemaire met <b>Ilse Varga</b>
       on Tuesday.</p>
    <aside>Related: Scholz visits Kyiv</aside>
    <ul><li>First point</li><li>Second point</li></ul>
    <script>document.write("Olaf Scholz")</script>
  </article>
  <footer>Copyright 2024</footer>
</body></html>"#;

    #[test]
    fn html_depth_counts_nesting_not_tags() {
        assert_eq!(html_depth("<html><body><p>a<p>b<br><img src=x></body></html>"), 0);
        assert_eq!(html_depth("<div><div><span>x</span></div><div></div></div>"), 3);
        assert_eq!(html_depth("<div><script>if (a<b) { '<div><div>' }</script></div>"), 1);
        assert_eq!(html_depth("<!-- <div><div> --><div/><div>"), 1);
        assert_eq!(html_depth(&"<div>".repeat(1000)), 1000);
        assert_eq!(html_depth("<a<a<a"), 1);
    }

    #[test]
    fn walk_is_iterative() {
        // deeper than a recursive walk could go on a small stack, under the limit
        let page = format!(
            "<body>{}<p>Deep text.</p>{}</body>",
            "<span>".repeat(500),
            "</span>".repeat(500)
        );
        let d = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || html(&page))
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(d.text, "Deep text.");
    }

    #[test]
    fn html_keeps_article_text_and_drops_boilerplate() {
        let d = html(PAGE);
        assert_eq!(
            d.text,
            "Lemaire meets Varga in Paris\n\n\
             French President Pierre Lemaire met Ilse Varga on Tuesday.\n\n\
             First point\n\nSecond point"
        );
        for gone in ["Putin", "Scholz", "Home", "Subscribe", "Copyright", "color"] {
            assert!(!d.text.contains(gone), "{gone} leaked into {:?}", d.text);
        }
    }

    #[test]
    fn html_metadata() {
        let d = html(PAGE);
        assert_eq!(d.title.as_deref(), Some("Lemaire meets Varga in Paris"));
        assert_eq!(d.date.as_deref(), Some("2024-03-05"));
        assert_eq!(d.source.as_deref(), Some("The Daily Planet"));
        assert_eq!(d.url.as_deref(), Some("https://planet.example/lemaire-varga"));
    }

    #[test]
    fn html_falls_back_to_time_and_og_url_and_h1() {
        let d = html(
            r#"<html><head><meta property="og:url" content="https://x.example/a"></head>
            <body><h1>Talks in Ankara</h1>
            <p>Posted <time datetime="2023-11-02">2 Nov</time></p>
            <p>Erdogan hosted Lula.</p></body></html>"#,
        );
        assert_eq!(d.title.as_deref(), Some("Talks in Ankara"));
        assert_eq!(d.date.as_deref(), Some("2023-11-02"));
        assert_eq!(d.url.as_deref(), Some("https://x.example/a"));
        assert_eq!(d.source, None);
        assert_eq!(d.text, "Talks in Ankara\n\nPosted 2 Nov\n\nErdogan hosted Lula.");
    }

    #[test]
    fn html_meta_name_date_and_json_ld() {
        let d = html(
            r#"<html><head><title>Summit</title><meta name="date" content="March 7, 2022">
            </head><body><p>Text.</p></body></html>"#,
        );
        assert_eq!(d.date.as_deref(), Some("2022-03-07"));
        let d = html(
            r#"<html><head><title>Summit</title><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle",
             "datePublished":"2021-06-16T12:00:00Z","publisher":{"name":"Wire"}}
            </script></head><body><p>Biden met Putin in Geneva.</p></body></html>"#,
        );
        assert_eq!(d.date.as_deref(), Some("2021-06-16"));
        assert_eq!(d.source.as_deref(), Some("Wire"));
        assert!(!d.text.contains("datePublished"));
    }

    #[test]
    fn html_without_text_is_bad_input() {
        let e = read_html(
            Path::new("x.html"),
            "x".into(),
            "<html><body><script>1</script><nav>menu</nav></body></html>",
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "x.html: no article text found");
    }
}
