//! Graphviz DOT export, built with graphviz-rust's model (never by pasting strings).
//!
//! The picture explains itself: node shape and fill say the actor type, edge colour
//! says the relation, a dashed edge is only expected ("will meet"), a thicker edge has
//! more evidence, `met-with` has no arrowhead, and a `cluster_legend` box lists what
//! the picture uses. Hovering a node or edge in SVG shows aliases, roles and evidence.
//! See docs/dot.md.

use crate::graph::{Edge, KnowledgeGraph, Node};
use crate::model::{EntityType, Modality, RelationType};
use crate::{Error, Result};
use graphviz_rust::dot_structures::{
    Attribute, Edge as DotEdge, EdgeTy, Graph, GraphAttributes, Id, Node as DotNode, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

/// Font used for every label (the first one installed wins).
const FONT: &str = "Helvetica,Arial,sans-serif";
/// Node labels wrap at this many characters per line...
const WRAP: usize = 20;
/// ...over at most this many lines; the rest is cut with an ellipsis.
const MAX_LINES: usize = 3;
/// Evidence sentences shown in an edge tooltip, and their maximum length.
const TOOLTIP_EVIDENCE: usize = 3;
const TOOLTIP_SENTENCE: usize = 160;
/// Above this many edges, edges carry no text label (colour, width and the legend
/// say it; the tooltip keeps it): dot lays out labels as extra nodes, and a dense
/// labelled graph takes minutes and reads worse.
pub const EDGE_LABEL_LIMIT: usize = 60;
/// Edge pen width never exceeds this, however heavy the edge.
const MAX_PENWIDTH: f64 = 6.0;

/// How to group actors into boxes (Graphviz clusters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClusterBy {
    /// One box per actor type.
    Type,
}

impl FromStr for ClusterBy {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "type" => Ok(ClusterBy::Type),
            other => Err(Error::Invalid(format!("unknown clustering `{other}` (expected: type)"))),
        }
    }
}

/// Options of the DOT picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DotOptions {
    /// Group actors into labelled boxes.
    pub cluster_by: Option<ClusterBy>,
    /// Draw the `cluster_legend` box (on by default).
    pub legend: bool,
}

impl Default for DotOptions {
    fn default() -> Self {
        DotOptions {
            cluster_by: None,
            legend: true,
        }
    }
}

/// The Graphviz layout programs `render` can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Layout {
    /// Layered, left to right: best for small graphs and reading direction.
    Dot,
    /// Spring model: good for mid-sized graphs without a hierarchy.
    Neato,
    /// Force-directed, honours clusters.
    Fdp,
    /// Multiscale force-directed: for big graphs.
    Sfdp,
    /// Circular.
    Circo,
    /// Radial around a centre.
    Twopi,
}

impl Layout {
    /// The layout that draws `g` most readably: layered `dot` for small graphs, the
    /// spring model `neato` once there are more than 60 edges (dot's long curves then
    /// turn into a hairball).
    pub fn for_graph(g: &KnowledgeGraph) -> Layout {
        if g.edges.len() > EDGE_LABEL_LIMIT {
            Layout::Neato
        } else {
            Layout::Dot
        }
    }

    /// Every layout, in order.
    pub const ALL: &'static [Layout] = &[
        Layout::Dot,
        Layout::Neato,
        Layout::Fdp,
        Layout::Sfdp,
        Layout::Circo,
        Layout::Twopi,
    ];

    /// The Graphviz program name.
    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Dot => "dot",
            Layout::Neato => "neato",
            Layout::Fdp => "fdp",
            Layout::Sfdp => "sfdp",
            Layout::Circo => "circo",
            Layout::Twopi => "twopi",
        }
    }
}

impl fmt::Display for Layout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Layout {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Layout::ALL.iter().copied().find(|l| l.as_str() == s).ok_or_else(|| {
            let names: Vec<&str> = Layout::ALL.iter().map(|l| l.as_str()).collect();
            Error::Invalid(format!("unknown layout `{s}` (expected one of: {})", names.join(", ")))
        })
    }
}

/// Shape, fill colour and border colour of an actor type (ColorBrewer Paired,
/// readable with black text and distinguishable without colour by the shape).
pub fn node_style(kind: EntityType) -> (&'static str, &'static str, &'static str) {
    match kind {
        EntityType::Person => ("ellipse", "#a6cee3", "#1f78b4"),
        EntityType::Organization => ("box", "#b2df8a", "#33a02c"),
        EntityType::Country => ("hexagon", "#fdbf6f", "#ff7f00"),
        EntityType::Group => ("octagon", "#cab2d6", "#6a3d9a"),
        EntityType::Location => ("note", "#e0e0e0", "#808080"),
    }
}

