#!/usr/bin/env bash
# Times rendering the 40 most connected actors of a (big) graph to SVG.
# Usage: scripts/bench.sh GRAPH.json [LAYOUT]   (LAYOUT: dot by default)
# Prints the elapsed seconds on stdout; the picture goes to a temporary file.
# NEWSGRAPH=path/to/binary skips the release build and times that binary instead.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ]; then
    echo "usage: scripts/bench.sh GRAPH.json [LAYOUT]" >&2
    exit 2
fi
graph=$1
layout=${2:-dot}
bin=${NEWSGRAPH:-}
if [ -z "$bin" ]; then
    cargo build --release --quiet
    bin=./target/release/newsgraph
fi
out=$(mktemp --suffix=.svg)
trap 'rm -f "$out"' EXIT
start=$(date +%s.%N)
"$bin" render "$graph" --top 40 --layout "$layout" -o "$out"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v l="$layout" 'BEGIN { printf "render --top 40 (%s): %.3f s\n", l, e - s }'
