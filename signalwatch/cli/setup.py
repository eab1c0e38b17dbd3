"""Setting up: ``check``."""

from __future__ import annotations

import click

from . import App, main, pass_app


@main.command()
@pass_app
def check(app: App) -> None:
    """Validate the configuration and sources; print what was found."""
    config = app.config
    click.echo(f"config: {config.path or '(built-in defaults)'}")
    click.echo(f"database: {config.storage.database}")
    click.echo(f"ICPs: {len(config.icps)}")
    for icp in sorted(config.icps, key=lambda i: i.priority):
        click.echo(f"  {icp.priority:>3}  {icp.name}: {icp.description}")
    click.echo(f"reps: {len(config.reps)}")
    for rep in config.reps:
        click.echo(f"  {rep.email} ({rep.timezone}, digest at {rep.digest_hour:02d}:00)")
    files = config.source_files()
    click.echo(f"source files: {len(files)}")
    for f in files:
        click.echo(f"  {f}")
