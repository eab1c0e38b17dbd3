"""Several cores (issue #11): the parse step runs in worker processes (collect.parse_workers)
while the event loop fetches and the store stays the single writer. Measured: a first cycle
over feeds that all answer 200 with a real TechCrunch feed, with 1 worker (the baseline, in
the same run) and with 2; once as served (UTF-8: the lxml fast path, cheap enough that the
main process is the limit) and once declared ISO-8859-1, which the tolerant parser
(feedparser) must read: the parse-bound case that more processes are for.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from benchmarks._loopback import serve
from signalwatch.collect import parsing
from signalwatch.collect.http import HttpSettings
from signalwatch.config import CollectSettings, Config
from signalwatch.stages.collect import Collector
from signalwatch.store import Storage
from signalwatch.types import Source

FEED = (Path(__file__).parent.parent / "tests" / "data" / "collect" / "techcrunch.xml"
        ).read_bytes()
#: The same feed declared ISO-8859-1 (characters outside it as references): feedparser's.
LATIN1 = FEED.decode("utf-8").replace('encoding="UTF-8"', 'encoding="ISO-8859-1"', 1).encode(
    "iso-8859-1", "xmlcharrefreplace")


def _cycle(workers: int, n: int, port: int, folder: Path, kind: str) -> float:
    parsing.shutdown()
    config = Config(path=None, collect=CollectSettings(parse_workers=workers))
    sources = [Source(name=f"s{i}", kind="feed", url=f"http://127.0.0.1:{port}/{kind}/{i}",
                      category="funding") for i in range(n)]
    storage = Storage(folder / f"{kind}-w{workers}.db")
    now = datetime(2026, 11, 1, tzinfo=UTC)
    storage.sync_sources(sources, now=now)
    collector = Collector(storage, config, now=now,
                          http=HttpSettings(concurrency=64, per_host=32))
    # warm the pool (process start is not what is measured)
    asyncio.run(collector.poll_all(sources[:4]))
    start = time.perf_counter()
    summary = asyncio.run(collector.poll_all(sources[4:]))
    wall = time.perf_counter() - start
    storage.close()
    assert summary.ok == n - 4, summary.failed
    return (n - 4) / wall


def main(*, quick: bool = False) -> None:
    def handle(h: BaseHTTPRequestHandler) -> None:
        body = LATIN1 if h.path.startswith("/latin1/") else FEED
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    server = serve(handle)
    n = 100 if quick else 400
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for kind, label in (("utf8", "UTF-8, lxml fast path"),
                                ("latin1", "ISO-8859-1, feedparser")):
                one = _cycle(1, n, server.server_address[1], Path(tmp), kind)
                two = _cycle(2, n, server.server_address[1], Path(tmp), kind)
                print(f"   {n - 4} feeds parsed and stored ({label}): 1 worker {one:.0f} "
                      f"feeds/s, 2 workers {two:.0f} feeds/s: {two / one:.2f}x")
    finally:
        server.shutdown()
        parsing.shutdown()
