//! Every input form through the real binary: `newsgraph extract` on .txt, .md, .html,
//! .jsonl, directories and stdin, and the one-line errors for bad inputs.

use newsgraph::document::read_file;
use serde_json::Value;
use std::path::{Path, PathBuf};

mod common;
use common::newsgraph;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/inputs")
}

fn fixture(name: &str) -> PathBuf {
    fixtures().join(name)
}

/// The `document` object of every line `extract` printed.
fn documents(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["document"].clone())
        .collect()
}

fn extract_ok(args: &[&Path]) -> Vec<Value> {
    let out = newsgraph().args(["extract", "--quiet"]).args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    documents(&out.stdout)
}

/// `extract -` with `input` on standard input: must succeed; the documents it read.
fn extract_stdin(input: &str) -> Vec<Value> {
    let out = newsgraph().args(["extract", "-"]).write_stdin(input).output().unwrap();
    assert!(out.status.success());
    documents(&out.stdout)
}

fn field<'a>(doc: &'a Value, key: &str) -> Option<&'a str> {
    doc.get(key).and_then(Value::as_str)
}

/// The text extraction runs on (not in the JSON output), read through the library.
fn text_of(path: &Path) -> String {
    read_file(path).unwrap().remove(0).text
}

#[test]
fn plain_text_headline_is_the_title() {
    let docs = extract_ok(&[&fixture("plain.txt")]);
    assert_eq!(docs.len(), 1);
    assert_eq!(field(&docs[0], "id"), Some("plain"));
    assert_eq!(field(&docs[0], "title"), Some("Scholz and Macron meet in Berlin"));
    assert_eq!(field(&docs[0], "date"), None);
    let text = text_of(&fixture("plain.txt"));
    assert!(text.starts_with("Scholz and Macron meet in Berlin\n\nGerman Chancellor"));
    assert!(text.contains("\n\nThe two leaders discussed support for Ukraine.\n"));
}

#[test]
fn crlf_text_is_normalised() {
    let path = fixture("more/crlf.txt");
    assert!(std::fs::read(&path).unwrap().windows(2).any(|w| w == b"\r\n"));
    let docs = extract_ok(&[&path]);
    assert_eq!(field(&docs[0], "title"), Some("Windows line ends"));
    assert_eq!(
        text_of(&path),
        "Windows line ends\n\nThe NATO summit opened in Vilnius.\n"
    );
}

#[test]
fn markdown_front_matter_heading_and_links() {
    let path = fixture("notes.md");
    let docs = extract_ok(&[&path]);
    assert_eq!(field(&docs[0], "id"), Some("notes"));
    assert_eq!(field(&docs[0], "title"), Some("Blinken meets Wang Yi in Munich"));
    assert_eq!(field(&docs[0], "date"), Some("2024-02-17"));
    assert_eq!(field(&docs[0], "source"), Some("Field Notes"));
    let text = text_of(&path);
    assert!(text.contains("US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on the sidelines"));
    assert!(text.contains("Both sides called the talks candid."));
    for gone in ["https://", "**", "```", "ignored code block", "date:", "# "] {
        assert!(!text.contains(gone), "{gone:?} left in {text:?}");
    }
}

#[test]
fn html_article_title_date_source_url() {
    let path = fixture("page.html");
    let docs = extract_ok(&[&path]);
    let d = &docs[0];
    assert_eq!(field(d, "id"), Some("page"));
    assert_eq!(field(d, "title"), Some("Erdogan hosts Lula in Ankara"));
    assert_eq!(field(d, "date"), Some("2023-11-08"));
    assert_eq!(field(d, "source"), Some("Example Times"));
    assert_eq!(field(d, "url"), Some("https://times.example/erdogan-lula"));
    assert_eq!(
        text_of(&path),
        "Erdogan hosts Lula in Ankara\n\n\
         Turkish President Recep Tayyip Erdogan received Brazilian President \
         Luiz Inácio Lula da Silva at the presidential complex.\n\n\
         They signed a trade agreement."
    );
}

