#!/usr/bin/env bash
# Installs what the tests need when it is missing, then runs the checks CI runs:
# formatting, clippy (warnings are errors) and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

# Graphviz: `render` and the DOT tests run the real `dot`.
if ! command -v dot >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        $sudo apt-get install -y -qq graphviz
    else
        echo "scripts/test.sh: install Graphviz (the \`graphviz\` package) first" >&2
        exit 1
    fi
fi

# Python: the interoperability tests load our JSON in networkx and compare rankings
# with networkx's (pagerank needs scipy); score.py is the reference scorer.
if ! python3 -c "import networkx, scipy" >/dev/null 2>&1; then
    python3 -m pip install --quiet --disable-pip-version-check networkx scipy
fi

cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo test

# The fuzz targets (fuzz/) must keep compiling against the library: a type check on
# stable is cheap; building them with the sanitizer needs nightly and several minutes
# (scripts/fuzz.sh build), see docs/reliability.md.
cargo check --quiet --manifest-path fuzz/Cargo.toml --bins
