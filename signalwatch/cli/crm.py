"""``signalwatch crm sync | test | push``."""

from __future__ import annotations

import json

import click

from ..crm.base import CrmError
from ..exceptions import ConfigError
from ..utils import utcnow
from . import App, main, pass_app


@main.group()
def crm() -> None:
    """The CRM (HubSpot or Salesforce): sync accounts, owners and deals; push alerts."""


@crm.command("sync")
@click.option("--full", is_flag=True, help="Read everything, not only what changed since "
              "the last sync.")
@pass_app
def crm_sync(app: App, full: bool) -> None:
    """Pull accounts (with their owners' emails), deals and deletions from the CRM into the
    tables the CSV imports fill; exits 0 when the sync succeeded."""
    from ..crm.sync import sync

    try:
        result = sync(app.storage, app.config, now=utcnow(), full=full)
    except CrmError as e:
        if e.config:
            raise ConfigError(str(e)) from None
        click.echo(f"sync failed: {e}", err=True)
        raise SystemExit(1) from None
    click.echo(f"{result.provider} {'full' if result.full else 'incremental'} sync: "
               f"{result.accounts} accounts, {result.owners} owners, {result.deals} deals, "
               f"{result.deleted} deleted, {result.merged} merged"
               + (f", {result.unmatched_deals} deals without a known account"
                  if result.unmatched_deals else ""))
    for error in result.errors:
        click.echo(f"  note: {error}")


@crm.command("test")
@pass_app
def crm_test(app: App) -> None:
    """Check the credentials and scopes; print what signalwatch can read and write."""
    from ..crm.sync import crm_client

    client = crm_client(app.config)
    try:
        lines = client.check()
    finally:
        client.close()
    for line in lines:
        click.echo(line)
    if any("FAILED" in line for line in lines):
        raise SystemExit(1)


@crm.command("push")
@click.option("--dry-run", is_flag=True, help="Print the notes or tasks; call nothing.")
@click.option("--retry", is_flag=True, help="Try again the pushes given up after errors.")
@pass_app
def crm_push(app: App, dry_run: bool, retry: bool) -> None:
    """Write sent alerts to the CRM now (the notifier does it after each send)."""
    from ..crm.push import push_alerts

    if retry:
        click.echo(f"{app.storage.retry_failed_pushes()} push(es) to try again")
    try:
        result = push_alerts(app.storage, app.config, now=utcnow(), dry_run=dry_run,
                             out=click.echo)
    except CrmError as e:
        if e.config:
            raise ConfigError(str(e)) from None
        click.echo(f"push failed: {e}", err=True)
        raise SystemExit(1) from None
    if dry_run:
        if not result.payloads:
            click.echo("nothing to push")
        return
    click.echo(f"{result.pushed} written, {result.found} already there, "
               f"{result.failed} failed (retried next time)")


def sync_state_lines(app: App) -> list[str]:
    """For ``check``: the last sync and the push backlog."""
    if not app.config.crm.provider:
        return ["crm: none configured"]
    raw = app.storage.get_meta("crm.last_sync")
    if not raw:
        return [f"crm: {app.config.crm.provider}, never synced (signalwatch crm sync)"]
    last = json.loads(raw)
    state = "failed: " + "; ".join(last["errors"]) if last.get("errors") else "ok"
    return [f"crm: {last['provider']} last sync {last['at']} {state}; {last['accounts']} "
            f"accounts, {last['deals']} deals, {last['owners']} owners"]
