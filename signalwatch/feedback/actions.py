"""Feedback actions (pure): the buttons, what a click or a link says, usefulness.

Actions: ``useful``; ``not_relevant`` with a reason (wrong company, not a real event, old
news, not our ICP, bad timing); ``wrong_company``; ``snooze`` (30 or 90 days); ``claim``
("I'm on it"). A target is ``alert:<id>`` (a Slack alert) or ``signal:<id>`` (a digest
item that never alerted).

Digest links are signed with HMAC-SHA256 over every parameter and carry an expiry and a
nonce: a forged or altered link fails the signature, an old one the expiry, and a second
use of one finds its nonce already spent (the store keeps it).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

ACTIONS = ("useful", "not_relevant", "wrong_company", "snooze", "claim")
#: The words on the buttons (issue #14's contract).
LABELS = {"useful": "Useful", "not_relevant": "Not relevant", "wrong_company": "Wrong company",
          "snooze": "Snooze", "claim": "I'm on it"}
REASONS = {"wrong_company": "Wrong company", "not_real_event": "Not a real event",
           "old_news": "Old news", "not_our_icp": "Not our ICP", "bad_timing": "Bad timing"}
SNOOZE_DAYS = (30, 90)
#: Slack action ids -> our actions.
ACTION_IDS = {f"sw_{a}": a for a in ACTIONS}


@dataclass(frozen=True)
class Action:
    target: str
    action: str
    #: The reason of "not relevant", the days of "snooze".
    value: str | None
    #: Who: a Slack user id, or the rep's email for a link.
    user: str

    @property
    def effective(self) -> str:
        """``not_relevant`` because of the wrong company is a ``wrong_company``."""
        if self.action == "not_relevant" and self.value == "wrong_company":
            return "wrong_company"
        return self.action


class BadAction(ValueError):
    """A payload or a link that does not say a valid action."""


def check(action: str, value: str | None, target: str) -> None:
    kind, _, ident = target.partition(":")
    if kind not in ("alert", "signal") or not ident.isdigit():
        raise BadAction(f"unknown target {target!r}")
    if action not in ACTIONS:
        raise BadAction(f"unknown action {action!r}")
    if action == "not_relevant" and value not in REASONS:
        raise BadAction(f"unknown reason {value!r}")
    if action == "snooze" and value not in {str(d) for d in SNOOZE_DAYS}:
        raise BadAction(f"snooze for {value!r} days is not offered")


def action_block(target: str) -> dict[str, Any]:
    """The actions a message carries (Block Kit)."""

    def button(action: str, style: str | None = None) -> dict[str, Any]:
        b: dict[str, Any] = {"type": "button", "action_id": f"sw_{action}", "value": target,
                             "text": {"type": "plain_text", "text": LABELS[action]}}
        if style:
            b["style"] = style
        return b

    def menu(action: str, options: Iterable[tuple[str, str]]) -> dict[str, Any]:
        return {"type": "static_select", "action_id": f"sw_{action}",
                "placeholder": {"type": "plain_text", "text": LABELS[action]},
                "options": [{"text": {"type": "plain_text", "text": label},
                             "value": f"{target}|{value}"} for value, label in options]}

    return {"type": "actions", "block_id": "sw_actions", "elements": [
        button("useful", "primary"),
        button("claim"),
        button("wrong_company", "danger"),
        menu("not_relevant", REASONS.items()),
        menu("snooze", ((str(d), f"{d} days") for d in SNOOZE_DAYS)),
    ]}


def parse_block_actions(payload: Mapping[str, Any]) -> list[Action]:
    """Our actions in a Slack ``block_actions`` payload (others are ignored)."""
    if payload.get("type") != "block_actions":
        return []
    user = str((payload.get("user") or {}).get("id") or "")
    if not user:
        raise BadAction("no user in the payload")
    out = []
    for a in payload.get("actions") or []:
        action = ACTION_IDS.get(str(a.get("action_id")))
        if action is None:
            continue
        if a.get("type") == "static_select":
            raw = str((a.get("selected_option") or {}).get("value") or "")
            target, _, value = raw.partition("|")
        else:
            target, value = str(a.get("value") or ""), ""
        check(action, value or None, target)
        out.append(Action(target, action, value or None, user))
    return out


# -- signed links ----------------------------------------------------------------------

def _signature(secret: str, fields: Mapping[str, str]) -> str:
    message = "\n".join(f"{k}={fields[k]}" for k in sorted(fields))
    digest = hmac.new(secret.encode(), message.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def sign_link(base_url: str, secret: str, *, target: str, action: str, value: str | None,
              rep: str, now: datetime, days: int, nonce: str | None = None) -> str:
    """A one-click link that takes ``action`` on ``target`` for ``rep``."""
    check(action, value, target)
    fields = {"t": target, "a": action, "v": value or "", "r": rep,
              "e": str(int((now + timedelta(days=days)).timestamp())),
              "n": nonce or secrets.token_urlsafe(12)}
    fields["s"] = _signature(secret, fields)
    return f"{base_url.rstrip('/')}/feedback?{urlencode(fields)}"


def verify_link(secret: str, params: Mapping[str, str], now: datetime) -> tuple[Action, str]:
    """The action a link says and its nonce; raises BadAction saying what is wrong."""
    fields = {k: params.get(k, "") for k in ("t", "a", "v", "r", "e", "n")}
    given = params.get("s", "")
    if not all(fields[k] for k in ("t", "a", "r", "e", "n")) or not given:
        raise BadAction("this link is incomplete")
    if not hmac.compare_digest(given, _signature(secret, fields)):
        raise BadAction("this link is not valid (its signature does not match)")
    if not fields["e"].isdigit() or datetime.fromtimestamp(int(fields["e"]), UTC) < now:
        raise BadAction("this link has expired")
    check(fields["a"], fields["v"] or None, fields["t"])
    return Action(fields["t"], fields["a"], fields["v"] or None, fields["r"]), fields["n"]


# -- usefulness ------------------------------------------------------------------------

JUDGED = ("useful", "not_relevant", "wrong_company")


def wilson(successes: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion (0, 1 when n is 0)."""
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def usefulness_by_kind(rows: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Per signal kind, reps' judgement in words: "reps: useful 3 of 10 (30%, 95% 11-60%)"."""
    counts: dict[str, list[int]] = {}
    for r in rows:
        if r["action"] in JUDGED and r.get("kind"):
            c = counts.setdefault(r["kind"], [0, 0])
            c[0] += r["action"] == "useful"
            c[1] += 1
    out = {}
    for kind, (useful, judged) in counts.items():
        low, high = wilson(useful, judged)
        out[kind] = (f"reps: useful {useful} of {judged} ({useful / judged:.0%}, 95% "
                     f"{low:.0%}-{high:.0%})")
    return out


def demotions(rows: Iterable[Mapping[str, Any]], *, min_usefulness: float, min_judged: int,
              overrides: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Kinds and sources reps judge clearly not useful: (scope, value) -> the reason in
    words. Clearly: at least ``min_judged`` judgements and the upper end of the 95%
    interval of usefulness under ``min_usefulness`` (noise demotes nothing). Feedback that
    recovers lifts a demotion by itself; an admin's override (``feedback restore``) lifts it
    whatever the feedback."""
    counts: dict[tuple[str, str], list[int]] = {}
    for r in rows:
        if r["action"] not in JUDGED:
            continue
        for scope in ("kind", "source"):
            value = r.get(scope)
            if value:
                c = counts.setdefault((scope, value), [0, 0])
                c[0] += r["action"] == "useful"
                c[1] += 1
    out = {}
    for (scope, value), (useful, judged) in sorted(counts.items()):
        if judged < min_judged or (scope, value) in overrides:
            continue
        low, high = wilson(useful, judged)
        if high < min_usefulness:
            out[(scope, value)] = (
                f"reps judged {value} {'alerts' if scope == 'kind' else 'signals'} useful "
                f"{useful} of {judged} times (95% interval {low:.0%}-{high:.0%}, under "
                f"{min_usefulness:.0%}): digest only")
    return out
