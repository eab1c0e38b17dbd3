"""PostgreSQL behind the same store interface as SQLite (issue #16).

The store's SQL is written once, in the SQLite dialect both engines mostly share; this
module runs it on PostgreSQL through psycopg 3 with a small, cached translation of what
differs (placeholders, ``INSERT OR IGNORE``, scalar ``max``/``min``, ``IS ?``, column
types in DDL, ``user`` as a column name, PRAGMAs), and gives the store the slice of
sqlite-utils' ``Database`` it uses (``execute``, ``query``, ``table().insert/update``,
``atomic``, ``conn``). One SQL text, two engines: a second copy of every query would drift.

Transactions keep SQLite's semantics: :meth:`StorageBase.transaction` opens one with
``BEGIN`` and takes a transaction-scoped advisory lock, so writers queue one at a time
exactly as ``BEGIN IMMEDIATE`` makes them queue on SQLite; the store's read-then-write code
(claims, upserts by lookup) stays correct with several workers on one database. Reads
outside a transaction run in autocommit and never wait.
"""

from __future__ import annotations

import contextlib
import functools
import re
import urllib.parse
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

try:  # an optional dependency: pip install 'signalwatch[postgresql]'
    import psycopg
    from psycopg.rows import dict_row
except ImportError:  # pragma: no cover - exercised where psycopg is not installed
    psycopg = None  # type: ignore[assignment]
    dict_row = None  # type: ignore[assignment]

from ..exceptions import StorageError

#: The advisory lock every writing transaction holds (one writer at a time, as on SQLite).
WRITE_LOCK_KEY = 0x5167_7761_7463_68  # "signalwatch", folded into a bigint

SCHEMES = ("postgresql://", "postgres://")


def liveness_key(host: str, pid: int) -> int:
    """The advisory-lock key a sender process ``host:pid`` holds while it lives."""
    import hashlib
    digest = hashlib.blake2b(f"signalwatch-sender {host}:{pid}".encode(), digest_size=8)
    return int.from_bytes(digest.digest(), "big", signed=True)


def is_postgres_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(SCHEMES)


