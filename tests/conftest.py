from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from signalwatch.store import Storage

#: A fixed "now" for the pure core.
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture(scope="session")
def pg_databases():
    """A PostgreSQL server for the session (tests/pgserver.py); skips without one."""
    from .pgserver import Databases, cluster

    with cluster() as url:
        yield Databases(url)


@pytest.fixture
def pg_url(pg_databases):
    """A fresh, migrated PostgreSQL database for one test."""
    url = pg_databases.new()
    yield url
    pg_databases.release(url)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests that take ``storage``, and tests (or modules) marked ``both_engines``, run on
    SQLite and on PostgreSQL; ``sqlite_only`` keeps one on the file (WAL, file locks, a
    damaged file...); ``no_store`` runs a test of the pure core once (in a module marked
    ``both_engines``: the extraction's evaluations touch no store)."""
    node = metafunc.definition
    if node.get_closest_marker("sqlite_only") or node.get_closest_marker("no_store"):
        return
    if "storage" in metafunc.fixturenames or node.get_closest_marker("both_engines"):
        metafunc.parametrize("engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(autouse=True)
def engine(request, monkeypatch) -> str:
    """The engine of this run of the test. On PostgreSQL a fresh database is named by
    ``SIGNALWATCH_DATABASE_URL`` (storage.url_env's default), so every configuration, CLI
    command and subprocess the test starts uses it, as a deployment's would."""
    name = getattr(request, "param", "sqlite")
    if name == "postgresql":
        monkeypatch.setenv("SIGNALWATCH_DATABASE_URL", request.getfixturevalue("pg_url"))
    else:
        monkeypatch.delenv("SIGNALWATCH_DATABASE_URL", raising=False)
    return str(name)


@pytest.fixture
def storage(engine: str, tmp_path: Path):
    """The store on this run's engine."""
    import os

    s = Storage(os.environ["SIGNALWATCH_DATABASE_URL"] if engine == "postgresql"
                else tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture
def server():
    from .httpserver import LoopbackServer

    s = LoopbackServer()
    yield s
    s.close()


@pytest.fixture
def slack(server):
    """A Slack Web API stand-in on 127.0.0.1."""
    from .slackserver import FakeSlack

    return FakeSlack(server)
