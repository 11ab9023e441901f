//! Relationship questions over a `KnowledgeGraph`: one function per query kind, each
//! returning a typed report that serialises with serde (the stable `--json` shape,
//! documented in docs/query.md) and renders as aligned text for people.
//!
//! Names are resolved with [`KnowledgeGraph::find`]. `met-with` is symmetric and
//! stored once, so neighbours, edges and paths treat it as undirected. Every query
//! builds one O(|V| + |E|) index and walks only what it needs from there.

use crate::filter::Filter;
use crate::graph::{centrality, Edge, KnowledgeGraph, Node};
use crate::model::{DocumentMeta, EntityType, Evidence, Modality, RelationType};
use crate::{Error, Result};
use comfy_table::{Attribute, Cell, CellAlignment, ContentArrangement, Table};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

/// Damping factor used for PageRank (the usual 0.85, as in networkx).
pub const PAGERANK_DAMPING: f64 = 0.85;

// ---------------------------------------------------------------------------
// Index

/// Node positions, edges and incidence lists: built once per query in O(|V| + |E|).
struct View<'g> {
    nodes: Vec<&'g Node>,
    pos: HashMap<&'g str, usize>,
    edges: Vec<&'g Edge>,
    /// For each node position, the indices of the edges touching it.
    incident: Vec<Vec<usize>>,
}

impl<'g> View<'g> {
    fn new(g: &'g KnowledgeGraph) -> Self {
        let nodes: Vec<&Node> = g.nodes.values().collect();
        let pos: HashMap<&str, usize> = nodes.iter().enumerate().map(|(i, n)| (n.id.as_str(), i)).collect();
        let edges: Vec<&Edge> = g.edges.values().collect();
        let mut incident = vec![Vec::new(); nodes.len()];
        for (i, e) in edges.iter().enumerate() {
            let (s, t) = (pos[e.source.as_str()], pos[e.target.as_str()]);
            incident[s].push(i);
            if t != s {
                incident[t].push(i);
            }
        }
        View {
            nodes,
            pos,
            edges,
            incident,
        }
    }

    fn at(&self, id: &str) -> usize {
        self.pos[id]
    }

    /// The other end of edge `e` seen from node position `v`.
    fn other(&self, e: usize, v: usize) -> usize {
        self.at(far_end(self.edges[e], &self.nodes[v].id))
    }

    /// Undirected simple adjacency over the edges of the given relations (all when
    /// empty): sorted neighbour positions, no duplicates.
    fn undirected(&self, relations: &[RelationType]) -> Vec<Vec<usize>> {
        self.adjacency(relations, |_| true)
    }

    /// Directed simple adjacency (out-neighbours); symmetric relations point both ways.
    fn directed(&self, relations: &[RelationType]) -> Vec<Vec<usize>> {
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

    fn actor(&self, v: usize) -> ActorRef {
        ActorRef::of(self.nodes[v])
    }
}

fn wants(relations: &[RelationType], r: RelationType) -> bool {
    relations.is_empty() || relations.contains(&r)
}

/// The end of `e` that is not `id` (`id` itself for a self-loop).
fn far_end<'e>(e: &'e Edge, id: &str) -> &'e str {
    if e.source == id {
        &e.target
    } else {
        &e.source
    }
}

// ---------------------------------------------------------------------------
// Shared report pieces

/// An actor as named in a report: id, canonical name and type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorRef {
    /// Node id.
    pub id: String,
    /// Canonical name.
    pub label: String,
    /// Actor type.
    #[serde(rename = "type")]
    pub kind: EntityType,
}

impl ActorRef {
    fn of(n: &Node) -> Self {
        ActorRef {
            id: n.id.clone(),
            label: n.label.clone(),
            kind: n.kind,
        }
    }
}

/// Which way an edge points, seen from the actor asked about. `both` is a symmetric
/// relation (`met-with`); as a filter, `both` means either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// The actor is the source.
    Out,
    /// The actor is the target.
    In,
    /// Undirected (a symmetric relation), or, as a filter, either way.
    Both,
}

impl Direction {
    fn as_str(self) -> &'static str {
        match self {
            Direction::Out => "out",
            Direction::In => "in",
            Direction::Both => "both",
        }
    }
}

