"""Missed quarters and guidance cuts from earnings releases and 8-K filings (issue #13).

Unit cases are written for the test with made-up companies, one per class of statement;
three sentences are real (the shared press-release archive, CC0), marked as such."""

from __future__ import annotations

from datetime import timedelta

import pytest

from signalwatch.collect.filings import exhibit_link, parse_filings
from signalwatch.extract.earnings import (
    figures,
    is_results_release,
    read_results,
    relevant_passages,
    results_subject,
)
from signalwatch.extract.signals import signals_from_item
from signalwatch.match import Matcher
from signalwatch.stages.collect import collect
from signalwatch.stages.extract import extract_new_items
from signalwatch.types import Account, Item

from .conftest import DATA, NOW
from .test_collect import setup

FIX = DATA / "collect"


def types(text: str) -> set[str]:
    return {f.type for f in read_results(text)}


# -- reading the numbers ---------------------------------------------------------------


def test_figures_share_the_scale_of_a_range_and_keep_units_apart() -> None:
    got = [(f.low, f.high, f.percent) for f in figures(
        "revenue of $1.20 to $1.25 billion, growth of 8%-10%, EPS of $(0.25), in fiscal 2026, "
        "sales grew 12% to $310 million")]
    assert got == [(1.2e9, 1.25e9, False), (8, 10, True), (-0.25, -0.25, False),
                   (12, 12, True), (310e6, 310e6, False)]


@pytest.mark.parametrize("sentence", [
    "For fiscal 2027, Kestrel now expects revenue of $1.20 billion to $1.25 billion, compared "
    "with its prior outlook of $1.30 billion to $1.35 billion.",
    "The company updated its full-year revenue outlook to $2.0 billion to $2.1 billion, from "
    "$2.2 billion to $2.3 billion.",
    "Adjusted EPS is now expected to be $1.10 to $1.15, versus $1.20 to $1.30 previously.",
    "Previously the Company expected subscription growth of 18% to 20%; it now expects "
    "growth of 14% to 16%.",
    "Kestrel lowered its full-year revenue guidance, citing weaker demand in Europe.",
    "The Company is withdrawing its fiscal 2026 outlook given the uncertainty.",
    "Management reduced its annual bookings forecast.",
])
def test_a_lower_outlook_is_a_guidance_cut(sentence: str) -> None:
    assert types(sentence) == {"guidance_cut"}


@pytest.mark.parametrize("sentence", [
    # raised, kept, narrowed around the same midpoint
    "Kestrel raised its full-year revenue outlook to $2.4 billion to $2.5 billion, from $2.2 "
    "billion to $2.3 billion.",
    "The Company reaffirms its full-year guidance of revenue of $640 million to $670 million.",
    "Kestrel now expects revenue of $1.30 billion to $1.34 billion, compared with its prior "
    "outlook of $1.28 billion to $1.36 billion.",
    # a cost going down is good news
    "Operating expenses are now expected to be $400 million, down from $420 million "
    "previously.",
    "Kestrel lowered its full-year expense guidance.",
    # an outlook below last year's result is no revision of the outlook
    "Revenue for Q4 is expected to be $80 million to $85 million, compared with $90 million "
    "in the prior-year quarter.",
    "Full-year revenue is expected to be $1.5 billion, compared to $1.8 billion in 2025.",
])
def test_an_outlook_that_did_not_go_down_is_no_event(sentence: str) -> None:
    assert types(sentence) == set()


@pytest.mark.parametrize("sentence", [
    "Revenue was $310.2 million, compared with the Company's guidance of $320 million to "
    "$330 million.",
    "Third quarter revenue of $98 million came in below the low end of our guidance range.",
    "Bookings fell short of our expectations as deals slipped into the next quarter.",
    "Adjusted EPS of $0.12 missed analysts' estimates.",
    # real (press-release archive, reportable 2025-05-07, an analyst note on CVEO)
    "Revenue was slightly below expectations, with utilization lower in Canada.",
])
def test_a_result_below_its_target_is_a_missed_quarter(sentence: str) -> None:
    assert types(sentence) == {"missed_targets"}


