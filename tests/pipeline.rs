//! The whole pipeline through the real binary: `build`, `extract`, `merge` and `eval`
//! on the sample articles, the graph JSON contract (docs/json.md), the promise that
//! `merge(extract(a) ++ extract(b)) == build(a ++ b)` byte for byte whatever the order
//! and thread count, the one-line errors of `merge`, and networkx interoperability.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

mod common;
use common::{newsgraph, one_line_error, python3_succeeds};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn articles() -> PathBuf {
    root().join("data/articles")
}

fn summit() -> PathBuf {
    articles().join("coalition-summit.txt")
}

fn bbc() -> PathBuf {
    articles().join("bbc")
}

/// Runs the binary, asserts exit 0 and a stderr with no more than the one-line
/// summary of `build`, `extract` or `merge`, and returns stdout.
fn run_ok(cmd: &mut Command) -> Vec<u8> {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.lines().all(is_summary), "{stderr}");
    assert!(stderr.lines().count() <= 1, "{stderr}");
    out.stdout
}

/// Whether a stderr line is the summary a long run ends with.
fn is_summary(line: &str) -> bool {
    ["build", "extract", "merge"]
        .iter()
        .any(|c| line.starts_with(&format!("newsgraph {c}: ")))
        && line.ends_with(" s")
}

/// Runs the binary, asserts exit 1 and one line on stderr, and returns that line.
fn run_err(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    let err = one_line_error(&out);
    assert!(out.stdout.is_empty(), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(err.starts_with("newsgraph: error: "), "{err}");
    err
}

fn build_bytes(inputs: &[&Path]) -> Vec<u8> {
    run_ok(newsgraph().arg("build").args(inputs))
}

fn parse(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).expect("valid JSON")
}

/// The article file a document id comes from (`data/articles/**/<id>.txt`).
fn article_of(id: &str) -> PathBuf {
    [articles(), bbc()]
        .iter()
        .map(|d| d.join(format!("{id}.txt")))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("no article file for document `{id}`"))
}

fn node<'a>(g: &'a Value, label: &str) -> Option<&'a Value> {
    g["nodes"].as_array().unwrap().iter().find(|n| n["label"] == label)
}

/// The edge between the nodes labelled `a` and `b`; `met-with` matches either order.
fn edge<'a>(g: &'a Value, a: &str, relation: &str, b: &str) -> Option<&'a Value> {
    let id = |label: &str| node(g, label).map(|n| n["id"].as_str().unwrap().to_string());
    let (a, b) = (id(a)?, id(b)?);
    g["edges"].as_array().unwrap().iter().find(|e| {
        e["relation"] == relation
            && ((e["source"] == *a && e["target"] == *b)
                || (relation == "met-with" && e["source"] == *b && e["target"] == *a))
    })
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect()
}

