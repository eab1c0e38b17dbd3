"""``signalwatch worker`` (issue #16): ticks shard sources into bucket jobs, every source
polled once a tick, a killed worker's job run again, finished jobs pruned, health. The jobs
run on a real PostgreSQL through procrastinate; the ticks are driven by the test (the
periodic deferrer runs on wall-clock minutes: scripts/chaos_workers.py covers it)."""

from __future__ import annotations

import asyncio
import json
import urllib.request
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from signalwatch.cli import main
from signalwatch.config import load_config
from signalwatch.store import Storage
from signalwatch.utils import from_iso

from .httpserver import Response

N_SOURCES = 25
TICK = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def _rss(n: int) -> bytes:
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>f{n}</title><item>'
            f"<title>Quiet news {n}</title><guid>q{n}</guid></item></channel></rss>").encode()


@pytest.fixture
def project(tmp_path: Path, server, pg_url: str, monkeypatch):
    monkeypatch.setenv("SIGNALWATCH_DATABASE_URL", pg_url)
    feeds = []
    for n in range(N_SOURCES):
        etag = f'"v{n}"'

        def respond(request, n=n, etag=etag):  # type: ignore[no-untyped-def]
            if request.headers.get("if-none-match") == etag:
                return Response(304, b"", {"ETag": etag})
            return Response(200, _rss(n), {"ETag": etag, "Content-Type": "application/rss+xml"})

        server.route(f"/f{n}", respond)
        feeds.append(f'[[feed]]\nname = "f{n:02d}"\nurl = "{server.url(f"/f{n}")}"\n'
                     "interval_minutes = 1\nallow_private = true\n")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "feeds.toml").write_text("\n".join(feeds))
    (tmp_path / "signalwatch.toml").write_text(
        "[workers]\nbucket_size = 10\nstalled_seconds = 2\nheartbeat_seconds = 0.5\n")
    return tmp_path


def _worker(folder: Path, clock: list[datetime]):
    from signalwatch.worker import Worker, ensure_job_schema

    config = load_config(folder / "signalwatch.toml")
    storage = Storage(config.database_target)
    ensure_job_schema(storage.url or "")
    return Worker(config, storage, clock=lambda: clock[0], periodic=False)


async def _tick_and_drain(worker, timestamp: datetime) -> None:
    async with worker.app.open_async():
        await worker.app.tasks["tick"].defer_async(timestamp=int(timestamp.timestamp()))
        await _drain(worker)


async def _drain(worker) -> None:
    """Run jobs until none is waiting (a worker with wait=False stops at the first empty
    fetch, which may come while a job it runs is still deferring others)."""
    for _ in range(10):
        await worker.app.run_worker_async(wait=False, concurrency=2,
                                          install_signal_handlers=False,
                                          delete_jobs="successful")
        if not worker.storage.query("SELECT 1 AS x FROM procrastinate_jobs WHERE "
                                    "status = 'todo'"):
            return


def _held_by_a_killed_worker(worker, task: str | None = None) -> None:
    """The waiting jobs (of ``task``, or all) were taken by a worker that was then killed
    (-9): it holds them, and its heartbeat stopped an hour ago."""
    with worker.storage.db.conn.raw.cursor() as cur:
        cur.execute("INSERT INTO procrastinate_workers (last_heartbeat) VALUES "
                    "(now() - interval '1 hour') RETURNING id")
        dead = cur.fetchone()[0]
        cur.execute("UPDATE procrastinate_jobs SET status = 'doing', worker_id = %s "
                    "WHERE %s::text IS NULL OR task_name = %s", (dead, task, task))


def _polls(server) -> Counter[str]:
    return Counter(r.path for n in range(N_SOURCES) for r in server.hits(f"/f{n}"))


def test_a_tick_polls_every_source_once_in_bucket_jobs(project: Path, server) -> None:
    clock = [TICK + timedelta(seconds=1)]
    worker = _worker(project, clock)
    asyncio.run(_tick_and_drain(worker, TICK))
    polls = _polls(server)
    assert len(polls) == N_SOURCES and set(polls.values()) == {1}
    assert worker.done["poll_bucket"] == 3  # 25 sources, 10 a bucket
    # next due on the tick's grid: the next tick takes them even if this one ran late
    states = worker.storage.get_source_states()
    assert {from_iso(s["next_due"]) for s in states} == {TICK + timedelta(minutes=1)}
    # the next tick: once more each (304s), no job left behind
    clock[0] = TICK + timedelta(minutes=1, seconds=40)
    asyncio.run(_tick_and_drain(worker, TICK + timedelta(minutes=1)))
    assert set(_polls(server).values()) == {2}
    assert all(h.headers.get("if-none-match") for n in range(N_SOURCES)
               for h in server.hits(f"/f{n}")[1:])
    assert worker.storage.query("SELECT count(*) AS n FROM procrastinate_jobs")[0]["n"] == 0
    # a tick's jobs that run after the next tick began are skipped (that tick covers them)
    clock[0] = TICK + timedelta(minutes=3, seconds=5)
    asyncio.run(_tick_and_drain(worker, TICK + timedelta(minutes=2)))
    assert set(_polls(server).values()) == {2}
    worker.storage.close()