/// One evidence of an edge, with the date and title of its document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceReport {
    /// Document id.
    pub document: String,
    /// Document title, when known.
    pub title: Option<String>,
    /// Document date, when known.
    pub date: Option<String>,
    /// Sentence index in the document.
    pub sentence: usize,
    /// Byte span of the sentence in the document text.
    pub span: [usize; 2],
    /// The sentence.
    pub text: String,
    /// The word or phrase that triggered the relation.
    pub cue: String,
    /// Asserted, expected or reported.
    pub modality: Modality,
    /// The role, for `affiliated-with`.
    pub role: Option<String>,
}

/// An edge with its ends named and all its evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EdgeReport {
    /// Source node id (for `met-with`, the end the query started from).
    pub source: String,
    /// Source canonical name.
    pub source_label: String,
    /// Relation type.
    pub relation: RelationType,
    /// Target node id.
    pub target: String,
    /// Target canonical name.
    pub target_label: String,
    /// Number of evidences.
    pub weight: usize,
    /// Every evidence, ordered by document then sentence.
    pub evidence: Vec<EvidenceReport>,
}

impl EdgeReport {
    /// The edge, turned so that `from` is the source when the relation is symmetric.
    fn new(g: &KnowledgeGraph, e: &Edge, from: Option<&str>) -> Self {
        let flip = e.relation.is_symmetric() && from.is_some_and(|f| f == e.target && f != e.source);
        let (s, t) = if flip {
            (&e.target, &e.source)
        } else {
            (&e.source, &e.target)
        };
        EdgeReport {
            source: s.clone(),
            source_label: g.nodes[s].label.clone(),
            relation: e.relation,
            target: t.clone(),
            target_label: g.nodes[t].label.clone(),
            weight: e.weight(),
            evidence: e.evidence.iter().map(|ev| evidence_report(g, ev)).collect(),
        }
    }
}

fn evidence_report(g: &KnowledgeGraph, ev: &Evidence) -> EvidenceReport {
    let meta = g.documents.get(&ev.document);
    EvidenceReport {
        document: ev.document.clone(),
        title: meta.and_then(|m| m.title.clone()),
        date: meta.and_then(|m| m.date.clone()),
        sentence: ev.sentence,
        span: ev.span,
        text: ev.text.clone(),
        cue: ev.cue.clone(),
        modality: ev.modality,
        role: ev.role.clone(),
    }
}

// ---------------------------------------------------------------------------
// entity

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

fn direction_from(e: &Edge, id: &str) -> Direction {
    if e.relation.is_symmetric() {
        Direction::Both
    } else if e.source == id {
        Direction::Out
    } else {
        Direction::In
    }
}

// ---------------------------------------------------------------------------
// neighbors

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
    let view = View::new(g);
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

// ---------------------------------------------------------------------------
// edges

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
            let view = View::new(h);
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

// ---------------------------------------------------------------------------
// path

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
    let view = View::new(g);
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

// ---------------------------------------------------------------------------
// subgraph

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

// ---------------------------------------------------------------------------
// top

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
    let view = View::new(g);
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

// ---------------------------------------------------------------------------
// stats

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
    let view = View::new(g);
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

// ---------------------------------------------------------------------------
// Machine output: CSV and JSON Lines rows

/// Reports that are lists: one CSV row per `csv_rows` item (flat), one JSON line per
/// `items` item.
pub trait ListReport {
    /// The JSON Lines record.
    type Item: Serialize;
    /// The CSV record (flat: no nested lists).
    type Row: Serialize + CsvHeader;
    /// The list, one JSON line each.
    fn items(&self) -> Vec<Self::Item>;
    /// The list flattened for CSV.
    fn csv_rows(&self) -> Vec<Self::Row>;
}

/// The CSV column names of a row type, written even when there are no rows.
pub trait CsvHeader {
    /// Column names, in field order.
    const HEADER: &'static [&'static str];
}

/// The report's list as CSV (header first, then one row per record).
pub fn to_csv<R: ListReport>(report: &R) -> Result<String> {
    fn io(e: impl std::fmt::Display) -> Error {
        Error::Invalid(format!("cannot write CSV: {e}"))
    }
    let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new());
    w.write_record(R::Row::HEADER).map_err(io)?;
    for row in report.csv_rows() {
        w.serialize(row).map_err(io)?;
    }
    let bytes = w.into_inner().map_err(io)?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 strings is UTF-8"))
}

