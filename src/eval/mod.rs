//! Scoring against gold files, following `../shared/ANNOTATION.md` and agreeing with
//! the reference scorer `shared/tools/score.py` number for number.
//!
//! A graph is scored the way score.py sees it: as node-link JSON. [`score`] turns each
//! [`KnowledgeGraph`] into the node-link fields score.py reads (node `id`, `label`,
//! `type`, `aliases`; edge `source`, `target`, `relation`), and [`score_graph_dir`]
//! reads graph files with [`crate::io::graph_json::read_node_link`] (the JSON layer of
//! the one graph reader) and then sees them as loosely as score.py does (numeric ids,
//! `links`, `name`: files the strict [`crate::io::read_graph`] refuses), so both go
//! through one scorer and agree with score.py on any node-link file.

mod gold;
mod predicted;
mod python;
mod report;
mod score_doc;

use crate::graph::KnowledgeGraph;
use crate::{Error, Result};
use gold::Gold;
use predicted::Predicted;
use score_doc::score_doc;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Node types that count as actors; any other type (except `location`) is ignored.
const ACTOR_TYPES: [&str; 4] = ["person", "organization", "country", "group"];
/// Relation types whose direction does not matter.
const SYMMETRIC: [&str; 1] = ["met-with"];

/// Precision, recall and F1 counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// True positives.
    pub tp: usize,
    /// False positives.
    pub fp: usize,
    /// False negatives.
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Counts {
    /// Precision, recall and F1, computed as score.py's `prf` (0.0 when undefined).
    pub fn prf(&self) -> (f64, f64, f64) {
        let (tp, fp, fn_) = (self.tp as f64, self.fp as f64, self.fn_ as f64);
        let p = if self.tp + self.fp > 0 { tp / (tp + fp) } else { 0.0 };
        let r = if self.tp + self.fn_ > 0 { tp / (tp + fn_) } else { 0.0 };
        let f = if p + r != 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }

    fn add(&mut self, other: &Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    /// The counts as Python prints a tuple: `(tp, fp, fn)`.
    fn tuple(&self) -> String {
        format!("({}, {}, {})", self.tp, self.fp, self.fn_)
    }
}

/// The score of one gold document, with every error behind it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocReport {
    /// Document id: the gold file's stem.
    pub id: String,
    /// Actor counts.
    pub actors: Counts,
    /// Relation counts.
    pub relations: Counts,
    /// Relation counts per relation type.
    pub per_type: BTreeMap<String, Counts>,
    /// Predicted relations that the gold file lists as forbidden.
    pub forbidden: usize,
    /// False positives and false negatives, one line each, in score.py's order.
    pub notes: Vec<String>,
}

/// The score of a set of graphs against a gold directory (micro-averaged).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Number of gold documents.
    pub documents: usize,
    /// Actor counts.
    pub actors: Counts,
    /// Relation counts.
    pub relations: Counts,
    /// Predicted relations listed as forbidden, over all documents.
    pub forbidden: usize,
    /// Relation counts per relation type, over all documents.
    pub per_type: BTreeMap<String, Counts>,
    /// Each document's score, in gold file order.
    pub docs: Vec<DocReport>,
}

/// Scores one graph per document id against every `<doc>.json` in `gold_dir`; a
/// document without a graph scores as an empty graph.
pub fn score(gold_dir: &Path, graphs: &BTreeMap<String, KnowledgeGraph>) -> Result<Report> {
    let empty = KnowledgeGraph::new();
    score_with(gold_dir, |id, _| Ok(node_link(graphs.get(id).unwrap_or(&empty))))
}

/// Scores every `graph_dir/<doc>.json` node-link graph against `gold_dir/<doc>.json`,
/// exactly like `score.py GOLD_DIR GRAPH_DIR`: a missing or unparsable graph scores
/// as empty, and graphs need only the fields score.py reads.
pub fn score_graph_dir(gold_dir: &Path, graph_dir: &Path) -> Result<Report> {
    score_with(gold_dir, |_, name| {
        let path = graph_dir.join(name);
        let parsed = crate::io::graph_json::read_node_link(&path).ok();
        Ok(match parsed {
            Some(v) => (v, path),
            None => (json!({}), path),
        })
    })
}

/// The fields of a graph that score.py reads, in the order its JSON file lists them.
fn node_link(g: &KnowledgeGraph) -> (Value, PathBuf) {
    let nodes: Vec<Value> = g
        .nodes
        .values()
        .map(|n| json!({"id": n.id, "label": n.label, "type": n.kind.as_str(), "aliases": n.aliases}))
        .collect();
    let edges: Vec<Value> = g
        .edges
        .values()
        .map(|e| json!({"source": e.source, "target": e.target, "relation": e.relation.as_str()}))
        .collect();
    (json!({"nodes": nodes, "edges": edges}), PathBuf::from("<graph>"))
}

