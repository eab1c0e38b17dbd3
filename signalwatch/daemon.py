"""The daemon: APScheduler 3 wiring, one daemon per database, graceful stop, health.

Jobs (all ``coalesce=True, max_instances=1``, ``misfire_grace_time`` in minutes):

    poll         every tick: poll the sources that are due (due times live in the
                 database, so a restart resumes the schedule), then trigger `pipeline`
    pipeline     extract | match | decide | dispatch, right after a poll stored new items
                 (event-driven), and on a slow safety timer
    dispatch     outbox retries (Retry-After, backoff) every minute
    digests      every minute: each rep whose local digest hour has come gets one digest
                 (a digest missed while the daemon was down is sent once, within a grace)
    ops          sources failing for longer than a threshold: an ops alert, repeated daily,
                 cleared on recovery
    icp_review   daily: re-learn the ICP every ``learn.review_days`` (a summary of what
                 would change to the ops channel and ``learn.owner``) and watch win rates
                 per ICP and tier (an alert when they shift beyond noise)
    housekeeping daily: prune old items and closed postings, PRAGMA optimize, checkpoint

Listeners record missed and failed jobs in ``daemon_events`` (and the log).

Stop: SIGTERM/SIGINT stop taking work; in-flight work gets ``daemon.stop_seconds`` to finish,
then the process exits 0 anyway. That is safe because every stage commits its writes and
its cursor together: abandoned work is redone on the next start, never half-applied.

The clock is injected (``now``), so tests and the demo drive the same jobs through simulated
time without sleeping.
"""

from __future__ import annotations

import fcntl
import html
import logging
import os
import signal
import socket
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TextIO

from .config import Config
from .exceptions import LockedError
from .pipeline import collect_sources, run_stages
from .stages.digests import send_due_digests
from .stages.dispatch import dispatch, send_ops
from .store import Storage
from .utils import to_iso, utcnow

log = logging.getLogger(__name__)

#: A job failing this many runs in a row turns /healthz red (issue #10: the poll job failed
#: on every tick while /healthz said ok).
JOB_FAILURES_UNHEALTHY = 3


class DatabaseLock:
    """An exclusive lock on ``<database>.lock`` (fcntl), holding the owner's pid."""

    def __init__(self, database: Path) -> None:
        self.path = Path(str(database) + ".lock")
        self._file: TextIO | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        f = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held while running)
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            f.seek(0)
            pid = f.read().strip() or "?"
            f.close()
            raise LockedError(f"another signalwatch daemon (pid {pid}) is running on "
                              f"{str(self.path)[:-5]}; stop it first") from None
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()))
        f.flush()
        self._file = f

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


