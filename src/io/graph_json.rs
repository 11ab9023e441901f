//! The JSON graph contract (node-link, loadable by `networkx.node_link_graph(data,
//! edges="edges")`): written by `build` and `merge`, read back by `merge`, `export`,
//! `render` and `query`.

use crate::graph::{KnowledgeGraph, Node};
use crate::model::{DocumentMeta, Evidence, RelationType, GRAPH_SCHEMA};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Serialize, Deserialize)]
struct GraphJson {
    directed: bool,
    multigraph: bool,
    graph: GraphMeta,
    nodes: Vec<Node>,
    edges: Vec<EdgeJson>,
}

#[derive(Serialize, Deserialize)]
struct GraphMeta {
    schema: String,
    documents: Vec<DocumentMeta>,
}

#[derive(Serialize, Deserialize)]
struct EdgeJson {
    source: String,
    target: String,
    /// networkx multigraph key: the relation, unique per (source, target).
    key: String,
    relation: RelationType,
    weight: usize,
    evidence: Vec<Evidence>,
}

/// Serialises the graph as pretty node-link JSON (deterministic bytes, trailing newline).
pub fn to_string(g: &KnowledgeGraph) -> String {
    let doc = GraphJson {
        directed: true,
        multigraph: true,
        graph: GraphMeta {
            schema: GRAPH_SCHEMA.to_string(),
            documents: g.documents.values().cloned().collect(),
        },
        nodes: g.nodes.values().cloned().collect(),
        edges: g
            .edges
            .values()
            .map(|e| EdgeJson {
                source: e.source.clone(),
                target: e.target.clone(),
                key: e.relation.as_str().to_string(),
                relation: e.relation,
                weight: e.weight(),
                evidence: e.evidence.iter().cloned().collect(),
            })
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&doc).expect("graph serialises");
    s.push('\n');
    s
}

/// Whether a parsed JSON value is a newsgraph graph (rather than an extraction line).
pub fn is_graph(v: &serde_json::Value) -> bool {
    v.get("nodes").is_some() && (v.get("edges").is_some() || v.get("links").is_some())
}

/// Reads a graph from JSON text; `path` names the file in errors.
pub fn from_str(s: &str, path: &Path) -> Result<KnowledgeGraph> {
    let v: GraphJson = serde_json::from_str(s)
        .map_err(|e| Error::bad_input(path, Some(e.line()), format!("not a newsgraph graph: {e}")))?;
    from_parsed(v, path)
}

/// Reads a graph from an already parsed JSON value.
pub fn from_value(v: serde_json::Value, path: &Path) -> Result<KnowledgeGraph> {
    let v: GraphJson =
        serde_json::from_value(v).map_err(|e| Error::bad_input(path, None, format!("not a newsgraph graph: {e}")))?;
    from_parsed(v, path)
}

fn from_parsed(v: GraphJson, path: &Path) -> Result<KnowledgeGraph> {
    let mut g = KnowledgeGraph::new();
    for d in v.graph.documents {
        if g.documents.contains_key(&d.id) {
            return Err(Error::bad_input(
                path,
                None,
                format!("document `{}` listed twice", d.id),
            ));
        }
        g.documents.insert(d.id.clone(), d);
    }
    for n in v.nodes {
        if g.nodes.contains_key(&n.id) {
            return Err(Error::bad_input(path, None, format!("node `{}` listed twice", n.id)));
        }
        g.nodes.insert(n.id.clone(), n);
    }
    for e in v.edges {
        for end in [&e.source, &e.target] {
            if !g.nodes.contains_key(end) {
                return Err(Error::bad_input(path, None, format!("edge names unknown node `{end}`")));
            }
        }
        g.edge_mut(&e.source, e.relation, &e.target).evidence.extend(e.evidence);
    }
    Ok(g)
}

/// Reads a graph JSON file (`newsgraph::io::read_graph`).
pub fn read(path: &Path) -> Result<KnowledgeGraph> {
    from_str(&read_file_text(path)?, path)
}

/// Reads any node-link JSON file as a JSON value, without checking it against the
/// newsgraph contract: for `eval`, which must see graphs as loosely as score.py does.
pub fn read_node_link(path: &Path) -> Result<serde_json::Value> {
    let text = read_file_text(path)?;
    serde_json::from_str(&text).map_err(|e| Error::bad_input(path, Some(e.line()), format!("not JSON: {e}")))
}

fn read_file_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| Error::io(path, e))
}
