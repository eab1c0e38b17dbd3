"""The living ICP: ``deals import``, ``signals import``, ``icp learn|diff|apply|versions|
sheet`` and ``fit``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..accounts import read_text_detecting
from ..deals import read_deals
from ..exceptions import ConfigError
from ..history import read_history
from ..icp import fit as fit_account
from ..learn.report import diff_lines, html_report, sheet_html, text_report
from ..learn.run import apply_draft, run_learn, tables
from ..types import Account
from ..utils import dumps, parse_date, to_iso, utcnow
from . import App, echo_json_lines, json_option, main, pass_app
from .signals import signals as signals_group


def _report_bad(file: Path, bad: list, strict: bool, what: str) -> None:
    for row in bad:
        click.echo(f"{file}:{row.line}: {row.message}", err=True)
    if strict and bad:
        raise ConfigError(f"{len(bad)} bad row(s); no {what} imported (--strict)",
                          file=str(file))


@main.group()
def deals() -> None:
    """Deals (opportunities) from the CRM: what the living ICP learns from."""


@deals.command("import")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--strict", is_flag=True, help="Refuse the whole file if any row is bad.")
@pass_app
def deals_import(app: App, file: Path | None, strict: bool) -> None:
    """Import a HubSpot deals export, a Salesforce opportunity report or a canonical CSV."""
    file = file or app.config.deals.file
    if file is None:
        raise click.UsageError("give FILE, or set deals.file in the configuration")
    text, note = read_text_detecting(file)
    result = read_deals(text, app.storage.account_index(), file=str(file),
                        stage_map=app.config.deals.stages,
                        date_order=app.config.deals.date_order)
    _report_bad(file, result.bad, strict, "deals")
    for n in ([note] if note else []) + result.notes:
        click.echo(f"{file}: note: {n}", err=True)
    inserted, updated = app.storage.upsert_deals(result.deals, now=utcnow(),
                                                 origin=f"csv:{file.name}")
    counts = {o: sum(1 for d in result.deals if d.outcome == o) for o in ("won", "lost",
                                                                          "open")}
    click.echo(f"{file}: {result.format} export, {inserted} new, {updated} updated "
               f"({counts['won']} won, {counts['lost']} lost, {counts['open']} open), "
               f"{len(result.bad)} bad row(s) skipped")


@deals.command("list")
@json_option
@pass_app
def deals_list(app: App, as_json: bool) -> None:
    """List stored deals."""
    rows = app.storage.get_deals()
    if as_json:
        echo_json_lines({"id": d.id, "account_id": d.account_id, "name": d.name,
                         "stage": d.stage, "outcome": d.outcome,
                         "created_at": to_iso(d.created_at), "closed_at": to_iso(d.closed_at),
                         "amount": d.amount, "owner": d.owner, "lost_reason": d.lost_reason}
                        for d in rows)
        return
    for d in rows:
        click.echo(f"{d.id:<16} {d.outcome:<5} {d.account_id:<14} {d.created_at:%Y-%m-%d} "
                   f"{d.amount or '':>10} {d.name}")


@signals_group.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--strict", is_flag=True, help="Refuse the whole file if any row is bad.")
@pass_app
def signals_import(app: App, file: Path, strict: bool) -> None:
    """Import historical trigger events (canonical CSV or a Crunchbase funding-rounds
    export); they feed the learner and never alert."""
    text, note = read_text_detecting(file)
    result = read_history(text, app.storage.account_index(), file=str(file),
                          fx=app.config.fx.rates, date_order=app.config.deals.date_order)
    _report_bad(file, result.bad, strict, "signals")
    if note:
        click.echo(f"{file}: note: {note}", err=True)
    added, known = app.storage.import_signals(result.signals)
    click.echo(f"{file}: {result.format} file, {added} signals imported, {known} already "
               f"known, {len(result.bad)} bad row(s) skipped")


@signals_group.command("backfill-edgar")
@click.option("--since", help="Only filings since this date.")
@pass_app
def signals_backfill_edgar(app: App, since: str | None) -> None:
    """Funding history from SEC EDGAR Form D filings, for accounts with a CIK column."""
    from urllib.parse import urlsplit

    from ..collect.edgar import account_cik, backfill_form_d
    from ..stages.collect import http_settings

    config = app.config
    hosts = {urlsplit(u).hostname or "" for u in (config.collect.edgar_url,
                                                  config.collect.edgar_archive_url)}
    if any(h.endswith("sec.gov") for h in hosts) and not config.collect.contact:
        raise ConfigError("SEC EDGAR requires a contact in the User-Agent: set "
                          "collect.contact (an email)", file=str(config.path),
                          key="collect.contact")
    accounts = [a for a in app.storage.get_accounts() if account_cik(a)]
    if not accounts:
        click.echo("no account has a CIK column (CIK, cik or SEC CIK): nothing to backfill")
        return
    intents, errors = backfill_form_d(
        accounts, http_settings(config), api=config.collect.edgar_url,
        archive=config.collect.edgar_archive_url, since=parse_date(since) if since else None)
    for error in errors:
        click.echo(f"warning: {error}", err=True)
    added, known = app.storage.import_signals(intents)
    click.echo(f"EDGAR Form D: {len(accounts)} accounts with a CIK, {added} funding signals "
               f"imported, {known} already known, {len(errors)} account(s) failed")


@main.group()
def icp() -> None:
    """The living ICP: learn it from deals, review the draft, adopt it, print it."""


@icp.command("learn")
@click.option("--split", help="Backtest split date (default: the 75th percentile of create "
                              "dates).")
@click.option("--name", help="The ICP the proposal revises (default: the best-priority one).")
@click.option("--html", "html_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the HTML report (with the win-rate chart) here.")
@json_option
@pass_app
def icp_learn(app: App, split: str | None, name: str | None, html_out: Path | None,
              as_json: bool) -> None:
    """Learn from closed deals, customers and signals; store the proposal as a draft."""
    when = parse_date(split) if split else None
    result = run_learn(app.storage, app.config, now=utcnow(), split=when, name=name)
    from ..feedback.actions import usefulness_by_kind

    useful = usefulness_by_kind(app.storage.get_feedback())
    if html_out is not None:
        html_out.write_text(html_report(result, usefulness=useful), "utf-8")
    if as_json:
        click.echo(dumps(result.as_json()))
        return
    for line in text_report(result, usefulness=useful):
        click.echo(line)
    if html_out is not None:
        click.echo(f"\nwrote {html_out}")
    click.echo("\nnext: signalwatch icp diff (what would change), signalwatch icp apply")


@icp.command("diff")
@pass_app
def icp_diff(app: App) -> None:
    """Show the draft against the ICPs in force, with the evidence per line."""
    draft = app.storage.latest_icp_draft()
    if draft is None:
        raise click.ClickException("no draft: run `signalwatch icp learn` first")
    for line in diff_lines(tables(list(app.config.icps)), json.loads(draft["icps"]),
                           json.loads(draft["evidence"])):
        click.echo(line)


@icp.command("apply")
@click.option("--yes", is_flag=True, help="Adopt without asking.")
@click.option("--note", default="", help="Why (kept with the version).")
@pass_app
def icp_apply(app: App, yes: bool, note: str) -> None:
    """Adopt the draft: it becomes the newest ICP version (earlier ones are kept)."""
    draft = app.storage.latest_icp_draft()
    if draft is None:
        raise click.ClickException("no draft: run `signalwatch icp learn` first")
    lines = diff_lines(tables(list(app.config.icps)), json.loads(draft["icps"]),
                       json.loads(draft["evidence"]))
    for line in lines:
        click.echo(line)
    if lines[0].startswith("no difference"):
        return
    if not yes and not click.confirm("Adopt these ICPs?", default=False):
        click.echo("not adopted")
        return
    version = apply_draft(app.storage, now=utcnow(), note=note)
    click.echo(f"adopted as ICP version {version}; fit scores and alerts record it from now")


@icp.command("versions")
@json_option
@pass_app
def icp_versions(app: App, as_json: bool) -> None:
    """Every ICP version with its date, origin and note (the newest is in force)."""
    _ = app.config  # records a hand edit of the configuration as a version
    rows = app.storage.get_icp_versions()
    if as_json:
        echo_json_lines({"id": r["id"], "created_at": r["created_at"], "origin": r["origin"],
                         "note": r["note"], "icps": json.loads(r["icps"]),
                         "evidence": json.loads(r["evidence"])} for r in rows)
        return
    for r in rows:
        names = ", ".join(t["name"] for t in json.loads(r["icps"]))
        mark = "*" if r is rows[-1] else " "
        click.echo(f"{mark}{r['id']:>3} {r['created_at']} {r['origin']:<8} {names}  {r['note']}")


@icp.command("sheet")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write (prints on one A4 or Letter page).")
@pass_app
def icp_sheet(app: App, out: Path) -> None:
    """Write the one-page decision tool for the ICPs in force."""
    latest = app.storage.latest_icp_version()
    evidence = json.loads(latest["evidence"]) if latest else {}
    if latest and latest["origin"] != "learned":
        # a hand edit keeps the evidence of the last learned version it may build on
        learned = [r for r in app.storage.get_icp_versions() if r["origin"] == "learned"]
        evidence = json.loads(learned[-1]["evidence"]) if learned else {}
    out.write_text(sheet_html(app.config.icps, version=app.config.icp_version,
                              adopted_at=latest["created_at"] if latest else None,
                              evidence=evidence), "utf-8")
    click.echo(f"wrote {out}")


@main.command("fit")
@click.argument("company")
@click.option("--industry", help="For a company outside the CRM: its industry.")
@click.option("--employees", type=int, help="Headcount.")
@click.option("--revenue", type=float, help="Annual revenue (USD).")
@click.option("--country", help="Country.")
@click.option("--tech", multiple=True, help="A tool it uses (repeat).")
@json_option
@pass_app
def fit_command(app: App, company: str, industry: str | None, employees: int | None,
                revenue: float | None, country: str | None, tech: tuple[str, ...],
                as_json: bool) -> None:
    """Judge any company against the ICPs in force, in one screen: verdict, tier,
    must-haves, disqualifiers and live triggers. COMPANY is an account id, domain or name
    from the CRM, or any name with the attributes given as options."""
    index = app.storage.account_index()
    account: Account | None = None
    try:
        account = app.storage.get_account(index.resolve(ref=company, name=company))
    except ValueError:
        account = None
    if account is not None and any((industry, employees, revenue, country, tech)):
        from dataclasses import replace

        account = replace(account, industry=industry or account.industry,
                          employees=employees or account.employees,
                          revenue=revenue or account.revenue,
                          country=country or account.country,
                          tech=tuple(tech) or account.tech)
    if account is None:
        if not any((industry, employees, revenue, country, tech)):
            raise click.ClickException(
                f"{company!r} is not in the CRM; give what you know (--industry, "
                "--employees, --revenue, --country, --tech)")
        account = Account(id="(outside the CRM)", name=company, industry=industry,
                          employees=employees, revenue=revenue, country=country,
                          tech=tuple(tech))
    icps = app.config.icps
    result = fit_account(account, icps)
    now = utcnow()
    live = [s for s in app.storage.get_signals(account_id=account.id)
            if (now - s.occurred_at).days <= 90] if account.id in index.ids else []
    disqualified = [r for r in result.reasons if r.role == "disqualify" and r.held]
    verdict = ("DISQUALIFIED" if disqualified else f"FITS {result.icp}, tier {result.tier}"
               if result.icp and result.tier else f"FITS {result.icp} below tier C"
               if result.icp else "DOES NOT FIT")
    if as_json:
        click.echo(dumps({"company": account.name, "account_id": account.id,
                          "verdict": verdict, "icp": result.icp, "tier": result.tier,
                          "score": result.score, "icp_version": app.config.icp_version,
                          "reasons": [{"label": r.label, "role": r.role, "held": r.held,
                                       "value": r.detail} for r in result.reasons],
                          "live_triggers": [{"kind": s.kind, "occurred_at":
                                             to_iso(s.occurred_at),
                                             "attributes": dict(s.attributes)}
                                            for s in live]}))
        return
    click.echo(f"{account.name}: {verdict} (score {result.score:.0f}"
               + (f", ICP version {app.config.icp_version}" if app.config.icp_version else "")
               + ")")
    for role, title in (("must", "Must-haves"), ("disqualify", "Disqualifiers"),
                        ("prefer", "Preferences")):
        rows = [r for r in result.reasons if r.role == role]
        if not rows:
            continue
        click.echo(title + ":")
        for r in rows:
            if role == "disqualify":
                mark = "x applies" if r.held else "- does not apply"
            else:
                mark = "+ holds" if r.held else "- fails"
            click.echo(f"  {mark:<16} {r.label}" + (f" ({r.detail})" if r.detail else ""))
    click.echo("Live triggers (last 90 days):" if live else "Live triggers: none in the last "
               "90 days")
    for s in live[:5]:
        click.echo(f"  {s.occurred_at:%Y-%m-%d} {s.kind}: "
                   + ", ".join(f"{k} {v}" for k, v in dict(s.attributes).items()
                               if v not in (None, "", [])))


@main.group()
def report() -> None:
    """Reports on what signalwatch's alerts turn into."""


