//! The index every query builds once: node positions, edges and incidence lists.

use super::report::ActorRef;
use crate::graph::{Edge, KnowledgeGraph, Node};
use crate::model::RelationType;
use std::collections::HashMap;

/// Node positions, edges and incidence lists: built once per query in O(|V| + |E|).
pub(super) struct GraphIndex<'g> {
    pub(super) nodes: Vec<&'g Node>,
    /// Node id -> its position in `nodes`.
    position: HashMap<&'g str, usize>,
    pub(super) edges: Vec<&'g Edge>,
    /// For each node position, the indices of the edges touching it.
    pub(super) incident: Vec<Vec<usize>>,
}

impl<'g> GraphIndex<'g> {
    pub(super) fn new(g: &'g KnowledgeGraph) -> Self {
        let nodes: Vec<&Node> = g.nodes.values().collect();
        let position: HashMap<&str, usize> = nodes.iter().enumerate().map(|(i, n)| (n.id.as_str(), i)).collect();
        let edges: Vec<&Edge> = g.edges.values().collect();
        let mut incident = vec![Vec::new(); nodes.len()];
        for (i, e) in edges.iter().enumerate() {
            let (s, t) = (position[e.source.as_str()], position[e.target.as_str()]);
            incident[s].push(i);
            if t != s {
                incident[t].push(i);
            }
        }
        GraphIndex {
            nodes,
            position,
            edges,
            incident,
        }
    }

    pub(super) fn at(&self, id: &str) -> usize {
        self.position[id]
    }

    /// The other end of edge `e` seen from node position `v`.
    pub(super) fn other(&self, e: usize, v: usize) -> usize {
        self.at(far_end(self.edges[e], &self.nodes[v].id))
    }

    /// Undirected simple adjacency over the edges of the given relations (all when
    /// empty): sorted neighbour positions, no duplicates.
    pub(super) fn undirected(&self, relations: &[RelationType]) -> Vec<Vec<usize>> {
        self.adjacency(relations, |_| true)
    }

    /// Directed simple adjacency (out-neighbours); symmetric relations point both ways.
    pub(super) fn directed(&self, relations: &[RelationType]) -> Vec<Vec<usize>> {
        self.adjacency(relations, |e| e.relation.is_symmetric())
    }

    /// Simple adjacency without self-loops: each edge of the given relations (all
    /// when empty) points source to target, and back too when `both_ways` says so.
    fn adjacency(&self, relations: &[RelationType], both_ways: impl Fn(&Edge) -> bool) -> Vec<Vec<usize>> {
        let mut adj = vec![Vec::new(); self.nodes.len()];
        for e in self.edges.iter().filter(|e| wants(relations, e.relation)) {
            let (s, t) = (self.at(&e.source), self.at(&e.target));
            if s == t {
                continue;
            }
            adj[s].push(t);
            if both_ways(e) {
                adj[t].push(s);
            }
        }
        for l in &mut adj {
            l.sort_unstable();
            l.dedup();
        }
        adj
    }

    pub(super) fn actor(&self, v: usize) -> ActorRef {
        ActorRef::of(self.nodes[v])
    }
}

pub(super) fn wants(relations: &[RelationType], r: RelationType) -> bool {
    relations.is_empty() || relations.contains(&r)
}

/// The end of `e` that is not `id` (`id` itself for a self-loop).
pub(super) fn far_end<'e>(e: &'e Edge, id: &str) -> &'e str {
    if e.source == id {
        &e.target
    } else {
        &e.source
    }
}
