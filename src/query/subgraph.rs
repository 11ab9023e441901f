//! `query subgraph`: the actors within K hops of one actor and the edges among them.

use crate::filter::Filter;
use crate::graph::KnowledgeGraph;
use crate::Result;

/// `query subgraph`: the actors within `hops` of `name` and the edges among them
/// (the shared [`Filter`] with `around` and `hops`).
pub fn subgraph(g: &KnowledgeGraph, name: &str, hops: usize) -> Result<KnowledgeGraph> {
    let n = g.find(name)?;
    Filter {
        around: Some(n.id.clone()),
        hops: Some(hops),
        ..Filter::default()
    }
    .apply(g)
}
