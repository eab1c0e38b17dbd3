from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from signalwatch.match import Matcher, fold, normalise_name
from signalwatch.types import Account

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
    ],
)
def test_non_subjects_do_not_match(span) -> None:
    assert M.resolve_span(span) is None


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


@given(st.text(max_size=40))
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
