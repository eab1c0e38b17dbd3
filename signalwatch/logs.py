"""Structured logs: one line per event, ``key=value`` pairs, secrets redacted.

    2026-11-24T10:00:00Z WARNING signalwatch.collect poll failed: HTTP 500 source=techcrunch

Context comes from ``extra={"source": ..., "account": ...}``. A filter replaces the value of
every secret the configuration names (Slack token, webhook URL, SMTP password) with ``***``
wherever it appears, so a secret never reaches a log even inside an exception message.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterable

CONTEXT_KEYS = ("source", "account", "job", "alert", "rep")


class KeyValueFormatter(logging.Formatter):

    def format(self, record: logging.LogRecord) -> str:
        when = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(record.created))
        message = record.getMessage().replace("\n", " ")
        parts = [when, record.levelname, record.name, message]
        for key in CONTEXT_KEYS:
            value = getattr(record, key, None)
            if value is not None:
                text = str(value)
                parts.append(f"{key}={text if ' ' not in text else repr(text)}")
        if record.exc_info:
            parts.append("error=" + repr(self.formatException(record.exc_info)
                                         .splitlines()[-1]))
        return " ".join(parts)


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s and len(s) >= 4]

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        for secret in self.secrets:
            message = message.replace(secret, "***")
        record.msg, record.args = message, None
        return True


def setup_logging(*, level: str = "INFO", secrets: Iterable[str] = (),
                  stream: object = None) -> logging.Handler:
    handler = logging.StreamHandler(stream or sys.stderr)  # type: ignore[arg-type]
    handler.setFormatter(KeyValueFormatter())
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger("signalwatch")
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False
    for noisy in ("apscheduler", "httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return handler
