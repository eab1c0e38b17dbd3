"""Intent and the alert decision (pure: data and ``now`` in, data out).

Intent: each signal kind has a lifetime (funding 90 days, leadership 60, hiring 30) and a
weight; a signal's weight decays linearly to zero over its lifetime (a round announced today
is worth its full weight, one announced 45 days ago half of it: linear is easy to explain to
a rep and has no long tail). An ICP's ``triggers`` say which kinds count for it, with
filters (rounds, minimum amount; functions, seniority; departments) and weights. Live
qualifying signals stack into *heat* (signals of one kind up to 1.5 times that kind's
weight); heat >= HOT is ``hot``, >= WARM ``warm``.

Decision, per account, when new signals arrive:

- ``drop`` when the account fits no ICP at or above the fit floor, is snoozed or muted, or
  has no new qualifying signal (history, too old, filtered out by the ICP);
- ``hold`` (digest only) during the cooldown after an alert, unless a new signal is of a
  kind the last alert did not have;
- ``alert`` otherwise: the owner gets a Slack message now.

Every decision keeps its reason, including "held" and "dropped".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from .extract.hiring import usual_postings
from .icp import tier_at_least
from .types import ICP, FitResult, Signal, withheld

DEFAULT_LIFETIME_DAYS: dict[str, float] = {"funding": 90, "leadership": 60, "hiring": 30,
                                           "strategic": 60, "financial": 90,
                                           "technographic": 60}
#: A financial event (missed targets, a guidance cut, layoffs) counts for nothing unless an
#: ICP makes it a trigger: for most sellers it is a reason to wait, not to call.
DEFAULT_WEIGHTS: dict[str, float] = {"funding": 1.0, "leadership": 0.8, "hiring": 0.6,
                                     "strategic": 0.5, "financial": 0.0,
                                     "technographic": 0.4}
#: Event types that rule an account out when its ICP says nothing about them.
DEFAULT_DISQUALIFY: dict[str, tuple[str, ...]] = {"strategic": ("acquired",)}
#: Heat thresholds: one fresh funding round is hot; a fresh executive hire alone is warm.
HOT = 1.0
WARM = 0.4


@dataclass(frozen=True)
class ScoreSettings:
    fit_floor: str = "B"
    cooldown: timedelta = timedelta(days=7)
    #: Signals that happened longer ago than this never alert (they still count for heat).
    backfill: timedelta = timedelta(hours=72)
    lifetimes: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_LIFETIME_DAYS))
    weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    #: A signal under this confidence (a rumour) never alerts on its own.
    alert_confidence: float = 0.8


@dataclass(frozen=True)
class SignalScore:
    signal: Signal
    #: Weight now, after decay (0 when dead or filtered out).
    weight: float
    qualifies: bool
    #: Why it counts or not, for humans.
    reason: str


@dataclass(frozen=True)
class Intent:
    heat: float
    tier: str | None
    scores: tuple[SignalScore, ...]

    @property
    def live(self) -> tuple[SignalScore, ...]:
        return tuple(s for s in self.scores if s.qualifies and s.weight > 0)


@dataclass(frozen=True)
class AccountState:
    """What the store knows of an account's notification history."""

    last_alert_at: datetime | None = None
    last_alert_kinds: frozenset[str] = frozenset()
    snoozed_until: datetime | None = None
    muted: bool = False


@dataclass(frozen=True)
class DecisionResult:
    action: str
    reason: str
    #: The signals the decision is about (the new, qualifying ones).
    signal_ids: tuple[int, ...]
    intent: Intent
    why_now: str = ""


_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "JPY": "¥"}


def money(amount: float, currency: str | None) -> str:
    """$25M, €10.5M, £800k, CAD 3M."""
    symbol = _SYMBOLS.get(currency or "USD")
    for scale, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if amount >= scale:
            number = f"{amount / scale:,.1f}".removesuffix(".0") + suffix
            break
    else:
        number = f"{amount:,.0f}"
    return f"{symbol}{number}" if symbol else f"{currency} {number}"


def describe(signal: Signal) -> str:
    """One line a rep reads: "Series A round of $25M led by Example Ventures"; a rumour
    says so first ("Rumoured: ..."), and so does a doubtful reading ("Unsure: ...")."""
    text = _describe(signal)
    if signal.attributes.get("rumour"):
        return f"Rumoured: {text}"
    return f"Unsure: {text}" if signal.attributes.get("doubt") else text


