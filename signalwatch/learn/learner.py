"""The living ICP learner (pure): what won deals and best customers share, what losses and
churn share, which trigger events came before wins; a proposal in the ICP vocabulary; a
backtest on time. Takes data and ``now``; no I/O.

    closed deals (won: 24 months, lost: 12) -> per account (won, closed)
      -> traits (industry, size and revenue ranges, country, each tool, small custom fields)
      -> triggers (stored signals in a window before each deal's create date)
      -> clustered rates, intervals, p-values -> Benjamini-Hochberg -> verdicts
      -> proposal (must / prefer / disqualify / triggers) -> backtest (AUC, tiers)

A trait or trigger gets a verdict only when its difference from the other deals holds
after the false discovery rate control, and is large enough to matter (lift beyond
``min_lift``); otherwise ``none``, with its numbers still shown. On flat data the learner
proposes nothing.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from datetime import datetime, timedelta
from typing import Any

from ..deals import DealData
from ..icp import fit
from ..types import ICP, Account, Criterion, withheld
from .stats import (
    ClusteredRate,
    auc,
    benjamini_hochberg,
    clustered_rate,
    difference_p_value,
    nice_number,
    two_proportion_p_value,
    wilson,
)

#: Account fields that are never traits: identity, ownership and outcomes themselves.
NOT_TRAITS = frozenset(("id", "name", "domain", "aliases", "owner", "ats", "arr",
                        "customer_since", "churned_at"))
TIERS = ("A", "B", "C")

Signal = tuple[str, str, datetime, Mapping[str, Any]]  # account_id, kind, occurred, attrs


@dataclass(frozen=True)
class LearnSettings:
    #: Closed-won deals considered (months back from now).
    won_months: int = 24
    #: Closed-lost deals considered.
    lost_months: int = 12
    #: A signal counts as a deal's trigger when it occurred this many days before the
    #: deal's create date (or on it).
    window_days: int = 120
    #: False discovery rate (Benjamini-Hochberg).
    fdr: float = 0.05
    #: Smallest effect that earns a verdict: lift above this (or below its inverse).
    min_lift: float = 1.15
    #: Fewest accounts with closed deals a group (and its complement) needs to be tested.
    min_accounts: int = 5
    #: Share of won accounts a winning trait must cover to be a must-have.
    must_coverage: float = 0.9
    #: A disqualifier's whole interval must lie below this share of the base win rate (a
    #: group that merely wins a little less is not ruled out); for churn, the interval must
    #: lie above the base churn rate times its inverse.
    disqualify_ratio: float = 0.6
    #: Top customers: this share of retained customers by ARR.
    top_share: float = 0.2
    #: Custom fields with at most this many distinct values are traits.
    max_categories: int = 12
    #: Quantile bins of employees and revenue (ranges are contiguous unions of them).
    bins: int = 5


@dataclass(frozen=True)
class Trait:
    field: str
    value: str
    #: The accounts that have it.
    test: Callable[[Account], bool] = dc_field(repr=False, compare=False)
    min: float | None = None
    max: float | None = None

    def criterion(self, weight: float = 1.0) -> Criterion:
        if self.min is not None or self.max is not None:
            return Criterion(self.field, "range", (self.min, self.max), weight)
        if self.field == "tech":
            return Criterion("tech", "any", (self.value,), weight)
        return Criterion(self.field, "in", (self.value,), weight)


@dataclass
class Finding:
    """One trait or trigger with its numbers and verdict."""

    kind: str  # trait | trigger | churn
    field: str
    value: str
    rate: ClusteredRate
    base: float
    p_value: float
    q_value: float = 1.0
    verdict: str = "none"
    #: Share of won accounts (traits) or won deals (triggers) that have it.
    coverage: float = 0.0
    min: float | None = None
    max: float | None = None
    trait: Trait | None = None
    note: str = ""

    @property
    def lift(self) -> float | None:
        return self.rate.rate / self.base if self.base > 0 and self.rate.deals else None

    def as_json(self, window_days: int) -> dict[str, Any]:
        row: dict[str, Any] = {
            "won": self.rate.won, "lost": self.rate.lost, "accounts": self.rate.accounts,
            "win_rate": round(self.rate.rate, 4),
            "lift": None if self.lift is None else round(self.lift, 3),
            "low": round(self.rate.low, 4), "high": round(self.rate.high, 4),
            "p_value": round(self.p_value, 6), "q_value": round(self.q_value, 6),
            "coverage": round(self.coverage, 4), "verdict": self.verdict,
        }
        if self.kind == "trigger":
            return {"kind": self.field, "detail": self.value, "window_days": window_days,
                    **row}
        out = {"field": self.field, "value": self.value, "min": self.min, "max": self.max,
               **row}
        if self.kind == "churn":
            out["source"] = "churn"
        if self.note:
            out["note"] = self.note
        return out


@dataclass
class LearnResult:
    now: datetime
    settings: LearnSettings
    won: int
    lost: int
    accounts: int
    base: ClusteredRate
    traits: list[Finding]
    triggers: list[Finding]
    churn: list[Finding]
    loss_reasons: list[tuple[str, int]]
    customers: dict[str, Any]
    proposal: list[ICP]
    backtest: dict[str, Any] | None = None
    priorities: list[dict[str, Any]] = dc_field(default_factory=list)

    @property
    def proposes_change(self) -> bool:
        return any(f.verdict != "none" for f in (*self.traits, *self.triggers, *self.churn))

    def as_json(self) -> dict[str, Any]:
        w = self.settings.window_days
        return {
            "closed": {"won": self.won, "lost": self.lost, "accounts": self.accounts},
            "base_win_rate": round(self.base.rate, 4),
            "base_low": round(self.base.low, 4), "base_high": round(self.base.high, 4),
            "windows": {"won_months": self.settings.won_months,
                        "lost_months": self.settings.lost_months, "trigger_days": w},
            "fdr": self.settings.fdr,
            "traits": [f.as_json(w) for f in self.traits],
            "triggers": [f.as_json(w) for f in self.triggers],
            # Churn by trait among customers: won/lost here are churned/stayed customers.
            "churn": [f.as_json(w) for f in self.churn],
            "loss_reasons": [{"reason": r, "deals": n} for r, n in self.loss_reasons],
            "customers": self.customers,
            "priorities": self.priorities,
            "backtest": self.backtest,
            "proposal": [icp_to_table(i) for i in self.proposal],
            "proposes_change": self.proposes_change,
        }


# -- traits -------------------------------------------------------------------------------


def _ranges(values: Sequence[float], bins: int) -> list[tuple[float | None, float | None]]:
    """Contiguous unions of quantile bins, with readable cut points ([min, max) each)."""
    ordered = sorted(values)
    if len(ordered) < bins * 2:
        return []
    cuts = sorted({nice_number(ordered[int(len(ordered) * i / bins)]) for i in range(1, bins)})
    cuts = [c for c in cuts if c > 0]
    edges: list[float | None] = [None, *cuts, None]
    out = []
    for i in range(len(edges) - 1):
        for j in range(i + 1, len(edges)):
            if i == 0 and j == len(edges) - 1:
                continue  # everything: not a trait
            out.append((edges[i], edges[j]))
    return out


def _in_range(value: float | None, low: float | None, high: float | None) -> bool:
    # Criteria ranges are inclusive at both ends; learned ranges are [min, max): use a
    # max just under the next cut so the two agree.
    return value is not None and (low is None or value >= low) and (high is None
                                                                     or value < high)


def find_traits(accounts: Sequence[Account], settings: LearnSettings) -> list[Trait]:
    traits: list[Trait] = []

    def category(fld: str, get: Callable[[Account], str | None]) -> None:
        values = sorted({v for a in accounts if (v := get(a))})
        for v in values:
            traits.append(Trait(fld, v, _equals(get, v)))

    category("industry", _attr("industry"))
    category("country", _attr("country"))
    tools = sorted({t for a in accounts for t in a.tech})
    for t in tools:
        traits.append(Trait("tech", t, _has_tool(t)))
    custom_values: dict[str, set[str]] = {}
    for a in accounts:
        for k, v in a.custom.items():
            if k.lower() not in NOT_TRAITS:
                custom_values.setdefault(k, set()).add(v)
    for k, vals in sorted(custom_values.items()):
        if 1 < len(vals) <= settings.max_categories:
            category(k, _custom(k))
    for fld in ("employees", "revenue"):
        values = [float(v) for a in accounts if (v := getattr(a, fld)) is not None]
        for low, high in _ranges(values, settings.bins):
            label = (f"{_short(low)}-{_short(high)}" if low is not None and high is not None
                     else f"under {_short(high)}" if low is None else f"{_short(low)}+")
            traits.append(Trait(fld, label, _within(fld, low, high), low, high))
    return traits


def _attr(name: str) -> Callable[[Account], str | None]:
    return lambda a: getattr(a, name)


def _equals(get: Callable[[Account], str | None], value: str) -> Callable[[Account], bool]:
    return lambda a: get(a) == value


def _has_tool(tool: str) -> Callable[[Account], bool]:
    return lambda a: tool in a.tech


def _custom(key: str) -> Callable[[Account], str | None]:
    return lambda a: a.custom.get(key)


def _within(fld: str, low: float | None, high: float | None) -> Callable[[Account], bool]:
    return lambda a: _in_range(getattr(a, fld), low, high)


def _short(value: float | None) -> str:
    if value is None:
        return ""
    for unit, size in (("B", 1e9), ("M", 1e6), ("k", 1e3)):
        if value >= size:
            return f"{value / size:g}{unit}"
    return f"{value:g}"


# -- triggers -------------------------------------------------------------------------------


def trigger_keys(kind: str, attrs: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The (kind, detail) features a signal gives: the kind alone and its details."""
    keys = [(kind, "any")]
    if kind == "funding" and attrs.get("round"):
        keys.append((kind, str(attrs["round"])))
    elif kind == "leadership":
        fn, level = attrs.get("function"), attrs.get("seniority")
        change = attrs.get("change") or "joined"
        if fn:
            keys.append((kind, f"{fn} ({change})"))
        if fn and level:
            keys.append((kind, f"{level} {fn} ({change})"))
    elif kind == "hiring" and attrs.get("department"):
        keys.append((kind, str(attrs["department"])))
    elif kind in ("strategic", "financial") and attrs.get("type"):
        keys.append((kind, str(attrs["type"])))
    elif kind == "technographic" and attrs.get("tool"):
        keys.append((kind, f"{attrs['tool']} ({attrs.get('change') or 'uses'})"))
    return keys


