//! CSV export: `nodes.csv` and `edges.csv` in a directory, with the header syntax of
//! `neo4j-admin database import full` (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
//! `:TYPE`, typed properties such as `mentions:long` and `aliases:string[]`), written
//! and quoted by the csv crate. The same files open in any spreadsheet.
//!
//! Arrays are joined by `;` (neo4j-admin's default `--array-delimiter`); sentences
//! may hold line breaks inside quoted fields, so neo4j-admin needs
//! `--multiline-fields=true`. See docs/interop.md.

use super::{edge_modality, join};
use crate::graph::KnowledgeGraph;
use crate::model::{EntityType, RelationType};
use std::collections::BTreeSet;

/// The files of the export: `(file name, contents)`, nodes first.
pub fn files(g: &KnowledgeGraph) -> Vec<(&'static str, String)> {
    vec![("nodes.csv", nodes(g)), ("edges.csv", edges(g))]
}

/// The Neo4j label of an actor type (`Person`, `Organization`, ...); every node also
/// has the label `Actor`.
pub fn label(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "Person",
        EntityType::Organization => "Organization",
        EntityType::Country => "Country",
        EntityType::Group => "Group",
        EntityType::Location => "Location",
    }
}

/// The Neo4j relationship type of a relation (`MET_WITH`, `SAID_ABOUT`, ...).
pub fn rel_type(relation: RelationType) -> &'static str {
    match relation {
        RelationType::MetWith => "MET_WITH",
        RelationType::SaidAbout => "SAID_ABOUT",
        RelationType::Opposes => "OPPOSES",
        RelationType::Supports => "SUPPORTS",
        RelationType::AffiliatedWith => "AFFILIATED_WITH",
    }
}

fn table(rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in rows {
        w.write_record(&row).expect("writing to memory");
    }
    String::from_utf8(w.into_inner().expect("writing to memory")).expect("UTF-8 in, UTF-8 out")
}

/// `nodes.csv`: one row per actor.
pub fn nodes(g: &KnowledgeGraph) -> String {
    let header = [
        "id:ID",
        "name",
        ":LABEL",
        "type",
        "aliases:string[]",
        "roles:string[]",
        "mentions:long",
        "documents:string[]",
        "wikidata",
    ];
    let rows = g.nodes.values().map(|n| {
        vec![
            n.id.clone(),
            n.label.clone(),
            format!("Actor;{}", label(n.kind)),
            n.kind.as_str().to_string(),
            join(&n.aliases),
            join(&n.roles),
            n.mentions.to_string(),
            join(&n.documents),
            n.wikidata.clone().unwrap_or_default(),
        ]
    });
    table(std::iter::once(header.map(String::from).to_vec()).chain(rows))
}

/// `edges.csv`: one row per relation, with its first evidence sentence.
pub fn edges(g: &KnowledgeGraph) -> String {
    let header = [
        ":START_ID",
        ":END_ID",
        ":TYPE",
        "relation",
        "weight:long",
        "modality",
        "cue",
        "evidence",
        "document",
        "sentence:long",
        "documents:string[]",
    ];
    let rows = g.edges.values().map(|e| {
        let first = e.evidence.first();
        let docs: BTreeSet<&str> = e.evidence.iter().map(|ev| ev.document.as_str()).collect();
        vec![
            e.source.clone(),
            e.target.clone(),
            rel_type(e.relation).to_string(),
            e.relation.as_str().to_string(),
            e.weight().to_string(),
            edge_modality(e).as_str().to_string(),
            first.map(|f| f.cue.clone()).unwrap_or_default(),
            first.map(|f| f.text.clone()).unwrap_or_default(),
            first.map(|f| f.document.clone()).unwrap_or_default(),
            first.map(|f| f.sentence.to_string()).unwrap_or_default(),
            join(docs),
        ]
    });
    table(std::iter::once(header.map(String::from).to_vec()).chain(rows))
}
