#!/usr/bin/env bash
# Time and peak memory of `newsgraph build` against sentence length, document size,
# capitalised runs, quotation marks and the number of articles, so that linearity is
# visible (docs/reliability.md has the figures of the last run). Every input is
# generated into a temporary directory; nothing is committed.
#
# Usage: scripts/bench_hostile.sh [quick]      (quick: the smaller sizes only)
# NEWSGRAPH=path/to/binary skips the release build and times that binary instead.
# Prints one line per run: case, size, wall seconds, user+sys CPU seconds, peak RSS
# in MB (from /usr/bin/time -v), and the exit code (1 = the documented refusal).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${NEWSGRAPH:-}
if [ -z "$bin" ]; then
    cargo build --release --quiet
    bin=$PWD/target/release/newsgraph
fi
[ -x /usr/bin/time ] || { echo "bench_hostile.sh: needs /usr/bin/time (GNU time)" >&2; exit 1; }
quick=${1:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

gen() { # gen KIND SIZE FILE
    python3 - "$@" <<'PY'
import json, sys
kind, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
w = ["the", "minister", "said", "that", "talks", "with", "officials", "would", "continue", "and"]
caps = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"]
with open(path, "w") as f:
    if kind == "sentence":      # one sentence of n words
        f.write(" ".join(w[i % len(w)] for i in range(n)) + ".\n")
    elif kind == "caps":        # n capitalised words in a row
        f.write(" ".join(caps[i % len(caps)] for i in range(n)) + ".\n")
    elif kind == "quotes":      # n quotation marks
        f.write("\"Pierre Lemaire is right,\" Ilse Varga said. " * (n // 2) + "\n")
    elif kind == "document":    # n bytes of ordinary news sentences on one line
        s = "Pierre Lemaire met Ilse Varga in Paris on Tuesday. The minister said talks would continue. "
        f.write((s * (n // len(s) + 1))[:n] + "\n")
    elif kind == "html":        # n nested <div>
        f.write("<html><body>" + "<div>" * n + "<p>Pierre Lemaire met Ilse Varga.</p>" + "</div>" * n + "</body></html>")
    elif kind == "jsonl":       # n tiny articles
        for i in range(n):
            f.write(json.dumps({"id": "a%d" % i, "text": "Lemaire met Varga."}) + "\n")
PY
}

run() { # run CASE SIZE FILE
    local log=$work/time.log rc=0
    /usr/bin/time -v "$bin" build "$3" -o "$work/out.json" 2>"$log" >/dev/null || rc=$?
    awk -v c="$1" -v n="$2" -v rc="$rc" -F': ' '
        /Elapsed \(wall clock\)/ { split($2, t, ":"); wall = (length(t) == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
        /User time/ { cpu += $2 } /System time/ { cpu += $2 }
        /Maximum resident/ { rss = $2 / 1024 }
        END { printf "%-9s %10s  %7.2f s wall  %7.2f s cpu  %7.1f MB  exit %s\n", c, n, wall, cpu, rss, rc }' "$log"
}

if [ -n "$quick" ]; then
    sentence="5000 20000 40000"; caps="5000 20000 50000"; quotes="500 1000 2000"
    document="250000 1000000 4000000"; html="100 500 100000"; jsonl="10000 100000"
else
    sentence="20000 40000 100000 200000"; caps="10000 25000 50000 100000"; quotes="1000 2000 4000 8000"
    document="1000000 4000000 16000000 50000000"; html="100 500 1000 100000"; jsonl="10000 100000 1000000"
fi
echo "binary: $bin"
for n in $sentence; do gen sentence "$n" "$work/s.txt"; run sentence "${n}w" "$work/s.txt"; done
for n in $caps; do gen caps "$n" "$work/c.txt"; run caps "${n}w" "$work/c.txt"; done
for n in $quotes; do gen quotes "$n" "$work/q.txt"; run quotes "${n}q" "$work/q.txt"; done
for n in $document; do gen document "$n" "$work/d.txt"; run document "${n}B" "$work/d.txt"; done
for n in $html; do gen html "$n" "$work/h.html"; run html "${n}deep" "$work/h.html"; done
for n in $jsonl; do gen jsonl "$n" "$work/j.jsonl"; run jsonl "${n}art" "$work/j.jsonl"; done