def doubt_words(doubt: Mapping[str, Any]) -> str:
    """Why a reading is doubtful, in words a rep reads (``extract/doubt.py``)."""
    words = ", ".join(f'"{w}"' for w in doubt.get("words", []))
    return (f"its headline's words are those of headlines that were no "
            f"{doubt.get('of', 'round')}" + (f" ({words})" if words else ""))


def _describe(signal: Signal) -> str:
    a = signal.attributes
    if signal.kind == "funding":
        amount = ""
        if a.get("amount"):
            amount = money(a["amount"], a.get("currency"))
            if a.get("currency") not in (None, "USD") and a.get("amount_usd"):
                amount += f" (about {money(a['amount_usd'], 'USD')})"
        elif a.get("amount_usd"):
            amount = money(a["amount_usd"], "USD")
        round_ = a.get("round") or "unknown"
        what = "Funding round" if round_ == "unknown" else f"{round_.title()} round"
        if a.get("filing"):
            what = f"Form {a['filing']} filing"
        text = f"{what} of {amount}" if amount else what
        if a.get("investors"):
            text += " led by " + ", ".join(a["investors"][:2])
        return text
    if signal.kind == "leadership":
        if not a.get("person") and a.get("change") == "departed":
            return f"The {a.get('title')} left"  # "Rad Power Bikes CEO steps down"
        who = a.get("person") or "A new executive"
        verb = {"joined": "joined as", "promoted": "promoted to",
                "departed": "left as"}.get(a.get("change") or "", "now")
        return f"{who} {verb} {a.get('title')}"
    if signal.kind in ("strategic", "financial"):
        words = {"expansion": "Expansion", "product_launch": "Product launch",
                 "acquisition": "Acquisition", "acquired": "Being acquired",
                 "partnership": "Partnership", "ipo_filing": "IPO filing",
                 "missed_targets": "Missed targets", "guidance_cut": "Guidance cut",
                 "layoffs": "Layoffs"}
        what = words.get(str(a.get("type")), str(a.get("type") or signal.kind))
        return f"{what}: {a.get('detail')}" if a.get("detail") else what
    if signal.kind == "technographic":
        verb = {"adopted": "Adopted", "dropped": "Dropped", "uses": "Uses"}.get(
            str(a.get("change")), "Uses")
        return f"{verb} {a.get('tool')} ({a.get('category')})"
    department = str(a.get("department") or "").capitalize()
    if a.get("type") == "senior":
        return f"New senior opening: {a.get('title')} ({department})"
    if a.get("type") == "first_role":
        return f"First {department.lower()} role: {a.get('title')}"
    if a.get("type") == "growth":
        months = round((a.get("window_days") or 182) / 30.4)
        return (f"{department} team growing: {a.get('recent')} roles posted in {months} months "
                f"({a.get('baseline'):g} in the {months} before), {a.get('filled')} filled")
    days = a.get("window_days")
    window = f"the last {days // 7} weeks" if isinstance(days, int) and days % 7 == 0 \
        else f"the last {days} days" if days else "recent weeks"
    return (f"{department} hiring surge: {a.get('recent')} new postings in {window} "
            f"({usual_postings(a.get('baseline'))} in the same time before), "
            f"{a.get('openings')} open")


