"""Slack: Block Kit messages (pure) and the sender (slack-sdk).

Every piece of text that comes from outside (account names, headlines, people, reasons) is
escaped for Slack mrkdwn (``&``, ``<``, ``>``), so a headline cannot ping ``<!channel>`` or
forge a link; the only links are ours, built from http(s) URLs with escaped labels. Limits:
at most 50 blocks, 3,000 characters per section, 150 per header, 40,000 for the fallback
text.

Rate limits are not waited out in-process (slack-sdk's RateLimitErrorRetryHandler sleeps
the worker for Retry-After seconds): a 429 or ``ratelimited`` puts the notification back in
the outbox with its next attempt at Retry-After, which the dispatcher honours.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from ..exceptions import NotifyError
from ..score import describe
from ..types import Account, FitResult, Signal

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150
#: The metadata event type our messages carry: how a restarted dispatcher recognises a
#: message it sent before a crash (see stages/dispatch.py).
EVENT_TYPE = "signalwatch_alert"
#: Errors that say the installation is wrong (token, scopes, channel), not the message:
#: the alert is parked until an operator fixes it and requeues (issue #10).
CONFIG_ERRORS = frozenset({
    "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired",
    "no_permission", "missing_scope", "not_in_channel", "channel_not_found", "is_archived",
    "team_access_not_granted", "ekm_access_denied", "org_login_required", "not_allowed_token_type",
    "restricted_action",
})
#: Errors that say this one message can never be sent as it is.
MESSAGE_ERRORS = frozenset({
    "invalid_blocks", "invalid_blocks_format", "msg_too_long", "invalid_metadata_format",
    "invalid_metadata_schema", "metadata_too_large", "too_many_attachments", "no_text",
    "user_not_found", "users_not_found",
})


def escape(text: str) -> str:
    """Slack mrkdwn escaping: the three characters Slack asks to escape."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain(text: str) -> str:
    """Text for ``plain_text`` fields: no ``<...>`` control sequences can survive (angle
    brackets become look-alikes, since entities are not decoded everywhere)."""
    return str(text).replace("<", "‹").replace(">", "›")


def link(url: str | None, label: str) -> str:
    """``<url|label>`` for http(s) URLs only; the label escaped and without ``|``."""
    label = escape(label).replace("|", "¦")
    if not url:
        return label
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return label
    safe = url.replace(">", "%3E").replace("<", "%3C").replace("|", "%7C").replace(" ", "%20")
    return f"<{safe}|{label}>"


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def build_message(account: Account, fit: FitResult, signals: Sequence[Signal],
                  why_now: str, *, alert_id: int | None = None) -> dict[str, Any]:
    """The payload of one alert: ``text`` (notification fallback) and ``blocks``."""
    reasons = [r.label for r in fit.reasons if r.held and r.role == "prefer"][:3]
    fit_line = f"*Fit:* tier {escape(fit.tier or '-')} for {escape(fit.icp or 'no ICP')}"
    if reasons:
        fit_line += " — " + escape("; ".join(reasons))
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "emoji": False,
                                    "text": _cut(plain(f"{account.name}: why now"), MAX_HEADER)}},
        {"type": "section", "text": {"type": "mrkdwn",
                                     "text": _cut(f"*Why now:* {escape(why_now)}", MAX_SECTION)}},
        {"type": "section", "text": {"type": "mrkdwn", "text": _cut(fit_line, MAX_SECTION)}},
        {"type": "divider"},
    ]
    room = MAX_BLOCKS - len(blocks) - 1
    for s in sorted(signals, key=lambda s: s.occurred_at, reverse=True)[:room]:
        ev = s.evidence[0] if s.evidence else None
        lines = [f"*{escape(s.kind.title())}* · {s.occurred_at:%Y-%m-%d} · "
                 f"{escape(describe(s))}"]
        if ev is not None:
            lines.append(f"> {escape(_cut(ev.sentence, 400))}")
            lines.append(link(ev.url, ev.title or ev.url or "source"))
        if len(s.evidence) > 1:
            others = ", ".join(link(e.url, e.source or "source") for e in s.evidence[1:4])
            lines.append(f"also: {others}")
        blocks.append({"type": "section", "text": {
            "type": "mrkdwn", "text": _cut("\n".join(lines), MAX_SECTION)}})
    footer = f"{escape(account.domain or '')} · owner {escape(account.owner or 'unassigned')}"
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": footer}]})
    # The notification text is mrkdwn too: escaped like the blocks, and the name once
    # (why_now usually starts with it already).
    text = why_now if why_now.startswith(account.name) else f"{account.name}: {why_now}"
    payload: dict[str, Any] = {"text": _cut(escape(text), 40_000), "blocks": blocks}
    if alert_id is not None:
        payload["metadata"] = {"event_type": EVENT_TYPE,
                               "event_payload": {"alert_id": str(alert_id)}}
    return payload


