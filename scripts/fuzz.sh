#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/ for a given time each (libFuzzer with
# AddressSanitizer; needs the nightly toolchain and `cargo install cargo-fuzz`).
#
# Usage: scripts/fuzz.sh [SECONDS [TARGET...]]   (default: 60 s, every target)
#        scripts/fuzz.sh build                   (only build the targets: what CI does)
# JOBS=N runs N targets at a time (default 1). A target's corpus grows in
# fuzz/corpus/TARGET (not committed), seeded from data/articles and tests/fixtures;
# a crash, a timeout (one input over 10 s) or an out-of-memory (over 2 GB) stops that
# target and leaves the input in fuzz/artifacts/TARGET: turn it into a regression test
# in tests/fuzz_regressions.rs, then delete it.
set -euo pipefail
cd "$(dirname "$0")/.."
targets_all="read_txt read_md read_html read_jsonl segment extract graph_json extraction_line"
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "scripts/fuzz.sh: needs the nightly toolchain and cargo-fuzz (cargo install cargo-fuzz)" >&2
    exit 1
fi
if [ "${1:-}" = build ]; then
    cargo +nightly fuzz build --fuzz-dir fuzz
    exit 0
fi
secs=${1:-60}
shift || true
targets=${*:-$targets_all}
jobs=${JOBS:-1}
cargo +nightly fuzz build --fuzz-dir fuzz
seed() { # seed TARGET
    local dir=fuzz/corpus/$1
    mkdir -p "$dir"
    [ -n "$(ls -A "$dir")" ] && return
    case $1 in
        read_html) cp tests/fixtures/inputs/*.html "$dir"/ 2>/dev/null || true ;;
        read_md) cp tests/fixtures/inputs/*.md "$dir"/ 2>/dev/null || true ;;
        read_jsonl) cp tests/fixtures/inputs/*.jsonl "$dir"/ 2>/dev/null || true ;;
        graph_json | extraction_line) cp tests/fixtures/graph.json "$dir"/ ;;
        *) for f in data/articles/*.txt data/articles/*/*.txt; do head -c 4000 "$f" >"$dir/$(basename "$f")"; done ;;
    esac
    [ -n "$(ls -A "$dir")" ] || echo "Pierre Lemaire met Ilse Varga." >"$dir/seed"
}
fuzz_one() { # fuzz_one TARGET
    seed "$1"
    local log=fuzz/$1.log start end rc=0
    start=$(date +%s)
    cargo +nightly fuzz run --fuzz-dir fuzz "$1" "fuzz/corpus/$1" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=16384 >"$log" 2>&1 || rc=$?
    end=$(date +%s)
    local runs
    runs=$(grep -o 'Done [0-9]* runs' "$log" | grep -o '[0-9]*' || echo "?")
    if [ "$rc" -eq 0 ]; then
        echo "$1: $((end - start)) s, $runs runs, no crash"
    else
        echo "$1: FOUND a problem after $((end - start)) s (exit $rc): see $log and fuzz/artifacts/$1"
    fi
}
export -f fuzz_one seed
export secs
printf '%s\n' $targets | xargs -P "$jobs" -I{} bash -c 'fuzz_one {}'
