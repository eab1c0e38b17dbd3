"""Foundation: key/value meta, accounts and the log of imports."""

from __future__ import annotations

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    db.execute(
        """
        CREATE TABLE accounts (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            domain TEXT,
            aliases TEXT NOT NULL DEFAULT '[]',   -- JSON list
            industry TEXT,
            employees INTEGER,
            revenue REAL,
            country TEXT,
            tech TEXT NOT NULL DEFAULT '[]',      -- JSON list
            owner TEXT,
            ats TEXT,
            custom TEXT NOT NULL DEFAULT '{}',    -- JSON object
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX accounts_domain ON accounts(domain)")
    db.execute("CREATE INDEX accounts_owner ON accounts(owner)")
    db.execute(
        """
        CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            file TEXT NOT NULL,
            format TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            inserted INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            bad INTEGER NOT NULL
        )
        """
    )
