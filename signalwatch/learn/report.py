"""Rendering the living ICP (pure): the terminal report, the HTML report with its chart,
the draft-vs-current diff and the one-page decision sheet.

Numbers always come with their counts and interval; a line without a verdict says so.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from ..types import ICP, Criterion
from .learner import Finding, LearnResult, criterion_to_table

VERDICT_WORDS = {"must": "must-have", "prefer": "preference", "disqualify": "disqualifier",
                 "trigger": "trigger", "none": "no verdict"}


def pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.0f}%"


def finding_line(f: Finding) -> str:
    label = (f"{f.field}: {f.value}" if f.kind != "trigger" else f"{f.field} · {f.value}")
    what = "churn" if f.kind == "churn" else "win"
    lift = f"{f.lift:.2f}x" if f.lift is not None else "-"
    counts = (f"{f.rate.won:>4}/{f.rate.deals:<4} customers churned" if f.kind == "churn"
              else f"{f.rate.won:>4}/{f.rate.deals:<4} deals, {f.rate.accounts:>4} accounts")
    return (f"{label:<38} {what} {pct(f.rate.rate):>4} [{pct(f.rate.low)}-{pct(f.rate.high)}]"
            f"  {counts}"
            f"  lift {lift:>6}  q={f.q_value:.3f}  {VERDICT_WORDS[f.verdict]}"
            + (f"  ({f.note})" if f.note and f.kind != "churn" else ""))


def text_report(result: LearnResult, *, limit: int = 12,
                usefulness: Mapping[str, str] | None = None) -> list[str]:
    """The learner's report; ``usefulness``: reps' judgement of alerts per signal kind,
    shown next to each trigger's win-rate evidence (issue #14)."""
    s = result.settings
    lines = [
        f"Closed deals: {result.won} won (last {s.won_months} months), {result.lost} lost "
        f"(last {s.lost_months} months), over {result.accounts} accounts",
        f"Base win rate {pct(result.base.rate)} [{pct(result.base.low)}-"
        f"{pct(result.base.high)}] (intervals count accounts, not deals; verdicts need "
        f"q <= {s.fdr} after Benjamini-Hochberg and a lift beyond {s.min_lift:g}x)",
        "",
    ]
    if result.won + result.lost == 0:
        lines += ["No closed deals to learn from: import them (signalwatch deals import "
                  "FILE) or sync the CRM.", ""]
    elif result.accounts < 2 * s.min_accounts:
        lines += [f"Too few accounts with closed deals ({result.accounts}) to test anything: "
                  f"each group and the rest need {s.min_accounts} accounts. No change "
                  "proposed.", ""]
    elif not result.proposes_change:
        lines += ["No trait or trigger differs from the base rate beyond noise: no change "
                  "proposed.", ""]
    for title, items in (("Traits (what won deals share)", result.traits),
                         ("Triggers (signals in the "
                          f"{s.window_days} days before a deal was created)", result.triggers),
                         ("Churn (customers)", result.churn)):
        lines.append(title)
        shown = [f for f in items if f.verdict != "none"]
        shown += [f for f in items if f.verdict == "none"][: max(0, limit - len(shown))]
        if not shown:
            lines.append("  (nothing with enough accounts to test)")
        lines += ["  " + finding_line(f) + (
            f"; {usefulness[f.field]}" if usefulness and f.kind == "trigger"
            and f.field in usefulness else "") for f in shown]
        hidden = len(items) - len(shown)
        if hidden > 0:
            lines.append(f"  ... {hidden} more without a verdict (--json lists all)")
        lines.append("")
    if result.loss_reasons:
        lines.append("Loss reasons: " + ", ".join(f"{r} ({n})" for r, n in
                                                  result.loss_reasons[:6]))
    c = result.customers
    if c.get("customers"):
        lines.append(f"Customers: {c['customers']} ({c['churned']} churned); top "
                     f"{int(c['top_share'] * 100)}% by ARR among retained: {c['top']}")
        for row in c.get("traits_of_top", [])[:5]:
            lines.append(f"  {row['field']}: {row['value']}: {row['top']}/{row['top_customers']}"
                         f" of top customers ({pct(row['share_top'])}, [{pct(row['low'])}-"
                         f"{pct(row['high'])}]) vs {pct(row['share_all'])} of all customers")
    if result.priorities:
        lines += ["", "ICPs (configured priority -> suggested by expected value = win rate x "
                  "average won deal x accounts that fit)"]
        for p in result.priorities:
            avg = p["average_won_amount"]
            lines.append(f"  {p['icp']:<22} priority {p['configured_priority']} -> "
                         f"{p['suggested_priority']}: win {pct(p['win_rate'])} "
                         f"[{pct(p['low'])}-{pct(p['high'])}] over {p['closed_deals']} deals, "
                         f"average won {'-' if avg is None else f'{avg:,.0f}'}, "
                         f"{p['accounts_fitting']} accounts fit")
    b = result.backtest
    if b:
        lines += ["", f"Backtest: learned on deals created before {b['split'][:10]} "
                  f"({b['train_deals']} closed), scored the {b['test_deals']} later ones",
                  f"  AUC current ICPs {b['auc_current']}, proposal {b['auc_proposed']} "
                  f"({b['caveat']})"]
        for label in ("current", "proposed"):
            tiers = b[f"tiers_{label}"]
            lines.append(f"  {label:<8} " + "  ".join(
                f"{t}: {pct(v['win_rate'])} of {v['deals']}" for t, v in tiers.items()))
    return lines


