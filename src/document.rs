//! Readers for every input form: `.txt`, `.md`, `.html`/`.htm`, `.jsonl`, directories
//! (recursive, sorted) and `-` (standard input) -> `Document`.
//!
//! Every reader ends in the same normalised text (LF line ends, no NBSP) with the
//! headline, when there is one, as its first paragraph. Bad inputs are `Error::BadInput`
//! naming the file (and line); `ReadOptions::skip_bad` turns them into warnings.
//! The rules are written down for users in docs/inputs.md.

use crate::io::{check_one_stdin, display_name, is_stdin};
use crate::model::Document;
use crate::{Error, Result};
use scraper::{ElementRef, Html, Node, Selector};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// File extensions (lower case) read when walking a directory.
pub const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm", "jsonl", "ndjson"];

/// Options for reading inputs.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Turn bad inputs into warnings (counted in `Loaded::skipped`) instead of errors.
    pub skip_bad: bool,
}

/// What reading the inputs produced.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The documents, in input order.
    pub documents: Vec<Document>,
    /// Bad inputs passed over with `skip_bad`, each as its one-line message.
    pub skipped: Vec<String>,
}

/// Whether an error is about one input (and so may be skipped with `--skip-bad`).
fn skippable(e: &Error) -> bool {
    matches!(e, Error::BadInput { .. } | Error::Io { .. })
}

/// Reads every input (files, directories, `-`) into documents. Document ids must be unique.
pub fn read_inputs(inputs: &[PathBuf], opts: &ReadOptions) -> Result<Loaded> {
    let mut loaded = Loaded::default();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    check_one_stdin(inputs)?;
    let skip = |e: Error, loaded: &mut Loaded| -> Result<()> {
        if opts.skip_bad && skippable(&e) {
            loaded.skipped.push(e.to_string());
            Ok(())
        } else {
            Err(e)
        }
    };
    for input in inputs {
        let files = match expand(input) {
            Ok(files) => files,
            Err(e) => {
                skip(e, &mut loaded)?;
                continue;
            }
        };
        for file in files {
            let read = match read_source(&file, opts.skip_bad) {
                Ok(read) => read,
                Err(e) => {
                    skip(e, &mut loaded)?;
                    continue;
                }
            };
            for e in read.problems {
                skip(e, &mut loaded)?;
            }
            for (d, place) in read.documents {
                if let Some(first) = seen.insert(d.id.clone(), place.clone()) {
                    return Err(Error::DuplicateDocument {
                        id: d.id,
                        first,
                        second: place,
                    });
                }
                loaded.documents.push(d);
            }
        }
    }
    Ok(loaded)
}

/// Reads one file (or `-`) into its documents; any bad line is an error.
pub fn read_file(path: &Path) -> Result<Vec<Document>> {
    let read = read_source(path, false)?;
    Ok(read.documents.into_iter().map(|(d, _)| d).collect())
}

/// The forms an article can come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum InputKind {
    /// Plain text; the first line is the headline when a blank line follows it.
    Text,
    /// Markdown (CommonMark, YAML front matter allowed).
    Markdown,
    /// An HTML page.
    Html,
    /// JSON Lines: one article object per line.
    JsonLines,
}

impl InputKind {
    /// The kind a file name stands for; unknown extensions are plain text.
    fn from_path(path: &Path) -> InputKind {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase());
        match ext.as_deref() {
            Some("md" | "markdown") => InputKind::Markdown,
            Some("html" | "htm") => InputKind::Html,
            Some("jsonl" | "ndjson") => InputKind::JsonLines,
            _ => InputKind::Text,
        }
    }

    /// The kind of text read from standard input: JSON Lines if it starts with `{`,
    /// HTML if it starts with a doctype or `<html`, plain text otherwise.
    fn sniff(text: &str) -> InputKind {
        let head = text.trim_start();
        let lower: String = head.chars().take(14).collect::<String>().to_ascii_lowercase();
        if head.starts_with('{') {
            InputKind::JsonLines
        } else if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
            InputKind::Html
        } else {
            InputKind::Text
        }
    }
}

