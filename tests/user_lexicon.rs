//! `--lexicon FILE.tsv`: a user's actors and aliases join the built-in lexicon, carry
//! their Wikidata id to the node, and override built-in names; a malformed line is a
//! one-line error naming the file and line.

use assert_cmd::Command;
use serde_json::Value;
use std::fs;

fn newsgraph() -> Command {
    Command::cargo_bin("newsgraph").unwrap()
}

fn node<'a>(g: &'a Value, label: &str) -> Option<&'a Value> {
    g["nodes"].as_array().unwrap().iter().find(|n| n["label"] == label)
}

#[test]
fn user_actors_aliases_and_wikidata_reach_the_graph() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = dir.path().join("mine.tsv");
    fs::write(
        &lexicon,
        "# my newsroom's actors\nname\ttype\taliases\twikidata\n\
         Northwind Rail Consortium\torganization\tNorthwind|NRC\tQ999001\n\
         Ilse Varga\tperson\tVarga\tQ999002\n",
    )
    .unwrap();
    let article = dir.path().join("a.txt");
    fs::write(
        &article,
        "Rail deal\n\nThe NRC met regional officials on Monday. Varga said Northwind would bid again.\n",
    )
    .unwrap();
    let out = newsgraph()
        .arg("build")
        .arg(&article)
        .arg("--lexicon")
        .arg(&lexicon)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let g: Value = serde_json::from_slice(&out.stdout).unwrap();

    let nrc = node(&g, "Northwind Rail Consortium").expect("the user's organisation is a node");
    assert_eq!(nrc["type"], "organization");
    assert_eq!(nrc["wikidata"], "Q999001");
    let aliases: Vec<&str> = nrc["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert_eq!(aliases, ["NRC", "Northwind"], "only the forms seen in the text");
    assert_eq!(nrc["mentions"], 2);

    let varga = node(&g, "Ilse Varga").expect("the user's person is a node");
    assert_eq!(varga["type"], "person");
    assert_eq!(varga["wikidata"], "Q999002");

    // and the rules use them: Varga spoke about Northwind
    let said = g["edges"].as_array().unwrap().iter().any(|e| {
        e["source"] == "ilse-varga" && e["target"] == "northwind-rail-consortium" && e["relation"] == "said-about"
    });
    assert!(said, "{}", serde_json::to_string_pretty(&g["edges"]).unwrap());

    // without the lexicon the acronym alone is a different, unnamed body
    let plain: Value =
        serde_json::from_slice(&newsgraph().arg("build").arg(&article).output().unwrap().stdout).unwrap();
    assert!(node(&plain, "Northwind Rail Consortium").is_none());
}

#[test]
fn a_user_lexicon_overrides_a_built_in_alias() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = dir.path().join("override.tsv");
    // "Kremlin" is the Russian state's voice in the built-in lexicon; here it names a band
    fs::write(&lexicon, "The Kremlin Quartet\tgroup\tKremlin\t\n").unwrap();
    let article = dir.path().join("b.txt");
    fs::write(&article, "The Kremlin played in Leeds on Friday.\n").unwrap();
    let out = newsgraph()
        .arg("build")
        .arg(&article)
        .arg("--lexicon")
        .arg(&lexicon)
        .output()
        .unwrap();
    assert!(out.status.success());
    let g: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(node(&g, "The Kremlin Quartet").is_some(), "{g}");
    assert!(node(&g, "Russia").is_none(), "{g}");
}

#[test]
fn a_malformed_lexicon_line_is_one_line_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = dir.path().join("bad.tsv");
    fs::write(
        &lexicon,
        "name\ttype\taliases\twikidata\nGood Body\torganization\t\t\nBad Body\tbuilding\t\t\n",
    )
    .unwrap();
    let article = dir.path().join("c.txt");
    fs::write(&article, "Good Body met Bad Body.\n").unwrap();
    let target = dir.path().join("out.json");
    let out = newsgraph()
        .arg("build")
        .arg(&article)
        .arg("--lexicon")
        .arg(&lexicon)
        .arg("-o")
        .arg(&target)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("bad.tsv:3"), "{err}");
    assert!(err.contains("building"), "{err}");
    assert!(!target.exists());
}