# -- the learner ------------------------------------------------------------------------------


def closed_deals(deals: Iterable[DealData], now: datetime, settings: LearnSettings
                 ) -> list[DealData]:
    won_since = now - timedelta(days=round(settings.won_months * 30.44))
    lost_since = now - timedelta(days=round(settings.lost_months * 30.44))
    out = []
    for d in deals:
        closed = d.closed_at or d.created_at
        if closed > now:
            continue
        if (d.outcome == "won" and closed >= won_since) or (d.outcome == "lost"
                                                            and closed >= lost_since):
            out.append(d)
    return out


def _rate_for(pairs: Mapping[str, list[int]], members: Iterable[str]) -> ClusteredRate:
    return clustered_rate((pairs[a][0], pairs[a][1]) for a in members if a in pairs)


def learn(accounts: Sequence[Account], deals: Sequence[DealData], signals: Sequence[Signal],
          icps: Sequence[ICP], *, now: datetime, settings: LearnSettings | None = None,
          backtest: bool = True, split: datetime | None = None,
          name: str | None = None) -> LearnResult:
    """Learn from closed deals (see the module docstring)."""
    settings = settings or LearnSettings()
    by_id = {a.id: a for a in accounts}
    closed = [d for d in closed_deals(deals, now, settings) if d.account_id in by_id]
    pairs: dict[str, list[int]] = {}
    for d in closed:
        pair = pairs.setdefault(d.account_id, [0, 0])
        pair[0] += d.outcome == "won"
        pair[1] += 1
    base = _rate_for(pairs, pairs)
    involved = [by_id[a] for a in pairs]
    won_accounts = {a for a, (w, _n) in pairs.items() if w}
    findings: list[Finding] = []
    for trait in find_traits(involved, settings):
        members = {a.id for a in involved if trait.test(a)}
        rest = set(pairs) - members
        if len(members) < settings.min_accounts or len(rest) < settings.min_accounts:
            continue
        rate, other = _rate_for(pairs, members), _rate_for(pairs, rest)
        findings.append(Finding(
            "trait", trait.field, trait.value, rate, base.rate,
            difference_p_value(rate, other),
            coverage=len(members & won_accounts) / len(won_accounts) if won_accounts else 0,
            min=trait.min, max=trait.max, trait=trait))

    # Triggers: signals in the window before each deal's creation.
    by_account: dict[str, list[tuple[datetime, str, Mapping[str, Any]]]] = {}
    for account_id, kind, when, attrs in signals:
        # (a rumour, or a reading the doubt models judge unsure, is no event known to have
        # happened: it alerts on no one's behalf and it triggers no one's deal)
        if account_id in pairs and not withheld(attrs):
            by_account.setdefault(account_id, []).append((when, kind, attrs))
    for items in by_account.values():
        items.sort(key=lambda x: x[0])
    window = timedelta(days=settings.window_days)
    deal_keys: list[set[tuple[str, str]]] = []
    for d in closed:
        items = by_account.get(d.account_id, [])
        times = [t for t, _k, _a in items]
        lo = bisect.bisect_left(times, d.created_at - window)
        hi = bisect.bisect_right(times, d.created_at)
        keys: set[tuple[str, str]] = set()
        for _t, kind, attrs in items[lo:hi]:
            keys.update(trigger_keys(kind, attrs))
        deal_keys.append(keys)
    all_keys = sorted({k for keys in deal_keys for k in keys})
    won_deals = sum(d.outcome == "won" for d in closed)
    for key in all_keys:
        with_pairs: dict[str, list[int]] = {}
        without_pairs: dict[str, list[int]] = {}
        for d, keys in zip(closed, deal_keys, strict=True):
            target = with_pairs if key in keys else without_pairs
            pair = target.setdefault(d.account_id, [0, 0])
            pair[0] += d.outcome == "won"
            pair[1] += 1
        if len(with_pairs) < settings.min_accounts or len(without_pairs) < settings.min_accounts:
            continue
        rate = clustered_rate((w, n) for w, n in with_pairs.values())
        other = clustered_rate((w, n) for w, n in without_pairs.values())
        findings.append(Finding("trigger", key[0], key[1], rate, base.rate,
                                difference_p_value(rate, other),
                                coverage=rate.won / won_deals if won_deals else 0))

    # Customers: top by ARR among retained, and churn by trait.
    customers = [a for a in accounts if a.customer_since is not None]
    retained = sorted((a for a in customers if a.churned_at is None and a.arr is not None),
                      key=lambda a: a.arr or 0, reverse=True)
    top = retained[: max(1, math.ceil(len(retained) * settings.top_share))] if retained else []
    churned = [a for a in customers if a.churned_at is not None]
    churn_findings: list[Finding] = []
    top_shares: list[dict[str, Any]] = []
    if customers:
        churn_base = len(churned) / len(customers)
        for trait in find_traits(customers, settings):
            has = [a for a in customers if trait.test(a)]
            hasnt = len(customers) - len(has)
            if len(has) < settings.min_accounts or hasnt < settings.min_accounts:
                continue
            c_with = sum(1 for a in has if a.churned_at is not None)
            c_without = len(churned) - c_with
            low, high = wilson(c_with, len(has))
            rate = ClusteredRate(c_with, len(has) - c_with, len(has), c_with / len(has),
                                 0.0, low, high)
            churn_findings.append(Finding(
                "churn", trait.field, trait.value, rate, churn_base,
                two_proportion_p_value(c_with, len(has), c_without, hasnt),
                min=trait.min, max=trait.max, trait=trait,
                note="win_rate here is the churn rate of customers with this trait"))
            if top:
                in_top = sum(1 for a in top if trait.test(a))
                top_low, top_high = wilson(in_top, len(top))
                top_shares.append({"field": trait.field, "value": trait.value,
                                   "top": in_top, "top_customers": len(top),
                                   "share_top": round(in_top / len(top), 4),
                                   "share_all": round(len(has) / len(customers), 4),
                                   "low": round(top_low, 4), "high": round(top_high, 4)})

    # One family of tests: every verdict-bearing p-value is adjusted together.
    family = findings + churn_findings
    for f, q in zip(family, benjamini_hochberg([f.p_value for f in family]), strict=True):
        f.q_value = q
    for f in findings:
        lift = f.lift or 0
        if f.q_value > settings.fdr:
            continue
        if f.kind == "trigger":
            if lift >= settings.min_lift:
                f.verdict = "trigger"
        elif lift >= settings.min_lift:
            f.verdict = "must" if f.coverage >= settings.must_coverage else "prefer"
        elif lift and lift <= 1 / settings.min_lift:
            if f.rate.high <= f.base * settings.disqualify_ratio:
                f.verdict = "disqualify"
            else:
                f.note = "wins less often, but not rarely enough to rule accounts out"
    for f in churn_findings:
        if f.q_value <= settings.fdr and f.base > 0 and \
                f.rate.low >= f.base / settings.disqualify_ratio:
            f.verdict = "disqualify"
    _keep_widest_ranges(findings)

    reasons: dict[str, int] = {}
    for d in closed:
        if d.outcome == "lost":
            reason = (d.lost_reason or "(no reason given)").strip()
            reasons[reason] = reasons.get(reason, 0) + 1
    loss_reasons = sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
    for f in findings:
        if f.verdict == "disqualify" and f.trait is not None:
            lost_here: dict[str, int] = {}
            for d in closed:
                if d.outcome == "lost" and f.trait.test(by_id[d.account_id]) and d.lost_reason:
                    lost_here[d.lost_reason] = lost_here.get(d.lost_reason, 0) + 1
            if lost_here:
                top_reason = max(lost_here.items(), key=lambda kv: kv[1])
                f.note = f"most common loss reason: {top_reason[0]} ({top_reason[1]})"

    traits = sorted((f for f in findings if f.kind == "trait"),
                    key=lambda f: (f.verdict == "none", f.q_value, f.field, f.value))
    triggers = sorted((f for f in findings if f.kind == "trigger"),
                      key=lambda f: (f.verdict == "none", f.q_value, f.field, f.value))
    churn_findings.sort(key=lambda f: (f.verdict == "none", f.q_value))
    proposal = propose(icps, traits, triggers, churn_findings, name=name)
    result = LearnResult(
        now=now, settings=settings, won=base.won, lost=base.lost, accounts=len(pairs),
        base=base, traits=traits, triggers=triggers, churn=churn_findings,
        loss_reasons=loss_reasons[:10],
        customers={"customers": len(customers), "retained": len(retained),
                   "churned": len(churned), "top": len(top),
                   "top_share": settings.top_share,
                   "traits_of_top": sorted(top_shares, key=lambda r: -r["share_top"])[:15]},
        proposal=proposal)
    result.priorities = icp_priorities(icps, accounts, closed)
    if backtest:
        result.backtest = run_backtest(accounts, deals, signals, icps, now=now,
                                       settings=settings, split=split, name=name)
    return result


