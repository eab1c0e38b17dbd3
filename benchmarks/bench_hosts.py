"""Sources on many hosts, over TLS (issue #11): N feeds on N distinct loopback addresses,
each with its own certificate from a local CA, 20 ms of server latency.

Measured: a first cycle (every feed answers 200 and is parsed and stored) and a steady
cycle (every feed answers 304 to our validators), in sources per second and CPU per poll
of the collector's process and its parse workers (the server's CPU is left out).
Baseline, measured in the same run: the same number of sources all on one host (one
address of the range, not 127.0.0.1), so the ratio shows what many hosts cost per poll
(goal: within 2x).
"""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from signalwatch.collect.http import HttpSettings
from signalwatch.config import Config
from signalwatch.stages.collect import Collector
from signalwatch.store import Storage
from signalwatch.types import Source

from ._tls import FEED, TlsHosts, host_ips, make_pki


def _cycle(sources: list[Source], storage: Storage, ca: Path, now: datetime
           ) -> tuple[float, float, int]:
    http = HttpSettings(ca_bundle=str(ca), concurrency=64, per_host=4, deadline=60)
    collector = Collector(storage, Config(path=None), now=now, http=http)
    import asyncio

    from .bench_collect import _children_cpu, _spent

    # the parse workers count too; the server (also our child process) does not
    server = _SERVER_PID[0] if _SERVER_PID else None
    workers = _children_cpu(skip=server)
    cpu, wall = time.process_time(), time.perf_counter()
    summary = asyncio.run(collector.poll_all(sources))
    spent = _spent(workers, _children_cpu(skip=server))
    return time.perf_counter() - wall, time.process_time() - cpu + spent, summary.ok


_SERVER_PID: list[int] = []


def _run(n: int, hosts: list[str], server: TlsHosts, ca: Path, folder: Path, label: str
         ) -> tuple[float, float]:
    sources = [Source(name=f"s{i}", kind="feed", url=server.url(hosts[i % len(hosts)])
                      + f"?n={i}", category="funding") for i in range(n)]
    storage = Storage(folder / f"{label}.db")
    now = datetime(2026, 11, 1, tzinfo=UTC)
    storage.sync_sources(sources, now=now)
    first = _cycle(sources, storage, ca, now)
    steady = _cycle(sources, storage, ca, now + timedelta(hours=1))
    storage.close()
    for name, (wall, cpu, ok) in (("first (200, parse, store)", first),
                                  ("steady (304)", steady)):
        print(f"   {label:<11} {name:<26} {n / wall:7.0f} sources/s  {1000 * cpu / n:6.2f} "
              f"ms CPU per poll  {cpu / wall:4.2f} cores  ({ok}/{n} ok, {wall:.1f}s)")
    return 1000 * first[1] / n, 1000 * steady[1] / n


def main(*, quick: bool = False) -> None:
    n = 500 if quick else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ips = host_ips(n)
        ca = make_pki(folder / "pki", ips)
        with TlsHosts(folder / "pki", ips, latency=0.02) as server:
            _SERVER_PID[:] = [server.pid]
            # start the parse workers first: their start-up is not a cycle's cost
            import asyncio

            from signalwatch.collect.parsing import parse_in_worker

            asyncio.run(parse_in_worker("feed", FEED, {}, "https://x.example/", None,
                                        timeout=30))
            many_first, many_steady = _run(n, ips, server, ca, folder, "many hosts")
            one_first, one_steady = _run(n, ips[:1], server, ca, folder, "one host")
        print(f"   CPU per poll, many hosts / one host: first {many_first / one_first:.2f}x, "
              f"steady {many_steady / one_steady:.2f}x (goal: within 2x)")
        for label, per_poll in (("first", many_first), ("steady", many_steady)):
            seconds = per_poll * 10_000 / 1000
            print(f"   a 10,000-source cycle on many hosts ({label}): {seconds:.1f} CPU-seconds, "
                  f"{seconds / 60:.2f} of one core over a 60 s cycle (goal: under 0.5)")
