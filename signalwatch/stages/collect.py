"""The collect stage: poll sources, store what they hold, keep per-source health.

    due sources | fetch (parallel, per-host limits) | unchanged? | parse | seen? | store | health

The adapters it drives live in ``signalwatch/collect/`` (HTTP, feeds, job boards, pages,
filings, parsing in worker processes); which items are new, history or closed postings is
decided by the pure ``signalwatch/seen.py``.

Failures are data: every source gets a :class:`SourceResult`, one bad source never stops
the others, and only configuration errors raise.
"""

from __future__ import annotations

import asyncio
import logging
import random
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..collect.filings import parse_form_d_amounts
from ..collect.http import Fetcher, FetchResult, HttpSettings, host_key
from ..collect.jobs import SMARTRECRUITERS_MAX_PAGES, BoardError, smartrecruiters_next
from ..collect.pages import diff_people, robots_allows
from ..collect.parsing import ParseError, parse_in_worker
from ..collect.sources import catalog_of
from ..config import Config
from ..extract.fingerprints import NO_DATA_SET, Finding, data_set_path, website_changes
from ..match import filter_confident
from ..store import Storage
from ..types import ATS_KINDS, ItemData, Source
from ..utils import from_iso, sha256

log = logging.getLogger(__name__)

#: Longest wait between polls of a failing source.
MAX_BACKOFF = timedelta(hours=24)
#: Filings whose Form D document is fetched per poll (EDGAR asks for restraint).
FILING_DOCS_PER_POLL = 10
#: Polls in a row that must see the same permanent redirect before the stored URL moves.
MOVE_CONFIRM_POLLS = 3


