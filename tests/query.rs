//! `newsgraph query` on a hand-built graph modelled on shared/corpus/coalition-summit.txt
//! (tests/fixtures/query-graph.json), through the real binary.

use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

mod common;
use common::{newsgraph, one_line_error, python3_succeeds};

const FIXTURE: &str = "tests/fixtures/query-graph.json";

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(FIXTURE)
}

fn run(graph: &std::path::Path, args: &[&str]) -> std::process::Output {
    newsgraph().arg("query").arg(graph).args(args).output().unwrap()
}

/// Runs a query that must succeed and returns its stdout.
fn ok(args: &[&str]) -> String {
    let out = run(&fixture(), args);
    assert!(
        out.status.success(),
        "query {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn json(args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.push("--json");
    serde_json::from_str(&ok(&a)).unwrap()
}

fn keys(v: &Value) -> BTreeSet<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

fn set<'a>(items: impl IntoIterator<Item = &'a str>) -> BTreeSet<&'a str> {
    items.into_iter().collect()
}

fn ids(list: &Value, field: &str) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|x| x[field].as_str().unwrap().to_string())
        .collect()
}

fn graph_json() -> Value {
    serde_json::from_str(&std::fs::read_to_string(fixture()).unwrap()).unwrap()
}

#[test]
fn who_met_witkoff() {
    let v = json(&["neighbors", "witkoff", "--relation", "met-with"]);
    assert_eq!(v["actor"]["id"], "steve-witkoff");
    let got: BTreeSet<String> = ids(&v["neighbors"], "id").into_iter().collect();
    let want: BTreeSet<String> = [
        "france",
        "germany",
        "italy",
        "ukraine",
        "united-kingdom",
        "volodymyr-zelenskyy",
    ]
    .map(String::from)
    .into();
    assert_eq!(got, want);
    for n in v["neighbors"].as_array().unwrap() {
        assert_eq!(n["relation"], "met-with");
        assert_eq!(n["direction"], "both");
        assert_eq!(n["weight"], 1);
    }
    // met-with is stored once (france < steve-witkoff < ukraine) but matches both directions
    for dir in ["out", "in"] {
        let v = json(&[
            "neighbors",
            "Steve Witkoff",
            "--relation",
            "met-with",
            "--direction",
            dir,
        ]);
        assert_eq!(v["neighbors"].as_array().unwrap().len(), 6, "direction {dir}");
    }
    // his only directed edge is affiliated-with Donald Trump
    let out = json(&["neighbors", "Witkoff", "--direction", "out"]);
    assert_eq!(out["neighbors"].as_array().unwrap().len(), 7);
    let inn = json(&["neighbors", "Witkoff", "--direction", "in"]);
    assert!(!ids(&inn["neighbors"], "id").contains(&"donald-trump".to_string()));
    let trump = json(&[
        "neighbors",
        "Trump",
        "--relation",
        "affiliated-with",
        "--direction",
        "in",
    ]);
    assert_eq!(ids(&trump["neighbors"], "id"), ["steve-witkoff"]);
    assert_eq!(trump["neighbors"][0]["direction"], "in");
}

#[test]
fn neighbors_table_and_csv() {
    let text = ok(&["neighbors", "Witkoff", "--relation", "met-with"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "6 neighbour link(s) of Steve Witkoff (person)");
    assert!(lines[1].starts_with("NAME "), "{text}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Volodymyr Zelenskyy  person   met-with  both")),
        "{text}"
    );
    assert!(!text.contains('\x1b'), "no ANSI codes when stdout is not a terminal");

    let csv = ok(&["neighbors", "Witkoff", "--relation", "met-with", "--format", "csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "id,label,type,relation,direction,weight");
    assert_eq!(lines.len(), 7);
    assert!(lines.contains(&"united-kingdom,United Kingdom,country,met-with,both,1"));

    let jsonl = ok(&["neighbors", "Witkoff", "--relation", "met-with", "--format", "jsonl"]);
    let rows: Vec<Value> = jsonl.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 6);
    assert_eq!(
        keys(&rows[0]),
        set(["id", "label", "type", "relation", "direction", "weight"])
    );
}

