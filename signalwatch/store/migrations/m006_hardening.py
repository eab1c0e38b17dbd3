"""Hardening (issue #10): redirect confirmation, parse warnings, alert claims, digests.

- ``sources.moved_candidate`` / ``moved_seen``: a permanent redirect updates the stored URL
  only after several polls saw it (one 301 must not rewrite a source for good).
- ``sources.last_warning``: a parse that recovered with errors, shown by ``sources``.
- ``alerts.claimed_by`` / ``claim_until``: one sender holds an alert (a lease) while it
  sends it, so concurrent commands never send it twice.
- an index on alerts by account for the "last alert" lookup (issue #11).
"""

from __future__ import annotations

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE sources ADD COLUMN moved_candidate TEXT")
    db.execute("ALTER TABLE sources ADD COLUMN moved_seen INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE sources ADD COLUMN last_warning TEXT")
    db.execute("ALTER TABLE alerts ADD COLUMN claimed_by TEXT")
    db.execute("ALTER TABLE alerts ADD COLUMN claim_until TEXT")
    db.execute("ALTER TABLE digests ADD COLUMN claimed_by TEXT")
    db.execute("ALTER TABLE digests ADD COLUMN claimed_at TEXT")
    db.execute("CREATE INDEX IF NOT EXISTS alerts_account_created ON alerts(account_id, "
               "created_at)")
