"""The signals stage end to end: loopback feeds -> items -> signals in SQLite; CLI."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from signalwatch.accounts import read_accounts
from signalwatch.cli import main
from signalwatch.config import load_config
from signalwatch.extract.evaluate import run as run_evaluation
from signalwatch.stages.collect import collect
from signalwatch.stages.extract import extract_new_items
from signalwatch.store import Storage
from signalwatch.utils import utcnow

from .conftest import DATA, NOW
from .httpserver import Response

pytestmark = pytest.mark.both_engines

RSS = "application/rss+xml"
ACCOUNTS = ("id,name,domain,aliases,ats\n"
            "acc-acme,Acme Robotics,acmerobotics.com,,\n"
            "acc-bolt,Bolt Data,boltdata.io,,\n"
            "acc-box,Box,box.com,,\n")


def _feed(items: list[tuple[str, str, str]]) -> bytes:
    body = "".join(f"<item><title>{t}</title><guid>{g}</guid><link>https://news.example/{g}"
                   f"</link><pubDate>{d}</pubDate></item>" for g, t, d in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{body}' \
           f"</channel></rss>".encode()


def _setup(tmp_path: Path, server) -> tuple:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "s.toml").write_text(
        f'[[feed]]\nname = "news"\nurl = "{server.url("/news")}"\n'
        f'[[feed]]\nname = "wire"\nurl = "{server.url("/wire")}"\n', encoding="utf-8")
    (tmp_path / "signalwatch.toml").write_text("", encoding="utf-8")
    config = load_config(tmp_path / "signalwatch.toml")
    storage = Storage(config.database_target)
    storage.upsert_accounts(read_accounts(ACCOUNTS).accounts, now=NOW)
    return config, storage


def test_stage_extracts_dedupes_and_keeps_history_flags(tmp_path, server) -> None:
    old = "Mon, 23 Nov 2026 08:00:00 GMT"
    server.route("/news", Response(200, _feed([("n1", "Box names Jane Roe VP of Sales", old)]),
                                   {"Content-Type": RSS}))
    server.route("/wire", Response(200, _feed([]), {"Content-Type": RSS}))
    config, storage = _setup(tmp_path, server)
    collect(storage, config, now=NOW)
    first = extract_new_items(storage, config, now=NOW)
    assert (first.items, first.new_signals) == (1, 1)
    (hist,) = storage.get_signals()
    assert hist.history and hist.kind == "leadership" and hist.account_id == "acc-box"

    # the same round in two sources, a minute apart, and a story that is not about a client
    new = "Tue, 24 Nov 2026 13:00:00 GMT"
    server.route("/news", Response(200, _feed([
        ("n1", "Box names Jane Roe VP of Sales", old),
        ("n2", "Acme Robotics raises $25M Series A led by Example Ventures", new),
        ("n3", "How to ramp up hiring after a Series A", new),
    ]), {"Content-Type": RSS}))
    server.route("/wire", Response(200, _feed([
        ("w1", "Acme Robotics Secures $25 Million in Series A Funding", new),
    ]), {"Content-Type": RSS}))
    later = NOW + timedelta(hours=2)
    collect(storage, config, now=later)
    second = extract_new_items(storage, config, now=later)
    assert (second.items, second.new_signals, second.merged) == (3, 1, 1)
    funding = storage.get_signals(kind="funding")
    assert len(funding) == 1
    (f,) = funding
    assert f.account_id == "acc-acme" and not f.history
    assert f.attributes["round"] == "series a" and f.attributes["amount_usd"] == 25e6
    assert f.attributes["investors"] == ["Example Ventures"]
    assert {e.source for e in f.evidence} == {"news", "wire"}
    assert all(e.sentence and e.url for e in f.evidence)
    # nothing new: the cursor moved past every item
    assert extract_new_items(storage, config, now=later).items == 0
    assert storage.get_meta("extract.cursor") == str(storage.count_items())
    storage.close()


def test_hiring_from_an_account_board(tmp_path, server) -> None:
    jobs = {"jobs": [
        {"id": i, "title": "Account Executive", "absolute_url": f"https://x/{i}",
         "departments": [{"name": "Sales"}], "location": {"name": "Remote"},
         "first_published": (NOW - timedelta(days=2 + i)).isoformat()} for i in range(5)
    ] + [{"id": 99, "title": "VP of Sales", "absolute_url": "https://x/99",
          "departments": [{"name": "Sales"}], "location": {"name": "NYC"},
          "first_published": (NOW - timedelta(days=1)).isoformat()}]}
    server.route("/gh", Response(200, json.dumps(jobs).encode(),
                                 {"Content-Type": "application/json"}))
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "s.toml").write_text(
        f'[[greenhouse]]\nboard = "acme"\nurl = "{server.url("/gh")}"\naccount = "acc-acme"\n',
        encoding="utf-8")
    (tmp_path / "signalwatch.toml").write_text("", encoding="utf-8")
    config = load_config(tmp_path / "signalwatch.toml")
    with Storage(config.database_target) as storage:
        storage.upsert_accounts(read_accounts(ACCOUNTS).accounts, now=NOW)
        collect(storage, config, now=NOW)
        extract_new_items(storage, config, now=NOW)
        hiring = storage.get_signals(kind="hiring")
        assert {(s.attributes["department"], s.attributes["type"]) for s in hiring} == {
            ("sales", "surge"), ("sales", "senior")}
        assert all(s.account_id == "acc-acme" and not s.history for s in hiring)


def test_cli_signals_and_extract(tmp_path, server) -> None:
    # The CLI reads the real clock: the item is fresh whenever the test runs.
    new = format_datetime(utcnow() - timedelta(hours=1), usegmt=True)
    server.route("/news", Response(200, _feed([]), {"Content-Type": RSS}))
    server.route("/wire", Response(200, _feed([]), {"Content-Type": RSS}))
    config, storage = _setup(tmp_path, server)
    cfg = ["--config", str(config.path)]
    runner = CliRunner()
    assert runner.invoke(main, [*cfg, "collect"]).exit_code == 0
    server.route("/news", Response(200, _feed([
        ("n9", "Bolt Data raises €10 million seed round", new)]), {"Content-Type": RSS}))
    assert runner.invoke(main, [*cfg, "collect"]).exit_code == 0
    out = runner.invoke(main, [*cfg, "signals", "--json"]).output.splitlines()
    (row,) = [json.loads(x) for x in out]
    assert {"id", "kind", "account_id", "occurred_at", "detected_at", "url", "confidence",
            "attributes"} <= set(row)
    assert row["attributes"] == {"round": "seed", "amount": 10e6, "currency": "EUR",
                                 "amount_usd": 10.8e6, "investors": []}
    assert runner.invoke(main, [*cfg, "signals", "--kind", "hiring", "--json"]).output == ""
    assert "Bolt Data" in runner.invoke(main, [*cfg, "signals", "--since", "7d"]).output
    assert runner.invoke(main, [*cfg, "signals", "--since", "soon"]).exit_code == 2
    storage.close()

    accounts = tmp_path / "a.csv"
    accounts.write_text(ACCOUNTS, encoding="utf-8")
    items = tmp_path / "items.jsonl"
    items.write_text(json.dumps({"title": "Box appoints Ann Lee as Chief Marketing Officer",
                                 "url": "https://x/1", "published": "2026-11-20T10:00:00Z"})
                     + "\n\n" + json.dumps({"title": "Weather is nice"}) + "\n", "utf-8")
    result = runner.invoke(main, [*cfg, "extract", "--accounts", str(accounts),
                                  "--input", str(items)])
    assert result.exit_code == 0, result.output
    (sig,) = [json.loads(x) for x in result.output.splitlines()]
    assert sig["account_id"] == "acc-box" and sig["attributes"]["function"] == "marketing"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "ok"}\nnot json\n', "utf-8")
    result = runner.invoke(main, [*cfg, "extract", "--accounts", str(accounts),
                                  "--input", str(bad)])
    assert result.exit_code == 2 and f"{bad}:2" in result.output


@pytest.mark.no_store
def test_evaluation_levels() -> None:
    """Fails if extraction or matching fall below the levels reached on the corpus."""
    results = run_evaluation(DATA / "signals" / "eval.jsonl",
                             DATA / "signals" / "eval_accounts.csv", out=io.StringIO())
    for split in ("all", "heldout", "dev"):
        r = results[split]
        assert r["match_precision"] >= 0.97, (split, r)
        assert r["match_recall"] >= 0.90, (split, r)
        assert r["round_exact"] >= 0.95 and r["amount_exact"] >= 0.95, (split, r)
        assert r["function_exact"] >= 0.90 and r["seniority_exact"] >= 0.90, (split, r)
    # the blind split was labelled after the rules were written and never tuned on: its
    # recall (0.86 when it was added, 0.90 since the investor-subject rounds of
    # news_blind4) is guarded as it is
    blind = results["blind"]
    assert blind["match_precision"] >= 0.97 and blind["match_recall"] >= 0.88, blind
    assert blind["round_exact"] >= 0.95 and blind["amount_exact"] >= 0.95, blind
    assert results["all"]["signals_labelled"] >= 160


def test_a_run_costs_the_same_with_100_or_10000_accounts(tmp_path) -> None:
    """Issue #11: nothing per run grows with the accounts when they did not change (the
    matcher was rebuilt and the accounts table scanned on every run). Measured in SQLite
    virtual-machine steps and Python-side rows, not in wall time."""
    from signalwatch.config import Config
    from signalwatch.pipeline import run_stages
    from signalwatch.types import Account, ItemData, Source

    def steps(n: int) -> int:
        storage = Storage(tmp_path / f"{n}.db")
        accounts = [Account(f"a{i}", f"Company {i} Robotics", domain=f"c{i}.example",
                            ats="greenhouse:c1" if i == 1 else None) for i in range(n)]
        storage.upsert_accounts(accounts, now=NOW)
        source = Source(name="news", kind="feed", url="http://127.0.0.1/feed")
        storage.sync_sources([source], now=NOW)
        items = [ItemData(key=f"k{i}", type="entry", title=f"Company {i} Robotics raises "
                          f"${i + 2}M Series A", url=None, summary="", published=NOW,
                          updated=None) for i in range(20)]
        storage.add_items(source, items, now=NOW, first_poll=False, added_at=NOW,
                          backfill=timedelta(0))
        config = Config(path=None)
        run_stages(storage, config, now=NOW)  # the first run makes what a run may keep
        storage.add_items(source, [ItemData(key="k-late", type="entry", title="Company 3 "
                                            "Robotics raises $9M Series B", url=None,
                                            summary="", published=NOW, updated=None)],
                          now=NOW, first_poll=False, added_at=NOW, backfill=timedelta(0))
        counter = [0]

        def tick() -> int:
            counter[0] += 1
            return 0

        storage.db.conn.set_progress_handler(tick, 100)
        result = run_stages(storage, config, now=NOW + timedelta(minutes=1))
        storage.db.conn.set_progress_handler(None, 100)
        assert result.stages["extract"].new_signals == 1
        storage.close()
        return counter[0]

    small, large = steps(100), steps(10_000)
    assert large < small * 1.5 + 50, (small, large)


@pytest.mark.no_store
def test_event_evaluation_guards_the_measured_levels() -> None:
    """The strategic/financial rules against their labelled titles (see
    tests/data/events/SOURCES.md: both splits have been looked at, so this guards the
    levels measured, it does not estimate unseen performance)."""
    from signalwatch.extract.evaluate import evaluate_events

    first = evaluate_events(DATA / "events" / "blind.jsonl")
    second = evaluate_events(DATA / "events" / "blind2.jsonl")
    assert first["precision"] >= 0.95 and first["recall"] >= 0.8, first["misses"]
    assert second["precision"] >= 0.85 and second["recall"] >= 0.75, second["misses"]
    # the 400-title training split and the splits tuned on after it, at the levels last
    # measured (tests/data/events/SOURCES.md)
    train = evaluate_events(DATA / "events" / "train" / "train1.jsonl")
    assert train["precision"] >= 0.94 and train["recall"] >= 0.83, train["misses"]
    for name, precision, recall in (("blind8", 0.92, 0.85), ("blind9", 0.92, 0.72),
                                    ("blind10", 0.9, 0.7), ("blind11", 0.87, 0.72),
                                    ("blind12", 0.88, 0.76), ("blind13", 0.9, 0.7),
                                    ("blind14", 0.9, 0.72), ("news_layoffs_blind", 0.95, 0.95),
                                    ("blind15", 0.85, 0.78), ("blind16", 0.85, 0.65),
                                    ("blind17", 0.78, 0.78), ("blind18", 0.88, 0.85),
                                    ("blind19", 0.88, 0.68)):
        r = evaluate_events(DATA / "events" / f"{name}.jsonl")
        assert r["precision"] >= precision and r["recall"] >= recall, (name, r["misses"])


def test_observed_tools_count_for_icp_tech_criteria(tmp_path) -> None:
    """Issue #13: ICP criteria on tech use what the job descriptions showed, not only the
    CRM column; the column itself stays as imported."""
    from signalwatch.icp import fit, parse_icps
    from signalwatch.stages.extract import technographics
    from signalwatch.types import Account, ItemData, Source

    storage = Storage(tmp_path / "sw.db")
    storage.upsert_accounts([Account("a1", "Acme", ats="greenhouse:acme")], now=NOW)
    board = Source(name="greenhouse:acme", kind="greenhouse", url="http://127.0.0.1/b",
                   account_id="a1")
    storage.sync_sources([board], now=NOW)
    storage.add_items(board, [ItemData(key="job:1", type="posting", title="AE", url=None,
                                       summary="Experience with Salesforce and Gong.",
                                       published=NOW, updated=None)],
                      now=NOW, first_poll=True, added_at=NOW, backfill=timedelta(0),
                      complete=True)
    assert technographics(storage, "a1", storage.get_postings("a1"), now=NOW) == 2
    icp = parse_icps([{"name": "t", "must": [{"field": "tech", "any": ["Gong"]}]}],
                     file="t.toml")[0]
    assert fit(storage.get_account("a1"), [icp]).icp == "t"
    assert storage.get_account("a1", observed=False).tech == ()
    kinds = {(s.kind, s.attributes["change"], s.history) for s in storage.get_signals()}
    assert kinds == {("technographic", "uses", True)}
    storage.close()


@pytest.mark.no_store
def test_an_s1_registration_is_an_ipo_filing() -> None:
    from signalwatch.collect.filings import parse_filings
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account, Item

    feed = (b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            b"<title>Latest Filings</title><entry><title>S-1 - Figma, Inc. (0001579878) (Filer)"
            b"</title><link href=\"https://www.sec.gov/Archives/edgar/data/1579878/"
            b'000162828025033742/0001628280-25-033742-index.htm"/><id>urn:tag:sec.gov,2008:'
            b"accession-number=0001628280-25-033742</id><updated>2025-07-01T16:10:00-04:00"
            b"</updated><summary type=\"html\">Filed: 2025-07-01</summary></entry></feed>")
    (data,) = parse_filings(feed)[0]
    assert data.data["form"] == "S-1" and "primary_doc" not in data.data
    item = Item(id=1, source="sec-s-1", key=data.key, type="filing", title=data.title,
                url=data.url, summary=data.summary, published=data.published, updated=None,
                company=data.company, data=dict(data.data), first_seen=NOW, last_seen=NOW)
    (signal,) = signals_from_item(item, Matcher([Account("f", "Figma")]), rates={},
                                  floor=0.8, now=NOW)
    assert (signal.kind, signal.attributes["type"]) == ("strategic", "ipo_filing")


#: The headline splits and the levels measured after each was tuned on (its first, blind
#: run is recorded in tests/data/signals/SOURCES.md): (split, kind, precision, recall).
HEADLINE_LEVELS = [
    ("press_blind", "leadership", 0.85, 0.9), ("press_blind", "funding", 0.85, 0.95),
    ("press_blind4", "leadership", 0.95, 0.95), ("press_blind4", "funding", 0.95, 0.95),
    ("press_blind5", "leadership", 0.95, 0.9), ("press_blind5", "funding", 0.95, 0.9),
    ("news_blind4", "leadership", 0.95, 0.8), ("news_blind4", "funding", 0.95, 0.95),
    ("news_blind5", "leadership", 0.95, 0.9), ("news_blind5", "funding", 0.95, 0.95),
    # (news_blind6's label of a VC's general partner predates the taxonomy's rule that a
    # general partner is a head, and is kept as written: SOURCES.md, press_blind15)
    ("news_blind6", "leadership", 0.85, 0.8), ("news_blind6", "funding", 0.95, 0.9),
    ("news_blind7", "funding", 0.95, 0.95),
    ("press_blind6", "leadership", 0.95, 0.9), ("press_blind6", "funding", 0.85, 0.9),
    ("press_blind7", "leadership", 0.95, 0.95), ("press_blind7", "funding", 0.85, 0.8),
    ("press_blind8", "leadership", 0.8, 0.95), ("press_blind8", "funding", 0.9, 0.9),
    ("press_blind9", "leadership", 0.95, 0.95), ("press_blind9", "funding", 0.95, 0.9),
    ("press_blind10", "leadership", 0.85, 0.85), ("press_blind10", "funding", 0.9, 0.9),
    ("press_blind11", "leadership", 0.85, 0.95), ("press_blind11", "funding", 0.85, 0.9),
    ("press_blind12", "leadership", 0.95, 0.7), ("press_blind12", "funding", 0.8, 0.85),
    ("press_blind13", "leadership", 0.95, 0.95), ("press_blind13", "funding", 0.9, 0.85),
    ("press_blind14", "leadership", 0.95, 0.95), ("press_blind14", "funding", 0.8, 0.85),
    ("press_blind15", "leadership", 0.95, 0.95), ("press_blind15", "funding", 0.95, 0.95),
    ("press_blind16", "leadership", 0.95, 0.95),
    ("press_blind17", "leadership", 0.85, 0.85), ("press_blind17", "funding", 0.85, 0.85),
    ("press_blind18", "leadership", 0.95, 0.75), ("news_blind10", "funding", 0.95, 0.95),
    ("press_blind19", "leadership", 0.95, 0.9), ("press_blind20", "leadership", 0.95, 0.95),
    ("press_blind21", "leadership", 0.95, 0.95), ("press_blind22", "leadership", 0.9, 0.95),
    ("news_blind8", "funding", 0.95, 0.95), ("news_blind9", "funding", 0.95, 0.95),
]


@pytest.mark.no_store
def test_headline_levels_are_guarded() -> None:
    """Press-release and news headlines: guards the levels measured after tuning, does not
    estimate unseen performance (the first runs do, SOURCES.md)."""
    from signalwatch.extract.evaluate import evaluate_headlines

    results = {}
    for split, kind, precision, recall in HEADLINE_LEVELS:
        if split not in results:
            accounts = None if split == "press_blind" else DATA / "signals" / "eval_accounts.csv"
            results[split] = evaluate_headlines(DATA / "signals" / f"{split}.jsonl", accounts)
        got = results[split][kind]
        assert got["precision"] >= precision and got["recall"] >= recall, (split, kind, got)


def _rumour_heard(tmp_path, server) -> tuple:
    """Past the first poll (history), then a rumoured round of Acme Robotics extracted."""
    old = "Mon, 23 Nov 2026 08:00:00 GMT"
    server.route("/news", Response(200, _feed([("n0", "Box names Jane Roe VP of Sales", old)]),
                                   {"Content-Type": RSS}))
    server.route("/wire", Response(200, _feed([]), {"Content-Type": RSS}))
    config, storage = _setup(tmp_path, server)
    collect(storage, config, now=NOW)
    extract_new_items(storage, config, now=NOW)  # the first poll: history
    day = "Tue, 24 Nov 2026 13:00:00 GMT"
    rumour = ("n1", "Acme Robotics is reportedly in talks to raise $25M Series A", day)
    server.route("/news", Response(200, _feed([rumour]), {"Content-Type": RSS}))
    t1 = NOW + timedelta(hours=2)
    collect(storage, config, now=t1)
    assert extract_new_items(storage, config, now=t1).new_signals == 1
    return config, storage, rumour, day


def test_a_plain_report_confirms_a_rumour_as_a_new_signal(tmp_path, server) -> None:
    """A rumoured round, then the round announced: the announcement is news (a new signal
    that is decided and may alert, with the rumour's evidence too), the rumour is
    withdrawn so a digest shows the round once, and a third report merges into the new
    signal."""
    config, storage, rumour, day = _rumour_heard(tmp_path, server)
    (heard,) = storage.get_signals(kind="funding")
    assert heard.attributes["rumour"] and not heard.history

    told = ("w1", "Acme Robotics Secures $25 Million in Series A Funding", day)
    server.route("/wire", Response(200, _feed([told]), {"Content-Type": RSS}))
    t2 = NOW + timedelta(hours=4)
    collect(storage, config, now=t2)
    second = extract_new_items(storage, config, now=t2)
    assert (second.new_signals, second.merged) == (1, 0)
    (plain,) = storage.get_signals(kind="funding")  # the rumour is withdrawn
    assert plain.id > heard.id and not plain.attributes.get("rumour")
    assert {e.source for e in plain.evidence} == {"news", "wire"}
    (gone,) = [s for s in storage.get_signals(kind="funding", withdrawn=True)
               if s.id == heard.id]
    assert gone.attributes["confirmed_by"] == plain.id

    again = ("n2", "Acme Robotics raises $25M Series A led by Example Ventures", day)
    server.route("/news", Response(200, _feed([rumour, again]), {"Content-Type": RSS}))
    t3 = NOW + timedelta(hours=6)
    collect(storage, config, now=t3)
    third = extract_new_items(storage, config, now=t3)
    assert (third.new_signals, third.merged) == (0, 1)
    (merged,) = storage.get_signals(kind="funding")
    assert merged.id == plain.id and merged.attributes["investors"] == ["Example Ventures"]
    storage.close()


def test_a_rumour_a_rep_withdrew_is_not_news_when_announced(tmp_path, server) -> None:
    """A rep said the rumour was the wrong company: its announcement is merged into the
    withdrawn signal, not stored as news that could alert."""
    config, storage, _, day = _rumour_heard(tmp_path, server)
    t1 = NOW + timedelta(hours=2)
    (heard,) = storage.get_signals(kind="funding")
    storage.withdraw_signals([heard.id], by="ana@example.com", now=t1)
    told = ("w1", "Acme Robotics Secures $25 Million in Series A Funding", day)
    server.route("/wire", Response(200, _feed([told]), {"Content-Type": RSS}))
    t2 = NOW + timedelta(hours=4)
    collect(storage, config, now=t2)
    result = extract_new_items(storage, config, now=t2)
    assert (result.new_signals, result.merged) == (0, 1)
    assert storage.get_signals(kind="funding") == []
    storage.close()


def test_evaluate_command_says_what_it_expects(tmp_path: Path) -> None:
    import subprocess
    import sys
    cmd = [sys.executable, "-m", "signalwatch.extract.evaluate"]
    usage = subprocess.run([*cmd, "--help"], capture_output=True, text=True, timeout=60)
    assert usage.returncode == 1 and "usage:" in usage.stderr and "Traceback" not in usage.stderr
    missing = subprocess.run([*cmd, str(tmp_path / "nope.jsonl"), str(tmp_path / "a.csv")],
                             capture_output=True, text=True, timeout=60)
    assert missing.returncode == 1 and "nope.jsonl: no such file" in missing.stderr
    accounts = DATA / "signals" / "eval_accounts.csv"
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"title": "Ficus raises $5M", "label": {"kind": null}}\n{"title": \n',
                      "utf-8")
    bad_json = subprocess.run([*cmd, str(broken), str(accounts)], capture_output=True,
                              text=True, timeout=60)
    assert bad_json.returncode == 1 and "corpus line 2: not JSON" in bad_json.stderr
    unknown = tmp_path / "unknown.jsonl"
    unknown.write_text(json.dumps({"title": "Nowhere Inc raises $5M", "summary": "", "label": {
        "kind": "funding", "company": "Nowhere Inc", "round": "unknown", "amount": 5e6,
        "currency": "USD"}, "split": "dev"}) + "\n", "utf-8")
    no_account = subprocess.run([*cmd, str(unknown), str(accounts)], capture_output=True,
                                text=True, timeout=60)
    assert no_account.returncode == 1 and "corpus item 1" in no_account.stderr and \
        "'Nowhere Inc' is no account" in no_account.stderr and "Traceback" not in \
        no_account.stderr


@pytest.mark.no_store
def test_whole_news_items_read_no_worse_than_measured() -> None:
    """The eight news_items sets (whole TechCrunch items, labelled before their first runs;
    tuned on since, see their SOURCES.md): a floor under what the reading does now (56 of
    57 found right, 56 of 62 labelled found), so a change that loses rounds or reads
    history as news fails here before a blind set would show it."""
    from signalwatch.extract.evaluate import run

    data = DATA / "signals" / "news_items"
    right = found = labelled = 0
    for n in range(1, 9):
        got = run(data / f"blind{n}.jsonl", [DATA / "signals" / "eval_accounts.csv",
                                              data / "accounts.csv"], out=io.StringIO())["all"]
        found += got["signals_found"]
        labelled += got["signals_labelled"]
        right += round(got["match_precision"] * got["signals_found"])
    assert right / found >= 0.95 and right / labelled >= 0.85, (right, found, labelled)


@pytest.mark.no_store
def test_whole_press_releases_read_no_worse_than_measured() -> None:
    """The forty press_whole sets (whole releases of the full archive whose moves
    are told in other words than "appoints", two sets drawn for rounds, twenty-four drawn by
    their text; labelled before their first runs, tuned on since, see their SOURCES.md): a
    floor under what the reading does now (leadership 265 of 271 found right, 265 of 329
    labelled found; rounds 9 of 16 found right: a list article's "Forterra has raised $303
    million, with backers including ..." is a total, read as a round, in the same list
    under three headlines, a listed fund's "$17.7 million investment in OpenAI" is its
    position, read as OpenAI's round (see press_whole16's SOURCES.md), Mitsui's "$30 million
    strategic investment" in the listed Atlas Lithium is a placement by the labels' policy,
    a round by the funding rules' (press_whole22's), and Builders Capital's "recently
    announced a $500 million transaction in growth capital" is background by its label, a
    round by the rules (press_whole34's)). press_whole7-9, 11 and 12 are the hardest to find
    moves in: the recall floor is under all forty, 0.7."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "roundup_eval", Path(__file__).parent.parent / "scripts" / "roundup_eval.py")
    assert spec is not None and spec.loader is not None
    evaluation = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluation)
    data = DATA / "signals" / "press_whole"
    rows = [json.loads(x) for x in (data / "labels.jsonl").read_text("utf-8").splitlines()]
    texts = json.loads((data / "texts.json").read_text("utf-8"))
    moves = evaluation.score_moves([{**r, "others": [*r["others"], *(
        d["company"] for d in r["deals"])]} for r in rows], texts)
    deals = evaluation.score([{**r, "others": [*r["others"], *dict.fromkeys(
        m["company"] for m in r["moves"])]} for r in rows], texts)
    assert moves["right"] / moves["found"] >= 0.9, dict(moves)
    assert moves["right"] / moves["labelled"] >= 0.7, dict(moves)
    # (the change of the moves found right, where labelled: 243 of 265 agree; a promotion
    # told only by the text around it reads as a join, see press_whole36's SOURCES.md)
    assert moves["change"] / moves["change_labelled"] >= 0.88, dict(moves)
    assert deals["right"] / deals["found"] >= 0.45, dict(deals)
