"""CRM push (issue #15): one row per alert written to the CRM.

``pending`` is stored before the CRM call; ``done`` with the CRM's id after it. A crash in
between leaves ``pending``: the next push looks the note or task up by its marker before
writing, so a retry never creates a second one.
"""

from __future__ import annotations

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE crm_pushes (
            alert_id INTEGER PRIMARY KEY,
            provider TEXT NOT NULL,
            status TEXT NOT NULL,       -- pending | done | failed
            remote_id TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            created_at TEXT NOT NULL,
            done_at TEXT
        )
        """
    )
