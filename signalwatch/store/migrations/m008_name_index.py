"""The name index the matcher looks company names up in, and an index of the accounts
that name a job board (issue #11: no per-run cost that grows with the accounts).

``account_keys``: one row per (normalised name key, account), kept up to date by every
account import, so no run builds a matcher and a million accounts cost no memory. It is
filled on first use (and again whenever the way keys are made changes: ``meta``
``match.keys_version``), not here, so this migration does not depend on the matcher's code.
"""

from __future__ import annotations

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE account_keys (
            key TEXT NOT NULL,
            account_id TEXT NOT NULL,
            factor REAL NOT NULL,
            display TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX account_keys_key ON account_keys(key)")
    db.execute("CREATE INDEX account_keys_account ON account_keys(account_id)")
    # The accounts that name a job board are read by every cycle (the source catalog):
    # without this, that read scanned every account.
    db.execute("CREATE INDEX accounts_ats ON accounts(ats) WHERE ats IS NOT NULL AND ats != ''")