/// The report's list as JSON Lines.
pub fn to_jsonl<R: ListReport>(report: &R) -> String {
    let mut s = String::new();
    for item in report.items() {
        s.push_str(&serde_json::to_string(&item).expect("report serialises"));
        s.push('\n');
    }
    s
}

impl CsvHeader for Neighbor {
    const HEADER: &'static [&'static str] = &["id", "label", "type", "relation", "direction", "weight"];
}

impl ListReport for NeighborsReport {
    type Item = Neighbor;
    type Row = Neighbor;
    fn items(&self) -> Vec<Neighbor> {
        self.neighbors.clone()
    }
    fn csv_rows(&self) -> Vec<Neighbor> {
        self.neighbors.clone()
    }
}

impl CsvHeader for Ranked {
    const HEADER: &'static [&'static str] = &["rank", "id", "label", "type", "score", "degree"];
}

impl ListReport for TopReport {
    type Item = Ranked;
    type Row = Ranked;
    fn items(&self) -> Vec<Ranked> {
        self.ranking.clone()
    }
    fn csv_rows(&self) -> Vec<Ranked> {
        self.ranking.clone()
    }
}

/// One evidence of one edge, flat, for CSV (`edges` and `path`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceRow {
    /// Path number, 1-based (`path` only; empty for `edges`).
    pub path: Option<usize>,
    /// Hop number along the path, 1-based (`path` only).
    pub hop: Option<usize>,
    /// Source node id.
    pub source: String,
    /// Source name.
    pub source_label: String,
    /// Relation.
    pub relation: RelationType,
    /// Target node id.
    pub target: String,
    /// Target name.
    pub target_label: String,
    /// Evidences of the edge.
    pub weight: usize,
    /// Document id.
    pub document: String,
    /// Document date.
    pub date: Option<String>,
    /// Sentence index.
    pub sentence: usize,
    /// Cue.
    pub cue: String,
    /// Modality.
    pub modality: Modality,
    /// The sentence.
    pub text: String,
}

impl CsvHeader for EvidenceRow {
    const HEADER: &'static [&'static str] = &[
        "path",
        "hop",
        "source",
        "source_label",
        "relation",
        "target",
        "target_label",
        "weight",
        "document",
        "date",
        "sentence",
        "cue",
        "modality",
        "text",
    ];
}

fn evidence_rows(e: &EdgeReport, path: Option<usize>, hop: Option<usize>) -> impl Iterator<Item = EvidenceRow> + '_ {
    e.evidence.iter().map(move |ev| EvidenceRow {
        path,
        hop,
        source: e.source.clone(),
        source_label: e.source_label.clone(),
        relation: e.relation,
        target: e.target.clone(),
        target_label: e.target_label.clone(),
        weight: e.weight,
        document: ev.document.clone(),
        date: ev.date.clone(),
        sentence: ev.sentence,
        cue: ev.cue.clone(),
        modality: ev.modality,
        text: ev.text.clone(),
    })
}

impl ListReport for EdgesReport {
    type Item = EdgeReport;
    type Row = EvidenceRow;
    fn items(&self) -> Vec<EdgeReport> {
        self.edges.clone()
    }
    fn csv_rows(&self) -> Vec<EvidenceRow> {
        self.edges.iter().flat_map(|e| evidence_rows(e, None, None)).collect()
    }
}

/// One hop of one path, for JSON Lines.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HopItem {
    /// Path number, 1-based.
    pub path: usize,
    /// Hop number, 1-based.
    pub hop: usize,
    /// The hop.
    #[serde(flatten)]
    pub inner: Hop,
}

impl ListReport for PathReport {
    type Item = HopItem;
    type Row = EvidenceRow;
    fn items(&self) -> Vec<HopItem> {
        let mut out = Vec::new();
        for (p, path) in self.paths.iter().enumerate() {
            for (h, hop) in path.hops.iter().enumerate() {
                out.push(HopItem {
                    path: p + 1,
                    hop: h + 1,
                    inner: hop.clone(),
                });
            }
        }
        out
    }
    fn csv_rows(&self) -> Vec<EvidenceRow> {
        let mut out = Vec::new();
        for (p, path) in self.paths.iter().enumerate() {
            for (h, hop) in path.hops.iter().enumerate() {
                for e in &hop.edges {
                    out.extend(evidence_rows(e, Some(p + 1), Some(h + 1)));
                }
            }
        }
        out
    }
}

