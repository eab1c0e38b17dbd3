"""What alerts turn into (pure): each sent alert joined to the deals created for its account
in the ``days`` after it, grouped by signal kind, source, ICP, tier and rep; and the accounts
won without any alert before the deal (what the monitor missed).

Honest by construction: a deal created before the alert does not count for it, and one deal
counts once per alert it follows (an account alerted twice before one deal credits both
alerts, and the report says how many distinct deals there were).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from .deals import DealData


@dataclass(frozen=True)
class AlertFacts:
    """A sent alert with what it is grouped by."""

    id: int
    account_id: str
    sent_at: datetime
    rep: str | None
    kinds: tuple[str, ...]
    sources: tuple[str, ...]
    icp: str | None
    tier: str | None
    #: Acted on by a rep: judged useful, or claimed ("I'm on it").
    acted: bool = False


def outcomes(alerts: Sequence[AlertFacts], deals: Sequence[DealData], *, days: int = 90,
             by: str = "kind") -> list[dict[str, Any]]:
    """One row per group: ``alerts, acted, deals_after, won, amount_won`` (and
    ``distinct_deals``)."""
    window = timedelta(days=days)
    by_account: dict[str, list[DealData]] = {}
    for d in deals:
        by_account.setdefault(d.account_id, []).append(d)
    groups: dict[str, dict[str, Any]] = {}
    for a in alerts:
        after = [d for d in by_account.get(a.account_id, [])
                 if a.sent_at <= d.created_at <= a.sent_at + window]
        keys = {"kind": a.kinds, "source": a.sources, "icp": (a.icp or "(none)",),
                "tier": (a.tier or "(none)",), "rep": (a.rep or "(unowned)",)}[by] or ("?",)
        for key in keys:
            row = groups.setdefault(key, {by: key, "alerts": 0, "acted": 0, "deals_after": 0,
                                          "won": 0, "amount_won": 0.0, "_deals": set()})
            row["alerts"] += 1
            row["acted"] += int(a.acted)
            row["deals_after"] += 1 if after else 0
            if any(d.outcome == "won" for d in after):
                row["won"] += 1
                row["amount_won"] += sum(d.amount or 0 for d in after if d.outcome == "won")
            row["_deals"].update(d.id for d in after)
    out = []
    for row in sorted(groups.values(), key=lambda r: (-r["alerts"], str(r[by]))):
        row["distinct_deals"] = len(row.pop("_deals"))
        out.append(row)
    return out


def missed_wins(alerts: Sequence[AlertFacts], deals: Sequence[DealData], *,
                names: Mapping[str, str], days: int = 90) -> list[dict[str, Any]]:
    """Won deals whose account had no alert in the ``days`` before the deal was created."""
    sent: dict[str, list[datetime]] = {}
    for a in alerts:
        sent.setdefault(a.account_id, []).append(a.sent_at)
    out = []
    for d in deals:
        if d.outcome != "won":
            continue
        before = [t for t in sent.get(d.account_id, [])
                  if d.created_at - timedelta(days=days) <= t <= d.created_at]
        if not before:
            out.append({"deal": d.id, "account_id": d.account_id,
                        "account": names.get(d.account_id, d.account_id),
                        "created_at": d.created_at.isoformat(), "amount": d.amount})
    return out
