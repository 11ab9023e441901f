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

use crate::graph::KnowledgeGraph;
use crate::model::fold;
use crate::{Error, Result};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
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

/// One gold entity: its name and aliases.
struct GoldEntity {
    name: String,
    aliases: Vec<String>,
}

/// A gold relation end: one name, or a list meaning "any of them".
enum Ends {
    One(String),
    Many(Vec<String>),
}

impl Ends {
    fn names(&self) -> &[String] {
        match self {
            Ends::One(s) => std::slice::from_ref(s),
            Ends::Many(v) => v,
        }
    }

    /// As score.py prints it in a message: the string, or the Python list repr.
    fn display(&self) -> String {
        match self {
            Ends::One(s) => s.clone(),
            Ends::Many(v) => format!("[{}]", v.iter().map(|s| py_repr(s)).collect::<Vec<_>>().join(", ")),
        }
    }
}

struct GoldRelation {
    source: Ends,
    kind: String,
    target: Ends,
}

/// One gold file (ANNOTATION.md "Gold file format").
struct Gold {
    entities: Vec<GoldEntity>,
    optional_entities: Vec<GoldEntity>,
    relations: Vec<GoldRelation>,
    optional_relations: Vec<GoldRelation>,
    forbidden_relations: Vec<GoldRelation>,
}

impl Gold {
    fn read(path: &Path) -> Result<Gold> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::bad_input(path, None, format!("cannot read gold file: {e}")))?;
        let v: Value = serde_json::from_str(&text)
            .map_err(|e| Error::bad_input(path, Some(e.line()), format!("gold file is not valid JSON: {e}")))?;
        Gold::from_value(&v).map_err(|m| Error::bad_input(path, None, format!("bad gold file: {m}")))
    }

    fn from_value(v: &Value) -> std::result::Result<Gold, String> {
        let obj = v.as_object().ok_or("expected a JSON object")?;
        Ok(Gold {
            entities: entities(obj, "entities", true)?,
            optional_entities: entities(obj, "optional_entities", false)?,
            relations: relations(obj, "relations", true)?,
            optional_relations: relations(obj, "optional_relations", false)?,
            forbidden_relations: relations(obj, "forbidden_relations", false)?,
        })
    }
}

/// The array under `key` (an absent optional key is empty).
fn list<'a>(obj: &'a Map<String, Value>, key: &str, required: bool) -> std::result::Result<&'a [Value], String> {
    match obj.get(key) {
        None if !required => Ok(&[]),
        None => Err(format!("missing `{key}`")),
        Some(Value::Array(a)) => Ok(a),
        Some(_) => Err(format!("`{key}` must be a list")),
    }
}

fn string(obj: &Map<String, Value>, key: &str, what: &str) -> std::result::Result<String, String> {
    match obj.get(key) {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(format!("{what}: `{key}` must be a string")),
        None => Err(format!("{what}: missing `{key}`")),
    }
}

fn entities(obj: &Map<String, Value>, key: &str, required: bool) -> std::result::Result<Vec<GoldEntity>, String> {
    let mut out = Vec::new();
    for (i, e) in list(obj, key, required)?.iter().enumerate() {
        let what = format!("`{key}` entry {}", i + 1);
        let e = e.as_object().ok_or(format!("{what} must be an object"))?;
        let name = string(e, "name", &what)?;
        let aliases = match e.get("aliases") {
            None => Vec::new(),
            Some(Value::Array(a)) => a
                .iter()
                .map(|a| a.as_str().map(str::to_string))
                .collect::<Option<Vec<_>>>()
                .ok_or(format!("{what} (`{name}`): `aliases` must be a list of strings"))?,
            Some(_) => return Err(format!("{what} (`{name}`): `aliases` must be a list of strings")),
        };
        out.push(GoldEntity { name, aliases });
    }
    Ok(out)
}

