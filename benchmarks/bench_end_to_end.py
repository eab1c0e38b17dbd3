"""End to end: ``collect`` (poll, parse, store, extract, match, decide) over 200 recorded
feeds with 100,000 accounts, in items per second.

Feeds: the 13 real TechCrunch snapshots in tests/data and the team's shared data when
present (else the one in tests/data), served on 127.0.0.1 under 200 URLs. Accounts: the
labelled evaluation accounts plus synthetic ones up to 100,000. Baseline, in the same run: a
naive pipeline (sequential httpx GETs, feedparser with defaults, every account name tested
as a substring of every item), timed on a sample and given per item.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import feedparser
import httpx

from benchmarks._loopback import serve

ROOT = Path(__file__).parent.parent
SNAPSHOTS = ROOT.parent / "shared" / "data" / "techcrunch-feed-history-narrowcast" / "raw_snapshots"


def _feeds() -> list[bytes]:
    files = sorted(SNAPSHOTS.glob("techcrunch_*.xml")) if SNAPSHOTS.is_dir() else []
    files = files or [ROOT / "tests" / "data" / "collect" / "techcrunch.xml"]
    return [f.read_bytes() for f in files]


def _serve(bodies: list[bytes]) -> ThreadingHTTPServer:
    def handle(h: BaseHTTPRequestHandler) -> None:
        body = bodies[int(h.path.rsplit("/", 1)[1]) % len(bodies)]
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    return serve(handle)


def main(quick: bool = False) -> None:
    from benchmarks.bench_match import _accounts
    from signalwatch.accounts import read_accounts_file
    from signalwatch.config import load_config
    from signalwatch.pipeline import run_stages as run_once
    from signalwatch.stages.collect import collect
    from signalwatch.store import Storage

    n_feeds, n_accounts = (50, 10_000) if quick else (200, 100_000)
    server = _serve(_feeds())
    port = server.server_address[1]
    folder = Path(tempfile.mkdtemp(prefix="sw-e2e-"))
    try:
        base = read_accounts_file(ROOT / "tests" / "data" / "signals" / "eval_accounts.csv")
        accounts = _accounts(n_accounts, base.accounts)
        (folder / "sources").mkdir()
        (folder / "sources" / "s.toml").write_text("".join(
            f'[[feed]]\nname = "f{n}"\nurl = "http://127.0.0.1:{port}/feed/{n}"\n'
            for n in range(n_feeds)), "utf-8")
        (folder / "signalwatch.toml").write_text("[collect]\nper_host = 16\n", "utf-8")
        config = load_config(folder / "signalwatch.toml")
        storage = Storage(config.storage.database)
        storage.upsert_accounts(accounts, now=datetime.now(UTC))
        now = datetime(2025, 9, 1, tzinfo=UTC)
        from benchmarks.bench_collect import _children_cpu, _spent

        workers = _children_cpu()
        cpu = time.process_time()
        start = time.perf_counter()
        summary = collect(storage, config, now=now)
        polled = time.perf_counter()
        result = run_once(storage, config, now=now)
        done = time.perf_counter()
        # the parse workers' CPU too (the loopback server is a thread of this process)
        cpu = time.process_time() - cpu + _spent(workers, _children_cpu())
        items = summary.new_items
        extract = result.stages["extract"]
        storage.close()

        # the naive baseline, on a sample of feeds
        sample = 5
        t0 = time.perf_counter()
        names = [a.name.lower() for a in accounts]
        seen = 0
        with httpx.Client() as client:
            for n in range(sample):
                parsed = feedparser.parse(client.get(f"http://127.0.0.1:{port}/feed/{n}").content)
                for entry in parsed.entries:
                    text = f"{entry.get('title', '')} {entry.get('summary', '')}".lower()
                    sum(1 for name in names if name in text)
                    seen += 1
        naive = seen / (time.perf_counter() - t0)
        ours = items / (done - start)
        print(f"   {n_feeds} feeds, {n_accounts:,} accounts: {items} items "
              f"(poll+parse+store {polled - start:.1f}s, extract+match+decide "
              f"{done - polled:.1f}s, {extract.new_signals} signals)")
        print(f"   end to end: {ours:8.0f} items/s; naive pipeline {naive:8.1f} items/s "
              f"(on {seen} items); ratio {ours / naive:.1f}x")
        print(f"   CPU: {cpu:.2f} s in all (collector, parse workers, stages; the loopback "
              f"server included): {items / cpu:.0f} items per CPU-second")
    finally:
        server.shutdown()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
