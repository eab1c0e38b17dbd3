"""Apply a rep's action: record it once, change what it changes, show it in Slack.

What each action changes (bounded, visible, reversible):

- ``useful`` / ``not_relevant``: recorded; they make usefulness per kind and source
  (``feedback report``), and a kind or source judged clearly not useful stops alerting
  (digest only) until feedback recovers or an admin restores it.
- ``wrong_company``: the alert's signals are withdrawn (no heat, no digest line), and what
  matched them to the account (a name, a domain, else the source) never matches that
  account again; ``explain`` shows the rule and who made it; ``feedback rules --remove``
  undoes it.
- ``snooze``: the account is snoozed for 30 or 90 days (alerts and digests alike).
- ``claim``: "I'm on it": the alert shows who took it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..config import Config
from ..icp import fit
from ..notify.slack import SlackSender
from ..store import Storage
from .actions import LABELS, REASONS, Action

log = logging.getLogger(__name__)


@dataclass
class Applied:
    recorded: bool
    #: For the person who acted: what happened, in words.
    message: str


def _target(storage: Storage, target: str) -> tuple[dict[str, Any] | None, list[int], str]:
    kind, _, ident = target.partition(":")
    if kind == "alert":
        alert = storage.find_alert(int(ident))
        if alert is None:
            raise LookupError(f"no alert {ident}")
        return alert, list(json.loads(alert["signal_ids"] or "[]")), alert["account_id"]
    account_id = storage.signal_account(int(ident))
    if account_id is None:
        raise LookupError(f"no signal {ident}")
    return None, [int(ident)], account_id


def apply_action(storage: Storage, config: Config, action: Action, *, via: str,
                 now: datetime, sender: SlackSender | None = None) -> Applied:
    """Record ``action`` (once) and apply it; update the Slack message of an alert."""
    alert, signal_ids, account_id = _target(storage, action.target)
    signals = {s.id: s for s in storage.get_signals(account_id=account_id, withdrawn=True)}
    chosen = [signals[i] for i in signal_ids if i in signals]
    first = chosen[0] if chosen else None
    source = first.evidence[0].source if first and first.evidence else None
    account = storage.get_account(account_id)
    icp = fit(account, config.icps).icp if account is not None else None
    with storage.transaction():
        recorded = storage.record_feedback(
            target=action.target, alert_id=alert["id"] if alert else None,
            account_id=account_id, signal_ids=signal_ids,
            kind=first.kind if first else None, source=source, icp=icp,
            rep=account.owner if account else None, user=action.user,
            action=action.effective, reason=action.value, via=via, now=now)
        if recorded:
            message = _effect(storage, action, account_id, chosen, alert, now)
        else:
            message = f"{LABELS[action.effective]} was already recorded"
    if recorded and alert is not None and sender is not None and sender.client is not None:
        try:
            update_message(storage, sender, alert["id"])
        except Exception as e:  # the action stands; the message shows it next time
            log.warning("could not update the Slack message: %s", e)
    return Applied(recorded, message)


def _effect(storage: Storage, action: Action, account_id: str, chosen: list[Any],
            alert: dict[str, Any] | None, now: datetime) -> str:
    who = action.user
    what = action.effective
    if what == "snooze":
        days = int(action.value or 30)
        storage.set_account_state(account_id, snoozed_until=now + timedelta(days=days))
        return f"snoozed for {days} days"
    if what == "claim":
        if alert is not None:
            storage.set_alert_taken(alert["id"], who)
        return "claimed: others see you are on it"
    if what == "wrong_company":
        storage.withdraw_signals([s.id for s in chosen], by=who, now=now)
        for s in chosen:
            matched = s.matched
            source = s.evidence[0].source if s.evidence else None
            phrase = matched if matched and matched != "source" else \
                f"source:{source}" if source else None
            if phrase:
                storage.add_exclusion(account_id, phrase, signal_id=s.id, by=who, now=now)
        return "withdrawn: this phrase or source will not match this account again"
    if what == "not_relevant":
        return f"recorded as not relevant ({REASONS.get(action.value or '', 'no reason')})"
    return "recorded as useful"


def status_line(rows: list[dict[str, Any]]) -> str:
    """Who did what on a message, in words (user ids become Slack mentions)."""
    parts = []
    for r in rows:
        who = f"<@{r['user']}>" if r["user"].startswith(("U", "W")) else r["user"]
        label = LABELS.get(r["action"], r["action"])
        if r["action"] == "not_relevant" and r["reason"]:
            label += f" ({REASONS.get(r['reason'], r['reason'])})"
        if r["action"] == "snooze" and r["reason"]:
            label += f" {r['reason']} days"
        parts.append(f"{label}: {who}")
    return " · ".join(parts)


def update_message(storage: Storage, sender: SlackSender, alert_id: int) -> None:
    """chat.update the alert's message with who did what (the buttons stay)."""
    row = storage.get_alert_row(alert_id)
    if not row["remote_id"] or not row["target"]:
        return
    payload = json.loads(row["payload"] or "{}")
    blocks = [b for b in payload.get("blocks", []) if b.get("block_id") != "sw_status"]
    line = status_line(storage.get_feedback(target=f"alert:{alert_id}"))
    if line:
        blocks.append({"type": "context", "block_id": "sw_status",
                       "elements": [{"type": "mrkdwn", "text": line[:3000]}]})
    sender.update(row["target"], row["remote_id"], text=payload.get("text", ""),
                  blocks=blocks)
