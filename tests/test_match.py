from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from signalwatch.match import Matcher, fold, normalise_name
from signalwatch.types import Account

pytestmark = pytest.mark.both_engines

ACCOUNTS = [
    Account("box", "Box", domain="box.com"),
    Account("dbx", "Dropbox, Inc.", domain="dropbox.com"),
    Account("ramp", "Ramp", domain="ramp.com"),
    Account("lin", "Linear", domain="linear.app"),
    Account("atl", "Atlassian"),
    Account("notion", "Notion Labs"),
    Account("acme", "Acme Corp."),
    Account("cruise", "Cruise"),
    Account("speak", "Speak"),
    Account("openai", "OpenAI"),
    Account("p1", "Phoenix"),
    Account("p2", "Phoenix Inc"),
    Account("fm", "Farmers & Merchants Bancshares"),
    Account("n8n", "n8n"),
    Account("lee", "Lee's Famous Recipe Chicken"),
    Account("x", "X"),
    Account("sea", "SeaTrainTM Technology"),
    Account("fcs", "FCS"),
]
M = Matcher(ACCOUNTS)


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("Atlassian rival Linear", "lin"),
        ("Dropbox", "dbx"),
        ("Box", "box"),
        ("OpenAI-backed Speak", "speak"),
        ("Acme", "acme"),
        ("ACME CORP", "acme"),
        ("Notion", "notion"),                       # derived from "Notion Labs"
        ("Acme Corp. (NASDAQ: ACME)", "acme"),
        ("Fair-code pioneer n8n", "n8n"),
        ("Farmers &amp; Merchants Bancshares", "fm"),
        ("Farmers and Merchants Bancshares", "fm"),
        ("LEE'S FAMOUS RECIPE® CHICKEN", "lee"),
        ("X", "x"),                                 # a one-letter name as the subject
        ("SeaTrain Technology", "sea"),             # a trade mark written "TM" is no part
        ("SeaTrainTM Technology", "sea"),           # of the name, in the CRM or the text
        ("Atlassian Group", "atl"),                 # "Group" after a name ends it
        ("FCS Group (863.HK)", "fcs"),              # (an acronym as the CRM writes it)
    ],
)
def test_subject_spans_resolve(span, expected) -> None:
    match = M.resolve_span(span)
    assert match is not None and match.account_id == expected
    assert match.confidence >= 0.8


@pytest.mark.parametrize(
    "span",
    [
        "linear growth",                            # a common word in running text
        "Ramp up sales",                            # "Ramp" not as the subject
        "How to ramp up hiring",
        "Former Cruise CEO Kyle Vogt’s new robotics startup",   # not Cruise's signal
        "OpenAI-backed",
        "Dropboxes everywhere",
        "Boxed",
        "Box Office hits",
        "Ex-Box engineers",
        "Tesla Model X",                            # a one-letter name only as the whole
        "Series X",
        "x",
        "Box Group",                                # a common word, not written as the CRM
        "Fcs Group",                                # an acronym not written as one
    ],
)
def test_non_subjects_do_not_match(span) -> None:
    assert M.resolve_span(span) is None


def test_group_in_lower_case_is_a_word_of_the_sentence() -> None:
    """"the Atlassian group of products": "group" is no part of a name's end."""
    match = M.resolve_span("Atlassian group")
    assert match is not None and match.confidence < 0.8


def test_box_is_not_dropbox_anywhere() -> None:
    keys = [k.key for _, _, k in M.mentions("Dropbox acquired a startup")]
    assert keys == ["dropbox"]


def test_ambiguous_names_fall_under_the_floor() -> None:
    match = M.resolve_span("Phoenix")
    assert match is not None and match.confidence < 0.6 and "ambiguous" in match.reason


def test_evidence_order() -> None:
    assert M.resolve(account_id="box", subject="Dropbox").confidence == 1.0
    by_company = M.resolve(company="Dropbox Inc")
    assert (by_company.account_id, by_company.confidence) == ("dbx", 0.95)
    by_domain = M.resolve(subject="A stealth startup", urls=["https://www.box.com/press/1"])
    assert (by_domain.account_id, by_domain.reason) == ("box", "domain box.com")
    assert M.resolve(subject="Some unknown startup") is None


def test_legal_suffixes_fold() -> None:
    assert normalise_name("Acme, Inc.") == normalise_name("ACME Corp") == "acme"
    assert normalise_name("Foo GmbH") == "foo"
    assert normalise_name("Scale AI") == "scale ai"  # brand words stay


