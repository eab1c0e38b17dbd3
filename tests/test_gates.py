"""extract/gates.py: one-pass word gates answer exactly what the regex alternations they
replaced answered (a gate that said "no" wrongly would silently drop signals)."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signalwatch.extract.caseless import Caseless
from signalwatch.extract.events import _GATE, _GATE_WORDS
from signalwatch.extract.funding import _VERB_WORDS, _VERB_WORDS_GATE
from signalwatch.extract.gates import Words

WORDS = ["rais", "secur", "back", "led", "lead", "get", " to lead ", "ceo", "é"]
# texts made of the words, their neighbours and separators, so hits, near misses and
# word boundaries all occur
PIECES = st.sampled_from([*WORDS, "together", "background", "x", "_", "-", " ", "É", "raise",
                          "pled", "a", "9"])
TEXTS = st.lists(PIECES, max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_any_is_the_alternation(text):
    assert Words(WORDS).any(text) == bool(re.search("|".join(map(re.escape, WORDS)), text))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_word_start_is_a_boundary_before(text):
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, WORDS)) + ")")
    assert Words(WORDS, word_start=True).any(text) == bool(pattern.search(text))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_labels_are_every_category_held(text):
    cats = {"a": ["rais", "back"], "b": ["back", "ceo"], "c": [" to lead "]}
    gate = Words({w: [c for c, ws in cats.items() if w in ws] for ws in cats.values()
                  for w in ws})
    assert gate.labels(text) == {c for c, ws in cats.items() if any(w in text for w in ws)}


def test_the_extractors_gates_on_real_words():
    assert _VERB_WORDS_GATE.any("acme raises $5m")
    assert not _VERB_WORDS_GATE.any("acme brings the team altogether")  # ("get" inside)
    assert _VERB_WORDS_GATE.any("acme (backed by x) expands")  # a word start after "("
    assert all(_VERB_WORDS_GATE.any(w) for w in _VERB_WORDS)
    assert _GATE_WORDS.labels("acme acquires contoso and opens an office") >= {"acq", "expand"}
    assert _GATE_WORDS.labels("nothing here") == set()
    assert {c for c, ws in _GATE.items() for w in ws} == {
        c for c, ws in _GATE.items() for w in ws if c in _GATE_WORDS.labels(w)}


def test_an_empty_word_is_refused():
    with pytest.raises(ValueError, match="must not be empty"):
        Words(["ok", ""])


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(min_value=1, max_value=4))
def test_count_is_the_occurrences_up_to_enough(text, enough):
    # every word's every place where a word starts (overlapping, as the automaton reports)
    every = sum(1 for w in WORDS for m in re.finditer(re.escape(w), text)
                if m.start() == 0 or not (text[m.start() - 1].isalnum()
                                          or text[m.start() - 1] == "_"))
    assert Words(WORDS, word_start=True).count(text, enough) == min(every, enough)


MOVE_PIECES = st.sampled_from([
    "appointed", "stepping down", "will leave", "takes over", "takes  over", "CEO", "ceo",
    "Chief Financial Officer", "Vice President", "head of", "Head Of", "EVPs", "Joined",
    "resignation", "departures", "x", ",", "re-joined", "leaves", "is  off to", "CCO",
    "Creative\nDirector", "director of", "giving up", "replacing", "poached", "brought   on",
    "completed her  tenure", "ends their service"])


@settings(max_examples=400, deadline=None)
@given(st.lists(MOVE_PIECES, max_size=10).map(" ".join))
def test_the_moves_gate_answers_as_its_patterns(text):
    """The word counts in front of the patterns never say no where the patterns say yes."""
    from signalwatch.extract.signals import _CHANGE_WORD, _EXEC_TITLE, _moves_told

    def at_least(pattern: re.Pattern[str] | Caseless, n: int) -> bool:
        return sum(1 for _ in pattern.finditer(text)) >= n

    for titles, changes in ((2, 2), (4, 3)):
        assert _moves_told(text, titles, changes) == (
            at_least(_EXEC_TITLE, titles) and at_least(_CHANGE_WORD, changes))


VERB_PIECES = st.sampled_from([
    "Jane Roe", "plans to step down", "will be replaced by", "is off to", "exits", "left in",
    "has been named", "will step up to", "accepted a role as", "rejoined", "handing in her "
    "resignation", "is replacing", "took over as", "stepped into the role of", "quit", "x",
    ",", "departs", "was selected", "oustedly", "transitions to the new role of"])


@settings(max_examples=400, deadline=None)
@given(st.lists(VERB_PIECES, max_size=8).map(" ".join))
def test_the_change_verbs_first_letters_hide_no_verb(text):
    """The change verbs' pattern opens with a lookahead on its words' first letters (cost);
    a verb whose first letter it lacks would never be read ("plans to step down" once)."""
    from signalwatch.extract.leadership import _CHANGE_VERB

    pattern = _CHANGE_VERB.pattern
    assert pattern.startswith("\\b(?=[")
    plain = re.compile("\\b" + pattern[pattern.index("])") + 2:], _CHANGE_VERB.flags)
    assert plain.pattern != _CHANGE_VERB.pattern
    assert [m.span() for m in _CHANGE_VERB.finditer(text)] == \
        [m.span() for m in plain.finditer(text)]


MORE_VERB_PIECES = st.sampled_from([
    "has now been named", "is set to also take over as CEO from", "Jane Roe", "x", ",",
    "announced that Friday will be his last day", "will be out", "’d be stepping down",
    "is being promoted", "will be replaced by", "and be succeeded by", "left the company",
    "turned in her resignation", "was let go", "outgoing", "abc", "the",
    "has concluded his service as", "ended her  tenure as", "expands her role from"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(VERB_PIECES, MORE_VERB_PIECES), max_size=10).map(" ".join))
def test_change_verbs_found_from_their_first_word_are_all_of_them(text):
    """change_verbs tries the long pattern only from shortly before the first word a change
    verb holds: it finds exactly what the pattern finds over the whole text."""
    from signalwatch.extract.leadership import _CHANGE_VERB, change_verbs

    assert [m.span() for m in change_verbs(text)] == \
        [m.span() for m in _CHANGE_VERB.finditer(text)]


@pytest.mark.parametrize("title", [
    "Funding Wire: 10 Deals", "This week's funding roundup", "Who raised money this week",
    "Startup Digest: Ficus raises $5M", "This Week in European Tech", "The week that was",
    "Week in review", "Weekly wrap", "Biggest rounds of the week", "Deals worth $1B",
    "Indian startups raised $171 Mn this week", "Top 10 tech stories of the week",
    "Raised in seven days", "Startups collectively raise $3B"])
def test_the_roundup_title_gate_lets_every_roundup_title_through(title):
    from signalwatch.extract.signals import _ROUNDUP, _ROUNDUP_WORDS, is_roundup_title

    assert _ROUNDUP.search(title) and _ROUNDUP_WORDS.any(title.lower())
    assert is_roundup_title(title)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["round", "fund", "$", "5m", "5 m", "usd 5", "rs.5", "x", " ",
                                 "crore", "4cr", "backs", "stake", "ra", "is", "₹", "9"]),
                max_size=10).map("".join))
def test_money_or_round_is_its_pattern(text):
    from signalwatch.extract.funding import _MONEY_OR_ROUND, money_or_round

    assert money_or_round(text) == (_MONEY_OR_ROUND.search(text) is not None)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "B", ".", "!", "?", " ", "  ", "\n", "\t", "“", '"']),
                max_size=14).map("".join), st.integers(0, 3))
def test_sentence_cuts_are_the_lookbehind_patterns(text, most):
    from signalwatch.extract.signals import _SENTENCE

    old = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
    assert _SENTENCE.split(text, maxsplit=most) == old.split(text, maxsplit=most)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["step", "out", "about", "left", "cleft", "fires", "fire",
                                 "transition to an advisory", "goes", "to", " ", "parts ways",
                                 "x", "join", "re", "tir"]), max_size=8).map("".join))
def test_the_leaving_gate_holds_every_leaving_word(text):
    from signalwatch.extract.leadership import _LEAVING, _LEAVING_WORDS

    assert (_LEAVING_WORDS.any(text) and _LEAVING.search(text) is not None) == \
        (_LEAVING.search(text) is not None)