#[test]
fn build_writes_the_node_link_contract() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("g.json");
    run_ok(newsgraph().arg("build").arg(articles()).arg("-o").arg(&out));
    let g: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();

    assert_eq!(g["directed"], true);
    assert_eq!(g["multigraph"], true);
    assert_eq!(g["graph"]["schema"], "newsgraph/1");

    // one document per article file, its id the file stem
    let mut stems: Vec<String> = [articles(), bbc()]
        .iter()
        .flat_map(|d| std::fs::read_dir(d).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    stems.sort();
    let ids: Vec<&str> = g["graph"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, stems);

    let nodes = g["nodes"].as_array().unwrap();
    assert!(nodes.len() > 20, "only {} nodes", nodes.len());
    let mut node_ids = std::collections::BTreeSet::new();
    for n in nodes {
        assert!(n["id"].as_str().is_some_and(|s| !s.is_empty()), "{n}");
        assert!(n["label"].as_str().is_some_and(|s| !s.is_empty()), "{n}");
        let kind = n["type"].as_str().unwrap();
        assert!(
            ["person", "organization", "country", "group", "location"].contains(&kind),
            "{n}"
        );
        strs(&n["aliases"]);
        strs(&n["roles"]);
        assert!(n["mentions"].as_u64().is_some_and(|m| m >= 1), "{n}");
        for d in strs(&n["documents"]) {
            assert!(ids.contains(&d), "{n}");
        }
        assert!(node_ids.insert(n["id"].as_str().unwrap()), "node listed twice: {n}");
    }

    let edges = g["edges"].as_array().unwrap();
    assert!(edges.len() > 20, "only {} edges", edges.len());
    let mut texts = std::collections::BTreeMap::new();
    for e in edges {
        let (s, t) = (e["source"].as_str().unwrap(), e["target"].as_str().unwrap());
        assert!(node_ids.contains(s) && node_ids.contains(t), "{e}");
        assert_ne!(s, t, "self-loop: {e}");
        let relation = e["relation"].as_str().unwrap();
        assert!(
            ["met-with", "said-about", "opposes", "supports", "affiliated-with"].contains(&relation),
            "{e}"
        );
        assert_eq!(e["key"], e["relation"], "{e}");
        if relation == "met-with" {
            assert!(s <= t, "met-with not stored with source <= target: {e}");
        }
        let evidence = e["evidence"].as_array().unwrap();
        assert_eq!(e["weight"].as_u64().unwrap() as usize, evidence.len(), "{e}");
        assert!(!evidence.is_empty());
        for ev in evidence {
            let doc = ev["document"].as_str().unwrap();
            assert!(ids.contains(&doc), "{ev}");
            assert!(ev["sentence"].as_u64().is_some(), "{ev}");
            assert!(ev["cue"].as_str().is_some_and(|c| !c.is_empty()), "{ev}");
            assert!(
                ["asserted", "expected", "reported"].contains(&ev["modality"].as_str().unwrap()),
                "{ev}"
            );
            // the span slices the article text to exactly the evidence sentence
            let text = texts
                .entry(doc.to_string())
                .or_insert_with(|| std::fs::read_to_string(article_of(doc)).unwrap());
            let span = ev["span"].as_array().unwrap();
            let (a, b) = (span[0].as_u64().unwrap() as usize, span[1].as_u64().unwrap() as usize);
            assert_eq!(text.get(a..b), ev["text"].as_str(), "{ev}");
        }
    }
    // no two edges share (source, relation, target)
    let keys: std::collections::BTreeSet<String> = edges
        .iter()
        .map(|e| format!("{} {} {}", e["source"], e["relation"], e["target"]))
        .collect();
    assert_eq!(keys.len(), edges.len());
}

#[test]
fn coalition_summit_facts() {
    let g = parse(&build_bytes(&[&summit()]));
    for (a, r, b) in [
        ("Steve Witkoff", "met-with", "France"),
        ("Steve Witkoff", "met-with", "Volodymyr Zelenskyy"),
        ("Donald Trump", "opposes", "Vladimir Putin"),
        ("Mark Rutte", "affiliated-with", "NATO"),
        ("Volodymyr Zelenskyy", "affiliated-with", "Ukraine"),
        ("Vladimir Putin", "affiliated-with", "Russia"),
    ] {
        assert!(edge(&g, a, r, b).is_some(), "no edge {a} -{r}-> {b}");
    }
    // direction matters for everything but met-with
    assert!(edge(&g, "Vladimir Putin", "opposes", "Donald Trump").is_none());
    assert!(edge(&g, "NATO", "affiliated-with", "Mark Rutte").is_none());

    let opposes = edge(&g, "Donald Trump", "opposes", "Vladimir Putin").unwrap();
    let ev = &opposes["evidence"][0];
    assert_eq!(ev["cue"], "accused");
    assert!(
        ev["text"]
            .as_str()
            .unwrap()
            .contains("Trump on Wednesday accused Putin"),
        "{ev}"
    );
    // Rutte's NATO role is said twice ("NATO Secretary-General Mark Rutte", "NATO's Rutte")
    assert_eq!(edge(&g, "Mark Rutte", "affiliated-with", "NATO").unwrap()["weight"], 2);

    let z = node(&g, "Volodymyr Zelenskyy").expect("Zelenskyy node");
    assert_eq!(z["type"], "person");
    assert!(strs(&z["aliases"]).contains(&"Zelenskyy"), "{z}");
    assert_eq!(strs(&z["documents"]), ["coalition-summit"]);
    assert_eq!(node(&g, "Mark Rutte").unwrap()["type"], "person");
    assert_eq!(node(&g, "NATO").unwrap()["type"], "organization");
    assert_eq!(node(&g, "France").unwrap()["type"], "country");
    // a weekday is no actor, and a surname alone is no second node
    for label in ["Thursday", "Wednesday", "Zelenskyy", "Trump", "Putin"] {
        assert!(node(&g, label).is_none(), "node labelled {label}");
    }
}

#[test]
fn build_to_stdout_equals_build_to_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("g.json");
    run_ok(
        newsgraph()
            .arg("build")
            .arg(summit())
            .arg("-o")
            .arg(&out)
            .args(["--format", "json"]),
    );
    assert_eq!(std::fs::read(&out).unwrap(), build_bytes(&[&summit()]));
}

