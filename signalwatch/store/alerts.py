"""Decisions, the outbox, account snoozes, digests and the Slack user cache."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from ..types import Alert, Signal
from ..utils import from_iso, to_iso
from .base import StorageBase


def _row_to_alert(r: dict[str, Any]) -> Alert:
    return Alert(
        id=r["id"], account_id=r["account_id"], rep=r["rep"], channel=r["channel"],
        status=r["status"], signal_ids=tuple(json.loads(r["signal_ids"])),
        reasons=tuple(json.loads(r["reasons"])),
        created_at=from_iso(r["created_at"]),  # type: ignore[arg-type]
        sent_at=from_iso(r["sent_at"]),
        payload=json.loads(r["payload"]) if r["payload"] else None,
        attempts=r["attempts"], last_error=r["last_error"], icp_version=r.get("icp_version"),
    )


class AlertsMixin(StorageBase):
    # -- account state ---------------------------------------------------------------

    def get_account_state(self, account_id: str) -> dict[str, Any]:
        """snoozed_until, muted, last_alert_at and the kinds of the last alert's signals."""
        row = self.db.execute(
            "SELECT snoozed_until, muted FROM account_state WHERE account_id = ?",
            (account_id,)).fetchone()
        last = self.db.execute(
            "SELECT created_at, signal_ids FROM alerts WHERE account_id = ? "
            "ORDER BY id DESC LIMIT 1", (account_id,)).fetchone()
        kinds: set[str] = set()
        if last is not None:
            ids = json.loads(last[1])
            if ids:
                marks = ",".join("?" * len(ids))
                kinds = {r[0] for r in self.db.execute(
                    f"SELECT DISTINCT kind FROM signals WHERE id IN ({marks})", ids)}
        return {
            "snoozed_until": from_iso(row[0]) if row else None,
            "muted": bool(row[1]) if row else False,
            "last_alert_at": from_iso(last[0]) if last else None,
            "last_alert_kinds": frozenset(kinds),
        }

    def set_account_state(self, account_id: str, *, snoozed_until: datetime | None = None,
                          muted: bool | None = None) -> None:
        self.db.execute(
            "INSERT INTO account_state (account_id, snoozed_until, muted) VALUES (?, ?, ?) "
            "ON CONFLICT(account_id) DO UPDATE SET snoozed_until = excluded.snoozed_until, "
            "muted = coalesce(?, account_state.muted)",
            (account_id, to_iso(snoozed_until), int(bool(muted)),
             None if muted is None else int(muted)),
        )

    # -- decisions and the outbox ----------------------------------------------------------

    def add_decision(self, account_id: str, *, action: str, reason: str,
                     signal_ids: tuple[int, ...], heat: float, heat_tier: str | None,
                     why_now: str, now: datetime, icp_version: int | None = None) -> int:
        cursor = self.db.execute(
            "INSERT INTO decisions (account_id, action, reason, signal_ids, heat, heat_tier, "
            "why_now, created_at, icp_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (account_id, action, reason, json.dumps(list(signal_ids)), heat, heat_tier,
             why_now, to_iso(now), icp_version))
        return int(cursor.lastrowid or 0)

    def get_last_decision(self, account_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query(
            "SELECT * FROM decisions WHERE account_id = ? ORDER BY id DESC LIMIT 1",
            (account_id,)))
        return rows[0] if rows else None

    def add_alert(self, *, decision_id: int, account_id: str, rep: str | None, channel: str,
                  signal_ids: tuple[int, ...], reasons: list[str], payload: dict[str, Any],
                  now: datetime, icp_version: int | None = None) -> int:
        cursor = self.db.execute(
            "INSERT INTO alerts (decision_id, account_id, rep, channel, status, signal_ids, "
            "reasons, payload, created_at, next_attempt_at, icp_version) "
            "VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?)",
            (decision_id, account_id, rep, channel, json.dumps(list(signal_ids)),
             json.dumps(reasons), json.dumps(payload), to_iso(now), to_iso(now), icp_version))
        return int(cursor.lastrowid or 0)

    def get_alerts(self, *, status: str | None = None, limit: int | None = None) -> list[Alert]:
        sql = "SELECT * FROM alerts"
        params: list[Any] = []
        if status is not None:
            sql += " WHERE status = ?"
            params.append(status)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_row_to_alert(r) for r in self.db.query(sql, params)]

    def get_alert_row(self, alert_id: int) -> dict[str, Any]:
        return next(iter(self.db.query("SELECT * FROM alerts WHERE id = ?", (alert_id,))))

    def due_alerts(self, now: datetime, *, limit: int = 100) -> list[dict[str, Any]]:
        """Pending rows whose next attempt is due, oldest first."""
        return list(self.db.query(
            "SELECT * FROM alerts WHERE status = 'pending' AND next_attempt_at <= ? "
            "ORDER BY id LIMIT ?", (to_iso(now), limit)))

    def claim_alert(self, alert_id: int, *, owner: str, now: datetime,
                    lease: timedelta) -> bool:
        """Atomically take a due pending alert for sending (status ``sending``, a lease
        held by ``owner``); False when another sender has it or it is not due. Only the
        claimer sends, so concurrent commands and the daemon never send it twice."""
        cursor = self.db.execute(
            "UPDATE alerts SET status = 'sending', attempts = attempts + 1, last_error = NULL, "
            "claimed_by = ?, claim_until = ? WHERE id = ? AND status = 'pending' "
            "AND next_attempt_at <= ?",
            (owner, to_iso(now + lease), alert_id, to_iso(now)))
        return cursor.rowcount == 1

    def set_alert_target(self, alert_id: int, target: str) -> None:
        self.db.execute("UPDATE alerts SET target = ? WHERE id = ?", (target, alert_id))

    def interrupted_alerts(self, now: datetime | None = None,
                           dead: Callable[[str | None], bool] | None = None
                           ) -> list[dict[str, Any]]:
        """Rows left ``sending`` by a sender that is gone: its lease ran out, or ``dead``
        says its process no longer exists. A live sender's rows are left alone."""
        rows = list(self.db.query("SELECT * FROM alerts WHERE status = 'sending' ORDER BY id"))
        if now is None:
            return rows
        out = []
        for r in rows:
            until = from_iso(r.get("claim_until"))
            if until is None or until <= now or (dead is not None and dead(r.get("claimed_by"))):
                out.append(r)
        return out

    def take_over_alert(self, alert_id: int, *, owner: str, previous: str | None,
                        now: datetime, lease: timedelta) -> bool:
        """Take an interrupted ``sending`` row over (only if its claim did not change)."""
        cursor = self.db.execute(
            "UPDATE alerts SET claimed_by = ?, claim_until = ? WHERE id = ? "
            "AND status = 'sending' AND claimed_by IS ?",
            (owner, to_iso(now + lease), alert_id, previous))
        return cursor.rowcount == 1

    def mark_alert_sending(self, alert_id: int, *, target: str | None, now: datetime) -> None:
        self.db.execute(
            "UPDATE alerts SET status = 'sending', attempts = attempts + 1, target = ?, "
            "last_error = NULL WHERE id = ?", (target, alert_id))

    def mark_alert_parked(self, alert_id: int, *, error: str) -> None:
        """A configuration problem (bad token, missing channel): kept, not failed, until
        ``alerts --requeue`` after the fix."""
        self.db.execute("UPDATE alerts SET status = 'parked', last_error = ?, "
                        "claimed_by = NULL, claim_until = NULL WHERE id = ?", (error, alert_id))

    def requeue_alerts(self, *, now: datetime, statuses: tuple[str, ...] = ("parked",),
                       ids: list[int] | None = None) -> int:
        """Put parked (or failed) alerts back in the outbox with fresh attempts."""
        marks = ",".join("?" * len(statuses))
        sql = (f"UPDATE alerts SET status = 'pending', attempts = 0, next_attempt_at = ?, "
               f"claimed_by = NULL, claim_until = NULL WHERE status IN ({marks})")
        params: list[Any] = [to_iso(now), *statuses]
        if ids:
            sql += f" AND id IN ({','.join('?' * len(ids))})"
            params += ids
        return int(self.db.execute(sql, params).rowcount)

    def count_alerts_by_status(self) -> dict[str, int]:
        return {r[0]: int(r[1]) for r in self.db.execute(
            "SELECT status, count(*) FROM alerts GROUP BY status")}

    def mark_alert_sent(self, alert_id: int, *, now: datetime, remote_id: str | None) -> None:
        self.db.execute(
            "UPDATE alerts SET status = 'sent', sent_at = ?, remote_id = ?, last_error = NULL, "
            "claimed_by = NULL, claim_until = NULL WHERE id = ?",
            (to_iso(now), remote_id, alert_id))

    def mark_alert_retry(self, alert_id: int, *, error: str, next_attempt_at: datetime) -> None:
        self.db.execute(
            "UPDATE alerts SET status = 'pending', last_error = ?, next_attempt_at = ?, "
            "claimed_by = NULL, claim_until = NULL WHERE id = ?",
            (error, to_iso(next_attempt_at), alert_id))

    def mark_alert_failed(self, alert_id: int, *, error: str) -> None:
        self.db.execute("UPDATE alerts SET status = 'failed', last_error = ?, "
                        "claimed_by = NULL, claim_until = NULL WHERE id = ?", (error, alert_id))

    def outbox_depth(self) -> int:
        return int(self.db.execute(
            "SELECT count(*) FROM alerts WHERE status IN ('pending', 'sending')").fetchone()[0])

    # -- digests -------------------------------------------------------------------------

    def get_last_digest(self, rep: str) -> dict[str, Any] | None:
        """The rep's last delivered (or being delivered) digest. An ``empty`` day, when
        there was nothing to say, is not a delivered digest (issue #10)."""
        rows = list(self.db.query(
            "SELECT * FROM digests WHERE rep = ? AND status IN ('sent', 'sending') "
            "ORDER BY local_date DESC LIMIT 1", (rep,)))
        return rows[0] if rows else None

    def stale_digests(self, now: datetime, lease: timedelta,
                      dead: Callable[[str | None], bool]) -> list[dict[str, Any]]:
        """Digests left ``sending`` by a sender that died or whose lease ran out."""
        out = []
        for r in self.db.query("SELECT * FROM digests WHERE status = 'sending'"):
            claimed = from_iso(r.get("claimed_at"))
            if claimed is None or claimed + lease <= now or dead(r.get("claimed_by")):
                out.append(r)
        return out

    def get_digest(self, rep: str, local_date: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM digests WHERE rep = ? AND local_date = ?",
                                  (rep, local_date)))
        return rows[0] if rows else None

    def start_digest(self, rep: str, *, local_date: str, start: datetime, end: datetime,
                     count: int, message_id: str, owner: str | None = None,
                     now: datetime | None = None) -> int | None:
        """Claim a rep's digest for a local date; None if it was claimed already (sent, or
        left 'sending' by a crash: never twice)."""
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO digests (rep, local_date, period_start, period_end, status, "
            "signal_count, message_id, claimed_by, claimed_at) "
            "VALUES (?, ?, ?, ?, 'sending', ?, ?, ?, ?)",
            (rep, local_date, to_iso(start), to_iso(end), count, message_id, owner,
             to_iso(now)))
        if cursor.rowcount == 0:
            # A failed or empty day may be tried again; the UPDATE is the atomic claim.
            updated = self.db.execute(
                "UPDATE digests SET status = 'sending', period_start = ?, period_end = ?, "
                "signal_count = ?, message_id = ?, error = NULL, claimed_by = ?, "
                "claimed_at = ? WHERE rep = ? AND local_date = ? "
                "AND status IN ('failed', 'empty')",
                (to_iso(start), to_iso(end), count, message_id, owner, to_iso(now), rep,
                 local_date))
            if updated.rowcount == 1:
                row = self.get_digest(rep, local_date)
                return int(row["id"]) if row else None
            return None
        return int(cursor.lastrowid or 0)

    def finish_digest(self, digest_id: int, *, status: str, now: datetime,
                      error: str | None = None) -> None:
        self.db.execute("UPDATE digests SET status = ?, error = ?, sent_at = ?, "
                        "claimed_by = NULL WHERE id = ?",
                        (status, error, to_iso(now) if status == "sent" else None, digest_id))

    def signals_detected_between(self, start: datetime, end: datetime) -> bool:
        """Whether any non-history signal was detected in (start, end] (uses the index)."""
        return self.db.execute(
            "SELECT 1 FROM signals WHERE detected_at > ? AND detected_at <= ? AND history = 0 "
            "LIMIT 1", (to_iso(start), to_iso(end))).fetchone() is not None

    def get_signals_detected(self, account_ids: list[str], start: datetime,
                             end: datetime) -> list[Signal]:
        if not account_ids:
            return []
        marks = ",".join("?" * len(account_ids))
        rows = list(self.db.query(
            f"SELECT * FROM signals WHERE account_id IN ({marks}) AND history = 0 "
            "AND withdrawn_at IS NULL AND detected_at > ? AND detected_at <= ? "
            "ORDER BY occurred_at DESC",
            [*account_ids, to_iso(start), to_iso(end)]))
        return self._signals(rows)  # type: ignore[attr-defined]

    # -- Slack user cache ---------------------------------------------------------------

    def get_slack_user(self, email: str) -> tuple[bool, str | None]:
        row = self.db.execute("SELECT user_id FROM slack_users WHERE email = ?",
                              (email.lower(),)).fetchone()
        return (row is not None, row[0] if row else None)

    def set_slack_user(self, email: str, user_id: str | None, *, now: datetime) -> None:
        self.db.execute(
            "INSERT INTO slack_users (email, user_id, looked_up_at) VALUES (?, ?, ?) "
            "ON CONFLICT(email) DO UPDATE SET user_id = excluded.user_id, "
            "looked_up_at = excluded.looked_up_at", (email.lower(), user_id, to_iso(now)))
