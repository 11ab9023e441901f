//! The inputs of `merge`: extraction JSON Lines files and graph JSON files, mixed.

use super::{check_one_stdin, display_name, extraction_lines, graph_json, read_text};
use crate::graph::KnowledgeGraph;
use crate::{Error, Result};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Reads extraction JSONL files and graph JSON files (mixed; `-` is standard input)
/// and merges them into one graph; the result does not depend on the order of `paths`.
/// Every file is validated first (see [`parse_merge_input`]).
pub fn merge_files(paths: &[PathBuf]) -> Result<KnowledgeGraph> {
    check_one_stdin(paths)?;
    let mut parts = Vec::new();
    // document id -> the file it was first read from
    let mut first_seen_in: BTreeMap<String, String> = BTreeMap::new();
    for path in paths {
        let name = display_name(path);
        let text = read_text(path)?;
        let graphs = parse_merge_input(&text, &name)?;
        for g in &graphs {
            for id in g.documents.keys() {
                let place = name.display().to_string();
                if let Some(first) = first_seen_in.insert(id.clone(), place.clone()) {
                    return Err(Error::DuplicateDocument {
                        id: id.clone(),
                        first,
                        second: place,
                    });
                }
            }
        }
        parts.extend(graphs);
    }
    KnowledgeGraph::merge(parts)
}

/// Merges the graphs in one text (a graph JSON or extraction lines); `path` names it
/// in errors. What `merge` does to one file, for fuzzing and for callers with text.
/// A document listed twice is named with the file, as [`merge_files`] names it (the
/// graph merge alone knows no file).
pub fn merge_str(text: &str, path: &Path) -> Result<KnowledgeGraph> {
    KnowledgeGraph::merge(parse_merge_input(text, path)?).map_err(|e| match e {
        Error::DuplicateDocument { id, .. } => {
            let place = path.display().to_string();
            Error::DuplicateDocument {
                id,
                first: place.clone(),
                second: place,
            }
        }
        e => e,
    })
}

/// One `merge` input: a graph JSON (the graph itself, validated by
/// [`graph_json::from_value`]) or extraction JSON Lines (one graph per line, each
/// line validated by [`extraction_lines::validate`]).
pub fn parse_merge_input(text: &str, name: &Path) -> Result<Vec<KnowledgeGraph>> {
    if text.trim().is_empty() {
        return Err(Error::bad_input(name, None, "empty file"));
    }
    let whole: Option<serde_json::Value> = serde_json::from_str(text).ok();
    if let Some(value) = whole.filter(graph_json::is_graph) {
        return Ok(vec![graph_json::from_value(value, name)?]);
    }
    let mut graphs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let extraction = extraction_lines::parse_line(line, name, i + 1)?;
        graphs.push(KnowledgeGraph::from_extraction(&extraction));
    }
    Ok(graphs)
}
