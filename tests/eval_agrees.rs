//! `newsgraph eval` must agree with the reference scorer `shared/tools/score.py`
//! number for number: these tests run both on the same gold files and graphs and
//! compare the reports byte for byte.

use newsgraph::eval;
use newsgraph::export::json;
use newsgraph::graph::{edge_key, Edge, Node};
use newsgraph::model::{slug, EntityType, RelationType};
use newsgraph::KnowledgeGraph;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::{newsgraph, python3_succeeds};

/// The shared project directory: `$CARGO_MANIFEST_DIR/../shared`, or the nearest
/// ancestor's `shared/` (a git worktree sits one level deeper).
fn shared() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    root.ancestors()
        .skip(1)
        .map(|d| d.join("shared"))
        .find(|d| d.join("tools/score.py").is_file())
        .expect("no shared/tools/score.py above CARGO_MANIFEST_DIR")
}

/// Whether python3 can run; prints a notice when it cannot (the test is then skipped).
fn have_python() -> bool {
    let ok = python3_succeeds(&["--version"]);
    if !ok {
        eprintln!("python3 not found: skipping the comparison with score.py");
    }
    ok
}

/// Runs `score.py GOLD GRAPHS [flags]` and returns its standard output.
fn score_py(gold: &Path, graphs: &Path, flags: &[&str]) -> String {
    let out = Command::new("python3")
        .arg(shared().join("tools/score.py"))
        .arg(gold)
        .arg(graphs)
        .args(flags)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "score.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Lines sorted: score.py lists wrong relations in Python set order.
fn sorted_lines(s: &str) -> Vec<&str> {
    let mut v: Vec<&str> = s.lines().collect();
    v.sort();
    v
}

/// Reads every graph file in `dir` as `newsgraph eval` would hold it, by document id.
fn read_graphs(dir: &Path) -> BTreeMap<String, KnowledgeGraph> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if let Ok(g) = json::read(&path) {
            out.insert(path.file_stem().unwrap().to_str().unwrap().to_string(), g);
        }
    }
    out
}

/// Checks that score.py and both Rust entry points report the same on these files.
fn assert_agree(gold: &Path, graphs: &Path) -> eval::Report {
    let from_dir = eval::score_graph_dir(gold, graphs).unwrap();
    let from_graphs = eval::score(gold, &read_graphs(graphs)).unwrap();
    let py_json = score_py(gold, graphs, &["--json"]);
    assert_eq!(from_dir.to_json(), py_json, "score_graph_dir vs score.py --json");
    assert_eq!(from_graphs.to_json(), py_json, "score vs score.py --json");
    assert_eq!(from_graphs.to_text(false), score_py(gold, graphs, &[]), "text report");
    let py_verbose = score_py(gold, graphs, &["--verbose"]);
    assert_eq!(
        sorted_lines(&from_graphs.to_text(true)),
        sorted_lines(&py_verbose),
        "verbose report"
    );
    from_graphs
}

/// A hand-made node-link graph in the newsgraph JSON contract.
/// Nodes: (id, label, type, aliases); edges: (source, relation, target).
fn node_link(nodes: &[(&str, &str, &str, &[&str])], edges: &[(&str, &str, &str)]) -> String {
    let nodes: Vec<Value> = nodes
        .iter()
        .map(|(id, label, kind, aliases)| json!({"id": id, "label": label, "type": kind, "aliases": aliases}))
        .collect();
    let edges: Vec<Value> = edges
        .iter()
        .map(|(s, r, t)| {
            // the graph contract wants evidence on every edge, from a listed document
            let ev = json!({"document": "doc", "sentence": 0, "span": [0, 1], "text": "x", "cue": "x", "modality": "asserted"});
            json!({"source": s, "target": t, "key": r, "relation": r, "weight": 1, "evidence": [ev]})
        })
        .collect();
    let g = json!({
        "directed": true, "multigraph": true,
        "graph": {"schema": "newsgraph/1", "documents": [{"id": "doc"}]},
        "nodes": nodes, "edges": edges,
    });
    serde_json::to_string_pretty(&g).unwrap()
}

