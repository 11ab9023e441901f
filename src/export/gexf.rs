//! GEXF 1.3 export, for Gephi: what GraphML cannot say to it.
//!
//! GraphML opens in Gephi too, but only as a static picture. GEXF adds **time**: when
//! the documents are dated, the graph is `mode="dynamic"` and every actor and
//! relation carries one spell per date of the documents it appears in, so Gephi's
//! timeline plays the story day by day. It also carries the DOT legend's colours
//! (`viz:color`), so Gephi's first picture looks like `newsgraph render`'s.
//! Read by `networkx.read_gexf` in the tests. See docs/interop.md.

use super::xml::{self, attr, attrs};
use super::{edge_modality, join};
use crate::export::dot::{edge_colour, node_style};
use crate::graph::KnowledgeGraph;
use quick_xml::Writer;
use std::collections::BTreeSet;
use std::io;

/// Node attributes: id, title, GEXF type.
const NODE_ATTRIBUTES: &[(&str, &str)] = &[
    ("type", "string"),
    ("aliases", "string"),
    ("roles", "string"),
    ("mentions", "long"),
    ("documents", "string"),
    ("wikidata", "string"),
];

/// Edge attributes: id, title, GEXF type.
const EDGE_ATTRIBUTES: &[(&str, &str)] = &[
    ("relation", "string"),
    ("modality", "string"),
    ("cue", "string"),
    ("evidence", "string"),
    ("document", "string"),
    ("sentence", "long"),
    ("documents", "string"),
];

/// Whether `s` is a `YYYY-MM-DD` date (what GEXF's `timeformat="date"` reads).
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// The dates of `documents`, or `None` when one of them is undated (the element is
/// then shown at all times).
fn dates<'a>(g: &'a KnowledgeGraph, documents: impl IntoIterator<Item = &'a str>) -> Option<BTreeSet<&'a str>> {
    documents
        .into_iter()
        .map(|d| {
            g.documents
                .get(d)
                .and_then(|m| m.date.as_deref())
                .filter(|s| is_date(s))
        })
        .collect()
}

/// `#rrggbb` as (r, g, b) decimal strings.
fn rgb(hex: &str) -> [(&'static str, String); 3] {
    let c = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0).to_string();
    [attr("r", c(1)), attr("g", c(3)), attr("b", c(5))]
}

fn declare(w: &mut Writer<Vec<u8>>, class: &str, list: &[(&str, &str)]) -> io::Result<()> {
    let a = [attr("class", class), attr("mode", "static")];
    w.create_element("attributes")
        .with_attributes(attrs(&a))
        .write_inner_content(|w| {
            for (id, ty) in list {
                let a = [attr("id", id), attr("title", id), attr("type", ty)];
                w.create_element("attribute").with_attributes(attrs(&a)).write_empty()?;
            }
            Ok(())
        })?;
    Ok(())
}

