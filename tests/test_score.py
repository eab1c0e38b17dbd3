from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from signalwatch.icp import parse_icps
from signalwatch.score import (
    AccountState,
    ScoreSettings,
    decide,
    describe,
    intent,
    score_signal,
)
from signalwatch.types import Evidence, FitResult, Signal

from .conftest import NOW

ICP = parse_icps([{
    "name": "saas",
    "triggers": {
        "funding": {"rounds": ["series a", "series b"], "min_amount_usd": 5e6},
        "leadership": {"functions": ["sales", "revenue"], "seniority": ["c-level", "vp"],
                       "weight": 0.5},
    },
}], file="t.toml")[0]
SETTINGS = ScoreSettings()
FIT_A = FitResult("a", "saas", 90.0, "A")


def sig(i: int, kind: str, days_ago: float, history: bool = False, **attrs) -> Signal:
    when = NOW - timedelta(days=days_ago)
    return Signal(i, kind, "a", when, when, 0.9, attrs,
                  (Evidence("https://x/", "t", "s"),), f"k{i}", history)


def test_decay_is_linear_over_the_lifetime() -> None:
    fresh = score_signal(sig(1, "funding", 0, round="series a", amount_usd=1e7), ICP,
                         SETTINGS, NOW)
    half = score_signal(sig(2, "funding", 45, round="series a", amount_usd=1e7), ICP,
                        SETTINGS, NOW)
    dead = score_signal(sig(3, "funding", 91, round="series a", amount_usd=1e7), ICP,
                        SETTINGS, NOW)
    assert (fresh.weight, half.weight, dead.weight) == (1.0, 0.5, 0.0)


@pytest.mark.parametrize(
    ("signal", "counts"),
    [
        (sig(1, "funding", 1, round="series a", amount_usd=1e7), True),
        (sig(1, "funding", 1, round="seed", amount_usd=1e7), False),
        (sig(1, "funding", 1, round="series b", amount_usd=1e6), False),
        (sig(1, "leadership", 1, function="revenue", seniority="c-level"), True),
        (sig(1, "leadership", 1, function="engineering", seniority="c-level"), False),
        (sig(1, "hiring", 1, department="sales"), False),  # not in this ICP's triggers
    ],
)
def test_icp_triggers_filter(signal, counts) -> None:
    assert score_signal(signal, ICP, SETTINGS, NOW).qualifies is counts


def test_heat_stacks_into_tiers() -> None:
    funding = sig(1, "funding", 0, round="series a", amount_usd=1e7)
    lead = sig(2, "leadership", 0, function="sales", seniority="vp")
    assert intent([lead], ICP, SETTINGS, NOW).tier == "warm"
    both = intent([funding, lead], ICP, SETTINGS, NOW)
    assert (both.heat, both.tier) == (1.5, "hot")
    assert intent([], ICP, SETTINGS, NOW).tier is None


def _decide(new, *, fit=FIT_A, state=AccountState(), live=()):
    return decide(account_name="Acme", fit=fit, icp=ICP, new_signals=new, live_signals=live,
                  state=state, settings=SETTINGS, now=NOW)


def test_decisions() -> None:
    good = sig(1, "funding", 0.5, round="series a", amount_usd=2.5e7, investors=["X"])
    d = _decide([good])
    assert d.action == "alert" and d.why_now == (
        "Acme: Series A round of $25M led by X.")
    assert _decide([good], fit=FitResult("a", "saas", 30, "C")).action == "drop"
    assert _decide([good], fit=FitResult("a", None, 0, None)).reason.startswith("no ICP fit")
    assert _decide([sig(2, "funding", 0.5, True, round="series a", amount_usd=2.5e7)]
                   ).action == "drop"
    assert "backfill" in _decide([sig(3, "funding", 5, round="series a", amount_usd=2.5e7)]
                                 ).reason
    assert "muted" in _decide([good], state=AccountState(muted=True)).reason
    cooling = AccountState(last_alert_at=NOW - timedelta(days=2),
                           last_alert_kinds=frozenset({"funding"}))
    assert _decide([good], state=cooling).action == "hold"
    lead = sig(4, "leadership", 0.1, function="revenue", seniority="c-level",
               person="Jane Doe", title="CRO", change="joined")
    assert _decide([lead], state=cooling).action == "alert"
    assert _decide([good], state=AccountState(last_alert_at=NOW - timedelta(days=8),
                                              last_alert_kinds=frozenset({"funding"}))
                   ).action == "alert"


def test_describe() -> None:
    # a departure whose headline names no one is not "A new executive left"
    assert describe(sig(1, "leadership", 0, person=None, title="CEO", change="departed")
                    ) == "The CEO left"
    assert describe(sig(1, "leadership", 0, person="Jane Doe", title="CRO", change="joined")
                    ) == "Jane Doe joined as CRO"
    assert describe(sig(1, "hiring", 0, type="senior", title="VP Sales", department="sales")
                    ) == "New senior opening: VP Sales (Sales)"
    # a rate said in words, not "usually 0.5"
    assert describe(sig(1, "hiring", 0, type="surge", department="security", recent=4,
                        baseline=0.5, openings=6, window_days=21)) == (
        "Security hiring surge: 4 new postings in the last 3 weeks (fewer than one on "
        "average in the same time before), 6 open")


@given(st.floats(min_value=0, max_value=200), st.sampled_from(["funding", "leadership",
                                                                "hiring"]))
def test_weight_is_bounded_and_decreasing(days: float, kind: str) -> None:
    s1 = score_signal(sig(1, kind, days), None, SETTINGS, NOW)
    s2 = score_signal(sig(1, kind, days + 1), None, SETTINGS, NOW)
    assert 0 <= s2.weight <= s1.weight <= SETTINGS.weights[kind]


def test_one_kind_stacks_only_so_far() -> None:
    many = [sig(i, "hiring", 0, department="sales") for i in range(10)]
    heat = intent(many, None, SETTINGS, NOW)
    assert heat.heat == 0.9  # 1.5 x hiring's weight 0.6, not 6.0


def test_a_rumour_never_alerts_on_its_own() -> None:
    """Issue #13: "..., sources say" was alerted as funding; a rumour shows in digests only."""
    from dataclasses import replace

    rumour = replace(sig(5, "funding", 0.2, round="series a", amount_usd=2.5e7, investors=[],
                         rumour=True), confidence=0.45)
    d = _decide([rumour])
    assert d.action == "drop" and "rumour" in d.reason and "digest only" in d.reason
    assert describe(rumour).startswith("Rumoured: Series A round")
    # beside a real signal it does not alert either, and counts half in heat
    lead = sig(6, "leadership", 0.1, function="revenue", seniority="c-level",
               person="Jane Doe", title="CRO", change="joined")
    both = _decide([rumour, lead])
    assert both.action == "alert" and both.signal_ids == (6,)
    real = replace(rumour, attributes={**rumour.attributes, "rumour": False}, confidence=0.9)
    heat = {s.signal.id: s.weight for s in both.intent.scores}
    assert 0 < heat[5] < _decide([real, lead]).intent.scores[0].weight
