"""Alerts: ``alerts``, ``explain``, ``digest``, ``snooze``, ``notify``."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import click

from ..exceptions import NotifyError
from ..notify import email as digest_email
from ..notify.explain import explain_lines
from ..stages.decide import decide_signals
from ..stages.digests import digest_groups, digest_window, send_digest
from ..stages.dispatch import dispatch
from ..utils import to_iso, utcnow
from . import App, echo_json_lines, json_option, main, pass_app


def alert_row(a: Any) -> dict[str, Any]:
    """The ``alerts --json`` contract (DESIGN.md section 5)."""
    return {"id": a.id, "account_id": a.account_id, "rep": a.rep, "channel": a.channel,
            "status": a.status, "signal_ids": list(a.signal_ids), "reasons": list(a.reasons),
            "created_at": to_iso(a.created_at), "sent_at": to_iso(a.sent_at),
            "attempts": a.attempts, "last_error": a.last_error,
            "icp_version": a.icp_version}


@main.command()
@click.option("--status", type=click.Choice(["pending", "sending", "sent", "parked", "failed"]),
              help="Only alerts in this state.")
@click.option("--requeue", is_flag=True,
              help="Put parked alerts (kept back by a configuration problem, now fixed) back "
                   "in the outbox and send them.")
@click.option("--failed", "include_failed", is_flag=True,
              help="With --requeue: failed alerts too.")
@json_option
@pass_app
def alerts(app: App, status: str | None, requeue: bool, include_failed: bool,
           as_json: bool) -> None:
    """List alerts (the outbox), newest first; --requeue resends parked ones."""
    if requeue:
        now = utcnow()
        statuses = ("parked", "failed") if include_failed else ("parked",)
        count = app.storage.requeue_alerts(now=now, statuses=statuses)
        sent = dispatch(app.storage, app.config, now=now) if count else None
        click.echo(f"requeued {count} alert(s)" + (
            f"; {sent.sent} sent, {sent.parked} parked again, {sent.retried} to retry, "
            f"{sent.failed} failed" if sent else ""))
        return
    rows = app.storage.get_alerts(status=status)
    if as_json:
        echo_json_lines(alert_row(a) for a in rows)
        return
    if not rows:
        click.echo("no alerts")
        return
    for a in rows:
        err = f"  error: {a.last_error}" if a.last_error else ""
        click.echo(f"{a.id:>5} {to_iso(a.created_at)} {a.status:<8} {a.channel:<8} "
                   f"{a.account_id:<14} {a.rep or '-':<24} {a.reasons[0] if a.reasons else ''}"
                   f"{err}")


@main.command()
@click.argument("account_id")
@pass_app
def explain(app: App, account_id: str) -> None:
    """Explain an account: fit, live signals, heat, the last decision and why."""
    try:
        lines = explain_lines(app.storage, app.config, account_id, utcnow())
    except KeyError:
        raise click.ClickException(f"no account {account_id!r}") from None
    for line in lines:
        click.echo(line)


@main.command()
@click.option("--rep", "email", required=True, help="The rep's email.")
@click.option("--preview", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the HTML digest to this file instead of sending.")
@click.option("--send", "send_now", is_flag=True, help="Send it now (recorded as today's).")
@pass_app
def digest(app: App, email: str, preview: Path | None, send_now: bool) -> None:
    """Preview or send one rep's digest of signals since their last digest."""
    config, storage = app.config, app.storage
    rep = config.rep(email)
    if rep is None:
        raise click.UsageError(f"no rep {email!r} in the configuration")
    now = utcnow()
    if send_now:
        local_date = now.astimezone(digest_email.ZoneInfo(rep.timezone)).date().isoformat()
        try:
            status = send_digest(storage, config, rep, now=now, local_date=local_date)
        except NotifyError as e:
            raise click.ClickException(str(e)) from None
        messages = {"sent": f"digest sent to {rep.email}",
                    "empty": "no new signals: nothing sent (email.send_empty is off)",
                    "claimed": f"today's digest ({local_date}) was already sent",
                    "busy": f"today's digest ({local_date}) is being sent by another process"}
        click.echo(messages[status])
        return
    start = digest_window(storage, rep, now)
    groups = digest_groups(storage, config, rep, start=start, end=now)
    rendered = digest_email.render_digest(rep, groups, start=start, end=now)
    if preview is not None:
        preview.write_text(rendered.html, "utf-8")
        click.echo(f"wrote {preview} ({rendered.count} signals)")
    else:
        click.echo(f"Subject: {rendered.subject}\n")
        click.echo(rendered.text)


@main.command()
@click.argument("account_id")
@click.option("--days", type=click.IntRange(0, 3650), default=30, show_default=True,
              help="Days of quiet (0 lifts a snooze).")
@click.option("--mute/--unmute", default=None, help="Mute (or unmute) the account for good.")
@pass_app
def snooze(app: App, account_id: str, days: int, mute: bool | None) -> None:
    """Keep an account quiet: no alerts and no digest lines for N days (or muted)."""
    if app.storage.get_account(account_id) is None:
        raise click.ClickException(f"no account {account_id!r}")
    until = utcnow() + timedelta(days=days) if days else None
    app.storage.set_account_state(account_id, snoozed_until=until, muted=mute)
    click.echo(f"{account_id}: " + (f"snoozed until {to_iso(until)}" if until else "not snoozed")
               + ("; muted" if mute else "; unmuted" if mute is False else ""))


@main.command()
@click.option("--dry-run", is_flag=True,
              help="Decide on new signals and print what would be sent; store and send nothing.")
@pass_app
def notify(app: App, dry_run: bool) -> None:
    """Decide on new signals and flush the outbox (Slack, webhook, or files)."""
    now = utcnow()
    if dry_run:
        result = decide_signals(app.storage, app.config, now=now, dry_run=True)
        for account, action, reason, payload in result.preview:
            click.echo(f"{action:<5} {account.name}: {reason}")
            if payload is not None:
                click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        if not result.preview:
            click.echo("no new signals to decide on")
        return
    decided = decide_signals(app.storage, app.config, now=now)
    sent = dispatch(app.storage, app.config, now=now)
    click.echo(f"decisions: {decided.decisions} ({decided.alerts} alert, {decided.held} held, "
               f"{decided.dropped} dropped); outbox: {sent.sent} sent, {sent.retried} to retry, "
               f"{sent.failed} failed, {sent.parked} parked, {sent.recovered} recovered after "
               "an interruption; "
               f"{app.storage.outbox_depth()} waiting")
