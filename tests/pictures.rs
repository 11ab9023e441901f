//! `export` and `render`: DOT that Graphviz accepts and that says what the graph says,
//! pictures on disk, the shared filters, and clear failures.

use assert_cmd::Command;
use graphviz_rust::dot_structures::{Attribute, EdgeTy, Graph, Id, Stmt, Vertex};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

mod common;
use common::{newsgraph, one_line_error};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/graph.json");

fn stdout_of(args: &[&str]) -> String {
    let out = newsgraph().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn dot_of(extra: &[&str]) -> String {
    let mut args = vec!["export", FIXTURE, "--format", "dot"];
    args.extend_from_slice(extra);
    stdout_of(&args)
}

/// One failing run: exit code 1 and a single stderr line, which is returned.
fn failure(cmd: &mut Command) -> String {
    one_line_error(&cmd.output().unwrap())
}

/// The text of a DOT id: quotes removed, `\"`, `\\` and `\n` unescaped.
fn text(id: &Id) -> String {
    let raw = match id {
        Id::Escaped(s) => s.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap(),
        Id::Plain(s) | Id::Html(s) => s.as_str(),
        Id::Anonymous(_) => "",
    };
    let mut out = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

type Attrs = BTreeMap<String, String>;

#[derive(Default, Debug)]
struct Parsed {
    /// node id -> attributes (legend nodes included, under their `legend:` ids)
    nodes: BTreeMap<String, Attrs>,
    /// (source, target, attributes)
    edges: Vec<(String, String, Attrs)>,
    /// subgraph id -> node ids declared in it
    subgraphs: BTreeMap<String, BTreeSet<String>>,
}

fn attrs(list: &[Attribute]) -> Attrs {
    list.iter().map(|Attribute(k, v)| (text(k), text(v))).collect()
}

fn vertex(v: &Vertex) -> String {
    match v {
        Vertex::N(n) => text(&n.0),
        Vertex::S(_) => panic!("edge to a subgraph"),
    }
}

fn walk(stmts: &[Stmt], into: &mut Parsed, sub: Option<&str>) {
    for s in stmts {
        match s {
            Stmt::Node(n) => {
                let id = text(&n.id.0);
                if let Some(sub) = sub {
                    into.subgraphs.entry(sub.to_string()).or_default().insert(id.clone());
                }
                assert!(
                    into.nodes.insert(id.clone(), attrs(&n.attributes)).is_none(),
                    "{id} twice"
                );
            }
            Stmt::Edge(e) => match &e.ty {
                EdgeTy::Pair(a, b) => into.edges.push((vertex(a), vertex(b), attrs(&e.attributes))),
                EdgeTy::Chain(_) => panic!("edge chain"),
            },
            Stmt::Subgraph(g) => {
                let id = text(&g.id);
                into.subgraphs.entry(id.clone()).or_default();
                walk(&g.stmts, into, Some(&id));
            }
            Stmt::Attribute(_) | Stmt::GAttribute(_) => {}
        }
    }
}

fn parse(dot: &str) -> Parsed {
    let g = graphviz_rust::parse(dot).unwrap_or_else(|e| panic!("graphviz-rust cannot parse:\n{e}\n{dot}"));
    let Graph::DiGraph { stmts, .. } = g else {
        panic!("not a digraph")
    };
    let mut p = Parsed::default();
    walk(&stmts, &mut p, None);
    p
}

fn is_legend(id: &str) -> bool {
    id.starts_with("legend:")
}

fn fixture() -> newsgraph::KnowledgeGraph {
    newsgraph::export::json::read(Path::new(FIXTURE)).unwrap()
}

fn run_dot(dot: &str, format: &str) -> Vec<u8> {
    let out = std::process::Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(dot.as_bytes())?;
            child.wait_with_output()
        })
        .expect("Graphviz `dot` runs (scripts/test.sh installs it)");
    assert!(
        out.status.success(),
        "dot failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "dot warned: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn fixture_is_written_exactly_as_the_json_exporter_writes() {
    let on_disk = std::fs::read_to_string(FIXTURE).unwrap();
    assert_eq!(newsgraph::export::json::to_string(&fixture()), on_disk);
}

#[test]
fn dot_output_renders_with_graphviz_and_shows_every_name() {
    let dot = dot_of(&[]);
    let svg = String::from_utf8(run_dot(&dot, "svg")).unwrap();
    assert!(svg.contains("<svg"));
    // names with quotes, backslashes and accents come out as written
    for shown in [
        "Volodymyr &quot;Ze&quot;",
        "Ségolène Royal",
        r"IT Army \ Ukraine",
        "opposes ×3",
        "Legend",
    ] {
        assert!(svg.contains(shown), "{shown} not in the SVG");
    }
}

#[test]
fn dot_nodes_match_the_graph() {
    let g = fixture();
    let p = parse(&dot_of(&[]));
    let actors: BTreeMap<&str, &Attrs> = p
        .nodes
        .iter()
        .filter(|(id, _)| !is_legend(id))
        .map(|(k, v)| (k.as_str(), v))
        .collect();
    assert_eq!(
        actors.keys().copied().collect::<Vec<_>>(),
        g.nodes.keys().map(String::as_str).collect::<Vec<_>>()
    );
    let expected_style = |kind: &str| match kind {
        "person" => ("ellipse", "#a6cee3"),
        "organization" => ("box", "#b2df8a"),
        "country" => ("hexagon", "#fdbf6f"),
        "group" => ("octagon", "#cab2d6"),
        "location" => ("note", "#e0e0e0"),
        other => panic!("type {other}"),
    };
    for (id, a) in &actors {
        let n = &g.nodes[*id];
        // wrapped on spaces only: the words are the name's words
        assert_eq!(a["label"].replace('\n', " "), n.label, "{id}");
        let (shape, fill) = expected_style(n.kind.as_str());
        assert_eq!((a["shape"].as_str(), a["fillcolor"].as_str()), (shape, fill), "{id}");
        assert!(a["style"].contains("filled"));
        for alias in &n.aliases {
            assert!(a["tooltip"].contains(alias.as_str()), "{id}: tooltip lacks {alias}");
        }
        for role in &n.roles {
            assert!(a["tooltip"].contains(role.as_str()), "{id}: tooltip lacks {role}");
        }
    }
    assert_eq!(actors["volodymyr-zelenskyy"]["label"], "Volodymyr \"Ze\"\nZelenskyy");
    assert_eq!(actors["it-army-ukraine"]["label"], r"IT Army \ Ukraine");
    assert_eq!(
        actors["north-atlantic-treaty-organization"]["label"],
        "North Atlantic\nTreaty Organization"
    );
}

#[test]
fn dot_edges_match_the_graph() {
    let g = fixture();
    let p = parse(&dot_of(&[]));
    let edges: Vec<&(String, String, Attrs)> = p.edges.iter().filter(|(s, _, _)| !is_legend(s)).collect();
    assert_eq!(edges.len(), g.edges.len());
    let colour = |rel: &str| match rel {
        "met-with" => "#0072b2",
        "said-about" => "#7f7f7f",
        "opposes" => "#d55e00",
        "supports" => "#009e73",
        "affiliated-with" => "#cc79a7",
        other => panic!("relation {other}"),
    };
    let mut seen = BTreeSet::new();
    for (s, t, a) in &edges {
        let label = &a["label"];
        let relation = label.split(' ').next().unwrap();
        let weight = g.weight(s, relation.parse().unwrap(), t);
        assert!(weight > 0, "no edge {s} {relation} {t} in the graph");
        assert!(seen.insert((s.clone(), relation.to_string(), t.clone())));
        let want_label = if weight > 1 {
            format!("{relation} ×{weight}")
        } else {
            relation.to_string()
        };
        assert_eq!(label, &want_label);
        assert_eq!(a["color"], colour(relation), "{s} {relation} {t}");
        let dashed = a.get("style").map(String::as_str) == Some("dashed");
        assert_eq!(
            dashed,
            (s.as_str(), t.as_str()) == ("emmanuel-macron", "volodymyr-zelenskyy"),
            "{s} {relation} {t}"
        );
        assert_eq!(
            a.get("dir").map(String::as_str) == Some("none"),
            relation == "met-with",
            "{s} {relation} {t}"
        );
        assert!(a["tooltip"].contains(&format!("{weight} sentence")), "{}", a["tooltip"]);
    }
    let width = |s: &str, t: &str, label: &str| -> f64 {
        edges
            .iter()
            .find(|(a, b, at)| a == s && b == t && at["label"] == label)
            .unwrap()
            .2["penwidth"]
            .parse()
            .unwrap()
    };
    let one = width("donald-trump", "russia", "said-about");
    let two = width("keir-starmer", "ukraine", "supports ×2");
    let three = width("donald-trump", "volodymyr-zelenskyy", "opposes ×3");
    assert!(one < two && two < three, "{one} {two} {three}");
    // the quoted sentence keeps its quotes in the tooltip
    let tip = &edges.iter().find(|(_, _, a)| a["label"] == "opposes ×3").unwrap().2["tooltip"];
    assert!(tip.contains("\"gambling with World War Three\""), "{tip}");
}

#[test]
fn legend_lists_the_types_and_relations_in_the_picture() {
    let p = parse(&dot_of(&[]));
    let legend = &p.subgraphs["cluster_legend"];
    for t in ["person", "organization", "country", "group", "location"] {
        assert!(legend.contains(&format!("legend:type:{t}")), "{t}");
    }
    // each key is an edge into a node named after it, drawn as that relation is
    let keys: BTreeMap<String, Attrs> = p
        .edges
        .iter()
        .filter(|(s, _, _)| is_legend(s))
        .map(|(_, t, a)| (p.nodes[t]["label"].clone(), a.clone()))
        .collect();
    for r in [
        "met-with",
        "said-about",
        "opposes",
        "supports",
        "affiliated-with",
        "expected only",
    ] {
        assert!(keys.contains_key(r), "{r} not in {keys:?}");
    }
    assert_eq!(keys["opposes"]["color"], "#d55e00");
    assert_eq!(keys["met-with"]["dir"], "none");
    assert_eq!(keys["expected only"]["style"], "dashed");
    assert_eq!(keys["more evidence ×5"]["penwidth"], "3.4");
    // no edge label anywhere in the legend: one would double dot's ranks
    assert!(p
        .edges
        .iter()
        .filter(|(s, _, _)| is_legend(s))
        .all(|(_, _, a)| !a.contains_key("label")));
    // only what is shown: a met-with-only picture has one relation in its legend
    let p = parse(&dot_of(&["--relation", "met-with"]));
    let keys: Vec<&str> = p
        .edges
        .iter()
        .filter(|(s, _, _)| is_legend(s))
        .map(|(_, t, _)| p.nodes[t]["label"].as_str())
        .collect();
    assert_eq!(keys, ["met-with", "expected only", "more evidence ×5"]);
    assert!(!p.nodes.contains_key("legend:type:country"));
    // and none when asked
    let p = parse(&dot_of(&["--no-legend"]));
    assert!(!p.subgraphs.contains_key("cluster_legend"));
    assert!(!p.nodes.keys().any(|id| is_legend(id)));
}

#[test]
fn cluster_by_type_boxes_actors_by_type() {
    let dot = dot_of(&["--cluster-by", "type"]);
    run_dot(&dot, "svg");
    let p = parse(&dot);
    let ids = |sub: &str| p.subgraphs[sub].iter().map(String::as_str).collect::<Vec<_>>();
    assert_eq!(
        ids("cluster_type_person"),
        [
            "donald-trump",
            "emmanuel-macron",
            "keir-starmer",
            "segolene-royal",
            "volodymyr-zelenskyy"
        ]
    );
    assert_eq!(ids("cluster_type_country"), ["russia", "ukraine", "united-states"]);
    assert_eq!(ids("cluster_type_location"), ["lancaster-house"]);
}

#[test]
fn dot_bytes_are_deterministic_and_format_follows_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.dot");
    let b = dir.path().join("b.gv");
    newsgraph().args(["export", FIXTURE, "-o"]).arg(&a).assert().success();
    newsgraph().args(["export", FIXTURE, "-o"]).arg(&b).assert().success();
    let (a, b) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert_eq!(a, b);
    assert!(a.starts_with(b"digraph \"newsgraph\" {"));
    assert_eq!(a, dot_of(&[]).into_bytes());
    // merge writes DOT too, from --format or from -o's extension
    let merged = dir.path().join("m.dot");
    newsgraph()
        .args(["merge", FIXTURE, "-o"])
        .arg(&merged)
        .assert()
        .success();
    let text = std::fs::read_to_string(&merged).unwrap();
    assert_eq!(text, stdout_of(&["merge", FIXTURE, "--format", "dot"]));
    assert_eq!(
        parse(&text).nodes.keys().filter(|k| !is_legend(k)).count(),
        fixture().nodes.len()
    );
}

/// Node ids and "source relation target" edges of the filtered JSON export.
fn filtered(args: &[&str]) -> (Vec<String>, Vec<String>) {
    let mut all = vec!["export", FIXTURE, "--format", "json"];
    all.extend_from_slice(args);
    let json = stdout_of(&all);
    let g = newsgraph::export::json::from_str(&json, Path::new("stdout")).unwrap();
    (
        g.nodes.keys().cloned().collect(),
        g.edges.keys().map(|k| format!("{} {} {}", k.0, k.1, k.2)).collect(),
    )
}

#[test]
fn relation_filter() {
    let (n, e) = filtered(&["--relation", "met-with"]);
    assert_eq!(
        n,
        ["donald-trump", "emmanuel-macron", "keir-starmer", "volodymyr-zelenskyy"]
    );
    assert_eq!(
        e,
        [
            "donald-trump met-with volodymyr-zelenskyy",
            "emmanuel-macron met-with volodymyr-zelenskyy",
            "keir-starmer met-with volodymyr-zelenskyy"
        ]
    );
    let (_, e) = filtered(&["--relation", "opposes", "--relation", "said-about"]);
    assert_eq!(e.len(), 5, "{e:?}");
}

#[test]
fn type_filter_keeps_lonely_actors_of_the_type() {
    let (n, e) = filtered(&["--type", "country"]);
    assert_eq!(n, ["russia", "ukraine", "united-states"]);
    assert_eq!(e, ["united-states supports ukraine"]);
}

#[test]
fn min_weight_filter() {
    let (n, e) = filtered(&["--min-weight", "2"]);
    assert_eq!(n, ["donald-trump", "keir-starmer", "ukraine", "volodymyr-zelenskyy"]);
    assert_eq!(
        e,
        [
            "donald-trump met-with volodymyr-zelenskyy",
            "donald-trump opposes volodymyr-zelenskyy",
            "keir-starmer supports ukraine",
            "volodymyr-zelenskyy affiliated-with ukraine"
        ]
    );
}

#[test]
fn top_filter_keeps_the_most_connected() {
    // weighted degrees: Zelenskyy 9, Trump 6, Ukraine 6, Starmer 4, Russia 3, ...
    let (n, e) = filtered(&["--top", "3"]);
    assert_eq!(n, ["donald-trump", "ukraine", "volodymyr-zelenskyy"]);
    assert_eq!(
        e,
        [
            "donald-trump met-with volodymyr-zelenskyy",
            "donald-trump opposes volodymyr-zelenskyy",
            "volodymyr-zelenskyy affiliated-with ukraine"
        ]
    );
}

#[test]
fn around_filter_follows_hops_and_aliases() {
    let (n, e) = filtered(&["--around", "Zelensky"]);
    assert_eq!(
        n,
        [
            "donald-trump",
            "emmanuel-macron",
            "keir-starmer",
            "ukraine",
            "volodymyr-zelenskyy"
        ]
    );
    assert_eq!(e.len(), 6, "{e:?}");
    assert!(e.contains(&"keir-starmer supports ukraine".to_string()));
    let (n, e) = filtered(&["--around", "segolene royal", "--hops", "2"]);
    assert_eq!(n, ["emmanuel-macron", "segolene-royal", "volodymyr-zelenskyy"]);
    assert_eq!(
        e,
        [
            "emmanuel-macron met-with volodymyr-zelenskyy",
            "segolene-royal said-about emmanuel-macron"
        ]
    );
}

#[test]
fn document_and_date_filters_keep_their_evidence() {
    let (n, e) = filtered(&["--document", "paris-2025-03-15"]);
    assert_eq!(
        n,
        [
            "emmanuel-macron",
            "it-army-ukraine",
            "north-atlantic-treaty-organization",
            "russia",
            "segolene-royal",
            "ukraine",
            "volodymyr-zelenskyy"
        ]
    );
    assert_eq!(
        e,
        [
            "emmanuel-macron met-with volodymyr-zelenskyy",
            "it-army-ukraine opposes russia",
            "russia opposes north-atlantic-treaty-organization",
            "segolene-royal said-about emmanuel-macron"
        ]
    );
    let (n, e) = filtered(&["--since", "2025-03-01", "--until", "2025-03-10"]);
    assert_eq!(
        n,
        [
            "coalition-of-the-willing",
            "keir-starmer",
            "lancaster-house",
            "ukraine",
            "volodymyr-zelenskyy"
        ]
    );
    assert_eq!(e.len(), 5, "{e:?}");
    // the London summit alone: Zelenskyy's role is seen once, so no weight on the label
    let dot = dot_of(&["--since", "2025-03-01", "--until", "2025-03-10"]);
    let p = parse(&dot);
    let aff = p
        .edges
        .iter()
        .find(|(s, t, _)| s == "volodymyr-zelenskyy" && t == "ukraine")
        .unwrap();
    assert_eq!(aff.2["label"], "affiliated-with");
    assert_eq!(aff.2["penwidth"], "1.0");
}

#[test]
fn filters_reject_bad_values_in_one_line() {
    let err = failure(newsgraph().args(["export", FIXTURE, "--format", "dot", "--around", "Nobody"]));
    assert!(err.contains("no actor named `Nobody`"), "{err}");
    let err = failure(newsgraph().args(["render", FIXTURE, "--format", "svg", "--around", "Zelenskyi"]));
    assert!(err.contains("did you mean Volodymyr \"Ze\" Zelenskyy"), "{err}");
    let err = failure(newsgraph().args(["export", FIXTURE, "--since", "2025-3-1"]));
    assert!(err.contains("bad date `2025-3-1`"), "{err}");
    let err = failure(newsgraph().args(["export", FIXTURE, "--document", "nope"]));
    assert!(err.contains("no document `nope`"), "{err}");
    let err = failure(newsgraph().args(["export", "no/such/graph.json"]));
    assert!(err.contains("no/such/graph.json"), "{err}");
}

fn render_to(dir: &Path, name: &str, extra: &[&str]) -> (PathBuf, Vec<u8>) {
    let out = dir.join(name);
    newsgraph()
        .args(["render", FIXTURE, "-o"])
        .arg(&out)
        .args(extra)
        .assert()
        .success()
        .stdout("");
    let bytes = std::fs::read(&out).unwrap();
    (out, bytes)
}

#[test]
fn render_writes_svg_png_and_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let (_, svg) = render_to(dir.path(), "g.svg", &[]);
    let svg = String::from_utf8(svg).unwrap();
    assert!(svg.contains("<svg") && svg.contains("Ségolène Royal"));
    // the SVG is what Graphviz makes of the DOT export
    assert_eq!(svg.as_bytes(), run_dot(&dot_of(&[]), "svg"));
    let (_, png) = render_to(dir.path(), "g.png", &["--layout", "neato", "--top", "5"]);
    assert!(png.starts_with(b"\x89PNG\r\n"));
    let (_, pdf) = render_to(dir.path(), "g.PDF", &["--layout", "sfdp", "--cluster-by", "type"]);
    assert!(pdf.starts_with(b"%PDF"));
    // --format wins over the extension, and stdout works with --format
    let (_, forced) = render_to(
        dir.path(),
        "picture.out",
        &["--format", "svg", "--relation", "supports"],
    );
    assert!(String::from_utf8(forced).unwrap().contains("<svg"));
    let out = newsgraph()
        .args(["render", FIXTURE, "--format", "png"])
        .output()
        .unwrap();
    assert!(out.status.success() && out.stdout.starts_with(b"\x89PNG"));
}