# -- diff ---------------------------------------------------------------------------------


def criterion_text(c: Criterion | Mapping[str, Any]) -> str:
    table = criterion_to_table(c, with_weight=True) if isinstance(c, Criterion) else dict(c)
    fld = table.get("field")
    if "min" in table or "max" in table:
        lo, hi = table.get("min"), table.get("max")
        body = (f"{_num(lo)}-{_num(hi)}" if lo is not None and hi is not None
                else f">= {_num(lo)}" if lo is not None else f"<= {_num(hi)}")
    else:
        op = next(k for k in ("in", "any", "all", "contains") if k in table)
        body = f"{op} {', '.join(map(str, table[op]))}"
    weight = f" (weight {table['weight']:g})" if "weight" in table else ""
    return f"{fld} {body}{weight}"


def _num(x: Any) -> str:
    if x is None:
        return ""
    x = float(x)
    for unit, size in (("B", 1e9), ("M", 1e6), ("k", 1e3)):
        if x >= size:
            return f"{x / size:.3g}{unit}"
    return f"{x:.4g}"


def _evidence_for(table: Mapping[str, Any], findings: Sequence[Mapping[str, Any]]) -> str:
    """The numbers behind a criterion: the findings for its values (or its range label)."""
    fld = table.get("field")
    values = {str(v) for k in ("in", "any", "all") for v in table.get(k, [])}
    label = str(table.get("label", ""))
    parts = []
    for f in findings:
        if f["field"] != fld or f["kind"] == "trigger":
            continue
        if values and str(f["value"]) not in values:
            continue
        if not values and label != f"{f['field']} {f['value']}":
            continue
        # churn findings count customers who churned / stayed, not deals won / lost
        yes, no, what = (("churned", "stayed", "churn") if f["kind"] == "churn"
                         else ("won", "lost", "win"))
        parts.append((f"{f['value']}: " if len(values) > 1 else "")
                     + f"{f['won']} {yes} / {f['lost']} {no} over {f['accounts']} accounts, "
                     f"{what} {pct(f['win_rate'])} [{pct(f['low'])}-{pct(f['high'])}], "
                     f"q={f['q_value']:.3f}")
    return "; ".join(parts)


def diff_lines(current: Sequence[Mapping[str, Any]], draft: Sequence[Mapping[str, Any]],
               evidence: Mapping[str, Any]) -> list[str]:
    """What adopting the draft would change, per ICP and criterion, with its evidence."""
    findings = evidence.get("findings", [])
    by_name = {t["name"]: t for t in current}
    lines: list[str] = []
    for table in draft:
        old = by_name.get(table["name"], {})
        head = f"ICP {table['name']}" + ("" if old else " (new)")
        changes: list[str] = []
        for role in ("must", "prefer", "disqualify"):
            before = {criterion_text(c) for c in old.get(role, [])}
            after = {criterion_text(c) for c in table.get(role, [])}
            for c in table.get(role, []):
                text = criterion_text(c)
                if text not in before:
                    ev = _evidence_for(c, findings)
                    changes.append(f"  + {role:<10} {text}" + (f"   [{ev}]" if ev else ""))
            for text in sorted(before - after):
                changes.append(f"  - {role:<10} {text}")
        if old.get("triggers", {}) != table.get("triggers", {}):
            for kind, spec in table.get("triggers", {}).items():
                if old.get("triggers", {}).get(kind) != spec:
                    detail = ", ".join(f"{k}={v}" for k, v in spec.items())
                    backing: Mapping[str, Any] | None = next(
                        (f for f in findings if f["kind"] == "trigger" and f["field"] == kind),
                        None)
                    extra = (f"   [{backing['won']} won / {backing['lost']} lost, win "
                             f"{pct(backing['win_rate'])} [{pct(backing['low'])}-"
                             f"{pct(backing['high'])}]]" if backing else "")
                    changes.append(f"  ~ trigger    {kind}: {detail}{extra}")
        if changes:
            lines.append(head)
            lines += changes
    return lines or ["no difference: the draft is the ICPs in force"]


