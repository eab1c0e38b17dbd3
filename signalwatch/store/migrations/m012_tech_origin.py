"""Technographics from websites (issue #13): where a tool was observed.

A tool can be seen in job descriptions and on the account's website; each origin keeps its
own row, so one origin's "dropped" (no posting names it any more) never erases what the
other still shows. Rows before this migration came from postings.
"""

from __future__ import annotations

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE account_tech_by_origin (
            account_id TEXT NOT NULL,
            tool TEXT NOT NULL,
            category TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            evidence_url TEXT,
            origin TEXT NOT NULL,
            PRIMARY KEY (account_id, tool, origin)
        )
        """
    )
    db.execute(
        "INSERT INTO account_tech_by_origin (account_id, tool, category, first_seen, "
        "last_seen, evidence_url, origin) SELECT account_id, tool, category, first_seen, "
        "last_seen, evidence_url, 'postings' FROM account_tech"
    )
    db.execute("DROP TABLE account_tech")
    db.execute("ALTER TABLE account_tech_by_origin RENAME TO account_tech")
