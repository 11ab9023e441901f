//! score.py's `score_doc`: one gold file against one predicted graph.

use super::gold::{Ends, Gold, GoldEntity, GoldRelation};
use super::predicted::{Predicted, PyKey};
use super::{Counts, DocReport, ACTOR_TYPES, SYMMETRIC};
use crate::model::fold;
use std::collections::{BTreeMap, BTreeSet};

/// A relation key `(source, type, target)`, with `met-with` ends in order.
pub(super) type Key = (String, String, String);

pub(super) fn key(s: &str, t: &str, o: &str) -> Key {
    if SYMMETRIC.contains(&t) && o < s {
        (o.to_string(), t.to_string(), s.to_string())
    } else {
        (s.to_string(), t.to_string(), o.to_string())
    }
}

/// A Python `or`: the first non-empty string.
pub(super) fn or<'a>(a: Option<&'a String>, b: impl FnOnce() -> Option<&'a String>) -> Option<&'a String> {
    a.filter(|s| !s.is_empty()).or_else(b)
}

/// The gold names, folded: each to the canonical name of its gold entity, and (for
/// names no required entity has) to its optional entity.
struct GoldNames<'g> {
    required: BTreeMap<String, &'g String>,
    optional: BTreeMap<String, &'g String>,
}

impl<'g> GoldNames<'g> {
    fn new(gold: &'g Gold) -> Self {
        let names = |e: &GoldEntity| -> BTreeSet<String> {
            std::iter::once(&e.name).chain(&e.aliases).map(|s| fold(s)).collect()
        };
        let mut required: BTreeMap<String, &String> = BTreeMap::new();
        for e in &gold.entities {
            for n in names(e) {
                required.entry(n).or_insert(&e.name);
            }
        }
        let mut optional: BTreeMap<String, &String> = BTreeMap::new();
        for e in &gold.optional_entities {
            for n in names(e) {
                if !required.contains_key(&n) {
                    optional.entry(n).or_insert(&e.name);
                }
            }
        }
        GoldNames { required, optional }
    }

    /// The gold entities a relation end names (`?name` for a name not in gold).
    fn resolve(&self, ends: &Ends) -> BTreeSet<String> {
        ends.names()
            .iter()
            .map(|x| {
                let n = fold(x);
                match or(self.required.get(&n).copied(), || self.optional.get(&n).copied()) {
                    Some(g) => g.clone(),
                    None => format!("?{x}"),
                }
            })
            .collect()
    }

    /// Every key a gold relation stands for (one per listed source and target).
    fn relation_keys(&self, r: &GoldRelation) -> BTreeSet<Key> {
        let targets = self.resolve(&r.target);
        let mut keys = BTreeSet::new();
        for s in self.resolve(&r.source) {
            for t in &targets {
                keys.insert(key(&s, &r.kind, t));
            }
        }
        keys
    }
}

/// Each predicted node's gold actor (`None`: a location, or no match).
type NodeGold = BTreeMap<PyKey, Option<String>>;

/// score.py's `score_doc`.
pub(super) fn score_doc(gold: &Gold, graph: &Predicted, id: String) -> DocReport {
    let names = GoldNames::new(gold);
    let (node_gold, actors, mut notes) = score_actors(gold, &names, graph);
    let scored = score_relations(gold, &names, graph, &node_gold);
    notes.extend(scored.notes);
    DocReport {
        id,
        actors,
        relations: scored.relations,
        per_type: scored.per_type,
        forbidden: scored.forbidden,
        notes,
    }
}

