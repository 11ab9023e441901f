//! Readers for every input form: `.txt`, `.md`, `.html`/`.htm`, `.jsonl`, directories
//! (recursive, sorted) and `-` (standard input) -> `Document`.
//!
//! Every reader ends in the same normalised text (LF line ends, no NBSP) with the
//! headline, when there is one, as its first paragraph. Bad inputs are `Error::BadInput`
//! naming the file (and line); `ReadOptions::skip_bad` turns them into warnings.
//! The rules are written down for users in docs/inputs.md.

use crate::model::Document;
use crate::{Error, Result};
use scraper::{ElementRef, Html, Node, Selector};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

mod stream;
pub use stream::{DocumentStream, Streamed};

/// The most bytes one article may have: a whole `.txt`, `.md` or `.html` file, or one
/// JSON line. A news article is 5-50 KB; anything over this limit is refused with one
/// line naming the file (skipped under `--skip-bad`), before it is read whole, so a
/// `.txt` that is a link to `/dev/zero` cannot exhaust memory (docs/reliability.md).
pub const MAX_ARTICLE_BYTES: usize = 16 * 1024 * 1024;

/// The deepest element nesting an HTML page may have. Real pages nest a few dozen
/// elements deep; the HTML parser's tree building slows down with depth, so a deeper
/// page is refused before it is parsed (docs/reliability.md).
pub const MAX_HTML_DEPTH: usize = 512;

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
    /// Every file read (not `-`), so that an output can refuse to overwrite one.
    pub files: Vec<PathBuf>,
    /// Things passed over whatever the options (a FIFO, socket or device inside an
    /// input directory), each as its one-line message.
    pub warnings: Vec<String>,
}

/// Every file the inputs stand for (directories walked, `-` left out), without
/// reading them: what an output must not overwrite. Inputs that cannot be expanded
/// are left out (reading them reports the error).
pub fn input_files(inputs: &[PathBuf]) -> Vec<PathBuf> {
    let mut ignored = Vec::new();
    inputs
        .iter()
        .filter(|p| !is_stdin(p))
        .flat_map(|p| expand(p, &mut ignored).unwrap_or_default())
        .collect()
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
        let files = match expand(input, &mut loaded.warnings) {
            Ok(files) => files,
            Err(e) => {
                skip(e, &mut loaded)?;
                continue;
            }
        };
        for file in files {
            if !is_stdin(&file) {
                loaded.files.push(file.clone());
            }
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

/// Whether a path stands for standard input (`-`).
pub fn is_stdin(p: &Path) -> bool {
    p.as_os_str() == "-"
}

/// Refuses `-` given more than once: standard input can be read only once.
pub fn check_one_stdin(inputs: &[PathBuf]) -> Result<()> {
    if inputs.iter().filter(|p| is_stdin(p)).count() > 1 {
        return Err(Error::Invalid("`-` (standard input) given more than once".to_string()));
    }
    Ok(())
}

/// How a path is named in messages: `<stdin>` for `-`.
pub fn display(path: &Path) -> PathBuf {
    if is_stdin(path) {
        PathBuf::from("<stdin>")
    } else {
        path.to_path_buf()
    }
}

/// The files an input stands for: itself, or a directory's article files, sorted. Only
/// regular files (or links to them) are taken from a directory: a FIFO would block the
/// run forever and a device never ends, so they are passed over with a warning.
fn expand(input: &Path, warnings: &mut Vec<String>) -> Result<Vec<PathBuf>> {
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
            // metadata follows links: a link to a directory is walked, a link to a
            // device is a device
            let Ok(meta) = std::fs::metadata(&p) else {
                warnings.push(format!("{}: broken link or unreadable entry, not read", p.display()));
                continue;
            };
            if meta.is_dir() {
                stack.push(p);
            } else if is_article(&p) {
                if meta.is_file() {
                    out.push(p);
                } else {
                    warnings.push(format!(
                        "{}: not a regular file ({}), not read",
                        p.display(),
                        file_kind(&meta)
                    ));
                }
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

/// What a non-regular file is, in a word, for messages.
pub fn file_kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
    }
    if meta.is_dir() {
        "a directory"
    } else if meta.is_file() {
        "a regular file"
    } else {
        "a special file"
    }
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
    let name = display(path);
    let mut reader: Box<dyn std::io::BufRead> = if is_stdin(path) {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        Box::new(std::io::BufReader::with_capacity(1 << 16, f))
    };
    let kind = if is_stdin(path) {
        let head = reader.fill_buf().map_err(|e| Error::io(&name, e))?;
        InputKind::sniff(&String::from_utf8_lossy(&head[..head.len().min(64)]))
    } else {
        InputKind::from_path(path)
    };
    if kind == InputKind::JsonLines {
        // streamed line by line: memory is one line, whatever the file's size
        return read_jsonl_stream(&name, reader, skip_bad);
    }
    let bytes = read_capped(&name, &mut reader)?;
    let doc = read_article(&name, kind, stem(path), &bytes)?;
    Ok(Read {
        documents: vec![(doc, name.display().to_string())],
        problems: Vec::new(),
    })
}

/// Reads at most `MAX_ARTICLE_BYTES` (one more tells that the limit is passed).
fn read_capped(name: &Path, reader: impl std::io::Read) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(
        &mut std::io::Read::take(reader, MAX_ARTICLE_BYTES as u64 + 1),
        &mut bytes,
    )
    .map_err(|e| Error::io(name, e))?;
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(too_large(name, None));
    }
    Ok(bytes)
}