def _passes(signal: Signal, spec: Mapping[str, Any]) -> tuple[bool, str]:
    a = signal.attributes
    if signal.kind == "funding":
        rounds = spec.get("rounds")
        if rounds and (a.get("round") or "unknown") not in rounds:
            return False, f"round {a.get('round')} is not one of {', '.join(rounds)}"
        low = spec.get("min_amount_usd")
        if low and (a.get("amount_usd") or 0) < low:
            return False, f"amount under ${low / 1e6:g}M"
    elif signal.kind == "leadership":
        for key, attr in (("functions", "function"), ("seniority", "seniority"),
                          ("changes", "change")):
            wanted = spec.get(key)
            if wanted and (a.get(attr) or "") not in wanted:
                return False, f"{attr} {a.get(attr)} is not one of {', '.join(wanted)}"
    elif signal.kind in ("strategic", "financial"):
        wanted = spec.get("types")
        kind = a.get("type") or ""
        if wanted and kind not in wanted:
            return False, f"{kind.replace('_', ' ')} is not one of {', '.join(wanted)}"
        if not wanted and kind in disqualifying(signal.kind, spec):
            return False, f"{kind.replace('_', ' ')} disqualifies, it does not trigger"
    elif signal.kind == "technographic":
        for key, attr in (("tools", "tool"), ("categories", "category"), ("changes", "change")):
            wanted = spec.get(key)
            if wanted and str(a.get(attr) or "").lower() not in wanted:
                return False, f"{attr} {a.get(attr)} is not one of {', '.join(wanted)}"
    elif signal.kind == "hiring":
        wanted = spec.get("departments")
        if wanted and (a.get("department") or "") not in wanted:
            return False, f"department {a.get('department')} is not one of {', '.join(wanted)}"
        low = spec.get("min_openings")
        if low and (a.get("openings") or 0) < low:
            return False, f"fewer than {low:g} openings"
    return True, "matches the ICP's triggers" if spec else "counts by default"


def disqualifying(kind: str, spec: Mapping[str, Any]) -> tuple[str, ...]:
    """The event types of ``kind`` that rule an account out for an ICP."""
    if "disqualify" in spec:
        return tuple(spec["disqualify"])
    return DEFAULT_DISQUALIFY.get(kind, ())


def disqualifying_event(signals: Sequence[Signal], icp: ICP | None) -> Signal | None:
    """A live event the ICP says rules the account out (being acquired, layoffs ...); a
    rumour or a doubtful reading (extract/doubt.py) rules nothing out."""
    triggers = icp.triggers if icp is not None else {}
    for s in signals:
        if s.kind in ("strategic", "financial") and not withheld(s.attributes) and (
                s.attributes.get("type") in disqualifying(s.kind, triggers.get(s.kind, {}))):
            return s
    return None


def score_signal(signal: Signal, icp: ICP | None, settings: ScoreSettings,
                 now: datetime) -> SignalScore:
    triggers = icp.triggers if icp is not None else {}
    if triggers and signal.kind not in triggers:
        return SignalScore(signal, 0.0, False, f"{signal.kind} does not count for this ICP")
    spec = triggers.get(signal.kind, {})
    ok, why = _passes(signal, spec)
    lifetime = timedelta(days=settings.lifetimes.get(signal.kind, 30))
    age = now - signal.occurred_at
    if age > lifetime:
        return SignalScore(signal, 0.0, ok, f"expired ({age.days} days old)")
    weight = float(spec.get("weight", settings.weights.get(signal.kind, 0.5)))
    if signal.attributes.get("rumour"):
        weight *= 0.5
        why += "; a rumour counts half and never alerts on its own"
    elif signal.attributes.get("doubt"):
        weight *= 0.5  # (as a rumour: what it tells may not have happened)
        why += "; an unsure reading counts half and never alerts on its own"
    decayed = weight * max(0.0, 1.0 - max(age, timedelta(0)) / lifetime)
    return SignalScore(signal, round(decayed, 4) if ok else 0.0, ok, why)


#: Signals of one kind stack up to this multiple of the kind's weight: ten job postings are
#: one hiring story, not ten reasons to call.
KIND_CAP = 1.5


def intent(signals: Sequence[Signal], icp: ICP | None, settings: ScoreSettings,
           now: datetime) -> Intent:
    scores = tuple(score_signal(s, icp, settings, now) for s in signals)
    per_kind: dict[str, float] = {}
    for sc in scores:
        if sc.qualifies:
            per_kind[sc.signal.kind] = per_kind.get(sc.signal.kind, 0.0) + sc.weight
    heat = 0.0
    for kind, total in per_kind.items():
        spec = icp.triggers.get(kind, {}) if icp is not None else {}
        weight = float(spec.get("weight", settings.weights.get(kind, 0.5)))
        heat += min(total, KIND_CAP * weight)
    heat = round(heat, 4)
    tier = "hot" if heat >= HOT else "warm" if heat >= WARM else None
    return Intent(heat, tier, scores)


