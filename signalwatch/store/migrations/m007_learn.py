"""The living ICP (issue #12): customer outcomes on accounts, deals, ICP versions.

- ``accounts.arr`` / ``customer_since`` / ``churned_at``: so "top customers by revenue and
  retention" and "churned" are computable.
- ``deals``: won / lost / open by the stage map, joined to accounts; from CSV exports or a
  CRM sync (same table whatever the origin).
- ``icp_versions``: every adopted set of ICPs (learned, or hand-edited in the config) with
  its date, origin and evidence; decisions and alerts record the version that scored them.
- ``icp_drafts``: the learner's latest proposal, waiting for ``icp apply``.
"""

from __future__ import annotations

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE accounts ADD COLUMN arr REAL")
    db.execute("ALTER TABLE accounts ADD COLUMN customer_since TEXT")
    db.execute("ALTER TABLE accounts ADD COLUMN churned_at TEXT")
    db.execute(
        """
        CREATE TABLE deals (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            account_id TEXT NOT NULL,
            pipeline TEXT,
            stage TEXT NOT NULL,
            outcome TEXT NOT NULL,          -- won | lost | open
            created_at TEXT NOT NULL,
            closed_at TEXT,
            amount REAL,
            owner TEXT,
            lost_reason TEXT,
            origin TEXT NOT NULL,           -- csv:<file> | hubspot | salesforce
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX deals_account ON deals(account_id, created_at)")
    db.execute("CREATE INDEX deals_outcome ON deals(outcome, created_at)")
    db.execute(
        """
        CREATE TABLE icp_versions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at TEXT NOT NULL,
            origin TEXT NOT NULL,           -- config | learned
            icps TEXT NOT NULL,             -- JSON: the [[icps]] tables
            config_hash TEXT,               -- of the config's ICP tables it came from
            evidence TEXT NOT NULL DEFAULT '{}',  -- JSON: per criterion, the numbers
            note TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE icp_drafts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at TEXT NOT NULL,
            icps TEXT NOT NULL,
            evidence TEXT NOT NULL,
            report TEXT NOT NULL            -- JSON: the learn result
        )
        """
    )
    db.execute("ALTER TABLE decisions ADD COLUMN icp_version INTEGER")
    db.execute("ALTER TABLE alerts ADD COLUMN icp_version INTEGER")
