#!/usr/bin/env python3
"""Writes a JSON Lines corpus of at least SIZE_MB megabytes by repeating the articles
of a directory of .txt files (one article per file, the first line the headline), each
copy under its own id (`politics/blair-...#17`), and a `.meta.json` beside it with its
documents, bytes, text bytes and words (whitespace-separated, as newsgraph counts).

Usage: make_bench_corpus.py CORPUS_DIR OUT.jsonl SIZE_MB
The output is made once: an existing OUT.jsonl with its meta file is kept.
"""

import json
import os
import sys


def main():
    corpus, out, size_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
    meta_path = out + ".meta.json"
    if os.path.exists(out) and os.path.exists(meta_path):
        return
    articles = []
    for root, dirs, files in os.walk(corpus):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            if not text.strip():
                continue
            base = os.path.relpath(path, corpus)[: -len(".txt")]
            articles.append((base, text))
    if not articles:
        sys.exit(f"make_bench_corpus: no .txt articles under {corpus}")
    lines = []
    once_bytes = 0
    words_once = 0
    text_once = 0
    for base, text in articles:
        line = json.dumps({"id": base, "text": text}, ensure_ascii=False)
        lines.append((base, text))
        once_bytes += len(line.encode("utf-8")) + 8
        words_once += len(text.split())
        text_once += len(text.encode("utf-8"))
    copies = max(1, int(size_mb * 1e6 / once_bytes) + 1)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    tmp = out + ".tmp"
    written = 0
    with open(tmp, "w", encoding="utf-8") as f:
        for k in range(copies):
            for base, text in lines:
                line = json.dumps({"id": f"{base}#{k}", "text": text}, ensure_ascii=False) + "\n"
                f.write(line)
                written += len(line.encode("utf-8"))
    os.replace(tmp, out)
    meta = {
        "source": os.path.abspath(corpus),
        "copies": copies,
        "documents": copies * len(lines),
        "bytes": written,
        "text_bytes": copies * text_once,
        "words": copies * words_once,
    }
    with open(meta_path, "w") as f:
        json.dump(meta, f, indent=1)


if __name__ == "__main__":
    main()
