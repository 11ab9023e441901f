//! The knowledge graph: one node per actor, one edge per (source, relation, target)
//! triple with every evidence behind it, merged across documents.
//!
//! Storage is ordered maps so that output never depends on input order or thread
//! count; `petgraph()` builds a petgraph view for graph algorithms.

pub mod centrality;
mod lookup;
mod resolve;

use crate::model::{DocumentMeta, EntityType, Evidence, Extraction, MentionSource, RelationType};
use crate::{Error, Result};
use petgraph::graph::{DiGraph, NodeIndex};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// An actor in the graph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Node {
    /// Stable id: the slug of the canonical name.
    pub id: String,
    /// The canonical (fullest) name.
    pub label: String,
    /// Actor type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Other surface forms under which the actor appeared in the input.
    #[serde(default)]
    pub aliases: BTreeSet<String>,
    /// Roles held, as written in the input.
    #[serde(default)]
    pub roles: BTreeSet<String>,
    /// How many times the actor was named.
    #[serde(default)]
    pub mentions: u64,
    /// Documents the actor appears in.
    #[serde(default)]
    pub documents: BTreeSet<String>,
    /// External id (Wikidata), from a lexicon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    /// Every type the actor was read as, with the weight of evidence for each; `kind`
    /// is the heaviest (see [`Reading`]). Written to JSON only when the documents
    /// disagree, so the losing readings stay visible; empty in a node built by hand
    /// (then `kind` alone, see [`Node::settle_readings`]).
    #[serde(default, skip_serializing_if = "single_reading")]
    pub readings: BTreeMap<EntityType, Reading>,
}

/// The weight of evidence for one reading of an actor's type: how many documents
/// read it so, and how many times it was named in them. The heaviest reading is the
/// actor's type: most documents, then most mentions, then the first type in
/// `EntityType` order (person, organization, country, group, location). Counts add up
/// when graphs merge, so the decision does not depend on merge order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reading {
    /// Documents that read the actor as this type.
    pub documents: u64,
    /// Mentions in those documents.
    pub mentions: u64,
}

fn single_reading(r: &BTreeMap<EntityType, Reading>) -> bool {
    r.len() <= 1
}

impl Node {
    /// Fills in the readings of a node that has none (built by hand, or read from a
    /// graph where all documents agreed): its one type, with its documents and mentions.
    pub fn settle_readings(&mut self) {
        if self.readings.is_empty() {
            self.readings.insert(
                self.kind,
                Reading {
                    documents: self.documents.len() as u64,
                    mentions: self.mentions,
                },
            );
        }
    }

    /// The type the readings decide (see [`Reading`]); `kind` when there are none.
    pub fn decided_kind(&self) -> EntityType {
        self.readings
            .iter()
            .max_by(|(ka, a), (kb, b)| {
                (a.documents, a.mentions, std::cmp::Reverse(*ka)).cmp(&(
                    b.documents,
                    b.mentions,
                    std::cmp::Reverse(*kb),
                ))
            })
            .map_or(self.kind, |(k, _)| *k)
    }
}

/// The key of an edge: source id, relation, target id (`met-with` has source <= target).
pub type EdgeKey = (String, RelationType, String);

/// An edge: one relation between two actors with all its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    /// Source node id.
    pub source: String,
    /// Target node id.
    pub target: String,
    /// Relation type.
    pub relation: RelationType,
    /// Distinct evidences, sorted (the first `--max-evidence` of them when capped).
    pub evidence: BTreeSet<Evidence>,
    /// Evidences counted in the weight but not kept, over the cap of
    /// [`MergeOptions::max_evidence`]; 0 when nothing was dropped.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub dropped: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Edge {
    /// The number of distinct evidences, kept or dropped: how often the text says it.
    pub fn weight(&self) -> usize {
        self.evidence.len() + self.dropped
    }

    /// Keeps the first `max` evidences (in their sorted order) and counts the rest in
    /// `dropped`. The kept ones are the same whatever order the evidence came in.
    pub fn cap_evidence(&mut self, max: usize) {
        while self.evidence.len() > max {
            self.evidence.pop_last();
            self.dropped += 1;
        }
    }

    /// Whether the edge has evidence and all of it is only expected ("will meet").
    pub fn is_expected_only(&self) -> bool {
        !self.evidence.is_empty()
            && self
                .evidence
                .iter()
                .all(|e| e.modality == crate::model::Modality::Expected)
    }
}