const GOLD_SUMMIT: &str = r#"{
  "document": "summit",
  "entities": [
    {"name": "Volodymyr Zelenskyy", "type": "person", "aliases": ["Zelenskyy", "Zelensky"]},
    {"name": "Emmanuel Macron", "type": "person", "aliases": ["Macron"]},
    {"name": "Steve Witkoff", "type": "person", "aliases": ["Witkoff"]},
    {"name": "coalition of the willing", "type": "group", "aliases": ["the coalition of the willing", "coalition"]},
    {"name": "United States", "type": "country", "aliases": ["U.S.", "Washington"]},
    {"name": "Donald Trump", "type": "person", "aliases": ["Trump"]},
    {"name": "France", "type": "country", "aliases": ["French"]},
    {"name": "Ukraine", "type": "country", "aliases": ["Kyiv", "Ukrainian"]}
  ],
  "optional_entities": [
    {"name": "Europe", "type": "group", "aliases": ["Europeans"]},
    {"name": "Paris", "type": "location"}
  ],
  "relations": [
    {"source": "coalition of the willing", "type": "met-with", "target": "Volodymyr Zelenskyy"},
    {"source": "Steve Witkoff", "type": "affiliated-with", "target": ["Donald Trump", "United States"]},
    {"source": ["Macron", "France"], "type": "supports", "target": "Ukraine"},
    {"source": "Emmanuel Macron", "type": "affiliated-with", "target": "France"},
    {"source": "Donald Trump", "type": "said-about", "target": "Europe"},
    {"source": "Nobody Known", "type": "opposes", "target": "Ukraine"}
  ],
  "optional_relations": [
    {"source": "Emmanuel Macron", "type": "met-with", "target": "Volodymyr Zelenskyy"}
  ],
  "forbidden_relations": [
    {"source": "Donald Trump", "type": "met-with", "target": "Volodymyr Zelenskyy", "why": "no talks"},
    {"source": "United States", "type": "opposes", "target": "Europe", "why": "test"}
  ]
}"#;

const GOLD_SMALL: &str = r#"{
  "document": "small",
  "entities": [
    {"name": "Tony Blair", "type": "person", "aliases": ["Blair"]},
    {"name": "Labour", "type": "organization", "aliases": ["Labour Party", "the Labour party"]}
  ],
  "relations": [{"source": "Blair", "type": "affiliated-with", "target": "Labour"}]
}"#;

/// `gold/` (holding GOLD_SUMMIT and GOLD_SMALL) and an empty `graphs/` made in `dir`.
fn gold_and_graphs(dir: &Path) -> (PathBuf, PathBuf) {
    let (gold, graphs) = (dir.join("gold"), dir.join("graphs"));
    std::fs::create_dir_all(&gold).unwrap();
    std::fs::create_dir_all(&graphs).unwrap();
    std::fs::write(gold.join("summit.json"), GOLD_SUMMIT).unwrap();
    std::fs::write(gold.join("small.json"), GOLD_SMALL).unwrap();
    (gold, graphs)
}

#[test]
fn hand_made_graphs_score_as_score_py() {
    if !have_python() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (gold, graphs) = gold_and_graphs(dir.path());
    // no graph for this one: it scores as empty
    std::fs::write(gold.join("absent.json"), GOLD_SMALL).unwrap();
    let summit = node_link(
        &[
            ("coalition", "coalition", "group", &["the coalition of the willing"]),
            ("donald-trump", "Donald Trump", "person", &["Trump"]),
            ("emmanuel-macron", "Emmanuel Macron", "person", &["Macron", "French"]),
            ("europe", "Europe", "organization", &[]),
            ("france", "France", "country", &[]),
            ("macron", "Macron", "person", &[]),
            ("nato", "NATO", "organization", &[]),
            ("paris", "Paris", "location", &[]),
            ("steve-witkoff", "Witkoff", "person", &[]),
            ("u-s", "U.S.", "country", &["Washington"]),
            ("volodymyr-zelenskyy", "Volodymyr Zelenskyy", "person", &[]),
        ],
        &[
            ("coalition", "met-with", "volodymyr-zelenskyy"),
            ("steve-witkoff", "affiliated-with", "u-s"),
            ("steve-witkoff", "affiliated-with", "donald-trump"),
            ("france", "supports", "volodymyr-zelenskyy"),
            ("emmanuel-macron", "affiliated-with", "france"),
            ("macron", "affiliated-with", "france"),
            ("emmanuel-macron", "met-with", "volodymyr-zelenskyy"),
            ("donald-trump", "met-with", "volodymyr-zelenskyy"),
            ("donald-trump", "said-about", "europe"),
            ("u-s", "opposes", "europe"),
            ("emmanuel-macron", "said-about", "paris"),
            ("nato", "supports", "volodymyr-zelenskyy"),
        ],
    );
    std::fs::write(graphs.join("summit.json"), summit).unwrap();
    let small = node_link(
        &[
            ("blair", "The Blair's", "person", &[]),
            ("labour-party", "Labour Party", "organization", &[]),
        ],
        &[("labour-party", "affiliated-with", "blair")],
    );
    std::fs::write(graphs.join("small.json"), small).unwrap();
    let report = assert_agree(&gold, &graphs);
    // and the numbers are the ones worked out by hand
    assert_eq!(report.documents, 3);
    assert_eq!((report.actors.tp, report.actors.fp, report.actors.fn_), (9, 2, 3));
    assert_eq!(
        (report.relations.tp, report.relations.fp, report.relations.fn_),
        (4, 6, 4)
    );
    assert_eq!(report.forbidden, 2);
}

