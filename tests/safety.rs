//! Issue 16: never destroy what the user did not ask to replace, never accept a graph
//! that lies. Each row of the issue's table, run through the binary on generated
//! inputs, asserting the new behaviour (docs/reliability.md lists the guarantees).

mod common;

use common::{newsgraph, one_line_error};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const GENEROUS: Duration = Duration::from_secs(600);

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

const ARTICLE: &str = "Talks in Paris\n\nPierre Lemaire met Ilse Varga in Paris on Tuesday.\n";

fn graph_of(dir: &Path) -> PathBuf {
    let article = write(dir, "article.txt", ARTICLE);
    let g = dir.join("graph.json");
    newsgraph()
        .arg("build")
        .arg(&article)
        .arg("-o")
        .arg(&g)
        .assert()
        .success();
    g
}

fn temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".newsgraph-tmp-") || n.starts_with(".tmp"))
        .collect()
}

// --- output ------------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn output_through_a_symlink_replaces_the_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "article.txt", ARTICLE);
    let real = write(dir.path(), "real.json", "old");
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink("real.json", &link).unwrap();
    newsgraph()
        .arg("build")
        .arg(&article)
        .arg("-o")
        .arg(&link)
        .assert()
        .success();
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    let g: Value = serde_json::from_slice(&std::fs::read(&real).unwrap()).unwrap();
    assert_eq!(g["graph"]["schema"], "newsgraph/1");
    assert!(temp_files(dir.path()).is_empty());
    // a dangling link: its target is created
    let dangling = dir.path().join("dangling.json");
    std::os::unix::fs::symlink("new.json", &dangling).unwrap();
    newsgraph()
        .arg("build")
        .arg(&article)
        .arg("-o")
        .arg(&dangling)
        .assert()
        .success();
    assert!(dir.path().join("new.json").is_file());
}

#[cfg(unix)]
#[test]
fn output_onto_a_device_a_fifo_or_a_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "article.txt", ARTICLE);
    let fifo = dir.path().join("fifo.json");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let link_to_null = dir.path().join("null.json");
    std::os::unix::fs::symlink("/dev/null", &link_to_null).unwrap();
    for (target, kind) in [
        (PathBuf::from("/dev/null"), "is a device"),
        (link_to_null.clone(), "is a device"),
        (fifo.clone(), "is a FIFO"),
        (dir.path().to_path_buf(), "is a directory"),
    ] {
        let out = newsgraph()
            .arg("build")
            .arg(&article)
            .arg("-o")
            .arg(&target)
            .timeout(GENEROUS)
            .output()
            .unwrap();
        let err = one_line_error(&out);
        assert!(err.contains(kind), "{target:?}: {err}");
    }
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata("/dev/null").unwrap().file_type().is_char_device());
    assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn output_onto_an_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "x.txt", ARTICLE);
    let out = newsgraph()
        .args(["build", "--format", "json"])
        .arg(&article)
        .arg("-o")
        .arg(&article)
        .output()
        .unwrap();
    assert!(one_line_error(&out).contains("is an input of this run"));
    assert_eq!(std::fs::read_to_string(&article).unwrap(), ARTICLE);
    // the same file found through a directory, and `merge`/`export` onto their input
    let out = newsgraph()
        .args(["extract"])
        .arg(dir.path())
        .arg("-o")
        .arg(&article)
        .output()
        .unwrap();
    assert!(one_line_error(&out).contains("is an input of this run"));
    assert_eq!(std::fs::read_to_string(&article).unwrap(), ARTICLE);
    let g = graph_of(dir.path());
    let before = std::fs::read(&g).unwrap();
    let out = newsgraph().arg("export").arg(&g).arg("-o").arg(&g).output().unwrap();
    assert!(one_line_error(&out).contains("is an input of this run"));
    assert_eq!(std::fs::read(&g).unwrap(), before);
    // merge may grow a graph in place (docs/scale.md), but never overwrite extraction lines
    let lines = dir.path().join("x.jsonl");
    newsgraph()
        .arg("extract")
        .arg(&article)
        .arg("-o")
        .arg(&lines)
        .assert()
        .success();
    let extracted = std::fs::read(&lines).unwrap();
    let out = newsgraph()
        .args(["merge", "--format", "json"])
        .arg(&g)
        .arg(&lines)
        .arg("-o")
        .arg(&lines)
        .output()
        .unwrap();
    assert!(one_line_error(&out).contains("is an input of this run"));
    assert_eq!(std::fs::read(&lines).unwrap(), extracted);
}

