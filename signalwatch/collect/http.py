"""The one HTTP layer: aiohttp with timeouts, a size cap, redirects, validators, limits.

Design notes (measured while planning, see benchmarks/bench_collect.py):

- The client is aiohttp (issue #11): its C HTTP parser spends ~0.07 ms of CPU per 304 on
  loopback where the async httpx client spent ~0.6 ms (8 connections, 2,000 requests,
  the server in another process; httpx's pool also slows as it grows). httpx was tuned
  first (shared SSL context, small pools per host, bodies drained for keep-alive) and
  still could not reach the per-poll budget. Each host gets its own session (closed when
  the host's last source of the cycle is done); a semaphore per host enforces the
  per-host limit and a global one the total. All sessions share one SSL context:
  building one loads the CA bundle (~29 ms of CPU), which per host made a cycle over many
  hosts CPU-bound.
- Redirects are followed by hand (at most MAX_REDIRECTS) so a permanent one (301/308) can
  be reported and every hop is checked: http(s) only, and never to a non-public address on
  another host than the configured one, nor from a public address to a non-public one,
  unless the source allows it (issue #10: SSRF through redirects).
- The body is read raw (no automatic decompression) and decoded here, every layer of
  ``Content-Encoding`` bounded by the size cap as it inflates: a decoder that inflates a
  whole network chunk at once let a 1.8 KB ``gzip, gzip`` body reach 1 GB before any cap
  could look at it (issue #10).
- A whole-request deadline backs up the per-operation timeouts: a server that trickles
  one byte per read timeout would otherwise hang a poll forever.
- Any exception while fetching becomes an ``error`` result: a bad URL, header or body is the
  source's failure, never the cycle's.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import ipaddress
import os
import socket
import ssl
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import aiohttp
import yarl

from .. import __version__

USER_AGENT = f"signalwatch/{__version__}"
MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)
_PERMANENT = (301, 308)
#: Longest Retry-After honoured: the longest backoff of a failing source (one day).
MAX_RETRY_AFTER = 24 * 3600.0
#: Bytes of an error / 304 / redirect body read so the connection can be reused.
DRAIN_BYTES = 65536
#: Longest response line and header field accepted (aiohttp's default is 8 KB; real
#: servers send longer cookies and CSP headers, and we only read a few of them).
MAX_HEADER_FIELD = 65536


@dataclass(frozen=True)
class HttpSettings:
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    #: Whole request, redirects included.
    deadline: float = 60.0
    max_bytes: int = 5_000_000
    concurrency: int = 32
    per_host: int = 4
    #: Extra CA certificates (PEM) to trust, e.g. a corporate TLS proxy's or a local CA.
    ca_bundle: str | None = None
    #: Contact appended to the User-Agent (SEC EDGAR asks for one).
    contact: str | None = None


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


@functools.lru_cache(maxsize=65536)
def host_key(url: str) -> str:
    """The host a URL's connections, limits and clients are kept per (``host:port``)."""
    return urlsplit(url).netloc.lower()


@functools.lru_cache(maxsize=65536)
def _yarl(url: str) -> yarl.URL:
    """A URL parsed once for all the cycles that poll it (yarl's parsing was a tenth of the
    client's CPU per 304)."""
    return yarl.URL(url)


def clean_validator(value: str | None) -> str | None:
    """An ETag or Last-Modified worth sending back: printable ASCII, one line, short. A
    hostile one (CR/LF, control characters, 10 KB) would otherwise break every later
    request of the source, since we send it back as a header."""
    if not value or len(value) > 256 or not value.isascii() or not value.isprintable():
        return None
    return value


def check_url(url: str) -> None:
    """Refuse anything but absolute http(s) URLs (no file:, ftp:, data: ...)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or not parts.hostname:
        raise ValueError(f"only http and https URLs can be polled, got {url!r}")
    try:
        parts.port  # noqa: B018 - raises for a port that is not 0-65535
    except ValueError:
        raise ValueError(f"invalid port in {url!r}") from None


def parse_retry_after(value: str | None, *, now: datetime) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date), or None; never more
    than :data:`MAX_RETRY_AFTER` (a server must not park a source until year 9999)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        # Compare digits before converting: 30 digits would overflow a timedelta.
        return MAX_RETRY_AFTER if len(value) > 9 else min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, OverflowError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max(0.0, (when - now).total_seconds()), MAX_RETRY_AFTER)


def is_public_address(address: str) -> bool:
    """Whether an IP address is globally routable (not loopback, private, link-local,
    multicast, reserved, shared or unspecified)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


async def resolve_host(host: str) -> list[str]:
    """The addresses ``host`` resolves to (an IP literal is itself)."""
    host = host.strip("[]")
    try:
        ipaddress.ip_address(host)
        return [host]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


class RedirectRefused(Exception):
    """A redirect would take the fetch somewhere it must not go."""


class BodyTooLarge(Exception):
    """A body (or one of its encoding layers) is over the size cap."""