#[test]
fn loose_node_link_graphs_score_as_score_py() {
    if !have_python() {
        return;
    }
    // score.py reads any node-link graph: `links` for `edges`, `name` for `label`,
    // numeric ids, untyped and non-actor nodes; unparsable graphs score as empty
    let dir = tempfile::tempdir().unwrap();
    let (gold, graphs) = gold_and_graphs(dir.path());
    let loose = json!({
        "nodes": [
            {"id": 1, "name": "Donald Trump"},
            {"id": 2, "label": "", "name": "Zelensky", "type": "PERSON"},
            {"id": "3", "label": "Summit", "type": "event"},
            {"id": 4.0, "label": "Kyiv", "aliases": "xyz"},
            {"id": true, "label": "Europeans", "type": "group"},
            {"label": "Unknown Actor", "type": "person"},
        ],
        "links": [
            {"source": 1, "target": 2, "type": "met-with"},
            {"source": 1.0, "target": true, "label": "said-about"},
            {"source": 2, "target": 4, "relation": "affiliated-with"},
            {"source": "3", "target": 4, "relation": "opposes"},
            {"target": 4, "relation": "opposes"},
        ],
    });
    std::fs::write(graphs.join("summit.json"), loose.to_string()).unwrap();
    std::fs::write(graphs.join("small.json"), "{ not json").unwrap();
    let from_dir = eval::score_graph_dir(&gold, &graphs).unwrap();
    assert_eq!(from_dir.to_json(), score_py(&gold, &graphs, &["--json"]));
    assert_eq!(from_dir.to_text(false), score_py(&gold, &graphs, &[]));
    assert_eq!(
        sorted_lines(&from_dir.to_text(true)),
        sorted_lines(&score_py(&gold, &graphs, &["--verbose"]))
    );
}

/// A small deterministic random source (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64) < p * (1u64 << 53) as f64
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[(self.next() % v.len() as u64) as usize]
    }
}

fn strings(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.clone()],
        Value::Array(a) => a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    }
}

