"""Accounts: the CRM export, stored."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from ..types import Account
from ..utils import to_iso
from .base import StorageBase


def _row_to_account(row: dict[str, Any]) -> Account:
    return Account(
        id=row["id"],
        name=row["name"],
        domain=row["domain"],
        aliases=tuple(json.loads(row["aliases"] or "[]")),
        industry=row["industry"],
        employees=row["employees"],
        revenue=row["revenue"],
        country=row["country"],
        tech=tuple(json.loads(row["tech"] or "[]")),
        owner=row["owner"],
        ats=row["ats"],
        custom=json.loads(row["custom"] or "{}"),
        arr=row.get("arr"),
        customer_since=date.fromisoformat(row["customer_since"])
        if row.get("customer_since") else None,
        churned_at=date.fromisoformat(row["churned_at"]) if row.get("churned_at") else None,
    )


class AccountsMixin(StorageBase):
    def bump_accounts_version(self) -> None:
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES ('accounts.version', '1') ON CONFLICT(key) "
            "DO UPDATE SET value = CAST(value AS INTEGER) + 1")

    def accounts_version(self) -> str:
        return self.get_meta("accounts.version") or "0"

    def get_accounts_owned_by(self, email: str) -> list[Account]:
        """The accounts a rep owns (their digest reads only these)."""
        return [_row_to_account(r) for r in self.db.query(
            "SELECT * FROM accounts WHERE lower(owner) = lower(?) ORDER BY id", (email,))]

    def get_account_names(self) -> list[Account]:
        """Accounts with only what matching needs (id, name, aliases, domain): the matcher
        is built from these without decoding every account's other columns."""
        return [Account(id=r[0], name=r[1], domain=r[2],
                        aliases=tuple(json.loads(r[3])) if r[3] and r[3] != "[]" else ())
                for r in self.db.execute("SELECT id, name, domain, aliases FROM accounts "
                                         "ORDER BY id")]

    def get_accounts_with_ats(self) -> list[Account]:
        """Accounts that name a job board (the source catalog needs only these)."""
        return [_row_to_account(r) for r in self.db.query(
            "SELECT * FROM accounts WHERE ats IS NOT NULL AND ats != '' ORDER BY id")]

    def upsert_accounts(
        self, accounts: Iterable[Account], *, now: datetime, file: str = "", fmt: str = "",
        bad: int = 0, derived_ids: set[str] | frozenset[str] = frozenset(),
        notes: list[str] | None = None,
    ) -> tuple[int, int]:
        """Insert or update accounts, matched by id; a row whose id was made up (the export
        had none: ``derived_ids``) may match one stored account by domain. Distinct CRM
        ids are never merged (subsidiaries share domains); a domain that matches several
        stored accounts is reported in ``notes`` and not guessed. Returns (inserted,
        updated). One transaction: a failure stores nothing."""
        inserted = updated = 0
        stamp = to_iso(now)
        with self.transaction() as db:
            for account in accounts:
                existing = db.execute(
                    "SELECT id FROM accounts WHERE id = ?", (account.id,)
                ).fetchone()
                if existing is None and account.domain and account.id in derived_ids:
                    found = db.execute(
                        "SELECT id FROM accounts WHERE domain = ? ORDER BY created_at LIMIT 2",
                        (account.domain,),
                    ).fetchall()
                    if len(found) == 1:
                        existing = found[0]
                    elif len(found) > 1 and notes is not None:
                        notes.append(f"{account.name}: domain {account.domain} matches several "
                                     f"accounts ({found[0][0]}, {found[1][0]} ...); imported "
                                     f"as {account.id} rather than guessing")
                values = {
                    "name": account.name,
                    "domain": account.domain,
                    "aliases": json.dumps(list(account.aliases)),
                    "industry": account.industry,
                    "employees": account.employees,
                    "revenue": account.revenue,
                    "country": account.country,
                    "tech": json.dumps(list(account.tech)),
                    "owner": account.owner,
                    "ats": account.ats,
                    "custom": json.dumps(dict(account.custom), sort_keys=True),
                    "arr": account.arr,
                    "customer_since": account.customer_since.isoformat()
                    if account.customer_since else None,
                    "churned_at": account.churned_at.isoformat() if account.churned_at else None,
                    "updated_at": stamp,
                }
                if existing is None:
                    db.table("accounts").insert(
                        {"id": account.id, "created_at": stamp, **values}
                    )
                    inserted += 1
                else:
                    # Keep the stored id: signals and alerts already point at it.
                    db.table("accounts").update(existing[0], values)
                    updated += 1
            # What the matcher cache is keyed by: a change of accounts is a new version,
            # so no run has to scan the table to find out (issue #11).
            if inserted or updated:
                self.bump_accounts_version()
            if file:
                db.table("imports").insert(
                    {
                        "file": file,
                        "format": fmt,
                        "imported_at": stamp,
                        "inserted": inserted,
                        "updated": updated,
                        "bad": bad,
                    }
                )
        return inserted, updated

    def get_accounts(self) -> list[Account]:
        return [_row_to_account(r) for r in self.db.query("SELECT * FROM accounts ORDER BY id")]

    def get_account(self, account_id: str) -> Account | None:
        rows = list(self.db.query("SELECT * FROM accounts WHERE id = ?", (account_id,)))
        return _row_to_account(rows[0]) if rows else None

    def count_accounts(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM accounts").fetchone()[0])