# -- HTML -----------------------------------------------------------------------------------

_CSS = """
body{font:14px/1.4 -apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#1d2733;
margin:24px;max-width:1000px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:22px 0 6px}
table{border-collapse:collapse;width:100%;font-size:13px}
td,th{padding:3px 6px;border-bottom:1px solid #e3e7ec;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.v-must,.v-prefer,.v-trigger{color:#0a7a3d;font-weight:600}.v-disqualify{color:#b42318;
font-weight:600}.v-none{color:#8a96a3}.muted{color:#66727f}pre{white-space:pre-wrap;font-size:12px}
"""


def _chart(findings: Sequence[Finding], base: float, *, title: str) -> str:
    """Win rate with its interval per trait or trigger; the base rate as a line."""
    rows = list(findings)[:30]
    if not rows:
        return ""
    width, left, row_h = 900, 300, 18
    height = row_h * len(rows) + 40
    scale = (width - left - 20) / 1.0

    def x(v: float) -> float:
        return left + v * scale

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'role="img" aria-label="{html.escape(title)}">',
             f'<line x1="{x(base):.1f}" y1="10" x2="{x(base):.1f}" y2="{height - 20}" '
             'stroke="#8a96a3" stroke-dasharray="4 3"/>',
             f'<text x="{x(base) + 4:.1f}" y="{height - 6}" font-size="11" fill="#66727f">'
             f'base {pct(base)}</text>']
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        parts.append(f'<text x="{x(tick):.1f}" y="{height - 6}" font-size="10" '
                     f'fill="#8a96a3" text-anchor="middle">{pct(tick)}</text>')
    for i, f in enumerate(rows):
        y = 20 + i * row_h
        colour = {"must": "#0a7a3d", "prefer": "#0a7a3d", "trigger": "#0a7a3d",
                  "disqualify": "#b42318"}.get(f.verdict, "#8a96a3")
        label = html.escape(f"{f.field}: {f.value}"[:44])
        parts.append(f'<text x="{left - 8}" y="{y + 4}" font-size="11" text-anchor="end">'
                     f'{label} ({f.rate.accounts})</text>')
        parts.append(f'<line x1="{x(f.rate.low):.1f}" y1="{y}" x2="{x(f.rate.high):.1f}" '
                     f'y2="{y}" stroke="{colour}" stroke-width="2"/>')
        parts.append(f'<circle cx="{x(f.rate.rate):.1f}" cy="{y}" r="4" fill="{colour}"/>')
    parts.append("</svg>")
    return "".join(parts)


def _finding_rows(findings: Sequence[Finding]) -> str:
    out = []
    for f in findings:
        out.append(
            f"<tr><td>{html.escape(f.field)}</td><td>{html.escape(f.value)}</td>"
            f'<td class="n">{f.rate.won}</td><td class="n">{f.rate.lost}</td>'
            f'<td class="n">{f.rate.accounts}</td><td class="n">{pct(f.rate.rate)}</td>'
            f'<td class="n">{pct(f.rate.low)}-{pct(f.rate.high)}</td>'
            f'<td class="n">{"-" if f.lift is None else f"{f.lift:.2f}x"}</td>'
            f'<td class="n">{f.q_value:.3f}</td>'
            f'<td class="v-{f.verdict}">{VERDICT_WORDS[f.verdict]}</td></tr>')
    return "".join(out)


def html_report(result: LearnResult, usefulness: Mapping[str, str] | None = None) -> str:
    """The learner's report as a page; ``usefulness``: reps' judgement per trigger kind."""
    head = ("<tr><th>field</th><th>value</th><th>won</th><th>lost</th><th>accounts</th>"
            "<th>rate</th><th>95% interval</th><th>lift</th><th>q</th><th>verdict</th></tr>")
    text = "\n".join(text_report(result, limit=8, usefulness=usefulness))
    sections = []
    for title, items in (("Traits: win rate with its interval", result.traits),
                         ("Triggers: win rate of deals that had the signal before them",
                          result.triggers),
                         ("Churn rate of customers by trait", result.churn)):
        ranked = sorted(items, key=lambda f: (f.verdict == "none", f.q_value))
        base = result.base.rate if items is not result.churn else (
            items[0].base if items else 0.0)
        sections.append(f"<h2>{html.escape(title)}</h2>{_chart(ranked, base, title=title)}"
                        f"<table>{head}{_finding_rows(ranked)}</table>")
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>signalwatch: ICP "
            f"learning report</title><style>{_CSS}</style></head><body>"
            f"<h1>What wins: the ICP learned from {result.won + result.lost} closed deals</h1>"
            f"<pre class='muted'>{html.escape(text)}</pre>{''.join(sections)}</body></html>")