def test_a_decomposed_letter_is_the_composed_one() -> None:
    """"Lüt" written u + U+0308 (as one newswire did) is the account "Lüt": the combining
    mark stays in its word, and a name is composed before it is folded."""
    decomposed = "Lu\u0308t"
    assert normalise_name(decomposed) == normalise_name("L\u00fct") == "l\u00fct"
    assert " " not in fold(decomposed)
    matcher = Matcher([Account("a", "L\u00fct")])
    assert matcher.resolve(subject=decomposed).account_id == "a"


@given(st.text(max_size=40))
# (a word's stripped dots leaving a connector at the end, found by this test in CI; a
# legal form left so by a hyphen)
@example("0:.&")
@example("Ficus inc-")
def test_fold_keeps_length_and_normalise_is_idempotent(text: str) -> None:
    assert len(fold(text)) == len(text)
    once = normalise_name(text)
    assert normalise_name(once) == once


def test_many_accounts_one_pass() -> None:
    accounts = [Account(f"a{i}", f"Company{i} Systems") for i in range(5000)]
    m = Matcher([*accounts, Account("x", "Zyxel")])
    assert m.resolve_span("Zyxel").account_id == "x"
    assert m.resolve_span("Company4999 Systems").account_id == "a4999"


def test_legal_forms_from_a_maintained_list() -> None:
    from signalwatch.match import normalise_name

    assert normalise_name("Acme GmbH & Co. KG") == "acme"
    assert normalise_name("Sony K.K.") == "sony"
    assert normalise_name("Foo Co., Ltd.") == "foo"
    assert normalise_name("Bar S.p.A.") == "bar"
    # ordinary words that are also legal forms elsewhere stay part of the name
    assert normalise_name("Insight Partners") == "insight partners"
    assert normalise_name("Procter & Gamble Co.") == "procter & gamble"


# -- the name index (issue #11) ------------------------------------------------------------

def _brute_force(keys: set[str], folded: str) -> set[tuple[int, int, str]]:
    """Every occurrence of every key at word boundaries, by scanning for each key (what the
    automaton did): not after a letter, digit or "&"; not before one, nor before "." + one."""
    found = set()
    for key in keys:
        at = folded.find(key)
        while at >= 0:
            end = at + len(key)
            before = folded[at - 1] if at else " "
            after = folded[end] if end < len(folded) else " "
            after2 = folded[end + 1] if end + 1 < len(folded) else " "
            if not (before.isalnum() or before == "&") and not (
                    after.isalnum() or after == "&") and not (after == "." and after2.isalnum()):
                found.add((at, end, key))
            at = folded.find(key, at + 1)
    return found


_WORDS = st.sampled_from(["acme", "box", "dropbox", "box.com", "t-mobile", "a&b", "at&t",
                          "co", "labs", "x", "é", "déjà", "1", "-", ".", "&", "and"])


@given(st.lists(_WORDS, max_size=14),
       st.lists(st.lists(_WORDS, min_size=1, max_size=3), max_size=6))
def test_candidate_spans_find_what_a_scan_finds(words: list[str],
                                                key_words: list[list[str]]) -> None:
    from signalwatch.match import candidate_spans

    folded = " ".join(words)
    keys = {normalise_name(" ".join(k)) for k in key_words}
    keys = {k for k in keys if len(k) >= 2}
    spans = candidate_spans(folded)
    ours = {(s, e, folded[s:e]) for s, e in spans if folded[s:e] in keys}
    assert ours == _brute_force(keys, folded)


