"""``migrate``: move the data from the SQLite file to PostgreSQL (issue #16)."""

from __future__ import annotations

import click

from ..config import load_config
from ..exceptions import ConfigError
from ..store import Storage
from ..store.pg import is_postgres_url, redact_url
from . import App, main, pass_app


@main.command()
@click.option("--to", "url", required=True, metavar="URL",
              help="postgresql://user@host:5432/db (an empty database; a password may come "
                   "from PGPASSWORD or ~/.pgpass).")
@pass_app
def migrate(app: App, url: str) -> None:
    """Copy the SQLite database into an empty PostgreSQL database, then compare every
    table's row count and checksum. Stop the daemon first; afterwards set storage.url."""
    if not is_postgres_url(url):
        raise ConfigError(f"--to: got {url!r}, expected a postgresql:// URL")
    from ..daemon import DatabaseLock
    from ..store.copy import copy_sqlite_to_postgres

    # The file as written: app.config would open (and write to) the configured database.
    config = load_config(app.config_path)
    lock = DatabaseLock(config.storage.database)
    lock.acquire()  # a running daemon would write after the snapshot is taken
    try:
        with Storage(config.storage.database) as source:
            result = copy_sqlite_to_postgres(source, url)
    finally:
        lock.release()
    for t in result.tables:
        click.echo(f"  {t.table:<20} {t.rows:>9} rows  checksum {t.checksum}  same on both")
    click.echo(f"copied {result.rows} rows in {len(result.tables)} tables from "
               f"{config.storage.database} to {redact_url(url)}; counts and checksums match.")
    click.echo("Next: set storage.url (or SIGNALWATCH_DATABASE_URL) to that URL.")