/// The files an input stands for: itself, or a directory's article files, sorted.
fn expand(input: &Path) -> Result<Vec<PathBuf>> {
    if is_stdin(input) {
        return Ok(vec![input.to_path_buf()]);
    }
    let meta = std::fs::metadata(input).map_err(|e| Error::io(input, e))?;
    if !meta.is_dir() {
        return Ok(vec![input.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut visited = HashSet::new();
    let mut stack = vec![input.to_path_buf()];
    while let Some(dir) = stack.pop() {
        // a symlink back up the tree must not loop forever
        if let Ok(real) = std::fs::canonicalize(&dir) {
            if !visited.insert(real) {
                continue;
            }
        }
        for entry in std::fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))? {
            let entry = entry.map_err(|e| Error::io(&dir, e))?;
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if is_article(&p) {
                out.push(p);
            }
        }
    }
    if out.is_empty() {
        return Err(Error::bad_input(
            input,
            None,
            format!("no article files in directory (looked for .{})", EXTENSIONS.join(", .")),
        ));
    }
    out.sort();
    Ok(out)
}

fn is_article(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// One source's documents, each with the place it came from (`file` or `file:line`),
/// and the bad lines passed over (only when skipping).
struct Read {
    documents: Vec<(Document, String)>,
    problems: Vec<Error>,
}

fn read_source(path: &Path, skip_bad: bool) -> Result<Read> {
    let name = display_name(path);
    let bytes = crate::io::read_bytes(path)?;
    check_bytes(&name, &bytes)?;
    let kind = if is_stdin(path) {
        InputKind::sniff(&String::from_utf8_lossy(&bytes[..bytes.len().min(64)]))
    } else {
        InputKind::from_path(path)
    };
    if kind == InputKind::JsonLines {
        // decoded line by line, so that one bad line can be skipped alone
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        let lines = bytes
            .split(|&b| b == b'\n')
            .enumerate()
            .map(|(i, l)| match std::str::from_utf8(l) {
                Ok(s) => Ok(normalize(s)),
                Err(_) => Err(Error::bad_input(&name, Some(i + 1), "invalid UTF-8")),
            })
            .collect();
        return read_jsonl(&name, lines, skip_bad);
    }
    let text = decode(&name, &bytes)?;
    let id = stem(path);
    let doc = match kind {
        InputKind::Markdown => read_markdown(&name, id, &text)?,
        InputKind::Html => read_html(&name, id, &text)?,
        _ => read_text(&name, id, &text)?,
    };
    Ok(Read {
        documents: vec![(doc, name.display().to_string())],
        problems: Vec::new(),
    })
}

/// Refuses empty and binary files before any decoding.
fn check_bytes(name: &Path, bytes: &[u8]) -> Result<()> {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(Error::bad_input(name, None, "UTF-16 text; convert it to UTF-8"));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        return Err(Error::bad_input(name, Some(line), "binary file (contains NUL bytes)"));
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if body.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::bad_input(name, None, "empty file"));
    }
    Ok(())
}

/// UTF-8 text of a whole file, normalised; the error names the first bad line.
fn decode(name: &Path, bytes: &[u8]) -> Result<String> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(normalize(s.strip_prefix('\u{feff}').unwrap_or(s))),
        Err(e) => {
            let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(Error::bad_input(name, Some(line), "invalid UTF-8"))
        }
    }
}

/// The one text normalisation every reader applies: CRLF and lone CR to LF, NBSP to space.
pub fn normalize(s: &str) -> String {
    if !s.contains(['\r', '\u{a0}']) {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace(['\r'], "\n").replace('\u{a0}', " ")
}

fn stem(path: &Path) -> String {
    if is_stdin(path) {
        return "stdin".to_string();
    }
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "document".into())
}

fn no_text(name: &Path) -> Error {
    Error::bad_input(name, None, "no article text found")
}

/// A headline is one line; a "first line" longer than this is a paragraph.
const MAX_HEADLINE_CHARS: usize = 300;

