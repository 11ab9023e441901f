//! A predicted graph as score.py's `load_graph` sees it: any node-link JSON, read as
//! loosely as Python reads it (numeric ids, `links`, `name`, untyped nodes).

use super::python::py_float;
use crate::model::fold;
use crate::{Error, Result};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// A JSON value as a Python dict key: ints, integral floats and booleans that are
/// equal in Python are one key.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum PyKey {
    None,
    Int(i128),
    Float(u64),
    Str(String),
}

/// `value` as a dict key and as `str(value)`; `None` for unhashable values.
pub(super) fn py_key(v: Option<&Value>) -> Option<(PyKey, String)> {
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
pub(super) fn truthy(v: Option<&Value>) -> bool {
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
pub(super) struct PNode {
    pub(super) key: PyKey,
    /// Lower-cased `type` ("" when absent).
    pub(super) kind: String,
    /// score.py's `node_names`.
    pub(super) names: BTreeSet<String>,
    /// The folded label (else name, else id): the preferred gold match.
    pub(super) label: String,
    /// `str(n.get('label'))`.
    pub(super) label_display: String,
    /// `n.get('label') or nid`.
    pub(super) label_or_id: String,
}

/// A predicted edge.
pub(super) struct PEdge {
    pub(super) source: (PyKey, String),
    pub(super) target: (PyKey, String),
    pub(super) relation: String,
}

/// A graph as score.py's `load_graph` sees it.
pub(super) struct Predicted {
    pub(super) nodes: Vec<PNode>,
    pub(super) edges: Vec<PEdge>,
}

impl Predicted {
    pub(super) fn from_value(g: &Value, path: &Path) -> Result<Predicted> {
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
