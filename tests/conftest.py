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


@pytest.fixture
def storage(tmp_path: Path):
    s = Storage(tmp_path / "test.db")
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
