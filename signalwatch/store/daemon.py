"""Daemon bookkeeping, housekeeping and metrics."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..utils import from_iso, to_iso
from .base import StorageBase


class DaemonMixin(StorageBase):
    def add_daemon_event(self, kind: str, *, now: datetime, job: str | None = None,
                         detail: str | None = None) -> None:
        self.db.execute("INSERT INTO daemon_events (at, kind, job, detail) VALUES (?, ?, ?, ?)",
                        (to_iso(now), kind, job, detail))
        # bounded: keep the last 10,000 events
        self.db.execute("DELETE FROM daemon_events WHERE id <= "
                        "(SELECT max(id) - 10000 FROM daemon_events)")

    def get_daemon_events(self, limit: int = 50) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM daemon_events ORDER BY id DESC LIMIT ?",
                                  (limit,)))

    # -- ops alerts ---------------------------------------------------------------------

    def get_ops_alert(self, source: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM ops_alerts WHERE source = ?", (source,)))
        return rows[0] if rows else None

    def set_ops_alert(self, source: str, *, now: datetime) -> None:
        self.db.execute(
            "INSERT INTO ops_alerts (source, first_alert_at, last_alert_at) VALUES (?, ?, ?) "
            "ON CONFLICT(source) DO UPDATE SET last_alert_at = excluded.last_alert_at, "
            "cleared_at = NULL, first_alert_at = CASE WHEN ops_alerts.cleared_at IS NULL "
            "THEN ops_alerts.first_alert_at ELSE excluded.first_alert_at END",
            (source, to_iso(now), to_iso(now)))

    def clear_ops_alert(self, source: str, *, now: datetime) -> None:
        self.db.execute("UPDATE ops_alerts SET cleared_at = ? WHERE source = ?",
                        (to_iso(now), source))

    def open_ops_alerts(self) -> dict[str, datetime]:
        return {r["source"]: from_iso(r["last_alert_at"])  # type: ignore[misc]
                for r in self.db.query("SELECT * FROM ops_alerts WHERE cleared_at IS NULL")}

    # -- housekeeping -------------------------------------------------------------------

    def prune(self, *, items_before: datetime, postings_closed_before: datetime) -> int:
        """Delete old items no signal points at, and postings closed long ago (the hiring
        baseline only looks back a few months). Returns the rows deleted."""
        with self.transaction() as db:
            n = db.execute(
                "DELETE FROM items WHERE type != 'posting' AND last_seen < ? AND id NOT IN "
                "(SELECT item_id FROM signal_evidence WHERE item_id IS NOT NULL) "
                "AND id <= coalesce((SELECT CAST(value AS INTEGER) FROM meta "
                "WHERE key = 'extract.cursor'), 0)",
                (to_iso(items_before),)).rowcount
            n += db.execute(
                "DELETE FROM items WHERE type = 'posting' AND closed_at IS NOT NULL "
                "AND closed_at < ? AND id NOT IN (SELECT item_id FROM signal_evidence "
                "WHERE item_id IS NOT NULL)", (to_iso(postings_closed_before),)).rowcount
            # Slack interactions applied long ago and spent link nonces (a link this old
            # expired long before: feedback.link_days is far shorter than the retention)
            n += db.execute("DELETE FROM feedback_inbox WHERE done_at IS NOT NULL AND "
                            "done_at < ?", (to_iso(items_before),)).rowcount
            n += db.execute("DELETE FROM feedback_receipts WHERE received_at < ?",
                            (to_iso(items_before),)).rowcount
        self.db.execute("PRAGMA optimize")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(n)

    # -- metrics ------------------------------------------------------------------------

    def metrics(self) -> dict[str, Any]:
        one = lambda sql: self.db.execute(sql).fetchone()[0] or 0  # noqa: E731
        return {
            "polls": one("SELECT sum(polls) FROM sources"),
            "failing_sources": one("SELECT count(*) FROM sources WHERE consecutive_failures > 0"),
            "items": one("SELECT count(*) FROM items"),
            "signals": {r[0]: r[1] for r in self.db.execute(
                "SELECT kind, count(*) FROM signals GROUP BY kind")},
            "alerts": {r[0]: r[1] for r in self.db.execute(
                "SELECT status, count(*) FROM alerts GROUP BY status")},
            "outbox_depth": one("SELECT count(*) FROM alerts WHERE status IN "
                                "('pending', 'sending')"),
            "sources": list(self.db.query(
                "SELECT name, last_success, consecutive_failures, enabled FROM sources")),
        }

    # -- the job engine of `signalwatch worker` (PostgreSQL) ------------------------------

    def job_engine_status(self, seconds_stalled: float) -> dict[str, Any]:
        """procrastinate's tables as an operator reads them: workers with the age of their
        last heartbeat, jobs by status and task, the oldest job waiting past its time, the
        jobs held by silent workers. Empty when the tables are not there (no worker ever
        started, or SQLite)."""
        if not self.is_postgres or not self.query(
                "SELECT 1 AS x FROM information_schema.tables WHERE table_name = "
                "'procrastinate_jobs' AND table_schema = current_schema()"):
            return {}
        workers = self.query(
            "SELECT id, EXTRACT(EPOCH FROM now() - last_heartbeat) AS age FROM "
            "procrastinate_workers ORDER BY id")
        jobs = self.query(
            "SELECT status::text AS status, task_name AS task, count(*) AS n FROM "
            "procrastinate_jobs GROUP BY status, task_name ORDER BY status, task_name")
        late = self.query(
            "SELECT EXTRACT(EPOCH FROM now() - coalesce(scheduled_at, (SELECT min(at) FROM "
            "procrastinate_events e WHERE e.job_id = j.id))) AS age, task_name AS task FROM "
            "procrastinate_jobs j WHERE status = 'todo' AND coalesce(scheduled_at, now()) "
            "<= now() ORDER BY id LIMIT 1")
        stalled = self.query(
            "SELECT j.id, j.task_name AS task FROM procrastinate_jobs j LEFT JOIN "
            "procrastinate_workers w ON w.id = j.worker_id WHERE j.status = 'doing' AND "
            "(w.id IS NULL OR w.last_heartbeat < now() - make_interval(secs => ?)) "
            "ORDER BY j.id", (seconds_stalled,))
        return {
            "workers": [{"id": w["id"], "heartbeat_age": float(w["age"])} for w in workers],
            "jobs": [{"status": r["status"], "task": r["task"], "count": int(r["n"])}
                     for r in jobs],
            "oldest_waiting": ({"task": late[0]["task"], "age": float(late[0]["age"] or 0)}
                               if late else None),
            "stalled": [{"id": r["id"], "task": r["task"]} for r in stalled],
        }
