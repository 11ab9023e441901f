//! Readers for every input form: `.txt`, `.md`, `.html`/`.htm`, `.jsonl`, directories
//! (recursive, sorted) and `-` (standard input) -> `Document`.
//!
//! Every reader ends in the same normalised text (LF line ends, no NBSP) with the
//! headline, when there is one, as its first paragraph. Bad inputs are `Error::BadInput`
//! naming the file (and line); `ReadOptions::skip_bad` turns them into warnings.
//! The rules are written down for users in docs/inputs.md.
//!
//! One reader per form, each in its own file: `plain` text, `markdown`, `html`,
//! `jsonl`; dates are normalised by `date` ([`normalize_date`]). An article over
//! [`MAX_ARTICLE_BYTES`] and a page nested deeper than [`MAX_HTML_DEPTH`] are refused
//! (docs/reliability.md). [`DocumentStream`] reads the same inputs lazily, one
//! document at a time.

mod date;
mod html;
mod jsonl;
mod markdown;
mod plain;
mod stream;

pub use date::normalize_date;
pub use html::html_depth;
pub use stream::{DocumentStream, Streamed};

use crate::io::{check_one_stdin, display_name, file_kind, is_stdin};
use crate::model::Document;
use crate::{Error, Result};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

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
    let mut reader = crate::io::open_input(path)?;
    let kind = if is_stdin(path) {
        let head = reader.fill_buf().map_err(|e| Error::io(&name, e))?;
        InputKind::sniff(&String::from_utf8_lossy(&head[..head.len().min(64)]))
    } else {
        InputKind::from_path(path)
    };
    if kind == InputKind::JsonLines {
        // streamed line by line: memory is one line, whatever the file's size
        return jsonl::read_jsonl_stream(&name, reader, skip_bad);
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
        InputKind::Markdown => markdown::read_markdown(name, id, &text),
        InputKind::Html => html::read_html(name, id, &text),
        _ => plain::read_text(name, id, &text),
    }
}

/// The documents in one file's bytes, read by the form the file name says (`.jsonl`
/// gives one per line; any bad line is an error). The entry point for fuzzing and for
/// callers that hold the bytes already.
pub fn read_bytes(name: &Path, bytes: &[u8]) -> Result<Vec<Document>> {
    let kind = InputKind::from_path(name);
    if kind == InputKind::JsonLines {
        let read = jsonl::read_jsonl_stream(name, std::io::BufReader::new(bytes), false)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_line_ends_and_nbsp() {
        assert_eq!(normalize("a\r\nb\rc\u{a0}d"), "a\nb\nc d");
    }
}
