"""Hiring signals from job postings (pure).

Postings are counted by the ATS's own posting dates, so a newly added board has its history
at once. A department *surges* when its postings of the recent window (default 21 days)
outpace its baseline rate (the 84 days before, scaled to the same length) by the configured
growth, with at least ``min_recent`` postings: one new job is no spike. New senior postings
(VP, Head/Director, C-level) are signals of their own.

Two more, from the board's history (issue #13): a department's *growth* over months ("the
sales team grew from 10 to 30 reps in six months"): roles posted in the last
``trend_days`` against the same length before, with how many were filled (closed), when
they at least double and reach ``trend_min``; and a *first role* of a kind that says the
company is maturing (a first RevOps or Sales Ops hire, a first sales enablement role):
posted now, never before on a board whose history is long enough to tell.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..types import Item
from .titles import function, level, seniority


@dataclass(frozen=True)
class HiringSettings:
    recent_days: int = 21
    baseline_days: int = 84
    #: Fewest recent postings in a department that can be a surge.
    min_recent: int = 3
    #: (recent - baseline rate) / max(baseline rate, 1): 1.0 means twice the usual pace.
    min_growth: float = 1.0
    #: Months-long growth: this window against the one before it.
    trend_days: int = 182
    #: Fewest roles posted in the trend window that can be growth.
    trend_min: int = 6


@dataclass(frozen=True)
class HiringCandidate:
    department: str
    #: ``surge``, ``senior``, ``growth`` (months-long) or ``first_role``.
    type: str
    openings: int
    recent: int
    baseline: float
    growth: float
    #: For ``senior`` and ``first_role``: the posting's title.
    title: str | None
    items: tuple[Item, ...]
    #: For ``growth``: the roles of the window already filled (closed).
    filled: int = 0


def usual_postings(baseline: float | None) -> str:
    """A baseline rate (postings per recent window, averaged over the baseline window) in
    words a rep reads: "none", "fewer than one on average", "about 3 on average"."""
    if not baseline:
        return "none"
    if baseline < 1:
        return "fewer than one on average"
    return f"about {round(baseline)} on average"


#: Roles whose first posting says a company is maturing its go-to-market.
FIRST_ROLES: dict[str, re.Pattern[str]] = {
    "revenue operations": re.compile(
        r"(?i)\b(?:rev\s?ops|revenue\s+operations|sales\s+op(?:eration)?s|gtm\s+operations|"
        r"go[- ]to[- ]market\s+operations|sales\s+systems|crm\s+(?:admin|administrator|"
        r"manager))\b"),
    "sales enablement": re.compile(r"(?i)\bsales\s+enablement\b"),
    "customer success": re.compile(r"(?i)\bcustomer\s+success\b"),
}


def department_of(item: Item) -> str | None:
    """The department a posting serves: from the ATS department, else the title."""
    return function(str(item.data.get("department") or "")) or function(item.title)


def _posted(item: Item) -> datetime:
    return item.published or item.first_seen


def hiring_candidates(postings: Iterable[Item], *, now: datetime,
                      settings: HiringSettings | None = None,
                      departments: Sequence[str] | None = None) -> list[HiringCandidate]:
    s = settings or HiringSettings()
    postings = list(postings)
    recent_start = now - timedelta(days=s.recent_days)
    baseline_start = recent_start - timedelta(days=s.baseline_days)
    by_dept: dict[str, list[Item]] = {}
    for p in postings:
        if level(p.title) == "intern":
            continue  # internships come in seasons: not a department growing
        dept = department_of(p)
        if dept is None or (departments and dept not in departments):
            continue
        by_dept.setdefault(dept, []).append(p)
    out = []
    for dept, items in sorted(by_dept.items()):
        out += _trend(dept, items, now=now, settings=s)
        recent = [p for p in items if recent_start <= _posted(p) <= now]
        baseline_count = sum(baseline_start <= _posted(p) < recent_start for p in items)
        baseline = baseline_count * s.recent_days / s.baseline_days
        openings = sum(p.closed_at is None for p in items)
        growth = (len(recent) - baseline) / max(baseline, 1.0)
        if len(recent) >= s.min_recent and growth >= s.min_growth:
            out.append(HiringCandidate(dept, "surge", openings, len(recent), round(baseline, 2),
                                       round(growth, 2), None, tuple(recent)))
        for p in recent:
            if p.closed_at is None and seniority(p.title) in ("c-level", "vp", "head"):
                out.append(HiringCandidate(dept, "senior", openings, len(recent),
                                           round(baseline, 2), round(growth, 2), p.title, (p,)))
    out += _first_roles(postings, now=now, settings=s)
    return out


def _trend(dept: str, items: list[Item], *, now: datetime,
           settings: HiringSettings) -> list[HiringCandidate]:
    """Growth over months: roles posted in the trend window against the window before."""
    window = timedelta(days=settings.trend_days)
    recent = [p for p in items if now - window <= _posted(p) <= now]
    before = [p for p in items if now - 2 * window <= _posted(p) < now - window]
    if not before and not any(_posted(p) < now - 2 * window for p in items):
        return []  # no history to grow from: a new board is not a growing team
    if len(recent) < settings.trend_min or len(recent) < 2 * max(len(before), 1):
        return []
    filled = sum(1 for p in recent if p.closed_at is not None)
    openings = sum(1 for p in items if p.closed_at is None)
    growth = (len(recent) - len(before)) / max(len(before), 1)
    return [HiringCandidate(dept, "growth", openings, len(recent), float(len(before)),
                            round(growth, 2), None, tuple(recent), filled)]


def _first_roles(postings: list[Item], *, now: datetime,
                 settings: HiringSettings) -> list[HiringCandidate]:
    """The first posting of a maturing role, on a board with enough history to tell."""
    start = now - timedelta(days=settings.recent_days)
    history_start = start - timedelta(days=settings.baseline_days)
    if not any(_posted(p) < history_start for p in postings):
        return []  # too little history: "first" would be a guess
    out = []
    for role, pattern in FIRST_ROLES.items():
        matching = [p for p in postings if pattern.search(p.title)
                    and level(p.title) not in ("intern",)]
        recent = [p for p in matching if start <= _posted(p) <= now]
        earlier = [p for p in matching if _posted(p) < start]
        if recent and not earlier:
            newest = max(recent, key=_posted)
            dept = department_of(newest) or role
            out.append(HiringCandidate(dept, "first_role", sum(
                1 for p in postings if p.closed_at is None), len(recent), 0.0, 0.0,
                newest.title, (newest,)))
    return out


def count_by_department(postings: Iterable[Item]) -> Counter[str]:
    return Counter(d for d in (department_of(p) for p in postings if p.closed_at is None) if d)
