#!/usr/bin/env bash
# The Spark example, in local mode on a small input, writes the bytes `newsgraph build`
# writes for the same articles (with all evidence, and with --max-evidence 2).
# Installs Java 17 (Debian) and pyspark (a venv in target/spark-venv) when missing.
# Run by scripts/test.sh; NEWSGRAPH=path/to/binary picks the binary (default: the
# debug build `cargo test` leaves).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${NEWSGRAPH:-target/debug/newsgraph}
[ -x "$bin" ] || cargo build --quiet
if ! command -v java >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq openjdk-17-jre-headless
fi
venv=target/spark-venv
if ! "$venv/bin/python" -c "import pyspark" >/dev/null 2>&1; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check pyspark
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# the sample articles, and 80 BBC politics articles when ../shared is there
python3 - "$tmp/articles.jsonl" data/articles ../shared/corpus/bbc/politics <<'EOF'
import json, os, sys
out, dirs = sys.argv[1], sys.argv[2:]
with open(out, "w", encoding="utf-8") as f:
    for d in dirs:
        if not os.path.isdir(d):
            continue
        names = sorted(n for n in os.listdir(d) if n.endswith(".txt"))[:80]
        for n in names:
            text = open(os.path.join(d, n), encoding="utf-8").read()
            f.write(json.dumps({"id": os.path.basename(d) + "/" + n[:-4], "text": text}) + "\n")
EOF
echo "spark example: $(wc -l < "$tmp/articles.jsonl") articles"

export PYSPARK_PYTHON="$PWD/$venv/bin/python"
for cap in "" 2; do
    opt=${cap:+--max-evidence $cap}
    "$bin" build --quiet $opt "$tmp/articles.jsonl" -o "$tmp/build.json"
    "$venv/bin/python" examples/spark/newsgraph_spark.py "$tmp/articles.jsonl" "$tmp/spark.json" \
        --binary "$bin" --partitions 5 --master 'local[2]' $opt 2> "$tmp/spark.log" || {
        cat "$tmp/spark.log" >&2
        exit 1
    }
    if ! cmp -s "$tmp/build.json" "$tmp/spark.json"; then
        echo "spark example: the Spark graph ${opt:+($opt) }differs from newsgraph build" >&2
        diff <(head -c 3000 "$tmp/build.json") <(head -c 3000 "$tmp/spark.json") >&2 || true
        exit 1
    fi
    echo "spark example: Spark graph ${opt:+($opt) }== newsgraph build, $(wc -c < "$tmp/build.json") bytes"
done
