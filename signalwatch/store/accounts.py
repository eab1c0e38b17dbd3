"""Accounts: the CRM export, stored."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from ..match import NameKey, keys_version, make_key, name_keys
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


#: Keys looked up per query (well under SQLite's limit on bound parameters).
_LOOKUP_CHUNK = 400


class StoreNameIndex:
    """The matcher's name index over the store's ``account_keys`` table (see
    :class:`signalwatch.match.NameIndex`): a lookup is one indexed query."""

    def __init__(self, storage: AccountsMixin) -> None:
        self.db = storage.db.conn

    def lookup(self, keys: Collection[str]) -> dict[str, NameKey]:
        rows: dict[str, list[tuple[str, float, str]]] = {}
        wanted = list(keys)
        for i in range(0, len(wanted), _LOOKUP_CHUNK):
            chunk = wanted[i:i + _LOOKUP_CHUNK]
            for key, account_id, factor, display in self.db.execute(
                    "SELECT key, account_id, factor, display FROM account_keys WHERE key IN "
                    f"({','.join('?' * len(chunk))})", chunk):
                rows.setdefault(key, []).append((account_id, factor, display))
        return {k: make_key(k, v) for k, v in rows.items()}

    def domain_owners(self, domain: str) -> Sequence[str]:
        return [r[0] for r in self.db.execute(
            "SELECT id FROM accounts WHERE domain = ? LIMIT 2", (domain,))]

    def has_account(self, account_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM accounts WHERE id = ?",
                               (account_id,)).fetchone() is not None


def _key_rows(account_id: str, name: str, aliases: Iterable[str]) -> list[tuple[Any, ...]]:
    return [(key, account_id, factor, display)
            for key, (factor, display) in name_keys(name, aliases).items()]


class AccountsMixin(StorageBase):
    def name_index(self) -> StoreNameIndex:
        """The matcher's name index, made current first (see :meth:`rebuild_name_index`)."""
        if self.get_meta("match.keys_version") != keys_version():
            self.rebuild_name_index()
        return StoreNameIndex(self)

    def rebuild_name_index(self) -> int:
        """Make ``account_keys`` again from every account (on first use, and when the way
        keys are made changed); one transaction. Returns the number of keys."""
        count = 0
        with self.transaction() as db:
            conn = db.conn
            # Insert without the indexes, then index once: sorting 1M keys in SQLite
            # is several times faster than inserting them into two B-trees in hash order.
            conn.execute("DROP INDEX IF EXISTS account_keys_key")
            conn.execute("DROP INDEX IF EXISTS account_keys_account")
            conn.execute("DELETE FROM account_keys")
            batch: list[tuple[Any, ...]] = []
            for account_id, name, aliases in conn.execute(
                    "SELECT id, name, aliases FROM accounts"):
                batch.extend(_key_rows(account_id, name, json.loads(aliases)
                                       if aliases and aliases != "[]" else ()))
                if len(batch) >= 20_000:
                    conn.executemany("INSERT INTO account_keys VALUES (?, ?, ?, ?)", batch)
                    count += len(batch)
                    batch.clear()
            conn.executemany("INSERT INTO account_keys VALUES (?, ?, ?, ?)", batch)
            count += len(batch)
            conn.execute("CREATE INDEX account_keys_key ON account_keys(key)")
            conn.execute("CREATE INDEX account_keys_account ON account_keys(account_id)")
            self.set_meta("match.keys_version", keys_version())
        return count

    def _replace_keys(self, account_id: str, name: str, aliases: Iterable[str]) -> None:
        conn = self.db.conn
        conn.execute("DELETE FROM account_keys WHERE account_id = ?", (account_id,))
        conn.executemany("INSERT INTO account_keys VALUES (?, ?, ?, ?)",
                         _key_rows(account_id, name, aliases))

    def get_accounts_owned_by(self, email: str) -> list[Account]:
        """The accounts a rep owns (their digest reads only these)."""
        return self._with_observed([_row_to_account(r) for r in self.db.query(
            "SELECT * FROM accounts WHERE lower(owner) = lower(?) ORDER BY id", (email,))])

    def get_accounts_with_ats(self) -> list[Account]:
        """Accounts that name a job board (the source catalog needs only these)."""
        # sorted here: ORDER BY id would walk the whole table in id order instead of
        # the partial index of accounts with a board
        return sorted((_row_to_account(r) for r in self.db.query(
            "SELECT * FROM accounts WHERE ats IS NOT NULL AND ats != ''")), key=lambda a: a.id)

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
            # The name index follows row by row when it is current; otherwise it is made
            # whole once the rows are in (the first import of a new database).
            follow = self.get_meta("match.keys_version") == keys_version()
            for account in accounts:
                existing = db.execute(
                    "SELECT id, name, aliases FROM accounts WHERE id = ?", (account.id,)
                ).fetchone()
                if existing is None and account.domain and account.id in derived_ids:
                    found = db.execute(
                        "SELECT id, name, aliases FROM accounts WHERE domain = ? "
                        "ORDER BY created_at LIMIT 2",
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
                    if follow:
                        self._replace_keys(account.id, account.name, account.aliases)
                    inserted += 1
                else:
                    # Keep the stored id: signals and alerts already point at it.
                    db.table("accounts").update(existing[0], values)
                    if follow and (existing[1], existing[2]) != (values["name"],
                                                                 values["aliases"]):
                        self._replace_keys(existing[0], account.name, account.aliases)
                    updated += 1
            if not follow and (inserted or updated):
                self.rebuild_name_index()
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

    #: Tables whose rows belong to an account (moved by a merge).
    _ACCOUNT_TABLES = ("items", "signals", "decisions", "alerts", "deals", "feedback",
                       "match_exclusions")

    def merge_account(self, old: str, new: str) -> bool:
        """A CRM merged ``old`` into ``new``: its items, signals, decisions, alerts, deals
        and feedback move to ``new`` (nothing is lost), then ``old`` goes. False when
        there was no ``old``."""
        if old == new:
            return False
        with self.transaction() as db:
            conn = db.conn
            if conn.execute("SELECT 1 FROM accounts WHERE id = ?", (old,)).fetchone() is None:
                return False
            # Only match_exclusions (account, phrase) and account_state (account) are unique
            # by account: a row the survivor already has stays the survivor's.
            for table in self._ACCOUNT_TABLES:
                if table == "match_exclusions":
                    continue
                conn.execute(f"UPDATE {table} SET account_id = ? WHERE account_id = ?",
                             (new, old))
            conn.execute("UPDATE match_exclusions SET account_id = ? WHERE account_id = ? AND "
                         "phrase NOT IN (SELECT phrase FROM match_exclusions WHERE "
                         "account_id = ?)", (new, old, new))
            conn.execute("UPDATE account_state SET account_id = ? WHERE account_id = ? AND "
                         "NOT EXISTS (SELECT 1 FROM account_state WHERE account_id = ?)",
                         (new, old, new))
            conn.execute("DELETE FROM match_exclusions WHERE account_id = ?", (old,))
            conn.execute("DELETE FROM account_state WHERE account_id = ?", (old,))
            conn.execute("DELETE FROM account_keys WHERE account_id = ?", (old,))
            conn.execute("DELETE FROM accounts WHERE id = ?", (old,))
        return True

    def delete_accounts(self, ids: Iterable[str]) -> int:
        """Remove accounts the CRM deleted or archived: they match nothing any more; their
        signals, alerts and deals stay as history."""
        count = 0
        with self.transaction() as db:
            for account_id in ids:
                db.conn.execute("DELETE FROM account_keys WHERE account_id = ?", (account_id,))
                count += db.conn.execute("DELETE FROM accounts WHERE id = ?",
                                         (account_id,)).rowcount
        return count

    def get_accounts(self) -> list[Account]:
        return self._with_observed(
            [_row_to_account(r) for r in self.db.query("SELECT * FROM accounts ORDER BY id")])

    def get_account(self, account_id: str, *, observed: bool = True) -> Account | None:
        """One account; with ``observed``, the tools seen in its postings in ``tech``."""
        rows = list(self.db.query("SELECT * FROM accounts WHERE id = ?", (account_id,)))
        if not rows:
            return None
        account = _row_to_account(rows[0])
        return self._with_observed([account])[0] if observed else account

    def _with_observed(self, accounts: list[Account]) -> list[Account]:
        """Accounts with the tools seen in their job descriptions added to ``tech`` (the
        CRM's column stays as imported): ICP criteria on tech use what was observed."""
        if not accounts:
            return accounts
        seen: dict[str, list[str]] = {}
        if len(accounts) == 1:
            rows = self.db.execute("SELECT account_id, tool FROM account_tech WHERE "
                                   "account_id = ?", (accounts[0].id,))
        else:
            rows = self.db.execute("SELECT account_id, tool FROM account_tech")
        for account_id, tool in rows:
            seen.setdefault(account_id, []).append(tool)
        if not seen:
            return accounts
        import dataclasses

        return [dataclasses.replace(a, tech=tuple(dict.fromkeys(
            (*a.tech, *sorted(seen[a.id]))))) if a.id in seen else a for a in accounts]

    def get_account_tech(self, account_id: str, *,
                         origin: str = "postings") -> dict[str, datetime]:
        """Tools seen at an account by one origin (``postings`` or ``website``), with when
        they were last seen."""
        from ..utils import from_iso

        return {r[0]: from_iso(r[1]) or datetime.min.replace(tzinfo=UTC) for r in self.db.execute(
            "SELECT tool, last_seen FROM account_tech WHERE account_id = ? AND origin = ?",
            (account_id, origin))}

    def record_tech(self, account_id: str, tool: str, category: str, *, seen: datetime,
                    url: str | None, origin: str = "postings") -> None:
        self.db.execute(
            "INSERT INTO account_tech (account_id, tool, category, first_seen, last_seen, "
            "evidence_url, origin) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(account_id, tool, origin) DO UPDATE "
            "SET last_seen = max(account_tech.last_seen, excluded.last_seen)",
            (account_id, tool, category, to_iso(seen), to_iso(seen), url, origin))

    def forget_tech(self, account_id: str, tool: str, *, origin: str = "postings") -> None:
        self.db.execute(
            "DELETE FROM account_tech WHERE account_id = ? AND tool = ? AND origin = ?",
            (account_id, tool, origin))

    def count_accounts(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM accounts").fetchone()[0])
