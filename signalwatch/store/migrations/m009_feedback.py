"""Reps' feedback (issue #14): actions on alerts and digest items, what they change.

- ``feedback``: one row per (target, user, action); a double click or a redelivered
  envelope finds the row already there. ``target`` is ``alert:<id>`` or ``signal:<id>``.
- ``feedback_receipts``: digest-link nonces already used.
- ``feedback_inbox``: every Slack interaction, stored before it is acknowledged and marked
  done once applied: one received just before a crash is applied at the next start.
- ``match_exclusions``: "wrong company": a phrase (or a source) never matches that account
  again; who made the rule and from which signal.
- ``demotion_overrides``: an admin restored a demoted kind or source.
- ``alerts.taken_by``: "I'm on it" (the dispatcher's own ``claimed_by`` is its send lease).
- ``signals.withdrawn_at`` / ``withdrawn_by``: a signal a rep said was about another
  company no longer counts for heat nor shows in digests; ``signals.matched``: what matched
  it to its account (the rule a "wrong company" makes).
"""

from __future__ import annotations

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            target TEXT NOT NULL,
            alert_id INTEGER,
            account_id TEXT NOT NULL,
            signal_ids TEXT NOT NULL DEFAULT '[]',
            kind TEXT,
            source TEXT,
            icp TEXT,
            rep TEXT,
            user TEXT NOT NULL,
            action TEXT NOT NULL,     -- useful | not_relevant | wrong_company | snooze | claim
            reason TEXT,
            via TEXT NOT NULL,        -- slack | link | http
            created_at TEXT NOT NULL,
            UNIQUE (target, user, action)
        )
        """
    )
    db.execute("CREATE INDEX feedback_account ON feedback(account_id, created_at)")
    db.execute("CREATE TABLE feedback_receipts (key TEXT PRIMARY KEY, received_at TEXT NOT NULL)")
    db.execute(
        """
        CREATE TABLE feedback_inbox (
            key TEXT PRIMARY KEY,     -- envelope:<id> | http:<signature>
            payload TEXT NOT NULL,    -- JSON, as Slack sent it
            via TEXT NOT NULL,
            received_at TEXT NOT NULL,
            done_at TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE match_exclusions (
            id INTEGER PRIMARY KEY,
            account_id TEXT NOT NULL,
            phrase TEXT NOT NULL,     -- a matched name key, "domain:x", or "source:<name>"
            signal_id INTEGER,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (account_id, phrase)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE demotion_overrides (
            scope TEXT NOT NULL,      -- kind | source
            value TEXT NOT NULL,
            restored_by TEXT NOT NULL,
            restored_at TEXT NOT NULL,
            PRIMARY KEY (scope, value)
        )
        """
    )
    db.execute("ALTER TABLE alerts ADD COLUMN taken_by TEXT")
    db.execute("ALTER TABLE signals ADD COLUMN withdrawn_at TEXT")
    db.execute("ALTER TABLE signals ADD COLUMN withdrawn_by TEXT")
    db.execute("ALTER TABLE signals ADD COLUMN matched TEXT")