@report.command("outcomes")
@click.option("--days", type=click.IntRange(1, 3650), default=90, show_default=True,
              help="A deal counts for an alert when it was created this many days after it.")
@click.option("--by", "group_by", type=click.Choice(["kind", "source", "icp", "tier", "rep"]),
              default="kind", show_default=True, help="Group alerts by this.")
@json_option
@pass_app
def report_outcomes(app: App, days: int, group_by: str, as_json: bool) -> None:
    """Alerts sent, deals created after them within N days, won, and amount; and the
    accounts won without any alert before the deal (what the monitor missed)."""
    from ..feedback.summary import alert_facts
    from ..outcomes import missed_wins, outcomes

    config, storage = app.config, app.storage
    accounts = {a.id: a for a in storage.get_accounts()}
    facts = alert_facts(storage, config, accounts)
    deals = storage.get_deals()
    rows = outcomes(facts, deals, days=days, by=group_by)
    missed = missed_wins(facts, deals, names={k: a.name for k, a in accounts.items()},
                         days=days)
    if as_json:
        echo_json_lines(rows)
        return
    click.echo(f"{len(facts)} alerts sent; deals created within {days} days after them "
               "(a deal that existed before an alert never counts for it):")
    for row in rows:
        click.echo(f"  {row[group_by]!s:<24} {row['alerts']:>5} alerts  {row['acted']:>4} "
                   f"acted on  {row['deals_after']:>4} with a deal after  {row['won']:>4} won  "
                   f"{row['amount_won']:>12,.0f} won amount  ({row['distinct_deals']} deals)")
    click.echo(f"won without any alert in the {days} days before the deal: {len(missed)}")
    for m in missed[:10]:
        click.echo(f"  {m['account']} ({m['deal']}, created {m['created_at'][:10]})")
