"""Crash safety: SIGKILL the daemon at random moments while news keeps arriving.

    python scripts/crash_test.py [--kills 20] [--seed 1]

Runs ``signalwatch run`` (a real subprocess) against servers on 127.0.0.1 in this process:
a feed that gains one funding headline about a different account every ~0.25 s, a stand-in
for Slack's Web API (slack-sdk ``base_url``) and an SMTP server (aiosmtpd) for the digests.
It kills the daemon with SIGKILL at random moments (at least 20 times) and restarts it;
then lets it finish, stops it with SIGTERM, and checks:

- every account whose headline appeared after the first poll got exactly one Slack alert
  (by the alert id carried in the message metadata, and by account);
- no rep got two digests for the same day;
- ``PRAGMA integrity_check`` is ok.

Exit status 0 when every check holds. Takes about a minute. Not part of the test suite
(it is slow and random by design); the README says how to run it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

N_ACCOUNTS = 120


class World:
    """The outside world the daemon talks to, recording what it receives."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str, str]] = []  # (guid, title, pubDate)
        self.lock = threading.Lock()
        self.slack_posts: list[dict[str, object]] = []
        self.digests: list[tuple[str, str]] = []  # (rcpt, subject)
        #: While set, chat.postMessage answers with this permanent error (a revoked token).
        self.slack_error: str | None = None

    def feed(self) -> bytes:
        with self.lock:
            items = list(self.items)[-60:]
        body = "".join(f"<item><title>{t}</title><guid>{g}</guid><link>https://news.example/{g}"
                       f"</link><pubDate>{p}</pubDate></item>" for g, t, p in reversed(items))
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>news</title>'
                f"{body}</channel></rss>").encode()

    def slack(self, method: str, args: dict[str, str]) -> dict[str, object]:
        if method == "users.lookupByEmail":
            return {"ok": True, "user": {"id": "U" + args["email"].split("@")[0].upper()}}
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + args["users"]}}
        if method == "chat.postMessage":
            if self.slack_error:
                return {"ok": False, "error": self.slack_error}
            meta = json.loads(args.get("metadata") or "{}")
            with self.lock:
                ts = f"{time.time():.6f}"
                self.slack_posts.append({"channel": args["channel"], "ts": ts,
                                         "metadata": meta, "text": args.get("text", "")})
            return {"ok": True, "ts": ts, "channel": args["channel"]}
        if method == "conversations.history":
            with self.lock:
                msgs = [m for m in self.slack_posts if m["channel"] == args["channel"]]
            return {"ok": True, "messages": msgs}
        return {"ok": False, "error": "unknown_method"}


def serve(world: World) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def _send(self, body: bytes, ctype: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            if self.path.startswith("/deep"):
                # A job board whose JSON is nested 90,000 deep: its parser must fail alone.
                self._send(b"[" * 90_000 + b"]" * 90_000, "application/json")
                return
            self._send(world.feed(), "application/rss+xml")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length).decode()
            if self.headers.get("Content-Type", "").startswith("application/json"):
                args = {k: (json.dumps(v) if isinstance(v, (dict, list)) else str(v))
                        for k, v in json.loads(raw or "{}").items()}
            else:
                args = {k: v[0] for k, v in parse_qs(raw).items()}
            method = self.path.rsplit("/", 1)[-1]
            self._send(json.dumps(world.slack(method, args)).encode(), "application/json")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                     daemon=True).start()
    return server


REPS = ["ana", "ben", "chloe"]