def test_store_index_follows_imports(tmp_path) -> None:
    from datetime import UTC, datetime

    from signalwatch.store import Storage

    now = datetime(2026, 1, 1, tzinfo=UTC)
    storage = Storage(tmp_path / "sw.db")
    storage.upsert_accounts(ACCOUNTS, now=now)
    stored = Matcher(index=storage.name_index())
    spans = ["Atlassian rival Linear", "Dropbox", "Box", "OpenAI-backed Speak", "Notion",
             "Phoenix", "Farmers and Merchants", "n8n", "Lee's Famous Recipe® Chicken",
             "Acme Corp. (NASDAQ: ACME)", "ramp up"]
    for span in spans:  # the stored index decides exactly as the one in memory
        assert stored.resolve(subject=span) == M.resolve(subject=span), span
    assert stored.resolve(text="see https://ramp.com/x", subject="it").account_id == "ramp"
    assert stored.resolve(account_id="atl").account_id == "atl"
    assert stored.resolve(account_id="nobody") is None

    # a rename takes the old name away and gives the new one, without a rebuild
    storage.upsert_accounts([Account("atl", "Atlas Nine", aliases=("Nimbus Systems",))], now=now)
    stored = Matcher(index=storage.name_index())
    assert stored.resolve(subject="Atlassian") is None
    assert stored.resolve(subject="Atlas Nine").account_id == "atl"
    assert stored.resolve(subject="Nimbus").account_id == "atl"  # brand word dropped
    # a second account with the same name makes it ambiguous: dropped under the floor
    storage.upsert_accounts([Account("atl2", "Atlas Nine")], now=now)
    match = Matcher(index=storage.name_index()).resolve(subject="Atlas Nine")
    assert match is not None and match.confidence < 0.8 and "ambiguous" in match.reason

    # keys made by another version of the rules are made again on first use
    storage.db.conn.execute("DELETE FROM account_keys")
    storage.set_meta("match.keys_version", "0:old")
    assert Matcher(index=storage.name_index()).resolve(subject="Dropbox").account_id == "dbx"
    assert storage.get_meta("match.keys_version") != "0:old"
    storage.close()


def test_names_with_initials_are_found_as_headlines_write_them() -> None:
    """"J.S. Held", "A.P. Moller", "St. Lucie Bank": a word before the last ends in a dot;
    its key drops the dot but a headline keeps it, so the index has both forms."""
    for name, text in (("J.S. Held", "J.S. Held Appoints Jane Roe as CIPO"),
                       ("A.P. Moller", "A.P. Moller - Maersk raises guidance"),
                       ("St. Lucie Bank", "St. Lucie Bank opens a branch")):
        matcher = Matcher([Account("a", name)])
        assert [text[s:e] for s, e, _ in matcher.mentions(text)] == [name], name
        assert matcher.resolve(subject=name).account_id == "a"
    # a name without such a word keeps its one key
    from signalwatch.match import name_keys
    assert list(name_keys("Acme Inc.")) == ["acme"]


def test_a_domains_owners_are_asked_of_the_index_once_per_matcher():
    """Every item of a feed links to the publisher's host: the index (a query on the store)
    is asked once per pass, and the answer is the same as asking each time."""
    from signalwatch.match import MemoryIndex

    asked: list[str] = []

    class Counting(MemoryIndex):
        def domain_owners(self, domain):
            asked.append(domain)
            return super().domain_owners(domain)

    matcher = Matcher(index=Counting(ACCOUNTS))
    for n in range(5):
        got = matcher.resolve(subject="A stealth startup", urls=[f"https://box.com/p/{n}"])
        assert (got.account_id, got.reason) == ("box", "domain box.com")
        assert matcher.resolve(subject="Someone", urls=[f"https://news-site.com/{n}"]) is None
    assert sorted(asked) == ["box.com", "news-site.com"]


def _fold_spaces_by_character(text: str) -> tuple[str, list[int]]:
    """fold_spaces as first written, a character at a time: the reference."""
    import html

    from signalwatch.match import fold

    out: list[str] = []
    where: list[int] = []
    for i, c in enumerate(fold(html.unescape(text)) if "&" in text and ";" in text
                          else fold(text)):
        if c == " " and out and out[-1] == " ":
            continue
        out.append(c)
        where.append(i)
    return "".join(out), where


@given(st.lists(st.sampled_from([*"ab ,.-&;®éA1\u0308\t", "&amp;", "  ", "Ficus"]),
                max_size=40).map("".join))
def test_fold_spaces_run_by_run_is_the_character_by_character_reading(text: str) -> None:
    from signalwatch.match import fold_spaces

    assert fold_spaces(text) == _fold_spaces_by_character(text)


def test_a_short_name_in_capitals_is_that_acronym_only_as_written() -> None:
    """The CRM writes "AIR" (a weak name in capitals): "current Surf Air CEO" names no
    account; "AIR" written so, or a weak name the CRM writes in lower case, still matches."""
    m = Matcher([Account("air", "AIR"), Account("box", "Box")])
    assert m.resolve(subject="current Surf Air") is None
    assert m.resolve(subject="AIR").account_id == "air"
    assert m.resolve(subject="cloud rival Box").account_id == "box"