/// Scores every gold file against the graph `graph(doc id, gold file name)` gives.
fn score_with(gold_dir: &Path, mut graph: impl FnMut(&str, &str) -> Result<(Value, PathBuf)>) -> Result<Report> {
    let mut report = Report::default();
    for (name, path) in gold_files(gold_dir)? {
        let gold = Gold::read(&path)?;
        let id = py_stem(&name).to_string();
        let (g, gpath) = graph(&id, &name)?;
        let predicted = Predicted::from_value(&g, &gpath)?;
        let doc = score_doc(&gold, &predicted, id);
        report.documents += 1;
        report.forbidden += doc.forbidden;
        report.actors.add(&doc.actors);
        report.relations.add(&doc.relations);
        for (t, c) in &doc.per_type {
            report.per_type.entry(t.clone()).or_default().add(c);
        }
        report.docs.push(doc);
    }
    Ok(report)
}

/// Every `*.json` entry of the gold directory, sorted by name (score.py's
/// `sorted(gold_dir.glob("*.json"))`).
fn gold_files(dir: &Path) -> Result<Vec<(String, PathBuf)>> {
    let unreadable = |e: std::io::Error| Error::bad_input(dir, None, format!("cannot read gold directory: {e}"));
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        let entry = entry.map_err(unreadable)?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.ends_with(".json") {
            out.push((name.to_string(), entry.path()));
        }
    }
    if out.is_empty() {
        // a zero score over no documents would read as a result
        return Err(Error::bad_input(
            dir,
            None,
            "no gold files (*.json) in the gold directory",
        ));
    }
    out.sort();
    Ok(out)
}

