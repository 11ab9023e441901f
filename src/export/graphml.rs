//! GraphML export: the graph with typed attribute keys, written with quick-xml.
//!
//! Loads with `networkx.read_graphml`, python-igraph's `Graph.Read_GraphML`, Gephi,
//! yEd and Cytoscape desktop. Lists (aliases, roles, documents) are one string joined
//! by `;` ([`LIST_SEPARATOR`](super::LIST_SEPARATOR)), since GraphML has no list
//! type; an edge carries its first evidence sentence, the full list stays in JSON.
//! See docs/interop.md.

use super::xml::{self, attr, attrs};
use super::{edge_modality, join};
use crate::graph::KnowledgeGraph;
use crate::model::GRAPH_SCHEMA;
use quick_xml::Writer;
use std::io;

/// One attribute key: its id, what it is for, the attribute name and GraphML type.
struct Key {
    id: &'static str,
    domain: &'static str,
    name: &'static str,
    ty: &'static str,
}

const fn key(id: &'static str, domain: &'static str, name: &'static str, ty: &'static str) -> Key {
    Key { id, domain, name, ty }
}

/// Every key the file declares, in order.
const KEYS: &[Key] = &[
    key("g_schema", "graph", "schema", "string"),
    key("g_documents", "graph", "documents", "string"),
    key("n_label", "node", "label", "string"),
    key("n_type", "node", "type", "string"),
    key("n_aliases", "node", "aliases", "string"),
    key("n_roles", "node", "roles", "string"),
    key("n_mentions", "node", "mentions", "long"),
    key("n_documents", "node", "documents", "string"),
    key("n_wikidata", "node", "wikidata", "string"),
    key("e_relation", "edge", "relation", "string"),
    key("e_weight", "edge", "weight", "long"),
    key("e_modality", "edge", "modality", "string"),
    key("e_cue", "edge", "cue", "string"),
    key("e_evidence", "edge", "evidence", "string"),
    key("e_document", "edge", "document", "string"),
    key("e_sentence", "edge", "sentence", "long"),
    key("e_documents", "edge", "documents", "string"),
];

fn data(w: &mut Writer<Vec<u8>>, key: &'static str, value: &str) -> io::Result<()> {
    let a = [attr("key", key)];
    w.create_element("data")
        .with_attributes(attrs(&a))
        .write_text_content(xml::text(value))?;
    Ok(())
}

fn write(g: &KnowledgeGraph, w: &mut Writer<Vec<u8>>) -> io::Result<()> {
    let root = [
        attr("xmlns", "http://graphml.graphdrawing.org/xmlns"),
        attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        attr(
            "xsi:schemaLocation",
            "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
        ),
    ];
    w.create_element("graphml")
        .with_attributes(attrs(&root))
        .write_inner_content(|w| {
            for k in KEYS {
                let a = [
                    attr("id", k.id),
                    attr("for", k.domain),
                    attr("attr.name", k.name),
                    attr("attr.type", k.ty),
                ];
                w.create_element("key").with_attributes(attrs(&a)).write_empty()?;
            }
            let a = [attr("id", "newsgraph"), attr("edgedefault", "directed")];
            w.create_element("graph")
                .with_attributes(attrs(&a))
                .write_inner_content(|w| {
                    data(w, "g_schema", GRAPH_SCHEMA)?;
                    data(w, "g_documents", &join(g.documents.keys()))?;
                    for n in g.nodes.values() {
                        let a = [attr("id", &n.id)];
                        w.create_element("node")
                            .with_attributes(attrs(&a))
                            .write_inner_content(|w| {
                                data(w, "n_label", &n.label)?;
                                data(w, "n_type", n.kind.as_str())?;
                                data(w, "n_aliases", &join(&n.aliases))?;
                                data(w, "n_roles", &join(&n.roles))?;
                                data(w, "n_mentions", &n.mentions.to_string())?;
                                data(w, "n_documents", &join(&n.documents))?;
                                if let Some(q) = &n.wikidata {
                                    data(w, "n_wikidata", q)?;
                                }
                                Ok(())
                            })?;
                    }
                    for (i, e) in g.edges.values().enumerate() {
                        let a = [
                            attr("id", format!("e{i}")),
                            attr("source", &e.source),
                            attr("target", &e.target),
                        ];
                        w.create_element("edge")
                            .with_attributes(attrs(&a))
                            .write_inner_content(|w| {
                                data(w, "e_relation", e.relation.as_str())?;
                                data(w, "e_weight", &e.weight().to_string())?;
                                data(w, "e_modality", edge_modality(e).as_str())?;
                                if let Some(first) = e.evidence.first() {
                                    data(w, "e_cue", &first.cue)?;
                                    data(w, "e_evidence", &first.text)?;
                                    data(w, "e_document", &first.document)?;
                                    data(w, "e_sentence", &first.sentence.to_string())?;
                                }
                                let docs: std::collections::BTreeSet<&str> =
                                    e.evidence.iter().map(|ev| ev.document.as_str()).collect();
                                data(w, "e_documents", &join(docs))?;
                                Ok(())
                            })?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(())
}

/// The graph as GraphML text (deterministic bytes, trailing newline).
pub fn to_string(g: &KnowledgeGraph) -> String {
    let mut w = xml::writer();
    write(g, &mut w).expect("writing to memory");
    xml::finish(w)
}