/// Colour of a relation type (Okabe-Ito, safe for colour-blind readers).
pub fn edge_colour(relation: RelationType) -> &'static str {
    match relation {
        RelationType::MetWith => "#0072b2",
        RelationType::SaidAbout => "#7f7f7f",
        RelationType::Opposes => "#d55e00",
        RelationType::Supports => "#009e73",
        RelationType::AffiliatedWith => "#cc79a7",
    }
}

/// Pen width of an edge of this weight: 1 for one evidence, growing with the
/// logarithm of the weight, capped at `MAX_PENWIDTH` (6).
pub fn penwidth(weight: usize) -> f64 {
    let w = (1.0 + 1.5 * (weight.max(1) as f64).ln()).min(MAX_PENWIDTH);
    (w * 10.0).round() / 10.0
}

/// Escapes text for a double-quoted DOT string: `\` and `"` get a backslash, a line
/// break becomes `\n` (a centred line in labels), other control characters a space.
/// The mapping is one-to-one on text without control characters, so distinct node
/// ids stay distinct.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A quoted, escaped DOT id (`"..."`) for any text.
pub fn quote(s: &str) -> Id {
    Id::Escaped(format!("\"{}\"", escape(s)))
}

/// A quoted label made of `lines`, each escaped, joined by DOT line breaks.
fn quote_lines(lines: &[String]) -> Id {
    let parts: Vec<String> = lines.iter().map(|l| escape(l)).collect();
    Id::Escaped(format!("\"{}\"", parts.join("\\n")))
}

/// `s` cut to at most `max` characters, with an ellipsis when cut.
pub fn abbreviate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// A name wrapped on word boundaries into lines of about `width` characters, at
/// most `max_lines` of them (the last cut with an ellipsis when the name is longer).
pub fn wrap(name: &str, width: usize, max_lines: usize) -> Vec<String> {
    let max_lines = max_lines.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in name.split_whitespace() {
        let len = current.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(current);
    }
    let cut = lines.len() > max_lines;
    lines.truncate(max_lines);
    let room = width + width / 3;
    for line in lines.iter_mut() {
        *line = abbreviate(line, room);
    }
    if cut {
        let last = lines.last_mut().expect("max_lines > 0");
        if !last.ends_with('…') {
            if last.chars().count() < room {
                last.push('…');
            } else {
                *last = abbreviate(&format!("{last}…"), room);
            }
        }
    }
    lines
}

fn attr(key: &str, value: &str) -> Attribute {
    Attribute(Id::Plain(key.to_string()), quote(value))
}

fn node_id(id: &str) -> NodeId {
    NodeId(quote(id), None)
}

fn node_stmt(id: &str, attributes: Vec<Attribute>) -> Stmt {
    Stmt::Node(DotNode::new(node_id(id), attributes))
}