fn relations(obj: &Map<String, Value>, key: &str, required: bool) -> std::result::Result<Vec<GoldRelation>, String> {
    let mut out = Vec::new();
    for (i, r) in list(obj, key, required)?.iter().enumerate() {
        let what = format!("`{key}` entry {}", i + 1);
        let r = r.as_object().ok_or(format!("{what} must be an object"))?;
        let end = |k: &str| -> std::result::Result<Ends, String> {
            match r.get(k) {
                Some(Value::String(s)) => Ok(Ends::One(s.clone())),
                Some(Value::Array(a)) => a
                    .iter()
                    .map(|s| s.as_str().map(str::to_string))
                    .collect::<Option<Vec<_>>>()
                    .map(Ends::Many)
                    .ok_or(format!("{what}: `{k}` must be a string or a list of strings")),
                Some(_) => Err(format!("{what}: `{k}` must be a string or a list of strings")),
                None => Err(format!("{what}: missing `{k}`")),
            }
        };
        out.push(GoldRelation {
            source: end("source")?,
            kind: string(r, "type", &what)?,
            target: end("target")?,
        });
    }
    Ok(out)
}

/// A JSON value as a Python dict key: ints, integral floats and booleans that are
/// equal in Python are one key.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum PyKey {
    None,
    Int(i128),
    Float(u64),
    Str(String),
}

/// `value` as a dict key and as `str(value)`; `None` for unhashable values.
fn py_key(v: Option<&Value>) -> Option<(PyKey, String)> {
    Some(match v {
        None | Some(Value::Null) => (PyKey::None, "None".into()),
        Some(Value::Bool(b)) => (PyKey::Int(*b as i128), if *b { "True" } else { "False" }.into()),
        Some(Value::String(s)) => (PyKey::Str(s.clone()), s.clone()),
        Some(Value::Number(n)) => {
            if let Some(i) = n.as_i64() {
                (PyKey::Int(i.into()), i.to_string())
            } else if let Some(u) = n.as_u64() {
                (PyKey::Int(u.into()), u.to_string())
            } else {
                let f = n.as_f64().unwrap_or(0.0);
                let key = if f.fract() == 0.0 && f.abs() < 1e30 {
                    PyKey::Int(f as i128)
                } else {
                    PyKey::Float(f.to_bits())
                };
                (key, py_float(f))
            }
        }
        Some(Value::Array(_) | Value::Object(_)) => return None,
    })
}

