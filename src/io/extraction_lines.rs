//! Extraction JSON Lines: one [`Extraction`] per line, written by `extract` and read
//! back by `merge`.

use crate::model::{Extraction, EXTRACTION_SCHEMA};
use crate::{Error, Result};
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

/// Reads one extraction line; `path` and the 1-based `line_number` name it in errors.
pub fn parse_line(line: &str, path: &Path, line_number: usize) -> Result<Extraction> {
    let extraction: Extraction = serde_json::from_str(line).map_err(|e| {
        Error::bad_input(
            path,
            Some(line_number),
            format!("neither a graph nor an extraction line: {e}"),
        )
    })?;
    if extraction.schema != EXTRACTION_SCHEMA {
        return Err(Error::bad_input(
            path,
            Some(line_number),
            format!("unknown schema `{}`", extraction.schema),
        ));
    }
    Ok(extraction)
}
