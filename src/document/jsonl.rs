//! JSON Lines: one article object per line.

use super::date::normalize_date;
use super::Read;
use super::{non_empty, normalize, too_large, MAX_ARTICLE_BYTES};
use crate::model::Document;
use crate::{Error, Result};
use std::path::Path;

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
pub(super) fn read_jsonl_stream(name: &Path, mut reader: impl std::io::BufRead, skip_bad: bool) -> Result<Read> {
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

pub(super) fn json_article(name: &Path, line_no: usize, line: &str) -> Result<Document> {
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