#[test]
fn jsonl_one_document_per_line() {
    let docs = extract_ok(&[&fixture("wire.jsonl")]);
    assert_eq!(docs.len(), 2);
    assert_eq!(field(&docs[0], "id"), Some("wire-1"));
    assert_eq!(field(&docs[0], "title"), Some("Modi visits Washington"));
    assert_eq!(field(&docs[0], "date"), Some("2023-06-22"));
    assert_eq!(field(&docs[0], "source"), Some("Wire"));
    assert_eq!(field(&docs[0], "url"), Some("https://wire.example/1"));
    assert_eq!(field(&docs[1], "id"), Some("2"));
    assert_eq!(field(&docs[1], "title"), None);
    let all = read_file(&fixture("wire.jsonl")).unwrap();
    assert_eq!(
        all[0].text,
        "Modi visits Washington\n\nIndian Prime Minister Narendra Modi met President Joe Biden at the White House."
    );
    assert_eq!(all[1].text, "Kishida spoke with Yoon by phone.");
}

#[test]
fn directory_is_recursive_sorted_and_skips_hidden_and_unknown_files() {
    let docs = extract_ok(&[&fixtures()]);
    let ids: Vec<_> = docs.iter().map(|d| field(d, "id").unwrap()).collect();
    // more/crlf.txt sorts before notes.md; .draft.txt and table.csv are not read
    assert_eq!(ids, ["crlf", "notes", "page", "plain", "wire-1", "2"]);
}

#[test]
fn stdin_jsonl() {
    let docs = extract_stdin(
        "{\"id\":\"s1\",\"title\":\"T1\",\"text\":\"One.\",\"date\":\"March 3, 2022\"}\n\
         {\"id\":\"s2\",\"text\":\"Two.\"}\n",
    );
    assert_eq!(docs.len(), 2);
    assert_eq!(field(&docs[0], "id"), Some("s1"));
    assert_eq!(field(&docs[0], "title"), Some("T1"));
    assert_eq!(field(&docs[0], "date"), Some("2022-03-03"));
    assert_eq!(field(&docs[1], "id"), Some("s2"));
}

#[test]
fn stdin_plain_text() {
    let docs = extract_stdin("Headline on stdin\r\n\r\nBody text.\r\n");
    assert_eq!(docs.len(), 1);
    assert_eq!(field(&docs[0], "id"), Some("stdin"));
    assert_eq!(field(&docs[0], "title"), Some("Headline on stdin"));
}

#[test]
fn stdin_html() {
    let docs = extract_stdin(
        "<!DOCTYPE html><html><head><title>Piped page</title>\
         <meta property=\"article:published_time\" content=\"2020-01-31\"></head>\
         <body><p>Text.</p></body></html>",
    );
    assert_eq!(docs.len(), 1);
    assert_eq!(field(&docs[0], "id"), Some("stdin"));
    assert_eq!(field(&docs[0], "title"), Some("Piped page"));
    assert_eq!(field(&docs[0], "date"), Some("2020-01-31"));
}

#[test]
fn duplicate_ids_name_both_places() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.jsonl");
    std::fs::write(&a, "{\"id\":\"plain\",\"text\":\"x\"}\n").unwrap();
    let out = newsgraph()
        .arg("extract")
        .arg(fixture("plain.txt"))
        .arg(&a)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err,
        format!(
            "newsgraph: error: duplicate document id `plain`: in {} and in {}:1\n",
            fixture("plain.txt").display(),
            a.display()
        )
    );
}

/// A bad file `name` holding `bytes`: see `assert_bad_input`.
fn assert_bad(name: &str, bytes: &[u8], place: &str, message: &str) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join(name);
    std::fs::write(&input, bytes).unwrap();
    assert_bad_input(dir.path(), &input, place, message);
}

/// One bad input: exit 1, one stderr line starting with the input and `place`
/// (`:LINE` or nothing) and then `message`, and no `-o` file written.
fn assert_bad_input(dir: &Path, input: &Path, place: &str, message: &str) {
    let out_file = dir.join("out.json");
    let out = newsgraph()
        .arg("extract")
        .arg(input)
        .arg("-o")
        .arg(&out_file)
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{input:?}: {stderr}");
    assert!(out.stdout.is_empty());
    assert!(!out_file.exists(), "{input:?}: output written");
    assert_eq!(stderr.lines().count(), 1, "{input:?}: {stderr}");
    let want = format!("newsgraph: error: {}{place}: {message}", input.display());
    assert!(stderr.starts_with(&want), "{stderr:?} does not start with {want:?}");
}

