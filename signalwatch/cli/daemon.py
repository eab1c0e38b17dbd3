"""The daemon: ``run``."""

from __future__ import annotations

import sys

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