fn too_large(name: &Path, line: Option<usize>) -> Error {
    Error::bad_input(
        name,
        line,
        format!(
            "article larger than the {} MiB limit (docs/reliability.md)",
            MAX_ARTICLE_BYTES >> 20
        ),
    )
}

/// One article file's bytes as a document, by the form its name says (`.txt`, `.md`,
/// `.html`, ...; JSON Lines files hold many documents: use [`read_bytes`]).
fn read_article(name: &Path, kind: InputKind, id: String, bytes: &[u8]) -> Result<Document> {
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(too_large(name, None));
    }
    check_bytes(name, bytes)?;
    let text = decode(name, bytes)?;
    match kind {
        InputKind::Markdown => read_markdown(name, id, &text),
        InputKind::Html => read_html(name, id, &text),
        _ => read_text(name, id, &text),
    }
}

/// The documents in one file's bytes, read by the form the file name says (`.jsonl`
/// gives one per line; any bad line is an error). The entry point for fuzzing and for
/// callers that hold the bytes already.
pub fn read_bytes(name: &Path, bytes: &[u8]) -> Result<Vec<Document>> {
    let kind = InputKind::from_path(name);
    if kind == InputKind::JsonLines {
        let read = read_jsonl_stream(name, std::io::BufReader::new(bytes), false)?;
        return Ok(read.documents.into_iter().map(|(d, _)| d).collect());
    }
    Ok(vec![read_article(name, kind, stem(name), bytes)?])
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

/// Whether there is article text besides the headline: a page or a Markdown file
/// with only a title (or only front matter, only a code block) is not an article.
fn has_body(paragraphs: &[String], title: Option<&str>) -> bool {
    paragraphs.iter().any(|p| Some(p.as_str()) != title)
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

/// JSON Lines: one article per non-blank line, read as a stream (one line in memory
/// at a time, each at most `MAX_ARTICLE_BYTES`). Bad lines are errors, or with
/// `skip_bad` problems handed back while the good lines are kept.
fn read_jsonl_stream(name: &Path, mut reader: impl std::io::BufRead, skip_bad: bool) -> Result<Read> {
    let mut read = Read {
        documents: Vec::new(),
        problems: Vec::new(),
    };
    let mut seen_lines = 0;
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        line_no += 1;
        buf.clear();
        let n = std::io::BufRead::read_until(
            &mut std::io::Read::take(&mut reader, MAX_ARTICLE_BYTES as u64 + 2),
            b'\n',
            &mut buf,
        )
        .map_err(|e| Error::io(name, e))?;
        if n == 0 {
            break;
        }
        let mut line: &[u8] = &buf;
        if line.last() == Some(&b'\n') {
            line = &line[..line.len() - 1];
        } else if line.len() > MAX_ARTICLE_BYTES {
            // an over-long line: report it, then pass over the rest of it
            let e = too_large(name, Some(line_no));
            if !skip_bad {
                return Err(e);
            }
            read.problems.push(e);
            seen_lines += 1;
            let mut rest = Vec::new();
            loop {
                rest.clear();
                let k = std::io::BufRead::read_until(&mut std::io::Read::take(&mut reader, 1 << 20), b'\n', &mut rest)
                    .map_err(|e| Error::io(name, e))?;
                if k == 0 || rest.last() == Some(&b'\n') {
                    break;
                }
            }
            continue;
        }
        if line_no == 1 {
            line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
        }
        let parsed = check_line(name, line_no, line).and_then(|line| {
            if line.trim().is_empty() {
                return Ok(None);
            }
            seen_lines += 1;
            json_article(name, line_no, &normalize(line)).map(Some)
        });
        match parsed {
            Ok(Some(doc)) => read.documents.push((doc, format!("{}:{}", name.display(), line_no))),
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

/// One JSON line as text: UTF-8, no NUL bytes, not too long.
fn check_line<'a>(name: &Path, line_no: usize, line: &'a [u8]) -> Result<&'a str> {
    if line_no == 1 && (line.starts_with(b"\xFF\xFE") || line.starts_with(b"\xFE\xFF")) {
        return Err(Error::bad_input(name, None, "UTF-16 text; convert it to UTF-8"));
    }
    if line.len() > MAX_ARTICLE_BYTES {
        return Err(too_large(name, Some(line_no)));
    }
    if line.contains(&0) {
        return Err(Error::bad_input(
            name,
            Some(line_no),
            "binary file (contains NUL bytes)",
        ));
    }
    std::str::from_utf8(line).map_err(|_| Error::bad_input(name, Some(line_no), "invalid UTF-8"))
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
    fn normalize_line_ends_and_nbsp() {
        assert_eq!(normalize("a\r\nb\rc\u{a0}d"), "a\nb\nc d");
    }
}