#[test]
fn bad_inputs_are_one_line_errors() {
    assert_bad("bad.txt", b"caf\xe9 au lait\n", ":1", "invalid UTF-8");
    assert_bad("late.txt", b"fine\nstill fine\n\xff\n", ":3", "invalid UTF-8");
    assert_bad("empty.txt", b"", "", "empty file");
    assert_bad("blank.md", b" \n\n\t\n", "", "empty file");
    assert_bad("utf16.txt", b"\xff\xfeH\x00i\x00", "", "UTF-16 text");
    assert_bad("bin.txt", b"GIF89a\x00\x01\x02", ":1", "binary file");
    assert_bad(
        "broken.jsonl",
        b"{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\": \"b\", \"text\": \n",
        ":2",
        "malformed JSON line",
    );
    assert_bad(
        "noid.jsonl",
        b"{\"id\":\"a\",\"text\":\"ok\"}\n\n{\"text\":\"no id\"}\n",
        ":3",
        "JSON line has no `id`",
    );
    assert_bad("notext.jsonl", b"{\"id\":\"a\"}\n", ":1", "JSON line has no `text`");
    assert_bad(
        "bad8.jsonl",
        b"{\"id\":\"a\",\"text\":\"\xc3\"}\n",
        ":1",
        "invalid UTF-8",
    );
    assert_bad(
        "nav.html",
        b"<html><body><nav>Home</nav></body></html>",
        "",
        "no article text found",
    );
}

#[test]
fn empty_directory_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    // only a hidden file and a file of an unknown kind: still no articles
    std::fs::write(empty.join(".hidden.txt"), "text").unwrap();
    std::fs::write(empty.join("data.csv"), "a,b").unwrap();
    assert_bad_input(dir.path(), &empty, "", "no article files in directory");
}

#[test]
fn missing_file_is_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.txt");
    let out_file = dir.path().join("out.json");
    let out = newsgraph()
        .arg("extract")
        .arg(&missing)
        .arg("-o")
        .arg(&out_file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with(&format!("newsgraph: error: {}: ", missing.display())));
    assert!(!out_file.exists());
}

#[test]
fn bad_stdin_line_is_named() {
    let out = newsgraph()
        .args(["extract", "-"])
        .write_stdin("{\"id\":\"a\",\"text\":\"ok\"}\n{oops}\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("newsgraph: error: <stdin>:2: malformed JSON line"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1);
}

#[test]
fn skip_bad_warns_and_keeps_the_good_documents() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Good headline\n\nGood body.\n").unwrap();
    std::fs::write(dir.path().join("b.txt"), b"bad \xff byte\n").unwrap();
    std::fs::write(
        dir.path().join("c.jsonl"),
        "{\"id\":\"c1\",\"text\":\"one\"}\nnot json\n{\"id\":\"c3\",\"text\":\"three\"}\n",
    )
    .unwrap();
    let out_file = dir.path().join("out.jsonl");
    let out = newsgraph()
        .arg("extract")
        .arg("--skip-bad")
        .arg("--quiet")
        .arg(dir.path())
        .arg("-o")
        .arg(&out_file)
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let b = dir.path().join("b.txt");
    let c = dir.path().join("c.jsonl");
    assert_eq!(
        stderr,
        format!(
            "newsgraph: warning: skipped {}:1: invalid UTF-8\n\
             newsgraph: warning: skipped {}:2: malformed JSON line (column 2): expected ident\n\
             newsgraph: warning: skipped 2 bad input(s)\n",
            b.display(),
            c.display()
        )
    );
    let docs = documents(&std::fs::read(&out_file).unwrap());
    let ids: Vec<_> = docs.iter().map(|d| field(d, "id").unwrap()).collect();
    assert_eq!(ids, ["a", "c1", "c3"]);
    assert_eq!(field(&docs[0], "title"), Some("Good headline"));
}

#[test]
fn skip_bad_with_nothing_good_left_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("only.txt");
    std::fs::write(&bad, b"\x00\x01").unwrap();
    let out = newsgraph().arg("extract").arg("--skip-bad").arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("skipped"), "{stderr}");
    assert!(stderr.ends_with("newsgraph: error: no articles found in the inputs\n"));
}