/// A plausible extraction of a gold file, with the usual mistakes made at random:
/// missed actors, actors under an alias, unmerged duplicates, wrong merges, wrong
/// types, spurious actors, missed, reversed, mistyped, optional and forbidden relations.
fn perturbed_graph(gold: &Value, rng: &mut Rng) -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    let mut ids: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let add = |g: &mut KnowledgeGraph, label: &str, kind: EntityType, aliases: BTreeSet<String>| {
        let mut id = slug(label);
        while g.nodes.contains_key(&id) {
            id.push_str("-2");
        }
        g.nodes.insert(
            id.clone(),
            Node {
                id: id.clone(),
                label: label.to_string(),
                kind,
                aliases,
                roles: BTreeSet::new(),
                mentions: 1,
                documents: BTreeSet::new(),
                wikidata: None,
                readings: Default::default(),
            },
        );
        id
    };
    let empty = Vec::new();
    let list = |k: &str| gold.get(k).and_then(Value::as_array).unwrap_or(&empty).clone();
    let every_name: Vec<String> = list("entities")
        .iter()
        .chain(&list("optional_entities"))
        .map(|e| e["name"].as_str().unwrap().to_string())
        .collect();
    for e in list("entities").iter().chain(&list("optional_entities")) {
        if rng.chance(0.2) {
            continue;
        }
        let name = e["name"].as_str().unwrap().to_string();
        let mut names = vec![name.clone()];
        names.extend(e.get("aliases").map(strings).unwrap_or_default());
        let kind = match e.get("type").and_then(Value::as_str).and_then(|t| t.parse().ok()) {
            Some(k) if !rng.chance(0.1) => k,
            _ => *rng.pick(EntityType::ALL),
        };
        let mut aliases: BTreeSet<String> = names.iter().filter(|_| rng.chance(0.3)).cloned().collect();
        if rng.chance(0.2) {
            // a wrong merge: the node also carries another actor's name
            aliases.insert(rng.pick(&every_name).clone());
        }
        let id = add(&mut g, rng.pick(&names).as_str(), kind, aliases);
        ids.entry(name.clone()).or_default().push(id);
        if rng.chance(0.15) {
            let id = add(&mut g, rng.pick(&names).as_str(), kind, BTreeSet::new());
            ids.entry(name).or_default().push(id);
        }
    }
    for i in 0..(rng.next() % 3) {
        add(
            &mut g,
            &format!("Spurious Actor {i}"),
            *rng.pick(EntityType::ALL),
            BTreeSet::new(),
        );
    }
    let mut edges: Vec<(String, RelationType, String)> = Vec::new();
    for r in list("relations")
        .iter()
        .chain(&list("optional_relations"))
        .chain(&list("forbidden_relations"))
    {
        if rng.chance(0.35) {
            continue;
        }
        let (sources, targets) = (strings(&r["source"]), strings(&r["target"]));
        if sources.is_empty() || targets.is_empty() {
            continue;
        }
        let (s, t) = (rng.pick(&sources).clone(), rng.pick(&targets).clone());
        let (Some(s), Some(t)) = (ids.get(&s), ids.get(&t)) else {
            continue;
        };
        let (mut s, mut t) = (rng.pick(s).clone(), rng.pick(t).clone());
        let rel = match r["type"].as_str().and_then(|t| t.parse().ok()) {
            Some(rel) if !rng.chance(0.1) => rel,
            _ => *rng.pick(RelationType::ALL),
        };
        if rng.chance(0.2) {
            std::mem::swap(&mut s, &mut t);
        }
        edges.push((s, rel, t));
    }
    let all: Vec<String> = g.nodes.keys().cloned().collect();
    for _ in 0..(rng.next() % 4) {
        if !all.is_empty() {
            edges.push((
                rng.pick(&all).clone(),
                *rng.pick(RelationType::ALL),
                rng.pick(&all).clone(),
            ));
        }
    }
    for (s, rel, t) in edges {
        if s == t {
            continue;
        }
        let k = edge_key(&s, rel, &t);
        g.edges.insert(
            k.clone(),
            Edge {
                source: k.0.clone(),
                target: k.2.clone(),
                relation: rel,
                evidence: BTreeSet::from([newsgraph::Evidence {
                    document: "doc".into(),
                    sentence: 0,
                    span: [0, 1],
                    text: "x".into(),
                    cue: "x".into(),
                    modality: newsgraph::Modality::Asserted,
                    role: None,
                    rule: None,
                }]),
                dropped: 0,
            },
        );
    }
    g.documents.insert(
        "doc".into(),
        newsgraph::model::DocumentMeta {
            id: "doc".into(),
            title: None,
            date: None,
            source: None,
            url: None,
        },
    );
    g
}

#[test]
fn perturbed_graphs_of_the_dev_gold_agree() {
    if !have_python() {
        return;
    }
    let gold = shared().join("gold/dev");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&gold)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no gold files in {}", gold.display());
    let mut totals = (0, 0);
    for seed in 0..8u64 {
        let mut rng = Rng(seed);
        let dir = tempfile::tempdir().unwrap();
        for f in &files {
            if rng.chance(0.1) {
                continue; // no graph: scores as empty
            }
            let v: Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
            let g = perturbed_graph(&v, &mut rng);
            std::fs::write(dir.path().join(f.file_name().unwrap()), json::to_string(&g)).unwrap();
        }
        let report = assert_agree(&gold, dir.path());
        totals.0 += report.relations.tp;
        totals.1 += report.forbidden + report.actors.fp;
    }
    // the perturbations really produced matches and mistakes to compare
    assert!(totals.0 > 0 && totals.1 > 0, "{totals:?}");
}

/// `newsgraph eval` on a real article agrees with score.py on the graph `build` makes.
#[test]
fn cli_eval_agrees_with_score_py_on_the_built_graph() {
    if !have_python() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (gold, graphs) = (dir.path().join("gold"), dir.path().join("graphs"));
    std::fs::create_dir_all(&gold).unwrap();
    std::fs::create_dir_all(&graphs).unwrap();
    std::fs::copy(
        shared().join("gold/dev/coalition-summit.json"),
        gold.join("coalition-summit.json"),
    )
    .unwrap();
    let article = shared().join("corpus/coalition-summit.txt");
    newsgraph()
        .args(["build", "-o"])
        .arg(graphs.join("coalition-summit.json"))
        .arg(&article)
        .assert()
        .success();
    for flags in [&["--json"][..], &[]] {
        let (code, stdout, stderr) = run_eval(&gold, flags, &article);
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(stdout, score_py(&gold, &graphs, flags));
    }
}

