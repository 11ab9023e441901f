//! Exporters: one module per output format. They read only the graph.
//!
//! [`Format`] names every graph format and [`export`] writes any of them; see
//! docs/interop.md for which tool reads which format. The node-link JSON contract is
//! read and written by [`crate::io::graph_json`]; [`json`] is the same writer under
//! the export formats' roof. Files are written through [`crate::io::output`].

pub mod csv;
pub mod cypher;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod render;
mod xml;

/// The node-link JSON graph (the contract): see [`crate::io::graph_json`].
pub mod json {
    pub use crate::io::graph_json::{from_str, from_value, is_graph, read, to_string, write_to};
}

use crate::graph::{Edge, KnowledgeGraph};
pub use crate::io::write_output;
use crate::model::Modality;
use crate::{Error, Result};
use dot::DotOptions;
use std::fmt;
use std::path::Path;
use std::str::FromStr;

/// The graph formats of `build`, `merge` and `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// node-link JSON, the contract (docs/json.md); networkx reads it as is.
    Json,
    /// Graphviz DOT, styled (docs/dot.md).
    Dot,
    /// GraphML with typed keys: networkx, igraph, Gephi, yEd, Cytoscape desktop.
    Graphml,
    /// GEXF 1.3 with dynamic time from the document dates: Gephi.
    Gexf,
    /// `nodes.csv` and `edges.csv` in a directory: neo4j-admin import, spreadsheets.
    Csv,
    /// an openCypher script: Neo4j, FalkorDB, Memgraph.
    Cypher,
    /// one self-contained interactive page (Cytoscape.js inside).
    Html,
}

impl Format {
    /// Every format, in order.
    pub const ALL: &'static [Format] = &[
        Format::Json,
        Format::Dot,
        Format::Graphml,
        Format::Gexf,
        Format::Csv,
        Format::Cypher,
        Format::Html,
    ];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
            Format::Graphml => "graphml",
            Format::Gexf => "gexf",
            Format::Csv => "csv",
            Format::Cypher => "cypher",
            Format::Html => "html",
        }
    }

    /// Whether the format is a directory of files rather than one file.
    pub fn is_directory(self) -> bool {
        self == Format::Csv
    }

    /// The format a file name's extension asks for (`.json`, `.dot`/`.gv`, `.graphml`,
    /// `.gexf`, `.cypher`/`.cql`, `.html`/`.htm`), if any.
    pub fn from_extension(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "json" => Format::Json,
            "dot" | "gv" => Format::Dot,
            "graphml" => Format::Graphml,
            "gexf" => Format::Gexf,
            "cypher" | "cql" => Format::Cypher,
            "html" | "htm" => Format::Html,
            _ => return None,
        })
    }

    /// The format to write: `format` when given, else the one `output`'s extension
    /// names, else JSON when there is no output file. An output without a known
    /// extension needs an explicit format.
    pub fn choose(format: Option<Format>, output: Option<&Path>) -> Result<Format> {
        if let Some(f) = format {
            return Ok(f);
        }
        match output.filter(|p| p.as_os_str() != "-") {
            None => Ok(Format::Json),
            Some(p) if p.extension().is_none() => Ok(Format::Json),
            Some(p) => Format::from_extension(p)
                .ok_or_else(|| Error::Invalid(format!("cannot tell the format from `{}`: use --format", p.display()))),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let s = s.trim().to_ascii_lowercase();
        Format::ALL.iter().copied().find(|f| f.as_str() == s).ok_or_else(|| {
            let names: Vec<&str> = Format::ALL.iter().map(|f| f.as_str()).collect();
            Error::Invalid(format!("unknown format `{s}` (expected one of: {})", names.join(", ")))
        })
    }
}

/// An export: the text of a one-file format, or the named files of a directory format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exported {
    /// One file (or stdout).
    File(String),
    /// Files of a directory: `(file name, contents)`.
    Directory(Vec<(&'static str, String)>),
}

/// The graph in `format`; `dot` styles the DOT picture.
pub fn export(g: &KnowledgeGraph, format: Format, dot: &DotOptions) -> Exported {
    Exported::File(match format {
        Format::Json => json::to_string(g),
        Format::Dot => dot::to_string(g, dot),
        Format::Graphml => graphml::to_string(g),
        Format::Gexf => gexf::to_string(g),
        Format::Cypher => cypher::to_string(g),
        Format::Html => html::to_string(g),
        Format::Csv => return Exported::Directory(csv::files(g)),
    })
}

/// Writes the graph in `format` to `output` (stdout when `None` or `-`). A directory
/// format needs an output directory, made when missing; each of its files is written
/// whole or not at all.
pub fn write(g: &KnowledgeGraph, format: Format, output: Option<&Path>, dot: &DotOptions) -> Result<()> {
    match export(g, format, dot) {
        Exported::File(text) => write_output(output, text.as_bytes()),
        Exported::Directory(files) => {
            let dir = output
                .filter(|p| p.as_os_str() != "-")
                .ok_or_else(|| Error::Invalid(format!("--format {format} writes a directory: give it with -o DIR")))?;
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            for (name, text) in files {
                write_output(Some(&dir.join(name)), text.as_bytes())?;
            }
            Ok(())
        }
    }
}

/// Separator of list values (aliases, roles, documents) in formats without lists:
/// GraphML, GEXF and CSV (it is neo4j-admin's default array delimiter).
pub const LIST_SEPARATOR: &str = ";";

/// Items joined by [`LIST_SEPARATOR`].
pub fn join<I>(items: I) -> String
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    let items: Vec<String> = items.into_iter().map(|s| s.as_ref().to_string()).collect();
    items.join(LIST_SEPARATOR)
}

/// The modality of an edge as one value: `asserted` when any evidence asserts it,
/// else `reported` when any reports it, else `expected` (only expected, as DOT's
/// dashed edges).
pub fn edge_modality(e: &Edge) -> Modality {
    let has = |m: Modality| e.evidence.iter().any(|ev| ev.modality == m);
    if has(Modality::Asserted) || e.evidence.is_empty() {
        Modality::Asserted
    } else if has(Modality::Reported) {
        Modality::Reported
    } else {
        Modality::Expected
    }
}