@pytest.mark.parametrize("sentence", [
    "Revenue was $331 million, compared with the Company's guidance of $320 million to "
    "$330 million.",
    "Revenue was $325 million, compared with guidance of $320 million to $330 million.",
    "Operating expenses came in below our guidance.",
    "Net loss was lower than expected.",
    "Adjusted EBITDA was not below our expectations.",
    # real (press-release archive: newsdirect 2024-05-16, newmediawire 2025-06-09)
    "Stan Little, founder of Southern Airways, highlighted that Surf Air Mobility achieved "
    "many first-quarter goals and met or exceeded guidance.",
    "This too beat the Zacks Consensus estimate by 3.76%.",
    "CVEO reiterated FY25 guidance for revenue of $640M–$670M and Adj. EBITDA of $86M–96M.",
])
def test_results_at_or_above_target_are_no_event(sentence: str) -> None:
    assert types(sentence) == set()


def test_results_headlines() -> None:
    assert is_results_release("Kestrel Systems Reports Third Quarter 2026 Financial Results")
    assert is_results_release("Q3 Earnings: Kestrel Beats Topline Estimates")
    assert is_results_release("Kestrel Announces Fiscal 2026 First Quarter Results")
    assert not is_results_release("Kestrel to Report Third Quarter 2026 Results on Nov. 5")
    assert not is_results_release("Kestrel Announces Date of Third Quarter Earnings Call")
    assert results_subject("Kestrel Systems, Inc. Reports Q3 2026 Results") == \
        "Kestrel Systems, Inc."


def test_only_sentences_about_expectations_are_kept_of_a_long_release() -> None:
    text = ("Kestrel reported revenue of $100 million. " * 50
            + "Kestrel now expects revenue of $400 million, down from $420 million "
            "previously. " + "Safe harbor. " * 50)
    kept = relevant_passages(text)
    assert kept.startswith("Kestrel now expects") and len(kept) < 200
    assert types(kept) == {"guidance_cut"}


# -- news and press releases ------------------------------------------------------------


def _item(title: str, summary: str, *, type_: str = "entry", **data) -> Item:
    return Item(id=1, source="press", key="k", type=type_, title=title, url="https://x.io/a",
                summary=summary, published=NOW, updated=None, company=data.pop("company", None),
                data=data, first_seen=NOW, last_seen=NOW)


def test_an_earnings_release_in_a_feed_gives_its_company_a_financial_signal() -> None:
    matcher = Matcher([Account("k", "Kestrel Systems"), Account("o", "Orbit Labs")])
    item = _item("Kestrel Systems Reports Third Quarter 2026 Results",
                 "Kestrel Systems today announced results for its third quarter. Revenue was "
                 "$98 million, below the low end of its guidance. The company also lowered its "
                 "full-year revenue outlook. Orbit Labs, a customer, renewed its contract.")
    got = {(s.account_id, s.kind, s.attributes["type"])
           for s in signals_from_item(item, matcher, rates={}, floor=0.8, now=NOW)}
    assert got == {("k", "financial", "missed_targets"), ("k", "financial", "guidance_cut")}
    # a release that only beats says nothing
    beat = _item("Kestrel Systems Reports Third Quarter 2026 Results",
                 "Revenue of $120 million was above the high end of guidance.")
    assert signals_from_item(beat, matcher, rates={}, floor=0.8, now=NOW) == []


# -- 8-K filings -------------------------------------------------------------------------


def test_8k_entries_keep_results_and_restructuring_items_only() -> None:
    items = {i.company: i for i in parse_filings((FIX / "edgar_8k.atom").read_bytes())[0]}
    assert set(items) == {"Northwind Analytics, Inc.", "Bluefin Logistics Corp",
                          "Unrelated Mining Co"}
    assert items["Northwind Analytics, Inc."].data["items"] == ["2.02", "9.01"]
    assert items["Bluefin Logistics Corp"].data["items"] == ["2.05", "7.01", "9.01"]


def test_exhibit_link_stays_in_the_filings_folder() -> None:
    index = "https://www.sec.gov/Archives/edgar/data/1700001/000170000126000041/x-index.htm"
    got = exhibit_link((FIX / "edgar_8k_index.htm").read_bytes(), index)
    assert got == ("https://www.sec.gov/Archives/edgar/data/1700001/000170000126000041/"
                   "nwa-ex991.htm")
    outside = (b'<table summary="Document Format Files"><tr><td>1</td><td>x</td><td>'
               b'<a href="../../9999/000999/ex.htm">ex</a></td><td>EX-99.1</td></tr></table>')
    assert exhibit_link(outside, index) is None
    assert exhibit_link(b"<html>not an index</html>", index) is None


