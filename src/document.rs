//! Readers for every input form: `.txt`, `.md`, `.html`/`.htm`, `.jsonl`, directories
//! (recursive, sorted) and `-` (standard input) -> `Document`.

use crate::model::Document;
use crate::{Error, Result};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

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

/// Reads every input (files, directories, `-`) into documents. Document ids must be unique.
pub fn read_inputs(inputs: &[PathBuf], opts: &ReadOptions) -> Result<Loaded> {
    let mut loaded = Loaded::default();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for input in inputs {
        for file in expand(input)? {
            match read_file(&file) {
                Ok(docs) => {
                    for d in docs {
                        let place = file.display().to_string();
                        if let Some(first) = seen.insert(d.id.clone(), place.clone()) {
                            return Err(Error::DuplicateDocument { id: d.id, first, second: place });
                        }
                        loaded.documents.push(d);
                    }
                }
                Err(e @ Error::BadInput { .. }) if opts.skip_bad => loaded.skipped.push(e.to_string()),
                Err(e) => return Err(e),
            }
        }
    }
    Ok(loaded)
}

/// The files an input stands for: itself, or a directory's article files, sorted.
fn expand(input: &Path) -> Result<Vec<PathBuf>> {
    if input.as_os_str() == "-" {
        return Ok(vec![input.to_path_buf()]);
    }
    let meta = std::fs::metadata(input).map_err(|e| Error::io(input, e))?;
    if !meta.is_dir() {
        return Ok(vec![input.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![input.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))? {
            let p = entry.map_err(|e| Error::io(&dir, e))?.path();
            if p.is_dir() {
                stack.push(p);
            } else if is_article(&p) {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn is_article(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()).as_deref(),
        Some("txt" | "md" | "html" | "htm" | "jsonl")
    )
}

/// Reads one file (or `-`) into its documents.
pub fn read_file(path: &Path) -> Result<Vec<Document>> {
    let bytes = if path.as_os_str() == "-" {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut b).map_err(|e| Error::io(path, e))?;
        b
    } else {
        std::fs::read(path).map_err(|e| Error::io(path, e))?
    };
    let text = decode(path, &bytes)?;
    let ext = path.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase());
    match ext.as_deref() {
        Some("jsonl") => read_jsonl(path, &text),
        None if path.as_os_str() == "-" && text.trim_start().starts_with('{') => read_jsonl(path, &text),
        _ => Ok(vec![read_text(path, &text)]),
    }
}

fn decode(path: &Path, bytes: &[u8]) -> Result<String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::bad_input(path, None, "empty file"));
    }
    if bytes.contains(&0) {
        return Err(Error::bad_input(path, None, "binary file (contains NUL bytes)"));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.strip_prefix('\u{feff}').unwrap_or(s).to_string()),
        Err(e) => {
            let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(Error::bad_input(path, Some(line), "invalid UTF-8"))
        }
    }
}

fn stem(path: &Path) -> String {
    if path.as_os_str() == "-" {
        return "stdin".to_string();
    }
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "document".into())
}

/// A plain-text article: the first line is the headline when a blank line follows it.
fn read_text(path: &Path, text: &str) -> Document {
    let text = text.replace("\r\n", "\n");
    let mut lines = text.splitn(3, '\n');
    let first = lines.next().unwrap_or("").trim();
    let second = lines.next();
    let title = match second {
        Some(l) if l.trim().is_empty() && !first.is_empty() => Some(first.trim_start_matches('#').trim().to_string()),
        _ => None,
    };
    Document {
        id: stem(path),
        title,
        date: None,
        source: None,
        url: None,
        text,
    }
}

#[derive(serde::Deserialize)]
struct JsonArticle {
    id: Option<serde_json::Value>,
    title: Option<String>,
    text: Option<String>,
    date: Option<String>,
    url: Option<String>,
    source: Option<String>,
}

fn read_jsonl(path: &Path, text: &str) -> Result<Vec<Document>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let a: JsonArticle = serde_json::from_str(line)
            .map_err(|e| Error::bad_input(path, Some(i + 1), format!("malformed JSON line: {e}")))?;
        let id = match a.id {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => return Err(Error::bad_input(path, Some(i + 1), "JSON line has no `id`")),
        };
        let body = a
            .text
            .filter(|t| !t.trim().is_empty())
            .ok_or_else(|| Error::bad_input(path, Some(i + 1), "JSON line has no `text`"))?;
        let text = match &a.title {
            Some(t) if !t.trim().is_empty() => format!("{}\n\n{}", t.trim(), body),
            _ => body,
        };
        out.push(Document { id, title: a.title, date: a.date, source: a.source, url: a.url, text });
    }
    if out.is_empty() {
        return Err(Error::bad_input(path, None, "no articles in JSON Lines input"));
    }
    Ok(out)
}