fn attvalues(w: &mut Writer<Vec<u8>>, values: &[(&str, String)]) -> io::Result<()> {
    w.create_element("attvalues").write_inner_content(|w| {
        for (key, value) in values {
            let a = [attr("for", key), attr("value", value)];
            w.create_element("attvalue").with_attributes(attrs(&a)).write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

fn spells(w: &mut Writer<Vec<u8>>, dates: Option<BTreeSet<&str>>, dynamic: bool) -> io::Result<()> {
    let Some(dates) = dates.filter(|d| dynamic && !d.is_empty()) else {
        return Ok(());
    };
    w.create_element("spells").write_inner_content(|w| {
        for d in dates {
            let a = [attr("start", d), attr("end", d)];
            w.create_element("spell").with_attributes(attrs(&a)).write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

fn colour(w: &mut Writer<Vec<u8>>, hex: &str) -> io::Result<()> {
    let a = rgb(hex);
    w.create_element("viz:color").with_attributes(attrs(&a)).write_empty()?;
    Ok(())
}

fn write(g: &KnowledgeGraph, w: &mut Writer<Vec<u8>>) -> io::Result<()> {
    let dynamic = g.documents.values().any(|d| d.date.as_deref().is_some_and(is_date));
    let root = [
        attr("xmlns", "http://gexf.net/1.3"),
        attr("xmlns:viz", "http://gexf.net/1.3/viz"),
        attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        attr("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"),
        attr("version", "1.3"),
    ];
    w.create_element("gexf")
        .with_attributes(attrs(&root))
        .write_inner_content(|w| {
            w.create_element("meta").write_inner_content(|w| {
                w.create_element("creator").write_text_content(xml::text("newsgraph"))?;
                w.create_element("description").write_text_content(xml::text(&format!(
                    "{} actors, {} relations from {} documents",
                    g.nodes.len(),
                    g.edges.len(),
                    g.documents.len()
                )))?;
                Ok(())
            })?;
            let mut a = vec![attr("defaultedgetype", "directed")];
            if dynamic {
                a.extend([attr("mode", "dynamic"), attr("timeformat", "date")]);
            } else {
                a.push(attr("mode", "static"));
            }
            w.create_element("graph")
                .with_attributes(attrs(&a))
                .write_inner_content(|w| {
                    declare(w, "node", NODE_ATTRIBUTES)?;
                    declare(w, "edge", EDGE_ATTRIBUTES)?;
                    w.create_element("nodes").write_inner_content(|w| {
                        for n in g.nodes.values() {
                            let a = [attr("id", &n.id), attr("label", &n.label)];
                            w.create_element("node")
                                .with_attributes(attrs(&a))
                                .write_inner_content(|w| {
                                    let mut values = vec![
                                        ("type", n.kind.as_str().to_string()),
                                        ("aliases", join(&n.aliases)),
                                        ("roles", join(&n.roles)),
                                        ("mentions", n.mentions.to_string()),
                                        ("documents", join(&n.documents)),
                                    ];
                                    if let Some(q) = &n.wikidata {
                                        values.push(("wikidata", q.clone()));
                                    }
                                    attvalues(w, &values)?;
                                    spells(w, dates(g, n.documents.iter().map(String::as_str)), dynamic)?;
                                    colour(w, node_style(n.kind).1)
                                })?;
                        }
                        Ok(())
                    })?;
                    w.create_element("edges").write_inner_content(|w| {
                        for (i, e) in g.edges.values().enumerate() {
                            let a = [
                                attr("id", i.to_string()),
                                attr("source", &e.source),
                                attr("target", &e.target),
                                attr("label", e.relation.as_str()),
                                attr("weight", e.weight().to_string()),
                            ];
                            w.create_element("edge")
                                .with_attributes(attrs(&a))
                                .write_inner_content(|w| {
                                    let docs: BTreeSet<&str> =
                                        e.evidence.iter().map(|ev| ev.document.as_str()).collect();
                                    let mut values = vec![
                                        ("relation", e.relation.as_str().to_string()),
                                        ("modality", edge_modality(e).as_str().to_string()),
                                    ];
                                    if let Some(first) = e.evidence.first() {
                                        values.extend([
                                            ("cue", first.cue.clone()),
                                            ("evidence", first.text.clone()),
                                            ("document", first.document.clone()),
                                            ("sentence", first.sentence.to_string()),
                                        ]);
                                    }
                                    values.push(("documents", join(&docs)));
                                    attvalues(w, &values)?;
                                    spells(w, dates(g, docs.iter().copied()), dynamic)?;
                                    colour(w, edge_colour(e.relation))
                                })?;
                        }
                        Ok(())
                    })?;
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(())
}

/// The graph as GEXF 1.3 text (deterministic bytes, trailing newline).
pub fn to_string(g: &KnowledgeGraph) -> String {
    let mut w = xml::writer();
    write(g, &mut w).expect("writing to memory");
    xml::finish(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_full_dates_are_times() {
        assert!(is_date("2024-03-05"));
        assert!(!is_date("2024-03"));
        assert!(!is_date("5 March 2024"));
    }
}
