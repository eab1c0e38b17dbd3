"""The daemon: ``run`` (one process, any database) and ``worker`` (several, PostgreSQL)."""

from __future__ import annotations

import sys

import click

from ..daemon import run_daemon
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
