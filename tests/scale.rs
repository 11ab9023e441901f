//! Scale (issue 12): streaming in batches gives the bytes of a whole run whatever the
//! batch size and thread count; `--max-evidence` keeps weights; a day's extractions
//! merged into yesterday's graph give the graph of both days; the summary line and
//! `--quiet`.

use assert_cmd::Command;
use newsgraph::document::{read_inputs, DocumentStream, ReadOptions};
use newsgraph::export::json;
use newsgraph::graph::MergeOptions;
use newsgraph::stream::{self, Batching, LineFormat, Output};
use newsgraph::Pipeline;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn articles() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/articles")
}

fn newsgraph() -> Command {
    Command::cargo_bin("newsgraph").unwrap()
}

/// Runs the binary quietly, asserts success, returns stdout.
fn run_ok(cmd: &mut Command) -> Vec<u8> {
    let out = cmd.arg("--quiet").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

fn stream_of(inputs: &[PathBuf]) -> DocumentStream {
    DocumentStream::new(inputs, &ReadOptions::default()).unwrap()
}

#[test]
fn batches_of_any_size_give_the_bytes_of_a_whole_run() {
    let inputs = [articles()];
    let pipeline = Pipeline::default();
    let docs = read_inputs(&inputs, &ReadOptions::default()).unwrap().documents;
    let whole_lines = newsgraph::extract::to_jsonl(&pipeline.extract_all(&docs));
    let whole_graph = json::to_string(&pipeline.build(&docs).unwrap());
    let dir = tempfile::tempdir().unwrap();
    for max_items in [1, 2, 4, 10_000] {
        let batching = Batching {
            max_items,
            max_bytes: usize::MAX,
        };
        let path = dir.path().join(format!("x{max_items}.jsonl"));
        let mut out = Output::create(Some(&path)).unwrap();
        let tally = stream::extract(
            &pipeline,
            stream_of(&inputs),
            &batching,
            LineFormat::Json,
            &mut out,
            &mut (),
        )
        .unwrap();
        out.finish().unwrap();
        assert_eq!(tally.documents as usize, docs.len());
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            whole_lines,
            "batches of {max_items}"
        );

        let (g, _) = stream::build(
            &pipeline,
            stream_of(&inputs),
            &batching,
            &MergeOptions::default(),
            &mut (),
        )
        .unwrap();
        assert_eq!(json::to_string(&g), whole_graph, "batches of {max_items}");

        let (m, _) = stream::merge_files(
            std::slice::from_ref(&path),
            &batching,
            &MergeOptions::default(),
            &mut (),
        )
        .unwrap();
        assert_eq!(json::to_string(&m), whole_graph, "merge in batches of {max_items}");
    }
    // a batch bounded by bytes: a few articles at a time
    let small = Batching {
        max_items: 1000,
        max_bytes: 5000,
    };
    let (g, _) = stream::build(&pipeline, stream_of(&inputs), &small, &MergeOptions::default(), &mut ()).unwrap();
    assert_eq!(json::to_string(&g), whole_graph);
}

#[test]
fn threads_do_not_show_in_the_output() {
    let one = run_ok(newsgraph().args(["extract", "--threads", "1"]).arg(articles()));
    let three = run_ok(newsgraph().args(["extract", "--threads", "3"]).arg(articles()));
    assert_eq!(one, three);
    let one = run_ok(newsgraph().args(["build", "--threads", "1"]).arg(articles()));
    let three = run_ok(newsgraph().args(["build", "--threads", "3"]).arg(articles()));
    assert_eq!(one, three);
    let err = newsgraph()
        .args(["build", "--threads", "0"])
        .arg(articles())
        .output()
        .unwrap();
    assert_eq!(err.status.code(), Some(2));
}