class PostgresLock:
    """One ``signalwatch run`` per PostgreSQL database: a session advisory lock on its own
    connection, released when the process ends however it ends (``signalwatch worker``
    processes share a database instead and take no such lock)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._conn: Any = None

    def acquire(self) -> None:
        from .store import pg
        key = pg.WRITE_LOCK_KEY + 2
        conn = pg.connect(self.url)
        if not conn.execute("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()[0]:
            # The holder's session names its process (application_name, set below).
            row = conn.execute(
                "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a "
                "ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                "AND l.classid = %s AND l.objid = %s",
                (key >> 32, key & 0xFFFFFFFF)).fetchone()
            conn.close()
            holder = row[0].removeprefix("signalwatch run ") if row else "?"
            raise LockedError(f"another signalwatch daemon ({holder}) is running on "
                              f"{pg.redact_url(self.url)}; stop it first (or run "
                              "'signalwatch worker' processes, which share a database)")
        conn.execute(f"SET application_name = 'signalwatch run pid {os.getpid()} on "
                     f"{socket.gethostname()[:30].replace(chr(39), '')}'")
        self._conn = conn

    def release(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def database_lock(config: Config) -> DatabaseLock | PostgresLock:
    from .store.pg import is_postgres_url

    target = config.database_target
    if is_postgres_url(target):
        return PostgresLock(str(target))
    return DatabaseLock(config.storage.database)


class Daemon:
    """The jobs, as plain methods taking ``now``; :meth:`start` schedules them."""

    def __init__(self, config: Config, storage: Storage, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.raw_config = config
        self.storage = storage
        self.clock = clock
        self.config = config
        self.refresh_icps()
        self.heartbeat: datetime | None = None
        self.scheduler: Any = None
        self.stopping = threading.Event()
        self._pipeline_lock = threading.Lock()
        #: job id -> consecutive failed runs (reset by a successful run).
        self.job_failures: dict[str, int] = {}
        #: Reps' actions (issue #14): applied on this worker; sent to Slack by this sender.
        self.feedback_worker: Any = None
        self.feedback_sender: Any = None

    def refresh_icps(self) -> None:
        """The ICPs in force: an `icp apply` (or an edit of the file's ICPs) while the
        daemon runs takes effect at the next pipeline run, no restart needed."""
        from .learn.run import adopted_config

        try:
            self.config = adopted_config(self.raw_config, self.storage, now=self.clock())
        except Exception:
            log.exception("could not load the ICP versions; keeping the current ICPs")

    # -- jobs ---------------------------------------------------------------------------

    def poll(self, now: datetime | None = None) -> int:
        now = now or self.clock()
        self.heartbeat = now
        if self.stopping.is_set():
            return 0
        summary = collect_sources(self.storage, self.config, now=now, due_only=True,
                                  jitter=self.config.daemon.jitter)
        if summary.results:
            log.info("polled %d sources: %d ok, %d failed, %d new items",
                     len(summary.results), summary.ok, summary.failed, summary.new_items)
        if summary.new_items:
            self.trigger_pipeline()
        return summary.new_items

    def pipeline(self, now: datetime | None = None) -> None:
        if self.stopping.is_set():
            return
        with self._pipeline_lock:
            self.refresh_icps()
            result = run_stages(
                self.storage, self.config, now=now or self.clock(),
                digest_grace=timedelta(hours=self.config.daemon.digest_grace_hours))
        decided = result.stages.get("decide")
        if decided is not None and decided.decisions:
            log.info("pipeline: %d decisions, %d alerts", decided.decisions, decided.alerts)

    def dispatch(self, now: datetime | None = None) -> None:
        if not self.stopping.is_set():
            dispatch(self.storage, self.config, now=now or self.clock())

    def digests(self, now: datetime | None = None) -> None:
        if not self.stopping.is_set():
            send_due_digests(self.storage, self.config, now=now or self.clock(),
                             grace=timedelta(hours=self.config.daemon.digest_grace_hours))

    def ops(self, now: datetime | None = None) -> list[str]:
        """Ops alerts for sources failing longer than the threshold, repeated daily,
        cleared on recovery. Returns the messages sent."""
        now = now or self.clock()
        threshold = timedelta(hours=self.config.daemon.ops_alert_hours)
        open_alerts = self.storage.open_ops_alerts()
        sent = []
        for s in self.storage.get_source_states():
            name = s["name"]
            failing_since = s["last_success"] or s["added_at"]
            failing = s["enabled"] and s["consecutive_failures"] > 0 and \
                datetime.fromisoformat(failing_since) <= now - threshold
            if failing:
                last = open_alerts.get(name)
                if last is None or now - last >= timedelta(days=1):
                    sent.append(f"Source {name} has been failing since {failing_since} "
                                f"({s['consecutive_failures']} failures): {s['last_error']}")
                    self.storage.set_ops_alert(name, now=now)
            elif name in open_alerts and s["consecutive_failures"] == 0:
                sent.append(f"Source {name} has recovered.")
                self.storage.clear_ops_alert(name, now=now)
        for message in sent:
            self._send_ops(message, now)
        return sent

    def _send_ops(self, message: str, now: datetime) -> None:
        send_ops(self.config, message, now)

    def icp_review(self, now: datetime | None = None) -> None:
        """The living ICP: re-learn every ``learn.review_days`` and send what would change;
        watch win rates per ICP and tier and alert when they shift."""
        if self.stopping.is_set():
            return
        from .learn.review import periodic_review, watch_win_rates

        now = now or self.clock()
        periodic_review(self.storage, self.config, now=now)
        watch_win_rates(self.storage, self.config, now=now)

    def crm_sync(self, now: datetime | None = None) -> None:
        """Every ``crm.sync_minutes``: accounts, owners and deals from the CRM (issue #15).
        A failure is recorded (check, /metrics) and tried again at the next run."""
        if self.stopping.is_set() or not self.config.crm.provider:
            return
        from .crm.sync import due, sync

        now = now or self.clock()
        if due(self.storage, self.config, now):
            sync(self.storage, self.config, now=now)

    def outcomes_summary(self, now: datetime | None = None) -> bool:
        """Once a month, what alerts turned into, to ``feedback.managers`` (issue #14)."""
        from .feedback.summary import monthly_summary

        return monthly_summary(self.storage, self.config, now=now or self.clock())

    def housekeeping(self, now: datetime | None = None) -> int:
        now = now or self.clock()
        days = self.config.daemon.retention_days
        return self.storage.prune(items_before=now - timedelta(days=days),
                                  postings_closed_before=now - timedelta(days=days))

    # -- scheduling -----------------------------------------------------------------------

    def trigger_pipeline(self) -> None:
        """Event-driven: run the pipeline now (coalesced with a run already waiting)."""
        if self.scheduler is not None and not self.stopping.is_set():
            self.scheduler.modify_job("pipeline", next_run_time=datetime.now(self.clock().tzinfo))

    def _listener(self, event: Any) -> None:
        from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED

        if event.code == EVENT_JOB_EXECUTED:
            self.job_failures[event.job_id] = 0
            return
        if event.code == EVENT_JOB_ERROR:
            self.job_failures[event.job_id] = self.job_failures.get(event.job_id, 0) + 1
        kind = "missed" if event.code == EVENT_JOB_MISSED else "failed"
        detail = repr(event.exception)[:500] if event.code == EVENT_JOB_ERROR else None
        log.error("job %s %s%s", event.job_id, kind, f": {detail}" if detail else "",
                  extra={"job": event.job_id})
        try:
            self.storage.add_daemon_event(kind, now=self.clock(), job=event.job_id,
                                          detail=detail)
        except Exception:  # the listener must never break the scheduler
            log.exception("could not record the job event")

    def start(self) -> None:
        from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.schedulers.background import BackgroundScheduler

        d = self.config.daemon
        grace = int(d.misfire_grace_minutes * 60)
        self.scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(4)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": grace},
            timezone="UTC",
        )
        add = self.scheduler.add_job
        now = datetime.now(self.clock().tzinfo)
        add(self.poll, "interval", seconds=d.tick_seconds, id="poll", next_run_time=now)
        add(self.pipeline, "interval", minutes=d.pipeline_minutes, id="pipeline",
            next_run_time=now)
        add(self.dispatch, "interval", seconds=60, id="dispatch")
        add(self.digests, "interval", seconds=60, id="digests", next_run_time=now)
        add(self.ops, "interval", minutes=10, id="ops")
        add(self.housekeeping, "interval", hours=24, id="housekeeping", jitter=600)
        add(self.icp_review, "interval", hours=24, id="icp_review", next_run_time=now)
        add(self.outcomes_summary, "interval", hours=6, id="outcomes_summary")
        if self.config.crm.provider:
            add(self.crm_sync, "interval", minutes=1, id="crm_sync", next_run_time=now)
        self.scheduler.add_listener(self._listener,
                                    EVENT_JOB_MISSED | EVENT_JOB_ERROR | EVENT_JOB_EXECUTED)
        self.scheduler.start()
        self.storage.add_daemon_event("started", now=self.clock(), detail=f"pid {os.getpid()}")

    def stop(self, timeout: float) -> bool:
        """Stop taking work; wait up to ``timeout`` for running jobs. True if they ended."""
        self.stopping.set()
        if self.scheduler is None:
            return True
        self.scheduler.pause()
        done = threading.Event()

        def shutdown() -> None:
            self.scheduler.shutdown(wait=True)
            done.set()

        threading.Thread(target=shutdown, daemon=True).start()
        finished = done.wait(timeout)
        try:
            self.storage.add_daemon_event("stopped", now=self.clock(),
                                          detail="clean" if finished else "abandoned")
        except Exception:
            log.exception("could not record the stop")
        return finished

    # -- health ---------------------------------------------------------------------------

    def health(self) -> tuple[bool, list[str]]:
        problems = []
        limit = timedelta(seconds=max(3 * self.config.daemon.tick_seconds, 60))
        if self.heartbeat is None or self.clock() - self.heartbeat > limit:
            problems.append(f"scheduler stuck: last poll tick {to_iso(self.heartbeat)}")
        for job, failures in sorted(self.job_failures.items()):
            if failures >= JOB_FAILURES_UNHEALTHY:
                problems.append(f"job {job} failed {failures} times in a row (see the log)")
        try:
            conn = self.storage.db.conn
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        except Exception as e:
            problems.append(f"database not writable: {e}")
        return not problems, problems

    def metrics_text(self) -> str:
        m = self.storage.metrics()
        now = self.clock()
        lines = [
            "# HELP signalwatch_polls_total Source polls since the database was created.",
            "# TYPE signalwatch_polls_total counter",
            f"signalwatch_polls_total {m['polls']}",
            "# HELP signalwatch_failing_sources Sources whose last poll failed.",
            "# TYPE signalwatch_failing_sources gauge",
            f"signalwatch_failing_sources {m['failing_sources']}",
            "# TYPE signalwatch_items_total counter",
            f"signalwatch_items_total {m['items']}",
            "# TYPE signalwatch_signals_total counter",
        ]
        for kind in ("funding", "leadership", "hiring"):
            lines.append(f'signalwatch_signals_total{{kind="{kind}"}} {m["signals"].get(kind, 0)}')
        # Alerts by status is a gauge: an alert moves from pending to sent, so a status's
        # count goes down (it was typed counter, which Prometheus reads as resets).
        lines.append("# HELP signalwatch_alerts Alerts in each status now.")
        lines.append("# TYPE signalwatch_alerts gauge")
        for status in ("pending", "sending", "sent", "parked", "failed"):
            lines.append(f'signalwatch_alerts{{status="{status}"}} '
                         f'{m["alerts"].get(status, 0)}')
        lines.append("# HELP signalwatch_job_failures Consecutive failed runs of each job.")
        lines.append("# TYPE signalwatch_job_failures gauge")
        for job, failures in sorted(self.job_failures.items()):
            lines.append(f'signalwatch_job_failures{{job="{job}"}} {failures}')
        lines += ["# TYPE signalwatch_outbox_depth gauge",
                  f"signalwatch_outbox_depth {m['outbox_depth']}",
                  "# HELP signalwatch_source_staleness_seconds Seconds since the last "
                  "successful poll of each source.",
                  "# TYPE signalwatch_source_staleness_seconds gauge"]
        for s in m["sources"]:
            age = (now - datetime.fromisoformat(s["last_success"])).total_seconds() \
                if s["last_success"] else -1
            name = s["name"].replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'signalwatch_source_staleness_seconds{{source="{name}"}} {age:.0f}')
        lines.append("# HELP signalwatch_feedback_actions_total Reps' actions on alerts and "
                     "digest items, by action.")
        lines.append("# TYPE signalwatch_feedback_actions_total counter")
        counts = self.storage.feedback_counts()
        for action in ("useful", "not_relevant", "wrong_company", "snooze", "claim"):
            lines.append(f'signalwatch_feedback_actions_total{{action="{action}"}} '
                         f'{counts.get(action, 0)}')
        if self.config.crm.provider:
            pushes = self.storage.push_counts()
            lines.append("# HELP signalwatch_crm_pushes Sent alerts written to the CRM, by "
                         "state.")
            lines.append("# TYPE signalwatch_crm_pushes gauge")
            for status in ("pending", "done", "failed"):
                lines.append(f'signalwatch_crm_pushes{{status="{status}"}} '
                             f'{pushes.get(status, 0)}')
            lines.append("# HELP signalwatch_crm_sync_total CRM syncs, records read and "
                         "failed syncs.")
            lines.append("# TYPE signalwatch_crm_sync_total counter")
            for name in ("runs", "records", "errors"):
                value = int(self.storage.get_meta(f"crm.{name}") or 0)
                lines.append(f'signalwatch_crm_sync_total{{what="{name}"}} {value}')
        return "\n".join(lines) + "\n"


#: Largest request body the HTTP server reads (Slack's interaction payloads are small).
MAX_POST = 1_000_000


def _page(title: str, text: str) -> bytes:
    return (f"<!doctype html><meta charset=utf-8><title>{html.escape(title)}</title>"
            f"<p>{html.escape(text)}</p>\n").encode()


def serve_health(daemon: Daemon, address: str) -> ThreadingHTTPServer:
    """``/healthz`` and ``/metrics`` on ``host:port`` in a background thread; with
    feedback configured, ``POST /slack/actions`` (signed by Slack) and ``GET /feedback``
    (a digest's signed link)."""
    host, _, port = address.rpartition(":")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _reply(self, status: int, body: bytes, ctype: str = "text/plain") -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            if self.path.split("?")[0] != "/slack/actions":
                return self._reply(404, b"not found\n")
            secret = daemon.config.secret(daemon.config.slack.signing_secret_env)
            worker = daemon.feedback_worker
            if not secret or worker is None:
                return self._reply(404, b"not found\n")
            length = self.headers.get("Content-Length") or ""
            if not length.isdigit() or int(length) > MAX_POST:
                return self._reply(413, b"too large\n")
            body = self.rfile.read(int(length))
            from slack_sdk.signature import SignatureVerifier

            timestamp = self.headers.get("X-Slack-Request-Timestamp") or ""
            signature = self.headers.get("X-Slack-Signature") or ""
            # the timestamp must be within 5 minutes (replay window), and one signed
            # request is taken once
            if not SignatureVerifier(secret).is_valid(body, timestamp, signature):
                return self._reply(401, b"invalid signature\n")
            from .feedback.actions import BadAction
            from .feedback.socket import payload_from_form

            try:
                payload = payload_from_form(body)
            except (BadAction, ValueError):
                return self._reply(400, b"not an interaction payload\n")
            # stored (once per signed request), acknowledged, applied on the worker
            worker.receive(f"http:{signature}", payload, "http")
            self._reply(200, b"")

        def _feedback_link(self) -> None:
            from urllib.parse import parse_qsl, urlsplit

            from .feedback.actions import BadAction, verify_link
            from .feedback.apply import apply_action

            secret = daemon.config.secret(daemon.config.feedback.secret_env)
            if not secret:
                return self._reply(404, b"not found\n")
            params = dict(parse_qsl(urlsplit(self.path).query))
            now = daemon.clock()
            try:
                action, nonce = verify_link(secret, params, now)
            except BadAction as e:
                return self._reply(400, _page("Nothing was changed", f"{e}: nothing was "
                                              "changed."), "text/html; charset=utf-8")
            if not daemon.storage.first_receipt(f"link:{nonce}", now):
                return self._reply(409, _page("Already used", "This link was already used: "
                                              "nothing was changed."),
                                   "text/html; charset=utf-8")
            try:
                done = apply_action(daemon.storage, daemon.config, action, via="link",
                                    now=now, sender=daemon.feedback_sender)
            except LookupError:
                return self._reply(404, _page("Not found", "That alert or signal is gone: "
                                              "nothing was changed."),
                                   "text/html; charset=utf-8")
            self._reply(200, _page("Thank you", f"Done: {done.message}."),
                        "text/html; charset=utf-8")

        def do_GET(self) -> None:
            if self.path.split("?")[0] == "/feedback":
                return self._feedback_link()
            if self.path == "/healthz":
                ok, problems = daemon.health()
                body = ("ok\n" if ok else "\n".join(problems) + "\n").encode()
                self.send_response(200 if ok else 503)
                ctype = "text/plain; charset=utf-8"
            elif self.path == "/metrics":
                body = daemon.metrics_text().encode()
                self.send_response(200)
                ctype = "text/plain; version=0.0.4; charset=utf-8"
            else:
                body, ctype = b"not found\n", "text/plain"
                self.send_response(404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer((host or "127.0.0.1", int(port)), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2},
                     daemon=True).start()
    return server


def start_feedback(daemon: Daemon) -> Any:
    """Take reps' actions (issue #14): over Socket Mode when the app-level token is set (a
    missing token or scope stops start-up, naming it), and from the HTTP server's signed
    endpoints. Returns the Socket Mode listener, if any."""
    from .feedback.socket import FeedbackWorker, SocketModeListener, check_tokens
    from .notify.slack import SlackSender

    config = daemon.config
    socket_mode = bool(config.secret(config.slack.app_token_env))
    signed = bool(config.secret(config.slack.signing_secret_env)
                  or config.secret(config.feedback.secret_env))
    if not socket_mode and not signed:
        return None
    app_token = None
    if socket_mode:
        app_token, _ = check_tokens(config)
    daemon.feedback_sender = SlackSender(token=config.secret(config.slack.token_env),
                                         base_url=config.slack.base_url)
    daemon.feedback_worker = FeedbackWorker(daemon.storage, config, daemon.feedback_sender,
                                            clock=daemon.clock)
    if app_token is None:
        return None
    listener = SocketModeListener(daemon.storage, config, daemon.feedback_worker, app_token)
    listener.start()
    log.info("taking reps' actions over Slack Socket Mode")
    return listener


def run_daemon(config: Config) -> int:
    """``signalwatch run``: lock, start, wait for SIGTERM/SIGINT, stop, exit 0."""
    storage = Storage(config.database_target)
    lock = database_lock(config)
    lock.acquire()
    daemon = Daemon(config, storage)
    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        log.info("signal %s: stopping", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    listener = start_feedback(daemon)
    health = None
    if config.daemon.health_address:
        health = serve_health(daemon, config.daemon.health_address)
    daemon.start()
    log.info("signalwatch daemon started (pid %d) on %s", os.getpid(), storage.path)
    while not stop.wait(1.0):
        pass
    finished = daemon.stop(config.daemon.stop_seconds)
    if listener is not None:
        listener.stop()
    if daemon.feedback_worker is not None:
        daemon.feedback_worker.stop()
    if health is not None:
        health.shutdown()
    lock.release()
    if not finished:
        # Work still running past the grace is abandoned: every stage commits its writes
        # with its cursor, so the next start redoes it. Exit now, 0 (a requested stop).
        log.warning("in-flight work abandoned after %ss", config.daemon.stop_seconds)
        logging.shutdown()
        os._exit(0)
    storage.close()
    log.info("stopped")
    return 0


__all__ = ["Daemon", "DatabaseLock", "run_daemon", "serve_health", "start_feedback"]