/// `Path(name).stem`: the name without its last suffix (a dot-file has no suffix).
fn py_stem(name: &str) -> &str {
    match name.rfind('.') {
        Some(i) if i > 0 => &name[..i],
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::python::{json_str, py_float, py_repr};
    use super::report::round3;
    use super::*;
    use crate::graph::{edge_key, Edge, Node};
    use crate::model::{EntityType, RelationType};
    use std::collections::BTreeSet;

    fn graph(nodes: &[(&str, &str, EntityType, &[&str])], edges: &[(&str, RelationType, &str)]) -> KnowledgeGraph {
        let mut g = KnowledgeGraph::new();
        for (id, label, kind, aliases) in nodes {
            g.nodes.insert(
                id.to_string(),
                Node {
                    id: id.to_string(),
                    label: label.to_string(),
                    kind: *kind,
                    aliases: aliases.iter().map(|s| s.to_string()).collect(),
                    roles: BTreeSet::new(),
                    mentions: 1,
                    documents: BTreeSet::new(),
                    wikidata: None,
                    readings: Default::default(),
                },
            );
        }
        for (s, r, t) in edges {
            let k = edge_key(s, *r, t);
            g.edges.insert(
                k.clone(),
                Edge {
                    source: k.0.clone(),
                    target: k.2.clone(),
                    relation: *r,
                    evidence: BTreeSet::new(),
                    dropped: 0,
                },
            );
        }
        g
    }

    /// Scores one graph against one gold file written for the test.
    fn score_one(gold: &str, g: KnowledgeGraph) -> DocReport {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("doc.json"), gold).unwrap();
        let report = score(dir.path(), &BTreeMap::from([("doc".to_string(), g)])).unwrap();
        assert_eq!(report.documents, 1);
        report.docs.into_iter().next().unwrap()
    }

    fn c(tp: usize, fp: usize, fn_: usize) -> Counts {
        Counts { tp, fp, fn_ }
    }

    use EntityType::{Country, Location, Person};
    use RelationType::{AffiliatedWith, MetWith, Opposes, SaidAbout};

    const GOLD: &str = r#"{
      "document": "doc",
      "entities": [
        {"name": "Ilse Varga", "type": "person", "aliases": ["Vargova", "Varga"]},
        {"name": "Pierre Lemaire", "type": "person", "aliases": ["Lemaire"]},
        {"name": "France", "type": "country", "aliases": ["French"]},
        {"name": "Ukraine", "type": "country"}
      ],
      "optional_entities": [{"name": "Europe", "type": "group"}, {"name": "Paris", "type": "location"}],
      "relations": [
        {"source": "Lemaire", "type": "met-with", "target": "Varga"},
        {"source": "Pierre Lemaire", "type": "affiliated-with", "target": ["France", "Paris"]}
      ],
      "optional_relations": [{"source": "Lemaire", "type": "said-about", "target": "Europe"}],
      "forbidden_relations": [{"source": "Ukraine", "type": "opposes", "target": "France", "why": "test"}]
    }"#;

    #[test]
    fn aliases_match_and_a_second_node_is_a_duplicate() {
        let g = graph(
            &[
                ("short-lemaire", "Lemaire", Person, &[]),
                ("varga", "Vargova", Person, &["Ilse Varga"]),
                ("pierre-lemaire", "The Pierre Lemaire's", Person, &[]),
                ("kyiv", "Kyiv", Country, &[]),
            ],
            &[],
        );
        let d = score_one(GOLD, g);
        // "pierre-lemaire" comes first in id order, so "short-lemaire" is the duplicate
        assert_eq!(d.actors, c(2, 2, 2));
        assert_eq!(
            d.notes[..4],
            [
                "actor not in gold: Kyiv (country)",
                "duplicate node for Pierre Lemaire: Lemaire",
                "missed actor: France",
                "missed actor: Ukraine",
            ]
        );
        assert_eq!(d.relations, c(0, 0, 2));
    }

    #[test]
    fn label_is_preferred_over_other_names() {
        // the names hit France and Pierre Lemaire; sorted, Pierre Lemaire would come
        // first, but the label names France, so France is matched and Lemaire missed
        let g = graph(&[("x", "French", Country, &["Pierre Lemaire"])], &[]);
        let d = score_one(GOLD, g);
        assert_eq!(d.actors, c(1, 0, 3));
        assert!(d.notes.contains(&"missed actor: Pierre Lemaire".to_string()));
        assert!(!d.notes.contains(&"missed actor: France".to_string()));
    }

    #[test]
    fn list_ends_symmetric_met_with_optional_and_forbidden() {
        let g = graph(
            &[
                ("pierre-lemaire", "Pierre Lemaire", Person, &[]),
                ("europe", "Europe", EntityType::Group, &[]),
                ("france", "France", Country, &[]),
                ("ukraine", "Ukraine", Country, &[]),
                ("ilse-varga", "Ilse Varga", Person, &[]),
            ],
            &[
                // gold says Lemaire met Varga; the reverse direction matches
                ("ilse-varga", MetWith, "pierre-lemaire"),
                // one of the listed targets is enough
                ("pierre-lemaire", AffiliatedWith, "france"),
                // optional: neither rewarded nor penalised
                ("pierre-lemaire", SaidAbout, "europe"),
                // forbidden: a false positive, and counted
                ("ukraine", Opposes, "france"),
            ],
        );
        let d = score_one(GOLD, g);
        assert_eq!(d.actors, c(4, 0, 0));
        assert_eq!(d.relations, c(2, 1, 0));
        assert_eq!(d.forbidden, 1);
        assert_eq!(d.per_type["met-with"], c(1, 0, 0));
        assert_eq!(d.per_type["opposes"], c(0, 1, 0));
        assert!(!d.per_type.contains_key("said-about"));
        assert_eq!(
            d.notes,
            [
                "wrong relation: Ukraine -opposes-> France",
                "FORBIDDEN relation: Ukraine -opposes-> France",
            ]
        );
    }

    #[test]
    fn optional_entity_is_a_relation_end_and_locations_are_ignored() {
        let g = graph(
            &[
                ("pierre-lemaire", "Pierre Lemaire", Person, &[]),
                ("paris", "Paris", Location, &[]),
                ("lyon", "Lyon", Location, &[]),
                ("ukraine", "Ukraine", Country, &[]),
            ],
            &[
                // Paris is an optional entity named in the list: the relation matches,
                // but as a location node it is no relation end, so this edge is wrong
                ("pierre-lemaire", AffiliatedWith, "paris"),
                ("pierre-lemaire", SaidAbout, "lyon"),
            ],
        );
        let d = score_one(GOLD, g);
        // neither location is an actor false positive
        assert_eq!(d.actors, c(2, 0, 2));
        assert_eq!(d.relations, c(0, 2, 2));
        assert!(d
            .notes
            .contains(&"wrong relation: ~pierre-lemaire -affiliated-with-> ~paris".to_string()));
        assert!(d
            .notes
            .contains(&"wrong relation: ~pierre-lemaire -said-about-> ~lyon".to_string()));
        assert!(d
            .notes
            .contains(&"missed relation: Pierre Lemaire -affiliated-with-> ['France', 'Paris']".to_string()));
    }

    #[test]
    fn duplicate_predicted_relations_count_once() {
        // two nodes for Lemaire: both edges map to the same gold relation
        let g = graph(
            &[
                ("pierre-lemaire", "Pierre Lemaire", Person, &[]),
                ("short-lemaire", "Lemaire", Person, &[]),
                ("ilse-varga", "Ilse Varga", Person, &[]),
                ("europe-2", "European Union", EntityType::Organization, &["Europe"]),
            ],
            &[
                ("pierre-lemaire", MetWith, "ilse-varga"),
                ("short-lemaire", MetWith, "ilse-varga"),
                ("short-lemaire", SaidAbout, "europe-2"),
            ],
        );
        let d = score_one(GOLD, g);
        // the optional entity node is neutral, and usable as an optional relation end
        assert_eq!(d.actors, c(2, 1, 2));
        assert_eq!(d.relations, c(1, 0, 1));
    }

    #[test]
    fn report_layout_matches_score_py() {
        let g = graph(
            &[("france", "France", Country, &[]), ("ukraine", "Ukraine", Country, &[])],
            &[("ukraine", Opposes, "france")],
        );
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("doc.json"), GOLD).unwrap();
        std::fs::write(dir.path().join("other.json"), r#"{"entities": [], "relations": []}"#).unwrap();
        let r = score(dir.path(), &BTreeMap::from([("doc".to_string(), g)])).unwrap();
        assert_eq!(
            r.to_text(false),
            "documents 2\n\
             actors     P 1.000  R 0.500  F1 0.667   (tp 2 fp 0 fn 2)\n\
             relations  P 0.000  R 0.000  F1 0.000   (tp 0 fp 1 fn 2; forbidden 1)\n  \
             affiliated-with  F1 0.000  (tp 0 fp 0 fn 1)\n  \
             met-with         F1 0.000  (tp 0 fp 0 fn 1)\n  \
             opposes          F1 0.000  (tp 0 fp 1 fn 0)\n"
        );
        assert!(r.to_text(true).starts_with(
            "== doc: actors tp/fp/fn (2, 0, 2)  relations tp/fp/fn (0, 1, 2)\n   missed actor: Ilse Varga\n"
        ));
        assert!(r
            .to_text(true)
            .contains("== other: actors tp/fp/fn (0, 0, 0)  relations tp/fp/fn (0, 0, 0)\n"));
        assert_eq!(
            r.to_json(),
            "{\"documents\": 2, \"actors\": {\"tp\": 2, \"fp\": 0, \"fn\": 2, \"p\": 1.0, \"r\": 0.5, \"f1\": 0.667}, \
             \"relations\": {\"tp\": 0, \"fp\": 1, \"fn\": 2, \"p\": 0.0, \"r\": 0.0, \"f1\": 0.0}, \"forbidden\": 1, \
             \"per_type\": {\"affiliated-with\": {\"tp\": 0, \"fp\": 0, \"fn\": 1, \"f1\": 0.0}, \
             \"met-with\": {\"tp\": 0, \"fp\": 0, \"fn\": 1, \"f1\": 0.0}, \
             \"opposes\": {\"tp\": 0, \"fp\": 1, \"fn\": 0, \"f1\": 0.0}}}\n"
        );
    }

    #[test]
    fn bad_gold_files_name_the_file() {
        let dir = tempfile::tempdir().unwrap();
        for (body, message) in [
            ("{\"entities\": [", "gold file is not valid JSON"),
            (r#"{"relations": []}"#, "missing `entities`"),
            (
                r#"{"entities": [{"type": "person"}], "relations": []}"#,
                "`entities` entry 1: missing `name`",
            ),
            (
                r#"{"entities": [], "relations": [{"source": "A", "type": "opposes"}]}"#,
                "`relations` entry 1: missing `target`",
            ),
        ] {
            let path = dir.path().join("bad.json");
            std::fs::write(&path, body).unwrap();
            let err = score(dir.path(), &BTreeMap::new()).unwrap_err().to_string();
            assert!(err.starts_with(&path.display().to_string()), "{err}");
            assert!(err.contains(message), "{err}");
        }
        let missing = dir.path().join("nope");
        assert!(score(&missing, &BTreeMap::new()).is_err());
    }

    #[test]
    fn python_number_formats() {
        assert_eq!(round3(1.0 / 16.0), "0.062");
        assert_eq!(round3(2.0 / 3.0), "0.667");
        assert_eq!(round3(1.0), "1.0");
        assert_eq!(round3(0.0), "0.0");
        assert_eq!(round3(0.0005), "0.001");
        assert_eq!(py_float(1e16), "1e+16");
        assert_eq!(py_float(1e15), "1000000000000000.0");
        assert_eq!(py_float(0.00001), "1e-05");
        assert_eq!(py_float(1.5e-7), "1.5e-07");
        assert_eq!(py_float(0.0001), "0.0001");
        assert_eq!(json_str("a\"é\u{1F600}"), "\"a\\\"\\u00e9\\ud83d\\ude00\"");
        assert_eq!(py_repr("People's"), "\"People's\"");
        assert_eq!(py_repr("a'\"b"), "'a\\'\"b'");
    }
}
