"""Signals with their evidence."""

from __future__ import annotations

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE signals (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            account_id TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            detected_at TEXT NOT NULL,
            confidence REAL NOT NULL,
            attributes TEXT NOT NULL,   -- JSON
            dedupe_key TEXT NOT NULL,
            history INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute("CREATE INDEX signals_account_kind ON signals(account_id, kind, occurred_at)")
    db.execute("CREATE INDEX signals_detected ON signals(detected_at)")
    db.execute(
        """
        CREATE TABLE signal_evidence (
            id INTEGER PRIMARY KEY,
            signal_id INTEGER NOT NULL REFERENCES signals(id),
            item_id INTEGER,
            url TEXT,
            title TEXT NOT NULL,
            sentence TEXT NOT NULL,
            source TEXT,
            published TEXT,
            UNIQUE (signal_id, item_id, sentence)
        )
        """
    )
