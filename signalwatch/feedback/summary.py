"""What alerts turn into, for managers: the facts of sent alerts (with reps' actions) and
the monthly outcomes summary the daemon emails to ``feedback.managers``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from ..config import Config
from ..icp import fit
from ..outcomes import AlertFacts, missed_wins, outcomes
from ..store import Storage
from ..types import Account


def alert_facts(storage: Storage, config: Config,
                accounts: Mapping[str, Account]) -> list[AlertFacts]:
    acted = storage.acted_alerts()
    out = []
    for r in storage.sent_alerts_with_signals():
        account = accounts.get(r["account_id"])
        fitted = fit(account, config.icps) if account else None
        out.append(AlertFacts(
            id=r["id"], account_id=r["account_id"],
            sent_at=datetime.fromisoformat(r["sent_at"]), rep=r["rep"],
            kinds=tuple(r["kinds"]), sources=tuple(r["sources"]),
            icp=fitted.icp if fitted else None, tier=fitted.tier if fitted else None,
            acted=r["id"] in acted))
    return out


def summary_text(storage: Storage, config: Config, *, days: int = 90) -> tuple[str, str]:
    """(subject, body) of the outcomes summary."""
    accounts = {a.id: a for a in storage.get_accounts()}
    facts = alert_facts(storage, config, accounts)
    deals = storage.get_deals()
    lines = [f"{len(facts)} alerts sent in all; a deal counts for an alert when it was "
             f"created within {days} days after it (never before).", ""]
    for by in ("kind", "rep"):
        lines.append(f"By {by}:")
        for row in outcomes(facts, deals, days=days, by=by):
            lines.append(f"  {row[by]!s:<28} {row['alerts']:>5} alerts  {row['acted']:>4} acted "
                         f"on  {row['deals_after']:>4} with a deal after  {row['won']:>4} won  "
                         f"{row['amount_won']:>12,.0f} won")
        lines.append("")
    missed = missed_wins(facts, deals, names={k: a.name for k, a in accounts.items()},
                         days=days)
    lines.append(f"Won without any alert in the {days} days before the deal: {len(missed)}")
    lines += [f"  {m['account']} ({m['deal']})" for m in missed[:20]]
    won = sum(1 for f in facts if f.acted)
    return (f"signalwatch: what {len(facts)} alerts turned into ({won} acted on)",
            "\n".join(lines))


def monthly_summary(storage: Storage, config: Config, *, now: datetime) -> bool:
    """Email the summary to the managers once per calendar month; True when sent."""
    managers = config.feedback.managers
    month = f"{now:%Y-%m}"
    if not managers or storage.get_meta("outcomes.last_month") == month:
        return False
    from ..learn.review import mail_text

    subject, body = summary_text(storage, config)
    for manager in managers:
        mail_text(config, manager, subject, body, now=now, stem="outcomes")
    storage.set_meta("outcomes.last_month", month)
    return True
