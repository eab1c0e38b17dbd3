"""The daily digest: when it is due (pure), what it says (pure, Jinja2), how it is sent
(smtplib with STARTTLS or SSL)."""

from __future__ import annotations

import re
import smtplib
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

import jinja2

from ..exceptions import NotifyError
from ..score import describe
from ..types import Rep, Signal

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("signalwatch", "notify/templates"),
    autoescape=jinja2.select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def scheduled_at(rep: Rep, local_day: date) -> datetime:
    """The UTC instant of a rep's digest hour on a local date. On a spring-forward day an
    hour that does not exist is read as the hour after the jump (zoneinfo's fold=0 rule,
    normalised through UTC), so the digest is sent once that day, never skipped."""
    zone = ZoneInfo(rep.timezone)
    local = datetime.combine(local_day, time(rep.digest_hour), tzinfo=zone)
    return local.astimezone(ZoneInfo("UTC"))


def due_date(rep: Rep, now: datetime, last_local_date: str | None,
             grace: timedelta = timedelta(hours=12)) -> date | None:
    """The local date whose digest is due now, or None. Due from the rep's digest hour until
    ``grace`` after it (a daemon that was down sends the missed digest once when it comes
    back within the grace), and only if that date's digest was not already claimed."""
    zone = ZoneInfo(rep.timezone)
    today = now.astimezone(zone).date()
    for day in (today, today - timedelta(days=1)):
        start = scheduled_at(rep, day)
        if start <= now < start + grace and (last_local_date is None
                                             or day.isoformat() > last_local_date):
            return day
    return None


@dataclass(frozen=True)
class DigestGroup:
    name: str
    tier: str
    heat: float
    heat_tier: str | None
    why_now: str
    fit_reasons: tuple[str, ...]
    signals: tuple[Signal, ...]


@dataclass(frozen=True)
class Digest:
    subject: str
    text: str
    html: str
    count: int


def render_digest(rep: Rep, groups: Sequence[DigestGroup], *, start: datetime,
                  end: datetime,
                  links: Callable[[Signal], Sequence[tuple[str, str]]] | None = None,
                  notes: Sequence[str] = ()) -> Digest:
    """The digest; ``links`` gives a signal's one-click actions (label, signed URL),
    ``notes`` what reps' feedback demoted to digest only, with the reason."""
    zone = ZoneInfo(rep.timezone)
    ordered = sorted(groups, key=lambda g: (-g.heat, g.name.lower()))
    count = sum(len(g.signals) for g in ordered)
    first = (rep.name or rep.email).split()[0]
    local_end = end.astimezone(zone)
    context = {
        "greeting": f"Good morning, {first}" if local_end.hour < 12 else f"Hello, {first}",
        "summary": (f"{count} new signal{'s' if count != 1 else ''} on "
                    f"{len(ordered)} of your accounts." if ordered else "A quiet day."),
        "period": f"{start.astimezone(zone):%a %d %b %H:%M} to {local_end:%a %d %b %H:%M} "
                  f"({rep.timezone})",
        "groups": [
            {
                "name": g.name, "tier": g.tier, "heat_tier": g.heat_tier, "why_now": g.why_now,
                "fit_reasons": list(g.fit_reasons),
                "signals": [
                    {"kind": s.kind, "date": f"{s.occurred_at.astimezone(zone):%d %b}",
                     "description": describe(s),
                     "title": s.evidence[0].title if s.evidence else "",
                     "url": s.evidence[0].url if s.evidence and (s.evidence[0].url or "")
                     .startswith(("http://", "https://")) else None,
                     "more": max(0, len(s.evidence) - 1),
                     "actions": [{"label": label, "url": url}
                                 for label, url in (links(s) if links else ())]}
                    for s in g.signals
                ],
            }
            for g in ordered
        ],
        "notes": list(notes),
    }
    subject = (f"signalwatch: {count} new signal{'s' if count != 1 else ''} on "
               f"{', '.join(g.name for g in ordered[:3])}"
               + (f" and {len(ordered) - 3} more" if len(ordered) > 3 else "")
               if ordered else "signalwatch: no new signals")
    context["subject"] = subject
    return Digest(subject, _ENV.get_template("digest.txt").render(context),
                  _ENV.get_template("digest.html").render(context), count)


_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]+")


def header_value(text: str, limit: int = 400) -> str:
    """A header-safe one-line value: CR, LF and other control characters (from CRM names
    or headlines) become one space, so they can neither break the header nor raise."""
    value = _CONTROL.sub(" ", str(text)).strip()
    return value if len(value) <= limit else value[: limit - 1] + "…"


def build_message(digest: Digest, *, sender: str, to: str, now: datetime,
                  message_id: str | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = header_value(digest.subject)
    msg["From"] = header_value(sender)
    msg["To"] = header_value(to)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id or make_msgid(domain="signalwatch")
    msg.set_content(digest.text)
    msg.add_alternative(digest.html, subtype="html")
    return msg


def send_message(msg: EmailMessage, *, host: str, port: int, security: str,
                 username: str | None, password: str | None, timeout: float) -> None:
    """Send over SMTP; errors become NotifyError without the password."""
    try:
        if security == "ssl":
            server: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout,
                                                    context=ssl.create_default_context())
        else:
            server = smtplib.SMTP(host, port, timeout=timeout)
        with server:
            if security == "starttls":
                server.starttls(context=ssl.create_default_context())
            if username:
                server.login(username, password or "")
            server.send_message(msg)
    except (OSError, smtplib.SMTPException) as e:
        permanent = isinstance(e, (smtplib.SMTPRecipientsRefused,
                                   smtplib.SMTPAuthenticationError))
        raise NotifyError(f"SMTP {host}:{port}: {type(e).__name__}: {e}"[:300],
                          permanent=permanent) from None
