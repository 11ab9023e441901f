#!/usr/bin/env python3
"""Generate data/lexicon/world-names.tsv: given names and surnames of the world's naming
traditions, with which part of a name each is and whether the surname comes first.

Source
- The person-name lists of Faker (PyPI package `Faker`, MIT licence, maintained by its
  community; lists compiled per locale from national statistics and name registers),
  read from the wheel's `faker/providers/person/<locale>/__init__.py` without importing
  it. Only Latin-script lists are used (romanised lists where a locale has them:
  `zh_CN`/`zh_TW` romanised names), since news in English writes names in Latin letters.
- Chinese surnames: Faker's `zh_CN` and `zh_TW` surnames in Chinese characters (400 and
  200, by frequency), romanised in Hanyu Pinyin without tones by PyPI package
  `pypinyin` (MIT licence; its character dictionary) ("习" -> "Xi").
- Korean surnames: Faker's `ko_KR` list is in Hangul; its 50 surnames are romanised
  here in the spellings English-language news uses (KOREAN below), which keeps the
  list's source and order.

Columns: name (as written, with its accents), part (`given`, `surname`, or
`surname-first` for the surnames of traditions that write the family name first:
Chinese, Korean, Vietnamese, Hungarian), traditions (the Faker locales it comes from).
A name whose accents fold away ("Nguyễn" -> "Nguyen") is also listed folded, as English
news often writes it so.

Exclusions, as for first-names.txt: ordinary English words and the names other lexicon
files claim (countries, demonyms, capitals, organisations, titles, non-actor words; see
`claimed_names` in pkgcache.py and EXCLUDE in build_first_names.py), one-letter names,
and names of more than one word.

Usage: python3 scripts/build_world_names.py   (needs pip and the network once)
"""

import ast
import sys
import unicodedata

from build_first_names import EXCLUDE
from pkgcache import LEXICON, claimed_names, pypi

FAKER_PACKAGE, FAKER_VERSION = "Faker", "40.63.0"
PINYIN_PACKAGE, PINYIN_VERSION = "pypinyin", "0.55.0"

# locale -> tradition label; `first` marks surname-first traditions
LOCALES = {
    "ar_AA": "Arabic", "ar_SA": "Arabic", "ar_PS": "Arabic", "en_PK": "Pakistani",
    "fa_IR": "Persian", "tr_TR": "Turkish", "az_AZ": "Azerbaijani", "uz_UZ": "Uzbek",
    "es_ES": "Spanish", "es_MX": "Mexican", "es_AR": "Argentine", "es_CO": "Colombian",
    "es_CL": "Chilean", "pt_BR": "Brazilian", "pt_PT": "Portuguese",
    "nl_NL": "Dutch", "nl_BE": "Flemish", "de_DE": "German", "de_AT": "Austrian",
    "en_IN": "Indian", "id_ID": "Indonesian", "en_NG": "Nigerian", "yo_NG": "Yoruba",
    "ha_NG": "Hausa", "ig_NG": "Igbo", "en_KE": "Kenyan", "sw": "Swahili",
    "zh_CN": "Chinese", "zh_TW": "Taiwanese", "vi_VN": "Vietnamese", "hu_HU": "Hungarian",
    "ja_JP": "Japanese", "en_TH": "Thai",
}
SURNAME_FIRST = {"zh_CN", "zh_TW", "vi_VN", "hu_HU", "ko_KR"}

# Surnames written first that are also English words or words of other lexicon files,
# kept as `surname-first` all the same: news writes them before a given name ("He
# Lifeng", "Sun Weidong", "Yuan Jiajun", "Oh Se-hoon"), where the name rules need to
# know them (src/extract/mentions/classify.rs, surname-first rule)
COMMON_WORD_SURNAMES = {"He", "Sun", "Yuan", "Oh"}

# Faker ko_KR's 50 surnames, in its order, in their usual news romanisation
KOREAN = """Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song
Jeon Hong Yoo Ko Moon Yang Son Bae Baek Heo Nam Sim Noh Ha Kwak Sung Cha Joo Woo Koo Min
Ryu Na Jin Ji Um Chae Won Chun Bang Gong Hyun""".split()


