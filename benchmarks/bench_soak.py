"""Soak: 24 simulated hours of the daemon's jobs polling 500 loopback sources.

The clock is injected and advanced 5 minutes per step (288 steps), so a day takes about a
minute. Every source is polled every 30 simulated minutes (about 24,000 polls); each feed
gains a headline every few simulated hours, some about accounts (so signals, decisions and
alerts flow too). Resident memory is sampled every simulated hour; the figure is its slope
(MiB per simulated hour, least squares over the second half, after warm-up) and the ratio
of the last sample to the first one after warm-up.
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psutil

from benchmarks._loopback import serve

START = datetime(2026, 11, 24, tzinfo=UTC)


class Clock:
    now = START


def _serve(n_sources: int) -> ThreadingHTTPServer:
    def handle(h: BaseHTTPRequestHandler) -> None:
        n = int(h.path.rsplit("/", 1)[1])
        hours = int((Clock.now - START).total_seconds() // 3600)
        # a new headline every 3 simulated hours, offset per source; 20 in the feed
        newest = (hours + n % 3) // 3
        items = []
        for k in range(max(0, newest - 19), newest + 1):
            when = START + timedelta(hours=3 * k)
            company = f"Soakco {(n * 7 + k) % 1000:04d} Systems" if k % 5 == 0 else \
                f"Unknown Startup {n}-{k}"
            items.append(f"<item><title>{company} raises ${k % 40 + 1}M Series A</title>"
                         f"<guid>{n}-{k}</guid><link>https://news.example/{n}/{k}</link>"
                         f"<pubDate>{format_datetime(when, usegmt=True)}</pubDate></item>")
        body = ('<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>'
                + "".join(reversed(items)) + "</channel></rss>").encode()
        etag = f'"{n}-{newest}"'
        if h.headers.get("If-None-Match") == etag:
            h.send_response(304)
            h.send_header("ETag", etag)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("ETag", etag)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    return serve(handle)


def _slope(points: list[tuple[float, float]]) -> float:
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    den = sum((x - mx) ** 2 for x, _ in points) or 1.0
    return sum((x - mx) * (y - my) for x, y in points) / den


def main(quick: bool = False) -> None:
    from signalwatch.accounts import read_accounts
    from signalwatch.config import load_config
    from signalwatch.daemon import Daemon
    from signalwatch.logs import setup_logging
    from signalwatch.store import Storage

    n_sources = 100 if quick else 500
    server = _serve(n_sources)
    folder = Path(tempfile.mkdtemp(prefix="sw-soak-"))
    try:
        (folder / "sources").mkdir()
        (folder / "sources" / "s.toml").write_text("".join(
            f'[[feed]]\nname = "f{n}"\nurl = "http://127.0.0.1:{server.server_address[1]}'
            f'/feed/{n}"\ninterval_minutes = 30\n' for n in range(n_sources)), "utf-8")
        (folder / "signalwatch.toml").write_text(
            "[daemon]\njitter = 0.1\n[collect]\nconcurrency = 32\nper_host = 16\n", "utf-8")
        config = load_config(folder / "signalwatch.toml")
        setup_logging(level="ERROR", stream=open(os.devnull, "w"))  # noqa: SIM115
        storage = Storage(config.storage.database)
        csv = "id,name,domain,industry,employees,revenue,country,tech,owner\n" + "".join(
            f"a{i},Soakco {i:04d} Systems,soakco{i}.com,Software,100,10000000,US,Salesforce,"
            f"ana@example.com\n" for i in range(1000))
        storage.upsert_accounts(read_accounts(csv).accounts, now=START)
        daemon = Daemon(config, storage, clock=lambda: Clock.now)
        process = psutil.Process(os.getpid())
        samples: list[tuple[float, float]] = []
        started = time.perf_counter()
        for step in range(24 * 12 + 1):
            Clock.now = START + timedelta(minutes=5 * step)
            daemon.poll(Clock.now)
            daemon.pipeline(Clock.now)
            if step % 12 == 0:
                gc.collect()
                samples.append((step / 12, process.memory_info().rss / 2**20))
        wall = time.perf_counter() - started
        m = storage.metrics()
        storage.close()
        second_half = samples[len(samples) // 2:]
        slope = _slope(second_half)
        warm = samples[2][1]
        print(f"   {n_sources} sources, 24 simulated hours in {wall:.0f}s: {m['polls']}"
              f" polls, {m['items']} items, {sum(m['signals'].values())} signals, "
              f"{sum(m['alerts'].values())} alerts")
        print(f"   resident memory: {samples[0][1]:.0f} MiB at start, {warm:.0f} MiB after "
              f"2 h (warm), {samples[-1][1]:.0f} MiB at 24 h; slope over the last 12 h "
              f"{slope:+.3f} MiB per simulated hour; ratio 24h / warm {samples[-1][1] / warm:.3f}")
    finally:
        server.shutdown()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