/// How graphs are merged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeOptions {
    /// Keep at most this many evidences per edge (the first in sorted order: by
    /// document id, then sentence); the weight still counts every one. `None`: keep all.
    pub max_evidence: Option<usize>,
    /// Leave actors unresolved: the graph is one step of a tree of merges (a Spark
    /// job's), and the last merge resolves them all at once, exactly as `build` does.
    pub partial: bool,
}

/// A graph of actors and relations, merged from one or more documents.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnowledgeGraph {
    /// Documents the graph was built from, by id.
    pub documents: BTreeMap<String, DocumentMeta>,
    /// Actors by id.
    pub nodes: BTreeMap<String, Node>,
    /// Edges by key.
    pub edges: BTreeMap<EdgeKey, Edge>,
}

/// Orders the ends of a symmetric relation so each unordered pair is stored once.
pub fn edge_key(source: &str, relation: RelationType, target: &str) -> EdgeKey {
    if relation.is_symmetric() && target < source {
        (target.to_string(), relation, source.to_string())
    } else {
        (source.to_string(), relation, target.to_string())
    }
}

impl KnowledgeGraph {
    /// An empty graph.
    pub fn new() -> Self {
        Self::default()
    }

    /// The graph of one document's extraction (no cross-document resolution).
    pub fn from_extraction(x: &Extraction) -> Self {
        let mut g = KnowledgeGraph::new();
        let doc = x.document.id.clone();
        g.documents.insert(doc.clone(), x.document.clone());
        for e in &x.entities {
            let named = e.mentions.iter().filter(|m| m.how != MentionSource::Coreference);
            let mut aliases = BTreeSet::new();
            let mut count = 0u64;
            for m in named {
                count += 1;
                if m.text != e.name {
                    aliases.insert(m.text.clone());
                }
            }
            g.add_node(Node {
                id: e.id.clone(),
                label: e.name.clone(),
                kind: e.kind,
                aliases,
                roles: e.roles.iter().cloned().collect(),
                mentions: count,
                documents: BTreeSet::from([doc.clone()]),
                wikidata: e.wikidata.clone(),
                readings: BTreeMap::from([(
                    e.kind,
                    Reading {
                        documents: 1,
                        mentions: count,
                    },
                )]),
            });
        }
        for r in &x.relations {
            // `io::extraction_lines::validate` refuses these in files; kept for extractions built
            // in memory
            if r.source == r.target || !g.nodes.contains_key(&r.source) || !g.nodes.contains_key(&r.target) {
                continue;
            }
            let mut ev = r.evidence.clone();
            ev.rule = None;
            g.add_evidence(&r.source, r.relation, &r.target, ev);
        }
        g
    }

    /// Adds a node, merging it into an existing node with the same id.
    pub fn add_node(&mut self, mut node: Node) {
        node.settle_readings();
        match self.nodes.get_mut(&node.id) {
            Some(old) => merge_node(old, node),
            None => {
                self.nodes.insert(node.id.clone(), node);
            }
        }
    }

    /// Adds one evidence to the edge (source, relation, target), creating it if new.
    pub fn add_evidence(&mut self, source: &str, relation: RelationType, target: &str, ev: Evidence) {
        self.edge_mut(source, relation, target).evidence.insert(ev);
    }

