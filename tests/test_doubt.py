"""The funding-headline doubt model (signalwatch/extract/doubt.py): a round read from a
headline whose words are those of headlines that were no round shows in digests, never
alerts on its own, and says which words weighed against it."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from signalwatch.extract.doubt import Model, doubt_of, funding_doubt, model, words
from signalwatch.extract.signals import merge_attributes, signals_from_item
from signalwatch.match import Matcher
from signalwatch.score import AccountState, ScoreSettings, decide, describe
from signalwatch.types import Account, Evidence, FitResult, Item, Signal

from .conftest import NOW

ROOT = Path(__file__).resolve().parent.parent


def test_words_read_money_tickers_and_numbers_as_kinds() -> None:
    assert words("Pelmora Corp. (NASDAQ: PLMR) Closes $5.5 Million Offering for 2 Sites") == [
        "pelmora", "corp", "<ticker>", "closes", "<money>", "offering", "for", "<num>", "sites"]
    assert words("Quintelo’s €12M round & more") == ["quintelo's", "<money>", "round", "more"]


def test_a_model_doubts_by_its_words_and_names_the_strongest_against() -> None:
    m = Model(bias=0.0, weights={"presale": -3.0, "token": -1.0, "series": 2.0}, threshold=0.2)
    doubt = funding_doubt("Zorblax Token Presale Raises $3M", m)
    assert doubt is not None and doubt.words == ("presale", "token")
    assert doubt.probability == pytest.approx(1 / (1 + 2.718281828 ** 4), rel=1e-6)
    assert funding_doubt("Zorblax Raises $3M Series A", m) is None
    assert funding_doubt("Zorblax Raises $3M", m) is None  # 0.5: no word against it


NO_ROUNDS = ["Zorblax Presale Raises $3 Million as Token Nears Launch",
             "Pelmora Corp. (NASDAQ: PLMR) Closes $5 Million Registered Direct Offering",
             "Zorblax Announces $3 Million Financing as Company Plans Drilling Program"]
ROUNDS = ["Quintelo Raises $12M Series A Led by Foo Ventures", "Foo Ventures Invests in Quintelo",
          "Quintelo lands $40M Series B to expand into Europe"]


def test_the_shipped_model_ranks_presales_and_offerings_under_plain_rounds() -> None:
    """Made-up headlines of the kinds the labels hold; which of them falls under the
    threshold moves as labels are added, the order should not."""
    m = model()
    assert max(map(m.probability, NO_ROUNDS)) < min(map(m.probability, ROUNDS))
    assert all(funding_doubt(t) is None for t in ROUNDS)
    assert funding_doubt(NO_ROUNDS[1]) is not None  # a listed company's offering


def test_the_shipped_model_is_the_one_its_labels_train() -> None:
    """The weights are not edited by hand: the training script, run on the labelled
    headlines, gives the shipped file byte for byte."""
    run = subprocess.run([sys.executable, "scripts/train_funding_doubt.py", "--check"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "shipped threshold" in run.stdout and model().threshold > 0


def _item(title: str) -> Item:
    return Item(id=1, source="press", key="1", type="entry", title=title, url=None,
                summary="", published=NOW, updated=None, company=None, data={},
                first_seen=NOW, last_seen=NOW)


def test_a_round_read_from_a_doubtful_headline_is_judged_unsure_when_decided() -> None:
    """Extraction reads the round as the rules do; the doubt is the decision's."""
    title = "Zorblax Announces $3 Million Financing as Company Plans Drilling Program"
    (found,) = signals_from_item(_item(title), Matcher([Account("z", "Zorblax")]),
                                 rates={"USD": 1.0}, floor=0.8, now=NOW)
    assert found.kind == "funding" and "doubt" not in found.attributes
    doubt = doubt_of(found.kind, found.attributes, found.evidence)
    assert doubt is not None and "drilling" in doubt["words"]
    assert 0 < doubt["probability"] < model().threshold
    # a plain headline, or a text's sentence, among the proofs clears it; a named stage
    # is not judged; nor is a rumour
    plain = Evidence(None, "Zorblax Raises $3M From Foo Ventures",
                     "Zorblax Raises $3M From Foo Ventures")
    said = Evidence(None, title, "Zorblax, a miner, closed a $3 million seed round.")
    assert doubt_of("funding", found.attributes, (*found.evidence, plain)) is None
    assert doubt_of("funding", found.attributes, (*found.evidence, said)) is None
    assert doubt_of("funding", {**found.attributes, "round": "seed"}, found.evidence) is None
    assert doubt_of("funding", {**found.attributes, "rumour": True}, found.evidence) is None
    assert doubt_of("leadership", found.attributes, found.evidence) is None


def test_a_doubtful_round_shows_in_digests_and_never_alerts_on_its_own() -> None:
    when = NOW - timedelta(hours=2)
    doubtful = Signal(7, "funding", "a", when, when, 0.95,
                      {"round": "seed", "amount": 3e6, "currency": "USD", "amount_usd": 3e6,
                       "investors": [], "doubt": {"probability": 0.04,
                                                  "words": ["presale", "token"]}},
                      (Evidence("https://x/", "t", "s"),), "k7", False)
    d = decide(account_name="A", fit=FitResult("a", None, 90.0, "A"), icp=None,
               new_signals=[doubtful], live_signals=[doubtful], state=AccountState(),
               settings=ScoreSettings(), now=NOW)
    assert d.action == "drop" and "digest only" in d.reason and '"presale"' in d.reason
    assert describe(doubtful).startswith("Unsure: Seed round")
    plain = replace(doubtful, attributes={k: v for k, v in doubtful.attributes.items()
                                          if k != "doubt"})
    assert decide(account_name="A", fit=FitResult("a", None, 90.0, "A"), icp=None,
                  new_signals=[plain], live_signals=[plain], state=AccountState(),
                  settings=ScoreSettings(), now=NOW).action == "alert"


def test_a_plain_report_of_the_same_round_clears_the_doubt() -> None:
    unsure = {"round": "seed", "amount": None, "investors": [],
              "doubt": {"probability": 0.04, "words": ["presale"]}}
    plain = {"round": "seed", "amount": 3e6, "investors": ["Foo Ventures"]}
    assert "doubt" not in merge_attributes("funding", unsure, plain)
    assert "doubt" not in merge_attributes("funding", plain, unsure)
    assert merge_attributes("funding", unsure, unsure)["doubt"] == unsure["doubt"]