fn edge_stmt(source: &str, target: &str, attributes: Vec<Attribute>) -> Stmt {
    Stmt::Edge(DotEdge {
        ty: EdgeTy::Pair(Vertex::N(node_id(source)), Vertex::N(node_id(target))),
        attributes,
    })
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn node_tooltip(n: &Node) -> String {
    let mut lines = vec![format!("{} ({})", n.label, n.kind)];
    if !n.aliases.is_empty() {
        lines.push(format!(
            "also: {}",
            n.aliases.iter().cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    if !n.roles.is_empty() {
        lines.push(format!(
            "roles: {}",
            n.roles.iter().cloned().collect::<Vec<_>>().join("; ")
        ));
    }
    lines.push(format!(
        "{} in {}",
        plural(n.mentions as usize, "mention", "mentions"),
        plural(n.documents.len(), "document", "documents")
    ));
    if let Some(q) = &n.wikidata {
        lines.push(format!("wikidata: {q}"));
    }
    lines.join("\n")
}

fn edge_tooltip(e: &Edge, source: &str, target: &str) -> String {
    let expected = e.evidence.iter().filter(|ev| ev.modality == Modality::Expected).count();
    let mut head = format!(
        "{source} {} {target} ({}",
        e.relation,
        plural(e.weight(), "sentence", "sentences")
    );
    if expected > 0 {
        head.push_str(&format!(", {expected} expected"));
    }
    head.push(')');
    let mut lines = vec![head];
    for ev in e.evidence.iter().take(TOOLTIP_EVIDENCE) {
        lines.push(format!(
            "[{}] {}",
            ev.document,
            abbreviate(ev.text.trim(), TOOLTIP_SENTENCE)
        ));
    }
    if e.weight() > TOOLTIP_EVIDENCE {
        lines.push(format!("… and {} more", e.weight() - TOOLTIP_EVIDENCE));
    }
    lines.join("\n")
}

/// The label of an edge: its relation, and its weight when more than one.
pub fn edge_label(e: &Edge) -> String {
    if e.weight() > 1 {
        format!("{} ×{}", e.relation, e.weight())
    } else {
        e.relation.to_string()
    }
}

fn node_attrs(label: Id, kind: EntityType, tooltip: Option<String>) -> Vec<Attribute> {
    let (shape, fill, border) = node_style(kind);
    let style = if shape == "box" { "filled,rounded" } else { "filled" };
    let mut attrs = vec![
        Attribute(Id::Plain("label".into()), label),
        attr("shape", shape),
        attr("style", style),
        attr("fillcolor", fill),
        attr("color", border),
    ];
    if let Some(t) = tooltip {
        attrs.push(attr("tooltip", &t));
    }
    attrs
}

fn edge_attrs(relation: RelationType, label: Option<&str>, dashed: bool, weight: usize) -> Vec<Attribute> {
    let colour = edge_colour(relation);
    let mut attrs: Vec<Attribute> = label.map(|l| attr("label", l)).into_iter().collect();
    attrs.extend([
        attr("color", colour),
        attr("fontcolor", colour),
        attr("penwidth", &format!("{:.1}", penwidth(weight))),
        attr("weight", &weight.max(1).to_string()),
    ]);
    if dashed {
        attrs.push(attr("style", "dashed"));
    }
    if relation.is_symmetric() {
        attrs.push(attr("dir", "none"));
        attrs.push(attr("arrowhead", "none"));
    }
    attrs
}

/// A prefix for legend node ids that no graph node id starts with.
fn legend_prefix(g: &KnowledgeGraph) -> String {
    let mut prefix = String::from("legend:");
    while g.nodes.keys().any(|id| id.starts_with(&prefix)) {
        prefix.insert(0, '_');
    }
    prefix
}

fn legend(g: &KnowledgeGraph) -> Option<Subgraph> {
    let types: BTreeSet<EntityType> = g.nodes.values().map(|n| n.kind).collect();
    let relations: BTreeSet<RelationType> = g.edges.keys().map(|k| k.1).collect();
    let expected = g.edges.values().any(Edge::is_expected_only);
    if types.is_empty() && relations.is_empty() {
        return None;
    }
    let prefix = legend_prefix(g);
    let mut stmts = vec![Stmt::GAttribute(GraphAttributes::Graph(vec![
        attr("label", "Legend"),
        attr("style", "rounded"),
        attr("color", "#999999"),
        attr("fontsize", "11"),
    ]))];
    for t in &types {
        let label = quote(t.as_str());
        let mut attrs = node_attrs(label, *t, Some(format!("actor type: {t}")));
        attrs.push(attr("fontsize", "10"));
        stmts.push(node_stmt(&format!("{prefix}type:{t}"), attrs));
    }
    // each key is a short edge from an invisible point to its name; the name is a
    // node, not an edge label, because one labelled edge makes dot double the ranks
    // of the whole graph (seconds become minutes on dense graphs)
    let mut key = |name: &str, relation: RelationType, dashed: bool, weight: usize| {
        let (a, b) = (format!("{prefix}{name}:a"), format!("{prefix}{name}"));
        stmts.push(node_stmt(
            &a,
            // as tall as a name, so that the keys run straight
            vec![
                attr("shape", "none"),
                attr("label", ""),
                attr("style", "invis"),
                attr("width", "0.1"),
                attr("height", "0.5"),
            ],
        ));
        stmts.push(node_stmt(
            &b,
            vec![
                attr("label", name),
                attr("shape", "plaintext"),
                attr("fontcolor", edge_colour(relation)),
                attr("fontsize", "10"),
            ],
        ));
        let mut attrs = edge_attrs(relation, None, dashed, weight);
        attrs.push(attr("tooltip", name));
        // a visible length in the spring layouts (neato, fdp, sfdp) too
        attrs.push(attr("len", "1.5"));
        stmts.push(edge_stmt(&a, &b, attrs));
    };
    for r in &relations {
        key(r.as_str(), *r, false, 1);
    }
    if expected {
        key("expected only", RelationType::SaidAbout, true, 1);
    }
    if g.edges.values().any(|e| e.weight() > 1) {
        key("more evidence ×5", RelationType::SaidAbout, false, 5);
    }
    Some(Subgraph {
        id: quote("cluster_legend"),
        stmts,
    })
}

/// The title line: what the picture shows.
fn title(g: &KnowledgeGraph) -> String {
    format!(
        "newsgraph: {}, {} from {}",
        plural(g.nodes.len(), "actor", "actors"),
        plural(g.edges.len(), "relation", "relations"),
        plural(g.documents.len(), "document", "documents")
    )
}

/// The graph as a graphviz-rust model (nodes in id order, then edges in key order).
pub fn to_graph(g: &KnowledgeGraph, opts: &DotOptions) -> Graph {
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("label", &title(g)),
            attr("labelloc", "t"),
            attr("fontsize", "16"),
            attr("fontname", FONT),
            attr("rankdir", "LR"),
            attr("overlap", "false"),
            attr("splines", "true"),
            attr("outputorder", "edgesfirst"),
            attr("nodesep", "0.3"),
            attr("ranksep", "0.8"),
            attr("pad", "0.3"),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("fontname", FONT),
            attr("fontsize", "11"),
            attr("margin", "0.1,0.05"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            attr("fontname", FONT),
            attr("fontsize", "9"),
            attr("arrowsize", "0.7"),
        ])),
    ];
    if opts.legend {
        if let Some(l) = legend(g) {
            stmts.push(Stmt::Subgraph(l));
        }
    }
    let actor = |n: &Node| {
        node_stmt(
            &n.id,
            node_attrs(
                quote_lines(&wrap(&n.label, WRAP, MAX_LINES)),
                n.kind,
                Some(node_tooltip(n)),
            ),
        )
    };
    match opts.cluster_by {
        None => stmts.extend(g.nodes.values().map(actor)),
        Some(ClusterBy::Type) => {
            for kind in EntityType::ALL {
                let members: Vec<Stmt> = g.nodes.values().filter(|n| n.kind == *kind).map(actor).collect();
                if members.is_empty() {
                    continue;
                }
                let (_, _, border) = node_style(*kind);
                let mut sub = vec![Stmt::GAttribute(GraphAttributes::Graph(vec![
                    attr("label", kind.as_str()),
                    attr("style", "rounded"),
                    attr("color", border),
                    attr("fontcolor", border),
                ]))];
                sub.extend(members);
                stmts.push(Stmt::Subgraph(Subgraph {
                    id: quote(&format!("cluster_type_{kind}")),
                    stmts: sub,
                }));
            }
        }
    }
    let labelled = g.edges.len() <= EDGE_LABEL_LIMIT;
    for e in g.edges.values() {
        let label_of = |id: &str| g.nodes.get(id).map_or(id, |n| n.label.as_str()).to_string();
        let label = labelled.then(|| edge_label(e));
        let mut attrs = edge_attrs(e.relation, label.as_deref(), e.is_expected_only(), e.weight());
        attrs.push(attr(
            "tooltip",
            &edge_tooltip(e, &label_of(&e.source), &label_of(&e.target)),
        ));
        stmts.push(edge_stmt(&e.source, &e.target, attrs));
    }
    Graph::DiGraph {
        id: quote("newsgraph"),
        strict: false,
        stmts,
    }
}

/// Prints a graphviz-rust graph as DOT text, with a trailing newline.
pub fn print(graph: &Graph) -> String {
    let mut s = graph.print(&mut PrinterContext::default());
    s.push('\n');
    s
}

/// The graph as DOT text (deterministic bytes, trailing newline).
pub fn to_string(g: &KnowledgeGraph, opts: &DotOptions) -> String {
    print(&to_graph(g, opts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_quotes_backslashes_and_newlines() {
        assert_eq!(escape(r#"Ilse "Zsa" Varga"#), r#"Ilse \"Zsa\" Varga"#);
        assert_eq!(escape(r"IT Army \ Ukraine"), r"IT Army \\ Ukraine");
        // a trailing backslash must not swallow the closing quote
        assert_eq!(escape("C:\\"), "C:\\\\");
        assert_eq!(escape("two\nlines\r\n"), "two\\nlines\\n");
        assert_eq!(escape("bell\u{7}tab\t"), "bell tab\t");
        assert_eq!(escape("Ségolène Royal"), "Ségolène Royal");
        assert_eq!(quote(r#"a"b"#), Id::Escaped(r#""a\"b""#.to_string()));
    }

    #[test]
    fn escaped_ids_parse_back_unchanged() {
        for name in [r#"Varga "Zsa""#, r"back\slash\", "Ségolène\nRoyal", "\"\"\\\""] {
            let g = Graph::DiGraph {
                id: quote("g"),
                strict: false,
                stmts: vec![node_stmt(name, vec![attr("label", name)])],
            };
            let text = print(&g);
            let back = graphviz_rust::parse(&text).unwrap_or_else(|e| panic!("{name:?}: {e}"));
            assert_eq!(back, g, "{name:?} did not survive:\n{text}");
        }
    }

    #[test]
    fn wrap_breaks_long_names_on_words_and_cuts_very_long_ones() {
        assert_eq!(wrap("Pierre Lemaire", 18, 3), ["Pierre Lemaire"]);
        assert_eq!(
            wrap("North Atlantic Treaty Organization", 18, 3),
            ["North Atlantic", "Treaty", "Organization"]
        );
        let long = wrap(
            "Organization for Security and Co-operation in Europe Parliamentary Assembly",
            18,
            3,
        );
        assert_eq!(long.len(), 3);
        assert!(long[2].ends_with('…'), "{long:?}");
        assert_eq!(wrap("", 18, 3), [""]);
        assert_eq!(
            wrap("Pneumonoultramicroscopicsilicovolcanoconiosis", 18, 3),
            ["Pneumonoultramicroscopi…"]
        );
    }

    #[test]
    fn penwidth_grows_slowly_and_is_capped() {
        assert_eq!(penwidth(1), 1.0);
        assert!(penwidth(2) > 1.0 && penwidth(2) < penwidth(3));
        assert_eq!(penwidth(10_000), MAX_PENWIDTH);
    }

    #[test]
    fn layouts_parse_their_names() {
        for l in Layout::ALL {
            assert_eq!(l.as_str().parse::<Layout>().unwrap(), *l);
        }
        assert!("spring".parse::<Layout>().is_err());
    }

    #[test]
    fn dense_graphs_drop_edge_labels_but_keep_the_legend() {
        let mut g = KnowledgeGraph::new();
        let ev = |i: usize| crate::Evidence {
            document: "d".into(),
            sentence: i,
            span: [0, 1],
            text: format!("s{i}"),
            cue: "met".into(),
            modality: Modality::Asserted,
            role: None,
            rule: None,
        };
        for i in 0..=EDGE_LABEL_LIMIT {
            g.add_evidence("hub", RelationType::Supports, &format!("n{i:03}"), ev(i));
        }
        for id in ["hub".to_string()]
            .into_iter()
            .chain((0..=EDGE_LABEL_LIMIT).map(|i| format!("n{i:03}")))
        {
            g.add_node(Node {
                id: id.clone(),
                label: id,
                kind: EntityType::Country,
                aliases: Default::default(),
                roles: Default::default(),
                mentions: 1,
                documents: Default::default(),
                wikidata: None,
                readings: Default::default(),
            });
        }
        let dense = to_string(&g, &DotOptions::default());
        assert_eq!(dense.matches("label=\"supports\"").count(), 1, "only the legend's");
        g.edges.pop_last();
        let sparse = to_string(&g, &DotOptions::default());
        assert_eq!(sparse.matches("label=\"supports\"").count(), EDGE_LABEL_LIMIT + 1);
    }

    #[test]
    fn legend_ids_avoid_node_ids() {
        let mut g = KnowledgeGraph::new();
        g.add_node(Node {
            id: "legend:type:person".into(),
            label: "tricky".into(),
            kind: EntityType::Person,
            aliases: Default::default(),
            roles: Default::default(),
            mentions: 1,
            documents: Default::default(),
            wikidata: None,
            readings: Default::default(),
        });
        assert_eq!(legend_prefix(&g), "_legend:");
        let text = to_string(&g, &DotOptions::default());
        assert!(text.contains("\"_legend:type:person\""), "{text}");
    }
}
