//! openCypher export: a script of one statement per line that `MERGE`s every actor
//! by id and every relation between them, with all its evidence as list properties.
//! Loads in FalkorDB (tested), Neo4j (`cypher-shell -f graph.cypher`), Memgraph and
//! other openCypher databases; running it twice changes nothing.
//!
//! Strings are single-quoted with `\\`, `\'`, `\n`, `\r` and `\t` escapes, so no
//! name or sentence can end a literal or a statement early. See docs/interop.md.

use super::csv::{label, rel_type};
use super::edge_modality;
use crate::graph::KnowledgeGraph;
use std::fmt::Write;

/// The script's header after the counts: how to load it, and the index to create
/// first (not a statement of the script, so that loading it again changes nothing).
const INDEX_COMMENT: &str = "\
// One statement per line; loading it again changes nothing. Create the index first:
//   Neo4j:    CREATE INDEX actor_id IF NOT EXISTS FOR (a:Actor) ON (a.id)
//   FalkorDB: CREATE INDEX FOR (a:Actor) ON (a.id)
// then Neo4j: cypher-shell -f FILE; FalkorDB: one GRAPH.QUERY per line.
";

/// `s` as a single-quoted Cypher string literal. Line breaks and tabs become escapes,
/// other control characters a space, so the literal is always on one line.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// A Cypher list of string literals.
fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(string).collect();
    format!("[{}]", items.join(", "))
}

/// The graph as an openCypher script: a comment header (with the index on
/// `:Actor(id)` to create first), one `MERGE` per actor, then one per relation (deterministic, trailing newline).
pub fn to_string(g: &KnowledgeGraph) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "// newsgraph: {} actors, {} relations from {} documents.",
        g.nodes.len(),
        g.edges.len(),
        g.documents.len()
    );
    s.push_str(INDEX_COMMENT);
    for n in g.nodes.values() {
        let _ = write!(
            s,
            "MERGE (a:Actor:{} {{id: {}}}) SET a.name = {}, a.type = {}, a.aliases = {}, a.roles = {}, \
             a.mentions = {}, a.documents = {}",
            label(n.kind),
            string(&n.id),
            string(&n.label),
            string(n.kind.as_str()),
            list(n.aliases.iter().map(String::as_str)),
            list(n.roles.iter().map(String::as_str)),
            n.mentions,
            list(n.documents.iter().map(String::as_str)),
        );
        if let Some(q) = &n.wikidata {
            let _ = write!(s, ", a.wikidata = {}", string(q));
        }
        s.push_str(";\n");
    }
    for e in g.edges.values() {
        let ev: Vec<_> = e.evidence.iter().collect();
        let _ = writeln!(
            s,
            "MATCH (a:Actor {{id: {}}}), (b:Actor {{id: {}}}) MERGE (a)-[r:{}]->(b) SET r.relation = {}, \
             r.weight = {}, r.modality = {}, r.evidence = {}, r.documents = {}, r.sentences = [{}], \
             r.cues = {}, r.modalities = {};",
            string(&e.source),
            string(&e.target),
            rel_type(e.relation),
            string(e.relation.as_str()),
            e.weight(),
            string(edge_modality(e).as_str()),
            list(ev.iter().map(|x| x.text.as_str())),
            list(ev.iter().map(|x| x.document.as_str())),
            ev.iter().map(|x| x.sentence.to_string()).collect::<Vec<_>>().join(", "),
            list(ev.iter().map(|x| x.cue.as_str())),
            list(ev.iter().map(|x| x.modality.as_str())),
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_stay_on_one_line_and_closed() {
        assert_eq!(string(r"it's a \ test"), r"'it\'s a \\ test'");
        assert_eq!(string("two\nlines\r\ttab"), r"'two\nlines\r\ttab'");
        assert_eq!(string("say \"hi\"\u{7}"), "'say \"hi\" '");
        assert_eq!(string("C:\\"), r"'C:\\'");
    }
}
