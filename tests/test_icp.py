from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from signalwatch.config import load_config
from signalwatch.exceptions import ConfigError
from signalwatch.icp import fit, parse_icps, tier_at_least
from signalwatch.types import Account

from .conftest import ROOT

ICPS = parse_icps(
    [
        {
            "name": "saas",
            "priority": 1,
            "must": [{"field": "industry", "in": ["Software"]},
                     {"field": "employees", "min": 50, "max": 200}],
            "prefer": [{"field": "tech", "any": ["Salesforce"], "weight": 3},
                       {"field": "country", "in": ["United States"], "weight": 1}],
            "disqualify": [{"field": "segment", "equals": "Competitor"}],
        },
        {
            "name": "any-software",
            "priority": 5,
            "must": [{"field": "industry", "contains": ["software"]}],
        },
    ],
    file="t.toml",
)


def acct(**kw) -> Account:
    base = {"id": "a", "name": "Acme", "industry": "Software", "employees": 120,
            "country": "United States", "tech": ("salesforce", "Slack")}
    base.update(kw)
    return Account(**base)


def test_full_fit_is_tier_a_with_reasons() -> None:
    r = fit(acct(), ICPS)
    assert (r.icp, r.score, r.tier) == ("saas", 100.0, "A")
    assert [(x.label, x.held, x.role) for x in r.reasons] == [
        ("industry is Software", True, "must"),
        ("employees 50-200", True, "must"),
        ("segment is Competitor", False, "disqualify"),
        ("tech has any of Salesforce", True, "prefer"),
        ("country is United States", True, "prefer"),
    ]


def test_weighted_preferences_make_the_score() -> None:
    r = fit(acct(country="Germany"), ICPS)
    assert (r.score, r.tier) == (75.0, "B")
    r = fit(acct(tech=()), ICPS)
    assert (r.score, r.tier) == (25.0, None)


def test_failing_must_falls_back_to_the_next_icp() -> None:
    r = fit(acct(employees=5000, industry="Enterprise Software"), ICPS)
    assert r.icp == "any-software"
    assert r.score == 100.0


def test_disqualifier_rules_out() -> None:
    r = fit(acct(custom={"Segment": "competitor"}), ICPS)
    assert r.icp == "any-software"
    assert any(x.role == "disqualify" and x.held for x in fit(
        acct(custom={"Segment": "competitor"}), ICPS[:1]).reasons)


def test_no_fit_keeps_the_closest_reasons() -> None:
    r = fit(acct(industry="Retail"), ICPS)
    assert (r.icp, r.tier) == (None, None)
    assert ("industry is Software", False, "must") in [(x.label, x.held, x.role)
                                                      for x in r.reasons]


def test_unknown_values_do_not_hold() -> None:
    r = fit(acct(employees=None), ICPS[:1])
    assert r.icp is None
    assert ("employees 50-200", "unknown") in [(x.label, x.detail) for x in r.reasons]


def test_best_priority_wins_over_higher_score() -> None:
    icps = parse_icps([
        {"name": "low", "priority": 9, "must": [{"field": "industry", "in": ["Software"]}]},
        {"name": "high", "priority": 1, "must": [{"field": "industry", "in": ["Software"]}],
         "prefer": [{"field": "country", "in": ["France"]}]},
    ], file="t.toml")
    assert fit(acct(), icps).icp == "high"


@pytest.mark.parametrize(
    ("table", "key", "message"),
    [
        ({"name": "x", "must": [{"field": "employees", "min": "fifty"}]},
         "icps[0].must[0].min", "expected a number"),
        ({"name": "x", "must": [{"field": "employees", "min": 9, "max": 1}]},
         "icps[0].must[0]", "min 9 is above max 1"),
        ({"name": "x", "prefer": [{"field": "tech"}]}, "icps[0].prefer[0]", "no condition"),
        ({"name": "x", "prefer": [{"field": "tech", "any": []}]},
         "icps[0].prefer[0].any", "non-empty list"),
        ({"name": "x", "must": [{"field": "tech", "anyof": ["a"]}]},
         "icps[0].must[0].anyof", "unknown key"),
        ({"name": "x", "tiers": {"A": 10, "B": 50}}, "icps[0].tiers", "A >= B >= C"),
        ({"name": "x", "colour": "red"}, "icps[0].colour", "unknown key"),
        ({"priority": 1}, "icps[0].name", "expected a name"),
        ({"name": "x", "prefer": [{"field": "tech", "any": ["a"], "weight": 0}]},
         "icps[0].prefer[0].weight", "above 0"),
    ],
)
def test_bad_icps_name_the_key(table, key, message) -> None:
    with pytest.raises(ConfigError) as e:
        parse_icps([table], file="t.toml")
    assert e.value.key == key
    assert message in str(e.value)
    assert str(e.value).startswith("t.toml")


def test_example_icps_read_like_their_descriptions() -> None:
    config = load_config(ROOT / "config" / "signalwatch.example.toml")
    saas = config.icps[0]
    assert "50-1,000 employees" in saas.description and "Salesforce" in saas.description
    ok = fit(acct(employees=150, revenue=3e7, tech=("Salesforce",)), config.icps)
    assert (ok.icp, ok.tier) == ("growth-saas", "A")
    gov = fit(acct(domain="agency.gov"), config.icps)
    assert gov.icp is None


@given(st.sampled_from(["A", "B", "C", None]), st.sampled_from(["A", "B", "C"]))
def test_tier_order(tier, floor) -> None:
    order = {"A": 0, "B": 1, "C": 2}
    expected = tier is not None and order[tier] <= order[floor]
    assert tier_at_least(tier, floor) == expected


@given(st.integers(min_value=0, max_value=10_000))
def test_score_is_bounded(employees: int) -> None:
    r = fit(acct(employees=employees), ICPS)
    assert 0 <= r.score <= 100