/// A corpus whose graph JSON is a few megabytes, so writing it takes a moment.
fn big_corpus(dir: &Path) -> PathBuf {
    let mut s = String::new();
    for i in 0..3000 {
        s.push_str(&format!(
            "{{\"id\":\"d{i}\",\"text\":\"Pierre Lemaire met Ilse Varga in Paris. Ilse Varga criticised Anna Berg{i} on Monday.\"}}\n"
        ));
    }
    write(dir, "corpus.jsonl", s)
}

#[cfg(unix)]
#[test]
fn sigint_and_sigterm_leave_no_temporary_file_and_the_old_output_whole() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = big_corpus(dir.path());
    let out = write(dir.path(), "out.json", "old graph");
    let bin = assert_cmd::cargo::cargo_bin("newsgraph");
    // stop the run at different moments: each time the output is the old file or a
    // whole new graph, and no temporary file is left
    for (round, delay_ms) in [200u64, 800, 1500, 3000, 5000, 8000].iter().enumerate() {
        let signal = if round % 2 == 0 { "-INT" } else { "-TERM" };
        let mut child = std::process::Command::new(&bin)
            .arg("build")
            .arg(&corpus)
            .arg("-o")
            .arg(&out)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(*delay_ms));
        std::process::Command::new("kill")
            .arg(signal)
            .arg(child.id().to_string())
            .status()
            .unwrap();
        let status = child.wait().unwrap();
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(
            text == "old graph" || serde_json::from_str::<Value>(&text).is_ok(),
            "round {round}: half-written output"
        );
        assert!(
            temp_files(dir.path()).is_empty(),
            "round {round}: {:?}",
            temp_files(dir.path())
        );
        if status.success() {
            std::fs::write(&out, "old graph").unwrap();
        } else {
            // killed by the signal or exited with 128 + it
            use std::os::unix::process::ExitStatusExt;
            assert!(
                matches!(status.code(), Some(130 | 143)) || status.signal().is_some(),
                "{status:?}"
            );
        }
    }
}

#[cfg(unix)]
#[test]
fn a_temporary_file_left_by_sigkill_is_cleaned_by_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "article.txt", ARTICLE);
    // a process that has ended: its pid is free
    let mut gone = std::process::Command::new("true").spawn().unwrap();
    let pid = gone.id();
    gone.wait().unwrap();
    let stale = write(dir.path(), &format!(".out.json.newsgraph-tmp-{pid}"), "partial");
    // one of a live process (this test) is someone's work in progress: kept
    let live = write(
        dir.path(),
        &format!(".other.json.newsgraph-tmp-{}", std::process::id()),
        "busy",
    );
    let out = dir.path().join("out.json");
    newsgraph()
        .arg("build")
        .arg(&article)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    assert!(!stale.exists(), "stale temporary file left");
    assert!(live.exists(), "a live run's temporary file removed");
    assert!(out.is_file());
}

/// A graph JSON with `n` actors linked in a ring, each edge with one evidence.
fn ring_graph(n: usize) -> Value {
    let nodes: Vec<Value> = (0..n)
        .map(|i| json!({"id": format!("a{i}"), "label": format!("A{i}"), "type": "person", "mentions": 1, "documents": ["d"]}))
        .collect();
    let mut edges: Vec<Value> = (0..n)
        .map(|i| {
            let (s, t) = (format!("a{i}"), format!("a{}", (i + 1) % n));
            json!({"source": s, "target": t, "key": "opposes", "relation": "opposes", "weight": 1,
                   "evidence": [{"document": "d", "sentence": i, "span": [0, 1], "text": "x", "cue": "x", "modality": "asserted"}]})
        })
        .collect();
    edges.sort_by_key(|e| {
        (
            e["source"].as_str().unwrap().to_string(),
            e["target"].as_str().unwrap().to_string(),
        )
    });
    json!({"directed": true, "multigraph": true, "graph": {"schema": "newsgraph/1", "documents": [{"id": "d"}]},
           "nodes": nodes, "edges": edges})
}

fn has_graphviz() -> bool {
    std::process::Command::new("dot").arg("-V").output().is_ok()
}

