//! HTML export: one self-contained page that draws the graph with Cytoscape.js.
//!
//! The page needs no network: Cytoscape.js (MIT, `data/vendor/`, fetched from the
//! npm registry by `scripts/vendor_cytoscape.sh`), the style, the script and the
//! graph are all inside it. It pans and zooms, draws actors and relations with the
//! colours and shapes of the DOT legend, filters by relation and actor type, finds
//! a name, and shows a relation's evidence sentences and documents when it is
//! clicked (an actor's details when an actor is). See docs/interop.md.

use crate::export::dot::{edge_colour, node_style, penwidth};
use crate::graph::KnowledgeGraph;
use crate::model::{EntityType, RelationType};
use serde_json::{json, Map, Value};

/// Cytoscape.js, minified, as vendored (its licence is `data/vendor/cytoscape.LICENSE`).
pub const CYTOSCAPE_JS: &str = include_str!("../../data/vendor/cytoscape.min.js");
const LICENSE: &str = include_str!("../../data/vendor/cytoscape.LICENSE");
const PAGE: &str = include_str!("html/page.html");
const STYLE: &str = include_str!("html/page.css");
const APP: &str = include_str!("html/page.js");

/// The Cytoscape.js node shape standing for a DOT shape of the legend.
pub fn cytoscape_shape(dot_shape: &str) -> &'static str {
    match dot_shape {
        "box" => "round-rectangle",
        "hexagon" => "hexagon",
        "octagon" => "octagon",
        "note" => "cut-rectangle",
        _ => "ellipse",
    }
}

/// The look of every actor type and relation, from the DOT legend.
fn legend() -> Value {
    let mut types = Map::new();
    for t in EntityType::ALL {
        let (shape, fill, border) = node_style(*t);
        types.insert(
            t.as_str().into(),
            json!({"shape": cytoscape_shape(shape), "fill": fill, "border": border}),
        );
    }
    let mut relations = Map::new();
    for r in RelationType::ALL {
        relations.insert(
            r.as_str().into(),
            json!({"colour": edge_colour(*r), "symmetric": r.is_symmetric()}),
        );
    }
    json!({"types": types, "relations": relations})
}

/// JSON that is safe inside a `<script>` element: `<` is written `\u003c`, so no
/// text can close the element, and U+2028/U+2029 are escaped too.
fn script_json(v: &Value) -> String {
    serde_json::to_string(v)
        .expect("JSON serialises")
        .replace('<', "\\u003c")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// Text escaped for HTML element content.
fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The page's data: the node-link graph plus each edge's pen width and whether it is
/// only expected.
fn data(g: &KnowledgeGraph) -> Value {
    let mut graph: Value = serde_json::from_str(&super::json::to_string(g)).expect("our own JSON");
    if let Some(edges) = graph.get_mut("edges").and_then(Value::as_array_mut) {
        for (e, out) in g.edges.values().zip(edges.iter_mut()) {
            out["width"] = json!(penwidth(e.weight()));
            out["expected"] = json!(e.is_expected_only());
        }
    }
    json!({"graph": graph, "legend": legend()})
}

/// The graph as one self-contained HTML page (deterministic bytes).
pub fn to_string(g: &KnowledgeGraph) -> String {
    let title = format!(
        "newsgraph: {} actors, {} relations from {} documents",
        g.nodes.len(),
        g.edges.len(),
        g.documents.len()
    );
    let licence = format!(
        "Cytoscape.js, https://js.cytoscape.org, MIT licence:\n{}",
        LICENSE.replace("*/", "* /")
    );
    let data = script_json(&data(g));
    fill(
        PAGE,
        &[
            ("title", &escape_html(&title)),
            ("style", STYLE),
            ("data", &data),
            ("cytoscape_licence", &licence),
            ("cytoscape", CYTOSCAPE_JS),
            ("app", APP),
        ],
    )
}

/// `template` with each `{{name}}` replaced by its value, in one pass over the
/// template only (a value is never searched for placeholders).
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + values.iter().map(|(_, v)| v.len()).sum::<usize>());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start..].find("}}") else { break };
        let name = &rest[start + 2..start + len];
        out.push_str(&rest[..start]);
        match values.iter().find(|(k, _)| *k == name) {
            Some((_, v)) => out.push_str(v),
            None => out.push_str(&rest[start..start + len + 2]),
        }
        rest = &rest[start + len + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_cannot_close_its_script_element() {
        let s = script_json(&json!({"text": "</script><script>alert(1)</script>"}));
        assert!(!s.contains("</"), "{s}");
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["text"], "</script><script>alert(1)</script>");
    }

    #[test]
    fn the_vendored_library_is_inlined_once() {
        let page = to_string(&KnowledgeGraph::new());
        assert!(page.contains("cytoscape.org"));
        assert!(page.contains(CYTOSCAPE_JS));
        assert_eq!(page.matches(CYTOSCAPE_JS).count(), 1);
        assert!(!CYTOSCAPE_JS.contains("</script"));
        assert!(!PAGE.contains("{{x}}"));
        assert_eq!(fill("a {{x}} b {{y}}", &[("x", "{{y}}"), ("y", "2")]), "a {{y}} b 2");
    }
}
