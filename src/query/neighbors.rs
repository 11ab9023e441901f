//! `query neighbors`: the actors linked to one actor.

use super::entity::direction_from;
use super::index::{far_end, wants, GraphIndex};
use super::report::{ActorRef, Direction};
use crate::graph::KnowledgeGraph;
use crate::model::{EntityType, RelationType};
use crate::Result;
use serde::Serialize;

/// `query neighbors`: the actors linked to one actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NeighborsReport {
    /// The actor asked about.
    pub actor: ActorRef,
    /// The relations asked for (empty: all).
    pub relations: Vec<RelationType>,
    /// The direction asked for.
    pub direction: Direction,
    /// One row per (neighbour, relation, direction), heaviest first.
    pub neighbors: Vec<Neighbor>,
}

/// A neighbour through one relation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Neighbor {
    /// Node id.
    pub id: String,
    /// Canonical name.
    pub label: String,
    /// Actor type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Relation type.
    pub relation: RelationType,
    /// `out`: the actor asked about is the source; `in`: the target; `both`: symmetric.
    pub direction: Direction,
    /// Number of evidences.
    pub weight: usize,
}

/// The neighbours of `name` through `relations` (all when empty), in `direction`
/// (`Both`: either way). Symmetric relations match every direction.
pub fn neighbors(
    g: &KnowledgeGraph,
    name: &str,
    relations: &[RelationType],
    direction: Direction,
) -> Result<NeighborsReport> {
    let n = g.find(name)?;
    let view = GraphIndex::new(g);
    let v = view.at(&n.id);
    let mut rows: Vec<Neighbor> = view.incident[v]
        .iter()
        .map(|&i| view.edges[i])
        .filter(|e| wants(relations, e.relation))
        .filter_map(|e| {
            let dir = direction_from(e, &n.id);
            let keep = direction == Direction::Both || dir == Direction::Both || dir == direction;
            let o = &g.nodes[far_end(e, &n.id)];
            keep.then(|| Neighbor {
                id: o.id.clone(),
                label: o.label.clone(),
                kind: o.kind,
                relation: e.relation,
                direction: dir,
                weight: e.weight(),
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        b.weight
            .cmp(&a.weight)
            .then_with(|| a.label.cmp(&b.label))
            .then_with(|| a.id.cmp(&b.id))
            .then(a.relation.cmp(&b.relation))
            .then(a.direction.cmp(&b.direction))
    });
    Ok(NeighborsReport {
        actor: ActorRef::of(n),
        relations: relations.to_vec(),
        direction,
        neighbors: rows,
    })
}
