from __future__ import annotations

import contextlib
import importlib
import pkgutil
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, Self

import sqlite_utils

from ..exceptions import StorageError
from . import pg

#: This process's liveness connections (see StorageBase.hold_liveness), by (url, host, pid).
_LIVENESS: dict[tuple[str, str, int], Any] = {}
_LIVENESS_LOCK = threading.Lock()

#: How long a writer waits for another's lock before failing (ms).
BUSY_TIMEOUT_MS = 10_000

_MIGRATION_NAME = re.compile(r"^m(\d{3})_\w+$")


def get_migrations() -> list[tuple[int, str, Callable[[sqlite_utils.Database], None]]]:
    """The migrations in ``store/migrations``, ordered by number: (number, name, migrate)."""
    from . import migrations as package

    found: list[tuple[int, str, Callable[[sqlite_utils.Database], None]]] = []
    for info in pkgutil.iter_modules(package.__path__):
        match = _MIGRATION_NAME.match(info.name)
        if not match:
            continue
        module: ModuleType = importlib.import_module(f"{package.__name__}.{info.name}")
        found.append((int(match.group(1)), info.name, module.migrate))
    found.sort()
    numbers = [n for n, _, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise StorageError(f"migrations must be numbered 1..N without gaps, found {numbers}")
    return found


def describe_sqlite_error(error: sqlite3.Error, path: object) -> str:
    """A message a person can act on for a raw SQLite error."""
    text = str(error)
    lowered = text.lower()
    if "malformed" in lowered or "not a database" in lowered or "corrupt" in lowered:
        return (f"the database {path} is damaged ({text}); stop signalwatch and restore it "
                "from a backup (see README, 'Back up')")
    if "full" in lowered:
        return f"no space left to write the database {path} ({text}); free some disk space"
    if "readonly" in lowered or "read-only" in lowered:
        return f"the database {path} is read-only ({text}); check its permissions"
    if "locked" in lowered or "busy" in lowered:
        return f"the database {path} stayed locked by another process ({text})"
    if "disk i/o" in lowered:
        return f"the disk failed while using the database {path} ({text})"
    return f"database error on {path}: {text}"


def describe_error(error: Exception, where: object) -> str:
    """A message a person can act on for a raw database error of either engine."""
    if isinstance(error, sqlite3.Error):
        return describe_sqlite_error(error, where)
    return pg.describe_pg_error(error, str(where))


#: What the store catches from either engine (psycopg's errors where it is installed).
DB_ERRORS: tuple[type[Exception], ...] = (
    (sqlite3.Error,) if pg.psycopg is None else (sqlite3.Error, pg.psycopg.Error))


class StorageBase:
    """Connection handling, transactions and migrations.

    ``target`` is a SQLite file (the embedded default) or a ``postgresql://`` URL
    (:mod:`signalwatch.store.pg`)."""

    def __init__(self, target: str | Path, *, migrate: bool = True) -> None:
        self.url: str | None = str(target) if pg.is_postgres_url(target) else None
        # Where the data lives, as errors and logs may show it (a URL without its password).
        self.path: Path | str = pg.redact_url(self.url) if self.url else Path(target)
        self._local = threading.local()
        self._connections: list[Any] = []
        self._lock = threading.Lock()
        self._serial: set[str] = set()
        if self.url:
            pg.require_psycopg()
        elif str(self.path) != ":memory:":
            try:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StorageError(f"cannot create the folder of {self.path}: {e}") from e
        if migrate:
            self.migrate()

    # -- connections -----------------------------------------------------

    @property
    def is_postgres(self) -> bool:
        return self.url is not None

    @property
    def db(self) -> sqlite_utils.Database:
        """This thread's sqlite-utils handle (on PostgreSQL, :class:`pg.PgDatabase`, the
        same slice of its interface)."""
        db = getattr(self._local, "db", None)
        if db is not None and self.url and (db.conn.raw.closed or db.conn.raw.broken):
            # The server restarted or the network dropped: the failed statement raised;
            # the next one gets a new connection instead of failing forever.
            with self._lock, contextlib.suppress(ValueError):
                self._connections.remove(db.conn.raw)
            db = None
        if db is None and self.url:
            raw = pg.connect(self.url)
            if not self._serial:
                self._serial.update(pg.serial_tables(raw))
            db = pg.PgDatabase(pg.PgConnection(raw, self._serial))
            self._local.db = db
            with self._lock:
                self._connections.append(raw)
            return db  # type: ignore[return-value]
        if db is None:
            try:
                conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000)
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                conn.execute("PRAGMA journal_mode = WAL")
                # NORMAL is durable against process crashes in WAL mode; only a power
                # loss may drop the last transactions.
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute("PRAGMA foreign_keys = ON")
            except sqlite3.Error as e:
                raise StorageError(describe_sqlite_error(e, self.path)) from e
            db = sqlite_utils.Database(conn, execute_plugins=False)
            self._local.db = db
            with self._lock:
                self._connections.append(conn)
        return db

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                with contextlib.suppress(*DB_ERRORS):
                    conn.close()
            self._connections.clear()
        self._local = threading.local()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """All writes inside happen or none does. Nested calls use savepoints."""
        db = self.db
        if db.conn.in_transaction:
            with db.atomic():
                yield db
            return
        try:
            db.conn.execute("BEGIN IMMEDIATE")
            if self.url:
                # One writer at a time, as BEGIN IMMEDIATE makes it on SQLite (see pg.py).
                db.conn.execute("SELECT pg_advisory_xact_lock(?)", (pg.WRITE_LOCK_KEY,))
        except DB_ERRORS as e:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise StorageError(describe_error(e, self.path)) from e
        try:
            yield db
        except BaseException:
            if db.conn.in_transaction:
                with contextlib.suppress(*DB_ERRORS):
                    db.conn.execute("ROLLBACK")
            raise
        else:
            try:
                db.conn.execute("COMMIT")
            except DB_ERRORS as e:
                if db.conn.in_transaction:
                    db.conn.execute("ROLLBACK")
                raise StorageError(describe_error(e, self.path)) from e

    def query(self, sql: str, params: Any = None) -> list[dict[str, Any]]:
        try:
            return list(self.db.query(sql, params or ()))
        except DB_ERRORS as e:
            raise StorageError(f"query failed on {self.path}: {e}") from e

    # -- schema ------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        if self.url:
            self.db.execute("CREATE TABLE IF NOT EXISTS signalwatch_schema "
                            "(version INTEGER NOT NULL)")
            row = self.db.execute("SELECT max(version) FROM signalwatch_schema").fetchone()
            return int(row[0] or 0)
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _set_schema_version(self, db: Any, number: int) -> None:
        if self.url:
            db.execute("DELETE FROM signalwatch_schema")
            db.execute("INSERT INTO signalwatch_schema (version) VALUES (?)", (number,))
        else:
            db.execute(f"PRAGMA user_version = {number}")

    def migrate(self) -> int:
        """Apply pending migrations; return the version reached. On PostgreSQL, workers
        starting together migrate one at a time (a session advisory lock)."""
        if not self.url:
            return self._migrate()
        conn = self.db.conn
        conn.execute("SELECT pg_advisory_lock(?)", (pg.WRITE_LOCK_KEY + 1,))
        try:
            return self._migrate()
        finally:
            conn.execute("SELECT pg_advisory_unlock(?)", (pg.WRITE_LOCK_KEY + 1,))
            self._serial.clear()
            self._serial.update(pg.serial_tables(conn.raw))  # type: ignore[attr-defined]

    def _migrate(self) -> int:
        migrations = get_migrations()
        latest = migrations[-1][0] if migrations else 0
        try:
            current = self.schema_version
        except DB_ERRORS as e:
            raise StorageError(describe_error(e, self.path)) from e
        if current > latest:
            raise StorageError(
                f"{self.path} has schema version {current}, newer than this build "
                f"understands ({latest}); upgrade signalwatch"
            )
        for number, name, migrate in migrations:
            if number <= current:
                continue
            try:
                with self.transaction() as db:
                    migrate(db)
                    self._set_schema_version(db, number)
            except DB_ERRORS as e:
                raise StorageError(f"migration {name} failed on {self.path}: {e}") from e
        return latest

    def integrity_check(self) -> str:
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])

    # -- senders' liveness (PostgreSQL) --------------------------------------------------

    def hold_liveness(self, host: str, pid: int) -> None:
        """On PostgreSQL, this process says it is alive to processes on other machines: a
        session advisory lock named after ``host:pid``, held by a connection of its own for
        as long as the process lives (released by PostgreSQL however the process ends).
        Nothing on SQLite (one machine: the pid is checked directly)."""
        if not self.url:
            return
        key = (self.url, host, pid)
        with _LIVENESS_LOCK:
            held = _LIVENESS.get(key)
            if held is not None and not held.closed and not held.broken:
                return  # (a connection lost is made again at the next claim)
            conn = pg.connect(self.url)
            conn.execute("SELECT pg_advisory_lock(%s)", (pg.liveness_key(host, pid),))
            _LIVENESS[key] = conn

    def sender_alive(self, host: str, pid: int) -> bool | None:
        """Whether the process ``host:pid`` holds its liveness lock (see
        :meth:`hold_liveness`); None where it cannot be known (SQLite)."""
        if not self.url:
            return None
        k = pg.liveness_key(host, pid)
        row = self.db.execute("SELECT pg_try_advisory_lock(?)", (k,)).fetchone()
        if row and row[0]:
            self.db.execute("SELECT pg_advisory_unlock(?)", (k,))
            return False
        return True

    # -- key/value ---------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
