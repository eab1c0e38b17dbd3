"""The daemon: ``run`` (one process, any database) and ``worker`` (several, PostgreSQL)."""

from __future__ import annotations

import sys

import click

from ..daemon import run_daemon
from ..exceptions import ConfigError
from ..logs import setup_logging
from . import App, main, pass_app


@main.command()
@pass_app
def run(app: App) -> None:
    """Run the daemon: poll due sources, extract, decide, notify, send digests, until
    SIGTERM or SIGINT (then exit 0 within daemon.stop_seconds)."""
    config = app.config
    secrets = [config.secret(name) or "" for name in (
        config.slack.token_env, config.slack.webhook_url_env, config.email.password_env)]
    setup_logging(level=config.daemon.log_level, secrets=secrets)
    sys.exit(run_daemon(config))


@main.command()
@click.option("--health", "health", metavar="HOST:PORT",
              help="Serve /healthz and /metrics here (overrides workers.health_address; "
                   "one port per worker on a machine).")
@pass_app
def worker(app: App, health: str | None) -> None:
    """Run one worker on PostgreSQL (storage.url): several workers, on several machines,
    share the polling, the pipeline, alert delivery and the periodic jobs; until SIGTERM or
    SIGINT (then exit 0)."""
    from ..worker import run_worker

    config = app.config
    secrets = [config.secret(name) or "" for name in (
        config.slack.token_env, config.slack.webhook_url_env, config.email.password_env,
        config.storage.url_env)]
    setup_logging(level=config.daemon.log_level, secrets=secrets)
    sys.exit(run_worker(config, health_address=health))


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
@pass_app
def workers(app: App, as_json: bool) -> None:
    """The workers sharing the PostgreSQL database: their heartbeats, the jobs by status and
    task, the oldest job waiting past its time and jobs held by silent workers."""
    from ..utils import dumps

    config = app.config
    if not app.storage.is_postgres:
        raise ConfigError("workers share a PostgreSQL database: set storage.url (or "
                          "SIGNALWATCH_DATABASE_URL); on the SQLite file see "
                          "'signalwatch check'", key="storage.url")
    status = app.storage.job_engine_status(config.workers.stalled_seconds)
    if as_json:
        click.echo(dumps(status))
        return
    if not status:
        click.echo("no worker has started on this database yet ('signalwatch worker')")
        return
    limit = config.workers.stalled_seconds
    alive = [w for w in status["workers"] if w["heartbeat_age"] < limit]
    click.echo(f"workers: {len(alive)} alive, {len(status['workers']) - len(alive)} silent "
               f"(no heartbeat for {limit:g} s)")
    for w in status["workers"]:
        state = "alive" if w["heartbeat_age"] < limit else "silent"
        click.echo(f"  worker {w['id']:<6} last heartbeat {w['heartbeat_age']:7.1f} s ago  "
                   f"{state}")
    click.echo("jobs:")
    for row in status["jobs"]:
        click.echo(f"  {row['status']:<10} {row['task']:<16} {row['count']:>6}")
    if status["oldest_waiting"]:
        late = status["oldest_waiting"]
        click.echo(f"oldest waiting: {late['task']}, due {late['age']:.0f} s ago")
    for job in status["stalled"]:
        click.echo(f"held by a silent worker: job {job['id']} ({job['task']}); it is run "
                   "again by the next worker that looks")
