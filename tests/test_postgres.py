"""PostgreSQL as the store (issue #16): the translation, the copy from SQLite, the lock that
keeps writers one at a time, and secrets kept out of errors. The rest of the suite runs
every store-touching test on both engines (tests/conftest.py)."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from signalwatch.cli import main
from signalwatch.exceptions import StorageError
from signalwatch.store import Storage
from signalwatch.store.copy import checksum
from signalwatch.store.pg import redact_url, translate


def test_translation_of_the_sqlite_dialect() -> None:
    assert translate("SELECT * FROM t WHERE a = ? AND b LIKE 'x%'") == \
        "SELECT * FROM t WHERE a = %s AND b LIKE 'x%%'"
    assert translate("INSERT OR IGNORE INTO t (a) VALUES (?)") == \
        "INSERT  INTO t (a) VALUES (%s) ON CONFLICT DO NOTHING"
    assert translate("INSERT OR IGNORE INTO t (a) VALUES (?) RETURNING id") == \
        "INSERT  INTO t (a) VALUES (%s) ON CONFLICT DO NOTHING RETURNING id"
    # scalar max/min of two values vs the aggregates
    assert translate("UPDATE t SET a = max(a, ?), b = min(b, c)") == \
        "UPDATE t SET a = GREATEST(a, %s), b = LEAST(b, c)"
    assert translate("SELECT max(id), min(x) FROM t") == "SELECT max(id), min(x) FROM t"
    assert translate("SELECT max(coalesce(a, b)) FROM t") == "SELECT max(coalesce(a, b)) FROM t"
    assert translate("UPDATE t SET x = 1 WHERE c IS ? AND d IS NOT ?") == \
        "UPDATE t SET x = 1 WHERE c IS NOT DISTINCT FROM %s AND d IS DISTINCT FROM %s"
    assert translate("SELECT user FROM feedback WHERE a = 'user'") == \
        "SELECT \"user\" FROM feedback WHERE a = 'user'"
    assert translate("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER, "
                     "r REAL)") == "CREATE TABLE t (id BIGSERIAL PRIMARY KEY , n BIGINT, " \
                                   "r DOUBLE PRECISION)"
    assert translate("SELECT CAST(v AS INTEGER), CAST(w AS REAL) FROM meta") == \
        "SELECT CAST(v AS BIGINT), CAST(w AS DOUBLE PRECISION) FROM meta"
    assert translate("PRAGMA optimize") == "ANALYZE"
    assert translate("BEGIN IMMEDIATE") == "BEGIN"


def test_a_password_never_reaches_an_error_or_a_log() -> None:
    assert redact_url("postgresql://sw:s3cret@db.example:5432/sw") == \
        "postgresql://sw:***@db.example:5432/sw"
    assert "s3cret" not in redact_url("postgresql://db/sw?user=a&password=s3cret")
    assert redact_url("postgresql://sw@db/sw") == "postgresql://sw@db/sw"
    # a server that is not there: the error names where, never the password
    with pytest.raises(StorageError) as e:
        Storage("postgresql://sw:s3cret@127.0.0.1:9/sw?connect_timeout=2")
    assert "s3cret" not in str(e.value) and "127.0.0.1" in str(e.value)
    assert e.value.__cause__ is None  # psycopg's own error (it may quote the URL) is not chained


def test_the_config_refuses_a_password_in_the_file_and_other_schemes(tmp_path: Path) -> None:
    from signalwatch.config import load_config
    from signalwatch.exceptions import ConfigError

    for url, expected in [("postgresql://sw:pw@db/sw", "holds a password"),
                          ("mysql://db/sw", "expected a postgresql:// URL")]:
        path = tmp_path / "signalwatch.toml"
        path.write_text(f'[storage]\nurl = "{url}"\n')
        with pytest.raises(ConfigError, match=expected) as e:
            load_config(path)
        assert "storage.url" in str(e.value) and "pw@" not in str(e.value)


def test_writers_wait_for_each_other_as_on_sqlite(pg_url: str) -> None:
    """Read-then-write in a transaction, from several connections at once: no update is
    lost (the store's claims and upserts rely on it; several workers share one database)."""
    stores = [Storage(pg_url) for _ in range(4)]
    stores[0].set_meta("n", "0")

    def bump(store: Storage) -> None:
        for _ in range(25):
            with store.transaction():
                n = int(store.get_meta("n") or 0)
                store.set_meta("n", str(n + 1))

    threads = [threading.Thread(target=bump, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert stores[0].get_meta("n") == "100"
    for s in stores:
        s.close()


def test_a_newer_schema_is_refused(pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE signalwatch_schema SET version = 999")
    with pytest.raises(StorageError, match="newer than this build"):
        Storage(pg_url)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pgdemo") / "demo"
    result = CliRunner().invoke(main, ["demo", "--folder", str(folder)])
    assert result.exit_code == 0, result.output
    return folder


def _tables(path: Path) -> dict[str, tuple[int, str]]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {n: checksum(conn.execute(f'SELECT * FROM "{n}"')) for n in names}
    finally:
        conn.close()


def test_migrate_to_copies_every_row_and_the_product_runs_on_it(
        demo_folder: Path, pg_url: str, tmp_path: Path, monkeypatch) -> None:
    db = demo_folder / "signalwatch.db"
    before = _tables(db)
    assert before["alerts"][0] > 0 and before["signals"][0] > 0
    config = ["--config", str(demo_folder / "signalwatch.toml")]
    monkeypatch.delenv("SIGNALWATCH_DATABASE_URL", raising=False)
    result = CliRunner().invoke(main, [*config, "migrate", "--to", pg_url])
    assert result.exit_code == 0, result.output
    assert "counts and checksums match" in result.output
    assert _tables(db) == before  # the source is untouched
    # the same rows, read through the store on both engines
    with Storage(db) as lite, Storage(pg_url) as pg:
        assert lite.get_alerts() == pg.get_alerts()
        assert lite.get_signals() == pg.get_signals()
        assert lite.get_accounts() == pg.get_accounts()
        for table, (rows, _) in before.items():
            assert pg.query(f"SELECT count(*) AS n FROM {table}")[0]["n"] == rows, table
        # ids go on after the copied ones
        last = max(a.id for a in pg.get_alerts())
        decision = pg.query("SELECT max(id) AS m FROM decisions")[0]["m"]
        assert pg.query("SELECT nextval(pg_get_serial_sequence('alerts', 'id')) AS n")[0]["n"] \
            > last
        assert decision is not None
    # commands read the copy the same way once storage.url names it
    lite_out = CliRunner().invoke(main, [*config, "signals", "--json"]).output
    monkeypatch.setenv("SIGNALWATCH_DATABASE_URL", pg_url)
    pg_out = CliRunner().invoke(main, [*config, "signals", "--json"]).output
    assert pg_out == lite_out and pg_out.strip()
    # a second copy into the same database is refused and changes nothing
    again = CliRunner().invoke(main, [*config, "migrate", "--to", pg_url])
    assert again.exit_code == 1 and "already holds data" in again.output
    with Storage(pg_url) as pg:
        assert pg.query("SELECT count(*) AS n FROM alerts")[0]["n"] == before["alerts"][0]


def test_a_failed_copy_keeps_nothing_and_names_the_table(
        demo_folder: Path, pg_url: str, tmp_path: Path, monkeypatch) -> None:
    import shutil

    folder = tmp_path / "copy"
    shutil.copytree(demo_folder, folder)
    conn = sqlite3.connect(folder / "signalwatch.db")
    # SQLite keeps a text in an INTEGER column; PostgreSQL will not take it
    conn.execute("UPDATE sources SET polls = 'many' WHERE rowid = (SELECT min(rowid) "
                 "FROM sources)")
    conn.commit()
    conn.close()
    monkeypatch.delenv("SIGNALWATCH_DATABASE_URL", raising=False)
    result = CliRunner().invoke(main, ["--config", str(folder / "signalwatch.toml"),
                                       "migrate", "--to", pg_url])
    assert result.exit_code == 1
    assert "table sources" in result.output and "nothing was kept" in result.output
    with Storage(pg_url) as pg:
        assert pg.query("SELECT count(*) AS n FROM accounts")[0]["n"] == 0


def test_a_sender_on_another_machine_is_known_gone_when_its_session_ends(pg_url: str) -> None:
    """A claim names ``host:pid:token``; another machine's pid cannot be checked, but its
    session on the shared database can: a killed worker's alert is recovered (then checked
    in Slack) without waiting for the 10-minute lease."""
    from signalwatch.stages.claims import claim_is_dead
    from signalwatch.store import base

    here = Storage(pg_url)
    there = Storage(pg_url)  # the other machine's worker
    owner = "other-host:4242:tok"
    assert here.sender_alive("other-host", 4242) is False
    assert claim_is_dead(owner, here.sender_alive)
    there.hold_liveness("other-host", 4242)
    assert here.sender_alive("other-host", 4242) is True
    assert not claim_is_dead(owner, here.sender_alive)
    assert not claim_is_dead(owner)  # without the database only the lease can tell
    # the worker is killed: PostgreSQL ends its session, the lock goes with it
    base._LIVENESS.pop((pg_url, "other-host", 4242)).close()
    # the server ends the session (and frees its lock) a moment after the client closes:
    # wait for it, bounded
    for _ in range(200):
        if claim_is_dead(owner, here.sender_alive):
            break
        time.sleep(0.01)
    assert claim_is_dead(owner, here.sender_alive)
    here.close()
    there.close()


def test_a_lost_connection_is_made_again(pg_url: str) -> None:
    """A worker lives for months: after the server ends its session (a restart, a network
    drop) the statement in flight fails clearly and the next one reconnects."""
    import psycopg

    storage = Storage(pg_url)
    storage.set_meta("k", "1")
    pid = storage.db.conn.raw.info.backend_pid  # type: ignore[attr-defined]
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        # pg_terminate_backend only signals the backend: wait (bounded) until it is gone,
        # or the next statement may still reach it (a race seen once in a full run)
        for _ in range(200):
            row = admin.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s",
                                (pid,)).fetchone()
            if row is None:
                break
            time.sleep(0.01)
    with pytest.raises(StorageError):
        storage.get_meta("k")
    assert storage.get_meta("k") == "1"
    storage.close()
