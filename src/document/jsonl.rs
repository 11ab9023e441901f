//! JSON Lines: one article object per line.

use super::date::normalize_date;
use super::Read;
use super::{non_empty, normalize};
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

/// JSON Lines: one article per non-blank line. Bad lines are errors, or with
/// `skip_bad` problems handed back while the good lines are kept.
pub(super) fn read_jsonl(name: &Path, lines: Vec<Result<String>>, skip_bad: bool) -> Result<Read> {
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