def _keep_widest_ranges(findings: list[Finding]) -> None:
    """Of overlapping numeric ranges with the same verdict, keep the widest (one criterion
    per field and direction), the others back to ``none`` with a note."""
    for fld in ("employees", "revenue"):
        for verdict in ("must", "prefer", "disqualify"):
            chosen = [f for f in findings if f.kind == "trait" and f.field == fld
                      and f.verdict == verdict]
            if len(chosen) < 2:
                continue
            best = max(chosen, key=lambda f: (f.rate.deals, -f.q_value))
            for f in chosen:
                if f is not best:
                    f.verdict = "none"
                    f.note = f"inside {best.field} {best.value}, kept instead"


# -- the proposal ----------------------------------------------------------------------------


def propose(icps: Sequence[ICP], traits: Sequence[Finding], triggers: Sequence[Finding],
            churn: Sequence[Finding], *, name: str | None = None) -> list[ICP]:
    """The current ICPs with the first (best-priority, or ``name``) rebuilt from the
    evidence; unchanged when nothing earned a verdict."""
    must = [f for f in traits if f.verdict == "must" and f.trait]
    prefer = [f for f in traits if f.verdict == "prefer" and f.trait]
    disq = [f for f in (*traits, *churn) if f.verdict == "disqualify" and f.trait]
    trig = [f for f in triggers if f.verdict == "trigger"]
    ordered = sorted(icps, key=lambda i: i.priority)
    target = next((i for i in ordered if i.name == name), ordered[0] if ordered else None)
    if not (must or prefer or disq or trig):
        return list(icps)
    base = target or ICP(name=name or "learned", priority=1)

    def weight(f: Finding) -> float:
        return float(max(1, min(3, round(math.log2(max(f.lift or 1, 1.0)) * 2) or 1)))

    def merged(findings: Sequence[Finding], w: bool) -> tuple[Criterion, ...]:
        # Several values of one categorical field become one "in" / "any" criterion.
        out: list[Criterion] = []
        groups: dict[str, list[Finding]] = {}
        for f in findings:
            if f.min is not None or f.max is not None:
                assert f.trait is not None
                high = f.max - 1e-9 if f.max is not None else None
                c = f.trait.criterion(weight(f) if w else 1.0)
                out.append(replace(c, value=(f.min, high), label=f"{f.field} {f.value}"))
            else:
                groups.setdefault(f.field, []).append(f)
        for fld, fs in groups.items():
            values = tuple(sorted({f.value for f in fs}))
            op = "any" if fld == "tech" else "in"
            out.append(Criterion(fld, op, values, max(weight(f) for f in fs) if w else 1.0))
        return tuple(out)

    triggers_table: dict[str, dict[str, Any]] = {}
    for f in trig:
        entry = triggers_table.setdefault(f.field, {"weight": round(min(3.0, f.lift or 1), 2)})
        detail = f.value
        if f.field == "funding" and detail != "any":
            entry.setdefault("rounds", []).append(detail)
        elif f.field == "leadership" and detail != "any":
            fn = detail.split(" (")[0].split()[-1]
            entry.setdefault("functions", [])
            if fn not in entry["functions"]:
                entry["functions"].append(fn)
            if " " in detail.split(" (")[0]:
                level = detail.split(" (")[0].split()[0]
                entry.setdefault("seniority", [])
                if level not in entry["seniority"]:
                    entry["seniority"].append(level)
        elif f.field == "hiring" and detail != "any":
            entry.setdefault("departments", []).append(detail)
    triggers_table = {k: v for k, v in triggers_table.items()
                      if k in ("funding", "leadership", "hiring")}
    learned = replace(
        base,
        description=base.description if base.description.endswith("(learned)")
        else (base.description + " (learned)").strip() if base.description
        else "learned from won and lost deals",
        must=merged(must, False) or base.must,
        prefer=merged(prefer, True) or base.prefer,
        # Hand-written disqualifiers are kept (the data rarely has enough of them to test);
        # learned ones are added.
        disqualify=tuple(dict.fromkeys((*base.disqualify, *merged(disq, False)))),
        triggers=triggers_table or {k: dict(v) for k, v in base.triggers.items()},
    )
    return [learned if i is target else i for i in icps] if target else [learned, *icps]


