//! Report pieces several queries share: actors, directions, edges with evidence.

use crate::graph::{Edge, KnowledgeGraph, Node};
use crate::model::{EntityType, Evidence, Modality, RelationType};
use serde::Serialize;

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
    pub(super) fn of(n: &Node) -> Self {
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
    pub(super) fn as_str(self) -> &'static str {
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
    pub(super) fn new(g: &KnowledgeGraph, e: &Edge, from: Option<&str>) -> Self {
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

pub(super) fn evidence_report(g: &KnowledgeGraph, ev: &Evidence) -> EvidenceReport {
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