    /// The edge (source, relation, target), its ends ordered by [`edge_key`]; created
    /// without evidence if new.
    pub(crate) fn edge_mut(&mut self, source: &str, relation: RelationType, target: &str) -> &mut Edge {
        self.edges
            .entry(edge_key(source, relation, target))
            .or_insert_with_key(|key| Edge {
                source: key.0.clone(),
                target: key.2.clone(),
                relation,
                evidence: BTreeSet::new(),
                dropped: 0,
            })
    }

    /// Unions `other` into this graph. Documents present in both are an error,
    /// which keeps merging associative and commutative (nothing is counted twice).
    pub fn absorb(&mut self, other: KnowledgeGraph) -> Result<()> {
        self.absorb_with(other, &MergeOptions::default())
    }

    /// [`absorb`](Self::absorb), keeping at most `opts.max_evidence` evidences per edge.
    /// The documents of two graphs are disjoint, so are their evidences, and the kept
    /// evidences and the weights do not depend on the order graphs are absorbed in.
    pub fn absorb_with(&mut self, mut other: KnowledgeGraph, opts: &MergeOptions) -> Result<()> {
        // the smaller graph goes into the bigger one: absorbing is commutative
        if other.edges.len() + other.nodes.len() > self.edges.len() + self.nodes.len() {
            std::mem::swap(self, &mut other);
        }
        for (id, meta) in other.documents {
            if self.documents.contains_key(&id) {
                return Err(Error::DuplicateDocument {
                    id: id.clone(),
                    first: "one input".into(),
                    second: "another input".into(),
                });
            }
            self.documents.insert(id, meta);
        }
        for (_, n) in other.nodes {
            self.add_node(n);
        }
        for (_, e) in other.edges {
            let edge = self.edge_mut(&e.source, e.relation, &e.target);
            edge.evidence.extend(e.evidence);
            edge.dropped += e.dropped;
            if let Some(max) = opts.max_evidence {
                edge.cap_evidence(max);
            }
        }
        Ok(())
    }

    /// Unions graphs without resolving actors, as a parallel tree (rayon): pairs of
    /// partial graphs are absorbed into each other until one is left. Absorbing is
    /// associative and commutative, so the tree's shape and the thread count never
    /// show in the result.
    pub fn union(parts: Vec<KnowledgeGraph>, opts: &MergeOptions) -> Result<Self> {
        use rayon::prelude::*;
        parts
            .into_par_iter()
            .map(Ok)
            .try_reduce(KnowledgeGraph::new, |mut a, b| {
                a.absorb_with(b, opts)?;
                Ok(a)
            })
    }

    /// Merges graphs into one and resolves the same actor under different spellings
    /// (see `resolve`). The result does not depend on the order of `parts`.
    pub fn merge(parts: impl IntoIterator<Item = KnowledgeGraph>) -> Result<Self> {
        Self::merge_with(parts.into_iter().collect(), &MergeOptions::default())
    }

    /// [`merge`](Self::merge) as a parallel tree ([`union`](Self::union)), then actor
    /// resolution, with evidence capped per edge as `opts` says.
    pub fn merge_with(parts: Vec<KnowledgeGraph>, opts: &MergeOptions) -> Result<Self> {
        let mut g = Self::union(parts, opts)?;
        g.finish(opts);
        Ok(g)
    }

    /// The last step of a merge, once every part is absorbed: resolves actors across
    /// documents (unless `opts.partial`), then caps the evidence of the edges resolution joined.
    pub fn finish(&mut self, opts: &MergeOptions) {
        if !opts.partial {
            self.resolve_actors();
        }
        if let Some(max) = opts.max_evidence {
            for e in self.edges.values_mut() {
                e.cap_evidence(max);
            }
        }
    }

