"""Several workers on one PostgreSQL, killed at random moments (issue #16's proof).

    python scripts/chaos_workers.py [--sources 10000] [--minutes 5] [--workers 3]
                                    [--latency 0.05] [--kill-every 30] [--seed 1]
                                    [--url postgresql://...]

Runs ``signalwatch worker`` processes (real subprocesses) against one PostgreSQL database
(``--url``, else a throwaway cluster from the distribution's package, as the tests start
one) and servers on loopback: ``--sources`` synthetic feeds at a one-minute cadence spread
over 100 loopback addresses (127.0.0.2 ...), each answering after ``--latency`` seconds
with an ETag (so most polls are 304s, as real feeds are); one news feed that gains a
funding headline about a different account every few seconds; a stand-in for Slack's Web
API. Every ``--kill-every`` seconds on average a random worker gets SIGKILL and a new one
starts. At the end the workers get SIGTERM and it reports, over the whole minutes of the
run after the first:

- (source, minute) pairs polled once, more than once, never (goal: repeats < 2% of polls,
  missed <= 0.5%);
- Slack alerts per account (goal: every account in the news exactly once);
- the jobs table's size over time (goal: bounded), and polls per worker-second.

Exit status 0 when the goals hold. Not part of the test suite (minutes long, random by
design); the README says how to run it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))

from crash_test import World, example_icps, free_port, serve, write_accounts

N_ACCOUNTS = 60
HOSTS = 100


class Feeds:
    """``--sources`` feeds on 100 loopback addresses, recording every request's time."""

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.requests: list[tuple[int, float]] = []
        self.lock = threading.Lock()
        self.port = free_port()
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()
        self.ready.wait(30)

    def _run(self) -> None:
        from aiohttp import web

        async def feed(request: web.Request) -> web.Response:
            n = int(request.match_info["n"])
            with self.lock:
                self.requests.append((n, time.time()))
            await asyncio.sleep(self.latency)
            etag = f'"f{n}-v1"'
            if request.headers.get("If-None-Match") == etag:
                return web.Response(status=304, headers={"ETag": etag})
            body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>feed {n}'
                    f"</title><item><title>Quiet news {n}</title><guid>q{n}</guid>"
                    f"<link>https://feeds.example/{n}</link></item></channel></rss>")
            return web.Response(body=body.encode(), headers={
                "ETag": etag, "Content-Type": "application/rss+xml"})

        async def start() -> None:
            app = web.Application()
            app.router.add_get("/feed/{n}", feed)
            runner = web.AppRunner(app, access_log=None)
            await runner.setup()
            for h in range(HOSTS):
                await web.TCPSite(runner, f"127.0.0.{h + 2}", self.port).start()
            self.ready.set()

        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(start())
        self.loop.run_forever()

    def url(self, n: int) -> str:
        return f"http://127.0.0.{n % HOSTS + 2}:{self.port}/feed/{n}"


def write_project(folder: Path, feeds: Feeds, sources: int, slack_port: int) -> None:
    (folder / "sources").mkdir()
    lines = []
    for n in range(sources):
        lines.append(f'[[feed]]\nname = "syn-{n:05d}"\nurl = "{feeds.url(n)}"\n'
                     "interval_minutes = 1\nallow_private = true\n")
    lines.append(f'[[feed]]\nname = "news"\nurl = "http://127.0.0.1:{slack_port}/feed"\n'
                 "interval_minutes = 1\nallow_private = true\n")
    (folder / "sources" / "synthetic.toml").write_text("\n".join(lines), encoding="utf-8")
    write_accounts(folder, "Chaosco", N_ACCOUNTS)
    icps = example_icps()
    (folder / "signalwatch.toml").write_text(
        '[accounts]\nfile = "accounts.csv"\n'
        f'[slack]\nbase_url = "http://127.0.0.1:{slack_port}/api/"\n'
        "[collect]\nconcurrency = 64\n"
        "[workers]\nbucket_size = 100\n" + icps, encoding="utf-8")  # defaults otherwise


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sources", type=int, default=10_000)
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--kill-every", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--url", help="an empty PostgreSQL database (default: a throwaway "
                                      "cluster)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if args.url:
        return run(args, rng, args.url)
    from tests.pgserver import Databases, cluster

    with cluster() as server:
        return run(args, rng, Databases(server).new())


