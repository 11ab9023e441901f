//! Start-up: what a one-article run pays before and besides the article. Prints the time
//! of `Lexicon::builtin()` (first call in the process, then the best of 20), of the tagger
//! model's first load, of a lexicon with one user file (compiled at run time), of one
//! article's extraction, and the wall time of a whole `newsgraph extract` of one article
//! (best of 5 runs of the release binary).
//!
//! `cargo bench --bench startup [-- ARTICLE]` (default `../shared/corpus/coalition-summit.txt`,
//! else `data/articles/coalition-summit.txt`). Prints figures; asserts nothing.

use newsgraph::{document, syntax, Lexicon, Pipeline};
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

fn ms(d: Duration) -> String {
    format!("{:8.3} ms", d.as_secs_f64() * 1e3)
}

fn best(n: usize, mut f: impl FnMut()) -> Duration {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let article = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let shared = root.join("../shared/corpus/coalition-summit.txt");
            if shared.exists() {
                shared
            } else {
                root.join("data/articles/coalition-summit.txt")
            }
        });
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("article {}; load average {}", article.display(), load.trim());

    let t = Instant::now();
    let lexicon = Lexicon::builtin();
    println!("Lexicon::builtin(), first call    {}", ms(t.elapsed()));
    println!(
        "Lexicon::builtin(), best of 20    {}",
        ms(best(20, || drop(Lexicon::builtin())))
    );
    let t = Instant::now();
    syntax::model();
    println!("syntax::model(), first call       {}", ms(t.elapsed()));

    let dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => return eprintln!("startup: no temporary directory: {e}"),
    };
    let user = dir.path().join("user.tsv");
    if std::fs::write(
        &user,
        "Northwind Rail Consortium\torganization\tNorthwind|NRC\tQ999001\n",
    )
    .is_ok()
    {
        let t = Instant::now();
        match Lexicon::with_user_files(&[user]) {
            Ok(_) => println!("with_user_files(one file)         {}", ms(t.elapsed())),
            Err(e) => eprintln!("startup: user lexicon: {e}"),
        }
    }

    let docs = match document::read_file(&article) {
        Ok(d) => d,
        Err(e) => return eprintln!("startup: cannot read {}: {e}", article.display()),
    };
    let pipeline = Pipeline::new(lexicon);
    let t = Instant::now();
    for d in &docs {
        pipeline.extract(d);
    }
    println!("extract, first article            {}", ms(t.elapsed()));
    let again = best(5, || {
        for d in &docs {
            pipeline.extract(d);
        }
    });
    println!("extract, same article, best of 5  {}", ms(again));

    let out = dir.path().join("x.jsonl");
    let bin = env!("CARGO_BIN_EXE_newsgraph");
    let run = best(5, || {
        let status = Command::new(bin)
            .arg("extract")
            .arg(&article)
            .arg("-o")
            .arg(&out)
            .arg("-q")
            .status();
        if !status.is_ok_and(|s| s.success()) {
            eprintln!("startup: {bin} extract failed");
        }
    });
    println!("newsgraph extract ARTICLE, best of 5 (wall) {}", ms(run));
}
