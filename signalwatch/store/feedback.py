"""Reps' feedback, stored (issue #14): actions, receipts, exclusion rules, overrides."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from ..utils import to_iso
from .base import StorageBase


class FeedbackMixin(StorageBase):
    def record_feedback(self, *, target: str, alert_id: int | None, account_id: str,
                        signal_ids: Sequence[int], kind: str | None, source: str | None,
                        icp: str | None, rep: str | None, user: str, action: str,
                        reason: str | None, via: str, now: datetime) -> bool:
        """Record one action; False when this user already took it on this target (a
        double click, a redelivered envelope, a link opened twice)."""
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO feedback (target, alert_id, account_id, signal_ids, kind, "
            "source, icp, rep, user, action, reason, via, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (target, alert_id, account_id, json.dumps(list(signal_ids)), kind, source, icp,
             rep, user, action, reason, via, to_iso(now)))
        return cursor.rowcount > 0

    def first_receipt(self, key: str, now: datetime) -> bool:
        """True the first time ``key`` (an envelope id, a link's nonce) is seen."""
        return self.db.execute(
            "INSERT OR IGNORE INTO feedback_receipts (key, received_at) VALUES (?, ?)",
            (key, to_iso(now))).rowcount > 0

    def inbox_add(self, key: str, payload: str, via: str, now: datetime) -> bool:
        """Keep an interaction before acknowledging it; False when ``key`` (an envelope
        id, a signed request) came before: Slack delivered it again."""
        return self.db.execute(
            "INSERT OR IGNORE INTO feedback_inbox (key, payload, via, received_at) "
            "VALUES (?, ?, ?, ?)", (key, payload, via, to_iso(now))).rowcount > 0

    def inbox_pending(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM feedback_inbox WHERE done_at IS NULL "
                                  "ORDER BY received_at, key"))

    def inbox_done(self, key: str, now: datetime) -> None:
        self.db.execute("UPDATE feedback_inbox SET done_at = ? WHERE key = ?",
                        (to_iso(now), key))

    def get_feedback(self, *, target: str | None = None, account_id: str | None = None,
                     since: datetime | None = None) -> list[dict[str, Any]]:
        where, params = [], []
        if since is not None:
            where.append("created_at >= ?")
            params.append(to_iso(since))
        if target is not None:
            where.append("target = ?")
            params.append(target)
        if account_id is not None:
            where.append("account_id = ?")
            params.append(account_id)
        sql = "SELECT * FROM feedback" + (f" WHERE {' AND '.join(where)}" if where else "")
        return list(self.db.query(sql + " ORDER BY id", params))

    def find_alert(self, alert_id: int) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM alerts WHERE id = ?", (alert_id,)))
        return rows[0] if rows else None

    def signal_account(self, signal_id: int) -> str | None:
        row = self.db.execute("SELECT account_id FROM signals WHERE id = ?",
                              (signal_id,)).fetchone()
        return str(row[0]) if row else None

    def set_alert_taken(self, alert_id: int, who: str) -> None:
        self.db.execute("UPDATE alerts SET taken_by = coalesce(taken_by, ?) WHERE id = ?",
                        (who, alert_id))

    def withdraw_signals(self, signal_ids: Sequence[int], *, by: str, now: datetime) -> None:
        for signal_id in signal_ids:
            self.db.execute("UPDATE signals SET withdrawn_at = coalesce(withdrawn_at, ?), "
                            "withdrawn_by = coalesce(withdrawn_by, ?) WHERE id = ?",
                            (to_iso(now), by, signal_id))

    def add_exclusion(self, account_id: str, phrase: str, *, signal_id: int | None, by: str,
                      now: datetime) -> bool:
        return self.db.execute(
            "INSERT OR IGNORE INTO match_exclusions (account_id, phrase, signal_id, "
            "created_by, created_at) VALUES (?, ?, ?, ?, ?)",
            (account_id, phrase, signal_id, by, to_iso(now))).rowcount > 0

    def get_exclusions(self, account_id: str | None = None) -> list[dict[str, Any]]:
        if account_id is None:
            return list(self.db.query("SELECT * FROM match_exclusions ORDER BY id"))
        return list(self.db.query("SELECT * FROM match_exclusions WHERE account_id = ? "
                                  "ORDER BY id", (account_id,)))

    def remove_exclusion(self, exclusion_id: int) -> bool:
        return self.db.execute("DELETE FROM match_exclusions WHERE id = ?",
                               (exclusion_id,)).rowcount > 0

    def get_overrides(self) -> set[tuple[str, str]]:
        return {(r[0], r[1]) for r in self.db.execute(
            "SELECT scope, value FROM demotion_overrides")}

    def taken_by(self, account_id: str, since: datetime) -> str | None:
        """Who said "I'm on it" on the account's latest alert since ``since``: their email
        when the Slack user is known, else the Slack user id."""
        row = self.db.execute(
            "SELECT taken_by FROM alerts WHERE account_id = ? AND taken_by IS NOT NULL "
            "AND created_at >= ? ORDER BY id DESC LIMIT 1",
            (account_id, to_iso(since))).fetchone()
        if row is None:
            return None
        known = self.db.execute("SELECT email FROM slack_users WHERE user_id = ?",
                                (row[0],)).fetchone()
        return str(known[0]) if known else str(row[0])

    def feedback_counts(self) -> dict[str, int]:
        """Actions recorded, by action (for /metrics)."""
        return {r[0]: int(r[1]) for r in self.db.execute(
            "SELECT action, count(*) FROM feedback GROUP BY action")}

    def acted_alerts(self) -> set[int]:
        """Alerts a rep acted on: judged useful or claimed ("I'm on it")."""
        return {r[0] for r in self.db.execute(
            "SELECT alert_id FROM feedback WHERE alert_id IS NOT NULL AND action IN "
            "('useful', 'claim') UNION SELECT id FROM alerts WHERE taken_by IS NOT NULL")}

    def remove_override(self, scope: str, value: str) -> bool:
        return self.db.execute("DELETE FROM demotion_overrides WHERE scope = ? AND value = ?",
                               (scope, value)).rowcount > 0

    def set_override(self, scope: str, value: str, *, by: str, now: datetime) -> None:
        self.db.execute(
            "INSERT INTO demotion_overrides (scope, value, restored_by, restored_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(scope, value) DO UPDATE SET "
            "restored_by = excluded.restored_by, restored_at = excluded.restored_at",
            (scope, value, by, to_iso(now)))