@dataclass
class SendResult:
    remote_id: str | None
    target: str | None


class SlackSender:
    """Posts alerts with a bot token (DMs to owners, else a channel) or a webhook."""

    def __init__(self, *, token: str | None, webhook_url: str | None = None,
                 base_url: str | None = None, timeout: int = 30) -> None:
        self.client = WebClient(token=token, base_url=base_url or WebClient.BASE_URL,
                                timeout=timeout) if token else None
        self.webhook = WebhookClient(webhook_url, timeout=timeout) if webhook_url else None

    @property
    def mode(self) -> str | None:
        return "slack" if self.client else "webhook" if self.webhook else None

    def _call(self, method: str, **kwargs: Any) -> Any:
        assert self.client is not None
        try:
            return getattr(self.client, method)(**kwargs)
        except SlackApiError as e:
            resp = e.response
            error = resp.get("error") if resp is not None else None
            retry_after = None
            if resp is not None and (resp.status_code == 429 or error == "ratelimited"):
                header = (resp.headers or {}).get("Retry-After") or (
                    resp.headers or {}).get("retry-after")
                value = header[0] if isinstance(header, list) else header
                retry_after = float(value) if value and str(value).isdigit() else 30.0
            config_error = error in CONFIG_ERRORS
            permanent = error in MESSAGE_ERRORS
            status = resp.status_code if resp is not None else None
            where = f"HTTP {status}" if status and status != 200 else ""
            what = error if isinstance(error, str) and len(error) < 60 else ""
            detail = " ".join(p for p in (where, what) if p) or "failed"
            raise NotifyError(f"Slack {method}: {detail}", retry_after=retry_after,
                              permanent=permanent, config=config_error,
                              code=error if isinstance(error, str) else None) from None
        except Exception as e:  # network errors, timeouts
            raise NotifyError(f"Slack {method}: {type(e).__name__}: {e}") from None

    def lookup_user(self, email: str) -> str | None:
        """The Slack user id for an email, or None when Slack knows no such user."""
        try:
            resp = self._call("users_lookupByEmail", email=email)
        except NotifyError as e:
            if "users_not_found" in str(e) or "user_not_found" in str(e):
                return None
            raise
        user = resp.get("user") or {}
        return user.get("id")

    def open_dm(self, user_id: str) -> str:
        resp = self._call("conversations_open", users=user_id)
        return str((resp.get("channel") or {}).get("id") or user_id)

    def find_sent(self, channel: str, alert_id: int, oldest: float) -> str | None:
        """The ts of a message we already posted for ``alert_id`` in ``channel``, if any."""
        resp = self._call("conversations_history", channel=channel, oldest=str(oldest),
                          include_all_metadata=True, limit=100)
        for message in resp.get("messages") or []:
            meta = message.get("metadata") or {}
            payload = meta.get("event_payload") or {}
            if meta.get("event_type") == EVENT_TYPE and payload.get("alert_id") == str(alert_id):
                return str(message.get("ts"))
        return None

    def post(self, channel: str, payload: dict[str, Any]) -> str | None:
        resp = self._call("chat_postMessage", channel=channel, text=payload["text"],
                          blocks=payload["blocks"], metadata=payload.get("metadata"),
                          unfurl_links=False, unfurl_media=False)
        return str(resp.get("ts")) if resp.get("ts") else None

    def update(self, channel: str, ts: str, *, text: str, blocks: list[Any]) -> None:
        """Replace a message we posted (who did what on an alert)."""
        self._call("chat_update", channel=channel, ts=ts, text=text, blocks=blocks)

    def post_webhook(self, payload: dict[str, Any]) -> None:
        assert self.webhook is not None
        try:
            resp = self.webhook.send(text=payload["text"], blocks=payload["blocks"],
                                     unfurl_links=False, unfurl_media=False)
        except Exception as e:
            raise NotifyError(f"Slack webhook: {type(e).__name__}") from None
        if resp.status_code == 429:
            value = (resp.headers or {}).get("Retry-After") or (resp.headers or {}).get(
                "retry-after")
            value = value[0] if isinstance(value, list) else value
            raise NotifyError("Slack webhook: rate limited",
                              retry_after=float(value) if value and str(value).isdigit() else 30)
        if resp.status_code >= 400:
            # The URL is a secret: never in an error message.
            raise NotifyError(f"Slack webhook: HTTP {resp.status_code} {resp.body[:80]}",
                              permanent=400 <= resp.status_code < 500)