#[test]
fn path_from_rutte_to_putin_carries_its_evidence() {
    let v = json(&["path", "Rutte", "Putin"]);
    assert_eq!(
        keys(&v),
        set(["from", "to", "relations", "max_hops", "length", "total", "paths"])
    );
    assert_eq!(v["from"]["id"], "mark-rutte");
    assert_eq!(v["to"]["id"], "vladimir-putin");
    assert_eq!(v["length"], 1);
    assert_eq!(v["total"], 1);
    let hop = &v["paths"][0]["hops"][0];
    assert_eq!(keys(hop), set(["from", "to", "edges"]));
    let edge = &hop["edges"][0];
    assert_eq!(
        keys(edge),
        set([
            "source",
            "source_label",
            "relation",
            "target",
            "target_label",
            "weight",
            "evidence"
        ])
    );
    assert_eq!(edge["relation"], "said-about");
    assert_eq!(edge["source"], "mark-rutte");
    let ev = &edge["evidence"][0];
    assert_eq!(
        keys(ev),
        set(["document", "title", "date", "sentence", "span", "text", "cue", "modality", "role"])
    );
    assert_eq!(
        ev["text"],
        "\"I think we really have to stop making Putin too powerful.\""
    );
    assert_eq!(ev["document"], "coalition-summit");
    assert_eq!(ev["date"], "2025-09-04");
    assert_eq!(ev["sentence"], 24);

    let text = ok(&["path", "mark rutte", "vladimir putin"]);
    assert!(
        text.starts_with("1 shortest path(s) of 1 hop(s) between Mark Rutte and Vladimir Putin\n"),
        "{text}"
    );
    assert!(text.contains("Mark Rutte -[said-about]-> Vladimir Putin"), "{text}");
    assert!(text.contains("stop making Putin too powerful"), "{text}");
}

