#!/usr/bin/env bash
# Times rendering the 40 most connected actors of a (big) graph to SVG.
# Usage: scripts/bench.sh [GRAPH.json [LAYOUT]]   (LAYOUT: newsgraph's choice by default)
# Without a graph it builds the graph of ../shared/corpus/bbc/politics (timed) and
# renders that. Prints the elapsed seconds on stdout; the picture goes to a temporary
# file. NEWSGRAPH=path/to/binary skips the release build and times that binary instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${NEWSGRAPH:-}
if [ -z "$bin" ]; then
    cargo build --release --quiet
    bin=./target/release/newsgraph
fi
if [ $# -lt 1 ]; then
    corpus=../shared/corpus/bbc/politics
    graph=$(mktemp --suffix=.json)
    trap 'rm -f "$graph"' EXIT
    start=$(date +%s.%N)
    "$bin" build "$corpus" -o "$graph"
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" -v c="$corpus" 'BEGIN { printf "build %s: %.3f s\n", c, e - s }'
else
    graph=$1
fi
layout=${2:-}
out=$(mktemp --suffix=.svg)
trap 'rm -f "$out" "${graph_tmp:-}"' EXIT
[ $# -lt 1 ] && graph_tmp=$graph
start=$(date +%s.%N)
"$bin" render "$graph" --top 40 ${layout:+--layout "$layout"} -o "$out"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v l="${layout:-auto}" 'BEGIN { printf "render --top 40 (layout %s): %.3f s\n", l, e - s }'