/// `extract A`, `extract B`, then `merge` is `build A B`, byte for byte, in any order,
/// and a graph JSON mixes with extraction lines.
#[test]
fn merge_of_extractions_is_build() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (a, b) = (d.join("a.jsonl"), d.join("b.jsonl"));
    run_ok(newsgraph().arg("extract").arg(summit()).arg("-o").arg(&a));
    run_ok(newsgraph().arg("extract").arg(bbc()).arg("-o").arg(&b));
    let a_lines = std::fs::read_to_string(&a).unwrap();
    assert_eq!(a_lines.lines().count(), 1);
    let x: Value = serde_json::from_str(a_lines.trim_end()).unwrap();
    assert_eq!(x["schema"], "newsgraph-extraction/1");
    assert_eq!(x["document"]["id"], "coalition-summit");
    assert_eq!(std::fs::read_to_string(&b).unwrap().lines().count(), 8);

    let build = build_bytes(&[&summit(), &bbc()]);
    assert_eq!(build, build_bytes(&[&articles()]));
    let merged = run_ok(newsgraph().arg("merge").arg(&a).arg(&b));
    assert_eq!(
        String::from_utf8(merged).unwrap(),
        String::from_utf8(build.clone()).unwrap()
    );
    assert_eq!(run_ok(newsgraph().arg("merge").arg(&b).arg(&a)), build);

    // a graph JSON merged with an extraction file
    let bg = d.join("b.json");
    run_ok(newsgraph().arg("merge").arg(&b).arg("-o").arg(&bg));
    assert_eq!(std::fs::read(&bg).unwrap(), build_bytes(&[&bbc()]));
    assert_eq!(run_ok(newsgraph().arg("merge").arg(&bg).arg(&a)), build);
    assert_eq!(run_ok(newsgraph().arg("merge").arg(&a).arg(&bg)), build);

    // standard input as one of the merge inputs
    let piped = run_ok(newsgraph().arg("merge").arg("-").arg(&b).pipe_stdin(&a).unwrap());
    assert_eq!(piped, build);
}

#[test]
fn output_does_not_depend_on_threads_or_input_order() {
    let one = run_ok(newsgraph().env("RAYON_NUM_THREADS", "1").arg("build").arg(articles()));
    let two = run_ok(newsgraph().env("RAYON_NUM_THREADS", "2").arg("build").arg(articles()));
    assert_eq!(one, two);
    let mut files: Vec<PathBuf> = std::fs::read_dir(bbc())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.push(summit());
    files.sort();
    let sorted = run_ok(newsgraph().arg("build").args(&files));
    files.reverse();
    files.swap(0, 3);
    let shuffled = run_ok(newsgraph().env("RAYON_NUM_THREADS", "2").arg("build").args(&files));
    assert_eq!(sorted, one);
    assert_eq!(shuffled, one);

    // extract keeps the command-line order, one line per document, whatever the threads
    let x1 = run_ok(newsgraph().env("RAYON_NUM_THREADS", "1").arg("extract").args(&files));
    let x2 = run_ok(newsgraph().env("RAYON_NUM_THREADS", "2").arg("extract").args(&files));
    assert_eq!(x1, x2);
    let ids: Vec<String> = String::from_utf8(x1)
        .unwrap()
        .lines()
        .map(|l| parse(l.as_bytes())["document"]["id"].as_str().unwrap().to_string())
        .collect();
    let stems: Vec<String> = files
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(ids, stems);
}