# -- the one-page sheet ------------------------------------------------------------------------

_SHEET_CSS = """
@page{size:A4;margin:12mm}
@media print{body{margin:0}}
body{font:10.5pt/1.35 -apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#111;
max-width:186mm;margin:8mm auto}
h1{font-size:15pt;margin:0}h2{font-size:12pt;margin:8px 0 2px;border-bottom:1.5px solid
#111}.sub{color:#555;font-size:9pt;margin:0 0 4px}
ul{margin:2px 0 4px 16px;padding:0}li{margin:1px 0}.ev{color:#555;font-size:8.5pt}
.cols{display:flex;gap:10px}.cols>div{flex:1}.box{break-inside:avoid}
.no{color:#b42318}.yes{color:#0a7a3d}
"""


def _li(text: str, ev: str = "") -> str:
    return (f"<li>{html.escape(text)}" + (f" <span class='ev'>{html.escape(ev)}</span>"
                                          if ev else "") + "</li>")


def sheet_html(icps: Sequence[ICP], *, version: int | None, adopted_at: str | None,
               evidence: Mapping[str, Any], max_triggers: int = 5) -> str:
    """The one-page decision tool for the ICPs in force, in priority order."""
    findings = evidence.get("findings", [])

    def ev_for(c: Criterion) -> str:
        found = _evidence_for(criterion_to_table(c, with_weight=False), findings)
        return found.split(", q=")[0] if found else ""

    blocks = []
    for icp in sorted(icps, key=lambda i: i.priority):
        must = "".join(_li(c.label or criterion_text(c).split(" (weight")[0], ev_for(c))
                       for c in icp.must) or "<li>none</li>"
        disq = "".join(_li(c.label or criterion_text(c), ev_for(c))
                       for c in icp.disqualify) or "<li>none</li>"
        prefer = "".join(_li(c.label or criterion_text(c).split(" (weight")[0], "")
                         for c in sorted(icp.prefer, key=lambda c: -c.weight)[:5])
        base_rate = evidence.get("base_win_rate")
        trig_items = []
        learned = sorted((f for f in findings if f["kind"] == "trigger"
                          and f.get("verdict") == "trigger" and f["field"] in icp.triggers),
                         key=lambda f: f["q_value"])
        for f in learned[:max_triggers]:
            # the learned triggers of this ICP's kinds, strongest first, with their numbers
            trig_items.append(_li(f"{f['field']}: {f['value']}",
                                  f"won {pct(f['win_rate'])} of deals after it (base "
                                  f"{pct(base_rate)}), {f['won']} won / {f['lost']} lost"))
        for kind, spec in list(icp.triggers.items()):
            if len(trig_items) >= max_triggers or any(f["field"] == kind for f in learned):
                continue
            detail = "; ".join(
                f"{k} {', '.join(map(str, v)) if isinstance(v, (list, tuple)) else v}"
                for k, v in spec.items() if k != "weight")
            trig_items.append(_li(kind + (f": {detail}" if detail else "")))
        triggers = "".join(trig_items) or \
            "<li>funding, leadership and hiring signals (the defaults)</li>"
        tiers = ", ".join(f"{t} >= {v:g}" for t, v in icp.tiers.items())
        blocks.append(
            f"<div class='box'><h2>{icp.priority}. {html.escape(icp.name)}</h2>"
            f"<p class='sub'>{html.escape(icp.description)}</p><div class='cols'>"
            f"<div><b class='yes'>Must have (all)</b><ul>{must}</ul>"
            f"<b>Better with</b><ul>{prefer or '<li>-</li>'}</ul></div>"
            f"<div><b class='no'>Disqualified if any</b><ul>{disq}</ul>"
            f"<b>Why now: strongest triggers</b><ul>{triggers}</ul></div></div>"
            f"<p class='sub'>Tiers by preference score: {tiers}</p></div>")
    base = evidence.get("base_win_rate")
    closed = evidence.get("closed", {})
    source = (f"version {version}, adopted {adopted_at[:10]}" if version and adopted_at
              else "the configuration")
    stats = (f" · learned from {closed.get('won', 0)} won and {closed.get('lost', 0)} lost "
             f"deals over {closed.get('accounts', 0)} accounts, base win rate {pct(base)}"
             if closed else "")
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>ICP decision sheet"
            f"</title><style>{_SHEET_CSS}</style></head><body>"
            f"<h1>Does this opportunity fit? 30-second check</h1>"
            f"<p class='sub'>1. Any disqualifier: stop. 2. Every must-have: a fit. "
            f"3. More preferences: a better tier. 4. A trigger in the last months: act now. "
            f"ICPs in priority order ({html.escape(source)}{html.escape(stats)}).</p>"
            + "".join(blocks) + "</body></html>")
