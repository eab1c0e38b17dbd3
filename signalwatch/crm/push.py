"""Push: each sent alert becomes a note on the HubSpot company or a task for the owner on
the Salesforce account, with the why-now text and the evidence links; optionally the
``crm.fields`` of the account ("Last trigger", "Signal heat") are updated.

Exactly once: the push is recorded ``pending`` before the CRM call and ``done`` with the
CRM's id after it; a pending push is first looked up in the CRM by its marker (a token in
the note or the task) and only written when it is not there, so a crash between the call
and the record never makes a duplicate.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..config import Config
from ..store import Storage
from .base import CrmError

log = logging.getLogger(__name__)


def marker(alert_id: int) -> str:
    """The token a pushed note or task carries (one word, for the CRMs' token search)."""
    return f"swalert{alert_id}"


@dataclass
class PushResult:
    pushed: int = 0
    found: int = 0
    failed: int = 0
    payloads: list[dict[str, Any]] = field(default_factory=list)


def alert_text(storage: Storage, alert: dict[str, Any]) -> tuple[str, str]:
    """(subject, body) of an alert for the CRM: the why-now line, each signal with its
    evidence link, and the marker."""
    reasons = json.loads(alert["reasons"] or "[]")
    why = reasons[1] if len(reasons) > 1 and reasons[1] else (reasons[0] if reasons else "")
    ids = json.loads(alert["signal_ids"] or "[]")
    signals = [s for s in storage.get_signals(account_id=alert["account_id"], withdrawn=True)
               if s.id in ids]
    from ..score import describe

    lines = [why, ""]
    for s in signals:
        lines.append(f"- {s.kind}: {describe(s)} ({s.occurred_at:%Y-%m-%d})")
        for ev in s.evidence[:3]:
            if ev.url:
                lines.append(f"  {ev.title or ev.url}: {ev.url}")
    lines += ["", f"signalwatch alert {alert['id']} ({marker(alert['id'])})"]
    subject = f"signalwatch: {why}"[:250] if why else f"signalwatch alert {alert['id']}"
    return subject, "\n".join(lines)


def push_alerts(storage: Storage, config: Config, *, now: datetime, client: Any = None,
                dry_run: bool = False, out: Callable[[str], None] | None = None) -> PushResult:
    """Write sent alerts to the CRM (see the module docstring). ``dry_run`` prints the
    payloads and calls nothing."""
    result = PushResult()
    if not config.crm.provider or not (config.crm.push or dry_run):
        return result
    alerts = storage.alerts_to_push()
    if not alerts:
        return result
    from .sync import crm_client

    own = client is None
    client = client or crm_client(config)
    try:
        owner_ids = {} if dry_run else {email: oid for oid, email in client.owners().items()}
        for alert in alerts:
            account = storage.get_account(alert["account_id"])
            if account is None:
                continue
            subject, body = alert_text(storage, alert)
            payload = client.push_payload(
                account_id=account.id, owner_id=owner_ids.get((account.owner or "").lower()),
                subject=subject, body=body, when=now, marker=marker(alert["id"]))
            fields = _fields(config, storage, alert, subject)
            if dry_run:
                shown = {"alert_id": alert["id"], "provider": client.name,
                         "payload": payload, "fields": fields}
                result.payloads.append(shown)
                if out is not None:
                    out(json.dumps(shown, ensure_ascii=False))
                continue
            try:
                storage.push_started(alert["id"], client.name, now)
                remote = client.find_pushed(marker(alert["id"]), account.id)
                if remote is None:
                    remote = client.create_pushed(payload)
                    result.pushed += 1
                else:
                    result.found += 1
                storage.push_done(alert["id"], remote, now)
                if fields:
                    client.update_account(account.id, fields)
            except CrmError as e:
                if e.config:
                    raise
                log.warning("alert %s not written to the CRM: %s", alert["id"], e)
                storage.push_failed(alert["id"], str(e))
                result.failed += 1
    finally:
        if own:
            client.close()
    return result


def _fields(config: Config, storage: Storage, alert: dict[str, Any],
            subject: str) -> dict[str, str]:
    out = {}
    for name, what in config.crm.fields.items():
        if what == "last_trigger":
            out[name] = subject.removeprefix("signalwatch: ")[:250]
        elif what == "heat":
            row = storage.get_last_decision(alert["account_id"])
            out[name] = f"{row['heat']:g}" if row and row.get("heat") is not None else ""
    return out