#[cfg(target_os = "linux")]
#[test]
fn sigterm_to_render_ends_dot_too() {
    if !has_graphviz() {
        eprintln!("skipped: Graphviz not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let g = write(dir.path(), "ring.json", ring_graph(1400).to_string());
    let out = dir.path().join("ring.svg");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("newsgraph"))
        .arg("render")
        .arg(&g)
        .arg("-o")
        .arg(&out)
        .args(["--layout", "circo"])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // wait for its `dot` child
    let children = |pid: u32| -> Vec<u32> {
        std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
            .unwrap_or_default()
            .split_whitespace()
            .filter_map(|p| p.parse().ok())
            .collect()
    };
    let start = Instant::now();
    let dot = loop {
        if let Some(d) = children(child.id()).first() {
            break *d;
        }
        if child.try_wait().unwrap().is_some() || start.elapsed() > GENEROUS {
            eprintln!("skipped: dot finished before it could be signalled");
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    std::process::Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status()
        .unwrap();
    child.wait().unwrap();
    let start = Instant::now();
    while Path::new(&format!("/proc/{dot}")).exists() {
        let stat = std::fs::read_to_string(format!("/proc/{dot}/stat")).unwrap_or_default();
        if stat.split_whitespace().nth(2) == Some("Z") || start.elapsed() > Duration::from_secs(30) {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let stat = std::fs::read_to_string(format!("/proc/{dot}/stat")).unwrap_or_default();
    assert!(
        stat.is_empty() || stat.split_whitespace().nth(2) == Some("Z"),
        "dot still running: {stat}"
    );
    assert!(!out.exists());
    assert!(temp_files(dir.path()).is_empty());
}

#[test]
fn render_refuses_a_graph_too_large_to_draw_and_names_the_filters() {
    let dir = tempfile::tempdir().unwrap();
    let g = write(dir.path(), "big.json", ring_graph(10_800).to_string());
    let out = dir.path().join("big.svg");
    let run = newsgraph()
        .arg("render")
        .arg(&g)
        .arg("-o")
        .arg(&out)
        .timeout(GENEROUS)
        .output()
        .unwrap();
    let err = one_line_error(&run);
    assert!(
        err.contains("10800 actors") && err.contains("--top") && err.contains("--force"),
        "{err}"
    );
    assert!(!out.exists());
    // a filter brings it under the limit
    if has_graphviz() {
        newsgraph()
            .arg("render")
            .arg(&g)
            .arg("-o")
            .arg(&out)
            .args(["--top", "20"])
            .timeout(GENEROUS)
            .assert()
            .success();
        assert!(out.exists());
    }
}

// --- merge validates what it reads -------------------------------------------------

fn merge_refuses(dir: &Path, name: &str, content: &str, message: &str) {
    let input = write(dir, name, content);
    let out = dir.join("merged.json");
    let run = newsgraph()
        .arg("merge")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let err = one_line_error(&run);
    assert!(
        err.starts_with(&format!("newsgraph: error: {}", input.display())) && err.contains(message),
        "{name}: {err}"
    );
    assert!(!out.exists());
}

#[test]
fn merge_refuses_a_graph_that_lies() {
    let dir = tempfile::tempdir().unwrap();
    let g: Value = serde_json::from_slice(&std::fs::read(graph_of(dir.path())).unwrap()).unwrap();
    assert!(!g["edges"].as_array().unwrap().is_empty());

    let mut v2 = g.clone();
    v2["graph"]["schema"] = json!("newsgraph/2");
    merge_refuses(
        dir.path(),
        "v2.json",
        &v2.to_string(),
        "unsupported graph schema `newsgraph/2`",
    );

    let mut bare = g.clone();
    bare["edges"][0]["evidence"] = json!([]);
    bare["edges"][0]["weight"] = json!(0);
    merge_refuses(dir.path(), "bare.json", &bare.to_string(), "has no evidence");

    let mut lp = g.clone();
    lp["edges"][0]["target"] = lp["edges"][0]["source"].clone();
    merge_refuses(dir.path(), "loop.json", &lp.to_string(), "is a self-loop");

    let mut unlisted = g.clone();
    unlisted["edges"][0]["evidence"][0]["document"] = json!("elsewhere");
    merge_refuses(
        dir.path(),
        "unlisted.json",
        &unlisted.to_string(),
        "cites document `elsewhere`",
    );

    let mut twice = g.clone();
    let n0 = twice["nodes"][0].clone();
    twice["nodes"].as_array_mut().unwrap().push(n0);
    merge_refuses(dir.path(), "twice.json", &twice.to_string(), "listed twice");

    let mut weight = g.clone();
    let mut other = weight["edges"][0]["evidence"][0].clone();
    other["sentence"] = json!(99);
    weight["edges"][0]["evidence"].as_array_mut().unwrap().push(other);
    weight["edges"][0]["weight"] = json!(1);
    merge_refuses(dir.path(), "weight.json", &weight.to_string(), "has weight 1 but 2");

    let mut dup = g.clone();
    let same = dup["edges"][0]["evidence"][0].clone();
    dup["edges"][0]["evidence"].as_array_mut().unwrap().push(same);
    dup["edges"][0]["weight"] = json!(2);
    merge_refuses(dir.path(), "dup.json", &dup.to_string(), "lists an evidence twice");
}

#[test]
fn merge_refuses_an_extraction_line_whose_document_id_was_changed() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "article.txt", ARTICLE);
    let run = newsgraph().arg("extract").arg(&article).output().unwrap();
    let line = String::from_utf8(run.stdout).unwrap();
    let first = write(dir.path(), "first.jsonl", &line);
    let mut x: Value = serde_json::from_str(line.trim()).unwrap();
    x["document"]["id"] = json!("article-copy");
    let copy = write(dir.path(), "copy.jsonl", format!("{x}\n"));
    let out = dir.path().join("merged.json");
    let run = newsgraph()
        .arg("merge")
        .arg(&first)
        .arg(&copy)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let err = one_line_error(&run);
    assert!(
        err.starts_with(&format!(
            "newsgraph: error: {}:1: evidence names document `article`",
            copy.display()
        )),
        "{err}"
    );
    assert!(!out.exists());
}

#[test]
fn an_actors_type_is_decided_by_the_weight_of_evidence() {
    // the France case: one sports article reads "France" (the football team) as an
    // organization 570 times; five political articles read it as the country
    let dir = tempfile::tempdir().unwrap();
    let mut lines = String::new();
    for i in 0..5 {
        let a = write(
            dir.path(),
            &format!("politics{i}.txt"),
            format!("France criticised Russia on day {i}. The foreign minister of France said talks would go on.\n"),
        );
        let run = newsgraph().arg("extract").arg(&a).output().unwrap();
        assert!(run.status.success());
        lines.push_str(&String::from_utf8(run.stdout).unwrap());
    }
    let mentions: Vec<Value> = (0..570)
        .map(|i| json!({"text": "France", "span": [i * 7, i * 7 + 6], "sentence": i, "how": "lexicon"}))
        .collect();
    let sport = json!({"schema": "newsgraph-extraction/1", "document": {"id": "sport"},
        "entities": [{"id": "france", "name": "France", "type": "organization", "mentions": mentions}],
        "relations": []});
    lines.push_str(&format!("{sport}\n"));
    let corpus = write(dir.path(), "corpus.jsonl", &lines);
    let out = dir.path().join("g.json");
    newsgraph()
        .arg("merge")
        .arg(&corpus)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let g: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let france = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "france")
        .unwrap();
    assert_eq!(france["type"], "country", "{france}");
    // the losing reading stays visible
    assert_eq!(france["readings"]["organization"]["documents"], 1, "{france}");
    assert_eq!(france["readings"]["organization"]["mentions"], 570, "{france}");
    assert_eq!(france["readings"]["country"]["documents"], 5, "{france}");
    // and the graph reads back (merge of the merged graph is the same graph)
    let again = dir.path().join("again.json");
    newsgraph()
        .arg("merge")
        .arg(&out)
        .arg("-o")
        .arg(&again)
        .assert()
        .success();
    assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&again).unwrap());
    // `query entity` shows it
    let run = newsgraph()
        .arg("query")
        .arg(&out)
        .args(["entity", "France"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&run.stdout);
    assert!(text.contains("organization"), "{text}");
}

// --- inputs ------------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn a_fifo_in_an_input_directory_is_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    write(&articles, "a.txt", ARTICLE);
    assert!(std::process::Command::new("mkfifo")
        .arg(articles.join("x.txt"))
        .status()
        .unwrap()
        .success());
    std::os::unix::fs::symlink("/dev/zero", articles.join("zero.txt")).unwrap();
    for skip in [false, true] {
        let mut cmd = newsgraph();
        cmd.arg("extract").arg(&articles).timeout(Duration::from_secs(120));
        if skip {
            cmd.arg("--skip-bad");
        }
        let run = cmd.output().unwrap();
        let err = String::from_utf8_lossy(&run.stderr);
        assert!(run.status.success(), "{err}");
        assert!(err.contains("x.txt: not a regular file (a FIFO)"), "{err}");
        assert!(err.contains("zero.txt: not a regular file (a device)"), "{err}");
        assert_eq!(String::from_utf8_lossy(&run.stdout).lines().count(), 1);
    }
}

