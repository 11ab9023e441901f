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

/// The graph as written: borrowed from the graph, so writing it copies nothing.
#[derive(Serialize)]
struct GraphJsonOut<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphMetaOut<'a>,
    #[serde(serialize_with = "as_seq")]
    nodes: &'a std::collections::BTreeMap<String, Node>,
    edges: EdgesOut<'a>,
}

#[derive(Serialize)]
struct GraphMetaOut<'a> {
    schema: &'static str,
    #[serde(serialize_with = "as_seq")]
    documents: &'a std::collections::BTreeMap<String, DocumentMeta>,
}

#[derive(Serialize)]
struct EdgeJsonOut<'a> {
    source: &'a str,
    target: &'a str,
    key: &'static str,
    relation: RelationType,
    weight: usize,
    evidence: &'a std::collections::BTreeSet<Evidence>,
}

/// The values of a map, as a JSON list.
fn as_seq<S: serde::Serializer, V: Serialize>(
    map: &&std::collections::BTreeMap<String, V>,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    s.collect_seq(map.values())
}

struct EdgesOut<'a>(&'a KnowledgeGraph);

impl Serialize for EdgesOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_seq(self.0.edges.values().map(|e| EdgeJsonOut {
            source: &e.source,
            target: &e.target,
            key: e.relation.as_str(),
            relation: e.relation,
            weight: e.weight(),
            evidence: &e.evidence,
        }))
    }
}

fn out(g: &KnowledgeGraph) -> GraphJsonOut<'_> {
    GraphJsonOut {
        directed: true,
        multigraph: true,
        graph: GraphMetaOut {
            schema: GRAPH_SCHEMA,
            documents: &g.documents,
        },
        nodes: &g.nodes,
        edges: EdgesOut(g),
    }
}

/// Serialises the graph as pretty node-link JSON (deterministic bytes, trailing newline).
pub fn to_string(g: &KnowledgeGraph) -> String {
    let mut s = serde_json::to_string_pretty(&out(g)).expect("graph serialises");
    s.push('\n');
    s
}

/// Writes the bytes of [`to_string`] to `w` as they are made, without holding them
/// (a graph of an archive is hundreds of megabytes of JSON).
pub fn write_to(g: &KnowledgeGraph, mut w: impl std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut w, &out(g)).map_err(std::io::Error::from)?;
    w.write_all(b"\n")
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

/// Builds the graph and checks that it tells the truth about itself: the schema this
/// version reads, unique document, node and edge ids, no edge from an actor to itself,
/// both ends of every edge among the nodes, every edge with evidence, a weight that is
/// its number of distinct evidences, and every evidence (and every node's document
/// list) naming a document the graph lists. A graph that fails is one line naming the
/// file and what is wrong.
fn from_parsed(v: GraphJson, path: &Path) -> Result<KnowledgeGraph> {
    let bad = |m: String| Error::bad_input(path, None, m);
    if v.graph.schema != GRAPH_SCHEMA {
        return Err(bad(format!(
            "unsupported graph schema `{}` (this newsgraph reads {GRAPH_SCHEMA})",
            v.graph.schema
        )));
    }
    let mut g = KnowledgeGraph::new();
    for d in v.graph.documents {
        if g.documents.contains_key(&d.id) {
            return Err(bad(format!("document `{}` listed twice", d.id)));
        }
        g.documents.insert(d.id.clone(), d);
    }
    for mut n in v.nodes {
        if g.nodes.contains_key(&n.id) {
            return Err(bad(format!("node `{}` listed twice", n.id)));
        }
        if let Some(d) = n.documents.iter().find(|d| !g.documents.contains_key(*d)) {
            return Err(bad(format!(
                "node `{}` names document `{d}`, which the graph does not list",
                n.id
            )));
        }
        n.settle_readings();
        if n.decided_kind() != n.kind {
            return Err(bad(format!(
                "node `{}` has type {} but its readings decide {}",
                n.id,
                n.kind.as_str(),
                n.decided_kind().as_str()
            )));
        }
        g.nodes.insert(n.id.clone(), n);
    }
    for e in v.edges {
        for end in [&e.source, &e.target] {
            if !g.nodes.contains_key(end) {
                return Err(bad(format!("edge names unknown node `{end}`")));
            }
        }
        let name = format!("{} -{}-> {}", e.source, e.relation.as_str(), e.target);
        if e.source == e.target {
            return Err(bad(format!("edge {name} is a self-loop")));
        }
        // an empty list with a positive weight is evidence dropped by --max-evidence 0
        if e.weight == 0 {
            return Err(bad(format!("edge {name} has no evidence")));
        }
        if let Some(ev) = e.evidence.iter().find(|ev| !g.documents.contains_key(&ev.document)) {
            return Err(bad(format!(
                "edge {name} cites document `{}`, which the graph does not list",
                ev.document
            )));
        }
        let listed = e.evidence.len();
        let edge = g.edge_mut(&e.source, e.relation, &e.target);
        if !edge.evidence.is_empty() || edge.dropped > 0 {
            return Err(bad(format!("edge {name} listed twice")));
        }
        edge.evidence.extend(e.evidence);
        if edge.evidence.len() != listed {
            return Err(bad(format!("edge {name} lists an evidence twice")));
        }
        // a weight above the evidence listed: evidence dropped by --max-evidence
        if e.weight < listed {
            return Err(bad(format!(
                "edge {name} has weight {} but {listed} distinct evidence(s)",
                e.weight
            )));
        }
        edge.dropped += e.weight - listed;
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
