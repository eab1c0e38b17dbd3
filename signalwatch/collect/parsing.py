"""Parsing off the event loop, bounded in time and memory: a pool of worker processes.

    fetched bytes | [worker process: feed / board / page / filing parser] | items

Why processes (issue #10): a 46 KB team page of 2,000 nested member blocks took 54 s of CPU
in BeautifulSoup's selector engine, a 2.3 MB one over 15 minutes, and JSON nested 200,000
deep exhausts the recursion limit; parsing on the event loop blocked every other fetch, and
a thread cannot be stopped. Each parse runs in a worker process (pebble's ProcessPool: a
per-task timeout kills just the worker that overran and starts another), so a hostile body
costs at most ``collect.parse_timeout`` seconds of one core and fails only its own source.
The workers start from a fork server (no locks or threads inherited from the daemon).

Everything that crosses the process boundary is plain data (bytes in, ItemData out).
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import multiprocessing
import re
import sys
import threading
from collections.abc import Mapping
from typing import Any

from ..types import ATS_KINDS, ItemData

#: How much of an 8-K's exhibit is read (an earnings release with its tables is ~100 KB).
EXHIBIT_TEXT_LIMIT = 400_000
#: Deepest recursion a parser may use inside a worker (JSON or HTML nesting).
WORKER_RECURSION_LIMIT = 4000

_lock = threading.Lock()
_warned = False
log = logging.getLogger(__name__)
_pool: Any = None
_pool_size = 0


class ParseError(ValueError):
    """A body could not be parsed within the bounds (time, depth, shape)."""


def parse_body(kind: str, body: bytes, headers: Mapping[str, str], url: str,
               selector: str | None) -> tuple[Any, str | None]:
    """Parse one fetched body (in a worker): items and a recoverable warning. For pages,
    (name, title) pairs instead of items; for websites, (tool, category, evidence); for an
    8-K's index, its exhibit's link; for an exhibit, the passages extraction reads. Raises
    ParseError for a body that is not the source's format."""
    from .feeds import parse_feed
    from .filings import parse_filings
    from .jobs import BoardError, parse_board
    from .pages import parse_people

    try:
        if kind in ATS_KINDS:
            items: list[ItemData] = []
            for part in body.split(b"\x1e"):
                items.extend(parse_board(kind, part))
            return items, None
        if kind == "page":
            return parse_people(body, selector), None
        if kind == "filing":
            return parse_filings(body, headers, url)
        if kind == "website":  # ``selector`` carries the fingerprint data set's path
            return _fingerprint(body, headers, url, selector), None
        if kind == "filing_index":  # an 8-K's index: the link of its earnings release
            from .filings import exhibit_link

            return exhibit_link(body, url), None
        if kind == "exhibit":  # an earnings release: what extraction reads of it
            from ..extract.earnings import relevant_passages
            from ..extract.text import html_to_text

            text = html_to_text(body.decode("utf-8", "replace"), limit=EXHIBIT_TEXT_LIMIT)
            return relevant_passages(text), None
        return parse_feed(body, headers, url)
    except BoardError as e:
        raise ParseError(str(e)) from None
    except RecursionError:
        raise ParseError("the body is nested too deeply to parse") from None
    except MemoryError:
        raise ParseError("the body needs too much memory to parse") from None
    except Exception as e:
        raise ParseError(f"unreadable body ({type(e).__name__}: {e})"[:300]) from None


def _fingerprint(body: bytes, headers: Mapping[str, str], url: str,
                 data_path: str | None) -> list[Any]:
    """(tool, category, evidence) of every technology a website's page shows."""
    from http.cookies import CookieError, SimpleCookie

    from bs4 import UnicodeDammit

    from ..extract.fingerprints import Page, detect, fingerprints_from

    if not data_path:
        raise ParseError("no fingerprint data set")
    cookies: dict[str, str] = {}
    for name, value in headers.items():
        if name.lower() == "set-cookie":
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(value)
            except CookieError:
                continue
            cookies.update({k: m.value for k, m in jar.items()})
    declared = re.search(r"charset=([\w.-]+)", next(
        (v for k, v in headers.items() if k.lower() == "content-type"), ""), re.IGNORECASE)
    html = UnicodeDammit(body, [declared.group(1)] if declared else []).unicode_markup or ""
    page = Page(url, html, dict(headers), cookies)
    return [(f.tool, f.category, f.evidence) for f in detect(page, fingerprints_from(data_path))]


def _init_worker() -> None:
    sys.setrecursionlimit(WORKER_RECURSION_LIMIT)
    try:
        import resource

        # A worker never needs more than this; a body that would is refused, not swapped.
        limit = 2 * 1024 ** 3
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass


def _get_pool(workers: int) -> Any:
    global _pool, _pool_size
    with _lock:
        if _pool is None or not _pool.active or _pool_size != workers:
            from pebble import ProcessPool

            if _pool is not None:
                _pool.stop()
            try:
                context: Any = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload(["signalwatch.collect.parsing"])
            except ValueError:  # platforms without fork servers
                context = multiprocessing.get_context("spawn")
            _pool = ProcessPool(max_workers=workers, max_tasks=500, initializer=_init_worker,
                                context=context)
            _pool_size = workers
        return _pool


def shutdown() -> None:
    """Stop the worker processes (at exit, or after a test)."""
    global _pool
    with _lock:
        if _pool is not None:
            _pool.stop()
            _pool.join(timeout=5)
            _pool = None


atexit.register(shutdown)


async def parse_in_worker(kind: str, body: bytes, headers: Mapping[str, str], url: str,
                          selector: str | None, *, timeout: float, workers: int = 2
                          ) -> tuple[Any, str | None]:
    """:func:`parse_body` in a worker process, killed after ``timeout`` seconds."""
    from concurrent.futures import TimeoutError as FutureTimeout

    global _warned

    if _warned:
        return await asyncio.to_thread(parse_body, kind, body, dict(headers), url, selector)
    try:
        pool = _get_pool(workers)
        future = pool.schedule(parse_body, args=(kind, body, dict(headers), url, selector),
                               timeout=timeout)
    except (RuntimeError, OSError) as e:
        # No worker processes here (a script without a __main__ guard, a sandbox without
        # fork or semaphores): parse in a thread, still off the event loop, without the
        # kill-on-timeout bound. Said once in the log.
        if not _warned:
            _warned = True
            log.warning("parse workers unavailable (%s); parsing in a thread", e)
        return await asyncio.to_thread(parse_body, kind, body, dict(headers), url, selector)
    try:
        return await asyncio.wrap_future(future)
    except (TimeoutError, FutureTimeout):
        raise ParseError(f"parsing took longer than {timeout:g}s (the body is too complex)"
                         ) from None
    except ParseError:
        raise
    except Exception as e:  # a worker that died (memory limit, crash)
        raise ParseError(f"the parser failed ({type(e).__name__}: {e})"[:300]) from None
