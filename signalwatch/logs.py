"""Structured logs: one line per event, ``key=value`` pairs, secrets redacted.

    2026-11-24T10:00:00Z WARNING signalwatch.collect poll failed: HTTP 500 source=techcrunch

Context comes from ``extra={"source": ..., "account": ...}``. Redaction works on the whole
formatted line (message, context fields and the exception text together): every secret the
configuration names (Slack tokens, webhook URL, SMTP password, CRM tokens) becomes ``***``
wherever it appears, and so does anything shaped like a Slack token, a bearer credential or a
``token=`` / ``password=`` parameter, so a secret never reaches a log even when it is inside
an exception raised by a library (issue #10: redacting only the message missed those).
"""

from __future__ import annotations

import logging
import re
import sys
import time
from collections.abc import Iterable

CONTEXT_KEYS = ("source", "account", "job", "alert", "rep")

#: Credentials recognisable by their shape, whatever the configuration says.
_SHAPES = re.compile(
    r"(xox[abposr]-[A-Za-z0-9-]{6,}|xapp-[A-Za-z0-9-]{6,}"
    r"|hooks\.slack\.com/services/[A-Za-z0-9/_-]+"
    r"|(?i:bearer)\s+[A-Za-z0-9._~+/=-]{8,}"
    r"|(?i:(?:token|password|passwd|secret|api_key|apikey|access_token|refresh_token"
    r"|client_secret)=)[^\s&'\"]+)"
)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with the given secrets and credential-shaped strings replaced by ``***``."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")

    def hide(m: re.Match[str]) -> str:
        found = m.group(0)
        if "=" in found and not found.lower().startswith(("xox", "xapp", "bearer", "hooks")):
            return found.split("=", 1)[0] + "=***"
        return "***"

    return _SHAPES.sub(hide, text)


class KeyValueFormatter(logging.Formatter):
    """One ``key=value`` line per record, redacted as a whole."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s and len(s) >= 4]

    def format(self, record: logging.LogRecord) -> str:
        return redact(self._format(record), self.secrets)

    def _format(self, record: logging.LogRecord) -> str:
        when = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(record.created))
        message = record.getMessage().replace("\n", " ")
        parts = [when, record.levelname, record.name, message]
        for key in CONTEXT_KEYS:
            value = getattr(record, key, None)
            if value is not None:
                text = str(value)
                parts.append(f"{key}={text if ' ' not in text else repr(text)}")
        if record.exc_info:
            lines = self.formatException(record.exc_info).splitlines()
            parts.append("error=" + repr(lines[-1] if lines else ""))
        return " ".join(parts)


def setup_logging(*, level: str = "INFO", secrets: Iterable[str] = (),
                  stream: object = None) -> logging.Handler:
    handler = logging.StreamHandler(stream or sys.stderr)  # type: ignore[arg-type]
    handler.setFormatter(KeyValueFormatter(secrets))
    root = logging.getLogger("signalwatch")
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False
    for noisy in ("apscheduler", "aiohttp"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return handler