@dataclass(frozen=True)
class SourceResult:
    """The outcome of one source's poll."""

    name: str
    #: ``ok``, ``not_modified``, ``unchanged`` (same body hash), ``error``, ``gone``.
    status: str
    new_items: int = 0
    history_items: int = 0
    error: str | None = None
    #: What was parsed (only kept by :func:`test_source`).
    items: tuple[ItemData, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status in ("ok", "not_modified", "unchanged")


@dataclass
class CollectSummary:
    results: list[SourceResult] = field(default_factory=list)

    @property
    def ok(self) -> int:
        return sum(r.ok for r in self.results)

    @property
    def failed(self) -> int:
        return sum(not r.ok for r in self.results)

    @property
    def new_items(self) -> int:
        return sum(r.new_items for r in self.results)

    @property
    def history_items(self) -> int:
        return sum(r.history_items for r in self.results)


def load_sources(config: Config, storage: Storage, *, now: datetime) -> list[Source]:
    """The configured sources (files + accounts' boards), registered in the database."""
    sources = catalog_of(config, storage)
    storage.sync_sources(sources, now=now)
    return sources


def next_due_after_failure(interval: int, failures: int, retry_after: float | None,
                           now: datetime) -> datetime:
    """Exponential backoff per source (interval, 2x, 4x ... up to a day), never sooner than
    the server's Retry-After."""
    delay = timedelta(seconds=max(interval, 60) * 2 ** max(failures - 1, 0))
    delay = min(delay, MAX_BACKOFF)
    if retry_after is not None:
        delay = max(delay, timedelta(seconds=retry_after))
    return now + delay


class Collector:
    """One collection run over some sources (async inside, sync outside)."""

    def __init__(self, storage: Storage | None, config: Config, *, now: datetime,
                 http: HttpSettings | None = None, jitter: float = 0.0) -> None:
        self.jitter = jitter
        self.parse_timeout = config.collect.parse_timeout
        self.parse_workers = config.collect.parse_workers
        self.storage = storage
        self.config = config
        self.now = now
        self.http = http or HttpSettings()
        self._states: dict[str, dict[str, Any]] = {}
        self._robots: dict[str, str | BaseException | None] = {}

    # -- fetching ------------------------------------------------------------------

    async def _fetch_board(self, fetcher: Fetcher, source: Source, url: str,
                           etag: str | None, last_modified: str | None) -> FetchResult:
        first = await fetcher.fetch(url, etag=etag, last_modified=last_modified,
                                    accept="application/json", now=self.now,
                                    allow_private=_allow_private(source))
        if source.kind != "smartrecruiters" or first.status != "ok":
            return first
        # Paginated: fetch every page; the body we hash and parse is their concatenation
        # as a JSON array of pages.
        bodies = [first.body]
        next_url = smartrecruiters_next(first.url, first.body)
        for _ in range(SMARTRECRUITERS_MAX_PAGES - 1):
            if next_url is None:
                break
            page = await fetcher.fetch(next_url, accept="application/json", now=self.now,
                                       allow_private=_allow_private(source))
            if page.status != "ok":
                return FetchResult("error", next_url, error=f"page {len(bodies) + 1}: "
                                   f"{page.error or page.status}", retry_after=page.retry_after)
            bodies.append(page.body)
            if sum(len(b) for b in bodies) > fetcher.settings.max_bytes:
                # the size cap bounds the whole listing, not each page alone
                return FetchResult("error", url, error=f"pages over the "
                                   f"{fetcher.settings.max_bytes} byte cap together")
            next_url = smartrecruiters_next(next_url, page.body)
        else:
            if next_url is not None:
                return FetchResult("error", url, error=f"more than {SMARTRECRUITERS_MAX_PAGES}"
                                   " pages of postings")
        first.body = b"\x1e".join(bodies)
        return first

    async def _robots_ok(self, fetcher: Fetcher, url: str, source: Source) -> bool:
        parts = urlsplit(url)
        root = urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))
        if root not in self._robots:
            result = await fetcher.fetch(root, now=self.now,
                                         allow_private=_allow_private(source))
            if result.status == "ok":
                self._robots[root] = result.body.decode("utf-8", "replace")
            elif result.http_status in (401, 403):
                self._robots[root] = "User-agent: *\nDisallow: /\n"
            elif result.http_status is not None and result.http_status < 500:
                self._robots[root] = None  # no robots.txt: everything is allowed
            else:
                self._robots[root] = RuntimeError(f"robots.txt: {result.error}")
        robots = self._robots[root]
        if isinstance(robots, BaseException):
            raise robots
        return robots_allows(robots, url, fetcher.user_agent)

    # -- one source ------------------------------------------------------------------

    async def poll(self, fetcher: Fetcher, source: Source, *, store: bool = True) -> SourceResult:
        """Poll one source. Whatever goes wrong (a hostile body, a bug in a parser, a
        storage error) is recorded on this source and never stops the cycle (issue #10)."""
        try:
            return await self._poll(fetcher, source, store=store)
        except Exception as e:
            log.exception("poll crashed", extra={"source": source.name})
            error = f"internal error while polling: {type(e).__name__}: {e}"[:500]
            try:
                state = (self.storage.get_source_state(source.name) or {}) \
                    if store and self.storage is not None else {}
                return self._failed(source, state, error, None, store=store)
            except Exception:
                log.exception("could not record the failure", extra={"source": source.name})
                return SourceResult(source.name, "error", error=error)

    async def _poll(self, fetcher: Fetcher, source: Source, *, store: bool) -> SourceResult:
        state: dict[str, Any] = {}
        if store and self.storage is not None:
            # read for the whole cycle at once by poll_all (one query, not one per source)
            state = self._states.pop(source.name, {}) \
                or self.storage.get_source_state(source.name) or {}
        url = state.get("url") or source.url
        # a website is read in full every time: a tool is dropped after fetches that miss
        # it, and a page that stays the same is such a fetch (no validators, no shortcut)
        reread = source.kind == "website"
        etag = state.get("etag") if store and not reread else None
        last_modified = state.get("last_modified") if store and not reread else None
        if source.kind == "filing" and _is_edgar(url) and not self.http.contact:
            return self._failed(source, state, "SEC EDGAR requires a contact in the "
                                "User-Agent: set collect.contact (an email) in the "
                                "configuration", None, store=store)
        try:
            if source.kind in ("page", "website") and \
                    not await self._robots_ok(fetcher, url, source):
                return self._failed(source, state, "robots.txt disallows this page", None,
                                    store=store)
            if source.kind in ATS_KINDS:
                result = await self._fetch_board(fetcher, source, url, etag, last_modified)
            else:
                result = await fetcher.fetch(url, etag=etag, last_modified=last_modified,
                                             now=self.now, allow_private=_allow_private(source))
        except (RuntimeError, BoardError) as e:
            return self._failed(source, state, str(e), None, store=store)

        moved = self._confirmed_move(source, state, result.moved_to, url, store=store)
        if result.status == "gone":
            if store and self.storage is not None:
                self.storage.record_poll(source.name, now=self.now, ok=False,
                                         next_due=self.now + MAX_BACKOFF, error=result.error,
                                         disable=result.error)
            log.warning("source gone, disabled", extra={"source": source.name})
            return SourceResult(source.name, "gone", error=result.error)
        if result.status == "error":
            return self._failed(source, state, result.error or "error", result.retry_after,
                                store=store, url=moved)
        if result.status == "not_modified":
            self._succeeded(source, state, store=store, url=moved, etag=result.etag,
                            last_modified=result.last_modified)
            return SourceResult(source.name, "not_modified")

        body_hash = sha256(result.body)
        if store and body_hash == state.get("body_hash") and not reread:
            # The server ignored our validators but sent the same bytes: nothing to parse.
            self._succeeded(source, state, store=store, url=moved, etag=result.etag,
                            last_modified=result.last_modified)
            return SourceResult(source.name, "unchanged")

        try:
            items, error, complete = await self._parse(fetcher, source, result, store=store)
        except (BoardError, ValueError) as e:
            return self._failed(source, state, str(e), None, store=store, url=moved)
        if error and not items:
            return self._failed(source, state, error, None, store=store, url=moved)
        if not store or self.storage is None:
            return SourceResult(source.name, "ok", error=error, items=tuple(items))
        added_at = from_iso(state.get("added_at")) or self.now
        new, history = self.storage.add_items(
            # The first body ever parsed is the source's "first poll" (a 304 before it, from
            # a misbehaving proxy, must not make the real first body alertable).
            source, items, now=self.now, first_poll=state.get("body_hash") is None,
            added_at=added_at, backfill=timedelta(hours=self.config.sources.backfill_hours),
            complete=complete,
        )
        self._succeeded(source, state, store=store, url=moved, etag=result.etag,
                        last_modified=result.last_modified, body_hash=body_hash, new=new,
                        warning=error)
        return SourceResult(source.name, "ok", new_items=new, history_items=history,
                            error=error)

    def _confirmed_move(self, source: Source, state: dict[str, Any], moved_to: str | None,
                        url: str, *, store: bool) -> str | None:
        """The new URL once a permanent redirect to it was seen on MOVE_CONFIRM_POLLS
        polls in a row; one 301 (a misconfigured server, a hijacked host) must not rewrite
        the source for good (issue #10)."""
        if not store or self.storage is None:
            return None
        if not moved_to or moved_to == url:
            if state.get("moved_candidate"):
                self.storage.set_move_candidate(source.name, None, 0)
            return None
        seen = int(state.get("moved_seen") or 0) + 1 \
            if state.get("moved_candidate") == moved_to else 1
        if seen >= MOVE_CONFIRM_POLLS:
            self.storage.set_move_candidate(source.name, None, 0)
            log.info("permanent redirect confirmed: %s", moved_to, extra={"source": source.name})
            return moved_to
        self.storage.set_move_candidate(source.name, moved_to, seen)
        return None

    async def _parse(self, fetcher: Fetcher, source: Source, result: FetchResult, *,
                     store: bool) -> tuple[list[ItemData], str | None, bool]:
        """(items, recoverable error, is_complete_listing). The parsing itself runs in a
        worker process, bounded in time (see collect/parsing.py)."""
        company = source.options.get("company")
        option = source.options.get("selector")
        if source.kind == "website":
            option = self._fingerprint_data()
        parsed, warning = await parse_in_worker(
            source.kind, result.body, result.headers, result.url,
            option, timeout=self.parse_timeout, workers=self.parse_workers)
        if source.kind in ATS_KINDS:
            items: list[ItemData] = list(parsed)
            if company:
                items = [_with_company(i, company) for i in items]
            return items, None, True
        if source.kind == "page":
            people = list(parsed)
            before = self.storage.get_page_snapshot(source.name) \
                if store and self.storage is not None else None
            if not people:
                # An empty page is a broken page or selector, never "everyone left".
                raise ValueError("no names and titles found on the page"
                                 + (f" with selector {source.options['selector']!r}"
                                    if source.options.get("selector") else ""))
            changes = [] if before is None else diff_people(
                before, people, url=result.url, company=company, now=self.now)
            if store and self.storage is not None:
                self.storage.set_page_snapshot(source.name, people, now=self.now)
            if not store:
                changes = diff_people([], people, url=result.url, company=company, now=self.now)
            return changes, None, False
        if source.kind == "website":
            return self._website_changes(source, parsed, result.url, store=store), None, False
        if source.kind == "filing":
            items = list(parsed)
            if source.options.get("fetch_amounts"):
                items = await self._filing_amounts(fetcher, source, items, store=store)
            if source.options.get("fetch_exhibits"):
                items = await self._filing_exhibits(fetcher, source, items, store=store)
            return items, warning, False
        items, error = list(parsed), warning
        if company:
            items = [_with_company(i, company) for i in items]
        return items, error, False

    def _fingerprint_data(self) -> str:
        """The fingerprint data set's path; a ValueError (the source fails, saying what to
        do) when there is none."""
        path = data_set_path(self.config.technographics.fingerprints)
        if path is None:
            raise ValueError(NO_DATA_SET)
        return str(path)

    def _website_changes(self, source: Source, parsed: Any, url: str, *,
                         store: bool) -> list[ItemData]:
        """Tools adopted or dropped since the site's last snapshot (all of them, as
        ``uses``, on the first), kept to the configured categories."""
        wanted = set(self.config.technographics.categories)
        findings = [Finding(tool, category, 100, None, evidence)
                    for tool, category, evidence in parsed
                    if "*" in wanted or category in wanted]
        before = self.storage.get_snapshot(source.name) \
            if store and self.storage is not None else None
        items, rows = website_changes(before, findings, url=url,
                                      company=source.options.get("company"), now=self.now)
        if store and self.storage is not None:
            self.storage.set_snapshot(source.name, rows, now=self.now)
        return items

    async def _filing_amounts(self, fetcher: Fetcher, source: Source, items: list[ItemData],
                              *, store: bool) -> list[ItemData]:
        known: set[str] = set()
        if store and self.storage is not None:
            known = self.storage.existing_item_keys(source.name, [i.key for i in items])
        out = []
        budget = FILING_DOCS_PER_POLL
        for item in items:
            doc = item.data.get("primary_doc")
            if doc and item.key not in known and budget > 0:
                budget -= 1
                got = await fetcher.fetch(_on_source_host(source, doc), accept="application/xml",
                                          now=self.now, allow_private=_allow_private(source))
                if got.status == "ok":
                    try:
                        amounts = parse_form_d_amounts(got.body)
                    except ValueError as e:
                        log.info("form D document unreadable: %s", e,
                                 extra={"source": source.name})
                    else:
                        item = ItemData(**{**item.__dict__, "data": {**item.data, **amounts}})
            out.append(item)
        return out

    async def _filing_exhibits(self, fetcher: Fetcher, source: Source, items: list[ItemData],
                               *, store: bool) -> list[ItemData]:
        """The earnings release (exhibit 99.1) of each new 8-K under item 2.02 whose filer
        is an account: the filing index, then the exhibit, of which the sentences about
        guidance and expectations are kept (``data["exhibit"]``). A filer that is no account
        costs no request (a day of 8-Ks has hundreds); a document that cannot be read
        leaves the filing as it is (item 2.02 alone is no signal)."""
        wanted = [i for i in items if "2.02" in (i.data.get("items") or ())]
        if not wanted:
            return items
        known: set[str] = set()
        matcher = None
        if store and self.storage is not None:
            known = self.storage.existing_item_keys(source.name, [i.key for i in wanted])
            from .extract import matcher_for
            matcher = matcher_for(self.storage)
        floor = self.config.matching.confidence_floor
        budget = FILING_DOCS_PER_POLL
        out = []
        for item in items:
            if item in wanted and item.key not in known and budget > 0 and item.url and (
                    matcher is None or filter_confident(
                        matcher.resolve(company=item.company, source=source.name), floor)):
                budget -= 1
                exhibit = await self._exhibit_of(fetcher, source, item.url)
                if exhibit is not None:
                    item = ItemData(**{**item.__dict__, "data": {**item.data, **exhibit}})
            out.append(item)
        return out

    async def _exhibit_of(self, fetcher: Fetcher, source: Source,
                          index_url: str) -> dict[str, Any] | None:
        index_url = _on_source_host(source, index_url)
        private = _allow_private(source)
        got = await fetcher.fetch(index_url, accept="text/html", now=self.now,
                                  allow_private=private)
        link = None
        if got.status == "ok":  # parsed off the event loop, bounded (collect/parsing.py)
            try:
                link, _ = await parse_in_worker(
                    "filing_index", got.body, got.headers, index_url, None,
                    timeout=self.parse_timeout, workers=self.parse_workers)
            except ParseError as e:
                log.info("8-K index unreadable: %s", e, extra={"source": source.name})
        if link is None:
            log.info("8-K exhibit 99.1 not found in %s", index_url,
                     extra={"source": source.name})
            return None
        doc = await fetcher.fetch(link, accept="text/html", now=self.now,
                                  allow_private=private)
        if doc.status != "ok":
            log.info("8-K exhibit unreadable: %s", doc.error or doc.status,
                     extra={"source": source.name})
            return None
        try:
            passages, _ = await parse_in_worker("exhibit", doc.body, doc.headers, link, None,
                                                timeout=self.parse_timeout,
                                                workers=self.parse_workers)
        except ParseError as e:  # the filing stays, without its exhibit
            log.info("8-K exhibit unreadable: %s", e, extra={"source": source.name})
            return None
        return {"exhibit": passages, "exhibit_url": link}

    # -- health ----------------------------------------------------------------------

    def _succeeded(self, source: Source, state: dict[str, Any], *, store: bool,
                   url: str | None, etag: str | None, last_modified: str | None,
                   body_hash: str | None = None, new: int = 0,
                   warning: str | None = None) -> None:
        if warning:
            log.warning("feed recovered with errors: %s", warning, extra={"source": source.name})
        if not store or self.storage is None:
            return
        # Jitter spreads sources declared together over time (no thundering herd).
        spread = 1 + random.uniform(-self.jitter, self.jitter) if self.jitter else 1
        self.storage.record_poll(
            source.name, now=self.now, ok=True,
            next_due=self.now + timedelta(seconds=source.interval * spread), url=url, etag=etag,
            last_modified=last_modified, body_hash=body_hash, new_items=new,
            parsed=body_hash is not None, warning=warning,
        )

    def _failed(self, source: Source, state: dict[str, Any], error: str,
                retry_after: float | None, *, store: bool, url: str | None = None
                ) -> SourceResult:
        log.warning("poll failed: %s", error, extra={"source": source.name})
        if store and self.storage is not None:
            failures = int(state.get("consecutive_failures") or 0) + 1
            self.storage.record_poll(
                source.name, now=self.now, ok=False, error=error, url=url,
                next_due=next_due_after_failure(source.interval, failures, retry_after,
                                                self.now),
            )
        return SourceResult(source.name, "error", error=error)

    # -- many sources ------------------------------------------------------------------

    async def poll_all(self, sources: Iterable[Source],
                       progress: Callable[[SourceResult], object] | None = None, *,
                       states: Mapping[str, dict[str, Any]] | None = None,
                       ) -> CollectSummary:
        """Poll ``sources`` at once; ``states``: their stored states when the caller has
        just read them (else they are read here)."""
        summary = CollectSummary()
        chosen = list(sources)
        if self.storage is not None:
            wanted = {s.name for s in chosen}
            if states is None:
                # A few sources (a worker's bucket) are read by name; many, in one scan.
                states = {r["name"]: r for r in self.storage.get_source_states(
                    wanted if len(wanted) <= 2000 else None)}
            self._states = {n: states[n] for n in wanted if n in states}
        # A host's connections are closed as soon as its last source of the cycle is done:
        # kept to the end, 10,000 sources on 10,000 hosts held 10,000 sockets at once.
        pending: dict[str, int] = {}
        for s in chosen:
            pending[host_key(s.url)] = pending.get(host_key(s.url), 0) + 1

        async def one(source: Source) -> SourceResult:
            try:
                return await self.poll(fetcher, source)
            finally:
                host = host_key(source.url)
                pending[host] -= 1
                if pending[host] == 0:
                    await fetcher.close_host(host)

        async with Fetcher(self.http) as fetcher:
            tasks = [asyncio.ensure_future(one(s)) for s in chosen]
            for next_done in asyncio.as_completed(tasks):
                result = await next_done
                summary.results.append(result)
                if progress is not None:
                    progress(result)
        return summary


