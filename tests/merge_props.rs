//! Merging is associative and commutative: the extraction lines of the sample articles,
//! shuffled and split into random groups, each group merged to a graph file and the
//! graph files merged again, give the bytes of `newsgraph build` on all of them.

use assert_cmd::Command;
use newsgraph::export::json;
use newsgraph::io::merge_files;
use proptest::prelude::*;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The extraction lines of data/articles and the graph `build` writes for them,
/// both from the real binary, computed once.
fn sample() -> &'static (Vec<String>, String) {
    static SAMPLE: OnceLock<(Vec<String>, String)> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let articles = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/articles");
        let run = |cmd: &str| {
            let out = Command::cargo_bin("newsgraph")
                .unwrap()
                .arg(cmd)
                .arg(&articles)
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8(out.stdout).unwrap()
        };
        let lines: Vec<String> = run("extract").lines().map(str::to_string).collect();
        assert!(lines.len() >= 9, "only {} documents", lines.len());
        (lines, run("build"))
    })
}

/// A permutation of `0..n` and a group number for each position (groups may be empty).
fn shuffle_and_split() -> impl Strategy<Value = (Vec<usize>, Vec<usize>)> {
    let n = sample().0.len();
    (
        Just((0..n).collect::<Vec<usize>>()).prop_shuffle(),
        proptest::collection::vec(0..4usize, n),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn merging_groups_of_groups_is_build((order, group) in shuffle_and_split()) {
        let (lines, build) = sample();
        let dir = tempfile::tempdir().unwrap();
        // each group's extraction lines in one JSONL file, in shuffled order
        let mut groups: Vec<Vec<&str>> = vec![Vec::new(); 4];
        for (pos, &doc) in order.iter().enumerate() {
            groups[group[pos]].push(&lines[doc]);
        }
        let mut graphs = Vec::new();
        let mut jsonls = Vec::new();
        for (i, g) in groups.iter().enumerate().filter(|(_, g)| !g.is_empty()) {
            let jsonl = dir.path().join(format!("part{i}.jsonl"));
            std::fs::write(&jsonl, g.join("\n") + "\n").unwrap();
            let graph = dir.path().join(format!("part{i}.json"));
            let merged = merge_files(std::slice::from_ref(&jsonl)).unwrap();
            std::fs::write(&graph, json::to_string(&merged)).unwrap();
            jsonls.push(jsonl);
            graphs.push(graph);
        }
        // graph files merged (associativity), in reverse group order too (commutativity)
        let all = json::to_string(&merge_files(&graphs).unwrap());
        prop_assert_eq!(&all, build);
        graphs.reverse();
        prop_assert_eq!(&json::to_string(&merge_files(&graphs).unwrap()), build);
        // extraction files merged directly, and mixed with the first group's graph
        prop_assert_eq!(&json::to_string(&merge_files(&jsonls).unwrap()), build);
        let mut mixed = jsonls.clone();
        let last = graphs.len() - 1;
        mixed[0] = graphs[last].clone();
        prop_assert_eq!(&json::to_string(&merge_files(&mixed).unwrap()), build);
    }
}

/// Cross-document resolution run on already resolved graphs is not associative: a lone
/// "Bush" joins "George Bush" when the two are merged first, but stays apart when
/// "Laura Bush" is in the same merge (the surname is then ambiguous).
#[test]
#[ignore = "known bug: resolve_actors on merged graphs is not associative (see docs/json.md)"]
fn resolution_is_associative_across_graph_files() {
    use newsgraph::{Extraction, KnowledgeGraph};
    let line = |doc: &str, id: &str, name: &str| -> Extraction {
        serde_json::from_value(serde_json::json!({
            "schema": "newsgraph-extraction/1",
            "document": {"id": doc},
            "entities": [{"id": id, "name": name, "type": "person",
                          "mentions": [{"text": name, "span": [0, name.len()], "sentence": 0, "how": "name"}]}],
            "relations": [],
        }))
        .unwrap()
    };
    let parts = [
        line("d1", "bush", "Bush"),
        line("d2", "george-bush", "George Bush"),
        line("d3", "laura-bush", "Laura Bush"),
    ];
    let graph = |xs: &[Extraction]| KnowledgeGraph::merge(xs.iter().map(KnowledgeGraph::from_extraction)).unwrap();
    let flat = graph(&parts);
    let nested = KnowledgeGraph::merge([graph(&parts[..2]), graph(&parts[2..])]).unwrap();
    assert_eq!(json::to_string(&nested), json::to_string(&flat));
}
