"""``explain``: why an account alerts (or not), as lines of text. Shared by the CLI and the
demo."""

from __future__ import annotations

from datetime import datetime

from ..config import Config
from ..icp import fit
from ..score import describe, doubt_words, intent
from ..stages.decide import icp_named, live_signals, score_settings
from ..store import Storage
from ..types import Signal
from ..utils import to_iso


def explain_lines(storage: Storage, config: Config, account_id: str,
                  now: datetime) -> list[str]:
    account = storage.get_account(account_id)
    if account is None:
        raise KeyError(account_id)
    out = []
    fitted = fit(account, config.icps)
    settings = score_settings(config)
    icp = icp_named(config, fitted.icp)
    out.append(f"{account.name} ({account.id}), owner {account.owner or '-'}")
    if fitted.icp:
        out.append(f"fit: ICP {fitted.icp}, score {fitted.score:.1f}, tier {fitted.tier or '-'}"
                   f" (alerts need {settings.fit_floor} or better)")
    else:
        out.append("fit: no ICP fits")
    for r in fitted.reasons:
        # Say whether each criterion holds: "+ disqualify public sector" read as if the
        # account were public sector when the disqualifier did not hold.
        if r.role == "disqualify":
            mark, holds = ("-", "holds: rules the account out") if r.held \
                else ("+", "does not hold")
        else:
            mark, holds = ("+", "holds") if r.held else ("-", "does not hold")
        out.append(f"  {mark} {r.role:<10} {r.label}: {holds} ({r.detail})")
    heat = intent(live_signals(storage, account_id, settings, now), icp, settings, now)
    out.append(f"intent: heat {heat.heat:g} ({heat.tier or 'cold'})")
    if not heat.scores:
        out.append("  no live signals")
    for sc in heat.scores:
        s = sc.signal
        out.append(f"  {'+' if sc.qualifies and sc.weight else '-'} {s.kind:<10} "
                   f"{s.occurred_at:%Y-%m-%d} {describe(s)}  weight {sc.weight:g}: {sc.reason}")
        if s.evidence:
            out.append(f"      {evidence_lines(s)[0]}")
            out.append(f"      {s.evidence[0].url or ''}")
        if doubt := s.attributes.get("doubt"):
            out.append(f"      unsure, never alerted on its own: {doubt_words(doubt)}")
    for rule in storage.get_exclusions(account_id):
        out.append(f"rule #{rule['id']}: {rule['phrase']!r} never matches this account "
                   f"(reps said \"wrong company\": {rule['created_by']}, "
                   f"{rule['created_at'][:10]})")
    last = storage.get_last_decision(account_id)
    if last:
        out.append(f"last decision: {last['action']} at {last['created_at']}: {last['reason']}")
        if last["why_now"]:
            out.append(f"  why now: {last['why_now']}")
    else:
        out.append("last decision: none yet")
    state = storage.get_account_state(account_id)
    if state["snoozed_until"] and state["snoozed_until"] > now:
        out.append(f"snoozed until {to_iso(state['snoozed_until'])}")
    if state["muted"]:
        out.append("muted")
    return out


def evidence_lines(s: Signal) -> list[str]:
    """Which words in which field produced a signal, and what matched its account."""
    out = []
    for ev in s.evidence:
        field = "title" if ev.sentence == ev.title else "text"
        matched = f"; matched by {s.matched!r}" if s.matched else ""
        out.append(f"from the {field} of {ev.source or 'a source'}: \"{ev.sentence[:160]}\""
                   f"{matched}")
    return out