/// Python truthiness of an optional JSON value.
fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64() != Some(0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// A predicted node, reduced to what scoring reads.
struct PNode {
    key: PyKey,
    /// Lower-cased `type` ("" when absent).
    kind: String,
    /// score.py's `node_names`.
    names: BTreeSet<String>,
    /// The folded label (else name, else id): the preferred gold match.
    label: String,
    /// `str(n.get('label'))`.
    label_display: String,
    /// `n.get('label') or nid`.
    label_or_id: String,
}

/// A predicted edge.
struct PEdge {
    source: (PyKey, String),
    target: (PyKey, String),
    relation: String,
}

/// A graph as score.py's `load_graph` sees it.
struct Predicted {
    nodes: Vec<PNode>,
    edges: Vec<PEdge>,
}

impl Predicted {
    fn from_value(g: &Value, path: &Path) -> Result<Predicted> {
        let bad = |m: String| Error::bad_input(path, None, m);
        let obj = g.as_object().ok_or_else(|| bad("graph is not a JSON object".into()))?;
        let array = |v: Option<&Value>, what: &str| -> Result<Vec<Value>> {
            match v {
                None => Ok(Vec::new()),
                Some(Value::Array(a)) => Ok(a.clone()),
                Some(_) => Err(bad(format!("graph `{what}` is not a list"))),
            }
        };
        let nodes = array(obj.get("nodes"), "nodes")?;
        let edges = match obj.get("edges") {
            Some(v) => array(Some(v), "edges")?,
            None => array(obj.get("links"), "links")?,
        };
        let mut out = Predicted {
            nodes: Vec::new(),
            edges: Vec::new(),
        };
        for n in &nodes {
            let n = n.as_object().ok_or_else(|| bad("graph node is not an object".into()))?;
            let (key, id) = py_key(n.get("id")).ok_or_else(|| bad("graph node id is not a scalar".into()))?;
            let text = |k: &str| -> Result<Option<&str>> {
                match n.get(k) {
                    None | Some(Value::Null) => Ok(None),
                    Some(Value::String(s)) => Ok(Some(s)),
                    Some(_) => Err(bad(format!("graph node `{id}`: `{k}` is not a string"))),
                }
            };
            let (label, name, kind) = (text("label")?, text("name")?, text("type")?);
            let mut names = BTreeSet::new();
            for s in [label, name, Some(id.as_str()).filter(|_| matches!(key, PyKey::Str(_)))]
                .into_iter()
                .flatten()
            {
                names.insert(fold(s));
            }
            let aliases = n.get("aliases");
            if truthy(aliases) {
                match aliases {
                    Some(Value::Array(a)) => names.extend(a.iter().filter_map(Value::as_str).map(fold)),
                    Some(Value::String(s)) => names.extend(s.chars().map(|c| fold(c.encode_utf8(&mut [0; 4])))),
                    Some(Value::Object(o)) => names.extend(o.keys().map(|k| fold(k))),
                    _ => return Err(bad(format!("graph node `{id}`: `aliases` is not a list"))),
                }
            }
            names.remove("");
            let preferred = [label, name].into_iter().flatten().find(|s| !s.is_empty());
            out.nodes.push(PNode {
                label: fold(preferred.unwrap_or(&id)),
                label_display: label.unwrap_or("None").to_string(),
                label_or_id: label.filter(|s| !s.is_empty()).unwrap_or(&id).to_string(),
                kind: kind.unwrap_or("").to_lowercase(),
                names,
                key,
            });
        }
        for e in &edges {
            let e = e.as_object().ok_or_else(|| bad("graph edge is not an object".into()))?;
            let end = |k: &str| py_key(e.get(k)).ok_or_else(|| bad(format!("graph edge `{k}` is not a scalar")));
            let (source, target) = (end("source")?, end("target")?);
            let rel = ["relation", "type", "label"]
                .iter()
                .map(|k| e.get(*k))
                .find(|v| truthy(*v))
                .or(Some(e.get("label")));
            let relation = match rel.flatten() {
                Some(Value::String(s)) => s.clone(),
                _ => {
                    return Err(bad(format!(
                        "graph edge {} -> {}: no relation name",
                        source.1, target.1
                    )))
                }
            };
            out.edges.push(PEdge {
                source,
                target,
                relation,
            });
        }
        Ok(out)
    }
}

/// A relation key `(source, type, target)`, with `met-with` ends in order.
type Key = (String, String, String);

fn key(s: &str, t: &str, o: &str) -> Key {
    if SYMMETRIC.contains(&t) && o < s {
        (o.to_string(), t.to_string(), s.to_string())
    } else {
        (s.to_string(), t.to_string(), o.to_string())
    }
}

/// A Python `or`: the first non-empty string.
fn or<'a>(a: Option<&'a String>, b: impl FnOnce() -> Option<&'a String>) -> Option<&'a String> {
    a.filter(|s| !s.is_empty()).or_else(b)
}

/// score.py's `score_doc`.
fn score_doc(gold: &Gold, graph: &Predicted, id: String) -> DocReport {
    let names =
        |e: &GoldEntity| -> BTreeSet<String> { std::iter::once(&e.name).chain(&e.aliases).map(|s| fold(s)).collect() };
    let mut gold_idx: BTreeMap<String, &String> = BTreeMap::new();
    for e in &gold.entities {
        for n in names(e) {
            gold_idx.entry(n).or_insert(&e.name);
        }
    }
    let mut opt_idx: BTreeMap<String, &String> = BTreeMap::new();
    for e in &gold.optional_entities {
        for n in names(e) {
            if !gold_idx.contains_key(&n) {
                opt_idx.entry(n).or_insert(&e.name);
            }
        }
    }

    // map each predicted node to a gold actor (or None)
    let mut node_gold: BTreeMap<PyKey, Option<String>> = BTreeMap::new();
    let mut matched: BTreeSet<&String> = BTreeSet::new();
    let mut actors = Counts::default();
    let mut notes = Vec::new();
    for n in &graph.nodes {
        if n.kind == "location" {
            node_gold.insert(n.key.clone(), None);
            continue;
        }
        let hits: BTreeSet<&String> = n.names.iter().filter_map(|x| gold_idx.get(x).copied()).collect();
        if let Some(first) = hits.first() {
            let g = or(gold_idx.get(&n.label).copied(), || Some(first)).unwrap_or(first);
            node_gold.insert(n.key.clone(), Some(g.clone()));
            if matched.contains(g) {
                actors.fp += 1;
                notes.push(format!("duplicate node for {g}: {}", n.label_display));
            } else {
                matched.insert(g);
                actors.tp += 1;
            }
            continue;
        }
        let opt_hits: BTreeSet<&String> = n.names.iter().filter_map(|x| opt_idx.get(x).copied()).collect();
        node_gold.insert(n.key.clone(), opt_hits.first().map(|s| s.to_string()));
        if !opt_hits.is_empty() || (!n.kind.is_empty() && !ACTOR_TYPES.contains(&n.kind.as_str())) {
            continue;
        }
        actors.fp += 1;
        notes.push(format!("actor not in gold: {} ({})", n.label_or_id, n.kind));
    }
    for e in &gold.entities {
        if !matched.contains(&e.name) {
            notes.push(format!("missed actor: {}", e.name));
        }
    }
    actors.fn_ = gold.entities.len() - matched.len();

    let resolve = |ends: &Ends| -> BTreeSet<String> {
        ends.names()
            .iter()
            .map(|x| {
                let n = fold(x);
                match or(gold_idx.get(&n).copied(), || opt_idx.get(&n).copied()) {
                    Some(g) => g.clone(),
                    None => format!("?{x}"),
                }
            })
            .collect()
    };
    let rel_keys = |r: &GoldRelation| -> BTreeSet<Key> {
        let targets = resolve(&r.target);
        let mut keys = BTreeSet::new();
        for s in resolve(&r.source) {
            for t in &targets {
                keys.insert(key(&s, &r.kind, t));
            }
        }
        keys
    };
    let required: Vec<BTreeSet<Key>> = gold.relations.iter().map(&rel_keys).collect();
    let optional: BTreeSet<Key> = gold.optional_relations.iter().flat_map(&rel_keys).collect();
    let forbidden: BTreeSet<Key> = gold.forbidden_relations.iter().flat_map(&rel_keys).collect();

    let mut predicted: BTreeSet<Key> = BTreeSet::new();
    for e in &graph.edges {
        let end = |k: &PyKey| node_gold.get(k).cloned().flatten();
        match (end(&e.source.0), end(&e.target.0)) {
            (Some(s), Some(o)) => predicted.insert(key(&s, &e.relation, &o)),
            // an edge touching an unmatched node: wrong unless that node is a location/optional
            _ => predicted.insert((
                format!("~{}", e.source.1),
                e.relation.clone(),
                format!("~{}", e.target.1),
            )),
        };
    }

    let mut relations = Counts::default();
    let mut hit_required = vec![false; required.len()];
    let mut per_type: BTreeMap<String, Counts> = BTreeMap::new();
    let mut rel_notes = Vec::new();
    for p in &predicted {
        if let Some(i) = required.iter().position(|keys| keys.contains(p)) {
            if !hit_required[i] {
                hit_required[i] = true;
                relations.tp += 1;
                per_type.entry(p.1.clone()).or_default().tp += 1;
            }
            continue;
        }
        if optional.contains(p) {
            continue;
        }
        per_type.entry(p.1.clone()).or_default().fp += 1;
        relations.fp += 1;
        rel_notes.push(format!("wrong relation: {} -{}-> {}", p.0, p.1, p.2));
    }
    let mut missed = Vec::new();
    for (r, hit) in gold.relations.iter().zip(&hit_required) {
        if !hit {
            per_type.entry(r.kind.clone()).or_default().fn_ += 1;
            missed.push(format!(
                "missed relation: {} -{}-> {}",
                r.source.display(),
                r.kind,
                r.target.display()
            ));
        }
    }
    relations.fn_ = missed.len();
    let forb: Vec<&Key> = predicted.iter().filter(|p| forbidden.contains(*p)).collect();
    for p in &forb {
        rel_notes.push(format!("FORBIDDEN relation: {} -{}-> {}", p.0, p.1, p.2));
    }
    notes.extend(rel_notes);
    notes.extend(missed);
    DocReport {
        id,
        actors,
        relations,
        per_type,
        forbidden: forb.len(),
        notes,
    }
}

impl Report {
    /// The report as one JSON line, byte for byte what `score.py --json` prints.
    pub fn to_json(&self) -> String {
        let counts = |c: &Counts| {
            let (p, r, f) = c.prf();
            format!(
                "{{\"tp\": {}, \"fp\": {}, \"fn\": {}, \"p\": {}, \"r\": {}, \"f1\": {}}}",
                c.tp,
                c.fp,
                c.fn_,
                round3(p),
                round3(r),
                round3(f)
            )
        };
        let per_type: Vec<String> = self
            .per_type
            .iter()
            .map(|(t, c)| {
                format!(
                    "{}: {{\"tp\": {}, \"fp\": {}, \"fn\": {}, \"f1\": {}}}",
                    json_str(t),
                    c.tp,
                    c.fp,
                    c.fn_,
                    round3(c.prf().2)
                )
            })
            .collect();
        format!(
            "{{\"documents\": {}, \"actors\": {}, \"relations\": {}, \"forbidden\": {}, \"per_type\": {{{}}}}}\n",
            self.documents,
            counts(&self.actors),
            counts(&self.relations),
            self.forbidden,
            per_type.join(", ")
        )
    }

    /// The report as text, laid out as score.py prints it; `verbose` first lists
    /// each document's false positives and false negatives (`score.py --verbose`).
    pub fn to_text(&self, verbose: bool) -> String {
        let mut out = String::new();
        if verbose {
            for d in &self.docs {
                let _ = writeln!(
                    out,
                    "== {}: actors tp/fp/fn {}  relations tp/fp/fn {}",
                    d.id,
                    d.actors.tuple(),
                    d.relations.tuple()
                );
                for line in &d.notes {
                    let _ = writeln!(out, "   {line}");
                }
            }
        }
        let (ep, er, ef) = self.actors.prf();
        let (rp, rr, rf) = self.relations.prf();
        let (a, r) = (&self.actors, &self.relations);
        let _ = writeln!(out, "documents {}", self.documents);
        let _ = writeln!(
            out,
            "actors     P {ep:.3}  R {er:.3}  F1 {ef:.3}   (tp {} fp {} fn {})",
            a.tp, a.fp, a.fn_
        );
        let _ = writeln!(
            out,
            "relations  P {rp:.3}  R {rr:.3}  F1 {rf:.3}   (tp {} fp {} fn {}; forbidden {})",
            r.tp, r.fp, r.fn_, self.forbidden
        );
        for (t, c) in &self.per_type {
            let _ = writeln!(
                out,
                "  {t:16} F1 {:.3}  (tp {} fp {} fn {})",
                c.prf().2,
                c.tp,
                c.fp,
                c.fn_
            );
        }
        out
    }
}

/// `repr(round(x, 3))` in Python: rounded half-to-even on the exact binary value,
/// printed as the shortest decimal that reads back.
fn round3(x: f64) -> String {
    let rounded: f64 = format!("{x:.3}").parse().unwrap_or(x);
    py_float(rounded)
}

/// Python's `repr(float)`: shortest round-trip digits, exponent form outside
/// `1e-4 <= |x| < 1e16`, and always a `.0` on integral values.
fn py_float(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    let sci = format!("{:e}", x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    let decpt = exp + 1;
    let sign = if x < 0.0 { "-" } else { "" };
    let body = if !(-4 < decpt && decpt <= 16) {
        let (head, tail) = digits.split_at(1);
        let m = if tail.is_empty() {
            head.to_string()
        } else {
            format!("{head}.{tail}")
        };
        format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    } else if decpt <= 0 {
        format!("0.{}{digits}", "0".repeat((-decpt) as usize))
    } else if decpt as usize >= digits.len() {
        format!("{digits}{}.0", "0".repeat(decpt as usize - digits.len()))
    } else {
        let (a, b) = digits.split_at(decpt as usize);
        format!("{a}.{b}")
    };
    format!("{sign}{body}")
}

/// A string as Python's `json.dumps` writes it (ASCII only).
fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
        }
    }
    out.push('"');
    out
}

/// A string as Python's `repr` writes it (used in messages about list-valued ends).
fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c == ' ' || !(c.is_control() || c.is_whitespace() || is_format(c)) => out.push(c),
            c if (c as u32) < 0x100 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (c as u32) < 0x10000 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push(quote);
    out
}

/// Common invisible format characters (Unicode category Cf) that Python escapes.
fn is_format(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}' | '\u{feff}')
}

#[cfg(test)]
mod tests {
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
