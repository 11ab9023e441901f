//! The export formats from the command line: choosing the format, the CSV directory,
//! deterministic bytes, and XML that parses whatever the names hold. Loading each
//! format in its real consumer is tests/interop/ (run by scripts/test.sh).

mod common;

use common::{newsgraph, one_line_error};
use quick_xml::events::Event;
use std::path::Path;

const TRICKY: &str = "tests/interop/tricky.jsonl";

fn build(dir: &Path) -> std::path::PathBuf {
    let graph = dir.join("g.json");
    newsgraph().args(["build", TRICKY, "-o"]).arg(&graph).assert().success();
    graph
}

/// Every element and attribute of an XML file, parsed by quick-xml's reader.
fn parse_xml(text: &str) -> (usize, Vec<String>) {
    let mut reader = quick_xml::Reader::from_str(text);
    let (mut elements, mut values) = (0, Vec::new());
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                elements += 1;
                for a in e.attributes() {
                    let a = a.expect("a well-formed attribute");
                    values.push(a.unescape_value().expect("escaped value").into_owned());
                }
            }
            Event::Text(t) => values.push(t.unescape().expect("escaped text").into_owned()),
            _ => {}
        }
    }
    (elements, values)
}

#[test]
fn the_format_follows_the_extension_and_every_format_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let graph = build(dir.path());
    for (ext, start) in [
        ("graphml", "<?xml"),
        ("gexf", "<?xml"),
        ("cypher", "// newsgraph:"),
        ("html", "<!DOCTYPE html>"),
    ] {
        let a = dir.path().join(format!("a.{ext}"));
        newsgraph()
            .args(["export"])
            .arg(&graph)
            .arg("-o")
            .arg(&a)
            .assert()
            .success();
        let text = std::fs::read_to_string(&a).unwrap();
        assert!(text.starts_with(start), "{ext}: {}", &text[..80.min(text.len())]);
        let again = newsgraph()
            .args(["export"])
            .arg(&graph)
            .args(["--format", ext])
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8(again.stdout).unwrap(),
            text,
            "{ext} to stdout differs"
        );
    }
}

#[test]
fn xml_exports_parse_and_keep_accents_quotes_backslashes_and_line_breaks() {
    let dir = tempfile::tempdir().unwrap();
    let graph = build(dir.path());
    let sentence = "Varga said the C:\\ drive of the ministry \"was never hacked\",\nand that Lefèvre had her support.";
    for format in ["graphml", "gexf"] {
        let out = newsgraph()
            .args(["export"])
            .arg(&graph)
            .args(["--format", format])
            .output()
            .unwrap();
        let (elements, values) = parse_xml(&String::from_utf8(out.stdout).unwrap());
        assert!(elements > 50, "{format}");
        assert!(values.iter().any(|v| v == "Zoé Lefèvre"), "{format}: accented name");
        assert!(values.iter().any(|v| v == sentence), "{format}: evidence sentence");
    }
}

#[test]
fn csv_writes_a_directory_and_needs_one() {
    let dir = tempfile::tempdir().unwrap();
    let graph = build(dir.path());
    let out = newsgraph()
        .args(["export"])
        .arg(&graph)
        .args(["--format", "csv"])
        .output()
        .unwrap();
    let err = one_line_error(&out);
    assert!(err.contains("-o DIR"), "{err}");
    let csv = dir.path().join("csv");
    newsgraph()
        .args(["export"])
        .arg(&graph)
        .args(["--format", "csv", "-o"])
        .arg(&csv)
        .assert()
        .success();
    let nodes = std::fs::read_to_string(csv.join("nodes.csv")).unwrap();
    let edges = std::fs::read_to_string(csv.join("edges.csv")).unwrap();
    assert!(nodes.starts_with("id:ID,name,:LABEL,"), "{nodes}");
    assert!(
        nodes.contains("zoe-lefevre,Zoé Lefèvre,Actor;Person,person,Lefèvre,"),
        "{nodes}"
    );
    assert!(edges.starts_with(":START_ID,:END_ID,:TYPE,"), "{edges}");
    assert!(
        edges.contains("\"Varga said the C:\\ drive of the ministry \"\"was never hacked\"\",\nand that"),
        "{edges}"
    );
}

#[test]
fn build_and_merge_take_every_format_and_unknown_ones_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("g.html");
    newsgraph().args(["build", TRICKY, "-o"]).arg(&page).assert().success();
    assert!(std::fs::read_to_string(&page).unwrap().contains("Zoé Lefèvre"));
    let lines = dir.path().join("x.jsonl");
    newsgraph()
        .args(["extract", TRICKY, "-o"])
        .arg(&lines)
        .assert()
        .success();
    let out = newsgraph()
        .arg("merge")
        .arg(&lines)
        .args(["--format", "cypher"])
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("MERGE (a:Actor:Person {id: 'zoe-lefevre'})"));
    newsgraph().args(["build", TRICKY, "--format", "xlsx"]).assert().code(2);
    let out = newsgraph()
        .args(["build", TRICKY, "-o"])
        .arg(dir.path().join("g.xlsx"))
        .output()
        .unwrap();
    assert!(one_line_error(&out).contains("--format"));
}
