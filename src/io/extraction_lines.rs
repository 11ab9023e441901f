//! Extraction JSON Lines: one [`Extraction`] per line, written by `extract` and read
//! back by `merge`.

use crate::model::{Extraction, EXTRACTION_SCHEMA};
use crate::{Error, Result};
use std::collections::BTreeSet;
use std::path::Path;

/// Serialises extractions as JSON Lines, one document per line.
pub fn to_string(extractions: &[Extraction]) -> String {
    let mut out = String::new();
    for extraction in extractions {
        out.push_str(&serde_json::to_string(extraction).expect("extraction serialises"));
        out.push('\n');
    }
    out
}

/// Reads one extraction line and checks it with [`validate`]; `path` and the 1-based
/// `line_number` name it in errors.
pub fn parse_line(line: &str, path: &Path, line_number: usize) -> Result<Extraction> {
    let bad = |m: String| Error::bad_input(path, Some(line_number), m);
    let extraction: Extraction =
        serde_json::from_str(line).map_err(|e| bad(format!("neither a graph nor an extraction line: {e}")))?;
    validate(&extraction).map_err(bad)?;
    Ok(extraction)
}

/// Checks that an extraction line tells the truth about itself: the schema this
/// version reads, a document id, unique entity ids, relations between two different
/// entities of the line, and evidence that names the line's own document (an edited
/// `document.id` with the old evidence would count the same mentions twice).
pub fn validate(x: &Extraction) -> std::result::Result<(), String> {
    if x.schema != EXTRACTION_SCHEMA {
        return Err(format!(
            "unknown schema `{}` (this newsgraph reads {})",
            x.schema, EXTRACTION_SCHEMA
        ));
    }
    let doc = &x.document.id;
    if doc.trim().is_empty() {
        return Err("extraction line has an empty document id".into());
    }
    let mut ids = BTreeSet::new();
    for e in &x.entities {
        if !ids.insert(e.id.as_str()) {
            return Err(format!("entity `{}` listed twice", e.id));
        }
    }
    for r in &x.relations {
        for end in [&r.source, &r.target] {
            if !ids.contains(end.as_str()) {
                return Err(format!("relation names unknown entity `{end}`"));
            }
        }
        if r.source == r.target {
            return Err(format!("relation from `{}` to itself", r.source));
        }
        if &r.evidence.document != doc {
            return Err(format!(
                "evidence names document `{}`, but the line is document `{doc}`",
                r.evidence.document
            ));
        }
    }
    Ok(())
}