#[test]
fn extract_reads_stdin() {
    let text = std::fs::read_to_string(summit()).unwrap();
    let out = run_ok(newsgraph().args(["extract", "-"]).write_stdin(text));
    let s = String::from_utf8(out).unwrap();
    assert_eq!(s.lines().count(), 1);
    let x = parse(s.as_bytes());
    assert_eq!(x["document"]["id"], "stdin");
    assert!(x["entities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["name"] == "Volodymyr Zelenskyy"));
}

#[test]
fn extraction_lines_carry_mentions_and_rules() {
    let out = run_ok(newsgraph().arg("extract").arg(summit()));
    let x = parse(&out);
    let text = std::fs::read_to_string(summit()).unwrap();
    for e in x["entities"].as_array().unwrap() {
        assert!(
            e["id"].is_string() && e["name"].is_string() && e["type"].is_string(),
            "{e}"
        );
        let mentions = e["mentions"].as_array().unwrap();
        assert!(!mentions.is_empty(), "{e}");
        for m in mentions {
            let span = m["span"].as_array().unwrap();
            let (a, b) = (span[0].as_u64().unwrap() as usize, span[1].as_u64().unwrap() as usize);
            assert_eq!(text.get(a..b), m["text"].as_str(), "{m}");
            assert!(m["how"].is_string() && m["sentence"].is_u64(), "{m}");
        }
    }
    for r in x["relations"].as_array().unwrap() {
        let ev = &r["evidence"];
        assert!(ev.is_object(), "one evidence per relation: {r}");
        assert!(ev["rule"].as_str().is_some_and(|s| !s.is_empty()), "{r}");
    }
    // the rule is for --explain only: the graph does not carry it
    let g = build_bytes(&[&summit()]);
    assert!(!String::from_utf8(g).unwrap().contains("\"rule\""));
}

#[test]
fn duplicate_document_across_merge_inputs_names_both_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (a, a2) = (d.join("a.jsonl"), d.join("copy.jsonl"));
    run_ok(newsgraph().arg("extract").arg(summit()).arg("-o").arg(&a));
    std::fs::copy(&a, &a2).unwrap();
    let out = d.join("g.json");
    let err = run_err(
        newsgraph()
            .current_dir(d)
            .args(["merge", "a.jsonl", "copy.jsonl", "-o", "g.json"]),
    );
    assert!(err.contains("coalition-summit"), "{err}");
    assert!(err.contains("a.jsonl") && err.contains("copy.jsonl"), "{err}");
    assert!(!out.exists(), "-o written on error");

    // the same through a graph file
    run_ok(newsgraph().current_dir(d).args(["merge", "a.jsonl", "-o", "a.json"]));
    let err = run_err(
        newsgraph()
            .current_dir(d)
            .args(["merge", "copy.jsonl", "a.json", "-o", "g.json"]),
    );
    assert!(err.contains("copy.jsonl") && err.contains("a.json"), "{err}");
    assert!(!out.exists(), "-o written on error");
}

#[test]
fn malformed_extraction_line_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let good = run_ok(newsgraph().arg("extract").arg(bbc()));
    let mut text = String::from_utf8(good).unwrap();
    let lines = text.lines().count();
    text.push_str("{\"schema\": \"newsgraph-extraction/1\", \"document\": \n");
    std::fs::write(d.join("bad.jsonl"), &text).unwrap();
    let err = run_err(newsgraph().current_dir(d).args(["merge", "bad.jsonl", "-o", "g.json"]));
    assert!(err.contains(&format!("bad.jsonl:{}", lines + 1)), "{err}");
    assert!(!d.join("g.json").exists(), "-o written on error");

    // an unknown schema tag is named too
    let first = text
        .lines()
        .next()
        .unwrap()
        .replace("newsgraph-extraction/1", "newsgraph-extraction/9");
    std::fs::write(d.join("future.jsonl"), format!("{first}\n")).unwrap();
    let err = run_err(newsgraph().current_dir(d).args(["merge", "future.jsonl"]));
    assert!(
        err.contains("future.jsonl:1") && err.contains("newsgraph-extraction/9"),
        "{err}"
    );

    // on standard input the file is <stdin>
    let err = run_err(newsgraph().args(["merge", "-"]).write_stdin("{\"schema\": 1}\n"));
    assert!(err.contains("<stdin>:1"), "{err}");
}

#[test]
fn build_error_leaves_no_output() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("empty.txt"), "").unwrap();
    let err = run_err(newsgraph().current_dir(d).args(["build", "empty.txt", "-o", "g.json"]));
    assert!(err.contains("empty.txt"), "{err}");
    assert!(!d.join("g.json").exists(), "-o written on error");
}

#[test]
fn networkx_loads_the_graph() {
    if !python3_succeeds(&["-c", "import networkx"]) {
        eprintln!("notice: python3 with networkx not available: skipping the networkx check");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.json");
    run_ok(newsgraph().arg("build").arg(articles()).arg("-o").arg(&path));
    let g = parse(&std::fs::read(&path).unwrap());
    let nodes = g["nodes"].as_array().unwrap().len();
    let edges: u64 = g["edges"].as_array().unwrap().len() as u64;
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(
            "import json,sys,networkx as nx; g=nx.node_link_graph(json.load(open(sys.argv[1])), edges=\"edges\"); \
             print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(), g.is_multigraph())",
        )
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // one networkx edge per JSON edge: (source, target, key) is unique
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        format!("{nodes} {edges} True True")
    );
}

