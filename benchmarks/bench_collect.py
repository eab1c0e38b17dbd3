"""Polling throughput: 2,000 loopback sources, 90% answer 304, 10% a changed 50-item feed.

Two scenarios: the server answers at once (loopback: the client's CPU is the limit), and
the server answers after 20 ms (a remote server's round trip: concurrency is what counts).

Measures signalwatch's collector (async aiohttp sessions per host, conditional GET, body
hash, the lxml fast path for well-formed feeds in parse workers, items stored in SQLite)
against a naive sequential loop (one httpx.Client, conditional GET, feedparser with its
defaults, nothing stored) in the same run,
against the same server (a separate process, so the two do not share a core with it).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import socket
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import feedparser
import httpx


def _feed(n: int, round_: int) -> bytes:
    items = "".join(
        f"<item><title>Company {n}-{i} raises ${i + 1}M in round {round_}</title>"
        f"<link>https://news.example/{n}/{round_}/{i}</link><guid>{n}-{round_}-{i}</guid>"
        f"<description>&lt;p&gt;Company {n}-{i} announced a &lt;b&gt;Series A&lt;/b&gt; "
        f"led by Example Ventures.&lt;/p&gt;</description>"
        f"<pubDate>Tue, 24 Nov 2026 10:{i % 60:02d}:00 GMT</pubDate></item>"
        for i in range(50)
    )
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {n}</title>'
            f"<link>https://news.example/{n}</link>{items}</channel></rss>").encode()


def _serve(port_queue: multiprocessing.Queue, latency: float = 0.0) -> None:  # type: ignore[type-arg]
    """A small keep-alive HTTP/1.1 server: /feed/N; N % 10 == 0 changes on every request."""
    counters: dict[int, int] = {}

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                conditional = any(h.lower().startswith("if-none-match:") for h in lines)
                n = int(path.rsplit("/", 1)[1])
                if n % 10 == 0:
                    counters[n] = counters.get(n, 0) + 1
                    body, status = _feed(n, counters[n]), "200 OK"
                    etag = f'"{n}-{counters[n]}"'
                elif conditional:
                    body, status, etag = b"", "304 Not Modified", f'"{n}"'
                else:
                    body, status, etag = _feed(n, 0), "200 OK", f'"{n}"'
                if latency:
                    await asyncio.sleep(latency)
                writer.write(
                    f"HTTP/1.1 {status}\r\nContent-Type: application/rss+xml\r\n"
                    f"ETag: {etag}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
        port_queue.put(server.sockets[0].getsockname()[1])
        async with server:
            await server.serve_forever()

    asyncio.run(main())


def _naive(urls: list[str], etags: dict[str, str]) -> None:
    with httpx.Client(timeout=10) as client:
        for url in urls:
            headers = {"If-None-Match": etags[url]} if url in etags else {}
            r = client.get(url, headers=headers)
            if r.status_code == 200:
                etags[url] = r.headers.get("etag", "")
                feedparser.parse(r.content)


def _scenario(n_sources: int, latency: float) -> None:
    from signalwatch.collect.http import HttpSettings
    from signalwatch.config import Config
    from signalwatch.stages.collect import Collector
    from signalwatch.store import Storage
    from signalwatch.types import Source

    queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    proc = multiprocessing.Process(target=_serve, args=(queue, latency), daemon=True)
    proc.start()
    port = queue.get(timeout=10)
    socket.create_connection(("127.0.0.1", port)).close()
    urls = [f"http://127.0.0.1:{port}/feed/{n}" for n in range(n_sources)]
    try:
        # baseline: warm (first round stores validators), then a measured round
        etags: dict[str, str] = {}
        _naive(urls, etags)
        wall, cpu = time.perf_counter(), time.process_time()
        _naive(urls, etags)
        base_wall, base_cpu = time.perf_counter() - wall, time.process_time() - cpu

        with tempfile.TemporaryDirectory() as tmp:
            storage = Storage(Path(tmp) / "bench.db")
            config = Config(path=None)
            sources = [Source(name=f"s{n}", kind="feed", url=u) for n, u in enumerate(urls)]
            now = datetime(2026, 11, 24, 12, tzinfo=UTC)
            storage.sync_sources(sources, now=now)
            settings = HttpSettings(concurrency=64, per_host=64)
            asyncio.run(Collector(storage, config, now=now, http=settings).poll_all(sources))
            later = now + timedelta(hours=1)
            # parsing runs in worker processes: their CPU counts too
            workers = _children_cpu(skip=proc.pid)
            wall, cpu = time.perf_counter(), time.process_time()
            summary = asyncio.run(
                Collector(storage, config, now=later, http=settings).poll_all(sources))
            ours_wall = time.perf_counter() - wall
            ours_cpu = time.process_time() - cpu + _spent(workers,
                                                          _children_cpu(skip=proc.pid))
            # the 304 path alone: the sources that did not change
            unchanged = [s for n, s in enumerate(sources) if n % 10]
            workers = _children_cpu(skip=proc.pid)
            cpu = time.process_time()
            asyncio.run(Collector(storage, config, now=later + timedelta(hours=1),
                                  http=settings).poll_all(unchanged))
            cpu_304 = (time.process_time() - cpu
                       + _spent(workers, _children_cpu(skip=proc.pid))) / len(unchanged)
            storage.close()
        statuses = {s: sum(r.status == s for r in summary.results)
                    for s in ("ok", "not_modified")}
        print(f"   {n_sources} sources, server latency {latency * 1000:.0f} ms: "
              f"{statuses['not_modified']} answered 304, {statuses['ok']} changed "
              f"({summary.new_items} new items stored)")
        print(f"     naive sequential loop : {n_sources / base_wall:8.0f} sources/s, "
              f"{1e3 * base_cpu / n_sources:.3f} ms CPU per poll")
        print(f"     signalwatch collector : {n_sources / ours_wall:8.0f} sources/s, "
              f"{1e3 * ours_cpu / n_sources:.3f} ms CPU per poll (parse workers included; "
              "items stored in SQLite)")
        print(f"     ratio (ours / naive)  : {base_wall / ours_wall:.2f}x throughput, "
              f"{ours_cpu / base_cpu:.2f}x CPU per poll")
        print(f"     304 polls alone       : {1e3 * cpu_304:.3f} ms CPU per poll (validators "
              "sent, poll recorded in SQLite)")
    finally:
        proc.terminate()
        proc.join(5)


def _children_cpu(skip: int | None = None) -> dict[int, float]:
    """CPU seconds of each child process (the parse workers), by pid, but ``skip`` (the
    server). By pid, so a worker that ends between two readings is not subtracted."""
    import psutil

    out = {}
    for child in psutil.Process().children(recursive=True):
        if child.pid == skip:
            continue
        try:
            t = child.cpu_times()
            out[child.pid] = t.user + t.system
        except psutil.Error:
            pass
    return out


def _spent(before: dict[int, float], after: dict[int, float]) -> float:
    return sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items())


def main(quick: bool = False) -> None:
    _scenario(400 if quick else 2000, 0.0)
    _scenario(200 if quick else 500, 0.02)


if __name__ == "__main__":
    main()
