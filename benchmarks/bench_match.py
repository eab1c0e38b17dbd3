"""Extraction + matching throughput against 1k, 100k and 1M accounts, with the store's
name index (the matcher the pipeline uses).

Items: the 195 labelled items of tests/data/signals/eval.jsonl (real headlines), repeated.
Accounts: the labelled companies plus synthetic names built from real company-name words,
written to a fresh SQLite store. Build: making the name index from every stored account
(what a first run or a change of normalisation does; an import maintains it per account),
its time and the process's memory growth. Incremental: an import of 1,000 renamed accounts.
Throughput: the median of RUNS runs, the first run's beside it.
Baseline, measured in the same run: a naive loop testing every account name as a substring
of every item (the usual first implementation), on fewer items at 1M accounts (extrapolated
per item, as printed).
"""

from __future__ import annotations

import gc
import json
import os
import random
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import psutil

from signalwatch.accounts import read_accounts_file
from signalwatch.config import Config
from signalwatch.extract.signals import signals_from_item
from signalwatch.match import Matcher
from signalwatch.store import Storage
from signalwatch.types import Account, Item

DATA = Path(__file__).parent.parent / "tests" / "data" / "signals"
#: Runs of extraction and matching per size, each of five passes over the items with a
#: fresh matcher; the median is reported (one run is ~0.2 s: a single pause of the machine
#: moved it by 20%), and the first, which pays what a process pays once, beside it.
RUNS = 5


def _accounts(n: int, base: list[Account]) -> list[Account]:
    words = sorted({w for a in base for w in a.name.split() if w.isalpha() and len(w) > 3})
    rng = random.Random(1)
    out = list(base)
    i = 0
    while len(out) < n:
        name = f"{rng.choice(words)} {rng.choice(words)} {i}"
        out.append(Account(f"syn-{i}", name))
        i += 1
    return out[:n]


def _items() -> list[Item]:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    rows = [json.loads(x) for x in (DATA / "eval.jsonl").read_text("utf-8").splitlines()]
    return [Item(id=i, source="b", key=str(i), type="entry", title=r["title"], url=r["url"],
                 summary=r["summary"], published=now, updated=None, company=None, data={},
                 first_seen=now, last_seen=now) for i, r in enumerate(rows, 1)]


def _naive(items: list[Item], accounts: list[Account]) -> int:
    names = [(a.id, a.name.lower()) for a in accounts]
    hits = 0
    for item in items:
        text = f"{item.title} {item.summary}".lower()
        for _, name in names:
            if name in text:
                hits += 1
    return hits


def main(quick: bool = False) -> None:
    base = read_accounts_file(DATA / "eval_accounts.csv").accounts
    items = _items()
    config = Config(path=None)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    process = psutil.Process(os.getpid())
    sizes = [1_000, 100_000] if quick else [1_000, 100_000, 1_000_000]
    folder = Path(tempfile.mkdtemp(prefix="sw-match-"))
    try:
        for n in sizes:
            _one(n, base, items, config, now, process, folder / f"{n}.db")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _one(n: int, base: list[Account], items: list[Item], config: Config, now: datetime,
         process: psutil.Process, path: Path) -> None:
    accounts = _accounts(n, base)
    storage = Storage(path)
    with storage.transaction() as db:  # the accounts table as an import leaves it
        db.conn.executemany(
            "INSERT INTO accounts (id, name, domain, aliases, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, '2026-01-01', '2026-01-01')",
            ((a.id, a.name, a.domain, json.dumps(list(a.aliases))) for a in accounts))
    gc.collect()
    rss = process.memory_info().rss
    start = time.perf_counter()
    keys = storage.rebuild_name_index()
    build = time.perf_counter() - start
    gc.collect()
    mem = (process.memory_info().rss - rss) / 2**20
    rounds = 5
    rates: list[float] = []
    for _ in range(RUNS):  # each run a pass of its own: a fresh matcher, as the pipeline's
        matcher = Matcher(index=storage.name_index())
        start = time.perf_counter()
        for _ in range(rounds):
            for item in items:
                signals_from_item(item, matcher, rates=config.fx.rates, floor=0.8, now=now)
        rates.append(rounds * len(items) / (time.perf_counter() - start))
    ours, first = statistics.median(rates), rates[0]
    renamed = [Account(a.id, a.name + " Renamed") for a in accounts[-1000:]]
    start = time.perf_counter()
    storage.upsert_accounts(renamed, now=now)
    incremental = time.perf_counter() - start
    assert Matcher(index=storage.name_index()).resolve(subject=renamed[0].name) is not None
    storage.close()
    sample = items if n <= 1_000 else items[: max(5, 2_000_000 // n)]
    start = time.perf_counter()
    _naive(sample, accounts)
    naive = len(sample) / (time.perf_counter() - start)
    note = "" if len(sample) == len(items) else f" (on {len(sample)} items)"
    print(f"   {n:>9,} accounts: index build {build:6.2f}s ({keys:,} keys), +{mem:6.1f} MiB; "
          f"1,000 renamed {incremental:5.2f}s; extract+match {ours:6.0f} items/s (first run "
          f"{first:.0f}); naive "
          f"substring loop {naive:9.1f} items/s{note}; ratio {ours / naive:7.1f}x")
    del accounts
    gc.collect()


if __name__ == "__main__":
    main()