/// (source, relation, target) -> (weight, evidences listed), from graph JSON bytes.
fn edges(bytes: &[u8]) -> Vec<(String, usize, usize)> {
    let g: Value = serde_json::from_slice(bytes).unwrap();
    g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                format!("{} {} {}", e["source"], e["relation"], e["target"]),
                e["weight"].as_u64().unwrap() as usize,
                e["evidence"].as_array().unwrap().len(),
            )
        })
        .collect()
}

#[test]
fn max_evidence_caps_the_sentences_not_the_weights() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // the sample articles twice, under other ids, so that edges have several sentences
    let x = run_ok(newsgraph().arg("extract").arg(articles()));
    let x = String::from_utf8(x).unwrap();
    let again: String = x
        .lines()
        .map(|l| {
            let mut v: Value = serde_json::from_str(l).unwrap();
            let id = format!("{}-again", v["document"]["id"].as_str().unwrap());
            v["document"]["id"] = Value::String(id.clone());
            for r in v["relations"].as_array_mut().unwrap() {
                r["evidence"]["document"] = Value::String(id.clone());
            }
            serde_json::to_string(&v).unwrap() + "\n"
        })
        .collect();
    std::fs::write(d.join("a.jsonl"), &x).unwrap();
    std::fs::write(d.join("b.jsonl"), &again).unwrap();
    let all = run_ok(newsgraph().arg("merge").arg(d.join("a.jsonl")).arg(d.join("b.jsonl")));
    let capped = run_ok(
        newsgraph()
            .args(["merge", "--max-evidence", "1"])
            .arg(d.join("a.jsonl"))
            .arg(d.join("b.jsonl")),
    );
    let (all_edges, capped_edges) = (edges(&all), edges(&capped));
    assert_eq!(all_edges.len(), capped_edges.len());
    assert!(all_edges.iter().any(|e| e.2 > 1), "no edge with several sentences");
    for (a, c) in all_edges.iter().zip(&capped_edges) {
        assert_eq!(a.0, c.0);
        assert_eq!(a.1, c.1, "{}: the weight counts every sentence", a.0);
        assert_eq!(c.2, a.2.min(1), "{}", a.0);
    }
    // capped graphs merged again keep the weights and the cap: a tree of capped
    // merges is the capped merge of everything
    let ga = d.join("a.json");
    let gb = d.join("b.json");
    run_ok(
        newsgraph()
            .args(["merge", "--max-evidence", "1"])
            .arg(d.join("a.jsonl"))
            .arg("-o")
            .arg(&ga),
    );
    run_ok(
        newsgraph()
            .args(["merge", "--max-evidence", "1"])
            .arg(d.join("b.jsonl"))
            .arg("-o")
            .arg(&gb),
    );
    let tree = run_ok(newsgraph().args(["merge", "--max-evidence", "1"]).arg(&gb).arg(&ga));
    assert_eq!(
        String::from_utf8(tree).unwrap(),
        String::from_utf8(capped.clone()).unwrap()
    );
    // and build --max-evidence is the capped merge of its extractions
    let built = run_ok(newsgraph().args(["build", "--max-evidence", "1"]).arg(articles()));
    let merged = run_ok(
        newsgraph()
            .args(["merge", "--max-evidence", "1"])
            .arg(d.join("a.jsonl")),
    );
    assert_eq!(built, merged);
}

/// The sample articles in two days: JSON Lines of (id, text), split in the middle.
fn two_days(d: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let docs = read_inputs(&[articles()], &ReadOptions::default()).unwrap().documents;
    let line = |doc: &newsgraph::Document| {
        serde_json::json!({"id": doc.id, "text": doc.text, "date": doc.date}).to_string() + "\n"
    };
    let half = docs.len() / 2;
    let (yesterday, today, both) = (d.join("yesterday.jsonl"), d.join("today.jsonl"), d.join("both.jsonl"));
    std::fs::write(&yesterday, docs[..half].iter().map(line).collect::<String>()).unwrap();
    std::fs::write(&today, docs[half..].iter().map(line).collect::<String>()).unwrap();
    std::fs::write(&both, docs.iter().map(line).collect::<String>()).unwrap();
    (yesterday, today, both)
}