# -- ICP tables (the config's vocabulary) -------------------------------------------------------


def criterion_to_table(c: Criterion, *, with_weight: bool) -> dict[str, Any]:
    table: dict[str, Any] = {"field": c.field}
    if c.op == "range":
        low, high = c.value
        if low is not None:
            table["min"] = low
        if high is not None:
            table["max"] = high
    else:
        table[c.op] = list(c.value)
    if with_weight and c.weight != 1.0:
        table["weight"] = c.weight
    if c.label:
        table["label"] = c.label
    return table


def icp_to_table(icp: ICP) -> dict[str, Any]:
    """An ICP as the ``[[icps]]`` table it parses from."""
    table: dict[str, Any] = {"name": icp.name, "priority": icp.priority}
    if icp.description:
        table["description"] = icp.description
    for role in ("must", "prefer", "disqualify"):
        criteria = getattr(icp, role)
        if criteria:
            table[role] = [criterion_to_table(c, with_weight=role == "prefer")
                           for c in criteria]
    table["tiers"] = dict(icp.tiers)
    if icp.triggers:
        table["triggers"] = {k: dict(v) for k, v in icp.triggers.items()}
    if icp.channel:
        table["channel"] = icp.channel
    return table


# -- backtest and priorities ----------------------------------------------------------------------