#[cfg(unix)]
#[test]
fn a_txt_link_to_dev_zero_given_by_name_stops_at_the_size_limit() {
    let dir = tempfile::tempdir().unwrap();
    let zero = dir.path().join("zero.txt");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let run = newsgraph()
        .arg("extract")
        .arg(&zero)
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    let err = one_line_error(&run);
    assert!(err.contains("larger than the 16 MiB limit"), "{err}");
}

/// Evidence spans index the document text after normalisation (BOM dropped, CRLF and
/// lone CR to LF, NBSP to a space), which is the file's own bytes when it has none of
/// those (docs/json.md, docs/reliability.md).
#[test]
fn evidence_spans_index_the_normalised_text() {
    let dir = tempfile::tempdir().unwrap();
    let body = "Pierre Lemaire met Ilse Varga in Paris.\nLater, Ilse Varga criticised Anna Berg.\n";
    let plain = write(dir.path(), "plain.txt", body);
    let crlf = write(
        dir.path(),
        "crlf.txt",
        format!("\u{feff}{}", body.replace('\n', "\r\n")),
    );
    for (file, file_bytes_are_the_text) in [(plain, true), (crlf, false)] {
        let run = newsgraph().arg("extract").arg(&file).output().unwrap();
        assert!(run.status.success());
        let x: Value = serde_json::from_slice(&run.stdout).unwrap();
        let raw = std::fs::read_to_string(&file).unwrap();
        let normalised = newsgraph::document::normalize(raw.strip_prefix('\u{feff}').unwrap_or(&raw));
        let relations = x["relations"].as_array().unwrap();
        assert!(relations.len() >= 2, "{x}");
        for r in relations {
            let ev = &r["evidence"];
            let (s, e) = (
                ev["span"][0].as_u64().unwrap() as usize,
                ev["span"][1].as_u64().unwrap() as usize,
            );
            assert_eq!(&normalised[s..e], ev["text"].as_str().unwrap());
            if file_bytes_are_the_text {
                assert_eq!(&raw[s..e], ev["text"].as_str().unwrap());
            }
        }
    }
}