#[test]
fn a_days_extractions_merge_into_the_graph_so_far() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (yesterday, today, both) = two_days(d);
    let graph = d.join("graph.json");
    run_ok(newsgraph().arg("build").arg(&yesterday).arg("-o").arg(&graph));
    let today_x = d.join("today-x.jsonl");
    run_ok(newsgraph().arg("extract").arg(&today).arg("-o").arg(&today_x));
    // the graph is both an input and the output: it is read before it is replaced
    run_ok(newsgraph().arg("merge").arg(&graph).arg(&today_x).arg("-o").arg(&graph));
    let whole = run_ok(newsgraph().arg("build").arg(&both));
    assert_eq!(
        std::fs::read_to_string(&graph).unwrap(),
        String::from_utf8(whole).unwrap()
    );
    // the same day twice is refused: nothing is counted twice
    let out = newsgraph().arg("merge").arg(&graph).arg(&today_x).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("duplicate document id"));
}

#[test]
fn a_run_ends_with_a_summary_line_unless_quiet() {
    let out = newsgraph().arg("build").arg(articles()).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    let g: Value = serde_json::from_slice(&out.stdout).unwrap();
    let want = format!(
        "newsgraph build: {} documents, {} actors, {} edges, ",
        g["graph"]["documents"].as_array().unwrap().len(),
        g["nodes"].as_array().unwrap().len(),
        g["edges"].as_array().unwrap().len()
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with(&want) && stderr.ends_with(" s\n"), "{stderr}");

    let out = newsgraph().args(["extract", "-q"]).arg(articles()).output().unwrap();
    assert!(out.status.success());
    assert!(out.stderr.is_empty());
    // a summary never goes to stdout
    let out = newsgraph().arg("extract").arg(articles()).output().unwrap();
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .all(|l| l.starts_with('{')));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .starts_with("newsgraph extract: 9 documents"));
}

#[test]
fn partial_merges_in_a_tree_resolve_actors_once_as_build_does() {
    // "Bush" joins "George Bush" when those two are merged first, but stays its own
    // node once "Laura Bush" is in the merge: a tree of resolving merges would decide
    // too early, a tree of --partial merges decides at the root
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let line = |doc: &str, name: &str| {
        let text = format!("{name} spoke.");
        serde_json::json!({"id": doc, "text": text}).to_string() + "\n"
    };
    std::fs::write(d.join("a.jsonl"), line("d1", "Mr Bush") + &line("d2", "George Bush")).unwrap();
    std::fs::write(d.join("b.jsonl"), line("d3", "Laura Bush")).unwrap();
    let all = d.join("all.jsonl");
    std::fs::write(
        &all,
        line("d1", "Mr Bush") + &line("d2", "George Bush") + &line("d3", "Laura Bush"),
    )
    .unwrap();
    let build = run_ok(newsgraph().arg("build").arg(&all));
    for part in ["a", "b"] {
        let x = run_ok(newsgraph().arg("extract").arg(d.join(format!("{part}.jsonl"))));
        std::fs::write(d.join(format!("{part}-x.jsonl")), x).unwrap();
        let g = run_ok(
            newsgraph()
                .args(["merge", "--partial"])
                .arg(d.join(format!("{part}-x.jsonl"))),
        );
        std::fs::write(d.join(format!("{part}.json")), g).unwrap();
    }
    let root = run_ok(newsgraph().arg("merge").arg(d.join("a.json")).arg(d.join("b.json")));
    assert_eq!(
        String::from_utf8(root).unwrap(),
        String::from_utf8(build.clone()).unwrap()
    );
    let g: Value = serde_json::from_slice(&build).unwrap();
    let labels: Vec<&str> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["label"].as_str().unwrap())
        .collect();
    assert!(
        labels.contains(&"Bush"),
        "the lone surname stays its own node: {labels:?}"
    );
}