def run(args: argparse.Namespace, rng: random.Random, url: str) -> int:
    import psycopg

    world = World()
    slack = serve(world)
    slack_port = slack.server_address[1]
    feeds = Feeds(args.latency)
    folder = Path(tempfile.mkdtemp(prefix="sw-chaos-"))
    write_project(folder, feeds, args.sources, slack_port)
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-chaos", "PYTHONUNBUFFERED": "1",
           "SIGNALWATCH_DATABASE_URL": url}
    env.pop("SLACK_WEBHOOK_URL", None)
    base = [sys.executable, "-m", "signalwatch", "--config", str(folder / "signalwatch.toml")]
    subprocess.run([*base, "accounts", "import"], check=True, env=env, capture_output=True)
    log = open(folder / "workers.log", "a", encoding="utf-8")  # noqa: SIM115

    def start() -> subprocess.Popen[bytes]:
        return subprocess.Popen([*base, "worker"], env=env, stdout=log, stderr=log)

    workers = [start() for _ in range(args.workers)]
    started = time.time()
    end = started + args.minutes * 60
    next_kill = started + rng.expovariate(1 / args.kill_every)
    kills = 0
    added = 0
    jobs_sizes: list[int] = []
    last_sample = 0.0
    cpu: dict[int, float] = {}  # worker pid -> CPU seconds last seen (killed ones kept)

    def sample_cpu() -> None:
        import psutil

        for w in workers:
            try:
                t = psutil.Process(w.pid).cpu_times()
                cpu[w.pid] = t.user + t.system + t.children_user + t.children_system
            except psutil.Error:
                pass

    news_from = started + 70  # after the first tick polled the news feed once
    with psycopg.connect(url, autocommit=True) as conn:
        while time.time() < end:
            now = time.time()
            if now >= news_from and added < N_ACCOUNTS and rng.random() < 0.3:
                with world.lock:
                    world.items.append((f"n{added}", f"Chaosco {added:03d} Robotics raises "
                                        f"${added + 5}M Series A",
                                        format_datetime(datetime.now(UTC), usegmt=True)))
                added += 1
            if now >= next_kill:
                victim = rng.randrange(len(workers))
                workers[victim].send_signal(signal.SIGKILL)
                workers[victim].wait()
                workers[victim] = start()
                kills += 1
                next_kill = now + rng.expovariate(1 / args.kill_every)
            if now - last_sample >= 10:
                last_sample = now
                sample_cpu()
                try:
                    jobs_sizes.append(conn.execute(
                        "SELECT count(*) FROM procrastinate_jobs").fetchone()[0])
                except psycopg.Error:
                    conn.rollback() if not conn.autocommit else None
            time.sleep(0.5)
        # the news of the last minutes: let one more tick read it and alerts go out
        deadline = time.time() + 150
        while time.time() < deadline:
            with world.lock:
                alerted = {str(p["text"]).split(":")[0] for p in world.slack_posts}
            if len(alerted) >= added:
                break
            time.sleep(1)
    sample_cpu()
    for w in workers:
        w.send_signal(signal.SIGTERM)
    codes = [w.wait(timeout=60) for w in workers]

    # (source, minute) over the whole minutes after the first one of the run
    first = int(started // 60) + 2
    last = int(end // 60) - 1
    with feeds.lock:
        requests = list(feeds.requests)
    per = Counter((n, int(t // 60)) for n, t in requests if first <= int(t // 60) <= last)
    minutes = max(last - first + 1, 0)
    pairs = args.sources * minutes
    polled_once = sum(1 for v in per.values() if v == 1)
    repeats = sum(v - 1 for v in per.values() if v > 1)
    missed = pairs - len(per)
    polls = sum(per.values())
    with world.lock:
        posts = list(world.slack_posts)
    by_account = Counter(str(p["text"]).split(":")[0] for p in posts)
    expected = {f"Chaosco {i:03d} Robotics" for i in range(added)}
    duplicates = {k: v for k, v in by_account.items() if v > 1}
    missing = expected - set(by_account)
    print(f"sources {args.sources}, workers {args.workers}, latency {args.latency * 1000:.0f} "
          f"ms, kills {kills}, minutes measured {minutes} ({first * 60}..{(last + 1) * 60})")
    print(f"(source, minute) pairs {pairs}: once {polled_once}, polls {polls}, repeats "
          f"{repeats} ({repeats / max(polls, 1):.2%} of polls), missed {missed} "
          f"({missed / max(pairs, 1):.2%})")
    print(f"headlines {added}; Slack alerts {len(posts)} for {len(by_account)} accounts; "
          f"duplicates {duplicates or 'none'}; missing {sorted(missing) or 'none'}")
    print(f"jobs table sampled every 10 s: max {max(jobs_sizes, default=0)}, last "
          f"{jobs_sizes[-1] if jobs_sizes else 0}; worker exit codes {codes}")
    all_polls = len(requests)
    cpu_s = sum(cpu.values())
    print(f"load: {polls / max(minutes, 1) / 60:.0f} polls/s over {args.workers} workers; "
          f"worker CPU {cpu_s:.0f} s for {all_polls} polls in {time.time() - started:.0f} s "
          f"= {1000 * cpu_s / max(all_polls, 1):.2f} ms per poll, all jobs included: one "
          f"worker on one core would keep up with ~{all_polls / max(cpu_s, 1e-9):.0f} polls/s")
    ok = (minutes > 0 and repeats / max(polls, 1) < 0.02 and missed / max(pairs, 1) <= 0.005
          and not duplicates and not missing and all(c == 0 for c in codes)
          and max(jobs_sizes, default=0) <= 4 * (args.sources // 100 + 20))
    print(json.dumps({"repeats": repeats, "missed": missed, "pairs": pairs, "kills": kills,
                      "alerts": len(posts), "expected_alerts": added}))
    print("PASS" if ok else f"FAIL (log: {folder / 'workers.log'})")
    slack.shutdown()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