def why_now(account_name: str, new: Sequence[Signal], *, with_name: bool = True) -> str:
    """One sentence: "Acme: Series A round of $25M; Jane Doe joined as CRO."."""
    parts = [describe(s) for s in sorted(new, key=lambda s: s.occurred_at, reverse=True)[:2]]
    if not parts:
        return ""
    text = "; ".join(parts) + "."
    return f"{account_name}: {text}" if with_name else text


def _demotion(signal: Signal, demoted: Mapping[tuple[str, str], str]) -> str | None:
    if ("kind", signal.kind) in demoted:
        return demoted[("kind", signal.kind)]
    for ev in signal.evidence:
        if ev.source and ("source", ev.source) in demoted:
            return demoted[("source", ev.source)]
    return None


def decide(
    *,
    account_name: str,
    fit: FitResult,
    icp: ICP | None,
    new_signals: Sequence[Signal],
    live_signals: Sequence[Signal],
    state: AccountState,
    settings: ScoreSettings,
    now: datetime,
    demoted: Mapping[tuple[str, str], str] | None = None,
) -> DecisionResult:
    """Alert, hold or drop, with the reason (see the module docstring). ``demoted``: kinds
    and sources reps judged not useful, ("kind", k) / ("source", s) -> why (digest only)."""
    every = {s.id: s for s in (*live_signals, *new_signals)}
    current = intent(list(every.values()), icp, settings, now)
    ids = tuple(s.id for s in new_signals)
    if fit.tier is None or not tier_at_least(fit.tier, settings.fit_floor):
        have = f"tier {fit.tier}" if fit.tier else "no ICP fit"
        return DecisionResult("drop", f"{have}; alerts need tier {settings.fit_floor} or "
                              "better", ids, current)
    if state.muted:
        return DecisionResult("drop", "the account is muted", ids, current)
    ruled_out = disqualifying_event([s for s in every.values() if not s.history], icp)
    if ruled_out is not None:
        return DecisionResult("drop", f"disqualified by a recent event: {describe(ruled_out)} "
                              f"({ruled_out.occurred_at:%Y-%m-%d})", ids, current)
    if state.snoozed_until is not None and state.snoozed_until > now:
        return DecisionResult("drop", f"snoozed until {state.snoozed_until:%Y-%m-%d}", ids,
                              current)
    by_id = {s.signal.id: s for s in current.scores}
    qualifying = []
    reasons = []
    for s in new_signals:
        sc = by_id[s.id]
        if s.history:
            reasons.append(f"{s.kind} #{s.id} is history (seen on the source's first poll)")
        elif now - s.occurred_at > settings.backfill:
            reasons.append(f"{s.kind} #{s.id} happened before the backfill window")
        elif demoted and (why := _demotion(s, demoted)):
            reasons.append(f"{s.kind} #{s.id}: {why}")
        elif doubt := s.attributes.get("doubt"):
            reasons.append(f"{s.kind} #{s.id}: {doubt_words(doubt)}: digest only")
        elif s.attributes.get("rumour") or s.confidence < settings.alert_confidence:
            reasons.append(f"{s.kind} #{s.id} is reported, not announced (a rumour, "
                           "confidence {:.2f}): digest only".format(s.confidence))
        elif not sc.qualifies or sc.weight <= 0:
            reasons.append(f"{s.kind} #{s.id}: {sc.reason}")
        else:
            qualifying.append(s)
    if not qualifying:
        return DecisionResult("drop", "no new qualifying signal: " + "; ".join(reasons), ids,
                              current)
    sentence = why_now(account_name, qualifying)
    qids = tuple(s.id for s in qualifying)
    if state.last_alert_at is not None and now - state.last_alert_at < settings.cooldown:
        fresh_kinds = {s.kind for s in qualifying} - set(state.last_alert_kinds)
        if not fresh_kinds:
            until = state.last_alert_at + settings.cooldown
            return DecisionResult("hold", f"cooldown until {until:%Y-%m-%d %H:%M} UTC "
                                  "(digest only)", qids, current, sentence)
        reason = f"new kind of signal ({', '.join(sorted(fresh_kinds))}) during the cooldown"
    else:
        reason = f"fit tier {fit.tier} and {current.tier or 'some'} intent (heat {current.heat:g})"
    return DecisionResult("alert", reason, qids, current, sentence)
