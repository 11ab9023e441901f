#!/usr/bin/env bash
# Installs what the tests need when it is missing, then runs the checks CI runs:
# formatting, clippy (warnings are errors), the whole test suite, the API docs
# (warnings are errors), the examples, and every export in its real consumer
# (tests/interop/run.sh, which installs Chromium, a venv and playwright-core).
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
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet

# the library examples of the README, run as a user would
for example in walk_graph evidence query_graph; do
    echo "== cargo run --example $example"
    cargo run --quiet --example "$example" >"target/example-$example.log" ||
        { cat "target/example-$example.log"; echo "example $example failed" >&2; exit 1; }
    head -n 3 "target/example-$example.log"
done

bash tests/interop/run.sh

# The Spark example (examples/spark/) in local mode gives the bytes of `newsgraph
# build`; installs Java 17 and pyspark (target/spark-venv) when missing.
bash examples/spark/test.sh

# The fuzz targets (fuzz/) must keep compiling against the library: a type check on
# stable is cheap; building them with the sanitizer needs nightly and several minutes
# (scripts/fuzz.sh build), see docs/reliability.md.
cargo check --quiet --manifest-path fuzz/Cargo.toml --bins
