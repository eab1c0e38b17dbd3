"""CRM push state, stored."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..utils import to_iso
from .base import StorageBase

#: Attempts before a push is given up (failed); `crm push --retry` tries those again.
MAX_PUSH_ATTEMPTS = 5


class CrmMixin(StorageBase):
    def alerts_to_push(self, limit: int = 200) -> list[dict[str, Any]]:
        """Sent alerts not yet written to the CRM (pending ones included: they are looked
        up before being written again)."""
        return list(self.db.query(
            "SELECT a.* FROM alerts a LEFT JOIN crm_pushes p ON p.alert_id = a.id "
            "WHERE a.status = 'sent' AND (p.alert_id IS NULL OR p.status = 'pending') "
            "ORDER BY a.id LIMIT ?", (limit,)))

    def push_started(self, alert_id: int, provider: str, now: datetime) -> None:
        self.db.execute(
            "INSERT INTO crm_pushes (alert_id, provider, status, created_at, attempts) "
            "VALUES (?, ?, 'pending', ?, 1) ON CONFLICT(alert_id) DO UPDATE SET "
            "attempts = crm_pushes.attempts + 1", (alert_id, provider, to_iso(now)))

    def push_done(self, alert_id: int, remote_id: str, now: datetime) -> None:
        self.db.execute("UPDATE crm_pushes SET status = 'done', remote_id = ?, done_at = ?, "
                        "last_error = NULL WHERE alert_id = ?", (remote_id, to_iso(now),
                                                                alert_id))

    def push_failed(self, alert_id: int, error: str) -> None:
        self.db.execute(
            "UPDATE crm_pushes SET last_error = ?, status = CASE WHEN attempts >= ? THEN "
            "'failed' ELSE 'pending' END WHERE alert_id = ?",
            (error[:500], MAX_PUSH_ATTEMPTS, alert_id))

    def push_counts(self) -> dict[str, int]:
        """Alerts written to the CRM, by status (for /metrics)."""
        return {r[0]: int(r[1]) for r in self.db.execute(
            "SELECT status, count(*) FROM crm_pushes GROUP BY status")}

    def get_pushes(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM crm_pushes ORDER BY alert_id"))

    def retry_failed_pushes(self) -> int:
        return self.db.execute("UPDATE crm_pushes SET status = 'pending', attempts = 0 "
                               "WHERE status = 'failed'").rowcount
