"""Accounts: import a CRM export, list accounts with their ICP fit, explain one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..accounts import read_accounts_file
from ..exceptions import ConfigError
from ..icp import fit, tier_at_least
from ..types import Account, FitResult
from ..utils import utcnow
from . import App, echo_json_lines, json_option, main, pass_app


def fit_row(account: Account, result: FitResult, icp_version: int | None = None
            ) -> dict[str, Any]:
    return {
        "id": account.id,
        "name": account.name,
        "domain": account.domain,
        "owner": account.owner,
        "icp": result.icp,
        "score": result.score,
        "tier": result.tier,
        "reasons": [
            {"criterion": r.label, "role": r.role, "held": r.held, "value": r.detail}
            for r in result.reasons
        ],
        "icp_version": icp_version,
    }


@main.group(invoke_without_command=True)
@click.option("--tier", type=click.Choice(["A", "B", "C"]), help="Only accounts at this tier "
              "or better.")
@json_option
@pass_app
@click.pass_context
def accounts(ctx: click.Context, app: App, tier: str | None, as_json: bool) -> None:
    """List accounts with ICP fit score, tier, ICP and reasons."""
    if ctx.invoked_subcommand is not None:
        return
    icps = app.config.icps
    rows = []
    for account in app.storage.get_accounts():
        result = fit(account, icps)
        if tier and not tier_at_least(result.tier, tier):
            continue
        rows.append((account, result))
    rows.sort(key=lambda ar: (-(ar[1].score if ar[1].tier else -1), ar[0].name.lower()))
    if as_json:
        echo_json_lines(fit_row(a, r, app.config.icp_version) for a, r in rows)
        return
    if not rows:
        click.echo("no accounts" + (f" at tier {tier} or better" if tier else "") +
                   "; import some with `signalwatch accounts import FILE`")
        return
    click.echo(f"{'id':<12} {'name':<24} {'tier':<4} {'score':>5}  {'icp':<20} why")
    for a, r in rows:
        held = [x.label for x in r.reasons if x.held and x.role == "prefer"]
        failed = [x.label for x in r.reasons if (not x.held and x.role == "must")
                  or (x.held and x.role == "disqualify")]
        why = "; ".join(held[:3]) if r.icp else "not a fit: " + "; ".join(failed[:2])
        click.echo(f"{a.id:<12} {a.name[:24]:<24} {r.tier or '-':<4} {r.score:>5.1f}  "
                   f"{(r.icp or '-')[:20]:<20} {why}")


@accounts.command("import")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--strict", is_flag=True, help="Refuse the whole file if any row is bad.")
@pass_app
def import_(app: App, file: Path | None, strict: bool) -> None:
    """Import a CRM export CSV (canonical, HubSpot or Salesforce headers).

    Re-importing updates accounts in place (by id, else domain). Bad rows are listed with
    their line numbers; by default the good rows are imported.
    """
    if file is None:
        file = app.config.accounts.file
        if file is None:
            raise click.UsageError("give FILE, or set accounts.file in the configuration")
    result = read_accounts_file(file, reps=app.config.reps)
    for bad in result.bad:
        click.echo(f"{file}:{bad.line}: {bad.message}", err=True)
    if strict and result.bad:
        raise ConfigError(
            f"{len(result.bad)} bad row(s); nothing imported (--strict)", file=str(file)
        )
    notes = list(result.notes)
    inserted, updated = app.storage.upsert_accounts(
        result.accounts, now=utcnow(), file=str(file), fmt=result.format, bad=len(result.bad),
        derived_ids=result.derived_ids, notes=notes,
    )
    for note in notes:
        click.echo(f"{file}: note: {note}", err=True)
    click.echo(
        f"{file}: {result.format} export, {inserted} new, {updated} updated, "
        f"{len(result.bad)} bad row(s) skipped"
    )


@accounts.command("show")
@click.argument("account_id")
@json_option
@pass_app
def show(app: App, account_id: str, as_json: bool) -> None:
    """Show one account and explain its ICP fit line by line."""
    account = app.storage.get_account(account_id)
    if account is None:
        raise click.ClickException(f"no account {account_id!r}")
    result = fit(account, app.config.icps)
    if as_json:
        echo_json_lines([fit_row(account, result, app.config.icp_version)])
        return
    click.echo(f"{account.name} ({account.id})")
    for label, value in (
        ("domain", account.domain), ("industry", account.industry),
        ("employees", account.employees), ("revenue", account.revenue),
        ("country", account.country), ("tech", ", ".join(account.tech) or None),
        ("owner", account.owner), ("ats", account.ats),
    ):
        if value is not None:
            click.echo(f"  {label:<10} {value}")
    if result.icp:
        click.echo(f"fit: ICP {result.icp}, score {result.score:.1f}, tier {result.tier or '-'}")
    else:
        click.echo(f"fit: no ICP fits (closest scores {result.score:.1f})")
    marks = {("must", True): "+", ("must", False): "x", ("disqualify", True): "x",
             ("disqualify", False): "+", ("prefer", True): "+", ("prefer", False): "-"}
    for r in result.reasons:
        verdict = {"must": "must", "disqualify": "disqualifier", "prefer": "preference"}[r.role]
        state = ("holds" if r.held else "fails") if r.role != "disqualify" else (
            "applies" if r.held else "does not apply")
        click.echo(f"  {marks[(r.role, r.held)]} {verdict:<12} {r.label}: {state} "
                   f"({r.detail})")
