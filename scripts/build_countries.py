#!/usr/bin/env python3
"""Generate data/lexicon/countries.tsv.

Source: the npm package `world-countries` (mledoze/countries, ODbL 1.0): every
UN member state plus Taiwan, Palestine, Kosovo and Vatican City, with common and
official names, alternative spellings, English demonyms and capitals. Merged with
the hand-kept news-usage overrides in scripts/country_overrides.tsv (canonical
news names, short forms like "U.S.", government metonyms like "Kremlin",
people plurals like "Britons", ambiguous forms dropped, Wikidata ids).

Usage: python3 scripts/build_countries.py   (needs npm and the network once)
"""

import json
import re
import unicodedata

from pkgcache import LEXICON, ROOT, npm

PACKAGE, VERSION = "world-countries", "5.1.0"
EXTRA = {"TWN", "PSE", "UNK", "VAT"}  # non-members kept: Taiwan, Palestine, Kosovo, Vatican
# all-capital short forms kept from the dataset's alternative spellings; other
# two-letter ISO codes ("IN", "IT", "NO", "ME") are ordinary words in text
KEEP_CODES = {"UAE", "DRC", "DPRK"}
# words allowed in an English official name taken from the alternative spellings
POLITY = set(
    "Republic Kingdom State States Commonwealth Federation Federal Democratic People's "
    "Islamic Union United Principality Grand Duchy Sultanate Plurinational Bolivarian "
    "Socialist Arab Hashemite Independent Sovereign Co-operative Oriental Federated "
    "Nation Abode Peace Hellenic Confederation Islands Most Serene Former Yugoslav of the and".split()
)


def fold(s: str) -> str:
    """ASCII spelling of a name with accents ("Bogotá" -> "Bogota")."""
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def english(s: str, known: set) -> bool:
    """Whether an alternative spelling is an English name worth matching in news text."""
    if s in KEEP_CODES:
        return True
    if len(s) < 4 or not re.fullmatch(r"[A-Z][A-Za-zÀ-ÿ' .-]+", s):
        return False
    return all(w.strip(",()") in POLITY or w.strip(",()") in known for w in s.split())


def people(adj: str) -> list:
    """The people plural of a demonym adjective ("Iraqi" -> "Iraqis"), if English has one."""
    if re.search(r"(ese|ish|ch|ss|i-Kiribati|Vanuatu)$", adj, re.I):
        return []
    return [adj + "s"] if re.search(r"(an|i|ine|er|ot|ek|ino|ali|ic)$", adj) else []


def main() -> None:
    pkg = npm(PACKAGE, VERSION)
    data = json.loads((pkg / "countries.json").read_text(encoding="utf-8"))
    over = {}
    for line in (ROOT / "scripts" / "country_overrides.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("cca3\t") or not line.strip():
            continue
        f = (line.split("\t") + [""] * 7)[:7]
        over[f[0]] = f
    split = lambda v: [x.strip() for x in v.split("|") if x.strip()]

    rows = []
    for c in data:
        if not (c.get("unMember") or c["cca3"] in EXTRA):
            continue
        o = over.get(c["cca3"], [""] * 7)
        common, official = c["name"]["common"], c["name"]["official"]
        name = o[1] or common
        known = set((common + " " + official).split())
        drop = set(split(o[5]))  # dataset values (and their ASCII spellings) not wanted

        def clean(vals, extra, exclude):
            """Dataset values minus drops, plus override values; no repeats, never the name."""
            seen, out = {x.lower() for x in exclude} | {name.lower()}, []
            vals = [x for v in vals for x in (v, fold(v)) if x not in drop] + extra
            for x in vals:
                if x and x.lower() not in seen:
                    seen.add(x.lower())
                    out.append(x)
            return out

        dem = []
        for v in c.get("demonyms", {}).get("eng", {}).values():
            for d in re.split(r",\s*|\s+or\s+", v):
                if d not in drop:
                    dem += [d] + people(d)
        dem = clean(dem, split(o[3]), [])
        alts = [a for a in c.get("altSpellings", []) if english(a, known)]
        names = [common] + ([official] if re.fullmatch(r"[^,()]+", official) else [])
        aliases = clean(names + alts, split(o[2]), dem)
        caps = clean(list(c.get("capital", [])), split(o[4]), aliases + dem)
        rows.append((name, aliases, dem, caps, o[6]))
        if c["cca3"] not in over:
            print(f"note: no overrides row for {c['cca3']} {name}")
    missing = set(over) - {c["cca3"] for c in data}
    assert not missing, f"overrides for unknown codes: {missing}"

    rows.sort(key=lambda r: fold(r[0]))
    head = [
        "# Countries: every sovereign state plus Taiwan, Palestine, Kosovo and Vatican City.",
        f"# Source: npm package {PACKAGE}@{VERSION} (mledoze/countries), licence ODbL 1.0",
        "#   (https://opendatacommons.org/licenses/odbl/1-0/), merged with the hand-kept",
        "#   news-usage overrides in scripts/country_overrides.tsv (short forms, metonyms,",
        "#   people plurals, dropped ambiguous forms, Wikidata ids).",
        "# Generated by scripts/build_countries.py; do not edit by hand: edit the overrides",
        "#   and run `python3 scripts/build_countries.py`. Columns are documented in docs/lexicons.md.",
        "name\taliases\tdemonyms\tcapitals\twikidata",
    ]
    body = ["\t".join([n, "|".join(a), "|".join(d), "|".join(k), q]) for n, a, d, k, q in rows]
    (LEXICON / "countries.tsv").write_text("\n".join(head + body) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} countries")


if __name__ == "__main__":
    main()
