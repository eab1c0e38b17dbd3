"""Collectors: sources with their HTTP state and health, items, page snapshots."""

from __future__ import annotations

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE sources (
            name TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            declared_url TEXT NOT NULL,      -- as configured; a change resets url
            url TEXT NOT NULL,               -- as polled (permanent redirects update it)
            added_at TEXT NOT NULL,
            enabled INTEGER NOT NULL DEFAULT 1,
            disabled_reason TEXT,
            etag TEXT,
            last_modified TEXT,
            body_hash TEXT,
            last_attempt TEXT,
            last_success TEXT,
            last_error TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            next_due TEXT,
            polls INTEGER NOT NULL DEFAULT 0,
            items_total INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute(
        """
        CREATE TABLE items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            key TEXT NOT NULL,
            type TEXT NOT NULL,
            title TEXT NOT NULL,
            url TEXT,
            summary TEXT NOT NULL DEFAULT '',
            published TEXT,
            updated TEXT,
            company TEXT,
            data TEXT NOT NULL DEFAULT '{}',
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            account_id TEXT,
            history INTEGER NOT NULL DEFAULT 0,
            missing_count INTEGER NOT NULL DEFAULT 0,   -- postings: good fetches missing it
            closed_at TEXT,
            UNIQUE (source, key)
        )
        """
    )
    db.execute("CREATE INDEX items_source_open ON items(source, type, closed_at)")
    db.execute("CREATE INDEX items_account ON items(account_id, type)")
    db.execute(
        """
        CREATE TABLE page_snapshots (
            source TEXT PRIMARY KEY,
            people TEXT NOT NULL,            -- JSON list of [name, title]
            taken_at TEXT NOT NULL
        )
        """
    )
