//! Queries over the real graph of `data/articles`, asserting the answers a reader of
//! those articles would give: who met Witkoff, what connects Rutte and Putin, who
//! Trump opposed, that both spellings of George Bush are one actor.

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::OnceLock;

mod common;
use common::newsgraph;

/// The graph of data/articles, built once for all tests of this file.
fn graph() -> &'static PathBuf {
    static GRAPH: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &GRAPH
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("articles.json");
            newsgraph()
                .args(["build", "data/articles", "-o"])
                .arg(&path)
                .assert()
                .success();
            (dir, path)
        })
        .1
}

fn query(args: &[&str]) -> Value {
    let out = newsgraph()
        .arg("query")
        .arg(graph())
        .args(args)
        .arg("--json")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn labels<'a>(items: impl IntoIterator<Item = &'a Value>) -> BTreeSet<String> {
    items
        .into_iter()
        .map(|v| v["label"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn who_met_witkoff() {
    let v = query(&["neighbors", "Witkoff", "--relation", "met-with"]);
    assert_eq!(v["actor"]["label"], "Steve Witkoff");
    let met = labels(v["neighbors"].as_array().unwrap());
    let expected: BTreeSet<String> = [
        "France",
        "Germany",
        "Italy",
        "Ukraine",
        "United Kingdom",
        "Volodymyr Zelenskyy",
    ]
    .map(String::from)
    .into();
    assert_eq!(met, expected);
    // met-with is symmetric: every link is reported in both directions
    assert!(v["neighbors"]
        .as_array()
        .unwrap()
        .iter()
        .all(|n| n["direction"] == "both"));
}

#[test]
fn what_connects_rutte_and_putin() {
    let v = query(&["path", "Rutte", "Putin"]);
    assert_eq!(v["from"]["label"], "Mark Rutte");
    assert_eq!(v["to"]["label"], "Vladimir Putin");
    assert_eq!(v["length"], 1);
    let path = &v["paths"][0];
    assert_eq!(
        labels(path["nodes"].as_array().unwrap()),
        ["Mark Rutte", "Vladimir Putin"].map(String::from).into()
    );
    // each hop carries the sentence that proves it
    let text = serde_json::to_string(&path).unwrap();
    assert!(text.contains("stop making Putin too powerful"), "{text}");
}

#[test]
fn trump_opposes_putin_with_the_sentence() {
    let v = query(&["edges", "--source", "Trump", "--relation", "opposes"]);
    let edges = v["edges"].as_array().unwrap();
    assert_eq!(edges.len(), 1, "{v}");
    let text = serde_json::to_string(&edges[0]).unwrap();
    assert!(text.contains("vladimir-putin"), "{text}");
    assert!(text.contains("accused Putin of conspiring"), "{text}");
}

#[test]
fn one_george_bush_across_articles() {
    // "George W Bush" in one article and "George Bush" in others are one actor
    let v = query(&["entity", "George W. Bush"]);
    assert_eq!(v["label"], "George Bush");
    let aliases: BTreeSet<&str> = v["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert!(
        aliases.contains("George W Bush") && aliases.contains("Bush"),
        "{aliases:?}"
    );
    assert!(v["documents"].as_array().unwrap().len() >= 3, "{v}");
}

#[test]
fn the_most_connected_actors_are_the_protagonists() {
    let v = query(&["top", "-n", "5"]);
    let top = labels(v["ranking"].as_array().unwrap());
    assert!(top.contains("Tony Blair") && top.contains("United Kingdom"), "{top:?}");
    let scores: Vec<f64> = v["ranking"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["score"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
}

#[test]
fn stats_count_every_article() {
    let v = query(&["stats"]);
    assert_eq!(v["documents"], 9);
    let types = v["types"].as_object().unwrap();
    assert!(types["person"].as_u64().unwrap() >= 20);
    assert!(types["country"].as_u64().unwrap() >= 20);
}

#[test]
fn subgraph_around_witkoff() {
    let v = query(&["subgraph", "Witkoff", "--hops", "1"]);
    let nodes = labels(v["nodes"].as_array().unwrap());
    for n in ["Steve Witkoff", "France", "Volodymyr Zelenskyy", "Donald Trump"] {
        assert!(nodes.contains(n), "{n} not in {nodes:?}");
    }
    assert!(!nodes.contains("Tony Blair"), "{nodes:?}");
}

#[test]
fn unknown_name_suggests_the_closest_and_exits_1() {
    let out = newsgraph()
        .arg("query")
        .arg(graph())
        .args(["entity", "Zelensky"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("Volodymyr Zelenskyy"), "{err}");
}