class _Inflater:
    """One Content-Encoding layer, inflated incrementally with bounded output."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        if encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj()
        else:
            raise ValueError(f"unsupported Content-Encoding {encoding!r}")
        self._started = False

    def feed(self, data: bytes, limit: int) -> bytes:
        """Inflate ``data``; raise :class:`BodyTooLarge` past ``limit`` bytes of output."""
        out: list[bytes] = []
        size = 0
        while data:
            try:
                chunk = self._z.decompress(data, limit - size + 1)
            except zlib.error:
                if self.encoding == "deflate" and not self._started:
                    # Some servers send raw deflate without the zlib header.
                    self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._started = True
                    continue
                raise
            self._started = True
            size += len(chunk)
            if size > limit:
                raise BodyTooLarge
            out.append(chunk)
            data = self._z.unconsumed_tail
            if self._z.eof:
                # Concatenated gzip members are one body.
                rest = self._z.unused_data
                if rest and self.encoding != "deflate":
                    self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    data = rest
                else:
                    break
        return b"".join(out)


class BoundedDecoder:
    """Every layer of ``Content-Encoding`` (applied last to first), each bounded by
    ``cap`` bytes of output, so memory stays bounded however the layers multiply."""

    def __init__(self, content_encoding: str | None, cap: int) -> None:
        names = [e.strip().lower() for e in (content_encoding or "").split(",")]
        names = [n for n in names if n and n != "identity"]
        self.layers = [_Inflater(n) for n in reversed(names)]
        self.cap = cap
        self._out = [0] * len(self.layers)
        self.size = 0

    def feed(self, data: bytes) -> bytes:
        for i, layer in enumerate(self.layers):
            if not data:
                return b""
            data = layer.feed(data, self.cap - self._out[i])
            self._out[i] += len(data)
        self.size += len(data)
        if self.size > self.cap:
            raise BodyTooLarge
        return data


_SSL_CONTEXTS: dict[str | None, ssl.SSLContext] = {}


def ssl_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """One shared verifying context: certifi's CAs, plus ``SSL_CERT_FILE`` /
    ``SSL_CERT_DIR`` when set, plus ``ca_bundle`` (built once per bundle; see module notes)."""
    key = "\x00".join((ca_bundle or "", os.environ.get("SSL_CERT_FILE", ""),
                        os.environ.get("SSL_CERT_DIR", "")))
    context = _SSL_CONTEXTS.get(key)
    if context is None:
        import certifi

        context = ssl.create_default_context(cafile=certifi.where())
        env_file, env_dir = os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")
        if env_file or env_dir:
            context.load_verify_locations(cafile=env_file or None, capath=env_dir or None)
        if ca_bundle:
            context.load_verify_locations(cafile=ca_bundle)
        _SSL_CONTEXTS[key] = context
    return context


class Fetcher:
    """Async fetcher; use as ``async with Fetcher(settings) as f: await f.fetch(...)``."""

    def __init__(self, settings: HttpSettings | None = None) -> None:
        self.settings = settings or HttpSettings()
        self._sessions: dict[str, aiohttp.ClientSession] = {}
        self._global = asyncio.Semaphore(self.settings.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._ssl = ssl_context(self.settings.ca_bundle)
        contact = self.settings.contact
        self.user_agent = f"{USER_AGENT} ({contact})" if contact else USER_AGENT

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        sessions, self._sessions = self._sessions, {}
        for session in sessions.values():
            await session.close()

    async def close_host(self, host: str) -> None:
        """Close a host's session (and its connections) once nothing more is due there."""
        session = self._sessions.pop(host, None)
        if session is not None:
            await session.close()

    def _session(self, host: str) -> aiohttp.ClientSession:
        session = self._sessions.get(host)
        if session is None:
            s = self.settings
            session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=s.per_host, limit_per_host=s.per_host,
                                               ssl=self._ssl),
                timeout=aiohttp.ClientTimeout(total=None, sock_connect=s.connect_timeout,
                                              sock_read=s.read_timeout),
                headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
                # Bodies are decoded here, bounded (see the module notes).
                auto_decompress=False,
                # Proxies and CAs are explicit settings, never picked up by surprise;
                # SSL_CERT_FILE / SSL_CERT_DIR are honoured by ssl_context().
                trust_env=False,
                max_line_size=MAX_HEADER_FIELD,
                max_field_size=MAX_HEADER_FIELD,
            )
            self._sessions[host] = session
        return session

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str | None = None,
        now: datetime | None = None,
        allow_private: bool = False,
    ) -> FetchResult:
        """GET ``url`` with conditional headers; never raises for network, HTTP or body
        errors. ``allow_private`` lets redirects reach non-public addresses."""
        try:
            check_url(url)
        except ValueError as e:
            return FetchResult("error", url, error=str(e))
        try:
            # asyncio.timeout, not wait_for: no extra task per fetch
            async with asyncio.timeout(self.settings.deadline):
                return await self._fetch(url, etag, last_modified, accept,
                                         now or datetime.now(UTC), allow_private)
        except TimeoutError:
            return FetchResult("error", url,
                               error=f"timed out after {self.settings.deadline:g}s")
        except Exception as e:
            return FetchResult("error", url, error=f"{type(e).__name__}: {e}"[:500])

    async def _redirect_allowed(self, origin: str, target: str, allow_private: bool) -> None:
        """Raise :class:`RedirectRefused` when ``target`` must not be fetched."""
        if allow_private:
            return
        origin_host = (urlsplit(origin).hostname or "").lower()
        target_host = (urlsplit(target).hostname or "").lower()
        try:
            target_addrs = await resolve_host(target_host)
        except OSError as e:
            raise RedirectRefused(f"cannot resolve {target_host!r}: {e}") from None
        private = [a for a in target_addrs if not is_public_address(a)]
        if not private:
            return
        if target_host != origin_host:
            raise RedirectRefused(
                f"redirect to {target_host} ({private[0]}), a non-public address on another "
                "host than the configured one (set allow_private = true on the source to "
                "allow it)")
        try:
            origin_addrs = await resolve_host(origin_host)
        except OSError:
            origin_addrs = []
        if any(is_public_address(a) for a in origin_addrs):
            raise RedirectRefused(
                f"redirect from a public address to {private[0]}, a non-public one")

    async def _fetch(self, url: str, etag: str | None, last_modified: str | None,
                     accept: str | None, now: datetime, allow_private: bool) -> FetchResult:
        headers: dict[str, str] = {}
        etag, last_modified = clean_validator(etag), clean_validator(last_modified)
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
            host = host_key(current)
            sem = self._hosts.setdefault(host, asyncio.Semaphore(self.settings.per_host))
            async with self._global, sem:
                try:
                    result = await self._get(current, headers, now)
                except TimeoutError as e:  # aiohttp's connect and read timeouts
                    return FetchResult("error", current, moved_to,
                                       error=f"timeout: {type(e).__name__}")
                except aiohttp.ClientError as e:
                    return FetchResult("error", current, moved_to,
                                       error=f"{type(e).__name__}: {e}"[:500])
            if isinstance(result, FetchResult):
                result.moved_to = moved_to
                return result
            status, location = result
            target = urljoin(current, location)
            try:
                check_url(target)
                yarl.URL(target)  # an invalid port or host is refused here, not later
                await self._redirect_allowed(url, target, allow_private)
            except (ValueError, TypeError, RedirectRefused) as e:
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
        session = self._session(host_key(url))
        async with session.get(_yarl(url), headers=headers,
                               allow_redirects=False) as response:
            status = response.status
            hdrs = {k.lower(): v for k, v in response.headers.items()}
            if status in _REDIRECTS and hdrs.get("location"):
                await _drain(response)
                return status, hdrs["location"]
            if status == 304:
                await _drain(response)
                return FetchResult("not_modified", url, http_status=304, headers=hdrs,
                                   etag=clean_validator(hdrs.get("etag")),
                                   last_modified=clean_validator(hdrs.get("last-modified")))
            if status == 410:
                await _drain(response)
                return FetchResult("gone", url, http_status=410, headers=hdrs,
                                   error="410 Gone: the source was removed")
            if status >= 400:
                await _drain(response)
                retry_after = None
                if status in (429, 503):
                    retry_after = parse_retry_after(hdrs.get("retry-after"), now=now)
                return FetchResult("error", url, http_status=status, headers=hdrs,
                                   error=f"HTTP {status} {response.reason or ''}".strip(),
                                   retry_after=retry_after)
            declared = hdrs.get("content-length")
            cap = self.settings.max_bytes
            if declared and declared.isdigit() and int(declared) > cap \
                    and "content-encoding" not in hdrs:
                return FetchResult("error", url, http_status=status, headers=hdrs,
                                   error=f"body of {declared} bytes is over the {cap} cap")
            try:
                decoder = BoundedDecoder(hdrs.get("content-encoding"), cap)
            except ValueError as e:
                return FetchResult("error", url, http_status=status, headers=hdrs,
                                   error=str(e))
            chunks: list[bytes] = []
            raw = 0
            try:
                async for chunk in response.content.iter_any():
                    raw += len(chunk)
                    if raw > cap:
                        raise BodyTooLarge
                    chunks.append(decoder.feed(chunk))
            except BodyTooLarge:
                return FetchResult("error", url, http_status=status, headers=hdrs,
                                   error=f"body over the {cap} byte cap (after decompression)")
            except zlib.error as e:
                return FetchResult("error", url, http_status=status, headers=hdrs,
                                   error=f"body is not valid {hdrs.get('content-encoding')}: {e}")
            # The body we hand on is decoded: the header must not say otherwise.
            hdrs.pop("content-encoding", None)
            return FetchResult("ok", url, http_status=status, body=b"".join(chunks),
                               headers=hdrs, etag=clean_validator(hdrs.get("etag")),
                               last_modified=clean_validator(hdrs.get("last-modified")))


async def _drain(response: aiohttp.ClientResponse) -> None:
    """Read a small unwanted body so the keep-alive connection can be reused (a body left
    unread closes it: 1,806 new connections per 2,000 polls, issue #11); a large one is
    dropped with its connection."""
    read = 0
    try:
        async for chunk in response.content.iter_any():
            read += len(chunk)
            if read > DRAIN_BYTES:
                response.close()
                break
    except (aiohttp.ClientError, TimeoutError):
        response.close()
