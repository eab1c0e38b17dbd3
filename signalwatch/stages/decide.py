"""The decide stage: new signals -> a decision per account (alert, hold, drop, with the
reason) and, for an alert, its outbox row, in one transaction with the cursor over signals
(a crash never loses an alert nor decides twice). The decision itself is the pure
:func:`signalwatch.score.decide`; this stage gathers its inputs and stores its outputs.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from ..config import Config
from ..extract.doubt import doubt_of
from ..feedback.actions import action_block, demotions
from ..icp import fit
from ..notify.slack import SlackSender, build_message, escape
from ..score import DEFAULT_LIFETIME_DAYS, AccountState, ScoreSettings, decide
from ..store import Storage
from ..types import ICP, Account, Signal

log = logging.getLogger(__name__)


def score_settings(config: Config) -> ScoreSettings:
    a = config.alerts
    return ScoreSettings(
        fit_floor=a.fit_floor,
        cooldown=timedelta(days=a.cooldown_days),
        backfill=timedelta(hours=config.sources.backfill_hours),
        lifetimes={**DEFAULT_LIFETIME_DAYS, "funding": a.funding_days,
                   "leadership": a.leadership_days, "hiring": a.hiring_days},
        alert_confidence=config.matching.confidence_floor,
    )


def icp_named(config: Config, name: str | None) -> ICP | None:
    return next((i for i in config.icps if i.name == name), None)


def live_signals(storage: Storage, account_id: str, settings: ScoreSettings,
                 now: datetime) -> list[Signal]:
    longest = max(settings.lifetimes.values())
    return [s for s in storage.get_signals(account_id=account_id,
                                           since=now - timedelta(days=longest))
            if not s.history]


@dataclass
class DecideResult:
    decisions: int = 0
    alerts: int = 0
    held: int = 0
    dropped: int = 0
    #: With ``dry_run``: (account, action, reason, payload) for each decision.
    preview: list[tuple[Account, str, str, dict[str, Any] | None]] = field(default_factory=list)


def _channel(sender: SlackSender) -> str:
    return sender.mode or "file"


def decide_signals(storage: Storage, config: Config, *, now: datetime,
                   dry_run: bool = False) -> DecideResult:
    """Decide for every account with signals stored since the last run."""
    result = DecideResult()
    settings = score_settings(config)
    cursor = int(storage.get_meta("decide.cursor") or 0)
    new = sorted(storage.get_signals(after_id=cursor), key=lambda s: s.id)
    if not new:
        return result
    by_account: dict[str, list[Signal]] = {}
    for s in new:
        by_account.setdefault(s.account_id, []).append(s)
    sender = slack_sender(config)
    interactive = sender.mode == "slack" and bool(
        config.secret(config.slack.app_token_env)
        or config.secret(config.slack.signing_secret_env))
    demoted = current_demotions(storage, config, now)
    with storage.transaction():
        for account_id, signals in sorted(by_account.items()):
            account = storage.get_account(account_id)
            if account is None:
                continue
            # a headline round whose words are those of non-rounds: kept, never alerted on
            # its own (extract/doubt.py); stored, so digests, `signals` and `explain` say so
            for at, s in enumerate(signals):
                if (doubt := doubt_of(s.kind, s.attributes, s.evidence)) is not None:
                    signals[at] = s = replace(s, attributes={**s.attributes, "doubt": doubt})
                    if not dry_run:
                        storage.update_signal(s.id, attributes=dict(s.attributes),
                                              confidence=s.confidence, history=s.history)
            fitted = fit(account, config.icps)
            icp = icp_named(config, fitted.icp)
            state = AccountState(**storage.get_account_state(account_id))
            d = decide(account_name=account.name, fit=fitted, icp=icp,
                       new_signals=signals,
                       live_signals=live_signals(storage, account_id, settings, now),
                       state=state, settings=settings, now=now, demoted=demoted)
            payload = None
            if d.action == "alert":
                chosen = [s for s in signals if s.id in d.signal_ids]
                payload = build_message(account, fitted, chosen, d.why_now)
            if dry_run:
                result.preview.append((account, d.action, d.reason, payload))
                continue
            decision_id = storage.add_decision(
                account_id, action=d.action, reason=d.reason, signal_ids=d.signal_ids,
                heat=d.intent.heat, heat_tier=d.intent.tier, why_now=d.why_now, now=now,
                icp_version=config.icp_version)
            result.decisions += 1
            if d.action == "alert" and payload is not None:
                alert_id = storage.add_alert(
                    decision_id=decision_id, account_id=account_id, rep=account.owner,
                    channel=_channel(sender), signal_ids=d.signal_ids,
                    reasons=[d.reason, d.why_now], payload=payload, now=now,
                    icp_version=config.icp_version)
                # The id goes into the message metadata: how a restart recognises it.
                payload["metadata"] = {"event_type": "signalwatch_alert",
                                       "event_payload": {"alert_id": str(alert_id)}}
                taken = storage.taken_by(account_id, now - timedelta(days=30))
                if taken:  # a rep said "I'm on it" on this account's last alert
                    who = f"<@{taken}>" if taken.startswith(("U", "W")) and "@" not in taken \
                        else escape(taken)
                    payload["blocks"].append({"type": "context", "elements": [
                        {"type": "mrkdwn", "text": f"{who} is on it (claimed an earlier "
                         "alert)"}]})
                if interactive:  # reps can act on it (issue #14)
                    payload["blocks"].append(action_block(f"alert:{alert_id}"))
                storage.db.execute("UPDATE alerts SET payload = ? WHERE id = ?",
                                   (json.dumps(payload), alert_id))
                result.alerts += 1
            elif d.action == "hold":
                result.held += 1
            else:
                result.dropped += 1
        if not dry_run:
            storage.set_meta("decide.cursor", str(new[-1].id))
    return result


#: Judgements older than this no longer count toward a demotion: feedback can recover.
FEEDBACK_WINDOW = timedelta(days=180)


def current_demotions(storage: Storage, config: Config,
                      now: datetime | None = None) -> dict[tuple[str, str], str]:
    """Kinds and sources reps judged clearly not useful in the last FEEDBACK_WINDOW (digest
    only), with the reason."""
    f = config.feedback
    since = now - FEEDBACK_WINDOW if now is not None else None
    return demotions(storage.get_feedback(since=since), min_usefulness=f.min_usefulness,
                     min_judged=f.min_judged, overrides=storage.get_overrides())


def slack_sender(config: Config) -> SlackSender:
    return SlackSender(token=config.secret(config.slack.token_env),
                       webhook_url=config.secret(config.slack.webhook_url_env),
                       base_url=config.slack.base_url)


