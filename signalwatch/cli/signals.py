"""Signals: ``signals`` (stored) and ``extract`` (a file of items, no database)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import click

from ..accounts import read_accounts_file
from ..exceptions import ConfigError
from ..extract.hiring import HiringSettings
from ..extract.signals import hiring_from_postings, signals_from_item
from ..match import Matcher
from ..types import Item, Signal, SignalIntent
from ..utils import from_iso, to_iso, utc, utcnow
from . import App, echo_json_lines, json_option, main, pass_app


def signal_row(s: Signal | SignalIntent, signal_id: int | None = None) -> dict[str, Any]:
    """The ``signals --json`` contract (DESIGN.md section 5)."""
    first = s.evidence[0] if s.evidence else None
    return {
        "id": signal_id if signal_id is not None else getattr(s, "id", None),
        "kind": s.kind,
        "account_id": s.account_id,
        "occurred_at": to_iso(s.occurred_at),
        "detected_at": to_iso(s.detected_at),
        "url": first.url if first else None,
        "confidence": s.confidence,
        "attributes": dict(s.attributes),
        "history": s.history,
        "evidence": [{"url": e.url, "title": e.title, "sentence": e.sentence,
                      "source": e.source,
                      "field": "title" if e.sentence == e.title else "text"}
                     for e in s.evidence],
        # what matched the account: a name, "domain:x", or "source" (the rule a rep's
        # "wrong company" makes)
        "matched": s.matched,
    }


def _since(value: str | None) -> datetime | None:
    if value is None:
        return None
    value = value.strip()
    if value[:-1].isdigit() and value[-1] in "dh":
        amount = int(value[:-1])
        return utcnow() - (timedelta(days=amount) if value[-1] == "d" else timedelta(hours=amount))
    try:
        return utc(datetime.fromisoformat(value))
    except ValueError:
        raise click.BadParameter(f"got {value!r}, expected a date (2026-11-01) or an age "
                                 "(7d, 12h)", param_hint="--since") from None


@main.group(invoke_without_command=True)
@click.option("--account", "account_id", help="Only this account id.")
@click.option("--kind", type=click.Choice(["funding", "leadership", "hiring", "strategic",
                                           "financial", "technographic"]),
              help="Only this kind.")
@click.option("--since", help="Only signals that occurred since a date or an age (7d, 12h).")
@json_option
@pass_app
@click.pass_context
def signals(ctx: click.Context, app: App, account_id: str | None, kind: str | None,
            since: str | None, as_json: bool) -> None:
    """List stored signals, newest first, with their evidence."""
    if ctx.invoked_subcommand is not None:
        return
    rows = app.storage.get_signals(account_id=account_id, kind=kind, since=_since(since))
    if as_json:
        echo_json_lines(signal_row(s) for s in rows)
        return
    if not rows:
        click.echo("no signals")
        return
    from ..notify.explain import evidence_lines
    from ..score import describe, doubt_words

    names = {a.id: a.name for a in app.storage.get_accounts()}
    for s in rows:
        flag = " [history]" if s.history else ""
        click.echo(f"{s.id:>5} {to_iso(s.occurred_at)[:10]} {s.kind:<10} "  # type: ignore[index]
                   f"{names.get(s.account_id, s.account_id)[:24]:<24} {describe(s)}  "
                   f"({s.confidence:.2f}, {len(s.evidence)} source(s)){flag}")
        for line in evidence_lines(s)[:1]:
            click.echo(f"        {line}")
        if doubt := s.attributes.get("doubt"):
            click.echo(f"        unsure, never alerted on its own: {doubt_words(doubt)}")




def read_items_jsonl(path: Path, *, now: datetime) -> list[Item]:
    """Items from a JSON-lines file: title, summary, url, published, optional company,
    account_id, type and data. Errors name the line."""
    items = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise ConfigError(f"cannot read items: {e.strerror or e}", file=str(path)) from e
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            if not isinstance(d, dict):
                raise ValueError("expected a JSON object")
            published = from_iso(d.get("published")) if d.get("published") else None
        except ValueError as e:
            raise ConfigError(f"not a JSON item object: {e}", file=str(path), line=n) from None
        if not isinstance(d.get("title", ""), str):
            raise ConfigError("title: expected a string", file=str(path), line=n)
        items.append(Item(
            id=n, source=str(d.get("source", path.name)), key=str(n),
            type=str(d.get("type", "entry")), title=d.get("title", ""), url=d.get("url"),
            summary=d.get("summary", "") or "", published=published, updated=None,
            company=d.get("company"), data=d.get("data", {}) or {}, first_seen=now,
            last_seen=now, account_id=d.get("account_id"),
        ))
    return items


@main.command()
@click.option("--accounts", "accounts_file", required=True,
              type=click.Path(dir_okay=False, path_type=Path), help="CRM export CSV.")
@click.option("--input", "input_file", required=True,
              type=click.Path(dir_okay=False, path_type=Path), help="Items, JSON lines.")
@pass_app
def extract(app: App, accounts_file: Path, input_file: Path) -> None:
    """Extract and match signals from a file of items; print them as JSON lines.

    Touches no database: for backfills, audits and evaluation.
    """
    now = utcnow()
    config = app.config
    accounts = read_accounts_file(accounts_file, reps=config.reps)
    for bad in accounts.bad:
        click.echo(f"{accounts_file}:{bad.line}: {bad.message}", err=True)
    matcher = Matcher(accounts.accounts)
    items = read_items_jsonl(input_file, now=now)
    out: list[SignalIntent] = []
    postings: dict[str, list[Item]] = {}
    for item in items:
        out += signals_from_item(item, matcher, rates=config.fx.rates,
                                 floor=config.matching.confidence_floor, now=now)
        if item.type == "posting" and item.account_id:
            postings.setdefault(item.account_id, []).append(item)
    h = config.hiring
    settings = HiringSettings(h.recent_days, h.baseline_days, h.min_recent, h.min_growth)
    for account_id, its in postings.items():
        out += hiring_from_postings(account_id, its, now=now, settings=settings)
    echo_json_lines(signal_row(s) for s in out)
