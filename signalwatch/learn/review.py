"""The daemon's side of the living ICP: a periodic re-learn whose summary goes to the ops
channel and the ICP's owner, and a daily win-rate watch that alerts when it shifts."""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta
from pathlib import Path

from ..config import Config
from ..exceptions import NotifyError
from ..store import Storage
from .drift import win_rate_shifts
from .report import diff_lines
from .run import due_review, run_learn, tables

log = logging.getLogger(__name__)


def tell_owner(config: Config, subject: str, body: str, now: datetime) -> None:
    """Ops channel (or the ops log) and, when set, the ICP owner by email (or a file)."""
    from ..stages.dispatch import send_ops

    send_ops(config, f"{subject}\n{body}", now)
    if config.learn.owner:
        mail_text(config, config.learn.owner, subject, body, now=now, stem="icp")


def mail_text(config: Config, to: str, subject: str, body: str, *, now: datetime,
              stem: str) -> None:
    """A plain-text email by SMTP when ``email.host`` is set, else (or when SMTP fails) a
    file in ``notify.output_dir/ops``."""
    from email.message import EmailMessage

    from ..notify import email as mail

    msg = EmailMessage()
    msg["Subject"] = mail.header_value(subject)
    msg["From"] = mail.header_value(config.email.sender)
    msg["To"] = mail.header_value(to)
    msg.set_content(body)
    if config.email.host:
        try:
            mail.send_message(msg, host=config.email.host, port=config.email.port,
                              security=config.email.security, username=config.email.username,
                              password=config.secret(config.email.password_env),
                              timeout=config.email.timeout)
            return
        except NotifyError as e:
            log.error("%s not emailed to %s: %s", stem, to, e)
    folder = Path(config.notify.output_dir) / "ops"
    folder.mkdir(parents=True, exist_ok=True)
    safe = to.replace("@", "_at_").replace("/", "_")
    (folder / f"{stem}-{safe}-{now:%Y%m%dT%H%M%S}.eml").write_bytes(bytes(msg))


def periodic_review(storage: Storage, config: Config, *, now: datetime) -> list[str] | None:
    """Re-learn when ``learn.review_days`` have passed; send what would change."""
    if not due_review(storage, config, now):
        return None
    storage.set_meta("learn.last_review", now.isoformat())
    if not storage.count_deals():
        return None
    result = run_learn(storage, config, now=now)
    draft = storage.latest_icp_draft()
    assert draft is not None
    lines = diff_lines(tables(list(config.icps)), json.loads(draft["icps"]),
                       json.loads(draft["evidence"]))
    head = (f"ICP review: {result.won} won / {result.lost} lost deals; "
            + ("the learner proposes changes (signalwatch icp diff, then icp apply)"
               if result.proposes_change else "no change proposed"))
    tell_owner(config, head, "\n".join(lines), now)
    return lines


def watch_win_rates(storage: Storage, config: Config, *, now: datetime) -> list[str]:
    """Alert on significant win-rate shifts per ICP and tier (once per group a window)."""
    days = config.learn.drift_days
    shifts = win_rate_shifts(storage.get_accounts(), storage.get_deals(), config.icps,
                             now=now, window_days=days)
    sent = []
    for shift in shifts:
        key = f"drift.{shift.group}"
        last = storage.get_meta(key)
        if last and datetime.fromisoformat(last) + timedelta(days=days) > now:
            continue
        message = shift.message(days)
        tell_owner(config, f"Win rate shift: {shift.group}", message, now)
        storage.set_meta(key, now.isoformat())
        sent.append(message)
    return sent