// ---------------------------------------------------------------------------
// Human output

/// How to render for people: ANSI styling (only for a terminal) and line width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextStyle {
    /// Bold headers and highlighted cues.
    pub color: bool,
    /// Width to wrap tables and sentences to.
    pub width: u16,
}

impl Default for TextStyle {
    fn default() -> Self {
        TextStyle {
            color: false,
            width: 100,
        }
    }
}

/// Reports that render as text for people.
pub trait Render {
    /// The report as aligned text, ending with a newline.
    fn render(&self, style: &TextStyle) -> String;
}

fn table(style: &TextStyle, header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_preset(comfy_table::presets::NOTHING)
        .force_no_tty()
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width);
    if style.color {
        t.enforce_styling();
    }
    t.set_header(header.iter().map(|h| {
        let c = Cell::new(h.to_uppercase());
        if style.color {
            c.add_attribute(Attribute::Bold)
        } else {
            c
        }
    }));
    t
}

/// Right-aligns the given columns (numbers), header included.
fn align_right(mut t: Table, columns: &[usize]) -> Table {
    for &i in columns {
        if let Some(c) = t.column_mut(i) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    t
}

/// Adds one row of two cells per (key, value).
fn add_pairs<K: std::fmt::Display, V: std::fmt::Display>(t: &mut Table, rows: impl IntoIterator<Item = (K, V)>) {
    for (k, v) in rows {
        t.add_row(vec![Cell::new(k), Cell::new(v)]);
    }
}

fn finish(t: &Table) -> String {
    let mut s = t.trim_fmt();
    // the NOTHING preset leaves one blank column on the left
    s = s
        .lines()
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n");
    s.push('\n');
    s
}

fn bold(style: &TextStyle, s: &str) -> String {
    if style.color {
        format!("\x1b[1m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

/// `text` with the first whole-word, case-insensitive occurrence of `cue` in bold
/// yellow (when styling is on).
fn highlight(style: &TextStyle, text: &str, cue: &str) -> String {
    if !style.color || cue.is_empty() {
        return text.to_string();
    }
    let (t, c) = (text.as_bytes(), cue.as_bytes());
    let word = |i: usize| i >= t.len() || !(t[i] as char).is_alphanumeric();
    let at = (0..t.len().saturating_sub(c.len() - 1)).find(|&i| {
        text.is_char_boundary(i)
            && text.is_char_boundary(i + c.len())
            && t[i..i + c.len()].eq_ignore_ascii_case(c)
            && (i == 0 || word(i - 1))
            && word(i + c.len())
    });
    match at {
        Some(i) => format!(
            "{}\x1b[1;33m{}\x1b[0m{}",
            &text[..i],
            &text[i..i + c.len()],
            &text[i + c.len()..]
        ),
        None => text.to_string(),
    }
}

fn arrow(relation: RelationType) -> String {
    if relation.is_symmetric() {
        format!("-[{relation}]-")
    } else {
        format!("-[{relation}]->")
    }
}

fn render_edge(out: &mut String, style: &TextStyle, e: &EdgeReport, indent: &str) {
    let _ = writeln!(
        out,
        "{indent}{} {} {}  (weight {})",
        bold(style, &e.source_label),
        arrow(e.relation),
        bold(style, &e.target_label),
        e.weight
    );
    let inner = format!("{indent}    ");
    for ev in &e.evidence {
        let mut place = ev.document.clone();
        if let Some(d) = &ev.date {
            let _ = write!(place, " {d}");
        }
        let _ = write!(place, ", sentence {}, {}, cue \"{}\"", ev.sentence, ev.modality, ev.cue);
        if let Some(r) = &ev.role {
            let _ = write!(place, ", role \"{r}\"");
        }
        let _ = writeln!(out, "{indent}  [{place}]");
        let opts = textwrap::Options::new(usize::from(style.width).max(40))
            .initial_indent(&inner)
            .subsequent_indent(&inner);
        let _ = writeln!(out, "{}", textwrap::fill(&highlight(style, &ev.text, &ev.cue), opts));
    }
}

impl Render for EntityReport {
    fn render(&self, style: &TextStyle) -> String {
        let mut t = table(style, &["field", "value"]);
        let join = |v: &[String]| {
            if v.is_empty() {
                "-".to_string()
            } else {
                v.join("; ")
            }
        };
        let mut fields = vec![
            ("name", self.label.clone()),
            ("id", self.id.clone()),
            ("type", self.kind.to_string()),
        ];
        if !self.other_readings.is_empty() {
            let also: Vec<String> = self
                .other_readings
                .iter()
                .map(|r| format!("{} ({} documents, {} mentions)", r.kind, r.documents, r.mentions))
                .collect();
            fields.push(("also read as", also.join("; ")));
        }
        fields.extend([
            ("aliases", join(&self.aliases)),
            ("roles", join(&self.roles)),
            ("mentions", self.mentions.to_string()),
        ]);
        fields.extend(self.wikidata.iter().map(|w| ("wikidata", w.clone())));
        fields.push(("degree", self.degree.to_string()));
        fields.push(("documents", self.documents.len().to_string()));
        add_pairs(&mut t, fields);
        let mut s = finish(&t);
        if !self.relations.is_empty() {
            let mut r = table(style, &["relation", "direction", "edges", "evidence"]);
            for c in &self.relations {
                r.add_row(vec![
                    Cell::new(c.relation),
                    Cell::new(c.direction.as_str()),
                    Cell::new(c.edges),
                    Cell::new(c.evidence),
                ]);
            }
            s.push('\n');
            s.push_str(&finish(&align_right(r, &[2, 3])));
        }
        if !self.documents.is_empty() {
            let mut d = table(style, &["document", "date", "title"]);
            for m in &self.documents {
                d.add_row(vec![
                    m.id.clone(),
                    m.date.clone().unwrap_or_else(|| "-".into()),
                    m.title.clone().unwrap_or_else(|| "-".into()),
                ]);
            }
            s.push('\n');
            s.push_str(&finish(&d));
        }
        s
    }
}

impl Render for NeighborsReport {
    fn render(&self, style: &TextStyle) -> String {
        let mut s = format!(
            "{} neighbour link(s) of {} ({})\n",
            self.neighbors.len(),
            bold(style, &self.actor.label),
            self.actor.kind
        );
        if self.neighbors.is_empty() {
            return s;
        }
        let mut t = table(style, &["name", "type", "relation", "direction", "weight"]);
        for n in &self.neighbors {
            t.add_row(vec![
                Cell::new(&n.label),
                Cell::new(n.kind),
                Cell::new(n.relation),
                Cell::new(n.direction.as_str()),
                Cell::new(n.weight),
            ]);
        }
        s.push_str(&finish(&align_right(t, &[4])));
        s
    }
}

impl Render for EdgesReport {
    fn render(&self, style: &TextStyle) -> String {
        let mut s = format!("{} edge(s)\n", self.edges.len());
        for e in &self.edges {
            s.push('\n');
            render_edge(&mut s, style, e, "");
        }
        s
    }
}

impl Render for PathReport {
    fn render(&self, style: &TextStyle) -> String {
        let Some(len) = self.length else {
            return format!(
                "no path between {} and {} within {} hop(s)\n",
                self.from.label, self.to.label, self.max_hops
            );
        };
        let mut s = format!(
            "{} shortest path(s) of {} hop(s) between {} and {}{}\n",
            self.total,
            len,
            bold(style, &self.from.label),
            bold(style, &self.to.label),
            if (self.paths.len() as u64) < self.total {
                format!(" (showing {})", self.paths.len())
            } else {
                String::new()
            }
        );
        for (i, p) in self.paths.iter().enumerate() {
            let names: Vec<&str> = p.nodes.iter().map(|n| n.label.as_str()).collect();
            let _ = writeln!(s, "\n{}. {}", i + 1, names.join(" -- "));
            for hop in &p.hops {
                for e in &hop.edges {
                    render_edge(&mut s, style, e, "   ");
                }
            }
        }
        s
    }
}

impl Render for TopReport {
    fn render(&self, style: &TextStyle) -> String {
        let by = match self.by {
            Ranking::Degree => "degree",
            Ranking::Pagerank => "pagerank",
            Ranking::Betweenness => "betweenness",
        };
        // ranked by degree, the score is the degree: one column, not two
        let degree_only = self.by == Ranking::Degree;
        let mut header = vec!["rank", "name", "type", by];
        if !degree_only {
            header.push("degree");
        }
        let mut t = table(style, &header);
        for r in &self.ranking {
            let mut row = vec![Cell::new(r.rank), Cell::new(&r.label), Cell::new(r.kind)];
            if !degree_only {
                row.push(Cell::new(format!("{:.4}", r.score)));
            }
            row.push(Cell::new(r.degree));
            t.add_row(row);
        }
        let numbers: &[usize] = if degree_only { &[0, 3] } else { &[0, 3, 4] };
        finish(&align_right(t, numbers))
    }
}

impl Render for StatsReport {
    fn render(&self, style: &TextStyle) -> String {
        let mut t = table(style, &["measure", "value"]);
        let dates = match (&self.first_date, &self.last_date) {
            (Some(a), Some(b)) => format!("{a} .. {b}"),
            _ => "-".to_string(),
        };
        let measures = [
            ("documents", self.documents.to_string()),
            ("dates", dates),
            ("actors", self.nodes.to_string()),
            ("edges", self.edges.to_string()),
            ("evidence", self.evidence.to_string()),
            ("components", self.components.to_string()),
            ("largest component", self.largest_component.to_string()),
            ("isolated actors", self.isolated.to_string()),
        ];
        add_pairs(&mut t, measures);
        let mut ty = table(style, &["type", "actors"]);
        add_pairs(&mut ty, &self.types);
        let mut r = table(style, &["relation", "edges", "evidence"]);
        for (k, v) in &self.relations {
            r.add_row(vec![Cell::new(k), Cell::new(v.edges), Cell::new(v.evidence)]);
        }
        format!(
            "{}\n{}\n{}",
            finish(&align_right(t, &[1])),
            finish(&align_right(ty, &[1])),
            finish(&align_right(r, &[1, 2]))
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auto_header<T: Serialize>(row: T) -> Vec<String> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(row).unwrap();
        let s = String::from_utf8(w.into_inner().unwrap()).unwrap();
        s.lines().next().unwrap().split(',').map(str::to_string).collect()
    }

    #[test]
    fn csv_headers_match_the_fields() {
        let n = Neighbor {
            id: "a".into(),
            label: "A".into(),
            kind: EntityType::Person,
            relation: RelationType::MetWith,
            direction: Direction::Both,
            weight: 1,
        };
        assert_eq!(auto_header(n), Neighbor::HEADER);
        let r = Ranked {
            rank: 1,
            id: "a".into(),
            label: "A".into(),
            kind: EntityType::Person,
            score: 1.0,
            degree: 1,
        };
        assert_eq!(auto_header(r), Ranked::HEADER);
        let e = EvidenceRow {
            path: None,
            hop: None,
            source: "a".into(),
            source_label: "A".into(),
            relation: RelationType::Opposes,
            target: "b".into(),
            target_label: "B".into(),
            weight: 1,
            document: "d".into(),
            date: None,
            sentence: 0,
            cue: "c".into(),
            modality: Modality::Asserted,
            text: "t".into(),
        };
        assert_eq!(auto_header(e), EvidenceRow::HEADER);
    }

    #[test]
    fn cue_is_highlighted_as_a_whole_word_only_with_color() {
        let on = TextStyle { color: true, width: 80 };
        assert_eq!(
            highlight(&on, "Trump accused Putin", "accused"),
            "Trump \x1b[1;33maccused\x1b[0m Putin"
        );
        assert_eq!(
            highlight(&on, "He met them. Met.", "met"),
            "He \x1b[1;33mmet\x1b[0m them. Met."
        );
        assert_eq!(highlight(&on, "summit", "met"), "summit");
        assert_eq!(
            highlight(&TextStyle::default(), "Trump accused Putin", "accused"),
            "Trump accused Putin"
        );
    }
}