/// Runs `newsgraph eval --gold GOLD [flags] article` and returns (exit code, stdout,
/// stderr).
fn run_eval(gold: &Path, flags: &[&str], article: &Path) -> (i32, String, String) {
    let out = newsgraph()
        .arg("eval")
        .arg("--gold")
        .arg(gold)
        .args(flags)
        .arg(article)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn cli_missing_gold_dir_is_one_line_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("note.txt");
    std::fs::write(&article, "Tony Blair met George Bush in Washington.\n").unwrap();
    let missing = dir.path().join("no-such-gold");
    let (code, stdout, stderr) = run_eval(&missing, &[], &article);
    assert_eq!(code, 1);
    assert_eq!(stdout, "");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("newsgraph: error: "), "{stderr}");
    assert!(stderr.contains(&missing.display().to_string()), "{stderr}");
    assert!(stderr.contains("cannot read gold directory"), "{stderr}");
}

#[test]
fn cli_malformed_gold_file_is_one_line_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("note.txt");
    std::fs::write(&article, "Tony Blair met George Bush in Washington.\n").unwrap();
    let gold = dir.path().join("gold");
    std::fs::create_dir_all(&gold).unwrap();
    std::fs::write(gold.join("a-good.json"), GOLD_SMALL).unwrap();
    let bad = gold.join("note.json");
    for (body, message) in [
        (
            "{\"entities\": [\n  {\"name\": \"Blair\"\n",
            "note.json:3: gold file is not valid JSON",
        ),
        (
            r#"{"entities": [{"name": "Blair"}]}"#,
            "note.json: bad gold file: missing `relations`",
        ),
    ] {
        std::fs::write(&bad, body).unwrap();
        let (code, stdout, stderr) = run_eval(&gold, &[], &article);
        assert_eq!(code, 1);
        assert_eq!(stdout, "", "nothing half-written");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains(message), "{stderr}");
        assert!(stderr.contains(&bad.display().to_string()), "{stderr}");
    }
    // with the file fixed, eval succeeds and scores both documents
    std::fs::write(&bad, GOLD_SMALL).unwrap();
    let (code, stdout, _) = run_eval(&gold, &[], &article);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("documents 2\n"), "{stdout}");
}

/// One code point and score.py's `norm` of it alone and in three contexts.
type NormRow = (u32, String, String, String, String);

/// `model::fold` is score.py's `norm` on every character Python's Unicode tables
/// assign, and on strings that hit its regex corner cases.
#[test]
fn fold_matches_norm_on_every_character() {
    if !have_python() {
        return;
    }
    let script = r#"
import json, sys, unicodedata
sys.path.insert(0, sys.argv[1])
from score import norm
out = []
for c in range(0x110000):
    ch = chr(c)
    if unicodedata.category(ch) in ("Cn", "Cs"):
        continue
    out.append([c, norm(ch), norm("The" + ch + "x's"), norm("x" + ch + "'s"), norm("a" + ch + "\u0301b")])
tricky = ["Blair's\n", "Blair's\n\n", "Blair's \n", "The  Times", "THE\tGuardian", "the", "the ", "theme",
          "The The", "People\u2019s", "'s", "ΟΔΟΣ ΣΑ", "İstanbul", "ǅemal", "snake_case", "ﬁ ½ ²", "x\u0903's",
          "the\u00a0x", "the\u3000x", "the\u0903 x", "Straße", "ß's", "Ⓐ", "\u00c5ngstr\u00f6m", "U.S.-led"]
print(json.dumps([out, [[t, norm(t)] for t in tricky]]))
"#;
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(shared().join("tools"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let (rows, tricky): (Vec<NormRow>, Vec<(String, String)>) = serde_json::from_slice(&out.stdout).unwrap();
    let mut bad = Vec::new();
    for (input, want) in &tricky {
        let got = newsgraph::model::fold(input);
        if &got != want {
            bad.push(format!("{input:?}: py {want:?} rs {got:?}"));
        }
    }
    for (c, a, b, d, e) in &rows {
        let ch = char::from_u32(*c).unwrap();
        let got = (
            newsgraph::model::fold(&ch.to_string()),
            newsgraph::model::fold(&format!("The{ch}x's")),
            newsgraph::model::fold(&format!("x{ch}'s")),
            newsgraph::model::fold(&format!("a{ch}\u{301}b")),
        );
        if got != (a.clone(), b.clone(), d.clone(), e.clone()) {
            bad.push(format!("U+{c:04X} py {:?} rs {:?}", (a, b, d, e), got));
        }
    }
    assert!(rows.len() > 100_000, "only {} characters compared", rows.len());
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad[..bad.len().min(40)].join("\n")
    );
}
