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
    /// Distinct evidences, sorted.
    pub evidence: BTreeSet<Evidence>,
}

impl Edge {
    /// The number of distinct evidences: how often the text says it.
    pub fn weight(&self) -> usize {
        self.evidence.len()
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
            });
        }
        for r in &x.relations {
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
    pub fn add_node(&mut self, node: Node) {
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
            })
    }

    /// Unions `other` into this graph. Documents present in both are an error,
    /// which keeps merging associative and commutative (nothing is counted twice).
    pub fn absorb(&mut self, other: KnowledgeGraph) -> Result<()> {
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
            self.edge_mut(&e.source, e.relation, &e.target)
                .evidence
                .extend(e.evidence);
        }
        Ok(())
    }

    /// Merges graphs into one and resolves the same actor under different spellings
    /// (see `resolve`). The result does not depend on the order of `parts`.
    pub fn merge(parts: impl IntoIterator<Item = KnowledgeGraph>) -> Result<Self> {
        let mut g = KnowledgeGraph::new();
        for p in parts {
            g.absorb(p)?;
        }
        g.resolve_actors();
        Ok(g)
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
            for ev in e.evidence {
                self.add_evidence(&s, e.relation, &t, ev);
            }
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
    // One id typed differently in different inputs: the first type in `EntityType`
    // order wins (person, organization, country, group, location). A fixed order, not
    // a mention majority, because a merged node keeps only its total mentions, and a
    // majority over running totals would depend on the order graphs are merged in.
    old.kind = old.kind.min(new.kind);
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