def _score(account: Account, icps: Sequence[ICP]) -> tuple[float, str | None]:
    """A deal's score under a set of ICPs: the fit score when it fits, else below every
    fitting account (a disqualified or non-fitting account is ranked last)."""
    if not icps:
        return 0.0, None
    result = fit(account, icps)
    if result.tier is None and result.icp is None:
        return -1.0, None
    return result.score, result.tier


def _tier_table(rows: list[tuple[str | None, bool]]) -> dict[str, dict[str, Any]]:
    out = {}
    for tier in (*TIERS, None):
        won = sum(1 for t, w in rows if t == tier and w)
        n = sum(1 for t, _w in rows if t == tier)
        low, high = wilson(won, n)
        out[tier or "none"] = {"deals": n, "won": won,
                               "win_rate": round(won / n, 4) if n else None,
                               "low": round(low, 4), "high": round(high, 4)}
    return out


def run_backtest(accounts: Sequence[Account], deals: Sequence[DealData],
                 signals: Sequence[Signal], icps: Sequence[ICP], *, now: datetime,
                 settings: LearnSettings, split: datetime | None = None,
                 name: str | None = None) -> dict[str, Any] | None:
    """Learn on deals created before ``split`` (default: the 75th percentile of create
    dates), score the later closed deals with the current ICPs and the proposal."""
    closed = closed_deals(deals, now, settings)
    if len(closed) < 8:
        return None
    created = sorted(d.created_at for d in closed)
    split = split or created[int(len(created) * 0.75)]
    train = [d for d in deals if d.created_at < split]
    test = [d for d in closed if d.created_at >= split]
    by_id = {a.id: a for a in accounts}
    test = [d for d in test if d.account_id in by_id]
    if not test or not train:
        return None
    # The training view must not see what happened after the split.
    train_signals = [s for s in signals if s[2] < split]
    learned = learn(accounts, train, train_signals, icps, now=split, settings=settings,
                    backtest=False, name=name)
    rows_current: list[tuple[str | None, bool]] = []
    rows_proposed: list[tuple[str | None, bool]] = []
    scores: dict[str, tuple[list[float], list[float]]] = {"current": ([], []),
                                                           "proposed": ([], [])}
    for d in test:
        a = by_id[d.account_id]
        won = d.outcome == "won"
        for label, chosen, rows in (("current", icps, rows_current),
                                    ("proposed", learned.proposal, rows_proposed)):
            score, tier = _score(a, chosen)
            scores[label][0 if won else 1].append(score)
            rows.append((tier, won))
    auc_current = auc(*scores["current"])
    auc_proposed = auc(*scores["proposed"])
    return {
        "split": split.isoformat(), "train_deals": len([d for d in train
                                                        if d.outcome != "open"]),
        "test_deals": len(test),
        "auc_current": None if auc_current is None else round(auc_current, 4),
        "auc_proposed": None if auc_proposed is None else round(auc_proposed, 4),
        "tiers_current": _tier_table(rows_current),
        "tiers_proposed": _tier_table(rows_proposed),
        "proposal_changed": learned.proposes_change,
        "caveat": "accounts are scored on their attributes today, not as they were when "
                  "each deal was created",
    }