def redact_url(url: str) -> str:
    """The URL with any password replaced by ``***`` (URLs reach logs and errors)."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return "postgresql://***"
    pairs = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    if parts.password is None and not any(k == "password" for k, _ in pairs):
        return url
    netloc = parts.hostname or ""
    if parts.username:
        netloc = f"{parts.username}:***@{netloc}"
    if parts.port:
        netloc += f":{parts.port}"
    query = "&".join(f"{k}={'***' if k == 'password' else v}" for k, v in pairs)
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def require_psycopg() -> None:
    if psycopg is None:
        raise StorageError("storage.url names PostgreSQL but psycopg is not installed; "
                           "install signalwatch with it: pip install 'signalwatch[postgresql]'")


def describe_pg_error(error: Exception, where: str) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    lowered = text.lower()
    if psycopg is not None and isinstance(error, psycopg.OperationalError):
        if "password" in lowered or "authentication" in lowered:
            return f"PostgreSQL at {where} refused the login ({text}); check the URL's user " \
                   "and password (PGPASSWORD or ~/.pgpass keep it out of the config)"
        if "does not exist" in lowered:
            return f"PostgreSQL at {where}: {text}; create it first (createdb)"
        return f"cannot reach PostgreSQL at {where} ({text})"
    if "no space" in lowered or "disk full" in lowered:
        return f"PostgreSQL at {where} ran out of disk space ({text})"
    return f"database error on {where}: {text}"


# -- translation -----------------------------------------------------------------------

_TOKEN = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|--[^\n]*|\?|%|[A-Za-z_][A-Za-z0-9_]*|\s+|.",
                    re.S)
_TYPES = {"INTEGER": "BIGINT", "REAL": "DOUBLE PRECISION", "BLOB": "BYTEA"}
_PRAGMAS = {
    "optimize": "ANALYZE",
    "wal_checkpoint": "SELECT 0",
    "integrity_check": "SELECT 'ok'",
    "foreign_keys": "SELECT 1",
}


def _next_word(tokens: Sequence[str], i: int) -> tuple[int, str]:
    """Index and upper-cased text of the first non-space token at or after i."""
    while i < len(tokens) and tokens[i].isspace():
        i += 1
    return i, (tokens[i].upper() if i < len(tokens) else "")


def _prev_word(out: Sequence[str], i: int) -> tuple[int, str]:
    while i >= 0 and out[i].isspace():
        i -= 1
    return i, (out[i].upper() if i >= 0 else "")


def _top_level_commas(tokens: Sequence[str], open_at: int) -> tuple[int, int]:
    """(number of top-level commas, index of the closing parenthesis) from '(' at open_at."""
    depth = 0
    commas = 0
    for j in range(open_at, len(tokens)):
        t = tokens[j]
        if t == "(":
            depth += 1
        elif t == ")":
            depth -= 1
            if depth == 0:
                return commas, j
        elif t == "," and depth == 1:
            commas += 1
    return commas, len(tokens)


@functools.lru_cache(maxsize=4096)
def translate(sql: str) -> str:
    """The PostgreSQL text of one statement of the store's SQLite-dialect SQL."""
    stripped = sql.strip()
    head = stripped.upper()
    if head.startswith("PRAGMA"):
        name = re.match(r"PRAGMA\s+(\w+)", stripped, re.I)
        return _PRAGMAS.get(name.group(1).lower() if name else "", "SELECT 0")
    if head == "BEGIN IMMEDIATE":
        return "BEGIN"
    tokens = _TOKEN.findall(sql)
    ddl = head.startswith(("CREATE", "ALTER"))
    ignore = False
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        up = t.upper()
        if t == "?":
            j, prev = _prev_word(out, len(out) - 1)
            if prev == "IS":
                out[j] = "IS NOT DISTINCT FROM"
            elif prev == "NOT":
                k, before = _prev_word(out, j - 1)
                if before == "IS":
                    out[k] = "IS DISTINCT FROM"
                    del out[k + 1:j + 1]
            out.append("%s")
        elif t == "%" or (t.startswith("'") and "%" in t):
            out.append(t.replace("%", "%%"))
        elif up == "OR" and out and _prev_word(out, len(out) - 1)[1] == "INSERT":
            j, word = _next_word(tokens, i + 1)
            if word == "IGNORE":
                ignore = True
                i = j + 1
                continue
            out.append(t)
        elif up in ("MAX", "MIN"):
            j, paren = _next_word(tokens, i + 1)
            if paren == "(" and _top_level_commas(tokens, j)[0] >= 1:
                out.append("GREATEST" if up == "MAX" else "LEAST")
            else:
                out.append(t)
        elif t == "user":
            out.append('"user"')
        elif ddl and up == "AUTOINCREMENT":
            pass
        elif ddl and up == "INTEGER":
            j, nxt = _next_word(tokens, i + 1)
            k, after = _next_word(tokens, j + 1)
            out.append("BIGSERIAL" if (nxt, after) == ("PRIMARY", "KEY") else "BIGINT")
        elif up in _TYPES and (ddl or _prev_word(out, len(out) - 1)[1] == "AS"):
            out.append(_TYPES[up])
        else:
            out.append(t)
        i += 1
    text = "".join(out)
    if ignore:
        text = _insert_before_returning(text.rstrip().rstrip(";"), " ON CONFLICT DO NOTHING")
    return text


def _insert_before_returning(text: str, clause: str) -> str:
    match = re.search(r"\sRETURNING\s", text, re.I)
    if match:
        return text[:match.start()] + clause + text[match.start():]
    return text + clause


_INSERT_INTO = re.compile(r"^\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(\w+)", re.I)


@functools.lru_cache(maxsize=4096)
def _inserts_into(sql: str) -> str | None:
    """The table an INSERT statement writes and whose new id it does not yet return (read
    once per statement text, like :func:`translate`)."""
    table = _INSERT_INTO.match(sql)
    if table is None or "RETURNING" in translate(sql).upper():
        return None
    return table.group(1)


