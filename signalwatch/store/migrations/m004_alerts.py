"""Alerting: decisions (with reasons), the outbox, account snoozes, digests, Slack users."""

from __future__ import annotations

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            account_id TEXT NOT NULL,
            action TEXT NOT NULL,          -- alert | hold | drop
            reason TEXT NOT NULL,
            signal_ids TEXT NOT NULL,      -- JSON
            heat REAL NOT NULL,
            heat_tier TEXT,
            why_now TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX decisions_account ON decisions(account_id, id)")
    db.execute(
        """
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            decision_id INTEGER REFERENCES decisions(id),
            account_id TEXT NOT NULL,
            rep TEXT,
            channel TEXT NOT NULL,         -- slack | webhook | file
            status TEXT NOT NULL,          -- pending | sending | sent | failed
            signal_ids TEXT NOT NULL,      -- JSON
            reasons TEXT NOT NULL,         -- JSON
            payload TEXT,                  -- JSON (Slack blocks and text)
            target TEXT,                   -- Slack conversation id once known
            created_at TEXT NOT NULL,
            sent_at TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            next_attempt_at TEXT,
            remote_id TEXT                 -- Slack message ts
        )
        """
    )
    db.execute("CREATE INDEX alerts_status ON alerts(status, next_attempt_at)")
    db.execute(
        """
        CREATE TABLE account_state (
            account_id TEXT PRIMARY KEY,
            snoozed_until TEXT,
            muted INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute(
        """
        CREATE TABLE digests (
            id INTEGER PRIMARY KEY,
            rep TEXT NOT NULL,
            local_date TEXT NOT NULL,      -- the rep's local date it is for
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            status TEXT NOT NULL,          -- sending | sent | empty | failed
            signal_count INTEGER NOT NULL,
            message_id TEXT,
            error TEXT,
            sent_at TEXT,
            UNIQUE (rep, local_date)
        )
        """
    )
    db.execute(
        "CREATE TABLE slack_users (email TEXT PRIMARY KEY, user_id TEXT, looked_up_at TEXT)"
    )