def icp_priorities(icps: Sequence[ICP], accounts: Sequence[Account],
                   closed: Sequence[DealData]) -> list[dict[str, Any]]:
    """Per ICP: win rate (with interval), average won deal, accounts that fit (market
    size) and the expected value of the segment, next to the configured priority."""
    fitted: dict[str, str | None] = {a.id: fit(a, icps).icp for a in accounts} if icps else {}
    out: list[dict[str, Any]] = []
    for icp in icps:
        members = {a for a, name in fitted.items() if name == icp.name}
        pairs: dict[str, list[int]] = {}
        amounts = []
        for d in closed:
            if d.account_id in members:
                pair = pairs.setdefault(d.account_id, [0, 0])
                pair[0] += d.outcome == "won"
                pair[1] += 1
                if d.outcome == "won" and d.amount:
                    amounts.append(d.amount)
        rate = clustered_rate((w, n) for w, n in pairs.values())
        average = sum(amounts) / len(amounts) if amounts else None
        value = rate.rate * (average or 0) * len(members)
        out.append({"icp": icp.name, "configured_priority": icp.priority,
                    "accounts_fitting": len(members), "closed_deals": rate.deals,
                    "won": rate.won, "win_rate": round(rate.rate, 4) if rate.deals else None,
                    "low": round(rate.low, 4), "high": round(rate.high, 4),
                    "average_won_amount": None if average is None else round(average, 2),
                    "expected_value": round(value, 2)})
    ranked = sorted(out, key=lambda r: -float(r["expected_value"]))
    for i, row in enumerate(ranked, 1):
        row["suggested_priority"] = i
    return out
