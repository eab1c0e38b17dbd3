"""The daemon: lock, jobs on an injected clock, ops alerts, health, SIGTERM."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from signalwatch.config import load_config
from signalwatch.daemon import Daemon, DatabaseLock, serve_health
from signalwatch.exceptions import LockedError
from signalwatch.logs import setup_logging
from signalwatch.store import Storage

from .conftest import DATA, NOW
from .httpserver import Response

pytestmark = pytest.mark.both_engines

RSS = "application/rss+xml"


def setup(tmp_path: Path, server, extra: str = ""):
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "sources" / "s.toml").write_text(
        f'[[feed]]\nname = "ok"\nurl = "{server.url("/ok")}"\ninterval_minutes = 30\n'
        f'[[feed]]\nname = "down"\nurl = "{server.url("/down")}"\n', encoding="utf-8")
    (tmp_path / "signalwatch.toml").write_text(
        "[daemon]\ntick_seconds = 30\njitter = 0\nops_alert_hours = 2\n" + extra,
        encoding="utf-8")
    server.serve_file("/ok", DATA / "collect" / "recoverable.xml", RSS)
    server.route("/down", Response(500, b"down"))
    return load_config(tmp_path / "signalwatch.toml")


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


def test_one_daemon_per_database(tmp_path: Path) -> None:
    with DatabaseLock(tmp_path / "x.db"), pytest.raises(
            LockedError, match=rf"pid {os.getpid()}.*stop it first"):
        DatabaseLock(tmp_path / "x.db").acquire()
    with DatabaseLock(tmp_path / "x.db"):
        pass  # released: can be taken again


def test_due_times_live_in_the_database(tmp_path, server) -> None:
    config = setup(tmp_path, server)
    clock = Clock(NOW)
    storage = Storage(config.database_target)
    daemon = Daemon(config, storage, clock=clock)
    daemon.poll()
    assert len(server.hits("/ok")) == 1 and len(server.hits("/down")) == 1
    clock.now = NOW + timedelta(minutes=10)
    daemon.poll()
    assert len(server.hits("/ok")) == 1  # not due yet
    # a restart resumes the same schedule
    storage.close()
    storage = Storage(config.database_target)
    restarted = Daemon(config, storage, clock=clock)
    clock.now = NOW + timedelta(minutes=20)
    restarted.poll()
    assert len(server.hits("/ok")) == 1
    clock.now = NOW + timedelta(minutes=31)
    restarted.poll()
    assert len(server.hits("/ok")) == 2
    assert len(server.hits("/down")) == 1  # backing off (next try after an hour)
    storage.close()


def test_ops_alerts_repeat_daily_and_clear(tmp_path, server, monkeypatch) -> None:
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    config = setup(tmp_path, server)
    clock = Clock(NOW)
    storage = Storage(config.database_target)
    daemon = Daemon(config, storage, clock=clock)
    daemon.poll()
    assert daemon.ops() == []  # failing, but not for 2 hours yet
    for hours in (1, 2, 4):
        clock.now = NOW + timedelta(hours=hours)
        daemon.poll()
    (first,) = daemon.ops()
    assert first.startswith("Source down has been failing since") and "HTTP 500" in first
    clock.now += timedelta(hours=3)
    assert daemon.ops() == []          # once a day
    clock.now += timedelta(days=1)
    assert len(daemon.ops()) == 1      # repeated the next day
    server.serve_file("/down", DATA / "collect" / "recoverable.xml", RSS)
    clock.now += timedelta(days=2)
    daemon.poll()
    assert daemon.ops() == ["Source down has recovered."]
    log = (Path(config.notify.output_dir) / "ops" / "ops-alerts.log").read_text()
    assert log.count("failing since") == 2 and "recovered" in log
    storage.close()


def test_health_and_metrics_endpoint(tmp_path, server) -> None:
    config = setup(tmp_path, server)
    clock = Clock(NOW)
    storage = Storage(config.database_target)
    daemon = Daemon(config, storage, clock=clock)
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    httpd = serve_health(daemon, f"127.0.0.1:{port}")
    try:
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5)
        assert e.value.code == 503 and b"scheduler stuck" in e.value.read()
        daemon.poll()
        assert urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5).read() \
            == b"ok\n"
        clock.now = NOW + timedelta(minutes=5)  # no tick for 5 minutes: stuck
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5)
        metrics = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) \
            .read().decode()
        assert "signalwatch_polls_total 2" in metrics
        assert "signalwatch_failing_sources 1" in metrics
        assert 'signalwatch_source_staleness_seconds{source="ok"} 300' in metrics
        assert 'signalwatch_source_staleness_seconds{source="down"} -1' in metrics
        assert "signalwatch_outbox_depth 0" in metrics
    finally:
        httpd.shutdown()
        storage.close()


def test_missed_and_failed_jobs_are_recorded(tmp_path, server) -> None:
    from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MISSED

    config = setup(tmp_path, server)
    storage = Storage(config.database_target)
    daemon = Daemon(config, storage, clock=Clock(NOW))
    daemon._listener(SimpleNamespace(code=EVENT_JOB_MISSED, job_id="digests", exception=None))
    daemon._listener(SimpleNamespace(code=EVENT_JOB_ERROR, job_id="poll",
                                     exception=RuntimeError("boom")))
    events = [(e["kind"], e["job"]) for e in storage.get_daemon_events()]
    assert events == [("failed", "poll"), ("missed", "digests")]
    storage.close()


def test_logs_are_one_line_with_context_and_no_secrets() -> None:
    import io

    out = io.StringIO()
    setup_logging(secrets=["xoxb-123-secret"], stream=out)
    logging.getLogger("signalwatch.test").warning(
        "posting with token %s failed\nsecond line", "xoxb-123-secret",
        extra={"source": "techcrunch", "account": "acc 1"})
    line = out.getvalue()
    assert line.count("\n") == 1 and "xoxb-123-secret" not in line and "***" in line
    assert "source=techcrunch" in line and "account='acc 1'" in line
    setup_logging(stream=io.StringIO())


def _wait_for(stream, text: str, timeout: float = 20.0) -> str:
    """Read lines until ``text`` appears (bounded by ``timeout``)."""
    import selectors

    sel = selectors.DefaultSelector()
    sel.register(stream, selectors.EVENT_READ)
    seen = ""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sel.select(timeout=deadline - time.monotonic()):
            line = stream.readline()
            if not line:
                break
            seen += line
            if text in line:
                return seen
    raise AssertionError(f"{text!r} not seen in: {seen}")


def test_sigterm_stops_cleanly_and_a_second_daemon_is_refused(tmp_path, server) -> None:
    config = setup(tmp_path, server, "stop_seconds = 3\n")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("SLACK_BOT_TOKEN", None)
    cmd = [sys.executable, "-m", "signalwatch", "--config", str(config.path), "run"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env=env)
    try:
        _wait_for(proc.stderr, "daemon started")
        second = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=30)
        assert second.returncode == 1
        assert f"another signalwatch daemon (pid {proc.pid}" in second.stderr
        start = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
        assert time.monotonic() - start < 10
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    with Storage(config.database_target) as storage:
        kinds = [e["kind"] for e in storage.get_daemon_events()]
        assert kinds[:2] == ["stopped", "started"]
        assert storage.integrity_check() == "ok"


def test_housekeeping_prunes_only_what_nothing_needs(tmp_path, server) -> None:
    config = setup(tmp_path, server)
    clock = Clock(NOW)
    storage = Storage(config.database_target)
    daemon = Daemon(config, storage, clock=clock)
    daemon.poll()
    daemon.pipeline()
    assert storage.count_items() == 2
    clock.now = NOW + timedelta(days=179)
    assert daemon.housekeeping() == 0  # within retention
    clock.now = NOW + timedelta(days=181)
    assert daemon.housekeeping() == 2  # old, extracted, no signal points at them
    assert storage.count_items() == 0
    assert storage.integrity_check() == "ok"
    storage.close()


def test_a_job_that_keeps_failing_turns_health_red(tmp_path, server) -> None:
    from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED

    config = setup(tmp_path, server)
    storage = Storage(config.database_target)
    daemon = Daemon(config, storage, clock=Clock(NOW))
    daemon.poll()
    assert daemon.health()[0]
    for _ in range(3):
        daemon._listener(SimpleNamespace(code=EVENT_JOB_ERROR, job_id="poll",
                                         exception=RuntimeError("boom")))
    ok, problems = daemon.health()
    assert not ok and any("job poll failed 3 times" in p for p in problems)
    assert 'signalwatch_job_failures{job="poll"} 3' in daemon.metrics_text()
    daemon._listener(SimpleNamespace(code=EVENT_JOB_EXECUTED, job_id="poll", exception=None))
    assert daemon.health()[0]
    storage.close()