def write_accounts(folder: Path, company: str, count: int) -> None:
    """``accounts.csv``: ``count`` fitting accounts named "<company> 000 Robotics" ...,
    owned in turn by the three reps."""
    slug = company.lower()
    rows = ["id,name,domain,industry,employees,revenue,country,tech,owner"]
    for i in range(count):
        rows.append(f"c{i:03d},{company} {i:03d} Robotics,{slug}{i:03d}.com,Software,120,"
                    f"30000000,United States,Salesforce,{REPS[i % 3]}@example.com")
    (folder / "accounts.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def example_icps() -> str:
    """The example configuration's ICP and rep tables."""
    example = (Path(__file__).parent.parent / "config" / "signalwatch.example.toml").read_text()
    return "# -- Ideal Customer Profiles" + example.split("# -- Ideal Customer Profiles")[1]


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = int(s.getsockname()[1])
    s.close()
    return port


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    from aiosmtpd.controller import Controller

    world = World()
    http = serve(world)
    port = http.server_address[1]

    class Sink:
        async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
            import email

            msg = email.message_from_bytes(envelope.content)
            world.digests.append((envelope.rcpt_tos[0], str(msg["Subject"])))
            return "250 OK"

    smtp_port = free_port()
    smtp = Controller(Sink(), hostname="127.0.0.1", port=smtp_port)
    smtp.start()

    folder = Path(tempfile.mkdtemp(prefix="sw-crash-"))
    (folder / "sources").mkdir()
    (folder / "sources" / "news.toml").write_text(
        f'[[feed]]\nname = "news"\nurl = "http://127.0.0.1:{port}/feed"\n'
        "interval_minutes = 0.05\n"
        f'[[greenhouse]]\nboard = "deep"\nurl = "http://127.0.0.1:{port}/deep"\n'
        "interval_minutes = 0.05\n", encoding="utf-8")
    hour = datetime.now(UTC).hour
    write_accounts(folder, "Crashco", N_ACCOUNTS)
    config = example_icps()
    config = config.replace("timezone = \"America/New_York\"",
                                                          "timezone = \"UTC\"").replace(
        "timezone = \"Europe/London\"", "timezone = \"UTC\"").replace(
        "timezone = \"Europe/Paris\"", "timezone = \"UTC\"")
    for h in ("digest_hour = 8", "digest_hour = 9"):
        config = config.replace(h, f"digest_hour = {hour}")
    (folder / "signalwatch.toml").write_text(
        '[accounts]\nfile = "accounts.csv"\n'
        f'[slack]\nbase_url = "http://127.0.0.1:{port}/api/"\n'
        f'[email]\nhost = "127.0.0.1"\nport = {smtp_port}\nsecurity = "none"\n'
        'sender = "signalwatch@example.com"\nsend_empty = true\n'
        "[daemon]\ntick_seconds = 0.5\npipeline_minutes = 0.1\njitter = 0\nstop_seconds = 2\n"
        + config, encoding="utf-8")
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-crash-test", "PYTHONUNBUFFERED": "1"}
    env.pop("SLACK_WEBHOOK_URL", None)
    base = [sys.executable, "-m", "signalwatch", "--config", str(folder / "signalwatch.toml")]
    subprocess.run([*base, "accounts", "import"], check=True, env=env, capture_output=True)
    log = open(folder / "daemon.log", "a", encoding="utf-8")  # noqa: SIM115
    db = folder / "signalwatch.db"

    def start() -> subprocess.Popen[bytes]:
        return subprocess.Popen([*base, "run"], env=env, stdout=log, stderr=log)

    # First run: wait until the (empty) feed was polled once, so every headline added
    # afterwards is news that must alert.
    proc = start()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with sqlite3.connect(db) as conn:
                row = conn.execute("SELECT last_success FROM sources WHERE name = 'news'"
                               ).fetchone()
            if row and row[0]:
                break
        except sqlite3.Error:
            pass
        time.sleep(0.2)
    else:
        print("the daemon never polled", file=sys.stderr)
        return 1

    added = 0

    def add_items(count: int) -> None:
        nonlocal added
        for _ in range(count):
            if added >= N_ACCOUNTS:
                return
            now = format_datetime(datetime.now(UTC), usegmt=True)
            with world.lock:
                world.items.append((f"n{added}", f"Crashco {added:03d} Robotics raises "
                                    f"${added + 5}M Series A", now))
            added += 1

    # Other senders at once: `notify` and `collect` commands race the daemon for the outbox.
    racers: list[subprocess.Popen[bytes]] = []

    def race() -> None:
        racers[:] = [r for r in racers if r.poll() is None]
        if len(racers) < 3:
            command = rng.choice(("notify", "collect"))
            racers.append(subprocess.Popen([*base, command], env=env, stdout=log, stderr=log))

    kills = 0
    outage = (args.kills // 3, 2 * args.kills // 3)
    while kills < args.kills:
        # A Slack outage with a permanent error (a revoked token) for a third of the run.
        world.slack_error = "invalid_auth" if outage[0] <= kills < outage[1] else None
        for _ in range(rng.randint(2, 8)):
            add_items(1)
            time.sleep(rng.uniform(0.05, 0.4))
            if rng.random() < 0.3:
                race()
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        proc = start()
    world.slack_error = None
    for r in racers:
        r.wait(timeout=60)
    # The operator fixed the token: parked alerts go out again.
    requeue = subprocess.run([*base, "alerts", "--requeue"], env=env, capture_output=True,
                             text=True)
    print(f"requeue: {requeue.stdout.strip() or requeue.stderr.strip()}")
    while added < N_ACCOUNTS:
        add_items(1)
        time.sleep(0.05)
    # let it catch up (bounded), then stop it properly
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with world.lock:
            accounts_alerted = {p["text"].split(":")[0] for p in world.slack_posts}
        if len(accounts_alerted) >= N_ACCOUNTS:
            break
        time.sleep(0.5)
    time.sleep(2)
    proc.send_signal(signal.SIGTERM)
    code = proc.wait(timeout=30)
    # Alerts parked after the first requeue (a sender was mid-send as the outage ended).
    leftover = subprocess.run([*base, "alerts", "--requeue"], env=env, capture_output=True,
                              text=True)
    print(f"final requeue: {leftover.stdout.strip() or leftover.stderr.strip()}")
    http.shutdown()
    smtp.stop()

    with world.lock:
        posts = list(world.slack_posts)
    ids = [p["metadata"].get("event_payload", {}).get("alert_id")  # type: ignore[union-attr]
           for p in posts]
    by_account: dict[str, int] = {}
    for p in posts:
        name = str(p["text"]).split(":")[0]
        by_account[name] = by_account.get(name, 0) + 1
    expected = {f"Crashco {i:03d} Robotics" for i in range(N_ACCOUNTS)}
    duplicates = {k: v for k, v in by_account.items() if v > 1}
    missing = expected - set(by_account)
    digest_days: dict[str, int] = {}
    for rcpt, _subject in world.digests:
        digest_days[rcpt] = digest_days.get(rcpt, 0) + 1
    with sqlite3.connect(db) as conn:
        deep_errors = conn.execute("SELECT consecutive_failures, last_error FROM sources "
                                   "WHERE name = 'greenhouse:deep'").fetchone()
    print(f"crashing source: {deep_errors}")
    with sqlite3.connect(db) as conn:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        statuses = dict(conn.execute("SELECT status, count(*) FROM alerts GROUP BY status"))
    print(f"kills: {kills}; headlines: {added}; Slack messages: {len(posts)} for "
          f"{len(by_account)} accounts; alert ids unique: {len(set(ids)) == len(ids)}")
    print(f"duplicates: {duplicates or 'none'}; missing: {sorted(missing) or 'none'}")
    print(f"digests per rep: {digest_days}; outbox: {statuses}; integrity: {integrity}; "
          f"final exit code: {code}")
    ok = (not duplicates and not missing and len(set(ids)) == len(ids)
          and integrity == "ok" and code == 0 and deep_errors and deep_errors[0] > 0
          and digest_days == {f"{r}@example.com": 1 for r in REPS})
    print("PASS" if ok else f"FAIL (log: {folder / 'daemon.log'})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
