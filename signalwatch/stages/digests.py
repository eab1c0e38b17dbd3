"""The digests stage: each rep's daily digest at their local hour, claimed per rep and
local date before it is sent (never twice), one rep's failure recorded on that rep only; a
day with nothing to say does not count as sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from ..config import Config
from ..exceptions import NotifyError
from ..icp import fit
from ..notify import email as digest_email
from ..score import intent
from ..store import Storage
from ..types import Rep, Signal
from .claims import ACTIVE, claim_is_dead, new_owner
from .decide import current_demotions, icp_named, live_signals, score_settings

log = logging.getLogger(__name__)



def digest_groups(storage: Storage, config: Config, rep: Rep, *, start: datetime,
                  end: datetime) -> list[digest_email.DigestGroup]:
    """The rep's fitting, unsnoozed accounts with signals detected in (start, end]."""
    settings = score_settings(config)
    accounts = {a.id: a for a in storage.get_accounts_owned_by(rep.email)}
    groups = []
    signals = storage.get_signals_detected(list(accounts), start, end)
    by_account: dict[str, list[Signal]] = {}
    for s in signals:
        by_account.setdefault(s.account_id, []).append(s)
    for account_id, sigs in by_account.items():
        account = accounts[account_id]
        fitted = fit(account, config.icps)
        if fitted.tier is None or not _at_least(fitted.tier, settings.fit_floor):
            continue
        state = storage.get_account_state(account_id)
        if state["muted"] or (state["snoozed_until"] and state["snoozed_until"] > end):
            continue
        icp = icp_named(config, fitted.icp)
        heat = intent(live_signals(storage, account_id, settings, end), icp, settings, end)
        from ..score import why_now

        said = why_now(account.name, sigs, with_name=False)
        taken = storage.taken_by(account_id, end - timedelta(days=30))
        if taken:  # "I'm on it" is honoured by digests too (issue #14)
            said += f" {taken} is on it."
        groups.append(digest_email.DigestGroup(
            name=account.name, tier=fitted.tier, heat=heat.heat, heat_tier=heat.tier,
            why_now=said,
            fit_reasons=tuple(r.label for r in fitted.reasons if r.held and r.role == "prefer")[:3],
            signals=tuple(sigs)))
    return groups


def action_links(config: Config, rep: Rep, now: datetime
                 ) -> Callable[[Signal], list[tuple[str, str]]] | None:
    """A digest item's one-click actions, signed, when ``feedback.base_url`` and the link
    secret are configured (issue #14)."""
    base = config.feedback.base_url
    secret = config.secret(config.feedback.secret_env)
    if not base or not secret:
        return None
    from ..feedback.actions import sign_link

    def links(signal: Signal) -> list[tuple[str, str]]:
        target = f"signal:{signal.id}"
        out = []
        for label, action, value in (("Useful", "useful", None),
                                     ("Not relevant", "not_relevant", "not_real_event"),
                                     ("Wrong company", "wrong_company", None),
                                     ("Snooze 30 days", "snooze", "30"),
                                     ("I'm on it", "claim", None)):
            out.append((label, sign_link(base, secret, target=target, action=action,
                                         value=value, rep=rep.email, now=now,
                                         days=config.feedback.link_days)))
        return out

    return links


def _at_least(tier: str, floor: str) -> bool:
    from ..icp import tier_at_least

    return tier_at_least(tier, floor)


@dataclass
class DigestResult:
    sent: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)


def digest_window(storage: Storage, rep: Rep, now: datetime) -> datetime:
    last = storage.get_last_digest(rep.email)
    if last is not None:
        return datetime.fromisoformat(last["period_end"])
    return now - timedelta(days=1)


#: A digest claimed longer ago than this by a sender that is not running any more is
#: recovered (sent again): SMTP cannot be asked whether it arrived, so a crash in the
#: instant between the server's acceptance and our commit can repeat a digest.
DIGEST_LEASE = timedelta(minutes=30)