#[test]
fn all_shortest_paths_are_listed_with_every_edge_of_a_hop() {
    let v = json(&["path", "Witkoff", "Putin"]);
    assert_eq!(v["length"], 2);
    assert_eq!(v["total"], 2);
    let paths: Vec<Vec<String>> = v["paths"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| ids(&p["nodes"], "id"))
        .collect();
    assert_eq!(
        paths,
        [
            ["steve-witkoff", "donald-trump", "vladimir-putin"],
            ["steve-witkoff", "ukraine", "vladimir-putin"]
        ]
    );
    // Trump and Putin are linked twice: hosted (met-with) and accused (opposes)
    let hop = &v["paths"][0]["hops"][1];
    let rels: BTreeSet<&str> = hop["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["relation"].as_str().unwrap())
        .collect();
    assert_eq!(rels, set(["met-with", "opposes"]));
    // the path goes against Putin's said-about edge: the edge keeps its own direction
    let back = &v["paths"][1]["hops"][1]["edges"][0];
    assert_eq!(
        (back["source"].as_str(), back["target"].as_str()),
        (Some("vladimir-putin"), Some("ukraine"))
    );

    // only met-with: Witkoff -> France -> (call) Trump -> (hosted) Putin
    let v = json(&["path", "Witkoff", "Putin", "--relation", "met-with"]);
    assert_eq!(v["length"], 3);
    assert_eq!(
        ids(&v["paths"][0]["nodes"], "id"),
        ["steve-witkoff", "france", "donald-trump", "vladimir-putin"]
    );
    // too short a search finds nothing, which is an answer, not an error
    let v = json(&["path", "Witkoff", "Putin", "--relation", "met-with", "--max-hops", "2"]);
    assert_eq!(v["length"], Value::Null);
    assert_eq!(v["total"], 0);
    assert_eq!(v["paths"], json!([]));
    let text = ok(&["path", "Witkoff", "Putin", "--relation", "met-with", "--max-hops", "2"]);
    assert_eq!(
        text,
        "no path between Steve Witkoff and Vladimir Putin within 2 hop(s)\n"
    );
    // Australia has no edge at all
    assert_eq!(json(&["path", "Australia", "Putin"])["length"], Value::Null);

    let csv = ok(&["path", "Witkoff", "Putin", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "path,hop,source,source_label,relation,target,target_label,weight,document,date,sentence,cue,modality,text"
    );
    // path 1: affiliated-with, met-with, opposes; path 2: met-with, said-about
    assert_eq!(lines.count(), 5);
    let jsonl = ok(&["path", "Witkoff", "Putin", "--format", "jsonl"]);
    let hops: Vec<Value> = jsonl.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(hops.len(), 4);
    assert_eq!(keys(&hops[0]), set(["path", "hop", "from", "to", "edges"]));
    assert_eq!((hops[3]["path"].as_u64(), hops[3]["hop"].as_u64()), (Some(2), Some(2)));
}

#[test]
fn entity_reports_every_field() {
    // an alias, with different case and an accent
    let v = json(&["entity", "ZÉLENSKY"]);
    assert_eq!(
        keys(&v),
        set([
            "id",
            "label",
            "type",
            "aliases",
            "roles",
            "mentions",
            "wikidata",
            "degree",
            "relations",
            "documents"
        ])
    );
    assert_eq!(v["id"], "volodymyr-zelenskyy");
    assert_eq!(v["label"], "Volodymyr Zelenskyy");
    assert_eq!(v["type"], "person");
    assert_eq!(v["aliases"], json!(["Zelensky", "Zelenskyy"]));
    assert_eq!(v["roles"], json!(["Ukrainian President"]));
    assert_eq!(v["mentions"], 4);
    assert_eq!(v["wikidata"], "Q3874799");
    assert_eq!(v["degree"], 5);
    assert_eq!(
        v["relations"],
        json!([
            {"relation": "met-with", "direction": "both", "edges": 3, "evidence": 3},
            {"relation": "said-about", "direction": "in", "edges": 1, "evidence": 1},
            {"relation": "affiliated-with", "direction": "out", "edges": 1, "evidence": 1},
        ])
    );
    assert_eq!(v["documents"][0]["id"], "coalition-summit");
    assert_eq!(v["documents"][0]["date"], "2025-09-04");

    let text = ok(&["entity", "witkoff"]);
    for line in [
        "name       Steve Witkoff",
        "type       person",
        "roles      special envoy",
        "degree     7",
    ] {
        assert!(text.lines().any(|l| l == line), "missing `{line}` in:\n{text}");
    }
}

#[test]
fn edges_with_evidence_and_dates() {
    let v = json(&["edges", "--source", "Witkoff", "--relation", "met-with"]);
    assert_eq!(
        keys(&v),
        set(["source", "target", "relations", "since", "until", "edges"])
    );
    let edges = v["edges"].as_array().unwrap();
    assert_eq!(edges.len(), 6);
    // stored as france -- steve-witkoff, reported from Witkoff's side
    assert!(edges.iter().all(|e| e["source"] == "steve-witkoff"));
    let targets: BTreeSet<String> = ids(&v["edges"], "target").into_iter().collect();
    assert!(targets.contains("france") && targets.contains("volodymyr-zelenskyy"));

    // either order of a met-with pair finds it; the expected meeting keeps its modality
    for (a, b) in [("Zelenskyy", "Witkoff"), ("Witkoff", "Zelenskyy")] {
        let v = json(&["edges", "--source", a, "--target", b]);
        let e = &v["edges"][0];
        assert_eq!(v["edges"].as_array().unwrap().len(), 1);
        assert_eq!(e["source"], v["source"]["id"]);
        assert_eq!(e["evidence"][0]["modality"], "expected");
        assert_eq!(e["evidence"][0]["cue"], "meeting");
    }
    // a directed relation only one way
    assert_eq!(
        json(&[
            "edges",
            "--source",
            "Putin",
            "--target",
            "Trump",
            "--relation",
            "opposes"
        ])["edges"],
        json!([])
    );
    let v = json(&[
        "edges",
        "--source",
        "Trump",
        "--target",
        "Putin",
        "--relation",
        "opposes",
    ]);
    assert_eq!(v["edges"][0]["evidence"][0]["cue"], "accused");

    // dates: the 2003 article alone
    let old = json(&["edges", "--until", "2010"]);
    let docs: BTreeSet<&str> = old["edges"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| {
            e["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x["document"].as_str().unwrap())
        })
        .collect();
    assert_eq!(docs, set(["camp-david-2003"]));
    assert_eq!(old["edges"].as_array().unwrap().len(), 3);
    assert_eq!(
        json(&["edges", "--since", "2025-09"])["edges"]
            .as_array()
            .unwrap()
            .len(),
        29
    );
    assert_eq!(json(&["edges", "--since", "2025-09-05"])["edges"], json!([]));

    let text = ok(&["edges", "--source", "Trump", "--relation", "opposes"]);
    assert!(
        text.starts_with("1 edge(s)\n\nDonald Trump -[opposes]-> Vladimir Putin  (weight 1)\n"),
        "{text}"
    );
    assert!(text.contains("cue \"accused\""));
    assert!(!text.contains('\x1b'));
    let csv = ok(&[
        "edges",
        "--source",
        "Macron",
        "--relation",
        "said-about",
        "--format",
        "csv",
    ]);
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    // two evidences of one edge: one row each
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][2], "emmanuel-macron");
    assert_eq!(&rows[0][7], "2");
    assert_eq!(&rows[1][13], "Macron said.");
}

#[test]
fn top_by_degree_follows_the_edge_counts() {
    let v = json(&["top", "-n", "5"]);
    assert_eq!(keys(&v), set(["by", "relations", "types", "ranking"]));
    assert_eq!(v["by"], "degree");
    assert_eq!(
        ids(&v["ranking"], "id"),
        [
            "steve-witkoff",
            "ukraine",
            "russia",
            "vladimir-putin",
            "volodymyr-zelenskyy"
        ]
    );
    assert_eq!(
        keys(&v["ranking"][0]),
        set(["rank", "id", "label", "type", "score", "degree"])
    );
    assert_eq!(v["ranking"][0]["degree"], 7);
    assert_eq!(v["ranking"][0]["rank"], 1);

    // the same order, counted here from the fixture: edges per node, ties by name
    let g = graph_json();
    let mut degree: BTreeMap<&str, usize> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["id"].as_str().unwrap(), 0))
        .collect();
    for e in g["edges"].as_array().unwrap() {
        *degree.get_mut(e["source"].as_str().unwrap()).unwrap() += 1;
        *degree.get_mut(e["target"].as_str().unwrap()).unwrap() += 1;
    }
    let label: BTreeMap<&str, &str> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["id"].as_str().unwrap(), n["label"].as_str().unwrap()))
        .collect();
    let mut want: Vec<&str> = degree.keys().copied().collect();
    want.sort_by(|a, b| degree[b].cmp(&degree[a]).then(label[a].cmp(label[b])));
    let all = json(&["top", "-n", "0"]);
    assert_eq!(ids(&all["ranking"], "id"), want);

    let countries = json(&["top", "--type", "country", "-n", "3"]);
    assert_eq!(
        ids(&countries["ranking"], "id"),
        ["ukraine", "russia", "united-kingdom"]
    );
    let met = json(&["top", "--relation", "met-with", "-n", "2"]);
    assert_eq!(ids(&met["ranking"], "id"), ["steve-witkoff", "volodymyr-zelenskyy"]);
    assert_eq!(met["ranking"][1]["score"], 3.0);

    let csv = ok(&["top", "-n", "2", "--format", "csv"]);
    assert_eq!(csv, "rank,id,label,type,score,degree\n1,steve-witkoff,Steve Witkoff,person,7.0,7\n2,ukraine,Ukraine,country,7.0,7\n");
    let text = ok(&["top", "-n", "2"]);
    assert_eq!(text, "RANK  NAME           TYPE     DEGREE\n   1  Steve Witkoff  person        7\n   2  Ukraine        country       7\n");
}

