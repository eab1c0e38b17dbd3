"""Sources (HTTP state, health, due times), items and page snapshots."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from ..seen import plan_items
from ..types import Item, ItemData, Source, SourceHealth
from ..utils import from_iso, to_iso
from .base import StorageBase


def _row_to_item(row: dict[str, Any]) -> Item:
    return Item(
        id=row["id"],
        source=row["source"],
        key=row["key"],
        type=row["type"],
        title=row["title"],
        url=row["url"],
        summary=row["summary"],
        published=from_iso(row["published"]),
        updated=from_iso(row["updated"]),
        company=row["company"],
        data=json.loads(row["data"] or "{}"),
        first_seen=from_iso(row["first_seen"]),  # type: ignore[arg-type]
        last_seen=from_iso(row["last_seen"]),  # type: ignore[arg-type]
        account_id=row["account_id"],
        history=bool(row["history"]),
        closed_at=from_iso(row["closed_at"]),
    )


def _row_to_health(row: dict[str, Any]) -> SourceHealth:
    return SourceHealth(
        name=row["name"],
        last_attempt=from_iso(row["last_attempt"]),
        last_success=from_iso(row["last_success"]),
        last_error=row["last_error"],
        consecutive_failures=row["consecutive_failures"],
        next_due=from_iso(row["next_due"]),
        enabled=bool(row["enabled"]),
    )


class CollectMixin(StorageBase):
    # -- sources ---------------------------------------------------------------

    def sync_sources(self, sources: Iterable[Source], *, now: datetime) -> None:
        """Register configured sources; a changed URL in the configuration wins over a
        stored redirect target. Sources no longer configured keep their rows (history)."""
        with self.transaction() as db:
            for s in sources:
                row = db.execute(
                    "SELECT declared_url FROM sources WHERE name = ?", (s.name,)
                ).fetchone()
                if row is None:
                    db.execute(
                        "INSERT INTO sources (name, kind, declared_url, url, added_at, next_due)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        (s.name, s.kind, s.url, s.url, to_iso(now), to_iso(now)),
                    )
                elif row[0] != s.url:
                    db.execute(
                        "UPDATE sources SET declared_url = ?, url = ?, etag = NULL, "
                        "last_modified = NULL, body_hash = NULL, enabled = 1, "
                        "disabled_reason = NULL WHERE name = ?",
                        (s.url, s.url, s.name),
                    )

    def get_source_state(self, name: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM sources WHERE name = ?", (name,)))
        return rows[0] if rows else None

    def get_source_states(self, names: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Every source's state, or the named ones' (a worker's bucket reads only its own)."""
        if names is None:
            return list(self.db.query("SELECT * FROM sources ORDER BY name"))
        wanted = sorted(set(names))
        rows: list[dict[str, Any]] = []
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            rows += self.db.query(f"SELECT * FROM sources WHERE name IN "
                                  f"({','.join('?' * len(chunk))})", chunk)
        return sorted(rows, key=lambda r: r["name"])

    def get_source_health(self) -> list[SourceHealth]:
        return [_row_to_health(r) for r in self.get_source_states()]

    def record_poll(
        self,
        name: str,
        *,
        now: datetime,
        ok: bool,
        next_due: datetime,
        error: str | None = None,
        url: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        body_hash: str | None = None,
        disable: str | None = None,
        new_items: int = 0,
        parsed: bool = False,
        warning: str | None = None,
    ) -> None:
        """Record the outcome of one poll (health, validators, due time; with ``parsed``,
        the parse's recoverable problem, or none, as ``last_warning``)."""
        sets = ["last_attempt = ?", "next_due = ?", "polls = polls + 1",
                "items_total = items_total + ?"]
        params: list[Any] = [to_iso(now), to_iso(next_due), new_items]
        if ok:
            sets += ["last_success = ?", "last_error = NULL", "consecutive_failures = 0"]
            params.append(to_iso(now))
            for column, value in (("etag", etag), ("last_modified", last_modified),
                                  ("body_hash", body_hash)):
                if value is not None:
                    sets.append(f"{column} = ?")
                    params.append(value)
        else:
            sets += ["last_error = ?", "consecutive_failures = consecutive_failures + 1"]
            params.append(error)
        if url is not None:
            sets.append("url = ?")
            params.append(url)
        if disable is not None:
            sets += ["enabled = 0", "disabled_reason = ?"]
            params.append(disable)
        if parsed or warning:
            sets.append("last_warning = ?")
            params.append(warning[:500] if warning else None)
        params.append(name)
        self.db.execute(f"UPDATE sources SET {', '.join(sets)} WHERE name = ?", params)

    def set_move_candidate(self, name: str, url: str | None, seen: int) -> None:
        self.db.execute("UPDATE sources SET moved_candidate = ?, moved_seen = ? WHERE name = ?",
                        (url, seen, name))

    # -- items -------------------------------------------------------------------

    def add_items(
        self,
        source: Source,
        items: Sequence[ItemData],
        *,
        now: datetime,
        first_poll: bool,
        added_at: datetime,
        backfill: timedelta,
        complete: bool = False,
    ) -> tuple[int, int]:
        """Store a poll's items as :func:`signalwatch.seen.plan_items` decides, in one
        transaction; return (new, new_history)."""
        stamp = to_iso(now)
        keys = list(dict.fromkeys(i.key for i in items))
        with self.transaction() as db:
            known = self.existing_item_keys(source.name, keys)
            open_postings: dict[str, int] = {}
            if complete:
                open_postings = {r[0]: int(r[1]) for r in db.execute(
                    "SELECT key, missing_count FROM items WHERE source = ? AND type = 'posting' "
                    "AND closed_at IS NULL", (source.name,))}
            plan = plan_items(items, known=known, open_postings=open_postings,
                              first_poll=first_poll, added_at=added_at, backfill=backfill,
                              complete=complete)
            for key in plan.seen:
                db.execute("UPDATE items SET last_seen = ?, missing_count = 0, closed_at = NULL "
                           "WHERE source = ? AND key = ?", (stamp, source.name, key))
            counts = {}
            for flag in (False, True):  # one statement per kind: rowcount counts each
                cursor = db.conn.executemany(
                    "INSERT OR IGNORE INTO items (source, key, type, title, url, summary, "
                    "published, updated, company, data, first_seen, last_seen, account_id, "
                    "history) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(source.name, item.key, item.type, item.title, item.url, item.summary,
                      to_iso(item.published), to_iso(item.updated), item.company,
                      json.dumps(dict(item.data), sort_keys=True, default=str)
                      if item.data else "{}", stamp, stamp, source.account_id, int(history))
                     for item, history in plan.new if history == flag])
                counts[flag] = max(cursor.rowcount, 0)
            new = counts[False] + counts[True]
            new_history = counts[True]
            for key in plan.missed:
                db.execute("UPDATE items SET missing_count = missing_count + 1 WHERE source = ? "
                           "AND key = ?", (source.name, key))
            for key in plan.closed:
                db.execute("UPDATE items SET closed_at = ? WHERE source = ? AND key = ?",
                           (stamp, source.name, key))
        return new, new_history

    def get_items(
        self, *, source: str | None = None, after_id: int = 0, limit: int = 1000,
        type: str | None = None,
    ) -> list[Item]:
        where = ["id > ?"]
        params: list[Any] = [after_id]
        if source is not None:
            where.append("source = ?")
            params.append(source)
        if type is not None:
            where.append("type = ?")
            params.append(type)
        params.append(limit)
        return [
            _row_to_item(r)
            for r in self.db.query(
                f"SELECT * FROM items WHERE {' AND '.join(where)} ORDER BY id LIMIT ?", params
            )
        ]

    def existing_item_keys(self, source: str, keys: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(keys), 500):
            chunk = list(keys[start:start + 500])
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self.db.execute(
                f"SELECT key FROM items WHERE source = ? AND key IN ({marks})", [source, *chunk]))
        return found

    def count_items(self, *, source: str | None = None) -> int:
        if source is None:
            return int(self.db.execute("SELECT count(*) FROM items").fetchone()[0])
        return int(
            self.db.execute("SELECT count(*) FROM items WHERE source = ?", (source,)).fetchone()[0]
        )

    # -- page snapshots ------------------------------------------------------------

    def get_page_snapshot(self, source: str) -> list[tuple[str, str]] | None:
        rows = self.get_snapshot(source)
        return None if rows is None else [(p[0], p[1]) for p in rows]

    def set_page_snapshot(self, source: str, people: Sequence[tuple[str, str]],
                          *, now: datetime) -> None:
        self.set_snapshot(source, [list(p) for p in people], now=now)

    def get_snapshot(self, source: str) -> list[list[Any]] | None:
        """What a page-like source showed at its last good fetch (rows of plain values:
        a team page's (name, title), a website's (tool, category, fetches missing))."""
        row = self.db.execute(
            "SELECT people FROM page_snapshots WHERE source = ?", (source,)
        ).fetchone()
        return None if row is None else [list(p) for p in json.loads(row[0])]

    def set_snapshot(self, source: str, rows: Sequence[Sequence[Any]], *,
                     now: datetime) -> None:
        self.db.execute(
            "INSERT INTO page_snapshots (source, people, taken_at) VALUES (?, ?, ?) "
            "ON CONFLICT(source) DO UPDATE SET people = excluded.people, "
            "taken_at = excluded.taken_at",
            (source, json.dumps([list(r) for r in rows]), to_iso(now)),
        )
