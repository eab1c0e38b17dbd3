from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from signalwatch.exceptions import StorageError
from signalwatch.store import Storage
from signalwatch.store.base import get_migrations

pytestmark = pytest.mark.both_engines


def test_migrations_applied_and_wal(storage: Storage) -> None:
    assert storage.schema_version == get_migrations()[-1][0]
    if not storage.is_postgres:
        mode = storage.db.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"
    assert storage.integrity_check() == "ok"


def test_reopen_keeps_data_and_version(tmp_path: Path) -> None:
    with Storage(tmp_path / "a.db") as s:
        s.set_meta("k", "v")
        version = s.schema_version
    with Storage(tmp_path / "a.db") as s:
        assert s.get_meta("k") == "v"
        assert s.schema_version == version


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with Storage(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(StorageError, match="newer than this build"):
        Storage(path)


def test_transaction_rolls_back(storage: Storage) -> None:
    storage.set_meta("keep", "1")
    with pytest.raises(RuntimeError), storage.transaction():
        storage.set_meta("keep", "2")
        storage.set_meta("other", "x")
        raise RuntimeError("boom")
    assert storage.get_meta("keep") == "1"
    assert storage.get_meta("other") is None


def test_accounts_with_a_board_are_read_by_index(tmp_path) -> None:
    """Every cycle reads them for the source catalog: never a scan of all accounts."""
    storage = Storage(tmp_path / "sw.db")
    plan = storage.db.execute("EXPLAIN QUERY PLAN SELECT * FROM accounts WHERE ats IS NOT NULL "
                              "AND ats != ''").fetchall()
    assert "USING INDEX accounts_ats" in str(plan)
    storage.close()