#[test]
fn stats_counts() {
    let v = json(&["stats"]);
    assert_eq!(
        v,
        json!({
            "documents": 2, "first_date": "2003-03-27", "last_date": "2025-09-04",
            "nodes": 22, "edges": 32, "evidence": 35,
            "types": {"person": 10, "organization": 1, "country": 10, "group": 1, "location": 0},
            "relations": {
                "met-with": {"edges": 14, "evidence": 15},
                "said-about": {"edges": 7, "evidence": 9},
                "opposes": {"edges": 2, "evidence": 2},
                "supports": {"edges": 2, "evidence": 2},
                "affiliated-with": {"edges": 7, "evidence": 7}
            },
            "components": 2, "largest_component": 21, "isolated": 1
        })
    );
    // the totals agree with the file itself
    let g = graph_json();
    assert_eq!(
        v["nodes"].as_u64().unwrap() as usize,
        g["nodes"].as_array().unwrap().len()
    );
    assert_eq!(
        v["edges"].as_u64().unwrap() as usize,
        g["edges"].as_array().unwrap().len()
    );
    let weights: u64 = g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["weight"].as_u64().unwrap())
        .sum();
    assert_eq!(v["evidence"].as_u64().unwrap(), weights);
    let text = ok(&["stats"]);
    assert!(
        text.lines().any(|l| l.starts_with("components") && l.ends_with(" 2")),
        "{text}"
    );
}