#[test]
fn render_needs_a_known_format() {
    let dir = tempfile::tempdir().unwrap();
    let jpg = dir.path().join("g.jpg");
    let err = failure(newsgraph().args(["render", FIXTURE, "-o"]).arg(&jpg));
    assert!(err.contains("g.jpg") && err.contains("--format"), "{err}");
    assert!(!jpg.exists());
    let err = failure(newsgraph().args(["render", FIXTURE]));
    assert!(err.contains("--format"), "{err}");
    let out = newsgraph()
        .args(["render", FIXTURE, "--format", "svg", "--layout", "spring"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn render_without_graphviz_says_what_to_install() {
    let dir = tempfile::tempdir().unwrap();
    let empty = tempfile::tempdir().unwrap();
    let out = dir.path().join("g.svg");
    let err = failure(
        newsgraph()
            .env("PATH", empty.path())
            .args(["render", FIXTURE, "-o"])
            .arg(&out),
    );
    assert!(err.contains("install the `graphviz` package"), "{err}");
    assert!(!out.exists(), "a picture was written without Graphviz");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "leftovers");
}

#[test]
fn render_replaces_an_existing_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("g.svg");
    std::fs::write(&out, "old").unwrap();
    render_to(dir.path(), "g.svg", &["--top", "2"]);
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(svg.contains("<svg") && !svg.contains("Ségolène"));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "temporary file left behind"
    );
}
