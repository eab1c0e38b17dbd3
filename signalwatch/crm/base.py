"""What both CRM clients share: errors, the HTTP call with its limits, the records."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from ..collect.http import parse_retry_after
from ..exceptions import SignalwatchError

log = logging.getLogger(__name__)

#: Most attempts of one request when the CRM says "too many requests" or fails with 5xx.
MAX_ATTEMPTS = 5
#: Longest wait honoured from a Retry-After (a sync must not sleep for an hour).
MAX_WAIT = 60.0


class CrmError(SignalwatchError):
    """A CRM call failed; ``config`` when the credentials or scopes are wrong."""

    def __init__(self, message: str, *, config: bool = False,
                 retry_after: float | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.config = config
        self.retry_after = retry_after
        #: The HTTP status, when the CRM answered one.
        self.status = status


@dataclass
class CrmAccount:
    id: str
    name: str
    domain: str | None = None
    industry: str | None = None
    employees: int | None = None
    revenue: float | None = None
    country: str | None = None
    owner_id: str | None = None
    modified: datetime | None = None
    #: Ids of records merged into this one (HubSpot): their history moves here.
    merged_ids: tuple[str, ...] = ()
    custom: dict[str, str] = field(default_factory=dict)


@dataclass
class CrmDeal:
    id: str
    account_id: str | None
    name: str
    stage: str
    outcome: str  # won | lost | open, from the stage's metadata
    created_at: datetime
    closed_at: datetime | None
    amount: float | None
    owner_id: str | None
    pipeline: str | None
    modified: datetime | None = None


class Http:
    """One httpx client with the CRM's limits: 429 and 5xx retried after Retry-After (or
    a backoff), at most MAX_ATTEMPTS times; nothing secret in an error message."""

    def __init__(self, base_url: str, *, timeout: float = 30.0,
                 sleep: Callable[[float], None] = time.sleep,
                 headers: Callable[[], dict[str, str]] | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.client = httpx.Client(timeout=timeout, trust_env=False, follow_redirects=False)
        self.sleep = sleep
        self.headers = headers or dict
        self.calls = 0

    def close(self) -> None:
        self.client.close()

    def request(self, method: str, path: str, *, limited: Callable[[httpx.Response], bool]
                | None = None, **kwargs: Any) -> httpx.Response:
        url = path if path.startswith(("http://", "https://")) else self.base_url + path
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                resp = self.client.request(method, url, headers=self.headers(), **kwargs)
            except httpx.HTTPError as e:
                if attempt == MAX_ATTEMPTS:
                    raise CrmError(f"{method} {path}: {type(e).__name__}") from None
                self.sleep(min(MAX_WAIT, 2.0 ** attempt))
                continue
            self.calls += 1
            busy = resp.status_code == 429 or resp.status_code >= 500 or (
                limited is not None and limited(resp))
            if not busy:
                return resp
            wait = parse_retry_after(resp.headers.get("retry-after"), now=datetime.now(UTC))
            if attempt == MAX_ATTEMPTS:
                raise CrmError(f"{method} {path}: HTTP {resp.status_code} after {attempt} "
                               "attempts (rate limited)", retry_after=wait)
            wait = min(MAX_WAIT, wait if wait is not None else 2.0 ** attempt)
            log.info("CRM busy (HTTP %s): waiting %.1fs", resp.status_code, wait)
            self.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover


def parse_time(value: Any) -> datetime | None:
    """ISO 8601 (with Z or an offset, Salesforce's +0000) or epoch milliseconds."""
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.isdigit()):
        return datetime.fromtimestamp(int(value) / 1000, UTC)
    text = str(value).strip().replace("Z", "+00:00")
    if len(text) > 5 and text[-5] in "+-" and text[-3] != ":":
        text = text[:-2] + ":" + text[-2:]  # +0000 -> +00:00
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def number(value: Any) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None
