//! `query edges`: edges with their evidence sentences.

use super::index::{far_end, wants, GraphIndex};
use super::report::{ActorRef, EdgeReport};
use crate::filter::Filter;
use crate::graph::{Edge, KnowledgeGraph, Node};
use crate::model::RelationType;
use crate::Result;
use serde::Serialize;

/// What `query edges` selects: ends (any name), relations, a date range.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EdgeQuery {
    /// The source actor (either end of a symmetric relation).
    pub source: Option<String>,
    /// The target actor (either end of a symmetric relation).
    pub target: Option<String>,
    /// Relations to keep (empty: all).
    pub relations: Vec<RelationType>,
    /// Keep evidence from documents dated on or after this (YYYY[-MM[-DD]]).
    pub since: Option<String>,
    /// Keep evidence from documents dated on or before this.
    pub until: Option<String>,
}

/// `query edges`: the matching edges, each with its evidence sentences.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EdgesReport {
    /// The source asked for.
    pub source: Option<ActorRef>,
    /// The target asked for.
    pub target: Option<ActorRef>,
    /// The relations asked for (empty: all).
    pub relations: Vec<RelationType>,
    /// The date range asked for.
    pub since: Option<String>,
    /// The date range asked for.
    pub until: Option<String>,
    /// Matching edges, heaviest first.
    pub edges: Vec<EdgeReport>,
}

/// The edges matching `q`. With a date range, only evidence from documents dated in
/// it counts (undated documents are left out), and edges left without evidence go.
pub fn edges(g: &KnowledgeGraph, q: &EdgeQuery) -> Result<EdgesReport> {
    let source = q.source.as_deref().map(|s| g.find(s)).transpose()?;
    let target = q.target.as_deref().map(|s| g.find(s)).transpose()?;
    let dated;
    let h = if q.since.is_some() || q.until.is_some() {
        dated = Filter {
            since: q.since.clone(),
            until: q.until.clone(),
            ..Filter::default()
        }
        .apply(g)?;
        &dated
    } else {
        g
    };
    let matches = |e: &Edge| -> bool {
        let ends_ok = |s: Option<&Node>, t: Option<&Node>| {
            s.is_none_or(|s| s.id == e.source) && t.is_none_or(|t| t.id == e.target)
        };
        wants(&q.relations, e.relation)
            && (ends_ok(source, target) || (e.relation.is_symmetric() && ends_ok(target, source)))
    };
    let mut out: Vec<EdgeReport> = match source.or(target) {
        // walk only the edges of the named actor
        Some(a) if h.nodes.contains_key(&a.id) => {
            let view = GraphIndex::new(h);
            view.incident[view.at(&a.id)]
                .iter()
                .map(|&i| view.edges[i])
                .filter(|e| matches(e))
                .map(|e| orient(h, e, source, target))
                .collect()
        }
        Some(_) => Vec::new(),
        None => h
            .edges
            .values()
            .filter(|e| matches(e))
            .map(|e| orient(h, e, source, target))
            .collect(),
    };
    out.sort_by(|a, b| {
        b.weight
            .cmp(&a.weight)
            .then_with(|| (&a.source, a.relation, &a.target).cmp(&(&b.source, b.relation, &b.target)))
    });
    Ok(EdgesReport {
        source: source.map(ActorRef::of),
        target: target.map(ActorRef::of),
        relations: q.relations.clone(),
        since: q.since.clone(),
        until: q.until.clone(),
        edges: out,
    })
}

fn orient(g: &KnowledgeGraph, e: &Edge, source: Option<&Node>, target: Option<&Node>) -> EdgeReport {
    match (source, target) {
        (Some(s), _) => EdgeReport::new(g, e, Some(&s.id)),
        (None, Some(t)) => EdgeReport::new(g, e, Some(far_end(e, &t.id))),
        (None, None) => EdgeReport::new(g, e, None),
    }
}
