"""ICP fit (pure): score, tier and reasons of an account against the team's ICPs.

An ICP has must-haves (all must hold), weighted preferences (their weighted share of the
total weight is the score, 0-100) and disqualifiers (any that holds rules the account out).
An account *fits* an ICP when every must-have holds and no disqualifier does; it matches the
best-priority ICP it fits (lowest ``priority``, then highest score). A fitting ICP without
preferences scores 100: its must-haves are the whole profile.

A criterion on a field the account has no value for does not hold (unknown is not a fit),
and the reason says "unknown", so RevOps can see which CRM columns to fill in.

Criteria, as TOML inline tables::

    { field = "industry", in = ["Software", "SaaS"] }     # equals one of (case-insensitive)
    { field = "industry", contains = ["software"] }        # contains one of the substrings
    { field = "employees", min = 50, max = 200 }           # numeric range, either bound optional
    { field = "tech", any = ["Salesforce", "HubSpot"] }    # list field has any of these
    { field = "tech", all = ["Salesforce", "Outreach"] }   # list field has all of these
    { field = "segment", equals = "Enterprise" }           # a custom CRM column
    ... , weight = 2, label = "uses Salesforce" }          # weight: preferences only
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .exceptions import ConfigError
from .types import ICP, Account, Criterion, FitResult, Reason

#: Keys an [[icps]] table accepts, with their help text.
ICP_KEYS: dict[str, str] = {
    "name": "Unique short name.",
    "priority": "Lower wins when an account fits several ICPs.",
    "description": "One line for humans.",
    "must": "Criteria that must all hold.",
    "prefer": "Weighted criteria that make the score.",
    "disqualify": "Criteria any of which rules the account out.",
    "tiers": "Minimum score of tiers A, B and C.",
    "triggers": "Which signal kinds count for this ICP, with filters and weights.",
    "channel": "Slack channel for this ICP's alerts when the owner cannot be reached.",
}

#: Keys of ``[icps.triggers.<kind>]`` tables, per kind.
TRIGGER_KEYS: dict[str, tuple[str, ...]] = {
    "funding": ("weight", "rounds", "min_amount_usd"),
    "leadership": ("weight", "functions", "seniority", "changes"),
    "hiring": ("weight", "departments", "min_openings"),
    # which event types are triggers, which disqualify the account (the rest: neither)
    "strategic": ("weight", "types", "disqualify"),
    "financial": ("weight", "types", "disqualify"),
    "technographic": ("weight", "tools", "categories", "changes"),
}

_OPS = ("in", "contains", "min", "max", "any", "all", "equals")
_CRITERION_KEYS = (*_OPS, "field", "weight", "label")
_NUMERIC_FIELDS = ("employees", "revenue")
_LIST_FIELDS = ("tech", "aliases")
_TIER_ORDER = ("A", "B", "C")


# -- parsing -------------------------------------------------------------------


def _err(message: str, file: str, key: str) -> ConfigError:
    return ConfigError(message, file=file, key=key)


def _strings(value: Any, *, file: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise _err(f"got {value!r}, expected a non-empty list of strings", file, key)
    return tuple(value)


def _number(value: Any, *, file: str, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _err(f"got {value!r}, expected a number", file, key)
    return float(value)


def parse_criterion(table: Any, *, file: str, key: str) -> Criterion:
    if not isinstance(table, Mapping):
        raise _err(f"got {table!r}, expected an inline table like "
                   '{ field = "employees", min = 50, max = 200 }', file, key)
    for k in table:
        if k not in _CRITERION_KEYS:
            raise _err(f"unknown key; expected one of: {', '.join(_CRITERION_KEYS)}",
                       file, f"{key}.{k}")
    fld = table.get("field")
    if not isinstance(fld, str) or not fld:
        raise _err(f"got {fld!r}, expected a field name such as 'industry'", file,
                   f"{key}.field")
    ops = [op for op in _OPS if op in table]
    if not ops:
        raise _err(f"no condition; expected one of: {', '.join(_OPS)}", file, key)
    weight = _number(table.get("weight", 1.0), file=file, key=f"{key}.weight")
    if weight <= 0:
        raise _err(f"got {weight!r}, expected a weight above 0", file, f"{key}.weight")
    label = table.get("label", "")
    if not isinstance(label, str):
        raise _err(f"got {label!r}, expected a string", file, f"{key}.label")
    if "min" in ops or "max" in ops:
        if set(ops) - {"min", "max"}:
            raise _err("min/max cannot be combined with another condition", file, key)
        low = _number(table["min"], file=file, key=f"{key}.min") if "min" in table else None
        high = _number(table["max"], file=file, key=f"{key}.max") if "max" in table else None
        if low is not None and high is not None and low > high:
            raise _err(f"min {low:g} is above max {high:g}", file, key)
        return Criterion(fld, "range", (low, high), weight, label)
    if len(ops) > 1:
        raise _err(f"one condition per criterion, got {', '.join(ops)}", file, key)
    op = ops[0]
    if op == "equals":
        value = table["equals"]
        if not isinstance(value, str):
            raise _err(f"got {value!r}, expected a string", file, f"{key}.equals")
        return Criterion(fld, "in", (value,), weight, label)
    return Criterion(fld, op, _strings(table[op], file=file, key=f"{key}.{op}"), weight, label)


def _criteria(value: Any, *, file: str, key: str) -> tuple[Criterion, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _err(f"got {value!r}, expected an array of inline tables", file, key)
    return tuple(parse_criterion(v, file=file, key=f"{key}[{i}]") for i, v in enumerate(value))


def _triggers(value: Any, *, file: str, key: str) -> dict[str, dict[str, Any]]:
    """``[icps.triggers.funding]`` etc.: which signal kinds count, filtered, weighted.
    No triggers table: every kind counts with its default weight."""
    from .types import FUNCTIONS

    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise _err(f"got {value!r}, expected a table of signal kinds", file, key)
    out: dict[str, dict[str, Any]] = {}
    for kind, spec in value.items():
        if kind not in TRIGGER_KEYS:
            raise _err(f"unknown signal kind; expected one of: {', '.join(TRIGGER_KEYS)}",
                       file, f"{key}.{kind}")
        if not isinstance(spec, Mapping):
            raise _err(f"got {spec!r}, expected a table", file, f"{key}.{kind}")
        for k in spec:
            if k not in TRIGGER_KEYS[kind]:
                raise _err(f"unknown key; expected one of: {', '.join(TRIGGER_KEYS[kind])}",
                           file, f"{key}.{kind}.{k}")
        parsed: dict[str, Any] = {}
        for k, v in spec.items():
            where = f"{key}.{kind}.{k}"
            if k in ("weight", "min_amount_usd", "min_openings"):
                parsed[k] = _number(v, file=file, key=where)
                if parsed[k] < 0:
                    raise _err(f"got {v!r}, expected a number >= 0", file, where)
            else:
                values = tuple(x.lower() for x in _strings(v, file=file, key=where))
                allowed: tuple[str, ...] = ()
                if k in ("functions", "departments"):
                    allowed = FUNCTIONS
                elif k == "seniority":
                    allowed = ("c-level", "vp", "head")
                elif k == "changes":
                    allowed = ("adopted", "dropped", "uses") if kind == "technographic" \
                        else ("joined", "promoted", "departed")
                elif k == "rounds":
                    from .extract.funding import ROUNDS

                    allowed = ROUNDS
                elif k in ("types", "disqualify"):
                    from .types import FINANCIAL_TYPES, STRATEGIC_TYPES

                    allowed = STRATEGIC_TYPES if kind == "strategic" else FINANCIAL_TYPES
                bad = [x for x in values if allowed and x not in allowed]
                if bad:
                    raise _err(f"got {bad[0]!r}, expected one of: {', '.join(allowed)}",
                               file, where)
                parsed[k] = values
        out[kind] = parsed
    return out


def parse_icps(tables: Iterable[Any], *, file: str) -> list[ICP]:
    """Build ICPs from the ``[[icps]]`` tables of ``file``."""
    icps: list[ICP] = []
    names: set[str] = set()
    for i, table in enumerate(tables):
        key = f"icps[{i}]"
        if not isinstance(table, Mapping):
            raise _err(f"got {table!r}, expected a table", file, key)
        for k in table:
            if k not in ICP_KEYS:
                raise _err(f"unknown key; expected one of: {', '.join(ICP_KEYS)}", file,
                           f"{key}.{k}")
        name = table.get("name")
        if not isinstance(name, str) or not name.strip():
            raise _err(f"got {name!r}, expected a name", file, f"{key}.name")
        if name in names:
            raise _err(f"duplicate ICP name {name!r}", file, f"{key}.name")
        names.add(name)
        priority = table.get("priority", 100)
        if isinstance(priority, bool) or not isinstance(priority, int):
            raise _err(f"got {priority!r}, expected an integer", file, f"{key}.priority")
        description = table.get("description", "")
        if not isinstance(description, str):
            raise _err(f"got {description!r}, expected a string", file, f"{key}.description")
        tiers = {"A": 80.0, "B": 60.0, "C": 40.0}
        raw_tiers = table.get("tiers", {})
        if not isinstance(raw_tiers, Mapping):
            raise _err(f"got {raw_tiers!r}, expected a table like {{A = 80, B = 60, C = 40}}",
                       file, f"{key}.tiers")
        for tier, value in raw_tiers.items():
            if tier not in tiers:
                raise _err("unknown tier; expected A, B or C", file, f"{key}.tiers.{tier}")
            tiers[tier] = _number(value, file=file, key=f"{key}.tiers.{tier}")
        if not tiers["A"] >= tiers["B"] >= tiers["C"]:
            raise _err(f"got {tiers}, expected A >= B >= C", file, f"{key}.tiers")
        triggers = _triggers(table.get("triggers"), file=file, key=f"{key}.triggers")
        channel = table.get("channel")
        if channel is not None and not isinstance(channel, str):
            raise _err(f"got {channel!r}, expected a channel name", file, f"{key}.channel")
        icps.append(
            ICP(
                name=name,
                priority=priority,
                description=description,
                must=_criteria(table.get("must"), file=file, key=f"{key}.must"),
                prefer=_criteria(table.get("prefer"), file=file, key=f"{key}.prefer"),
                disqualify=_criteria(table.get("disqualify"), file=file,
                                     key=f"{key}.disqualify"),
                tiers=tiers,
                triggers=triggers,
                channel=channel,
            )
        )
    return icps


# -- evaluation ------------------------------------------------------------------


def _fmt_number(x: float) -> str:
    for scale, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(x) >= scale * 10 or (abs(x) >= scale and suffix != "k"):
            return f"{x / scale:g}{suffix}"
    return f"{x:g}"


def describe(c: Criterion) -> str:
    """``employees 50-200``, ``tech any of Salesforce, HubSpot``."""
    if c.label:
        return c.label
    if c.op == "range":
        low, high = c.value
        if low is not None and high is not None:
            return f"{c.field} {_fmt_number(low)}-{_fmt_number(high)}"
        if low is not None:
            return f"{c.field} >= {_fmt_number(low)}"
        return f"{c.field} <= {_fmt_number(high)}"
    words = {"in": "is", "contains": "contains", "any": "has any of", "all": "has all of"}
    joined = ", ".join(c.value)
    if c.op == "in" and len(c.value) > 1:
        return f"{c.field} is one of {joined}"
    return f"{c.field} {words[c.op]} {joined}"


def _value(account: Account, name: str) -> Any:
    if name in ("name", "domain", "industry", "employees", "revenue", "country", "owner",
                "tech", "aliases", "ats"):
        return getattr(account, name)
    for key, value in account.custom.items():
        if key.lower() == name.lower():
            return value
    return None


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("&", "and").split())


def evaluate(c: Criterion, account: Account) -> tuple[bool, str]:
    """Whether ``c`` holds for ``account``, and what the account had."""
    value = _value(account, c.field)
    if value is None or value == () or value == "":
        return False, "unknown"
    if c.op == "range":
        try:
            number = float(value)
        except (TypeError, ValueError):
            return False, f"{value!r} is not a number"
        low, high = c.value
        ok = (low is None or number >= low) and (high is None or number <= high)
        return ok, _fmt_number(number)
    if isinstance(value, (tuple, list)):
        have = {_norm(v) for v in value}
        wanted = [_norm(v) for v in c.value]
        shown = ", ".join(value)
        if c.op == "all":
            return all(w in have for w in wanted), shown
        if c.op == "contains":
            return any(w in h for w in wanted for h in have), shown
        return any(w in have for w in wanted), shown
    text = _norm(str(value))
    if c.op == "contains":
        return any(_norm(w) in text for w in c.value), str(value)
    if c.op == "all":
        return all(_norm(w) == text for w in c.value), str(value)
    return any(_norm(w) == text for w in c.value), str(value)


def _tier(score: float, tiers: Mapping[str, float]) -> str | None:
    for tier in _TIER_ORDER:
        if score >= tiers[tier]:
            return tier
    return None


def fit_one(account: Account, icp: ICP) -> tuple[bool, float, tuple[Reason, ...]]:
    """(fits, score, reasons) of one account against one ICP."""
    reasons: list[Reason] = []
    fits = True
    for c in icp.must:
        held, detail = evaluate(c, account)
        reasons.append(Reason(describe(c), held, detail, "must"))
        fits = fits and held
    for c in icp.disqualify:
        held, detail = evaluate(c, account)
        reasons.append(Reason(describe(c), held, detail, "disqualify"))
        fits = fits and not held
    total = sum(c.weight for c in icp.prefer)
    gained = 0.0
    for c in icp.prefer:
        held, detail = evaluate(c, account)
        reasons.append(Reason(describe(c), held, detail, "prefer"))
        gained += c.weight if held else 0.0
    score = round(100.0 * gained / total, 1) if total else 100.0
    return fits, score, tuple(reasons)


def fit(account: Account, icps: Sequence[ICP]) -> FitResult:
    """The account's fit: the best-priority ICP it fits, with score, tier and reasons.

    When it fits none, the result has no ICP and no tier, and the reasons are those of the
    ICP it came closest to (highest score among the best priority), so `explain` can say
    what is missing.
    """
    best: tuple[tuple[int, float], ICP, float, tuple[Reason, ...]] | None = None
    closest: tuple[tuple[float, int], ICP, float, tuple[Reason, ...]] | None = None
    for icp in icps:
        fits, score, reasons = fit_one(account, icp)
        if fits:
            rank = (icp.priority, -score)
            if best is None or rank < best[0]:
                best = (rank, icp, score, reasons)
        else:
            rank2 = (-score, icp.priority)
            if closest is None or rank2 < closest[0]:
                closest = (rank2, icp, score, reasons)
    if best is not None:
        _, icp, score, reasons = best
        return FitResult(account.id, icp.name, score, _tier(score, icp.tiers), reasons)
    if closest is not None:
        _, icp, score, reasons = closest
        return FitResult(account.id, None, score, None, reasons)
    return FitResult(account.id, None, 0.0, None, ())


def tier_at_least(tier: str | None, floor: str) -> bool:
    """Whether ``tier`` is ``floor`` or better (A > B > C > None)."""
    if tier is None:
        return False
    return _TIER_ORDER.index(tier) <= _TIER_ORDER.index(floor)
