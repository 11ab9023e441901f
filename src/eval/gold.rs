//! Gold files (ANNOTATION.md "Gold file format"), read strictly: a bad one names the
//! file and what is wrong.

use super::python::py_repr;
use crate::{Error, Result};
use serde_json::{Map, Value};
use std::path::Path;

/// One gold entity: its name and aliases.
pub(super) struct GoldEntity {
    pub(super) name: String,
    pub(super) aliases: Vec<String>,
}

/// A gold relation end: one name, or a list meaning "any of them".
pub(super) enum Ends {
    One(String),
    Many(Vec<String>),
}

impl Ends {
    pub(super) fn names(&self) -> &[String] {
        match self {
            Ends::One(s) => std::slice::from_ref(s),
            Ends::Many(v) => v,
        }
    }

    /// As score.py prints it in a message: the string, or the Python list repr.
    pub(super) fn display(&self) -> String {
        match self {
            Ends::One(s) => s.clone(),
            Ends::Many(v) => format!("[{}]", v.iter().map(|s| py_repr(s)).collect::<Vec<_>>().join(", ")),
        }
    }
}

pub(super) struct GoldRelation {
    pub(super) source: Ends,
    pub(super) kind: String,
    pub(super) target: Ends,
}

/// One gold file (ANNOTATION.md "Gold file format").
pub(super) struct Gold {
    pub(super) entities: Vec<GoldEntity>,
    pub(super) optional_entities: Vec<GoldEntity>,
    pub(super) relations: Vec<GoldRelation>,
    pub(super) optional_relations: Vec<GoldRelation>,
    pub(super) forbidden_relations: Vec<GoldRelation>,
}

impl Gold {
    pub(super) fn read(path: &Path) -> Result<Gold> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::bad_input(path, None, format!("cannot read gold file: {e}")))?;
        let v: Value = serde_json::from_str(&text)
            .map_err(|e| Error::bad_input(path, Some(e.line()), format!("gold file is not valid JSON: {e}")))?;
        Gold::from_value(&v).map_err(|m| Error::bad_input(path, None, format!("bad gold file: {m}")))
    }

    pub(super) fn from_value(v: &Value) -> std::result::Result<Gold, String> {
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
pub(super) fn list<'a>(
    obj: &'a Map<String, Value>,
    key: &str,
    required: bool,
) -> std::result::Result<&'a [Value], String> {
    match obj.get(key) {
        None if !required => Ok(&[]),
        None => Err(format!("missing `{key}`")),
        Some(Value::Array(a)) => Ok(a),
        Some(_) => Err(format!("`{key}` must be a list")),
    }
}

pub(super) fn string(obj: &Map<String, Value>, key: &str, what: &str) -> std::result::Result<String, String> {
    match obj.get(key) {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(format!("{what}: `{key}` must be a string")),
        None => Err(format!("{what}: missing `{key}`")),
    }
}

pub(super) fn entities(
    obj: &Map<String, Value>,
    key: &str,
    required: bool,
) -> std::result::Result<Vec<GoldEntity>, String> {
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

pub(super) fn relations(
    obj: &Map<String, Value>,
    key: &str,
    required: bool,
) -> std::result::Result<Vec<GoldRelation>, String> {
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
