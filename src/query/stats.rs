//! `query stats`: counts by type and relation, documents, connected components.

use super::index::GraphIndex;
use crate::graph::KnowledgeGraph;
use crate::model::{EntityType, RelationType};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// `query stats`: the size and shape of the graph.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatsReport {
    /// Number of documents.
    pub documents: usize,
    /// Earliest document date, when any is dated.
    pub first_date: Option<String>,
    /// Latest document date.
    pub last_date: Option<String>,
    /// Number of actors.
    pub nodes: usize,
    /// Number of edges.
    pub edges: usize,
    /// Number of evidences over all edges.
    pub evidence: usize,
    /// Actors per type (every type listed).
    pub types: BTreeMap<EntityType, usize>,
    /// Edges and evidences per relation (every relation listed).
    pub relations: BTreeMap<RelationType, RelationStats>,
    /// Connected components of the undirected graph (isolated actors count).
    pub components: usize,
    /// Actors in the largest component.
    pub largest_component: usize,
    /// Actors without any edge.
    pub isolated: usize,
}

/// Edges and evidences of one relation.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RelationStats {
    /// Number of edges.
    pub edges: usize,
    /// Number of evidences.
    pub evidence: usize,
}

/// Counts by type and relation, documents and components.
pub fn stats(g: &KnowledgeGraph) -> StatsReport {
    let view = GraphIndex::new(g);
    let mut types: BTreeMap<EntityType, usize> = EntityType::ALL.iter().map(|&t| (t, 0)).collect();
    for n in &view.nodes {
        *types.entry(n.kind).or_default() += 1;
    }
    let mut relations: BTreeMap<RelationType, RelationStats> = RelationType::ALL
        .iter()
        .map(|&r| (r, RelationStats::default()))
        .collect();
    let mut uf = petgraph::unionfind::UnionFind::<usize>::new(view.nodes.len());
    for e in &view.edges {
        let r = relations.entry(e.relation).or_default();
        r.edges += 1;
        r.evidence += e.weight();
        uf.union(view.at(&e.source), view.at(&e.target));
    }
    let mut sizes: HashMap<usize, usize> = HashMap::new();
    for v in 0..view.nodes.len() {
        *sizes.entry(uf.find(v)).or_default() += 1;
    }
    let dates: Vec<&str> = g.documents.values().filter_map(|d| d.date.as_deref()).collect();
    StatsReport {
        documents: g.documents.len(),
        first_date: dates.iter().min().map(|d| d.to_string()),
        last_date: dates.iter().max().map(|d| d.to_string()),
        nodes: view.nodes.len(),
        edges: view.edges.len(),
        evidence: view.edges.iter().map(|e| e.weight()).sum(),
        types,
        relations,
        components: sizes.len(),
        largest_component: sizes.values().copied().max().unwrap_or(0),
        isolated: view.incident.iter().filter(|i| i.is_empty()).count(),
    }
}
