"""Hiring signals from job postings (pure).

Postings are counted by the ATS's own posting dates, so a newly added board has its history
at once. A department *surges* when its postings of the recent window (default 21 days)
outpace its baseline rate (the 84 days before, scaled to the same length) by the configured
growth, with at least ``min_recent`` postings: one new job is no spike. New senior postings
(VP, Head/Director, C-level) are signals of their own.
"""

from __future__ import annotations

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


@dataclass(frozen=True)
class HiringCandidate:
    department: str
    #: ``surge`` or ``senior``.
    type: str
    openings: int
    recent: int
    baseline: float
    growth: float
    #: For ``senior``: the posting's title.
    title: str | None
    items: tuple[Item, ...]


def usual_postings(baseline: float | None) -> str:
    """A baseline rate (postings per recent window, averaged over the baseline window) in
    words a rep reads: "none", "fewer than one on average", "about 3 on average"."""
    if not baseline:
        return "none"
    if baseline < 1:
        return "fewer than one on average"
    return f"about {round(baseline)} on average"


def department_of(item: Item) -> str | None:
    """The department a posting serves: from the ATS department, else the title."""
    return function(str(item.data.get("department") or "")) or function(item.title)


def _posted(item: Item) -> datetime:
    return item.published or item.first_seen


def hiring_candidates(postings: Iterable[Item], *, now: datetime,
                      settings: HiringSettings | None = None,
                      departments: Sequence[str] | None = None) -> list[HiringCandidate]:
    s = settings or HiringSettings()
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
    return out


def count_by_department(postings: Iterable[Item]) -> Counter[str]:
    return Counter(d for d in (department_of(p) for p in postings if p.closed_at is None) if d)
