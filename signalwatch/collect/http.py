"""The one HTTP layer: httpx with timeouts, a size cap, redirects, validators, limits.

Design notes (measured while planning, see benchmarks/bench_collect.py):

- httpx's pool gets slower as it grows (its connection assignment scans the pool on every
  request), and one client shared by many concurrent requests was ~5x slower than several
  small ones; so each host gets small clients of at most CLIENT_POOL connections, used in
  turn, a semaphore per host enforces the per-host limit and a global one the total.
- Redirects are followed by hand (at most MAX_REDIRECTS) so a permanent one (301/308) can
  update the stored URL and every hop is checked to be http(s).
- The size cap counts decoded bytes, so a small gzip body cannot inflate past it.
- A whole-request deadline backs up httpx's per-operation timeouts: a server that trickles
  one byte per read timeout would otherwise hang a poll forever.
"""

from __future__ import annotations

import asyncio
import email.utils
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from .. import __version__

USER_AGENT = f"signalwatch/{__version__}"
MAX_REDIRECTS = 5
#: Connections per httpx client; a host allowed more concurrency gets more clients.
CLIENT_POOL = 8
_REDIRECTS = (301, 302, 303, 307, 308)
_PERMANENT = (301, 308)


@dataclass(frozen=True)
class HttpSettings:
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    #: Whole request, redirects included.
    deadline: float = 60.0
    max_bytes: int = 5_000_000
    concurrency: int = 32
    per_host: int = 4


@dataclass
class FetchResult:
    """What one fetch got. ``status`` is ``ok``, ``not_modified``, ``gone`` or ``error``."""

    status: str
    url: str
    #: Set when a permanent redirect moved the resource.
    moved_to: str | None = None
    http_status: int | None = None
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    #: Seconds the server asked us to wait (429/503 Retry-After).
    retry_after: float | None = None


def check_url(url: str) -> None:
    """Refuse anything but absolute http(s) URLs (no file:, ftp:, data: ...)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"only http and https URLs can be polled, got {url!r}")


def parse_retry_after(value: str | None, *, now: datetime) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


class Fetcher:
    """Async fetcher; use as ``async with Fetcher(settings) as f: await f.fetch(...)``."""

    def __init__(self, settings: HttpSettings | None = None,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings or HttpSettings()
        self._transport = transport
        self._clients: dict[str, list[httpx.AsyncClient]] = {}
        self._turn: dict[str, int] = {}
        self._global = asyncio.Semaphore(self.settings.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        clients, self._clients = self._clients, {}
        for group in clients.values():
            for client in group:
                await client.aclose()

    def _client(self, host: str) -> httpx.AsyncClient:
        group = self._clients.get(host)
        if group is None:
            s = self.settings
            pool = min(s.per_host, CLIENT_POOL)
            count = -(-s.per_host // pool)
            group = [
                httpx.AsyncClient(
                    timeout=httpx.Timeout(s.read_timeout, connect=s.connect_timeout),
                    limits=httpx.Limits(max_connections=pool, max_keepalive_connections=pool),
                    headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
                    follow_redirects=False,
                    transport=self._transport,
                    trust_env=False,
                )
                for _ in range(count)
            ]
            self._clients[host] = group
        turn = self._turn.get(host, 0)
        self._turn[host] = turn + 1
        return group[turn % len(group)]

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str | None = None,
        now: datetime | None = None,
    ) -> FetchResult:
        """GET ``url`` with conditional headers; never raises for network or HTTP errors."""
        try:
            check_url(url)
        except ValueError as e:
            return FetchResult("error", url, error=str(e))
        try:
            return await asyncio.wait_for(
                self._fetch(url, etag, last_modified, accept, now or datetime.now(UTC)),
                timeout=self.settings.deadline,
            )
        except TimeoutError:
            return FetchResult("error", url,
                               error=f"timed out after {self.settings.deadline:g}s")

    async def _fetch(self, url: str, etag: str | None, last_modified: str | None,
                     accept: str | None, now: datetime) -> FetchResult:
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        moved_to: str | None = None
        current = url
        permanent_so_far = True
        for _ in range(MAX_REDIRECTS + 1):
            host = urlsplit(current).netloc.lower()
            sem = self._hosts.setdefault(host, asyncio.Semaphore(self.settings.per_host))
            async with self._global, sem:
                try:
                    result = await self._get(current, headers, now)
                except httpx.TimeoutException as e:
                    return FetchResult("error", current, moved_to,
                                       error=f"timeout: {type(e).__name__}")
                except httpx.HTTPError as e:
                    return FetchResult("error", current, moved_to,
                                       error=f"{type(e).__name__}: {e}")
            if isinstance(result, FetchResult):
                result.moved_to = moved_to
                return result
            status, location = result
            target = urljoin(current, location)
            try:
                check_url(target)
            except ValueError as e:
                return FetchResult("error", current, moved_to, http_status=status,
                                   error=f"redirect refused: {e}")
            permanent_so_far = permanent_so_far and status in _PERMANENT
            if permanent_so_far:
                moved_to = target
            current = target
        return FetchResult("error", current, moved_to,
                           error=f"more than {MAX_REDIRECTS} redirects")

    async def _get(self, url: str, headers: dict[str, str],
                   now: datetime) -> FetchResult | tuple[int, str]:
        client = self._client(urlsplit(url).netloc.lower())
        async with client.stream("GET", url, headers=headers) as response:
            status = response.status_code
            if status in _REDIRECTS and response.headers.get("location"):
                return status, response.headers["location"]
            hdrs = {k.lower(): v for k, v in response.headers.items()}
            if status == 304:
                return FetchResult("not_modified", url, http_status=304, headers=hdrs,
                                   etag=hdrs.get("etag"),
                                   last_modified=hdrs.get("last-modified"))
            if status == 410:
                return FetchResult("gone", url, http_status=410, headers=hdrs,
                                   error="410 Gone: the source was removed")
            if status >= 400:
                retry_after = None
                if status in (429, 503):
                    retry_after = parse_retry_after(hdrs.get("retry-after"), now=now)
                return FetchResult("error", url, http_status=status, headers=hdrs,
                                   error=f"HTTP {status} {response.reason_phrase}".strip(),
                                   retry_after=retry_after)
            declared = hdrs.get("content-length")
            cap = self.settings.max_bytes
            if declared and declared.isdigit() and int(declared) > cap \
                    and "content-encoding" not in hdrs:
                return FetchResult("error", url, http_status=status, headers=hdrs,
                                   error=f"body of {declared} bytes is over the {cap} cap")
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > cap:
                    return FetchResult("error", url, http_status=status, headers=hdrs,
                                       error=f"body over the {cap} byte cap")
                chunks.append(chunk)
            return FetchResult("ok", url, http_status=status, body=b"".join(chunks),
                               headers=hdrs, etag=hdrs.get("etag"),
                               last_modified=hdrs.get("last-modified"))
