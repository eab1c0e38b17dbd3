"""``signalwatch feedback report | restore | rules``: reps' judgment and what it changed."""

from __future__ import annotations

import click

from ..feedback.actions import JUDGED, wilson
from ..utils import utcnow
from . import App, echo_json_lines, json_option, main, pass_app


@main.group()
def feedback() -> None:
    """Reps' judgment of alerts: usefulness, demotions, "wrong company" rules."""


def report_rows(rows: list[dict], sent: dict[tuple[str, str, str, str], int]) -> list[dict]:
    """One row per (kind, source, ICP, rep): alerts sent and how reps judged them."""
    groups: dict[tuple[str, str, str, str], dict] = {}
    for key, count in sent.items():
        groups[key] = {"kind": key[0], "source": key[1], "icp": key[2], "rep": key[3],
                       "sent": count, "useful": 0, "not_relevant": 0, "wrong_company": 0,
                       "claimed": 0, "snoozed": 0}
    for r in rows:
        key = (r["kind"] or "(none)", r["source"] or "(none)", r["icp"] or "(none)",
               r["rep"] or "(unowned)")
        row = groups.setdefault(key, {"kind": key[0], "source": key[1], "icp": key[2],
                                      "rep": key[3], "sent": 0, "useful": 0,
                                      "not_relevant": 0, "wrong_company": 0, "claimed": 0,
                                      "snoozed": 0})
        name = {"claim": "claimed", "snooze": "snoozed"}.get(r["action"], r["action"])
        row[name] = row.get(name, 0) + 1
    out = []
    for row in sorted(groups.values(), key=lambda r: (r["kind"], r["source"], r["icp"],
                                                      r["rep"])):
        judged = sum(row[a] for a in JUDGED)
        low, high = wilson(row["useful"], judged)
        row.update(judged=judged,
                   usefulness=round(row["useful"] / judged, 4) if judged else None,
                   low=round(low, 4) if judged else None,
                   high=round(high, 4) if judged else None)
        out.append(row)
    return out


@feedback.command("report")
@json_option
@pass_app
def feedback_report(app: App, as_json: bool) -> None:
    """Usefulness as reps judge it, per signal kind, source, ICP and rep, with counts and
    95% intervals; and the kinds and sources demoted to digest only."""
    from ..icp import fit

    storage, config = app.storage, app.config
    accounts = {a.id: a for a in storage.get_accounts()}
    sent: dict[tuple[str, str, str, str], int] = {}
    for r in storage.sent_alerts_with_signals():
        account = accounts.get(r["account_id"])
        icp = fit(account, config.icps).icp if account else None
        key = ((r["kinds"] or ["(none)"])[0], (r["sources"] or ["(none)"])[0],
               icp or "(none)", r["rep"] or "(unowned)")
        sent[key] = sent.get(key, 0) + 1
    rows = report_rows(storage.get_feedback(), sent)
    from ..stages.decide import current_demotions

    demoted = current_demotions(storage, config, utcnow())
    if as_json:
        echo_json_lines(rows)
        return
    if not rows:
        click.echo("no alerts sent and no feedback yet")
    for r in rows:
        use = ("not judged yet" if not r["judged"] else
               f"useful {r['useful']} of {r['judged']} ({r['usefulness']:.0%}, 95% interval "
               f"{r['low']:.0%}-{r['high']:.0%})")
        click.echo(f"{r['kind']:<11} {r['source']:<24} {r['icp']:<16} {r['rep']:<26} "
                   f"{r['sent']:>4} sent  {use}; not relevant {r['not_relevant']}, wrong "
                   f"company {r['wrong_company']}, claimed {r['claimed']}")
    for (scope, value), why in sorted(demoted.items()):
        click.echo(f"demoted {scope} {value}: {why} (`signalwatch feedback restore --{scope} "
                   f"{value}` to restore)")
    overrides = storage.get_overrides()
    for scope, value in sorted(overrides):
        click.echo(f"restored by an admin: {scope} {value}")


@feedback.command("restore")
@click.option("--kind", help="A signal kind to take out of demotion.")
@click.option("--source", help="A source to take out of demotion.")
@click.option("--undo", is_flag=True, help="Remove the override: feedback decides again.")
@click.option("--by", default="admin", show_default=True, help="Who restores it.")
@pass_app
def feedback_restore(app: App, kind: str | None, source: str | None, undo: bool,
                     by: str) -> None:
    """Alert again on a kind or source reps' feedback demoted to digest only."""
    if bool(kind) == bool(source):
        raise click.UsageError("give one of --kind or --source")
    scope, value = ("kind", kind) if kind else ("source", source)
    assert value is not None
    if undo:
        removed = app.storage.remove_override(scope, value)
        click.echo(f"{scope} {value}: " + ("feedback decides again" if removed
                                            else "had no override"))
        return
    app.storage.set_override(scope, value, by=by, now=utcnow())
    click.echo(f"{scope} {value} restored: it alerts again whatever the feedback "
               "(--undo to let feedback decide)")


@feedback.command("rules")
@click.option("--remove", "remove_id", type=int, help="Delete the rule with this id.")
@json_option
@pass_app
def feedback_rules(app: App, remove_id: int | None, as_json: bool) -> None:
    """The "wrong company" rules reps made: a phrase or source that no longer matches an
    account."""
    if remove_id is not None:
        ok = app.storage.remove_exclusion(remove_id)
        click.echo(f"rule {remove_id} " + ("removed" if ok else "not found"))
        if not ok:
            raise SystemExit(1)
        return
    rules = app.storage.get_exclusions()
    if as_json:
        echo_json_lines(rules)
        return
    if not rules:
        click.echo("no rules")
    for r in rules:
        click.echo(f"#{r['id']} {r['phrase']!r} never matches {r['account_id']} "
                   f"(by {r['created_by']} on {r['created_at'][:10]}, from signal "
                   f"#{r['signal_id']})")
