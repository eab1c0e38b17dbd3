"""``signalwatch migrate --to postgresql://...``: copy a SQLite database to PostgreSQL.

Both sides are brought to the same schema version by the same numbered migrations first;
then every table is copied with COPY inside one PostgreSQL transaction (a failure leaves the
target as it was), sequences are moved past the copied ids, and each table's row count and
an order-independent checksum of its rows are compared on both sides before the
transaction commits. A target that already holds data is refused: nothing is merged or
overwritten.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..exceptions import StorageError
from . import Storage, pg

_MASK = (1 << 64) - 1
_BATCH = 5_000


@dataclass
class TableCopy:
    table: str
    rows: int
    checksum: str


@dataclass
class CopyResult:
    tables: list[TableCopy] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def _canonical(value: Any) -> Any:
    """One form for a value read from either engine (REAL columns may hold ints on SQLite)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return value


class _Tally:
    """Row count and a checksum that does not depend on the rows' order (a sum of per-row
    hashes modulo 2**64, so duplicate rows count as many times as they occur)."""

    def __init__(self) -> None:
        self.count = 0
        self.total = 0

    def add(self, row: Iterable[Any]) -> None:
        text = json.dumps([_canonical(v) for v in row], default=str, ensure_ascii=False)
        self.total = (self.total + int.from_bytes(
            hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")) & _MASK
        self.count += 1

    def result(self) -> tuple[int, str]:
        return self.count, f"{self.total:016x}"


def checksum(rows: Iterable[Iterable[Any]]) -> tuple[int, str]:
    """Row count and order-independent checksum of ``rows`` (see :class:`_Tally`)."""
    tally = _Tally()
    for row in rows:
        tally.add(row)
    return tally.result()


def _sqlite_tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _dependency_order(raw: Any, tables: list[str]) -> list[str]:
    """Tables ordered so that a table comes after those its foreign keys point to."""
    edges: dict[str, set[str]] = {t: set() for t in tables}
    for child, parent in raw.execute(
            "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c "
            "WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace"):
        if child in edges and parent in edges and child != parent:
            edges[child].add(parent)
    ordered: list[str] = []
    done: set[str] = set()

    def visit(t: str, path: tuple[str, ...]) -> None:
        if t in done or t in path:
            return
        for p in sorted(edges[t]):
            visit(p, (*path, t))
        done.add(t)
        ordered.append(t)

    for t in sorted(tables):
        visit(t, ())
    return ordered


def _batches(cursor: sqlite3.Cursor) -> Iterator[list[tuple[Any, ...]]]:
    while True:
        rows = cursor.fetchmany(_BATCH)
        if not rows:
            return
        yield rows


def copy_sqlite_to_postgres(source: Storage, url: str,
                            progress: Callable[[str, int], None] | None = None) -> CopyResult:
    """Copy every table of ``source`` (SQLite) into the empty database at ``url``."""
    if source.is_postgres:
        raise StorageError("migrate --to copies a SQLite database; the configured database "
                           f"is already PostgreSQL ({source.path})")
    target = Storage(url)  # creates the schema by the same migrations
    try:
        return _copy(source, target, progress)
    finally:
        target.close()


def _copy(source: Storage, target: Storage, progress: Callable[[str, int], None] | None
          ) -> CopyResult:
    if source.schema_version != target.schema_version:
        raise StorageError(f"schema versions differ: {source.path} is at "
                           f"{source.schema_version}, {target.path} at {target.schema_version}")
    src: sqlite3.Connection = source.db.conn
    raw = target.db.conn.raw  # type: ignore[attr-defined]
    tables = _sqlite_tables(src)
    pg_tables = {r[0] for r in raw.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}
    missing = [t for t in tables if t not in pg_tables]
    if missing:
        raise StorageError(f"{target.path} lacks tables {missing}; is it the same version?")
    busy = [t for t in tables if raw.execute(f"SELECT EXISTS (SELECT 1 FROM {t})").fetchone()[0]]
    if busy:
        raise StorageError(f"{target.path} already holds data (tables {', '.join(busy)}); "
                           "migrate --to copies into an empty database only, so nothing is "
                           "merged or overwritten")
    result = CopyResult()
    src.execute("BEGIN")  # one snapshot of the source for the whole copy
    try:
        raw.execute("BEGIN")
        raw.execute("SELECT pg_advisory_xact_lock(%s)", (pg.WRITE_LOCK_KEY,))
        for table in _dependency_order(raw, tables):
            try:
                result.tables.append(_copy_table(src, raw, table, progress))
            except pg.psycopg.Error as e:
                raise StorageError(f"table {table}: {pg.describe_pg_error(e, str(target.path))}"
                                   "; nothing was kept") from None
        raw.execute("COMMIT")
    except BaseException:
        if raw.info.transaction_status != pg.psycopg.pq.TransactionStatus.IDLE:
            raw.execute("ROLLBACK")
        raise
    finally:
        src.execute("ROLLBACK")
    return result


def _copy_table(src: sqlite3.Connection, raw: Any, table: str,
                progress: Callable[[str, int], None] | None) -> TableCopy:
    columns = _columns(src, table)
    names = ", ".join(f'"{c}"' for c in columns)
    cursor = src.execute(f'SELECT {names} FROM "{table}"')
    source = _Tally()  # the rows as read, in the source's one snapshot: read once
    with raw.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        for rows in _batches(cursor):
            for row in rows:
                source.add(row)
                copy.write_row(row)
            if progress:
                progress(table, source.count)
    src_count, src_sum = source.result()
    dst_count, dst_sum = checksum(raw.execute(f"SELECT {names} FROM {table}"))
    if (src_count, src_sum) != (dst_count, dst_sum):
        raise StorageError(
            f"table {table}: copied {dst_count} rows (checksum {dst_sum}) but the "
            f"source has {src_count} (checksum {src_sum}); nothing was kept")
    sequence = raw.execute("SELECT pg_get_serial_sequence(%s, 'id')", (table,)).fetchone()[0] \
        if "id" in columns else None
    if sequence and dst_count:  # new rows get ids after the copied ones
        raw.execute(f"SELECT setval(%s, (SELECT max(id) FROM {table}))", (sequence,))
    return TableCopy(table, dst_count, dst_sum)
