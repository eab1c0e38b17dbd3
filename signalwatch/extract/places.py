"""Place names (pure): whether the capitalised words a headline puts after "in", "into",
"to" or "across" name a place, a country, a state, a city or a region. That is the
difference between "Launches Home Insurance in Missouri" (the company goes somewhere new)
and "Launches Home Insurance in Minutes".

The names are data (signalwatch/data/places.txt, from GeoNames, written by
scripts/build_places.py); the rules here only take off what qualifies a place ("Rural
Minnesota Communities", "the Canadian Market") and read lists ("Montreal, Canada").
"""

from __future__ import annotations

import functools
import re
from importlib import resources

#: Adjectives of nations and regions, for "the Canadian Market", "U.S. Consumers".
_DEMONYM_WORDS = """
american canadian mexican british english scottish welsh irish french german spanish
portuguese italian dutch belgian swiss austrian swedish norwegian danish finnish icelandic
polish czech slovak hungarian romanian bulgarian greek turkish israeli saudi emirati qatari
kuwaiti omani bahraini jordanian lebanese egyptian moroccan nigerian kenyan ghanaian
ethiopian south-african indian pakistani bangladeshi sri-lankan nepali chinese japanese
korean vietnamese thai indonesian malaysian singaporean filipino australian
new-zealand brazilian argentine argentinian chilean colombian peruvian venezuelan
ecuadorian uruguayan paraguayan bolivian costa-rican panamanian guatemalan dominican
cuban puerto-rican jamaican ukrainian russian estonian latvian lithuanian croatian
serbian slovenian european asian african latin-american middle-eastern nordic gulf
north-american south-american u.s. us uk u.k. eu texan californian floridian
"""
DEMONYMS = frozenset(_DEMONYM_WORDS.split())

_QUALIFIER = re.compile(
    r"^(?:the\s+)?(?:rural|urban|northern|southern|eastern|western|central|greater|downtown|"
    r"metro|metropolitan|coastal|upstate|north|south|east|west|northeast|northwest|"
    r"southeast|southwest|north-east|north-west|south-east|south-west)\s+", re.IGNORECASE)
_TAIL = re.compile(
    r"\s+(?:market|markets|region|regions|area|metro\s+area|communities|community|consumers|"
    r"customers|residents|businesses|shoppers|patients|users|retailers|stores|and\s+beyond)$",
    re.IGNORECASE)
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_TITLE_CASE_LINK = re.compile(r"\s+(?-i:With|For|To|At|On|By|As|From|Amid|After|Through|"
                              r"Via|Following|Ahead)\s")
_DEMONYM_MARKET = re.compile(r"(?i)^(?:the\s+)?(\S+)\s+(?:\S+\s+){0,3}markets?$")


@functools.cache
def place_names() -> frozenset[str]:
    """Every place name, case-folded (loaded once: ~15,000 names, a few milliseconds)."""
    text = (resources.files("signalwatch") / "data" / "places.txt").read_text("utf-8")
    return frozenset(line for line in text.casefold().splitlines()
                     if line and not line.startswith("#"))


def _one(words: str) -> bool:
    names = place_names()
    words = _ARTICLE.sub("", words.strip(" ,;:!?")).strip()
    if not words:
        return False
    if words.casefold() in names or words.rstrip(".").casefold() in names or \
            f"{words}.".casefold() in names:  # "the U.S" written without its last dot
        return True
    bare = _TAIL.sub("", words)
    if bare != words and (bare.casefold() in names
                          or bare.casefold().replace(" ", "-") in DEMONYMS):
        return True  # "the Canadian Market", "U.S. Consumers", "Missouri Communities"
    plain = _QUALIFIER.sub("", bare)
    return plain != bare and plain.casefold() in names  # "Rural Minnesota"


def place(words: str) -> str | None:
    """The place the words name, or None: "Missouri", "the UAE", "Rural Minnesota
    Communities", "La Marque, Texas"; the first of a list ("Texas, North Carolina, and New
    Mexico" is Texas); "Minutes", "Help Drivers" are none."""
    words = words.strip(" ,;:!?")
    if _one(words):
        return words
    # "Mexico With Premiere of Original Series": a title-case headline runs on past the
    # place into the next words; the place ends at a preposition
    if (cut := _TITLE_CASE_LINK.split(words, maxsplit=1)[0]) != words and _one(cut):
        return cut
    # "Swedish Loan Comparison Market": a nation's market of some trade is that nation's
    if (m := _DEMONYM_MARKET.match(words)) and m.group(1).lower() in DEMONYMS:
        return words
    if "-" in words and all(_one(side) for side in words.split("-")):
        return words  # "Dallas-Fort Worth": a metro area of two cities
    parts = re.split(r",\s*(?:and\s+)?|\s+(?:and|&)\s+", words)
    if len(parts) > 1 and _one(parts[0]):
        return parts[0]
    if len(parts) == 2 and _one(parts[1]):
        return words  # "La Marque, Texas": a town, then its state
    return None
