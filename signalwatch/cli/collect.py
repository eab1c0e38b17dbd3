"""Collecting: ``collect``, ``sources``, ``sources test``."""

from __future__ import annotations

import sys
from datetime import timedelta

import click

from ..collect.sources import catalog_of
from ..pipeline import run_cycle
from ..stages.collect import load_sources, try_source
from ..utils import from_iso, to_iso, utcnow
from . import App, echo_json_lines, json_option, main, pass_app


@main.command("collect")
@click.option("--due", is_flag=True, help="Only sources whose next poll is due.")
@click.option("--source", "names", multiple=True, help="Only this source (repeatable).")
@pass_app
def collect_(app: App, due: bool, names: tuple[str, ...]) -> None:
    """Poll every configured source once, store new items and run the pipeline.

    Exits non-zero only for configuration errors, never because some sources failed.
    """
    now = utcnow()
    storage = app.storage
    configured = load_sources(app.config, storage, now=now)
    unknown = set(names) - {s.name for s in configured}
    if unknown:
        raise click.UsageError(f"no source named {', '.join(sorted(unknown))}")
    total = len(configured) if not names else len(names)
    stderr = sys.stderr
    with click.progressbar(length=total, label="polling", file=stderr, show_pos=True) as bar:
        result = run_cycle(storage, app.config, now=now, names=names or None,
                           due_only=due, progress=lambda _r: bar.update(1))
    summary = result.stages["collect"]
    for r in sorted(summary.results, key=lambda r: r.name):
        if not r.ok:
            click.echo(f"  failed  {r.name}: {r.error}")
    click.echo(
        f"{len(summary.results)} sources: {summary.ok} ok, {summary.failed} failed; "
        f"{summary.new_items} new items ({summary.history_items} stored as history)"
    )


@main.group(invoke_without_command=True)
@json_option
@pass_app
@click.pass_context
def sources(ctx: click.Context, app: App, as_json: bool) -> None:
    """List sources with their health."""
    if ctx.invoked_subcommand is not None:
        return
    now = utcnow()
    configured = {s.name: s for s in load_sources(app.config, app.storage, now=now)}
    rows = []
    for state in app.storage.get_source_states():
        source = configured.get(state["name"])
        rows.append({
            "name": state["name"],
            "kind": state["kind"],
            "url": state["url"],
            "configured": source is not None,
            "enabled": bool(state["enabled"]) and (source is None or source.enabled),
            "disabled_reason": state["disabled_reason"],
            "last_attempt": state["last_attempt"],
            "last_success": state["last_success"],
            "last_error": state["last_error"],
            "consecutive_failures": state["consecutive_failures"],
            "next_due": state["next_due"],
            "items": state["items_total"],
            "last_warning": state.get("last_warning"),
            # Waiting longer than its interval after a failure (backoff or Retry-After).
            "parked_until": state["next_due"] if state["consecutive_failures"]
            and state["next_due"] and state["next_due"] > to_iso(now)
            and source is not None and from_iso(state["next_due"]) - now  # type: ignore[operator]
            > timedelta(seconds=source.interval) else None,
            "moved_candidate": state.get("moved_candidate"),
        })
    if as_json:
        echo_json_lines(rows)
        return
    if not rows:
        click.echo("no sources configured (see sources.files)")
        return
    click.echo(f"{'name':<32} {'kind':<15} {'state':<9} {'fails':>5} {'items':>6}  "
               f"{'last success':<25} next due")
    for r in rows:
        status = ("off" if not r["enabled"] else "failing" if r["consecutive_failures"]
                  else "ok" if r["last_success"] else "new")
        click.echo(f"{r['name'][:32]:<32} {r['kind']:<15} {status:<9} "
                   f"{r['consecutive_failures']:>5} {r['items']:>6}  "
                   f"{r['last_success'] or '-':<25} {r['next_due'] or '-'}")
        if r["last_error"]:
            click.echo(f"    last error: {r['last_error']}")
        if r["parked_until"]:
            click.echo(f"    parked until {r['parked_until']} (backoff or the server's "
                       "Retry-After)")
        if r["last_warning"]:
            click.echo(f"    warning: {r['last_warning']}")
        if r["moved_candidate"]:
            click.echo(f"    redirects permanently to {r['moved_candidate']} (the stored URL "
                       "changes once several polls confirm it)")
        if r["disabled_reason"]:
            click.echo(f"    disabled: {r['disabled_reason']}")


@sources.command("test")
@click.argument("name")
@json_option
@pass_app
def sources_test(app: App, name: str, as_json: bool) -> None:
    """Fetch one source and print what was parsed; nothing is stored."""
    catalog = {s.name: s for s in catalog_of(app.config, app.storage)}
    source = catalog.get(name)
    if source is None:
        raise click.UsageError(f"no source named {name!r}; see `signalwatch sources`")
    result = try_source(app.config, source, now=utcnow())
    if as_json:
        echo_json_lines({"key": i.key, "type": i.type, "title": i.title, "url": i.url,
                         "published": to_iso(i.published), "company": i.company,
                         "data": dict(i.data)} for i in result.items)
        if not result.ok:
            raise click.ClickException(result.error or result.status)
        return
    click.echo(f"{source.name} ({source.kind}) {source.url}")
    if not result.ok:
        raise click.ClickException(f"fetch failed: {result.error or result.status}")
    if result.error:
        click.echo(f"warning: {result.error}")
    click.echo(f"{len(result.items)} items:")
    for item in result.items:
        when = to_iso(item.published) or "undated"
        extra = ""
        if item.type == "posting":
            extra = f" [{item.data.get('department') or '-'}; {item.data.get('location') or '-'}]"
        click.echo(f"  {when}  {item.title}{extra}")
