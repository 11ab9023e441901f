//! `query entity`: everything the graph knows about one actor.

use super::report::Direction;
use crate::graph::{Edge, KnowledgeGraph};
use crate::model::{DocumentMeta, EntityType, RelationType};
use crate::Result;
use serde::Serialize;
use std::collections::BTreeMap;

/// `query entity`: everything the graph knows about one actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityReport {
    /// Node id.
    pub id: String,
    /// Canonical name.
    pub label: String,
    /// Actor type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The types some documents read it as that lost to `kind` on the weight of
    /// evidence, heaviest first (empty when all documents agree).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_readings: Vec<OtherReading>,
    /// Other names it appeared under.
    pub aliases: Vec<String>,
    /// Roles held.
    pub roles: Vec<String>,
    /// How many times it was named.
    pub mentions: u64,
    /// Wikidata id, when known.
    pub wikidata: Option<String>,
    /// Number of edges touching it (any relation, either way).
    pub degree: usize,
    /// Its edges counted by relation and direction.
    pub relations: Vec<RelationCount>,
    /// The documents it appears in, with title and date when known.
    pub documents: Vec<DocumentMeta>,
}

/// A losing reading of an actor's type, with its weight of evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OtherReading {
    /// The type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Documents that read the actor so.
    pub documents: u64,
    /// Mentions in those documents.
    pub mentions: u64,
}

/// Edges of one relation and direction around an actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelationCount {
    /// Relation type.
    pub relation: RelationType,
    /// `out`, `in`, or `both` for a symmetric relation.
    pub direction: Direction,
    /// Number of edges.
    pub edges: usize,
    /// Number of evidences over those edges.
    pub evidence: usize,
}

/// Looks up one actor by any of its names.
pub fn entity(g: &KnowledgeGraph, name: &str) -> Result<EntityReport> {
    let n = g.find(name)?;
    let mut counts: BTreeMap<(RelationType, Direction), (usize, usize)> = BTreeMap::new();
    let mut degree = 0;
    for e in g.edges.values().filter(|e| e.source == n.id || e.target == n.id) {
        degree += 1;
        let dir = direction_from(e, &n.id);
        let c = counts.entry((e.relation, dir)).or_default();
        c.0 += 1;
        c.1 += e.weight();
    }
    let mut other_readings: Vec<OtherReading> = n
        .readings
        .iter()
        .filter(|(k, _)| **k != n.kind)
        .map(|(k, r)| OtherReading {
            kind: *k,
            documents: r.documents,
            mentions: r.mentions,
        })
        .collect();
    other_readings.sort_by_key(|r| (std::cmp::Reverse((r.documents, r.mentions)), r.kind));
    Ok(EntityReport {
        id: n.id.clone(),
        label: n.label.clone(),
        kind: n.kind,
        other_readings,
        aliases: n.aliases.iter().cloned().collect(),
        roles: n.roles.iter().cloned().collect(),
        mentions: n.mentions,
        wikidata: n.wikidata.clone(),
        degree,
        relations: counts
            .into_iter()
            .map(|((relation, direction), (edges, evidence))| RelationCount {
                relation,
                direction,
                edges,
                evidence,
            })
            .collect(),
        documents: n
            .documents
            .iter()
            .map(|d| {
                g.documents.get(d).cloned().unwrap_or(DocumentMeta {
                    id: d.clone(),
                    title: None,
                    date: None,
                    source: None,
                    url: None,
                })
            })
            .collect(),
    })
}

pub(super) fn direction_from(e: &Edge, id: &str) -> Direction {
    if e.relation.is_symmetric() {
        Direction::Both
    } else if e.source == id {
        Direction::Out
    } else {
        Direction::In
    }
}
