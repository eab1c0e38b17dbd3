"""Technographics (issue #13): the tools seen in each account's job descriptions.

Kept apart from ``accounts.tech`` (the CRM's column, which an import rewrites); accounts
are read with both, so ICP criteria on ``tech`` use what was observed too.
"""

from __future__ import annotations

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE account_tech (
            account_id TEXT NOT NULL,
            tool TEXT NOT NULL,
            category TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            evidence_url TEXT,
            PRIMARY KEY (account_id, tool)
        )
        """
    )
