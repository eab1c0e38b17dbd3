"""The starter configuration and the demo.

``write_starter`` copies the starter files shipped in ``signalwatch/data/starter`` (the same
files as ``config/``'s examples; a test keeps them identical).

``run_demo`` is the README's main job: on the embedded default (SQLite, no credentials, no
network) it starts a loopback HTTP server replaying bundled recorded sources (real
TechCrunch items, real Ashby job boards, real leadership press releases: see
``signalwatch/data/demo/SOURCES.md``), runs the daemon's jobs through a simulated day
(19 December 2024, hour by hour, on an injected clock), and shows the Slack messages it
would have sent, the digests it wrote and ``explain`` for the hottest account.
"""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any

from .accounts import read_accounts_file
from .config import Config, load_config
from .icp import fit
from .store import Storage

STARTER_FILES = ("signalwatch.toml", "accounts.example.csv")
#: The simulated day, and when the recorded Ashby boards were captured.
DEMO_DAY = datetime(2024, 12, 19, tzinfo=UTC)
BOARDS_CAPTURED = datetime(2025, 10, 24, 12, tzinfo=UTC)


def _data(*parts: str) -> Any:
    return resources.files("signalwatch").joinpath("data", *parts)


def write_starter(folder: Path, *, force: bool = False) -> list[Path]:
    """Write the starter files into ``folder``; existing files are kept unless ``force``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sources").mkdir(exist_ok=True)
    written = []
    names = [*STARTER_FILES, *(f"sources/{p.name}" for p in _data("starter", "sources").iterdir()
                                if p.name.endswith(".toml"))]
    for name in names:
        target = folder / name
        if target.exists() and not force:
            continue
        target.write_bytes(_data("starter", *name.split("/")).read_bytes())
        written.append(target)
    return written


# -- the replay server -----------------------------------------------------------------------


class Replay:
    """What the loopback server shows at the simulated time ``now``."""

    def __init__(self) -> None:
        self.now = DEMO_DAY
        self.news = json.loads(_data("demo", "techcrunch_items.json").read_text("utf-8"))
        self.releases = json.loads(_data("demo", "press_releases.json").read_text("utf-8"))

    def techcrunch(self) -> bytes:
        items = [r for r in self.news if parsedate_to_datetime(r["pubDate"]) <= self.now]
        items = sorted(items, key=lambda r: parsedate_to_datetime(r["pubDate"]))[-20:][::-1]
        return _rss("TechCrunch", "https://techcrunch.com/", [
            (r["guid"], r["title"], r["link"], r["description"], r["pubDate"]) for r in items])

    def wire(self) -> bytes:
        # Replayed: one release every three hours from 06:00 on the demo day.
        out = []
        for i, r in enumerate(self.releases):
            when = DEMO_DAY + timedelta(hours=6 + 3 * i)
            if when <= self.now:
                out.append((f"wire-{i}", r["title"], r["link"], escape(r["summary"]),
                            format_datetime(when, usegmt=True)))
        return _rss("Press wire: management changes", "https://www.citybiz.co/", out[::-1])

    def board(self, name: str) -> bytes:
        data = json.loads(_data("demo", f"ashby_{name}.json").read_text("utf-8"))
        shift = BOARDS_CAPTURED - DEMO_DAY
        jobs = []
        for job in data["jobs"]:
            posted = datetime.fromisoformat(job["publishedAt"].replace("Z", "+00:00")) - shift
            if posted <= self.now:
                jobs.append({**job, "publishedAt": posted.isoformat()})
        return json.dumps({"apiVersion": "1", "jobs": jobs}).encode()


def _rss(title: str, link: str, items: list[tuple[str, str, str, str, str]]) -> bytes:
    body = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(u)}</link><guid isPermaLink=\"false\">"
        f"{escape(g)}</guid><description>{escape(d)}</description><pubDate>{p}</pubDate></item>"
        for g, t, u, d, p in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>'
            f"{escape(title)}</title><link>{link}</link>{body}</channel></rss>").encode()


def _board_route(replay: Replay, board: str) -> Callable[[], bytes]:
    return lambda: replay.board(board)


def _serve(replay: Replay) -> ThreadingHTTPServer:
    routes: dict[str, tuple[Callable[[], bytes], str]] = {
        "/techcrunch/feed": (replay.techcrunch, "application/rss+xml; charset=utf-8"),
        "/wire/feed": (replay.wire, "application/rss+xml; charset=utf-8"),
        **{f"/ashby/{b}": (_board_route(replay, b), "application/json")
           for b in ("notion", "ramp", "supabase")},
    }

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            route = routes.get(self.path)
            body, ctype = (route[0](), route[1]) if route else (b"not found", "text/plain")
            self.send_response(200 if route else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                     daemon=True).start()
    return server


def _sources(port: int) -> str:
    base = f"http://127.0.0.1:{port}"
    return (
        "# Written by `signalwatch demo`: recorded real sources replayed on 127.0.0.1.\n"
        f'[[feed]]\nname = "techcrunch"\nurl = "{base}/techcrunch/feed"\n'
        'category = "funding"\ninterval_minutes = 60\n\n'
        f'[[feed]]\nname = "press-wire"\nurl = "{base}/wire/feed"\n'
        'category = "leadership"\ninterval_minutes = 60\n\n'
        + "".join(f'[[ashby]]\nboard = "{b}"\nurl = "{base}/ashby/{b}"\n'
                  f"interval_minutes = 360\n\n" for b in ("notion", "ramp", "supabase"))
    )


def _slack_text(payload: dict[str, Any]) -> list[str]:
    """A Slack message as a terminal shows it."""
    lines = []
    for block in payload.get("blocks", []):
        if block["type"] == "header":
            lines.append(f"  *{block['text']['text']}*")
        elif block["type"] == "section":
            lines.extend("  " + line for line in block["text"]["text"].splitlines())
        elif block["type"] == "context":
            lines.append("  " + " ".join(e["text"] for e in block["elements"]))
    return lines


# -- the demo ------------------------------------------------------------------------------


def living_icp_round(folder: Path, config: Config, echo: Callable[[str], object]) -> Path:
    """learn -> diff -> apply -> sheet on a synthetic CRM history with planted patterns (its
    own database under ``living-icp/``, so the demo's accounts are not mixed with it)."""

    from .deals import AccountIndex
    from .learn.report import diff_lines, sheet_html, text_report
    from .learn.run import adopted_config, apply_draft, run_learn, tables
    from .learn.synthetic import generate, write

    home = folder / "living-icp"
    shutil.rmtree(home, ignore_errors=True)
    files = write(generate(accounts=800, seed=5, now=DEMO_DAY), home / "crm")
    storage = Storage(home / "signalwatch.db")
    try:
        accounts = read_accounts_file(files["accounts"], reps=config.reps).accounts
        storage.upsert_accounts(accounts, now=DEMO_DAY)
        index = AccountIndex.build({a.id: (a.domain, a.name) for a in accounts})
        from .deals import read_deals
        from .history import read_history

        storage.upsert_deals(read_deals(files["deals"].read_text("utf-8"), index).deals,
                             now=DEMO_DAY, origin="csv:deals.csv")
        storage.import_signals(read_history(files["signals"].read_text("utf-8"), index,
                                            fx=config.fx.rates).signals)
        current = adopted_config(config, storage, now=DEMO_DAY)
        echo("")
        echo("== the living ICP: learn from a synthetic CRM history (planted patterns; "
             f"files in {home / 'crm'})")
        result = run_learn(storage, current, now=DEMO_DAY)
        for line in text_report(result, limit=4)[:40]:
            echo("  " + line)
        draft = storage.latest_icp_draft()
        assert draft is not None
        echo("")
        echo("== icp diff: what adopting the draft would change")
        for line in diff_lines(tables(list(current.icps)), json.loads(draft["icps"]),
                               json.loads(draft["evidence"])):
            echo("  " + line)
        version = apply_draft(storage, now=DEMO_DAY, note="demo")
        adopted = adopted_config(config, storage, now=DEMO_DAY)
        sheet = home / "icp-sheet.html"
        sheet.write_text(sheet_html(adopted.icps, version=version,
                                    adopted_at=DEMO_DAY.isoformat(),
                                    evidence=json.loads(draft["evidence"])), "utf-8")
        echo("")
        echo(f"== icp apply: adopted as version {version}; the one-page sheet: {sheet}")
        return sheet
    finally:
        storage.close()


def run_demo(folder: Path, *, echo: Callable[[str], object] = print) -> str | None:
    """Run the whole product through a simulated day on replayed sources; returns the
    hottest account's id."""
    import logging

    from .daemon import Daemon
    from .logs import setup_logging
    from .notify.explain import explain_lines
    from .score import intent
    from .stages.decide import icp_named, live_signals, score_settings

    folder.mkdir(parents=True, exist_ok=True)
    write_starter(folder, force=True)
    for catalog in (folder / "sources").glob("*.toml"):
        if catalog.name != "demo.toml":
            catalog.unlink()  # the demo polls only its replayed sources, never the internet
    log_file = open(folder / "demo.log", "w", encoding="utf-8")  # noqa: SIM115
    setup_logging(stream=log_file)
    shutil.copyfile(str(_data("demo", "accounts.csv")), folder / "accounts.example.csv")
    for old in ("signalwatch.db", "signalwatch.db-wal", "signalwatch.db-shm"):
        (folder / old).unlink(missing_ok=True)
    shutil.rmtree(folder / "outbox", ignore_errors=True)
    replay = Replay()
    server = _serve(replay)
    try:
        (folder / "sources" / "demo.toml").write_text(_sources(server.server_address[1]),
                                                       encoding="utf-8")
        config = load_config(folder / "signalwatch.toml")
        echo(f"demo folder: {folder.resolve()}  (no credentials: Slack messages and digests "
             "are written to outbox/)")
        storage = Storage(config.database_target)
        accounts = read_accounts_file(config.accounts.file or folder / "accounts.example.csv",
                                      reps=config.reps).accounts
        storage.upsert_accounts(accounts, now=DEMO_DAY)
        fits = [fit(a, config.icps) for a in accounts]
        echo(f"{len(accounts)} accounts, {sum(f.tier is not None for f in fits)} fit an ICP; "
             f"sources: TechCrunch feed, a press wire, 3 Ashby job boards (replayed)")
        echo("")
        echo(f"simulating {DEMO_DAY:%d %B %Y}, hour by hour (UTC):")
        clock = {"now": DEMO_DAY}
        daemon = Daemon(config, storage, clock=lambda: clock["now"])
        for hour in range(25):
            now = DEMO_DAY + timedelta(hours=hour)
            clock["now"] = replay.now = now
            new = daemon.poll(now)
            daemon.pipeline(now)
            daemon.digests(now)
            alerts = [a for a in storage.get_alerts() if a.created_at == now]
            if new or alerts:
                names = ", ".join(sorted({storage.get_account(a.account_id).name  # type: ignore[union-attr]
                                          for a in alerts}))
                echo(f"  {now:%H:%M}  {new:3d} new items" + (
                    f"  -> {len(alerts)} alert(s): {names}" if alerts else ""))
        now = clock["now"]
        echo("")
        sent = sorted(storage.get_alerts(), key=lambda a: a.id)
        echo(f"== {len(sent)} Slack alerts it would have sent (rendered; payloads in "
             f"{Path(config.notify.output_dir) / 'slack'}):")
        for a in sent:
            echo("")
            echo(f"to {a.rep} ({a.status}):")
            for line in _slack_text(dict(a.payload or {})):
                echo(line)
        echo("")
        digests = sorted((Path(config.notify.output_dir) / "digests").glob("*.html"))
        echo(f"== {len(digests)} digest(s) written, one per rep at their local hour:")
        for d in digests:
            echo(f"  {d}")
        living_icp_round(folder, config, echo)
        settings = score_settings(config)
        heat = []
        for account in accounts:
            live = live_signals(storage, account.id, settings, now)
            if live:
                fitted = fit(account, config.icps)
                if fitted.tier is not None:
                    heat.append((intent(live, icp_named(config, fitted.icp), settings, now).heat,
                                 account.id))
        if not heat:
            return None
        hottest = max(heat)[1]
        echo("")
        echo("== explain, for the hottest account:")
        for line in explain_lines(storage, config, hottest, now):
            echo(line)
        storage.close()
        return hottest
    finally:
        server.shutdown()
        server.server_close()
        logging.getLogger("signalwatch").handlers.clear()
        log_file.close()