    /// Merges node `from` into node `into`, re-pointing its edges; self-loops are dropped.
    pub fn merge_nodes(&mut self, from: &str, into: &str) {
        if from == into {
            return;
        }
        let Some(mut gone) = self.nodes.remove(from) else {
            return;
        };
        let Some(keep) = self.nodes.get_mut(into) else {
            self.nodes.insert(from.to_string(), gone);
            return;
        };
        gone.aliases.insert(gone.label.clone());
        gone.id = keep.id.clone();
        gone.label = keep.label.clone();
        // the merged name's evidence counts for the kept actor's type
        gone.settle_readings();
        let folded = gone.readings.values().fold(Reading::default(), |a, r| Reading {
            documents: a.documents + r.documents,
            mentions: a.mentions + r.mentions,
        });
        gone.readings = BTreeMap::from([(keep.kind, folded)]);
        gone.kind = keep.kind;
        merge_node(keep, gone);
        let moved: Vec<EdgeKey> = self
            .edges
            .keys()
            .filter(|k| k.0 == from || k.2 == from)
            .cloned()
            .collect();
        for k in moved {
            let e = self.edges.remove(&k).expect("key listed above");
            let s = if e.source == from { into } else { e.source.as_str() };
            let t = if e.target == from { into } else { e.target.as_str() };
            if s == t {
                continue;
            }
            let (s, t) = (s.to_string(), t.to_string());
            let edge = self.edge_mut(&s, e.relation, &t);
            edge.evidence.extend(e.evidence);
            // evidences dropped from two edges cannot be compared: a sentence both
            // edges dropped is counted twice (only with --max-evidence)
            edge.dropped += e.dropped;
        }
    }

    /// Weight of the edge, 0 when absent.
    pub fn weight(&self, source: &str, relation: RelationType, target: &str) -> usize {
        self.edges
            .get(&edge_key(source, relation, target))
            .map_or(0, Edge::weight)
    }

    /// A petgraph view: node weights are node ids, edge weights are edge keys.
    /// Use it for algorithms (paths, components, rankings).
    pub fn petgraph(&self) -> (DiGraph<&str, &EdgeKey>, BTreeMap<&str, NodeIndex>) {
        let mut g = DiGraph::with_capacity(self.nodes.len(), self.edges.len());
        let mut index = BTreeMap::new();
        for id in self.nodes.keys() {
            index.insert(id.as_str(), g.add_node(id.as_str()));
        }
        for (k, _) in self.edges.iter() {
            g.add_edge(index[k.0.as_str()], index[k.2.as_str()], k);
        }
        (g, index)
    }

    /// Number of edges whose either end is `id`.
    pub fn degree(&self, id: &str) -> usize {
        self.edges.keys().filter(|k| k.0 == id || k.2 == id).count()
    }
}

/// Folds `new` into `old` (same actor): unions sets, adds counts, settles label and type;
/// commutative and associative, so merge order never shows in the output.
fn merge_node(old: &mut Node, new: Node) {
    // One id typed differently in different inputs: the weight of evidence decides
    // (documents, then mentions, then a fixed order; see `Reading`). The readings are
    // sums, so the result does not depend on the order graphs are merged in.
    old.settle_readings();
    for (k, r) in &new.readings {
        let sum = old.readings.entry(*k).or_default();
        sum.documents += r.documents;
        sum.mentions += r.mentions;
    }
    old.kind = old.decided_kind();
    if new.label != old.label {
        // the same id: the spellings differ only in case or accents; keep a stable
        // choice (accented, then more capitals, then the smaller string)
        fn rank(x: &str) -> (bool, usize, std::cmp::Reverse<&str>) {
            (
                !x.is_ascii(),
                x.chars().filter(|c| c.is_uppercase()).count(),
                std::cmp::Reverse(x),
            )
        }
        let mut other = new.label;
        if rank(&other) > rank(&old.label) {
            std::mem::swap(&mut old.label, &mut other);
        }
        old.aliases.insert(other);
    }
    old.aliases.extend(new.aliases);
    old.aliases.remove(&old.label);
    old.roles.extend(new.roles);
    old.mentions += new.mentions;
    old.documents.extend(new.documents);
    // two different external ids for one id: the smaller, again whatever the order
    old.wikidata = match (old.wikidata.take(), new.wikidata) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
}
