"""The dispatch stage: the outbox -> Slack (bot token or webhook) or files.

Delivery guarantee (tested in tests/test_notify.py and tests/test_notify_hardening.py):

- Every due row is claimed atomically (status ``sending`` with a lease naming the sender)
  before anything is sent, so concurrent senders never send it twice.
- A row left ``sending`` by a sender that is gone is recovered: for a bot-token message the
  conversation is searched for a message carrying the alert's id in its metadata
  (``conversations.history``) and marked sent if found; webhooks, which cannot be read back,
  are not resent (at most once); files are checked on disk.
- Failures are retried with backoff (Retry-After when Slack gives one) up to
  ``notify.max_attempts``; an error that says the installation is wrong parks the alert
  until ``alerts --requeue``; an error that says this message can never go fails it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..config import Config
from ..exceptions import NotifyError
from ..icp import fit
from ..notify.slack import SlackSender, escape
from ..store import Storage
from .claims import ACTIVE, CLAIM_LEASE, claim_is_dead, new_owner
from .decide import icp_named, slack_sender

log = logging.getLogger(__name__)



@dataclass
class DispatchResult:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    recovered: int = 0
    #: Alerts kept back by a configuration problem until ``alerts --requeue``.
    parked: int = 0
    #: Sent alerts written to the CRM (issue #15), and why not when it failed.
    crm_pushed: int = 0
    crm_error: str | None = None


def _backoff(attempts: int) -> timedelta:
    return timedelta(minutes=min(2 ** max(attempts - 1, 0), 60))


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
        self.owner = new_owner(storage)

    def _fallback_channel(self, row: dict[str, Any]) -> str | None:
        account = self.storage.get_account(row["account_id"])
        icp = icp_named(self.config, fit(account, self.config.icps).icp) if account else None
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
        def dead(owner: str | None) -> bool:
            return claim_is_dead(owner, self.storage.sender_alive)

        for row in self.storage.interrupted_alerts(self.now, dead):
            if not self.storage.take_over_alert(row["id"], owner=self.owner,
                                                previous=row.get("claimed_by"),
                                                now=self.now, lease=CLAIM_LEASE):
                continue
            # The window where a duplicate could happen: say so, then close it below.
            log.warning("alert %s was being sent by %s, which is gone; checking whether it "
                        "went out before sending again", row["id"], row.get("claimed_by"),
                        extra={"account": row["account_id"]})
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
        ACTIVE.add(self.owner)
        try:
            return self._run(limit)
        finally:
            ACTIVE.discard(self.owner)

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
    """Send due alerts, then write the sent ones to the CRM when one is configured (a CRM
    failure is recorded and retried next time; it never holds Slack back)."""
    result = Dispatcher(storage, config, now=now, sender=sender).run()
    if config.crm.provider and config.crm.push:
        from ..crm.push import push_alerts
        from ..exceptions import SignalwatchError

        try:
            pushed = push_alerts(storage, config, now=now)
            result.crm_pushed = pushed.pushed + pushed.found
        except SignalwatchError as e:
            log.error("CRM push: %s", e)
            result.crm_error = str(e)
    return result


