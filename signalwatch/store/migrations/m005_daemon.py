"""The daemon: job events (missed, failed) and ops alerts about failing sources."""

from __future__ import annotations

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE daemon_events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,      -- started | stopped | missed | failed
            job TEXT,
            detail TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE ops_alerts (
            source TEXT PRIMARY KEY,
            first_alert_at TEXT NOT NULL,
            last_alert_at TEXT NOT NULL,
            cleared_at TEXT
        )
        """
    )
