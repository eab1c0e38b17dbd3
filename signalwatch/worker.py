"""``signalwatch worker``: several processes, on several machines, share one PostgreSQL
database and its work, on procrastinate (issue #16).

Why procrastinate: it lives in the PostgreSQL we already need (no broker), defers each
periodic task once per period whatever the number of workers (a unique row per period),
has per-job locks (one job of a lock runs at a time) and queueing locks (one waiting),
records worker heartbeats so a killed worker's jobs can be found and run again, and prunes
finished jobs. Celery beat, RQ's scheduler and APScheduler 4's shared store each run a
periodic task twice or are pre-releases (their trackers, as the issue lists).

The jobs (the daemon's, as plain methods of :class:`signalwatch.daemon.Daemon`):

- ``tick`` every minute (periodic, once across workers): registers the source catalog
  when it changed and defers one ``poll_bucket`` per ``workers.bucket_size`` sources,
  spread over the first half of the tick, each with a queueing lock (a bucket still
  waiting is not queued twice) and a lock (one bucket job of a shard runs at a time).
- ``poll_bucket``: polls its shard's sources due by the middle of this tick and records
  their next due time on the tick's grid; a job older than a tick is skipped (the next
  tick's job covers its sources). New items defer ``pipeline``.
- ``pipeline`` (one at a time): extract and decide; an alert is the outbox row written in
  the transaction that decides it; then ``dispatch``.
- ``dispatch`` (one at a time, also every minute): claims each alert with a lease and sends
  it; a lease left by a killed worker is taken over only after the Slack metadata lookup
  (as the single daemon does).
- ``digests``, ``ops``, ``crm_sync`` every minute or ten; ``housekeeping``, ``icp_review``
  daily; ``outcomes`` every six hours; ``maintenance`` every minute prunes finished jobs.

Each worker also retries stalled jobs (no heartbeat from their worker for
``workers.stalled_seconds``) every few seconds, and serves /healthz and /metrics.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from .config import Config
from .daemon import Daemon
from .exceptions import ConfigError, SignalwatchError, StorageError
from .store import Storage, pg
from .types import Source
from .utils import sha256, utcnow

log = logging.getLogger(__name__)

#: How long a worker keeps its source catalog before reading the files and boards again.
CATALOG_SECONDS = 60.0
TICK = timedelta(minutes=1)
#: A tick's bucket jobs start spread over its first half: fewer polls in flight at any
#: moment (a killed worker's in-flight polls are the ones repeated), no burst on the write
#: lock, and a killed bucket still has half a tick to be found stalled and run again.
SPREAD = TICK / 2


def _engine() -> Any:
    try:
        import procrastinate
    except ImportError:
        raise SignalwatchError("signalwatch worker needs procrastinate: pip install "
                               "'signalwatch[postgresql]'") from None
    return procrastinate


def ensure_job_schema(url: str) -> bool:
    """Create procrastinate's tables once (workers starting together take turns).
    True when it was created now."""
    procrastinate = _engine()
    conn = pg.connect(url)
    try:
        conn.execute("SELECT pg_advisory_lock(%s)", (pg.WRITE_LOCK_KEY + 3,))
        if conn.execute("SELECT to_regclass('procrastinate_jobs')").fetchone()[0]:
            return False
        schema = procrastinate.App(connector=procrastinate.SyncPsycopgConnector()) \
            .schema_manager.get_schema()
        conn.execute(schema)
        return True
    finally:
        conn.close()


class Worker(Daemon):
    """One worker process: the daemon's jobs, run when the job engine hands them over."""

    def __init__(self, config: Config, storage: Storage, *,
                 clock: Callable[[], datetime] = utcnow, periodic: bool = True) -> None:
        """``periodic=False``: the jobs only, none deferred by the clock (tests drive the
        ticks themselves)."""
        self.periodic = periodic
        if not storage.is_postgres:
            raise ConfigError("signalwatch worker shares its work through PostgreSQL: set "
                              "storage.url (or SIGNALWATCH_DATABASE_URL); on the SQLite file "
                              "run one 'signalwatch run' instead", key="storage.url")
        super().__init__(config, storage, clock=clock)
        self.settings = config.workers
        self._catalog: list[Source] = []
        self._catalog_at = -math.inf
        self._catalog_lock = threading.Lock()
        self.done: Counter[str] = Counter()
        self.failed: Counter[str] = Counter()
        self.engine_heartbeat: float | None = None
        self.name = f"{socket.gethostname()}:{os.getpid()}"
        self.app = self._build_app()

    # -- the catalog ------------------------------------------------------------------

    def sources(self, now: datetime, *, register: bool = False) -> list[Source]:
        """The source catalog, read again at most every minute; ``register`` also stores
        new or changed sources (the tick does it, once for all buckets)."""
        from .collect.sources import catalog_of

        with self._catalog_lock:
            fresh = time.monotonic() - self._catalog_at < CATALOG_SECONDS
            if not fresh or register:
                self._catalog = catalog_of(self.config, self.storage)
                self._catalog_at = time.monotonic()
            if register:
                fingerprint = sha256("\n".join(sorted(f"{s.name} {s.url} {s.enabled}"
                                                       for s in self._catalog)))
                if self.storage.get_meta("workers.catalog") != fingerprint:
                    self.storage.sync_sources(self._catalog, now=now)
                    self.storage.set_meta("workers.catalog", fingerprint)
            return self._catalog

    # -- jobs -----------------------------------------------------------------------------

    def tick(self, timestamp: int) -> int:
        """Defer this tick's bucket jobs; returns how many were queued."""
        procrastinate = _engine()
        now = datetime.fromtimestamp(timestamp, UTC)
        if self.clock() >= now + TICK:
            # A tick run again after its worker was killed, once the next tick began: its
            # buckets would only take the next tick's queueing locks and be skipped.
            log.info("the tick at %s is over; the next one covers it", now.isoformat())
            return 0
        sources = self.sources(now, register=True)
        buckets = max(1, math.ceil(len(sources) / self.settings.bucket_size))
        queued = 0
        for b in range(buckets):
            try:
                self.app.tasks["poll_bucket"].configure(
                    queueing_lock=f"poll:{b}/{buckets}", lock=f"poll:{b}/{buckets}",
                    schedule_at=now + SPREAD * (b / buckets),
                ).defer(bucket=b, buckets=buckets, tick=timestamp)
                queued += 1
            except procrastinate.exceptions.AlreadyEnqueued:
                log.warning("bucket %d/%d still waiting from an earlier tick; not queued "
                            "again", b, buckets)
        return queued

    def poll_bucket(self, bucket: int, buckets: int, tick: int) -> int:
        from .stages.collect import collect

        start = datetime.fromtimestamp(tick, UTC)
        now = self.clock()
        if now >= start + TICK:
            log.info("bucket %d/%d of the tick at %s skipped: the next tick covers it",
                     bucket, buckets, start.isoformat())
            return 0
        # Sources due by the middle of the tick are this tick's; their next due time is
        # counted from the tick, so a bucket polled late in one minute is not early (and
        # skipped) in the next.
        summary = collect(self.storage, self.config, now=start, due_only=True,
                          sources=self.sources(now), bucket=(bucket, buckets),
                          due_before=start + TICK / 2)
        if summary.new_items:
            self.defer_once("pipeline")
        return int(summary.new_items)

    def defer_once(self, task: str) -> None:
        """Queue ``task`` unless one is already waiting (its queueing lock)."""
        procrastinate = _engine()
        try:
            self.app.tasks[task].configure(queueing_lock=task).defer()
        except procrastinate.exceptions.AlreadyEnqueued:
            pass

    def run_pipeline(self) -> None:
        from .stages.decide import decide_signals
        from .stages.extract import extract_new_items

        self.refresh_icps()
        now = self.clock()
        extract_new_items(self.storage, self.config, now=now)
        decided = decide_signals(self.storage, self.config, now=now)
        if decided.alerts:
            self.defer_once("dispatch")

    async def maintenance(self) -> None:
        """Succeeded jobs are deleted as they finish (``delete_jobs``); failed, cancelled
        and aborted ones are kept ``workers.keep_finished_hours`` for a person to read,
        then pruned: the jobs table stays bounded."""
        await self.app.job_manager.delete_old_jobs(
            nb_hours=self.settings.keep_finished_hours, include_failed=True,
            include_cancelled=True, include_aborted=True)

    # -- the engine -------------------------------------------------------------------

    def _build_app(self) -> Any:
        procrastinate = _engine()
        app = procrastinate.App(
            connector=procrastinate.PsycopgConnector(conninfo=self.storage.url))

        def job(name: str, body: Callable[..., Any], *, cron: str | None = None,
                lock: str | None = None) -> None:
            def run(*args: Any, **kwargs: Any) -> Any:
                try:
                    result = body(*args, **kwargs)
                except Exception:
                    self.failed[name] += 1
                    log.exception("job %s failed", name, extra={"job": name})
                    raise
                self.done[name] += 1
                return result

            run.__name__ = name
            task = app.task(name=name, lock=lock, queueing_lock=None)(run)
            if cron and self.periodic:
                app.periodic(cron=cron, periodic_id=name)(task)

        job("tick", lambda timestamp: self.tick(timestamp), cron="* * * * *", lock="tick")
        job("poll_bucket", self.poll_bucket)
        job("pipeline", lambda: self.run_pipeline(), lock="pipeline")
        job("dispatch", lambda timestamp=None: self.dispatch(), cron="* * * * *",
            lock="dispatch")
        job("digests", lambda timestamp: self.digests(), cron="* * * * *", lock="digests")
        job("pipeline_safety", lambda timestamp: self.defer_once("pipeline"),
            cron="*/5 * * * *")
        job("ops", lambda timestamp: self.ops(), cron="*/10 * * * *", lock="ops")
        job("crm_sync", lambda timestamp: self.crm_sync(), cron="* * * * *", lock="crm")
        job("housekeeping", lambda timestamp: self.housekeeping(), cron="17 3 * * *",
            lock="housekeeping")
        job("icp_review", lambda timestamp: self.icp_review(), cron="41 4 * * *",
            lock="icp_review")
        job("outcomes", lambda timestamp: self.outcomes_summary(), cron="23 */6 * * *",
            lock="outcomes")

        async def maintenance(timestamp: int) -> None:
            await self.maintenance()
            self.done["maintenance"] += 1

        task = app.task(name="maintenance", lock="maintenance")(maintenance)
        if self.periodic:
            app.periodic(cron="*/10 * * * *", periodic_id="maintenance")(task)
        return app

    async def retry_stalled(self) -> int:
        """Jobs of a worker that stopped saying it is alive (killed, frozen, cut off) are
        run again; every worker looks, a job is retried once (the engine checks its
        state). Returns how many this call retried."""
        procrastinate = _engine()
        manager = self.app.job_manager
        retried = 0
        for found in await manager.get_stalled_jobs(
                seconds_since_heartbeat=self.settings.stalled_seconds):
            try:
                await manager.retry_job(found)
            except procrastinate.exceptions.UniqueViolation:
                # A job with the same queueing lock is already waiting (the next tick's
                # bucket, the next pipeline run): it covers this one's work, and could not
                # start while this one held the lock. End this one so that one runs.
                try:
                    await manager.finish_job(found, status=procrastinate.jobs.Status.ABORTED,
                                             delete_job=False)
                except procrastinate.exceptions.ProcrastinateException:
                    continue
                log.warning("job %s (%s) of a worker that stopped answering: ended, the "
                            "same job waiting after it covers it", found.id, found.task_name)
                retried += 1
                continue
            except procrastinate.exceptions.ProcrastinateException:
                continue  # another worker retried it first
            retried += 1
            log.warning("job %s (%s) of a worker that stopped answering: run again",
                        found.id, found.task_name)
        return retried

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(self.settings.heartbeat_seconds)
            self.engine_heartbeat = time.monotonic()
            try:
                await self.retry_stalled()
            except Exception:
                log.exception("could not look for stalled jobs")

    async def run_async(self) -> None:
        # Synchronous jobs run on the loop's default executor, one database connection per
        # thread: bound it by the jobs a worker runs at once (the default grows with the
        # machine's cores, up to 32 connections per worker).
        from concurrent.futures import ThreadPoolExecutor

        asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(
            max_workers=self.settings.concurrency + 2, thread_name_prefix="signalwatch-job"))
        async with self.app.open_async():
            retry = asyncio.create_task(self._watch())
            try:
                await self.app.run_worker_async(
                    name=self.name, concurrency=self.settings.concurrency,
                    update_heartbeat_interval=self.settings.heartbeat_seconds,
                    stalled_worker_timeout=self.settings.stalled_seconds,
                    delete_jobs="successful", fetch_job_polling_interval=1.0,
                    install_signal_handlers=True)
            finally:
                retry.cancel()

    # -- health ---------------------------------------------------------------------------

    def health(self) -> tuple[bool, list[str]]:
        problems = []
        limit = max(3 * self.settings.heartbeat_seconds, 15)
        if self.engine_heartbeat is None or time.monotonic() - self.engine_heartbeat > limit:
            problems.append("job engine stuck: no heartbeat for "
                            f"{limit:.0f} s")
        try:
            self.storage.query("SELECT 1 AS ok")
        except StorageError as e:
            problems.append(f"database not reachable: {e}")
        return not problems, problems

    def metrics_text(self) -> str:
        lines = [super().metrics_text().rstrip("\n"),
                 "# HELP signalwatch_worker_jobs_total Jobs this worker ran, by task and result.",
                 "# TYPE signalwatch_worker_jobs_total counter"]
        for task in sorted(set(self.done) | set(self.failed)):
            lines.append(f'signalwatch_worker_jobs_total{{task="{task}",result="ok"}} '
                         f"{self.done[task]}")
            lines.append(f'signalwatch_worker_jobs_total{{task="{task}",result="failed"}} '
                         f"{self.failed[task]}")
        lines += ["# HELP signalwatch_jobs Jobs in the shared table, by status.",
                  "# TYPE signalwatch_jobs gauge"]
        status = self.storage.job_engine_status(self.settings.stalled_seconds)
        by_status: Counter[str] = Counter()
        for row in status.get("jobs", []):
            by_status[row["status"]] += row["count"]
        for name, n in sorted(by_status.items()):
            lines.append(f'signalwatch_jobs{{status="{name}"}} {n}')
        lines += ["# HELP signalwatch_workers Workers whose heartbeat is recent.",
                  "# TYPE signalwatch_workers gauge",
                  "signalwatch_workers " + str(sum(
                      1 for w in status.get("workers", [])
                      if w["heartbeat_age"] < self.settings.stalled_seconds))]
        return "\n".join(lines) + "\n"


def run_worker(config: Config, *, health_address: str | None = None) -> int:
    """``signalwatch worker``: run jobs until SIGTERM/SIGINT, exit 0."""
    from .daemon import serve_health

    storage = Storage(config.database_target)
    if storage.url:
        ensure_job_schema(storage.url)
    worker = Worker(config, storage)
    health = None
    address = health_address or config.workers.health_address
    if address:
        health = serve_health(worker, address)
    log.info("signalwatch worker %s started on %s", worker.name, storage.path)
    try:
        asyncio.run(worker.run_async())
    finally:
        if health is not None:
            health.shutdown()
        storage.close()
    log.info("signalwatch worker %s stopped", worker.name)
    return 0
