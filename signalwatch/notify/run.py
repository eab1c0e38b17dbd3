"""The notifier stages: decide (score -> decisions + outbox rows), dispatch (outbox ->
Slack, webhook or files), digests (per rep, at their local hour).

Delivery guarantee (tested in tests/test_notify.py):

- A decision and its outbox row are written in one transaction with the cursor over
  signals: a crash never loses an alert nor decides twice.
- The dispatcher marks a row ``sending`` (committed) before it calls Slack and ``sent``
  after. A crash in between leaves ``sending``; on the next run, for a bot-token message the
  dispatcher looks in the conversation for a message carrying the alert's id in its metadata
  (``conversations.history``) and marks it sent if found, so the rep does not get a second
  copy; if not found it sends. For webhooks, which cannot be read back, a row left
  ``sending`` is not resent (at most once) and is marked ``failed`` with the reason, visible
  in ``signalwatch alerts``. In files mode the file's existence is the check.
- Failures are retried with backoff (Retry-After when Slack gives one) up to
  ``notify.max_attempts``; permanent errors (user not found with no channel to fall back
  to, invalid auth) fail at once, with the error kept.
- Digests: a rep's digest for a local date is claimed (UNIQUE row) before it is sent, so
  it is never sent twice; one rep's failure is recorded on that rep only.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..config import Config
from ..exceptions import NotifyError
from ..icp import fit
from ..score import AccountState, ScoreSettings, intent
from ..score import decide as decide_account
from ..store import Storage
from ..types import ICP, Account, Rep, Signal
from . import email as digest_email
from .slack import SlackSender, build_message, escape

log = logging.getLogger(__name__)


def score_settings(config: Config) -> ScoreSettings:
    a = config.alerts
    return ScoreSettings(
        fit_floor=a.fit_floor,
        cooldown=timedelta(days=a.cooldown_days),
        backfill=timedelta(hours=config.sources.backfill_hours),
        lifetimes={"funding": a.funding_days, "leadership": a.leadership_days,
                   "hiring": a.hiring_days},
    )


def _icp(config: Config, name: str | None) -> ICP | None:
    return next((i for i in config.icps if i.name == name), None)


def _live(storage: Storage, account_id: str, settings: ScoreSettings,
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


def decide(storage: Storage, config: Config, *, now: datetime,
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
    with storage.transaction():
        for account_id, signals in sorted(by_account.items()):
            account = storage.get_account(account_id)
            if account is None:
                continue
            fitted = fit(account, config.icps)
            icp = _icp(config, fitted.icp)
            state = AccountState(**storage.get_account_state(account_id))
            d = decide_account(account_name=account.name, fit=fitted, icp=icp,
                               new_signals=signals,
                               live_signals=_live(storage, account_id, settings, now),
                               state=state, settings=settings, now=now)
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


def slack_sender(config: Config) -> SlackSender:
    return SlackSender(token=config.secret(config.slack.token_env),
                       webhook_url=config.secret(config.slack.webhook_url_env),
                       base_url=config.slack.base_url)


# -- dispatch ----------------------------------------------------------------------------


@dataclass
class DispatchResult:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    recovered: int = 0
    #: Alerts kept back by a configuration problem until ``alerts --requeue``.
    parked: int = 0


def _backoff(attempts: int) -> timedelta:
    return timedelta(minutes=min(2 ** max(attempts - 1, 0), 60))


#: How long a sender may hold an alert it claimed before another may take it over (a
#: sender whose process is gone on this host loses it at once).
CLAIM_LEASE = timedelta(minutes=10)
_HOST = socket.gethostname()
#: Claim tokens of the dispatchers running in this process.
_ACTIVE: set[str] = set()


def _new_owner() -> str:
    return f"{_HOST}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def claim_is_dead(owner: str | None) -> bool:
    """Whether the sender named ``owner`` (``host:pid:token``) is gone: its process no
    longer exists on this host, or it is this process and that dispatcher has finished."""
    if not owner:
        return True
    host, _, rest = owner.partition(":")
    pid_text, _, _token = rest.partition(":")
    if host != _HOST or not pid_text.isdigit():
        return False  # another machine's sender: only its lease can expire
    pid = int(pid_text)
    if pid == os.getpid():
        return owner not in _ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def send_ops(config: Config, message: str, now: datetime,
             sender: SlackSender | None = None) -> None:
    """An operator message: to ``daemon.ops_channel`` when Slack works, else to
    ``notify.output_dir/ops/ops-alerts.log`` (and always to the log)."""
    log.warning("ops: %s", message)
    channel = config.daemon.ops_channel
    sender = sender or slack_sender(config)
    if channel and sender.client is not None:
        try:
            sender.post(channel, {"text": escape(message), "blocks": [
                {"type": "section", "text": {"type": "mrkdwn", "text": escape(message)}}]})
            return
        except NotifyError as e:
            log.error("ops alert not delivered: %s", e)
    folder = Path(config.notify.output_dir) / "ops"
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "ops-alerts.log", "a", encoding="utf-8") as f:
        f.write(f"{now.isoformat()} {message}\n")


class Dispatcher:
    """Sends due outbox rows. Every row is claimed atomically (a lease in the store)
    before anything is sent, so several dispatchers (two ``collect`` runs, a ``notify``
    and the daemon) never send the same alert twice (issue #10)."""

    def __init__(self, storage: Storage, config: Config, *, now: datetime,
                 sender: SlackSender | None = None) -> None:
        self.storage = storage
        self.config = config
        self.now = now
        self.sender = sender or slack_sender(config)
        self.out = Path(config.notify.output_dir)
        self.owner = _new_owner()

    def _fallback_channel(self, row: dict[str, Any]) -> str | None:
        account = self.storage.get_account(row["account_id"])
        icp = _icp(self.config, fit(account, self.config.icps).icp) if account else None
        return (icp.channel if icp else None) or self.config.slack.channel

    def _target(self, row: dict[str, Any]) -> str:
        """The Slack conversation for a row: the owner's DM, else the ICP or team channel."""
        rep = self.config.rep(row["rep"])
        user_id = rep.slack_user if rep else None
        email = (rep.slack_email or rep.email) if rep else row["rep"]
        if user_id is None and email:
            known, cached = self.storage.get_slack_user(email)
            if known:
                user_id = cached
            else:
                user_id = self.sender.lookup_user(email)
                self.storage.set_slack_user(email, user_id, now=self.now)
        if user_id:
            try:
                return self.sender.open_dm(user_id)
            except NotifyError as e:
                # The rep's DM is gone or unreachable: the team channel still works.
                channel = self._fallback_channel(row)
                if e.code in ("channel_not_found", "user_not_found", "cannot_dm_bot",
                              "user_disabled", "is_archived") and channel:
                    log.warning("DM to %s failed (%s); using %s", email, e.code, channel,
                                extra={"account": row["account_id"]})
                    return channel
                raise
        channel = self._fallback_channel(row)
        if channel:
            return channel
        raise NotifyError(f"no Slack user for {email or 'an unowned account'} and no channel "
                          "configured (slack.channel or the ICP's channel)", permanent=True,
                          config=True)

    def _file(self, alert_id: int) -> Path:
        return self.out / "slack" / f"alert-{alert_id:06d}.json"

    def _send(self, row: dict[str, Any]) -> None:
        """Send a row this dispatcher has claimed."""
        payload = json.loads(row["payload"])
        channel = row["channel"]
        if channel == "file":
            path = self._file(row["id"])
            path.parent.mkdir(parents=True, exist_ok=True)
            self.storage.set_alert_target(row["id"], str(path))
            tmp = path.with_suffix(f".{self.owner.rsplit(':', 1)[-1]}.tmp")
            tmp.write_text(json.dumps(payload, indent=2, ensure_ascii=False), "utf-8")
            tmp.replace(path)
            self.storage.mark_alert_sent(row["id"], now=self.now, remote_id=str(path))
            return
        if channel == "webhook":
            self.storage.set_alert_target(row["id"], "webhook")
            self.sender.post_webhook(payload)
            self.storage.mark_alert_sent(row["id"], now=self.now, remote_id=None)
            return
        target = row["target"]
        if not target:
            target = self._target(row)
            # Recorded before posting: a crash after the post is found there on recovery.
            self.storage.set_alert_target(row["id"], target)
        try:
            ts = self.sender.post(target, payload)
        except NotifyError as e:
            fallback = self._fallback_channel(row)
            if e.code in ("channel_not_found", "is_archived", "not_in_channel") \
                    and fallback and fallback != target:
                log.warning("posting to %s failed (%s); using %s", target, e.code, fallback,
                            extra={"account": row["account_id"]})
                self.storage.set_alert_target(row["id"], fallback)
                ts = self.sender.post(fallback, payload)
            else:
                raise
        self.storage.mark_alert_sent(row["id"], now=self.now, remote_id=ts)

    def recover(self) -> int:
        """Settle rows left in ``sending`` by a sender that is gone (see the module
        docstring); rows a live sender holds are left to it."""
        recovered = 0
        for row in self.storage.interrupted_alerts(self.now, claim_is_dead):
            if not self.storage.take_over_alert(row["id"], owner=self.owner,
                                                previous=row.get("claimed_by"),
                                                now=self.now, lease=CLAIM_LEASE):
                continue
            if row["channel"] == "file":
                if self._file(row["id"]).exists():
                    self.storage.mark_alert_sent(row["id"], now=self.now,
                                                 remote_id=str(self._file(row["id"])))
                else:
                    self.storage.mark_alert_retry(row["id"], error="interrupted",
                                                  next_attempt_at=self.now)
            elif row["channel"] == "webhook":
                self.storage.mark_alert_failed(
                    row["id"], error="interrupted while sending by webhook; not resent "
                    "(webhooks cannot be checked; at most once)")
            elif not row["target"]:
                # Claimed but never posted (no target was recorded): safe to send.
                self.storage.mark_alert_retry(row["id"], error="interrupted before posting",
                                              next_attempt_at=self.now)
            else:
                created = datetime.fromisoformat(row["created_at"])
                try:
                    ts = self.sender.find_sent(row["target"], row["id"],
                                               created.timestamp() - 60)
                except NotifyError as e:
                    self.storage.mark_alert_retry(row["id"], error=f"recovery: {e}",
                                                  next_attempt_at=self.now + _backoff(1))
                    continue
                if ts:
                    self.storage.mark_alert_sent(row["id"], now=self.now, remote_id=ts)
                else:
                    self.storage.mark_alert_retry(row["id"], error="interrupted; not found "
                                                  "in Slack, resending", next_attempt_at=self.now)
            recovered += 1
        return recovered

    def run(self, *, limit: int = 200) -> DispatchResult:
        _ACTIVE.add(self.owner)
        try:
            return self._run(limit)
        finally:
            _ACTIVE.discard(self.owner)

    def _run(self, limit: int) -> DispatchResult:
        result = DispatchResult(recovered=self.recover())
        parked: dict[str, int] = {}
        for row in self.storage.due_alerts(self.now, limit=limit):
            if not self.storage.claim_alert(row["id"], owner=self.owner, now=self.now,
                                            lease=CLAIM_LEASE):
                continue  # another sender took it
            row = self.storage.get_alert_row(row["id"])
            try:
                self._send(row)
                result.sent += 1
            except NotifyError as e:
                attempts = int(row["attempts"]) or 1
                if e.config:
                    self.storage.mark_alert_parked(row["id"], error=str(e))
                    result.parked += 1
                    parked[str(e)] = parked.get(str(e), 0) + 1
                    log.error("alert %s parked: %s", row["id"], e,
                              extra={"account": row["account_id"]})
                elif e.permanent or attempts >= self.config.notify.max_attempts:
                    self.storage.mark_alert_failed(row["id"], error=str(e))
                    result.failed += 1
                    log.error("alert %s failed: %s", row["id"], e,
                              extra={"account": row["account_id"]})
                else:
                    wait = timedelta(seconds=e.retry_after) if e.retry_after is not None \
                        else _backoff(attempts)
                    self.storage.mark_alert_retry(row["id"], error=str(e),
                                                  next_attempt_at=self.now + wait)
                    result.retried += 1
                    log.warning("alert %s will be retried: %s", row["id"], e,
                                extra={"account": row["account_id"]})
            except Exception as e:
                self.storage.mark_alert_failed(row["id"], error=f"{type(e).__name__}: {e}")
                result.failed += 1
                log.exception("alert %s failed", row["id"], extra={"account": row["account_id"]})
        for error, count in parked.items():
            send_ops(self.config, f"{count} alert(s) parked by a configuration problem: "
                     f"{error}. Fix it, then run `signalwatch alerts --requeue`.", self.now,
                     sender=self.sender)
        return result


def dispatch(storage: Storage, config: Config, *, now: datetime,
             sender: SlackSender | None = None) -> DispatchResult:
    return Dispatcher(storage, config, now=now, sender=sender).run()


# -- digests -----------------------------------------------------------------------------


def digest_groups(storage: Storage, config: Config, rep: Rep, *, start: datetime,
                  end: datetime) -> list[digest_email.DigestGroup]:
    """The rep's fitting, unsnoozed accounts with signals detected in (start, end]."""
    settings = score_settings(config)
    accounts = {a.id: a for a in storage.get_accounts()
                if (a.owner or "").lower() == rep.email.lower()}
    groups = []
    signals = storage.get_signals_detected(list(accounts), start, end)
    by_account: dict[str, list[Signal]] = {}
    for s in signals:
        by_account.setdefault(s.account_id, []).append(s)
    for account_id, sigs in by_account.items():
        account = accounts[account_id]
        fitted = fit(account, config.icps)
        if fitted.tier is None or not _at_least(fitted.tier, settings.fit_floor):
            continue
        state = storage.get_account_state(account_id)
        if state["muted"] or (state["snoozed_until"] and state["snoozed_until"] > end):
            continue
        icp = _icp(config, fitted.icp)
        heat = intent(_live(storage, account_id, settings, end), icp, settings, end)
        from ..score import why_now

        groups.append(digest_email.DigestGroup(
            name=account.name, tier=fitted.tier, heat=heat.heat, heat_tier=heat.tier,
            why_now=why_now(account.name, sigs, with_name=False),
            fit_reasons=tuple(r.label for r in fitted.reasons if r.held and r.role == "prefer")[:3],
            signals=tuple(sigs)))
    return groups


def _at_least(tier: str, floor: str) -> bool:
    from ..icp import tier_at_least

    return tier_at_least(tier, floor)


@dataclass
class DigestResult:
    sent: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)