def test_a_bucket_still_waiting_is_not_queued_twice(project: Path, server) -> None:
    worker = _worker(project, [TICK])

    async def go() -> tuple[int, int]:
        async with worker.app.open_async():
            # a tick run again after the next began (its worker was killed) queues nothing
            late = await asyncio.to_thread(worker.tick, int(TICK.timestamp()) - 60)
            first = await asyncio.to_thread(worker.tick, int(TICK.timestamp()))
            second = await asyncio.to_thread(worker.tick, int(TICK.timestamp()) + 60)
            return late, first, second

    assert asyncio.run(go()) == (0, 3, 0)
    worker.storage.close()


def test_a_killed_workers_job_is_run_again(project: Path, server) -> None:
    """A job left 'doing' by a worker that stopped sending heartbeats goes back to the
    queue and is run by another worker: its sources are polled, once."""
    clock = [TICK + timedelta(seconds=1)]
    worker = _worker(project, clock)

    async def go() -> int:
        async with worker.app.open_async():
            await worker.app.tasks["poll_bucket"].configure(lock="poll:0/3").defer_async(
                bucket=0, buckets=3, tick=int(TICK.timestamp()))
            _held_by_a_killed_worker(worker)
            await worker.app.run_worker_async(wait=False, install_signal_handlers=False)
            assert not _polls(server)  # nobody runs a job someone holds
            retried = await worker.retry_stalled()
            await _drain(worker)
            return retried

    assert asyncio.run(go()) == 1
    polls = _polls(server)
    assert polls and set(polls.values()) == {1}
    assert len(polls) < N_SOURCES  # one bucket's sources
    worker.storage.close()


def test_health_and_metrics_of_a_worker(project: Path) -> None:
    from signalwatch.daemon import serve_health

    worker = _worker(project, [TICK])
    http = serve_health(worker, "127.0.0.1:0")
    port = http.server_address[1]
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5)
    assert e.value.code == 503 and b"job engine" in e.value.read()
    import time

    worker.engine_heartbeat = time.monotonic()
    assert urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5).status == 200
    worker.done["poll_bucket"] = 3
    metrics = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read()
    assert b'signalwatch_worker_jobs_total{task="poll_bucket",result="ok"} 3' in metrics
    assert b"signalwatch_polls_total" in metrics
    http.shutdown()
    worker.storage.close()


@pytest.mark.parametrize("command", ["worker", "workers"])
def test_worker_commands_on_the_sqlite_file_say_what_to_do(tmp_path: Path, monkeypatch,
                                                           command: str) -> None:
    monkeypatch.delenv("SIGNALWATCH_DATABASE_URL", raising=False)
    (tmp_path / "signalwatch.toml").write_text("")
    result = CliRunner().invoke(main, ["--config", str(tmp_path / "signalwatch.toml"),
                                       command])
    assert result.exit_code == 2  # a configuration problem
    assert "storage.url" in result.output and "SQLite" in result.output


def test_a_killed_job_with_the_same_job_waiting_gives_way_to_it(project: Path, server) -> None:
    """The next tick queued the same bucket while the killed worker's job still held its
    lock: putting the old one back would break the queueing lock (one waiting) and leave
    both stuck. The old one is ended; the waiting one runs and polls the bucket."""
    clock = [TICK + timedelta(minutes=1, seconds=1)]
    worker = _worker(project, clock)
    poll = worker.app.tasks["poll_bucket"]

    async def go() -> int:
        async with worker.app.open_async():
            await poll.configure(lock="poll:0/3", queueing_lock="poll:0/3").defer_async(
                bucket=0, buckets=3, tick=int(TICK.timestamp()))
            _held_by_a_killed_worker(worker)
            await poll.configure(lock="poll:0/3", queueing_lock="poll:0/3").defer_async(
                bucket=0, buckets=3, tick=int((TICK + timedelta(minutes=1)).timestamp()))
            retried = await worker.retry_stalled()
            await _drain(worker)
            return retried

    assert asyncio.run(go()) == 1
    polls = _polls(server)
    assert polls and set(polls.values()) == {1}
    statuses = {r["status"] for r in worker.storage.query(
        "SELECT status::text AS status FROM procrastinate_jobs")}
    assert statuses <= {"aborted"}  # the waiting one ran (and was deleted on success)
    worker.storage.close()


def test_workers_command_shows_heartbeats_jobs_and_stalled(project: Path) -> None:
    worker = _worker(project, [TICK])
    config = ["--config", str(project / "signalwatch.toml")]
    with worker.storage.db.conn.raw.cursor() as cur:  # a live worker beside the killed one
        cur.execute("INSERT INTO procrastinate_workers (last_heartbeat) VALUES (now())")

    async def go() -> None:
        async with worker.app.open_async():
            await worker.app.tasks["pipeline"].defer_async()
            await worker.app.tasks["dispatch"].defer_async()

    asyncio.run(go())
    _held_by_a_killed_worker(worker, "pipeline")
    out = CliRunner().invoke(main, [*config, "workers"])
    assert out.exit_code == 0, out.output
    assert "workers: 1 alive, 1 silent" in out.output
    assert "held by a silent worker" in out.output and "(pipeline)" in out.output
    assert "oldest waiting: dispatch" in out.output
    data = json.loads(CliRunner().invoke(main, [*config, "workers", "--json"]).output)
    assert {(j["status"], j["task"]) for j in data["jobs"]} == {("doing", "pipeline"),
                                                               ("todo", "dispatch")}
    worker.storage.close()
