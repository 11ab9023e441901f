//! `query top`: the most central actors by degree, PageRank or betweenness.

use super::index::{wants, GraphIndex};
use crate::graph::{centrality, KnowledgeGraph};
use crate::model::{EntityType, RelationType};
use crate::Result;
use serde::Serialize;

/// Damping factor used for PageRank (the usual 0.85, as in networkx).
pub const PAGERANK_DAMPING: f64 = 0.85;

/// How `query top` ranks actors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Ranking {
    /// Number of edges touching the actor.
    Degree,
    /// PageRank (damping 0.85) on the directed simple graph; `met-with` points both ways.
    Pagerank,
    /// Betweenness (Brandes, normalised) on the undirected simple graph.
    Betweenness,
}

/// Options of `query top`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopOptions {
    /// The measure.
    pub by: Ranking,
    /// How many actors to list (0: all).
    pub n: usize,
    /// List only actors of these types (the ranking is over the whole graph).
    pub types: Vec<EntityType>,
    /// Rank over the edges of these relations only (empty: all).
    pub relations: Vec<RelationType>,
}

/// `query top`: the most central actors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopReport {
    /// The measure.
    pub by: Ranking,
    /// The relations ranked over (empty: all).
    pub relations: Vec<RelationType>,
    /// The types listed (empty: all).
    pub types: Vec<EntityType>,
    /// Best first; ties by name.
    pub ranking: Vec<Ranked>,
}

/// One actor in a ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    /// 1-based position.
    pub rank: usize,
    /// Node id.
    pub id: String,
    /// Canonical name.
    pub label: String,
    /// Actor type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The measure's value (the degree itself for `degree`).
    pub score: f64,
    /// Number of edges touching the actor, over the ranked relations.
    pub degree: usize,
}

/// Ranks actors by degree, PageRank or betweenness.
pub fn top(g: &KnowledgeGraph, opts: &TopOptions) -> Result<TopReport> {
    let view = GraphIndex::new(g);
    let n = view.nodes.len();
    let mut degree = vec![0usize; n];
    for e in view.edges.iter().filter(|e| wants(&opts.relations, e.relation)) {
        degree[view.at(&e.source)] += 1;
        degree[view.at(&e.target)] += 1;
    }
    let score: Vec<f64> = match opts.by {
        Ranking::Degree => degree.iter().map(|&d| d as f64).collect(),
        Ranking::Pagerank => centrality::pagerank(&view.directed(&opts.relations), PAGERANK_DAMPING),
        Ranking::Betweenness => centrality::betweenness(&view.undirected(&opts.relations)),
    };
    let mut order: Vec<usize> = (0..n)
        .filter(|&v| opts.types.is_empty() || opts.types.contains(&view.nodes[v].kind))
        .collect();
    order.sort_by(|&a, &b| {
        score[b]
            .total_cmp(&score[a])
            .then_with(|| view.nodes[a].label.cmp(&view.nodes[b].label))
            .then(a.cmp(&b))
    });
    if opts.n > 0 {
        order.truncate(opts.n);
    }
    Ok(TopReport {
        by: opts.by,
        relations: opts.relations.clone(),
        types: opts.types.clone(),
        ranking: order
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                let node = view.nodes[v];
                Ranked {
                    rank: i + 1,
                    id: node.id.clone(),
                    label: node.label.clone(),
                    kind: node.kind,
                    score: score[v],
                    degree: degree[v],
                }
            })
            .collect(),
    })
}