# -- the sqlite-utils slice --------------------------------------------------------------

class PgCursor:
    """What the store reads off a cursor: rows, ``rowcount``, ``lastrowid``."""

    def __init__(self, cursor: Any, lastrowid: int | None = None) -> None:
        self._cursor = cursor
        self.lastrowid = lastrowid
        self.rowcount = cursor.rowcount

    def fetchone(self) -> Any:
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall() if self._cursor.description else []

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class PgConnection:
    """The part of ``sqlite3.Connection`` the store uses, on one psycopg connection."""

    def __init__(self, conn: Any, serial_tables: set[str]) -> None:
        self.raw = conn
        self.serial_tables = serial_tables

    @property
    def in_transaction(self) -> bool:
        status = self.raw.info.transaction_status
        return bool(status != psycopg.pq.TransactionStatus.IDLE)

    def execute(self, sql: str, params: Iterable[Any] | None = None) -> PgCursor:
        text = translate(sql)
        returning = _inserts_into(sql) in self.serial_tables
        if returning:
            text += " RETURNING id"
        cursor = self.raw.cursor()
        cursor.execute(text, tuple(params or ()))
        if returning:
            row = cursor.fetchone()
            return PgCursor(cursor, int(row[0]) if row else None)
        return PgCursor(cursor)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> PgCursor:
        cursor = self.raw.cursor()
        batch = [tuple(r) for r in rows]
        if batch:
            cursor.executemany(translate(sql), batch)
        return PgCursor(cursor)

    def commit(self) -> None:
        if self.in_transaction:
            self.raw.execute("COMMIT")

    def close(self) -> None:
        self.raw.close()


class PgTable:
    def __init__(self, db: PgDatabase, name: str) -> None:
        self.db = db
        self.name = name

    def insert(self, record: dict[str, Any]) -> PgTable:
        columns = list(record)
        self.db.execute(
            f"INSERT INTO {self.name} ({', '.join(_quote(c) for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})", [record[c] for c in columns])
        return self

    def update(self, pk: Any, values: dict[str, Any]) -> PgTable:
        columns = list(values)
        self.db.execute(
            f"UPDATE {self.name} SET {', '.join(f'{_quote(c)} = ?' for c in columns)} "
            "WHERE id = ?", [*(values[c] for c in columns), pk])
        return self


def _quote(column: str) -> str:
    return f'"{column}"'


class PgDatabase:
    """The slice of ``sqlite_utils.Database`` the store uses."""

    def __init__(self, conn: PgConnection) -> None:
        self.conn = conn
        self._savepoints = 0

    def execute(self, sql: str, params: Iterable[Any] | None = None) -> PgCursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: Iterable[Any] | None = None) -> Iterator[dict[str, Any]]:
        with self.conn.raw.cursor(row_factory=dict_row) as cursor:
            cursor.execute(translate(sql), tuple(params or ()))
            yield from cursor.fetchall()

    def table(self, name: str) -> PgTable:
        return PgTable(self, name)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[PgDatabase]:
        if not self.conn.in_transaction:
            raise StorageError("atomic() outside a transaction")
        self._savepoints += 1
        name = f"sw_{self._savepoints}"
        raw = self.conn.raw
        raw.execute(f"SAVEPOINT {name}")
        try:
            yield self
        except BaseException:
            raw.execute(f"ROLLBACK TO SAVEPOINT {name}")
            raise
        else:
            raw.execute(f"RELEASE SAVEPOINT {name}")
        finally:
            self._savepoints -= 1


def connect(url: str) -> Any:
    """A psycopg connection in autocommit (transactions are opened by the store)."""
    require_psycopg()
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=10,
                               application_name="signalwatch")
    except psycopg.Error as e:
        raise StorageError(describe_pg_error(e, redact_url(url))) from None


def serial_tables(conn: Any) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT table_name FROM information_schema.columns WHERE column_name = 'id' "
        "AND column_default LIKE %s AND table_schema = current_schema()",
        ("nextval(%",)).fetchall()}