/// Maps each predicted node to a gold actor and counts actors; the notes list
/// duplicates, actors not in gold and missed actors.
fn score_actors(gold: &Gold, names: &GoldNames, graph: &Predicted) -> (NodeGold, Counts, Vec<String>) {
    let mut node_gold: NodeGold = BTreeMap::new();
    let mut matched: BTreeSet<&String> = BTreeSet::new();
    let mut actors = Counts::default();
    let mut notes = Vec::new();
    for n in &graph.nodes {
        if n.kind == "location" {
            node_gold.insert(n.key.clone(), None);
            continue;
        }
        let hits: BTreeSet<&String> = n.names.iter().filter_map(|x| names.required.get(x).copied()).collect();
        if let Some(first) = hits.first() {
            let g = or(names.required.get(&n.label).copied(), || Some(first)).unwrap_or(first);
            node_gold.insert(n.key.clone(), Some(g.clone()));
            if matched.contains(g) {
                actors.fp += 1;
                notes.push(format!("duplicate node for {g}: {}", n.label_display));
            } else {
                matched.insert(g);
                actors.tp += 1;
            }
            continue;
        }
        let opt_hits: BTreeSet<&String> = n.names.iter().filter_map(|x| names.optional.get(x).copied()).collect();
        node_gold.insert(n.key.clone(), opt_hits.first().map(|s| s.to_string()));
        if !opt_hits.is_empty() || (!n.kind.is_empty() && !ACTOR_TYPES.contains(&n.kind.as_str())) {
            continue;
        }
        actors.fp += 1;
        notes.push(format!("actor not in gold: {} ({})", n.label_or_id, n.kind));
    }
    for e in &gold.entities {
        if !matched.contains(&e.name) {
            notes.push(format!("missed actor: {}", e.name));
        }
    }
    actors.fn_ = gold.entities.len() - matched.len();
    (node_gold, actors, notes)
}

/// Relation counts of one document, with their notes in score.py's order.
struct RelationScore {
    relations: Counts,
    per_type: BTreeMap<String, Counts>,
    forbidden: usize,
    /// Wrong relations, then forbidden ones, then missed ones.
    notes: Vec<String>,
}

/// Scores the predicted edges against the required, optional and forbidden relations.
fn score_relations(gold: &Gold, names: &GoldNames, graph: &Predicted, node_gold: &NodeGold) -> RelationScore {
    let required: Vec<BTreeSet<Key>> = gold.relations.iter().map(|r| names.relation_keys(r)).collect();
    let optional: BTreeSet<Key> = gold
        .optional_relations
        .iter()
        .flat_map(|r| names.relation_keys(r))
        .collect();
    let forbidden: BTreeSet<Key> = gold
        .forbidden_relations
        .iter()
        .flat_map(|r| names.relation_keys(r))
        .collect();

    let mut predicted: BTreeSet<Key> = BTreeSet::new();
    for e in &graph.edges {
        let end = |k: &PyKey| node_gold.get(k).cloned().flatten();
        match (end(&e.source.0), end(&e.target.0)) {
            (Some(s), Some(o)) => predicted.insert(key(&s, &e.relation, &o)),
            // an edge touching an unmatched node: wrong unless that node is a location/optional
            _ => predicted.insert((
                format!("~{}", e.source.1),
                e.relation.clone(),
                format!("~{}", e.target.1),
            )),
        };
    }

    let mut relations = Counts::default();
    let mut hit_required = vec![false; required.len()];
    let mut per_type: BTreeMap<String, Counts> = BTreeMap::new();
    let mut notes = Vec::new();
    for p in &predicted {
        if let Some(i) = required.iter().position(|keys| keys.contains(p)) {
            if !hit_required[i] {
                hit_required[i] = true;
                relations.tp += 1;
                per_type.entry(p.1.clone()).or_default().tp += 1;
            }
            continue;
        }
        if optional.contains(p) {
            continue;
        }
        per_type.entry(p.1.clone()).or_default().fp += 1;
        relations.fp += 1;
        notes.push(format!("wrong relation: {} -{}-> {}", p.0, p.1, p.2));
    }
    let mut missed = Vec::new();
    for (r, hit) in gold.relations.iter().zip(&hit_required) {
        if !hit {
            per_type.entry(r.kind.clone()).or_default().fn_ += 1;
            missed.push(format!(
                "missed relation: {} -{}-> {}",
                r.source.display(),
                r.kind,
                r.target.display()
            ));
        }
    }
    relations.fn_ = missed.len();
    let forbidden_hits: Vec<&Key> = predicted.iter().filter(|p| forbidden.contains(*p)).collect();
    for p in &forbidden_hits {
        notes.push(format!("FORBIDDEN relation: {} -{}-> {}", p.0, p.1, p.2));
    }
    notes.extend(missed);
    RelationScore {
        relations,
        per_type,
        forbidden: forbidden_hits.len(),
        notes,
    }
}