def _on_source_host(source: Source, url: str) -> str:
    """An EDGAR document's path on the source's own host: a mirror (an explicit url)
    serves EDGAR's paths itself."""
    mirror = urlsplit(source.url)
    return urlunsplit((mirror.scheme, mirror.netloc, urlsplit(url).path, "", ""))


def _allow_private(source: Source) -> bool:
    return bool(source.options.get("allow_private"))


def _is_edgar(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host == "sec.gov" or host.endswith(".sec.gov")


def _with_company(item: ItemData, company: str) -> ItemData:
    if item.company:
        return item
    return ItemData(**{**item.__dict__, "company": company})


def bucket_of(name: str, buckets: int) -> int:
    """The shard a source belongs to (stable across processes and restarts): workers poll
    sources in ~100 buckets, so 10,000 sources are ~100 jobs a tick, not 10,000."""
    return zlib.crc32(name.encode("utf-8")) % max(buckets, 1)


def select_sources(sources: Iterable[Source], storage: Storage, *, now: datetime,
                   names: Iterable[str] | None = None, due_only: bool = False,
                   bucket: tuple[int, int] | None = None,
                   due_before: datetime | None = None
                   ) -> tuple[list[Source], dict[str, dict[str, Any]]]:
    """Enabled sources (by name when given; due ones with ``due_only``, due by
    ``due_before`` when given, else by ``now``; of one ``(bucket, buckets)`` shard), and the
    stored states read to choose them (the poll reuses them: one read per run)."""
    wanted = set(names) if names is not None else None
    candidates = [s for s in sources
                  if (wanted is None or s.name in wanted)
                  and (bucket is None or bucket_of(s.name, bucket[1]) == bucket[0])]
    whole = wanted is None and bucket is None
    states = {s["name"]: s for s in storage.get_source_states(
        None if whole else [c.name for c in candidates])}
    horizon = due_before or now
    chosen = []
    for source in candidates:
        state = states.get(source.name, {})
        if not source.enabled or (state and not state["enabled"]):
            continue
        if due_only:
            due = from_iso(state.get("next_due"))
            if due is not None and due > horizon:
                continue
        chosen.append(source)
    return chosen, states


def collect(storage: Storage, config: Config, *, now: datetime,
            names: Iterable[str] | None = None, due_only: bool = False,
            progress: Callable[[SourceResult], object] | None = None,
            http: HttpSettings | None = None, jitter: float = 0.0,
            sources: list[Source] | None = None, bucket: tuple[int, int] | None = None,
            due_before: datetime | None = None) -> CollectSummary:
    """Poll sources once (all enabled ones, or ``names``, or the due ones) and store items.
    ``sources``: the catalog already loaded and registered (a worker's bucket job)."""
    if sources is None:
        sources = load_sources(config, storage, now=now)
    chosen, states = select_sources(sources, storage, now=now, names=names,
                                    due_only=due_only, bucket=bucket, due_before=due_before)
    collector = Collector(storage, config, now=now, http=http or http_settings(config),
                          jitter=jitter)
    return asyncio.run(collector.poll_all(chosen, progress, states=states))


def try_source(config: Config, source: Source, *, now: datetime,
                http: HttpSettings | None = None) -> SourceResult:
    """Fetch and parse one source without storing anything (``sources test``)."""
    collector = Collector(None, config, now=now, http=http or http_settings(config))

    async def run() -> SourceResult:
        async with Fetcher(collector.http) as fetcher:
            return await collector.poll(fetcher, source, store=False)

    return asyncio.run(run())


def http_settings(config: Config) -> HttpSettings:
    c = config.collect
    return HttpSettings(connect_timeout=c.connect_timeout, read_timeout=c.read_timeout,
                        deadline=c.deadline, max_bytes=c.max_bytes,
                        concurrency=c.concurrency, per_host=c.per_host,
                        ca_bundle=str(c.ca_bundle) if c.ca_bundle else None,
                        contact=c.contact)


__all__ = ["CollectSummary", "Collector", "SourceResult", "collect", "load_sources",
           "try_source"]
