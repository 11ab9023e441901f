#!/usr/bin/env bash
# Times every `newsgraph query` kind on one graph: load + answer, output discarded.
#   scripts/bench_query.sh GRAPH NAME_A NAME_B
# Uses hyperfine when installed, else wall-clock `date +%s%N` over $RUNS runs (default 5).
# The binary is $NEWSGRAPH, else target/release/newsgraph, else target/debug/newsgraph.
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 GRAPH NAME_A NAME_B" >&2
    exit 2
fi
graph=$1 a=$2 b=$3
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${NEWSGRAPH:-}
if [ -z "$bin" ]; then
    for c in "$root/target/release/newsgraph" "$root/target/debug/newsgraph"; do
        if [ -x "$c" ]; then bin=$c; break; fi
    done
fi
if [ -z "$bin" ]; then
    echo "$0: no newsgraph binary: run cargo build --release (or set NEWSGRAPH)" >&2
    exit 1
fi
[ -r "$graph" ] || { echo "$0: cannot read $graph" >&2; exit 1; }
runs=${RUNS:-5}

labels=(
    "entity A"
    "neighbors A"
    "edges --source A"
    "path A B"
    "subgraph A --hops 2"
    "top --by degree"
    "top --by pagerank"
    "top --by betweenness"
    "stats"
)
cmds=(
    "entity|$a"
    "neighbors|$a"
    "edges|--source|$a"
    "path|$a|$b"
    "subgraph|$a|--hops|2"
    "top|--by|degree"
    "top|--by|pagerank"
    "top|--by|betweenness"
    "stats"
)

echo "binary: $bin"
echo "graph:  $graph ($(wc -c <"$graph") bytes)"
# every query must answer before it is timed
for i in "${!cmds[@]}"; do
    IFS='|' read -r -a args <<<"${cmds[$i]}"
    "$bin" query "$graph" "${args[@]}" --json >/dev/null
done

if command -v hyperfine >/dev/null 2>&1; then
    hargs=()
    for i in "${!cmds[@]}"; do
        IFS='|' read -r -a args <<<"${cmds[$i]}"
        q=$(printf '%q ' "$bin" query "$graph" "${args[@]}" --json)
        hargs+=(--command-name "${labels[$i]}" "$q")
    done
    hyperfine --warmup 1 --runs "$runs" --style basic "${hargs[@]}"
    exit 0
fi

printf '%-24s %10s %10s   (%s runs, ms)\n' query mean min "$runs"
for i in "${!cmds[@]}"; do
    IFS='|' read -r -a args <<<"${cmds[$i]}"
    total=0 best=
    for _ in $(seq "$runs"); do
        t0=$(date +%s%N)
        "$bin" query "$graph" "${args[@]}" --json >/dev/null
        t1=$(date +%s%N)
        ms=$(( (t1 - t0) / 1000000 ))
        total=$(( total + ms ))
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    done
    printf '%-24s %10d %10d\n' "${labels[$i]}" $(( total / runs )) "$best"
done