/// The shared project directory: `$CARGO_MANIFEST_DIR/../shared`, or the nearest
/// ancestor's `shared/` (a git worktree sits one level deeper).
fn shared() -> Option<PathBuf> {
    root()
        .ancestors()
        .skip(1)
        .map(|d| d.join("shared"))
        .find(|d| d.is_dir())
}

/// The gold dev files and, for each, the article it annotates.
fn dev_set() -> Option<(PathBuf, Vec<PathBuf>)> {
    let gold = shared()?.join("gold/dev");
    let mut docs: Vec<PathBuf> = std::fs::read_dir(&gold)
        .ok()?
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| article_of(&p.file_stem().unwrap().to_string_lossy()))
        .collect();
    docs.sort();
    Some((gold, docs))
}

#[test]
fn eval_reports_scores_on_the_dev_set() {
    let Some((gold, docs)) = dev_set() else {
        eprintln!("notice: no shared/gold/dev above CARGO_MANIFEST_DIR: skipping eval");
        return;
    };
    assert_eq!(docs.len(), 6);
    let text = String::from_utf8(run_ok(newsgraph().arg("eval").arg("--gold").arg(&gold).args(&docs))).unwrap();
    for name in ["actors", "relations"] {
        let line = text
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no `{name}` line in:\n{text}"));
        for part in ["P ", "R ", "F1 "] {
            assert!(line.contains(part), "{line}");
        }
    }

    let json = parse(&run_ok(
        newsgraph()
            .arg("eval")
            .arg("--json")
            .arg("--gold")
            .arg(&gold)
            .args(&docs),
    ));
    assert_eq!(json["documents"], 6);
    let actors = json["actors"]["f1"].as_f64().expect("actors.f1 is a number");
    let relations = json["relations"]["f1"].as_f64().expect("relations.f1 is a number");
    assert!(actors >= 0.9, "actors F1 {actors} below the 0.9 floor");
    assert!(relations >= 0.6, "relations F1 {relations} below the 0.6 floor");
}

/// One extraction line with one entity of `kind`, named `mentions` times.
fn one_entity_line(doc: &str, id: &str, name: &str, kind: &str, mentions: usize) -> String {
    let mention = serde_json::json!({"text": name, "span": [0, name.len()], "sentence": 0, "how": "name"});
    let x = serde_json::json!({
        "schema": "newsgraph-extraction/1",
        "document": {"id": doc},
        "entities": [{"id": id, "name": name, "type": kind, "mentions": vec![mention; mentions]}],
        "relations": [],
    });
    format!("{x}\n")
}

/// The same id typed differently in three inputs: every order of the merge inputs
/// gives the same bytes (the type does not depend on which input came first).
#[test]
fn conflicting_types_merge_the_same_in_any_order() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for (doc, kind, mentions) in [("k1", "country", 2), ("k2", "person", 3), ("k3", "location", 2)] {
        std::fs::write(
            d.join(format!("{doc}.jsonl")),
            one_entity_line(doc, "georgia", "Georgia", kind, mentions),
        )
        .unwrap();
    }
    let orders = [
        ["k1", "k2", "k3"],
        ["k1", "k3", "k2"],
        ["k2", "k1", "k3"],
        ["k2", "k3", "k1"],
        ["k3", "k1", "k2"],
        ["k3", "k2", "k1"],
    ];
    let outs: Vec<Vec<u8>> = orders
        .iter()
        .map(|o| {
            run_ok(
                newsgraph()
                    .current_dir(d)
                    .arg("merge")
                    .args(o.map(|k| format!("{k}.jsonl"))),
            )
        })
        .collect();
    for (o, out) in orders.iter().zip(&outs) {
        assert_eq!(out, &outs[0], "merge {o:?} differs from merge {:?}", orders[0]);
    }
    let g = parse(&outs[0]);
    assert_eq!(g["nodes"].as_array().unwrap().len(), 1);
    assert_eq!(g["nodes"][0]["mentions"], 7);
    // and through a graph file: (k3 + k1) + k2 == k1 + k2 + k3
    run_ok(
        newsgraph()
            .current_dir(d)
            .args(["merge", "k3.jsonl", "k1.jsonl", "-o", "k31.json"]),
    );
    assert_eq!(
        run_ok(newsgraph().current_dir(d).args(["merge", "k31.json", "k2.jsonl"])),
        outs[0]
    );
}