def test_8k_filings_end_to_end_on_loopback(tmp_path, server, storage) -> None:
    """The feed, the filing index and the exhibit served on 127.0.0.1: the account's
    missed quarter and lowered outlook, its restructuring; no request for the filing of a
    company that is no account."""
    from signalwatch.accounts import read_accounts

    folder = "/Archives/edgar/data/1700001/000170000126000041/"
    url = server.serve_file("/cgi-bin/browse-edgar", FIX / "edgar_8k.atom",
                            "application/atom+xml")
    server.serve_file(folder + "0001700001-26-000041-index.htm", FIX / "edgar_8k_index.htm",
                      "text/html")
    server.serve_file(folder + "nwa-ex991.htm", FIX / "edgar_8k_ex991.htm", "text/html")
    storage.upsert_accounts(read_accounts(
        "id,name,domain\nn1,Northwind Analytics,northwind.example\n"
        "b1,Bluefin Logistics,bluefin.example\n").accounts, now=NOW)
    config = setup(tmp_path, f'[[filing]]\nname = "eightk"\nurl = "{url}"\n'
                             'fetch_exhibits = true\nallow_private = true\n')
    assert collect(storage, config, now=NOW).new_items == 3
    extract_new_items(storage, config, now=NOW)
    got = {(s.account_id, s.attributes["type"]): s for s in storage.get_signals()}
    assert set(got) == {("n1", "missed_targets"), ("n1", "guidance_cut"), ("b1", "layoffs")}
    cut = got[("n1", "guidance_cut")]
    assert "$845.0 million to $850.0 million" in cut.attributes["detail"]
    assert cut.evidence[0].url.endswith("/nwa-ex991.htm")
    assert "prior outlook" in cut.evidence[0].sentence
    assert server.hits("/Archives/edgar/data/1700004/000170000426000003/"
                       "0001700004-26-000003-index.htm") == []
    # the next poll fetches nothing again
    collect(storage, config, now=NOW + timedelta(hours=1))
    assert len(server.hits(folder + "nwa-ex991.htm")) == 1


def test_bad_fetch_exhibits_value_names_the_key(tmp_path) -> None:
    from click.testing import CliRunner

    from signalwatch.cli import main

    config = setup(tmp_path, '[[filing]]\nname = "e"\nurl = "https://x.io/f"\n'
                             'fetch_exhibits = "yes"\n')
    result = CliRunner().invoke(main, ["--config", str(config.path), "sources"])
    assert result.exit_code == 2 and "filing[0].fetch_exhibits" in result.output


def test_an_unreadable_exhibit_leaves_the_filings(tmp_path, server, storage) -> None:
    """The index answers 500, then the exhibit is hostile markup: the filings are stored,
    the restructuring still found, the feed's poll a success."""
    from signalwatch.accounts import read_accounts

    from .httpserver import Response

    folder = "/Archives/edgar/data/1700001/000170000126000041/"
    url = server.serve_file("/cgi-bin/browse-edgar", FIX / "edgar_8k.atom",
                            "application/atom+xml")
    server.route(folder + "0001700001-26-000041-index.htm", Response(500, b"oops"))
    storage.upsert_accounts(read_accounts(
        "id,name,domain\nn1,Northwind Analytics,northwind.example\n"
        "b1,Bluefin Logistics,bluefin.example\n").accounts, now=NOW)
    config = setup(tmp_path, f'[[filing]]\nname = "eightk"\nurl = "{url}"\n'
                             'fetch_exhibits = true\nallow_private = true\n')
    (result,) = collect(storage, config, now=NOW).results
    assert result.status == "ok" and storage.count_items(source="eightk") == 3
    extract_new_items(storage, config, now=NOW)
    assert {(s.account_id, s.attributes["type"]) for s in storage.get_signals()} == {
        ("b1", "layoffs")}


def test_a_hostile_exhibit_is_read_within_bounds() -> None:
    """200,000 unclosed <div>s and a script: parsed (in a worker, like every body) to the
    passages that speak of guidance, without error."""
    from signalwatch.collect.parsing import parse_body

    body = b"<div>" * 200_000 + b"<script>guidance lowered</script><p>We now expect revenue" \
        b" of $10 million, down from $12 million previously.</p>"
    passages, _ = parse_body("exhibit", body, {}, "https://x.io/e.htm", None)
    assert passages == "We now expect revenue of $10 million, down from $12 million previously."