def digest_window(storage: Storage, rep: Rep, now: datetime) -> datetime:
    last = storage.get_last_digest(rep.email)
    if last is not None:
        return datetime.fromisoformat(last["period_end"])
    return now - timedelta(days=1)


#: A digest claimed longer ago than this by a sender that is not running any more is
#: recovered (sent again): SMTP cannot be asked whether it arrived, so a crash in the
#: instant between the server's acceptance and our commit can repeat a digest.
DIGEST_LEASE = timedelta(minutes=30)


def recover_digests(storage: Storage, *, now: datetime) -> int:
    """Digests left ``sending`` by a sender that died: marked failed, so they go again."""
    stale = storage.stale_digests(now, DIGEST_LEASE, claim_is_dead)
    for row in stale:
        storage.finish_digest(row["id"], status="failed", now=now,
                              error="interrupted while sending; will be sent again")
    return len(stale)


def send_digest(storage: Storage, config: Config, rep: Rep, *, now: datetime,
                local_date: str, force: bool = False) -> str:
    """Build and send (or write) one rep's digest; returns 'sent', 'empty', 'claimed'
    (already delivered) or 'busy' (another sender has it now).

    Only a delivered digest counts: a day with nothing to say is recorded ``empty`` and
    may still be sent later that day when signals arrive (issue #10)."""
    start = digest_window(storage, rep, now)
    groups = digest_groups(storage, config, rep, start=start, end=now)
    digest = digest_email.render_digest(rep, groups, start=start, end=now)
    if digest.count == 0 and not config.email.send_empty and not force:
        existing = storage.get_digest(rep.email, local_date)
        if existing is not None and existing["status"] == "sent":
            return "claimed"
        return "empty"
    message_id = digest_email.make_msgid(domain="signalwatch")
    owner = _new_owner()
    _ACTIVE.add(owner)
    try:
        claim = storage.start_digest(rep.email, local_date=local_date, start=start, end=now,
                                     count=digest.count, message_id=message_id, owner=owner,
                                     now=now)
        if claim is None and not force:
            existing = storage.get_digest(rep.email, local_date)
            return "busy" if existing and existing["status"] == "sending" else "claimed"
        try:
            msg = digest_email.build_message(digest, sender=config.email.sender, to=rep.email,
                                             now=now, message_id=message_id)
            if config.email.host:
                digest_email.send_message(
                    msg, host=config.email.host, port=config.email.port,
                    security=config.email.security, username=config.email.username,
                    password=config.secret(config.email.password_env),
                    timeout=config.email.timeout)
            else:
                folder = Path(config.notify.output_dir) / "digests"
                folder.mkdir(parents=True, exist_ok=True)
                stem = f"{rep.email.replace('@', '_at_')}-{local_date}"
                (folder / f"{stem}.eml").write_bytes(bytes(msg))
                (folder / f"{stem}.html").write_text(digest.html, "utf-8")
        except Exception as e:
            # Whatever went wrong, the claim is released as failed: the digest is tried
            # again, never left "sending" and lost (issue #10).
            if claim is not None:
                storage.finish_digest(claim, status="failed", now=now,
                                      error=f"{type(e).__name__}: {e}"[:500])
            if isinstance(e, NotifyError):
                raise
            raise NotifyError(f"digest for {rep.email}: {type(e).__name__}: {e}") from e
        if claim is not None:
            storage.finish_digest(claim, status="sent", now=now)
        return "sent"
    finally:
        _ACTIVE.discard(owner)


def send_due_digests(storage: Storage, config: Config, *, now: datetime,
                     grace: timedelta = timedelta(hours=12)) -> DigestResult:
    """Send every rep whose local digest hour has come today (or within ``grace``), once."""
    result = DigestResult()
    recover_digests(storage, now=now)
    for rep in config.reps:
        try:
            last = storage.get_last_digest(rep.email)
            day = digest_email.due_date(rep, now, last["local_date"] if last else None, grace)
            if day is None:
                continue
            status = send_digest(storage, config, rep, now=now, local_date=day.isoformat())
        except Exception as e:
            result.failed[rep.email] = str(e)
            log.error("digest for %s failed: %s", rep.email, e, extra={"rep": rep.email})
            continue
        if status == "sent":
            result.sent.append(rep.email)
        elif status == "empty":
            result.empty.append(rep.email)
    return result