#[test]
fn subgraph_around_rutte() {
    let out = ok(&["subgraph", "Rutte"]);
    let g: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(g["graph"]["schema"], "newsgraph/1");
    let nodes: BTreeSet<String> = ids(&g["nodes"], "id").into_iter().collect();
    let want: BTreeSet<String> = ["mark-rutte", "nato", "russia", "united-states", "vladimir-putin"]
        .map(String::from)
        .into();
    assert_eq!(nodes, want);
    // edges among the neighbours stay (Putin affiliated-with Russia)
    assert_eq!(g["edges"].as_array().unwrap().len(), 5);
    // the output is a graph again: query it
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("sub.json");
    std::fs::write(&sub, &out).unwrap();
    let s = run(&sub, &["stats", "--json"]);
    let s: Value = serde_json::from_slice(&s.stdout).unwrap();
    assert_eq!((s["nodes"].as_u64(), s["components"].as_u64()), (Some(5), Some(1)));

    let two = ok(&["subgraph", "Rutte", "--hops", "2", "--json"]);
    let two: Value = serde_json::from_str(&two).unwrap();
    assert!(ids(&two["nodes"], "id").contains(&"donald-trump".to_string()));
    assert!(!ids(&two["nodes"], "id").contains(&"steve-witkoff".to_string()));

    // the same DOT as `export --format dot` of the subgraph: graphviz-rust's printer
    let dot = ok(&["subgraph", "Rutte", "--format", "dot"]);
    assert!(dot.starts_with("digraph \"newsgraph\" {\n"), "{dot}");
    assert!(
        dot.lines().any(|l| l
            .trim_start()
            .starts_with("\"mark-rutte\" -> \"nato\" [label=\"affiliated-with\"")),
        "{dot}"
    );
    assert!(dot.trim_end().ends_with('}'));
    graphviz_rust::parse(&dot).expect("the DOT parses");
}

fn fails(args: &[&str]) -> String {
    let out = run(&fixture(), args);
    let err = one_line_error(&out);
    assert!(out.stdout.is_empty(), "nothing on stdout for {args:?}");
    err
}

#[test]
fn unknown_and_ambiguous_names() {
    let err = fails(&["entity", "Rute"]);
    assert_eq!(
        err,
        "newsgraph: error: no actor named `Rute` in the graph; did you mean Mark Rutte?\n"
    );
    // a misspelt surname finds its owner even without a surname alias
    let err = fails(&["neighbors", "Foremn"]);
    assert!(err.contains("did you mean John Foreman"), "{err}");
    let err = fails(&["path", "Rutte", "Xyzzy"]);
    assert_eq!(err, "newsgraph: error: no actor named `Xyzzy` in the graph\n");

    let err = fails(&["entity", "bush"]);
    assert_eq!(
        err,
        "newsgraph: error: `bush` is ambiguous: it names George Bush (george-bush), Laura Bush (laura-bush)\n"
    );
    fails(&["edges", "--source", "Bush"]);
    fails(&["subgraph", "Bush"]);
    // the full names are not ambiguous
    assert_eq!(json(&["entity", "laura bush"])["id"], "laura-bush");
}

