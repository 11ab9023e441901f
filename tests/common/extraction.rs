//! Extraction helpers: run the pipeline on a sentence and ask for its edges.

use newsgraph::model::slug;
use newsgraph::{Document, EntityType, Extraction, Pipeline, Relation, RelationType};

/// The extraction of `text` as one document with the built-in lexicon.
pub fn extract(text: &str) -> Extraction {
    let doc = Document {
        id: "test".into(),
        title: None,
        date: None,
        source: None,
        url: None,
        text: text.into(),
    };
    Pipeline::default().extract(&doc)
}

/// The canonical name of an entity id in an extraction (the id itself when unknown).
pub fn name_of(x: &Extraction, id: &str) -> String {
    x.entities
        .iter()
        .find(|e| e.id == id)
        .map_or_else(|| id.to_string(), |e| e.name.clone())
}

/// Every entity (locations included) as (canonical name, type), in order of first mention.
pub fn actors(text: &str) -> Vec<(String, EntityType)> {
    extract(text).entities.into_iter().map(|e| (e.name, e.kind)).collect()
}

/// Every relation of `text` as (source name, relation, target name).
pub fn edges(text: &str) -> Vec<(String, RelationType, String)> {
    let x = extract(text);
    x.relations
        .iter()
        .map(|r| (name_of(&x, &r.source), r.relation, name_of(&x, &r.target)))
        .collect()
}

/// The relation `source -rel-> target` (either direction for met-with), if extracted.
pub fn find<'a>(x: &'a Extraction, source: &str, rel: RelationType, target: &str) -> Option<&'a Relation> {
    let (s, t) = (slug(source), slug(target));
    x.relations.iter().find(|r| {
        r.relation == rel
            && ((r.source == s && r.target == t) || (rel.is_symmetric() && r.source == t && r.target == s))
    })
}

/// Asserts that `text` yields `source -rel-> target` and returns that relation.
#[track_caller]
pub fn expect_edge(text: &str, source: &str, rel: RelationType, target: &str) -> Relation {
    let x = extract(text);
    match find(&x, source, rel, target) {
        Some(r) => r.clone(),
        None => panic!(
            "expected {source} -{rel}-> {target} in {text:?}\ngot: {:?}\nactors: {:?}",
            edges(text),
            actors(text)
        ),
    }
}

/// Asserts that `text` does not yield `source -rel-> target`.
#[track_caller]
pub fn expect_no_edge(text: &str, source: &str, rel: RelationType, target: &str) {
    let x = extract(text);
    if let Some(r) = find(&x, source, rel, target) {
        panic!(
            "unexpected {source} -{rel}-> {target} in {text:?} (rule {:?}, cue {:?})\nall: {:?}",
            r.evidence.rule,
            r.evidence.cue,
            edges(text)
        );
    }
}
