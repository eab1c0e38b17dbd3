"""The ``signalwatch`` command: a click group; each area's commands live in a module of
this package and are thin: parse options, call the package, print.

Exit codes: 0 ok, 1 runtime failure, 2 bad configuration or usage.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from .. import __version__
from ..config import ENV_CONFIG, Config, load_config
from ..exceptions import ConfigError, SignalwatchError
from ..store import Storage
from ..utils import dumps


class App:
    """What commands share: the configuration and the database, opened on first use."""

    def __init__(self, config_path: Path | None) -> None:
        self.config_path = config_path
        self._config: Config | None = None
        self._storage: Storage | None = None

    @property
    def config(self) -> Config:
        """The configuration, with the ICPs in force (the newest stored ICP version; a hand
        edit of the file's ICPs is recorded as a new version first)."""
        if self._config is None:
            raw = load_config(self.config_path)
            self._config = raw
            from ..learn.run import adopted_config
            from ..utils import utcnow

            self._config = adopted_config(raw, self._open(raw), now=utcnow())
        return self._config

    def _open(self, config: Config) -> Storage:
        if self._storage is None:
            self._storage = Storage(config.database_target)
        return self._storage

    @property
    def storage(self) -> Storage:
        if self._storage is None:
            return self._open(self.config)
        return self._storage

    def close(self) -> None:
        if self._storage is not None:
            self._storage.close()


pass_app = click.make_pass_decorator(App)


def echo_json_lines(rows: Iterable[Any]) -> None:
    """Print one JSON object per line (the ``--json`` contract of every listing)."""
    for row in rows:
        click.echo(dumps(row))


json_option = click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")


class Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ConfigError as e:
            click.echo(f"error: {e}", err=True)
            ctx.exit(2)
        except SignalwatchError as e:
            click.echo(f"error: {e}", err=True)
            ctx.exit(1)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar=ENV_CONFIG,
    help=f"Configuration file (env {ENV_CONFIG}; default ./signalwatch.toml).",
)
@click.version_option(__version__, prog_name="signalwatch")
@click.pass_context
def main(ctx: click.Context, config_path: Path | None) -> None:
    """signalwatch: trigger-signal monitor for B2B sales teams."""
    app = App(config_path)
    ctx.obj = app
    ctx.call_on_close(app.close)


# Command modules register themselves on `main` when imported.
from . import accounts as _accounts  # noqa: E402,F401
from . import alerts as _alerts  # noqa: E402,F401
from . import collect as _collect  # noqa: E402,F401
from . import crm as _crm  # noqa: E402,F401
from . import daemon as _daemon  # noqa: E402,F401
from . import feedback as _feedback  # noqa: E402,F401
from . import learn as _learn  # noqa: E402,F401
from . import setup as _setup  # noqa: E402,F401
from . import signals as _signals  # noqa: E402,F401
from . import storage as _storage  # noqa: E402,F401