#[test]
fn bad_graphs_and_values() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"nodes\": 3}").unwrap();
    let out = run(&bad, &["stats"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("bad.json") && err.contains("not a newsgraph graph"),
        "{err}"
    );
    let out = run(&dir.path().join("missing.json"), &["stats"]);
    assert_eq!(out.status.code(), Some(1));

    let err = fails(&["edges", "--since", "last week"]);
    assert!(err.contains("bad date `last week`"), "{err}");
    // a relation that does not exist is a usage error
    let out = run(&fixture(), &["neighbors", "Rutte", "--relation", "friends"]);
    assert_eq!(out.status.code(), Some(2));
}

/// PageRank and betweenness against networkx, on the fixture and on a larger random
/// graph written in the same format.
#[test]
fn rankings_match_networkx() {
    if !python3_succeeds(&["-c", "import networkx, scipy"]) {
        eprintln!("notice: python3 with networkx and scipy not available; skipping the networkx comparison");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let random = dir.path().join("random.json");
    let script = r#"
import json, random, sys
import networkx as nx
rels = ["met-with", "said-about", "opposes", "supports", "affiliated-with"]
rng = random.Random(7)
nodes = [{"id": f"n{i:03}", "label": f"Actor {i}", "type": "person", "aliases": [], "roles": [],
          "mentions": 1, "documents": ["d"]} for i in range(150)]
edges = {}
for _ in range(400):
    s, t = rng.sample(range(150), 2)
    r = rng.choice(rels)
    s, t = f"n{s:03}", f"n{t:03}"
    if r == "met-with" and t < s:
        s, t = t, s
    edges[(s, r, t)] = {"source": s, "target": t, "key": r, "relation": r, "weight": 1, "evidence": [
        {"document": "d", "sentence": 0, "span": [0, 1], "text": "x", "cue": "x", "modality": "asserted"}]}
g = {"directed": True, "multigraph": True, "graph": {"schema": "newsgraph/1", "documents": [{"id": "d"}]},
     "nodes": nodes, "edges": list(edges.values())}
json.dump(g, open(sys.argv[2], "w"))

out = {}
for path in sys.argv[1:3]:
    G = nx.node_link_graph(json.load(open(path)), edges="edges")
    D = nx.DiGraph()
    D.add_nodes_from(G.nodes)
    for s, t, d in G.edges(data=True):
        D.add_edge(s, t)
        if d["relation"] == "met-with":
            D.add_edge(t, s)
    U = nx.Graph(G.to_undirected())
    out[path] = {"pagerank": nx.pagerank(D, alpha=0.85, weight=None),
                 "betweenness": nx.betweenness_centrality(U)}
print(json.dumps(out))
"#;
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(fixture())
        .arg(&random)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "networkx: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let want: Value = serde_json::from_slice(&out.stdout).unwrap();
    for graph in [fixture(), random.clone()] {
        let expected = &want[graph.to_str().unwrap()];
        for by in ["pagerank", "betweenness"] {
            let out = run(&graph, &["top", "--by", by, "-n", "0", "--json"]);
            assert!(out.status.success());
            let got: Value = serde_json::from_slice(&out.stdout).unwrap();
            let ranking = got["ranking"].as_array().unwrap();
            let nx = expected[by].as_object().unwrap();
            assert_eq!(ranking.len(), nx.len());
            for r in ranking {
                let id = r["id"].as_str().unwrap();
                let (ours, theirs) = (r["score"].as_f64().unwrap(), nx[id].as_f64().unwrap());
                assert!(
                    (ours - theirs).abs() < 1e-3,
                    "{by} of {id} in {}: ours {ours}, networkx {theirs}",
                    graph.display()
                );
            }
            // best first
            let scores: Vec<f64> = ranking.iter().map(|r| r["score"].as_f64().unwrap()).collect();
            assert!(scores.windows(2).all(|w| w[0] >= w[1]));
        }
    }
}
