//! Helpers shared by the integration tests: each test file that needs them says
//! `mod common;`.

// every test file is its own crate and uses only some of these
#![allow(dead_code)]

use assert_cmd::Command;
use std::process::Output;

/// The `newsgraph` binary built by cargo for these tests.
pub fn newsgraph() -> Command {
    Command::cargo_bin("newsgraph").unwrap()
}

/// Whether `python3 ARGS` runs and exits 0; tests that need python3 (or a module,
/// checked with `-c "import ..."`) skip themselves when it does not.
pub fn python3_succeeds(args: &[&str]) -> bool {
    std::process::Command::new("python3")
        .args(args)
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// A failed run: asserts exit code 1 and a single line on stderr, and returns it.
pub fn one_line_error(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(1),
        "stdout: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(err.lines().count(), 1, "not one line: {err:?}");
    err
}

pub mod extraction;