#[test]
fn markdown_with_only_front_matter_or_a_code_block_has_no_article_text() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("front.md", "---\ntitle: Hello\ndate: 2024-01-01\n---\n"),
        ("code.md", "```\nPierre Lemaire met Ilse Varga.\n```\n"),
        ("heading.md", "# Just a headline\n"),
    ] {
        let input = write(dir.path(), name, text);
        let run = newsgraph().arg("extract").arg(&input).output().unwrap();
        let err = one_line_error(&run);
        assert_eq!(
            err.trim_end(),
            format!("newsgraph: error: {}: no article text found", input.display())
        );
    }
}

// --- terminal and eval ---------------------------------------------------------------

#[test]
fn control_characters_are_escaped_in_query_output_and_messages() {
    let dir = tempfile::tempdir().unwrap();
    let g = json!({"directed": true, "multigraph": true,
        "graph": {"schema": "newsgraph/1", "documents": [{"id": "d\u{1b}[2J", "title": "Bell\u{7}"}]},
        "nodes": [{"id": "evil", "label": "Evil\u{1b}]0;pwned\u{7}Corp", "type": "organization",
                   "aliases": ["E\u{9b}31m"], "mentions": 1, "documents": ["d\u{1b}[2J"]}],
        "edges": []});
    let path = write(dir.path(), "g.json", g.to_string());
    for args in [
        vec!["entity", "evil"],
        vec!["top"],
        vec!["stats"],
        vec!["top", "--format", "csv"],
    ] {
        let run = newsgraph().arg("query").arg(&path).args(&args).output().unwrap();
        assert!(run.status.success(), "{args:?}");
        let out = String::from_utf8(run.stdout).unwrap();
        assert!(
            !out.chars().any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{args:?}: raw control character in {out:?}"
        );
    }
    // a file name with an escape sequence in an error message
    let name = dir.path().join("bad\u{1b}[31mname.txt");
    std::fs::write(&name, b"\xff").unwrap();
    let run = newsgraph().arg("extract").arg(&name).output().unwrap();
    let err = one_line_error(&run);
    assert!(!err.contains('\u{1b}') && err.contains("\\u{1b}"), "{err:?}");
}

#[test]
fn eval_on_an_empty_gold_directory_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold");
    std::fs::create_dir(&gold).unwrap();
    let article = write(dir.path(), "article.txt", ARTICLE);
    let run = newsgraph()
        .arg("eval")
        .arg("--gold")
        .arg(&gold)
        .arg(&article)
        .output()
        .unwrap();
    let err = one_line_error(&run);
    assert!(err.contains("no gold files"), "{err}");
    assert!(run.stdout.is_empty());
}