def lists(locale: str) -> dict:
    """Every list of strings assigned to a name containing `name` in a locale's person
    provider: {variable: [names]}."""
    src = pypi(FAKER_PACKAGE, FAKER_VERSION) / "faker" / "providers" / "person" / locale / "__init__.py"
    if not src.exists():
        return {}
    out = {}
    for node in ast.walk(ast.parse(src.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            var = node.targets[0].id
            if "name" not in var or "language" in var or "prefix" in var or "suffix" in var:
                continue
            vals = [n.value for n in ast.walk(node.value) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
            out[var] = [v for v in vals if "{{" not in v]
    return out


def latin(name: str) -> bool:
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in name if c.isalpha())


def folded(name: str) -> str:
    d = unicodedata.normalize("NFKD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in d if not unicodedata.combining(c))


def part_of(var: str, locale: str):
    if var.startswith(("last", "surname")):
        return "surname-first" if locale in SURNAME_FIRST else "surname"
    if var.startswith(("first", "given")):
        return "given"
    return None  # middle names, titles, pairs handled below


def main() -> None:
    found = {}  # (name, part) -> set of traditions

    def add(name: str, part: str, tradition: str) -> None:
        name = name.strip()
        if " " in name or len(name) < 2 or not latin(name):
            return
        name = name if not name.isupper() else name.title()  # zh_TW romanised: "CHEN"
        for form in {name, folded(name)}:
            found.setdefault((form, part), set()).add(tradition)

    for locale, tradition in LOCALES.items():
        for var, names in lists(locale).items():
            if var.endswith("_pairs"):
                # ja_JP: (kanji, kana, romaji) triples
                part = "surname" if var.startswith("last") else "given"
                for n in names[2::3]:
                    add(n, part, tradition)
                continue
            part = part_of(var, locale)
            if part:
                for n in names:
                    add(n, part, tradition)
    sys.path.insert(0, str(pypi(PINYIN_PACKAGE, PINYIN_VERSION)))
    from pypinyin import Style, lazy_pinyin

    for locale, tradition in (("zh_CN", "Chinese"), ("zh_TW", "Taiwanese")):
        for n in lists(locale).get("last_names", []):
            add("".join(lazy_pinyin(n, style=Style.NORMAL)).title(), "surname-first", tradition)
    for n in KOREAN:
        add(n, "surname-first", "Korean")
    drop = EXCLUDE | claimed_names()
    rows = sorted(
        (name, part, ", ".join(sorted(t)))
        for (name, part), t in found.items()
        if name.lower() not in drop or (part == "surname-first" and name in COMMON_WORD_SURNAMES)
    )
    head = [
        "# World names: given names and surnames of the world's naming traditions, one a line.",
        f"# Source: the person-name lists of PyPI package {FAKER_PACKAGE}=={FAKER_VERSION} (MIT licence),",
        "#   Latin-script and romanised lists of its locales for Arabic, Persian, Turkish, Spanish,",
        "#   Portuguese, Dutch, German, Indian, Indonesian, Nigerian, Kenyan, Chinese, Vietnamese,",
        "#   Hungarian, Japanese and Thai names; Chinese surnames in characters romanised in",
        f"#   pinyin by PyPI {PINYIN_PACKAGE}=={PINYIN_VERSION} (MIT); Korean surnames romanised by the",
        "#   script from Faker's ko_KR list. Accented names are also listed folded (Nguyen).",
        "# Columns: name, part (given | surname | surname-first: a family name written before the",
        "#   given name, in Chinese, Korean, Vietnamese and Hungarian), traditions.",
        "# Excluded: ordinary English words and names other lexicon files claim (as first-names.txt),",
        "#   except surnames written first that news puts before a given name (He, Sun, Yuan, Oh).",
        "# Generated by scripts/build_world_names.py; do not edit by hand. See docs/lexicons.md.",
        "name\tpart\ttraditions",
    ]
    (LEXICON / "world-names.tsv").write_text(
        "\n".join(head + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8"
    )
    parts = {}
    for _, p, _ in rows:
        parts[p] = parts.get(p, 0) + 1
    print(f"wrote {len(rows)} names: {parts}")


if __name__ == "__main__":
    main()