/// A plain-text article: the first line is the headline when a blank line follows it
/// and it does not end like a sentence.
fn read_text(name: &Path, id: String, text: &str) -> Result<Document> {
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

/// Metadata found in a page or a front matter block, before it is chosen from.
#[derive(Default)]
struct Meta {
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
    url: Option<String>,
}

/// Joins paragraphs into the document text, the title first (unless the body already
/// starts with it).
fn assemble(title: Option<&str>, paragraphs: Vec<String>) -> String {
    let mut out: Vec<String> = Vec::with_capacity(paragraphs.len() + 1);
    if let Some(t) = title {
        if paragraphs.first().map(|p| p.as_str()) != Some(t) {
            out.push(t.to_string());
        }
    }
    out.extend(paragraphs);
    out.join("\n\n")
}

/// Ends the paragraph gathered in `cur`: its lines trimmed, blank ones dropped, and
/// the rest added to `paragraphs` unless nothing is left; `cur` is emptied.
fn end_paragraph(cur: &mut String, paragraphs: &mut Vec<String>) {
    let p = cur
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    if !p.is_empty() {
        paragraphs.push(p);
    }
    cur.clear();
}

/// Collapses runs of whitespace to one space and trims.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn non_empty(s: Option<&str>) -> Option<String> {
    s.map(squash).filter(|s| !s.is_empty())
}

