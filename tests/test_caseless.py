"""extract/caseless.py: a Caseless pattern answers exactly what its IGNORECASE pattern
answers (a search that said "no" wrongly would silently drop signals), on texts holding
the characters where lower-casing and case-folding part ways."""

import importlib
import pkgutil
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import signalwatch.extract
from signalwatch.extract.caseless import Caseless

OWN = [r"\b(?:raises|secured?|series\s+[a-j])\b", r"(?<!\bto )k\w+", r"^(?P<name>[^,]{2,20}),\s+"
       r"(?:the|a)\s", r"s[a-z]*s", r"\bi(?=\w)", r"[^a-z ]+", r"(\w+) (?:and|or) \1"]
#: Every Caseless the extractors hold, and the ones above.
PATTERNS = [Caseless(p) for p in OWN] + [
    v for m in pkgutil.iter_modules(signalwatch.extract.__path__)
    for v in vars(importlib.import_module(f"signalwatch.extract.{m.name}")).values()
    if isinstance(v, Caseless)]
PIECES = st.sampled_from([
    "raises", "RAISES", "Raised", "secure", "Series B", "series k", "to ", "kit", "KIT",
    "\u212aIT",  # Kelvin sign: its lower case is "k"
    "\u0131", "\u017f", "\u0130", "I", "S", "s", "é", "É", "’", " ", ",", "Acme", "the",
    "A", "and", "or", "$5M", "led by", "CEO", "ſeries", "rai\u017fes", "x"])
TEXTS = st.lists(PIECES, max_size=14).map("".join)


def _said(m: re.Match[str] | None) -> object:
    return None if m is None else (m.span(), m.groups(), m.group(0))


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(0, len(PATTERNS) - 1), st.integers(0, 6))
def test_caseless_answers_as_ignorecase(text, which, pos):
    c = PATTERNS[which]
    f = c.folding
    assert _said(c.search(text)) == _said(f.search(text))
    assert _said(c.search(text, pos)) == _said(f.search(text, pos))
    assert _said(c.match(text)) == _said(f.match(text))
    assert _said(c.fullmatch(text)) == _said(f.fullmatch(text))
    assert [_said(m) for m in c.finditer(text)] == [_said(m) for m in f.finditer(text)]
    assert c.split(text) == f.split(text)
    assert c.sub(" ", text) == f.sub(" ", text)
    assert c.sub(" ", text, count=1) == f.sub(" ", text, count=1)


def test_the_extractors_use_caseless_patterns():
    assert len(PATTERNS) > len(OWN)


@pytest.mark.parametrize("pattern", [r"Series", r"(?-i:[A-Z])x", r"a(?i:b)", "\u00c9"])
def test_a_pattern_with_case_is_refused(pattern):
    with pytest.raises(ValueError, match="caseless pattern"):
        Caseless(pattern)


def test_escapes_and_group_names_may_be_upper_case():
    c = Caseless(r"(?i)(?P<Verb>\braises\b)\s\S+\W?(?P=Verb)?")
    assert c.search("Acme RAISES $5M")["Verb"] == "RAISES"


def test_words_a_case_blind_pattern_matched_through_odd_letters_are_looked_up() -> None:
    """IGNORECASE takes ı and İ for i and ſ for s: what such a pattern matched is looked up
    in its table of words by ignorecase_key, not by lower() (which had raised KeyError on
    "ſ$5 million", "Cıo", "5 bıllion": one hostile item stopped the item's reading, one
    CRM cell the import)."""
    from signalwatch.accounts import parse_number
    from signalwatch.extract.money import find_money
    from signalwatch.extract.titles import function
    from signalwatch.utils import ignorecase_key

    assert ignorecase_key("ſ$") == "s$" and ignorecase_key("İNR") == "inr"
    assert [(m.amount, m.currency) for m in find_money("ſ$5 million, 7 bıllion euros")] == [
        (5_000_000.0, "SGD"), (7_000_000_000.0, "EUR")]
    assert function("Cıo") == function("CIO")
    assert parse_number("5 bıllion") == 5e9
    from signalwatch.extract.earnings import figures

    assert [(f.low, f.high) for f in figures("revenue of $5 bıllion")] == [
        (f.low, f.high) for f in figures("revenue of $5 billion")] == [(5e9, 5e9)]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_may_hold_never_says_no_where_ignorecase_finds_a_word(text):
    from signalwatch.extract.caseless import may_hold

    for words in (("raises", "secure"), ("kit",), ("series",), ("i",)):
        if re.search("|".join(words), text, re.IGNORECASE):
            assert may_hold(text, *words)
    assert not may_hold("Acme Names Jane Roe CFO", "raises", "series")