def recover_digests(storage: Storage, *, now: datetime) -> int:
    """Digests left ``sending`` by a sender that died: marked failed, so they go again."""
    stale = storage.stale_digests(now, DIGEST_LEASE,
                                  lambda owner: claim_is_dead(owner, storage.sender_alive))
    for row in stale:
        storage.finish_digest(row["id"], status="failed", now=now,
                              error="interrupted while sending; will be sent again")
    return len(stale)


def send_digest(storage: Storage, config: Config, rep: Rep, *, now: datetime,
                local_date: str, force: bool = False) -> str:
    """Build and send (or write) one rep's digest; returns 'sent', 'empty', 'claimed'
    (already delivered) or 'busy' (another sender has it now).

    Only a delivered digest counts: a day with nothing to say is recorded ``empty`` and
    may still be sent later that day when signals arrive (issue #10)."""
    start = digest_window(storage, rep, now)
    quiet = not config.email.send_empty and not force
    # A day with nothing to say is checked again every run until signals arrive: when no
    # signal at all was detected in the window, skip building the digest.
    nothing = quiet and not storage.signals_detected_between(start, now)
    groups = [] if nothing else digest_groups(storage, config, rep, start=start, end=now)
    digest = digest_email.render_digest(
        rep, groups, start=start, end=now, links=action_links(config, rep, now),
        notes=list(current_demotions(storage, config, now).values()) if groups else [])
    if digest.count == 0 and quiet:
        existing = storage.get_digest(rep.email, local_date)
        if existing is not None and existing["status"] == "sent":
            return "claimed"
        return "empty"
    message_id = digest_email.make_msgid(domain="signalwatch")
    owner = new_owner(storage)
    ACTIVE.add(owner)
    try:
        claim = storage.start_digest(rep.email, local_date=local_date, start=start, end=now,
                                     count=digest.count, message_id=message_id, owner=owner,
                                     now=now)
        if claim is None and not force:
            existing = storage.get_digest(rep.email, local_date)
            return "busy" if existing and existing["status"] == "sending" else "claimed"
        try:
            msg = digest_email.build_message(digest, sender=config.email.sender, to=rep.email,
                                             now=now, message_id=message_id)
            if config.email.host:
                digest_email.send_message(
                    msg, host=config.email.host, port=config.email.port,
                    security=config.email.security, username=config.email.username,
                    password=config.secret(config.email.password_env),
                    timeout=config.email.timeout)
            else:
                folder = Path(config.notify.output_dir) / "digests"
                folder.mkdir(parents=True, exist_ok=True)
                stem = f"{rep.email.replace('@', '_at_')}-{local_date}"
                (folder / f"{stem}.eml").write_bytes(bytes(msg))
                (folder / f"{stem}.html").write_text(digest.html, "utf-8")
        except Exception as e:
            # Whatever went wrong, the claim is released as failed: the digest is tried
            # again, never left "sending" and lost (issue #10).
            if claim is not None:
                storage.finish_digest(claim, status="failed", now=now,
                                      error=f"{type(e).__name__}: {e}"[:500])
            if isinstance(e, NotifyError):
                raise
            raise NotifyError(f"digest for {rep.email}: {type(e).__name__}: {e}") from e
        if claim is not None:
            storage.finish_digest(claim, status="sent", now=now)
        return "sent"
    finally:
        ACTIVE.discard(owner)


def send_due_digests(storage: Storage, config: Config, *, now: datetime,
                     grace: timedelta = timedelta(hours=12)) -> DigestResult:
    """Send every rep whose local digest hour has come today (or within ``grace``), once."""
    result = DigestResult()
    recover_digests(storage, now=now)
    for rep in config.reps:
        try:
            last = storage.get_last_digest(rep.email)
            day = digest_email.due_date(rep, now, last["local_date"] if last else None, grace)
            if day is None:
                continue
            status = send_digest(storage, config, rep, now=now, local_date=day.isoformat())
        except Exception as e:
            result.failed[rep.email] = str(e)
            log.error("digest for %s failed: %s", rep.email, e, extra={"rep": rep.email})
            continue
        if status == "sent":
            result.sent.append(rep.email)
        elif status == "empty":
            result.empty.append(rep.email)
    return result