/// A Markdown article: the first `# ` heading (or a front matter `title`) is the
/// headline; links keep their text, images, code blocks and raw HTML are dropped.
fn read_markdown(name: &Path, id: String, text: &str) -> Result<Document> {
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
    if paragraphs.is_empty() && title.is_none() {
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
fn read_html(name: &Path, id: String, text: &str) -> Result<Document> {
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
    if blocks.paragraphs.is_empty() && title.is_none() {
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
    fn walk(&mut self, el: ElementRef<'_>) {
        let e = el.value();
        let name = e.name();
        if HTML_DROP.contains(&name) || e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
            return;
        }
        if name == "br" {
            let kept = self.cur.trim_end().len();
            self.cur.truncate(kept);
            self.cur.push('\n');
            return;
        }
        let block = HTML_BLOCK.contains(&name);
        if block {
            self.flush();
        }
        for c in el.children() {
            match c.value() {
                Node::Text(t) => self.push_text(t),
                Node::Element(_) => {
                    if let Some(child) = ElementRef::wrap(c) {
                        self.walk(child);
                    }
                }
                _ => {}
            }
        }
        if block {
            self.flush();
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

/// One JSON line: `id` and `text` required, the rest optional, unknown keys ignored.
#[derive(serde::Deserialize)]
struct JsonArticle {
    id: Option<serde_json::Value>,
    title: Option<String>,
    text: Option<String>,
    date: Option<String>,
    url: Option<String>,
    source: Option<String>,
}

/// JSON Lines: one article per non-blank line. Bad lines are errors, or with
/// `skip_bad` problems handed back while the good lines are kept.
fn read_jsonl(name: &Path, lines: Vec<Result<String>>, skip_bad: bool) -> Result<Read> {
    let mut read = Read {
        documents: Vec::new(),
        problems: Vec::new(),
    };
    let mut seen_lines = 0;
    for (i, line) in lines.into_iter().enumerate() {
        let parsed = line.and_then(|line| {
            if line.trim().is_empty() {
                return Ok(None);
            }
            seen_lines += 1;
            json_article(name, i + 1, &line).map(Some)
        });
        match parsed {
            Ok(Some(doc)) => read.documents.push((doc, format!("{}:{}", name.display(), i + 1))),
            Ok(None) => {}
            Err(e) if skip_bad => read.problems.push(e),
            Err(e) => return Err(e),
        }
    }
    if seen_lines == 0 && read.problems.is_empty() {
        return Err(Error::bad_input(name, None, "empty file"));
    }
    Ok(read)
}

fn json_article(name: &Path, line_no: usize, line: &str) -> Result<Document> {
    let bad = |m: String| Error::bad_input(name, Some(line_no), m);
    let a: JsonArticle = serde_json::from_str(line).map_err(|e| {
        let msg = e.to_string();
        let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
        bad(format!("malformed JSON line (column {}): {msg}", e.column()))
    })?;
    let id = match a.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => return Err(bad("JSON line has no `id` (a string or number)".into())),
    };
    let body = a
        .text
        .filter(|t| !t.trim().is_empty())
        .ok_or_else(|| bad("JSON line has no `text`".into()))?;
    let body = normalize(&body);
    let title = non_empty(a.title.as_deref()).map(|t| normalize(&t));
    let text = match &title {
        Some(t) if !body.trim_start().starts_with(t.as_str()) => format!("{t}\n\n{body}"),
        _ => body,
    };
    Ok(Document {
        id,
        title,
        date: non_empty(a.date.as_deref()).map(|d| normalize_date(&d).unwrap_or(d)),
        source: non_empty(a.source.as_deref()),
        url: non_empty(a.url.as_deref()),
        text,
    })
}

/// English month names; a date word matches on its first three letters.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A date as `YYYY-MM-DD`, from ISO 8601 (`2024-03-05T10:00:00Z`), `2024/03/05`,
/// `20240305`, RFC 2822 (`Tue, 05 Mar 2024 10:00:00 GMT`) or written out
/// (`March 5, 2024`, `5 March 2024`). `None` when it cannot be read without guessing
/// (`03/05/2024` is day-first in some places, month-first in others).
pub fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    // year first: 2024-03-05, 2024/3/5, 2024.03.05, with anything after
    let head: Vec<&str> = s
        .split(['T', ' '])
        .next()
        .unwrap_or("")
        .splitn(3, ['-', '/', '.'])
        .collect();
    if head.len() == 3 && head[0].len() == 4 && head.iter().all(|t| digits(t)) {
        return ymd(head[0].parse().ok()?, head[1].parse().ok()?, head[2].parse().ok()?);
    }
    let compact = s.split('T').next().unwrap_or("");
    if compact.len() == 8 && digits(compact) {
        return ymd(
            compact[..4].parse().ok()?,
            compact[4..6].parse().ok()?,
            compact[6..].parse().ok()?,
        );
    }
    // written out: a month name, a day number and a four-digit year, in any order
    let tokens: Vec<&str> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    let month_at = tokens.iter().position(|t| {
        let t = t.to_ascii_lowercase();
        t.len() >= 3
            && t.bytes().all(|b| b.is_ascii_alphabetic())
            && MONTHS
                .iter()
                .any(|m| m.starts_with(&t[..3]) && (m.starts_with(&t) || t == "sept"))
    })?;
    let month = {
        let t = tokens[month_at].to_ascii_lowercase();
        MONTHS.iter().position(|m| m.starts_with(&t[..3]))? as u32 + 1
    };
    let year_at = tokens.iter().position(|t| t.len() == 4 && digits(t))?;
    let day_of = |t: &str| -> Option<u32> {
        let t = t.to_ascii_lowercase();
        let d = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| t.strip_suffix(s))
            .unwrap_or(&t);
        (d.len() <= 2 && digits(d)).then(|| d.parse().ok())?
    };
    let day = tokens[..year_at.max(month_at)]
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != month_at)
        .find_map(|(_, t)| day_of(t))
        .or_else(|| tokens[month_at + 1..].iter().find_map(|t| day_of(t)))?;
    ymd(tokens[year_at].parse().ok()?, month, day)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<String> {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&d).then(|| format!("{y:04}-{m:02}-{d:02}"))
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

    #[test]
    fn dates() {
        for (raw, want) in [
            ("2024-03-05T09:30:00+01:00", Some("2024-03-05")),
            ("2024/3/5", Some("2024-03-05")),
            ("20240305", Some("2024-03-05")),
            ("Tue, 05 Mar 2024 10:00:00 GMT", Some("2024-03-05")),
            ("March 5, 2024", Some("2024-03-05")),
            ("5th Sept 2024", Some("2024-09-05")),
            ("2023-02-29", None),
            ("03/05/2024", None),
            ("yesterday", None),
        ] {
            assert_eq!(normalize_date(raw).as_deref(), want, "{raw}");
        }
    }

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

    #[test]
    fn normalize_line_ends_and_nbsp() {
        assert_eq!(normalize("a\r\nb\rc\u{a0}d"), "a\nb\nc d");
    }
}
