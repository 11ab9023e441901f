//! Regression floors on the project's gold sets, through `newsgraph eval --json` only.
//!
//! The tuning sets (`tests/gold/bbc-tuning-a`, `-b`, `modern-tuning`, `world-tuning`, `news-tuning`) were read article by article
//! while rules were written: their floors guard against regressions, they do not
//! measure quality on unseen text. The blind sets (`tests/gold/modern`,
//! `tests/gold/world`) are only ever read through these totals.

mod common;

use common::newsgraph;
use std::path::Path;

/// (actors F1, relations F1) of `eval --json` on a gold directory and its articles.
fn scores(gold: &Path, articles: &Path) -> (f64, f64) {
    let out = newsgraph()
        .arg("eval")
        .arg("--json")
        .arg("--gold")
        .arg(gold)
        .arg(articles)
        .output()
        .expect("newsgraph runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("eval --json is JSON");
    let f1 = |k: &str| json[k]["f1"].as_f64().unwrap_or_else(|| panic!("no {k}.f1 in {json}"));
    (f1("actors"), f1("relations"))
}

fn check(set: &str, actor_floor: f64, relation_floor: f64) {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold").join(set);
    let (actors, relations) = scores(&gold, &gold.join("articles"));
    assert!(
        actors >= actor_floor,
        "{set}: actors F1 {actors:.3} below the {actor_floor} floor"
    );
    assert!(
        relations >= relation_floor,
        "{set}: relations F1 {relations:.3} below the {relation_floor} floor"
    );
}

#[test]
fn bbc_tuning_a_keeps_its_scores() {
    check("bbc-tuning-a", 0.95, 0.80);
}

#[test]
fn bbc_tuning_b_keeps_its_scores() {
    check("bbc-tuning-b", 0.90, 0.70);
}

#[test]
fn modern_tuning_keeps_its_scores() {
    check("modern-tuning", 0.95, 0.75);
}

#[test]
fn world_tuning_keeps_its_scores() {
    check("world-tuning", 0.96, 0.75);
}

#[test]
fn news_tuning_keeps_its_scores() {
    check("news-tuning", 0.94, 0.72);
}

#[test]
fn blind_modern_set_keeps_its_scores() {
    check("modern", 0.90, 0.60);
}

#[test]
fn blind_world_set_keeps_its_scores() {
    check("world", 0.91, 0.60);
}
