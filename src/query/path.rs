//! `query path`: the shortest paths between two actors, each hop with its evidence.

use super::index::{wants, GraphIndex};
use super::report::{ActorRef, EdgeReport};
use crate::graph::KnowledgeGraph;
use crate::model::RelationType;
use crate::Result;
use serde::Serialize;

/// Options of `query path`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathOptions {
    /// Longest path searched, in hops.
    pub max_hops: usize,
    /// Relations a path may use (empty: all).
    pub relations: Vec<RelationType>,
    /// Most paths listed (they are all counted).
    pub limit: usize,
}

impl Default for PathOptions {
    fn default() -> Self {
        PathOptions {
            max_hops: 6,
            relations: Vec::new(),
            limit: 10,
        }
    }
}

/// `query path`: the shortest paths between two actors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathReport {
    /// Start.
    pub from: ActorRef,
    /// End.
    pub to: ActorRef,
    /// Relations allowed (empty: all).
    pub relations: Vec<RelationType>,
    /// The longest path searched.
    pub max_hops: usize,
    /// Hops of the shortest paths; `null` when none is within `max_hops`.
    pub length: Option<usize>,
    /// How many shortest paths there are.
    pub total: u64,
    /// The shortest paths listed (at most the limit), in id order.
    pub paths: Vec<Path>,
}

/// One shortest path.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Path {
    /// The actors along it, from start to end.
    pub nodes: Vec<ActorRef>,
    /// One entry per hop.
    pub hops: Vec<Hop>,
}

/// One hop of a path: every edge between two consecutive actors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hop {
    /// Node id the hop leaves.
    pub from: String,
    /// Node id the hop reaches.
    pub to: String,
    /// The edges between them (in their own direction), with evidence.
    pub edges: Vec<EdgeReport>,
}

/// All shortest paths from `a` to `b` of at most `max_hops` hops, over the edges of
/// the given relations taken as undirected (a path may follow an edge against its
/// direction: "who links one minister to another").
pub fn path(g: &KnowledgeGraph, a: &str, b: &str, opts: &PathOptions) -> Result<PathReport> {
    let (na, nb) = (g.find(a)?, g.find(b)?);
    let view = GraphIndex::new(g);
    let adj = view.undirected(&opts.relations);
    let (s, t) = (view.at(&na.id), view.at(&nb.id));
    let n = adj.len();
    // distances from the start by petgraph's Dijkstra on the undirected view (every hop
    // costs 1); then, in order of distance, the predecessors on shortest paths
    let mut ug: petgraph::graph::UnGraph<(), ()> = petgraph::graph::UnGraph::with_capacity(n, n);
    let idx: Vec<petgraph::graph::NodeIndex> = (0..n).map(|_| ug.add_node(())).collect();
    for (v, ws) in adj.iter().enumerate() {
        for &w in ws.iter().filter(|&&w| w > v) {
            ug.add_edge(idx[v], idx[w], ());
        }
    }
    let reached = petgraph::algo::dijkstra(&ug, idx[s], Some(idx[t]), |_| 1usize);
    let mut dist = vec![usize::MAX; n];
    for (node, d) in reached {
        dist[node.index()] = d;
    }
    let cutoff = dist[t].min(opts.max_hops);
    if dist[t] > opts.max_hops {
        dist[t] = usize::MAX;
    }
    let mut count = vec![0u64; n];
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    count[s] = 1;
    let mut order: Vec<usize> = (0..n).filter(|&v| dist[v] < cutoff).collect();
    order.sort_by_key(|&v| dist[v]);
    for v in order {
        for &w in &adj[v] {
            if dist[w] == dist[v] + 1 && dist[w] <= cutoff {
                count[w] = count[w].saturating_add(count[v]);
                preds[w].push(v);
            }
        }
    }
    let mut report = PathReport {
        from: ActorRef::of(na),
        to: ActorRef::of(nb),
        relations: opts.relations.clone(),
        max_hops: opts.max_hops,
        length: None,
        total: 0,
        paths: Vec::new(),
    };
    if dist[t] == usize::MAX {
        return Ok(report);
    }
    report.length = Some(dist[t]);
    report.total = count[t];
    // nodes on some shortest path, then a forward walk in id order
    let mut on = vec![false; n];
    let mut stack = vec![t];
    on[t] = true;
    while let Some(v) = stack.pop() {
        for &p in &preds[v] {
            if !on[p] {
                on[p] = true;
                stack.push(p);
            }
        }
    }
    let mut found: Vec<Vec<usize>> = Vec::new();
    let mut trail = vec![s];
    walk(&adj, &dist, &on, t, opts.limit, &mut trail, &mut found);
    report.paths = found
        .into_iter()
        .map(|p| Path {
            nodes: p.iter().map(|&v| view.actor(v)).collect(),
            hops: p
                .windows(2)
                .map(|w| Hop {
                    from: view.nodes[w[0]].id.clone(),
                    to: view.nodes[w[1]].id.clone(),
                    edges: view.incident[w[0]]
                        .iter()
                        .filter(|&&i| view.other(i, w[0]) == w[1] && wants(&opts.relations, view.edges[i].relation))
                        .map(|&i| EdgeReport::new(g, view.edges[i], Some(&view.nodes[w[0]].id)))
                        .collect(),
                })
                .collect(),
        })
        .collect();
    Ok(report)
}

fn walk(
    adj: &[Vec<usize>],
    dist: &[usize],
    on: &[bool],
    t: usize,
    limit: usize,
    trail: &mut Vec<usize>,
    found: &mut Vec<Vec<usize>>,
) {
    if found.len() >= limit {
        return;
    }
    let v = *trail.last().expect("trail starts with the source");
    if v == t {
        found.push(trail.clone());
        return;
    }
    for &w in &adj[v] {
        if on[w] && dist[w] == dist[v] + 1 && dist[w] <= dist[t] {
            trail.push(w);
            walk(adj, dist, on, t, limit, trail, found);
            trail.pop();
        }
    }
}
