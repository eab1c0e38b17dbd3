"""Setting up: ``init``, ``check`` and ``demo``."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import click

from ..collect.sources import catalog_of, read_source_file
from ..demo import run_demo, write_starter
from ..exceptions import ConfigError
from ..store.pg import redact_url
from . import App, main, pass_app


@main.command()
@click.argument("folder", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite files that exist.")
def init(folder: Path, force: bool) -> None:
    """Write a starter configuration (config, example ICPs, accounts) into FOLDER."""
    written = write_starter(folder, force=force)
    for path in written:
        click.echo(f"wrote {path}")
    click.echo(f"next: signalwatch --config {folder / 'signalwatch.toml'} check")


@main.command()
@pass_app
def check(app: App) -> None:
    """Validate the configuration and sources; print what was found."""
    config = app.config
    click.echo(f"config: {config.path or '(built-in defaults)'}")
    target = config.database_target
    click.echo(f"database: {redact_url(target) if isinstance(target, str) else target}")
    click.echo(f"ICPs: {len(config.icps)}")
    for icp in sorted(config.icps, key=lambda i: i.priority):
        click.echo(f"  {icp.priority:>3}  {icp.name}: {icp.description}")
    click.echo(f"reps: {len(config.reps)}")
    for rep in config.reps:
        click.echo(f"  {rep.email} ({rep.timezone}, digest at {rep.digest_hour:02d}:00)")
    def env_state(name: str) -> str:
        return f"${name} ({'set' if config.secret(name) else 'not set'})"

    click.echo(f"slack: bot token {env_state(config.slack.token_env)}, webhook "
               f"{env_state(config.slack.webhook_url_env)}")
    if config.email.host:
        click.echo(f"email: {config.email.security} {config.email.host}:{config.email.port}, "
                   f"password {env_state(config.email.password_env)}")
    else:
        click.echo("email: no SMTP host configured")
    files = config.source_files()
    click.echo(f"source files: {len(files)}")
    for f in files:
        # full validation: every entry, with errors naming the file and key
        entries = read_source_file(f, default_interval=config.sources.default_interval_minutes)
        kinds = sorted({s.kind for s in entries})
        click.echo(f"  {f} ({len(entries)} sources: {', '.join(kinds)})")
    # the catalog as a whole: names unique across files and accounts' boards
    catalog = catalog_of(config, app.storage)
    edgar = [s.name for s in catalog if s.kind == "filing" and s.enabled
             and (urlsplit(s.url).hostname or "").endswith("sec.gov")]
    if edgar and not config.collect.contact:
        # Not fatal: the other sources work; these fail at each poll with the same words.
        click.echo(f"warning: SEC EDGAR requires a contact in the User-Agent; set "
                   f"collect.contact (an email) in {config.path}, or sources "
                   f"{', '.join(edgar)} will not be polled")
    websites = sum(1 for s in catalog if s.kind == "website" and s.enabled)
    if websites:
        from ..extract.fingerprints import NO_DATA_SET, data_set_path, fingerprints_from

        data = data_set_path(config.technographics.fingerprints)
        if data is None:
            click.echo(f"warning: {websites} website source(s) but {NO_DATA_SET}")
        else:
            try:
                loaded = fingerprints_from(str(data))
            except ValueError as e:
                raise ConfigError(str(e), file=str(config.path),
                                  key="technographics.fingerprints") from None
            click.echo(f"websites: {websites}, fingerprints: {len(loaded.techs)} technologies "
                       f"from {data}")
    if config.accounts.file is not None and not config.accounts.file.exists():
        raise ConfigError(f"no such file: {config.accounts.file}", file=str(config.path),
                          key="accounts.file")
    click.echo(f"accounts stored: {app.storage.count_accounts()}")
    from .crm import sync_state_lines

    for line in sync_state_lines(app):
        click.echo(line)
    click.echo("ok")


@main.command()
@click.option("--folder", type=click.Path(file_okay=False, path_type=Path),
              default=Path("signalwatch-demo"), show_default=True,
              help="Where the demo writes its configuration, database and output.")
def demo(folder: Path) -> None:
    """Run the demo on bundled sample data: no credentials, no network."""
    run_demo(folder, echo=click.echo)
