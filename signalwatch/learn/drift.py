"""Win-rate drift (pure): has the win rate of an ICP or tier shifted, beyond noise?

The deals closed in the last ``window`` days are compared with those closed in the window
before, per ICP and per ICP tier, as account-clustered rates; a shift is reported only when
it is significant after a Bonferroni correction over the groups compared and at least
``min_points`` percentage points, so a quiet month does not cry wolf.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..deals import DealData
from ..icp import fit
from ..types import ICP, Account
from .stats import ClusteredRate, clustered_rate, difference_p_value


@dataclass(frozen=True)
class Shift:
    group: str
    before: ClusteredRate
    after: ClusteredRate
    p_value: float

    def message(self, days: int) -> str:
        return (f"{self.group} win rate {self.before.rate:.0%} -> {self.after.rate:.0%} over "
                f"the last {days} days ({self.after.won}/{self.after.deals} deals over "
                f"{self.after.accounts} accounts, before {self.before.won}/"
                f"{self.before.deals}; p={self.p_value:.3f}): review the ICP")


def win_rate_shifts(accounts: Sequence[Account], deals: Sequence[DealData],
                    icps: Sequence[ICP], *, now: datetime, window_days: int = 90,
                    alpha: float = 0.05, min_points: float = 0.10,
                    min_accounts: int = 5) -> list[Shift]:
    window = timedelta(days=window_days)
    fitted = {a.id: fit(a, icps) for a in accounts} if icps else {}
    groups: dict[str, tuple[dict[str, list[int]], dict[str, list[int]]]] = {}
    for d in deals:
        if d.outcome == "open" or d.closed_at is None or d.account_id not in fitted:
            continue
        if now - window < d.closed_at <= now:
            side = 1
        elif now - 2 * window < d.closed_at <= now - window:
            side = 0
        else:
            continue
        f = fitted[d.account_id]
        names = ["all deals"]
        if f.icp:
            names.append(f"ICP {f.icp}")
            if f.tier:
                names.append(f"ICP {f.icp} tier {f.tier}")
        for name in names:
            pair = groups.setdefault(name, ({}, {}))[side].setdefault(d.account_id, [0, 0])
            pair[0] += d.outcome == "won"
            pair[1] += 1
    tested = []
    for name, (before_pairs, after_pairs) in sorted(groups.items()):
        if len(before_pairs) < min_accounts or len(after_pairs) < min_accounts:
            continue
        before = clustered_rate((w, n) for w, n in before_pairs.values())
        after = clustered_rate((w, n) for w, n in after_pairs.values())
        tested.append(Shift(name, before, after, difference_p_value(before, after)))
    limit = alpha / max(1, len(tested))
    return [s for s in tested if s.p_value <= limit
            and abs(s.after.rate - s.before.rate) >= min_points]
