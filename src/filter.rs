//! Graph filters shared by `export`, `render` and `query subgraph`: keep only the part
//! of a graph a user asked for (relations, actor types, weights, the most connected
//! actors, a neighbourhood, a date range, some documents).

use crate::graph::KnowledgeGraph;
use crate::model::{EntityType, RelationType};
use crate::{Error, Result};
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// What to keep. The default keeps everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Keep only these relation types (empty: all).
    pub relations: Vec<RelationType>,
    /// Keep only actors of these types (empty: all).
    pub types: Vec<EntityType>,
    /// Drop edges with fewer evidences than this.
    pub min_weight: usize,
    /// Keep only the N actors with the highest weighted degree.
    pub top: Option<usize>,
    /// Keep only the neighbourhood of this actor (any name or alias)...
    pub around: Option<String>,
    /// ...up to this many hops away (default 1).
    pub hops: Option<usize>,
    /// Keep only evidence from documents dated on or after this (YYYY-MM-DD prefix).
    pub since: Option<String>,
    /// Keep only evidence from documents dated on or before this.
    pub until: Option<String>,
    /// Keep only evidence from these documents (empty: all).
    pub documents: Vec<String>,
}

impl Filter {
    /// Whether this filter keeps the whole graph.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// The part of `g` this filter keeps. Nodes left without edges by an edge filter
    /// (relation, weight, top, around) are dropped; the others stay.
    pub fn apply(&self, g: &KnowledgeGraph) -> Result<KnowledgeGraph> {
        for d in [&self.since, &self.until].into_iter().flatten() {
            check_date(d)?;
        }
        let mut out = g.clone();
        // documents and dates
        if !self.documents.is_empty() || self.since.is_some() || self.until.is_some() {
            for d in &self.documents {
                if !g.documents.contains_key(d) {
                    return Err(Error::Invalid(format!("no document `{d}` in the graph")));
                }
            }
            let keep: BTreeSet<String> = g
                .documents
                .values()
                .filter(|m| self.documents.is_empty() || self.documents.contains(&m.id))
                .filter(|m| self.in_dates(m.date.as_deref()))
                .map(|m| m.id.clone())
                .collect();
            out.documents.retain(|id, _| keep.contains(id));
            for e in out.edges.values_mut() {
                e.evidence.retain(|ev| keep.contains(&ev.document));
            }
            out.edges.retain(|_, e| !e.evidence.is_empty());
            out.nodes.retain(|_, n| n.documents.iter().any(|d| keep.contains(d)));
            for n in out.nodes.values_mut() {
                n.documents.retain(|d| keep.contains(d));
            }
        }
        if !self.relations.is_empty() {
            out.edges.retain(|k, _| self.relations.contains(&k.1));
        }
        if !self.types.is_empty() {
            out.nodes.retain(|_, n| self.types.contains(&n.kind));
        }
        out.edges.retain(|k, e| {
            e.weight() >= self.min_weight && out.nodes.contains_key(&k.0) && out.nodes.contains_key(&k.2)
        });
        let edge_filtered =
            !self.relations.is_empty() || self.min_weight > 1 || self.top.is_some() || self.around.is_some();
        if let Some(name) = &self.around {
            let centre = g.find(name)?.id.clone();
            let reach = neighbourhood(&out, &centre, self.hops.unwrap_or(1));
            out.nodes.retain(|id, _| reach.contains(id));
        }
        if let Some(n) = self.top {
            let mut strength: BTreeMap<&str, usize> = out.nodes.keys().map(|k| (k.as_str(), 0)).collect();
            for (k, e) in &out.edges {
                *strength.get_mut(k.0.as_str()).expect("edge ends are nodes") += e.weight();
                *strength.get_mut(k.2.as_str()).expect("edge ends are nodes") += e.weight();
            }
            let mut ranked: Vec<(&str, usize)> = strength.into_iter().collect();
            ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            let keep: BTreeSet<String> = ranked.into_iter().take(n).map(|(id, _)| id.to_string()).collect();
            out.nodes.retain(|id, _| keep.contains(id));
        }
        out.edges
            .retain(|k, _| out.nodes.contains_key(&k.0) && out.nodes.contains_key(&k.2));
        if edge_filtered {
            let linked: BTreeSet<String> = out.edges.keys().flat_map(|k| [k.0.clone(), k.2.clone()]).collect();
            let centre = self.around.as_ref().and_then(|a| g.find(a).ok()).map(|n| n.id.clone());
            out.nodes
                .retain(|id, _| linked.contains(id) || centre.as_deref() == Some(id.as_str()));
        }
        Ok(out)
    }

    fn in_dates(&self, date: Option<&str>) -> bool {
        match (date, &self.since, &self.until) {
            (_, None, None) => true,
            (None, _, _) => false,
            (Some(d), since, until) => {
                since.as_deref().is_none_or(|s| d >= s)
                    && until.as_deref().is_none_or(|u| &d[..u.len().min(d.len())] <= u)
            }
        }
    }
}

/// Node ids within `hops` of `centre`, following edges in either direction.
pub fn neighbourhood(g: &KnowledgeGraph, centre: &str, hops: usize) -> BTreeSet<String> {
    let mut adj: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for k in g.edges.keys() {
        adj.entry(&k.0).or_default().push(&k.2);
        adj.entry(&k.2).or_default().push(&k.0);
    }
    let mut seen = BTreeSet::from([centre.to_string()]);
    let mut queue = VecDeque::from([(centre, 0usize)]);
    while let Some((id, d)) = queue.pop_front() {
        if d == hops {
            continue;
        }
        for &next in adj.get(id).map(Vec::as_slice).unwrap_or(&[]) {
            if seen.insert(next.to_string()) {
                queue.push_back((next, d + 1));
            }
        }
    }
    seen
}

fn check_date(d: &str) -> Result<()> {
    let ok = d.len() >= 4
        && d.len() <= 10
        && d.chars()
            .enumerate()
            .all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
    if ok {
        Ok(())
    } else {
        Err(Error::Invalid(format!(
            "bad date `{d}`: use YYYY, YYYY-MM or YYYY-MM-DD"
        )))
    }
}
