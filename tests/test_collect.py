"""Collectors against a real HTTP server on 127.0.0.1 serving recorded responses."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from signalwatch.cli import main
from signalwatch.config import Config, load_config
from signalwatch.stages.collect import collect
from signalwatch.store import Storage
from signalwatch.utils import from_iso

from .conftest import DATA, NOW
from .httpserver import Response

pytestmark = pytest.mark.both_engines

FIX = DATA / "collect"
RSS = "application/rss+xml; charset=utf-8"
JSON = "application/json"


def setup(tmp_path: Path, sources: str, extra: str = "") -> Config:
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "sources" / "test.toml").write_text(sources, encoding="utf-8")
    (tmp_path / "signalwatch.toml").write_text(
        '[collect]\nconnect_timeout = 2\nread_timeout = 0.5\ndeadline = 2\n'
        'max_bytes = 200000\n' + extra, encoding="utf-8")
    return load_config(tmp_path / "signalwatch.toml")


def feed(name: str, url: str) -> str:
    return f'[[feed]]\nname = "{name}"\nurl = "{url}"\n'


def state(storage: Storage, name: str) -> dict:
    s = storage.get_source_state(name)
    assert s is not None
    return s


def test_first_poll_is_history_then_304_with_validators(tmp_path, server, storage) -> None:
    url = server.route("/tc", Response(200, (FIX / "techcrunch.xml").read_bytes(),
                                       {"Content-Type": RSS, "ETag": '"v1"',
                                        "Last-Modified": "Thu, 21 Aug 2025 12:00:00 GMT"}))
    config = setup(tmp_path, feed("tc", url))
    summary = collect(storage, config, now=NOW)
    assert (summary.ok, summary.failed, summary.new_items, summary.history_items) == (1, 0, 20, 20)
    items = storage.get_items(source="tc")
    assert len(items) == 20 and all(i.history for i in items)
    assert items[0].title and items[0].url.startswith("https://techcrunch.com/")
    assert "<" not in items[0].summary

    server.route("/tc", Response(304, headers={"ETag": '"v1"'}))
    summary = collect(storage, config, now=NOW + timedelta(hours=1))
    assert summary.results[0].status == "not_modified"
    last = server.hits("/tc")[-1]
    assert last.headers["if-none-match"] == '"v1"'
    assert last.headers["if-modified-since"] == "Thu, 21 Aug 2025 12:00:00 GMT"
    assert last.headers["user-agent"].startswith("signalwatch/")
    assert storage.count_items(source="tc") == 20


def test_same_body_without_validators_is_not_parsed_again(tmp_path, server, storage) -> None:
    body = (FIX / "recoverable.xml").read_bytes()
    url = server.route("/w", Response(200, body, {"Content-Type": RSS}))
    config = setup(tmp_path, feed("w", url))
    collect(storage, config, now=NOW)
    summary = collect(storage, config, now=NOW + timedelta(hours=1))
    assert summary.results[0].status == "unchanged"
    assert "if-none-match" not in server.hits("/w")[-1].headers
    assert state(storage, "w")["last_success"] == (NOW + timedelta(hours=1)).isoformat()


def test_new_items_after_the_first_poll_alertable_and_never_repeated(tmp_path, server,
                                                                      storage) -> None:
    recoverable = (FIX / "recoverable.xml").read_text()
    url = server.route("/w", Response(200, recoverable.encode(), {"Content-Type": RSS}))
    config = setup(tmp_path, feed("w", url))
    collect(storage, config, now=NOW)
    # a new item, an old item re-dated, and an item published long before the source was added
    newer = recoverable.replace(
        "<item>",
        "<item><title>Crate raises seed</title><guid>wire-1003</guid>"
        "<pubDate>Tue, 24 Nov 2026 11:00:00 GMT</pubDate></item>"
        "<item><title>Old story</title><guid>wire-0001</guid>"
        "<pubDate>Mon, 01 Jun 2026 11:00:00 GMT</pubDate></item><item>", 1,
    ).replace("Mon, 23 Nov 2026 09:00:00 GMT", "Tue, 24 Nov 2026 08:00:00 GMT")
    server.route("/w", Response(200, newer.encode(), {"Content-Type": RSS}))
    summary = collect(storage, config, now=NOW + timedelta(hours=1))
    assert (summary.new_items, summary.history_items) == (2, 1)
    by_key = {i.key: i for i in storage.get_items(source="w")}
    assert sorted(by_key) == ["guid:wire-0001", "guid:wire-1001", "guid:wire-1002",
                              "guid:wire-1003"], by_key
    assert not by_key["guid:wire-1003"].history
    assert by_key["guid:wire-0001"].history
    assert by_key["guid:wire-1001"].published == from_iso("2026-11-23T09:00:00+00:00")
    # the same body again, and the original body (items "vanish" and reappear): nothing new
    server.route("/w", Response(200, recoverable.encode(), {"Content-Type": RSS}))
    assert collect(storage, config, now=NOW + timedelta(hours=2)).new_items == 0
    assert storage.count_items(source="w") == 4


def test_items_without_guid_or_date_and_duplicate_links(tmp_path, server, storage) -> None:
    url = server.route("/n", Response(200, (FIX / "no_guid.xml").read_bytes(),
                                      {"Content-Type": RSS}))
    config = setup(tmp_path, feed("n", url))
    collect(storage, config, now=NOW)
    keys = sorted(i.key for i in storage.get_items(source="n"))
    assert keys[0].startswith("hash:")
    assert keys[1] == "link:https://undated.example/crate-vp"
    assert len(keys) == 2
    assert collect(storage, config, now=NOW + timedelta(hours=1)).new_items == 0


def test_permanent_redirect_updates_the_stored_url(tmp_path, server, storage) -> None:
    server.route("/old", Response(301, headers={"Location": "/new"}))
    new = server.route("/new", Response(200, (FIX / "recoverable.xml").read_bytes(),
                                        {"Content-Type": RSS}))
    server.route("/temp", Response(302, headers={"Location": "/new"}))
    config = setup(tmp_path, feed("moved", server.url("/old")) + feed("temp", server.url("/temp")))
    # one 301 does not move the source for good: it takes 3 polls in a row (issue #10)
    for hour in range(2):
        collect(storage, config, now=NOW + timedelta(hours=hour))
        assert state(storage, "moved")["url"] == server.url("/old")
    collect(storage, config, now=NOW + timedelta(hours=2))
    assert state(storage, "moved")["url"] == new
    assert state(storage, "temp")["url"] == server.url("/temp")
    collect(storage, config, now=NOW + timedelta(hours=3))
    assert len(server.hits("/old")) == 3


def test_redirect_loop_is_bounded(tmp_path, server, storage) -> None:
    server.route("/a", Response(302, headers={"Location": "/b"}))
    server.route("/b", Response(302, headers={"Location": "/a"}))
    config = setup(tmp_path, feed("loop", server.url("/a")))
    result = collect(storage, config, now=NOW).results[0]
    assert result.status == "error" and "more than 5 redirects" in (result.error or "")
    assert len(server.requests) == 6


def test_redirect_to_another_scheme_is_refused(tmp_path, server, storage) -> None:
    server.route("/x", Response(301, headers={"Location": "file:///etc/passwd"}))
    config = setup(tmp_path, feed("x", server.url("/x")))
    result = collect(storage, config, now=NOW).results[0]
    assert "only http and https" in (result.error or "")


def test_gone_disables_the_source(tmp_path, server, storage) -> None:
    server.route("/gone", Response(410, b"gone"))
    config = setup(tmp_path, feed("gone", server.url("/gone")))
    assert collect(storage, config, now=NOW).results[0].status == "gone"
    s = state(storage, "gone")
    assert not s["enabled"] and "410" in s["disabled_reason"]
    assert collect(storage, config, now=NOW + timedelta(days=2)).results == []
    assert len(server.hits("/gone")) == 1


def test_429_retry_after_and_backoff(tmp_path, server, storage) -> None:
    server.route("/busy", Response(429, b"slow down", {"Retry-After": "7200"}))
    server.route("/broken", Response(500, b"oops"))
    ok = server.route("/ok", Response(200, (FIX / "recoverable.xml").read_bytes(),
                                      {"Content-Type": RSS}))
    config = setup(tmp_path, feed("busy", server.url("/busy")) +
                   feed("broken", server.url("/broken")) + feed("ok", ok))
    summary = collect(storage, config, now=NOW)
    assert (summary.ok, summary.failed) == (1, 2)
    busy = state(storage, "busy")
    assert busy["last_error"].startswith("HTTP 429")
    assert from_iso(busy["next_due"]) >= NOW + timedelta(seconds=7200)
    # exponential backoff: 1h, 2h, 4h
    dues = []
    for i in range(3):
        now = NOW + timedelta(days=i + 1)
        collect(storage, config, now=now, names=["broken"])
        dues.append(from_iso(state(storage, "broken")["next_due"]) - now)
    assert dues == [timedelta(hours=2), timedelta(hours=4), timedelta(hours=8)]
    assert state(storage, "broken")["consecutive_failures"] == 4
    # due_only skips sources that are not due
    later = collect(storage, config, now=NOW + timedelta(minutes=90), due_only=True)
    assert sorted(r.name for r in later.results) == ["ok"]


def test_hung_server_times_out(tmp_path, server, storage) -> None:
    server.route("/hang", Response(hang=True))
    config = setup(tmp_path, feed("hang", server.url("/hang")))
    result = collect(storage, config, now=NOW).results[0]
    assert result.status == "error" and "timeout" in (result.error or "").lower()


def test_body_over_the_cap(tmp_path, server, storage) -> None:
    big = b"<rss>" + b"x" * 300_000 + b"</rss>"
    server.route("/big", Response(200, big, {"Content-Type": RSS}))
    server.route("/bomb", Response(200, big, {"Content-Type": RSS}, gzip=True))
    config = setup(tmp_path, feed("big", server.url("/big")) + feed("bomb", server.url("/bomb")))
    results = {r.name: r for r in collect(storage, config, now=NOW).results}
    assert "cap" in (results["big"].error or "")
    assert "cap" in (results["bomb"].error or "")


def test_gzip_body(tmp_path, server, storage) -> None:
    url = server.route("/gz", Response(200, (FIX / "techcrunch.xml").read_bytes(),
                                       {"Content-Type": RSS}, gzip=True))
    config = setup(tmp_path, feed("gz", url))
    assert collect(storage, config, now=NOW).new_items == 20
    assert server.hits("/gz")[0].headers["accept-encoding"] == "gzip, deflate"


def test_wrong_charset_is_recovered(tmp_path, server, storage) -> None:
    url = server.route("/l1", Response(200, (FIX / "latin1.xml").read_bytes(),
                                       {"Content-Type": "application/rss+xml; charset=utf-8"}))
    config = setup(tmp_path, feed("l1", url))
    result = collect(storage, config, now=NOW).results[0]
    assert result.ok
    (item,) = storage.get_items(source="l1")
    assert item.title.endswith("names new CFO") and "G" in item.title


def test_html_served_as_a_feed(tmp_path, server, storage) -> None:
    url = server.route("/waf", Response(200, (FIX / "access_denied.html").read_bytes(),
                                        {"Content-Type": "text/html"}))
    config = setup(tmp_path, feed("waf", url))
    result = collect(storage, config, now=NOW).results[0]
    assert result.status == "error"
    assert result.error == "not a feed: the server sent an HTML page"
    assert state(storage, "waf")["last_error"] == result.error


def test_malformed_and_recoverable_xml(tmp_path, server, storage) -> None:
    bad = server.route("/bad", Response(200, (FIX / "malformed.xml").read_bytes(),
                                        {"Content-Type": RSS}))
    ok = server.route("/rec", Response(200, (FIX / "recoverable.xml").read_bytes(),
                                       {"Content-Type": RSS}))
    config = setup(tmp_path, feed("bad", bad) + feed("rec", ok))
    results = {r.name: r for r in collect(storage, config, now=NOW).results}
    assert results["bad"].status == "error"
    assert results["rec"].status == "ok" and results["rec"].new_items == 2
    assert results["rec"].error  # the recoverable error is reported
    assert state(storage, "bad")["consecutive_failures"] == 1


# -- job boards ----------------------------------------------------------------------


BOARDS = {
    "greenhouse": ("greenhouse.json", "Client Support Analyst I", "Customer Success"),
    "lever": ("lever.json", None, None),
    "ashby": ("ashby.json", "Member of Technical Staff", "Engineering"),
    "workable": ("workable.json", None, None),
}


@pytest.mark.parametrize("kind", sorted(BOARDS))
def test_each_ats_maps_to_one_posting_shape(kind, tmp_path, server, storage) -> None:
    file, title, department = BOARDS[kind]
    url = server.serve_file(f"/{kind}", FIX / file, JSON)
    config = setup(tmp_path, f'[[{kind}]]\nboard = "acme"\nurl = "{url}"\naccount = "a1"\n')
    summary = collect(storage, config, now=NOW)
    assert summary.failed == 0 and summary.new_items > 0
    postings = storage.get_items(source=f"{kind}:acme")
    expected = json.loads((FIX / file).read_text())
    jobs = expected if isinstance(expected, list) else expected["jobs"]
    assert len(postings) == len(jobs)
    for p in postings:
        assert p.type == "posting" and p.account_id == "a1"
        assert set(p.data) == {"ats_id", "department", "location", "remote", "posted_at",
                               "updated_at"}
        assert p.title and p.url and p.published is not None
        assert p.key == f"job:{p.data['ats_id']}"
    if title:
        first = next(p for p in postings if p.title == title)
        assert first.data["department"] == department
    if kind != "workable":  # the widget API lists jobs without descriptions
        assert any(p.summary for p in postings)


def test_lever_and_workable_fields(tmp_path, server, storage) -> None:
    lever = server.serve_file("/lever", FIX / "lever.json", JSON)
    workable = server.serve_file("/workable", FIX / "workable.json", JSON)
    config = setup(tmp_path, f'[[lever]]\nboard = "l"\nurl = "{lever}"\n'
                             f'[[workable]]\nboard = "w"\nurl = "{workable}"\n')
    collect(storage, config, now=NOW)
    lev = storage.get_items(source="lever:l")
    assert {p.data["department"] for p in lev} == {"Administrative"}
    assert {p.data["location"] for p in lev} == {"London, United Kingdom", "Palo Alto, CA"}
    wk = storage.get_items(source="workable:w")
    assert {p.company for p in wk} == {"Hugging Face"}


def test_smartrecruiters_is_paginated(tmp_path, server, storage) -> None:
    page1 = server.serve_file("/sr/postings?limit=1&offset=0", FIX / "smartrecruiters_page1.json",
                              JSON)
    server.serve_file("/sr/postings?limit=1&offset=1", FIX / "smartrecruiters_page2.json", JSON)
    config = setup(tmp_path, f'[[smartrecruiters]]\nboard = "sr"\nurl = "{page1}"\n')
    assert collect(storage, config, now=NOW).new_items == 2
    postings = storage.get_items(source="smartrecruiters:sr")
    assert {p.data["department"] for p in postings} >= {"Marketing"}
    assert all(p.data["remote"] is not None for p in postings)


def test_postings_close_after_two_good_fetches_never_on_errors(tmp_path, server,
                                                              storage) -> None:
    full = json.loads((FIX / "greenhouse.json").read_text())
    one_left = dict(full, jobs=full["jobs"][:1])
    url = server.route("/gh", Response(200, json.dumps(full).encode(), {"Content-Type": JSON}))
    config = setup(tmp_path, f'[[greenhouse]]\nboard = "gh"\nurl = "{url}"\n')
    collect(storage, config, now=NOW)

    def open_postings() -> int:
        return sum(p.closed_at is None for p in storage.get_items(source="greenhouse:gh"))

    assert open_postings() == 2
    # the board errors (500, then a 200 that is not JSON): nothing closes, however often
    for hour, response in enumerate([Response(500, b"down"),
                                     Response(200, b"<html>maintenance</html>",
                                              {"Content-Type": "text/html"})] * 2):
        server.route("/gh", response)
        summary = collect(storage, config, now=NOW + timedelta(hours=hour + 1))
        assert summary.failed == 1
        assert open_postings() == 2
    # one good fetch without a posting: not closed yet; the second closes it
    server.route("/gh", Response(200, json.dumps(one_left).encode(), {"Content-Type": JSON}))
    collect(storage, config, now=NOW + timedelta(hours=10))
    assert open_postings() == 2
    server.route("/gh", Response(200, json.dumps(one_left).encode() + b" ",
                                 {"Content-Type": JSON}))
    collect(storage, config, now=NOW + timedelta(hours=11))
    assert open_postings() == 1
    closed = [p for p in storage.get_items(source="greenhouse:gh") if p.closed_at]
    assert closed[0].closed_at == NOW + timedelta(hours=11)
    # it comes back: reopened, not new
    server.route("/gh", Response(200, json.dumps(full).encode(), {"Content-Type": JSON}))
    assert collect(storage, config, now=NOW + timedelta(hours=12)).new_items == 0
    assert open_postings() == 2


def test_boards_from_the_accounts_ats_column(tmp_path, server, storage) -> None:
    from signalwatch.accounts import read_accounts

    config = setup(tmp_path, "")
    accounts = read_accounts("id,name,domain,ats\na1,Acme,acme.com,ashby:acme\n"
                             "a2,Bolt,bolt.com,\n").accounts
    storage.upsert_accounts(accounts, now=NOW)
    from signalwatch.stages.collect import load_sources

    sources = load_sources(config, storage, now=NOW)
    (board,) = sources
    assert (board.name, board.kind, board.account_id) == ("ashby:acme", "ashby", "a1")
    assert board.url == "https://api.ashbyhq.com/posting-api/job-board/acme"


# -- pages and filings -------------------------------------------------------------


def test_team_page_changes(tmp_path, server, storage) -> None:
    server.route("/robots.txt", Response(200, b"User-agent: *\nDisallow: /private\n"))
    url = server.serve_file("/team", FIX / "team_before.html", "text/html")
    config = setup(tmp_path, f'[[page]]\nname = "acme-team"\nurl = "{url}"\n'
                             f'company = "Acme"\naccount = "a1"\n')
    assert collect(storage, config, now=NOW).new_items == 0  # first fetch: the snapshot
    server.serve_file("/team", FIX / "team_after.html", "text/html")
    collect(storage, config, now=NOW + timedelta(hours=1))
    changes = {(i.data["person"], i.data["title"], i.data["change"])
               for i in storage.get_items(source="acme-team")}
    assert changes == {
        ("Dev Rao", "Chief Revenue Officer", "joined"),
        ("Cleo Nash", "Chief Marketing Officer", "promoted"),
        ("Ben Ortiz", "VP of Sales", "departed"),
    }
    assert all(i.company == "Acme" and i.account_id == "a1"
               for i in storage.get_items(source="acme-team"))
    assert len(server.hits("/robots.txt")) == 2  # once per run


def test_empty_page_is_an_error_not_everyone_leaving(tmp_path, server, storage) -> None:
    url = server.serve_file("/team", FIX / "team_before.html", "text/html")
    config = setup(tmp_path, f'[[page]]\nname = "t"\nurl = "{url}"\n')
    collect(storage, config, now=NOW)
    server.route("/team", Response(200, b"<html><body>Under construction</body></html>",
                                   {"Content-Type": "text/html"}))
    result = collect(storage, config, now=NOW + timedelta(hours=1)).results[0]
    assert result.status == "error" and "no names and titles" in (result.error or "")
    assert storage.count_items(source="t") == 0


def test_robots_txt_is_respected(tmp_path, server, storage) -> None:
    server.route("/robots.txt", Response(200, b"User-agent: *\nDisallow: /team\n"))
    url = server.serve_file("/team", FIX / "team_before.html", "text/html")
    config = setup(tmp_path, f'[[page]]\nname = "t"\nurl = "{url}"\n')
    result = collect(storage, config, now=NOW).results[0]
    assert result.error == "robots.txt disallows this page"
    assert server.hits("/team") == []


def test_form_d_filings_with_amounts(tmp_path, server, storage) -> None:
    url = server.serve_file("/cgi-bin/browse-edgar", FIX / "edgar_form_d.atom",
                            "application/atom+xml")
    server.serve_file("/Archives/edgar/data/1812345/000181234526000002/primary_doc.xml",
                      FIX / "edgar_primary_doc.xml", "application/xml")
    config = setup(tmp_path, f'[[filing]]\nname = "formd"\nurl = "{url}"\nfetch_amounts = true\n')
    assert collect(storage, config, now=NOW).new_items == 2
    items = {i.company: i for i in storage.get_items(source="formd")}
    assert set(items) == {"Supabase Inc.", "Example Fund II, L.P."}
    supa = items["Supabase Inc."]
    assert supa.type == "filing"
    assert (supa.data["form"], supa.data["amount_offered"], supa.data["amount_sold"]) == (
        "D", 80_000_000.0, 80_000_000.0)
    assert items["Example Fund II, L.P."].data["form"] == "D/A"
    assert "amount_offered" not in items["Example Fund II, L.P."].data  # its doc is a 404


# -- catalog and CLI -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[feed]]\nname = "x"\n', "key 'feed[0].url': missing"),
        ('[[feed]]\nname = "x"\nurl = "ftp://x/y"\n', "only http and https"),
        ('[[greenhouse]]\nurl = "https://x.io/"\n', "key 'greenhouse[0].board': missing"),
        ('[[rss]]\nname = "x"\n', "key 'rss': unknown source kind"),
        ('[[feed]]\nname = "x"\nurl = "https://x.io"\nintervl = 5\n',
         "key 'feed[0].intervl': unknown key"),
        ('[[feed]]\nname = "x"\nurl = "https://x.io"\n[[feed]]\nname = "x"\nurl = "https://y.io"\n',
         "duplicate source name 'x'"),
    ],
)
def test_bad_source_files_name_file_and_key(tmp_path, text, message) -> None:
    config = setup(tmp_path, text)
    result = CliRunner().invoke(main, ["--config", str(config.path), "sources"])
    assert result.exit_code == 2
    assert "sources/test.toml" in result.output and message in result.output


def test_cli_collect_sources_and_test(tmp_path, server) -> None:
    ok = server.serve_file("/ok", FIX / "recoverable.xml", RSS)
    server.route("/down", Response(500, b"down"))
    config = setup(tmp_path, feed("ok", ok) + feed("down", server.url("/down")))
    cfg = ["--config", str(config.path)]
    runner = CliRunner()
    result = runner.invoke(main, [*cfg, "collect"])
    assert result.exit_code == 0, result.output
    assert "failed  down: HTTP 500" in result.output
    assert "2 sources: 1 ok, 1 failed; 2 new items (2 stored as history)" in result.output
    rows = [json.loads(x) for x in runner.invoke(main, [*cfg, "sources", "--json"])
            .output.splitlines()]
    by_name = {r["name"]: r for r in rows}
    assert by_name["down"]["consecutive_failures"] == 1
    assert by_name["down"]["last_error"] == "HTTP 500 Internal Server Error"
    assert by_name["ok"]["items"] == 2 and by_name["ok"]["last_success"]
    listing = runner.invoke(main, [*cfg, "sources"]).output
    assert "failing" in listing and "last error: HTTP 500" in listing

    server.route("/ok", Response(200, (FIX / "techcrunch.xml").read_bytes(), {"Content-Type": RSS}))
    result = runner.invoke(main, [*cfg, "sources", "test", "ok"])
    assert result.exit_code == 0 and "20 items:" in result.output
    with Storage(config.database_target) as storage:
        assert storage.count_items(source="ok") == 2  # `sources test` stored nothing
    assert runner.invoke(main, [*cfg, "sources", "test", "down"]).exit_code == 1
    assert runner.invoke(main, [*cfg, "sources", "test", "nope"]).exit_code == 2


def test_shipped_catalog_is_valid() -> None:
    from signalwatch.collect.sources import read_source_file

    files = sorted((Path(__file__).parent.parent / "sources").glob("*.toml"))
    assert files
    sources = [s for f in files for s in read_source_file(f)]
    kinds = {s.kind for s in sources}
    assert {"feed", "filing", "greenhouse", "lever", "ashby", "workable",
            "smartrecruiters"} <= kinds
    assert len({s.name for s in sources}) == len(sources)



def test_304_without_validators_is_not_modified_not_a_failure(tmp_path, server, storage) -> None:
    # A misbehaving proxy answers 304 to a request that carried no validators at all.
    server.route("/p", Response(304))
    config = setup(tmp_path, feed("p", server.url("/p")))
    result = collect(storage, config, now=NOW).results[0]
    assert result.status == "not_modified"
    assert "if-none-match" not in server.hits("/p")[0].headers
    s = state(storage, "p")
    assert s["consecutive_failures"] == 0 and s["last_success"]
    assert storage.count_items(source="p") == 0
    # the first body that does arrive is still the silent first poll
    server.serve_file("/p", FIX / "recoverable.xml", RSS)
    summary = collect(storage, config, now=NOW + timedelta(hours=1))
    assert (summary.new_items, summary.history_items) == (2, 2)


def test_seen_plan_is_pure() -> None:
    from datetime import UTC, datetime

    from signalwatch.seen import plan_items
    from signalwatch.types import ItemData

    def item(key: str, published: datetime | None = None) -> ItemData:
        return ItemData(key=key, type="posting", title=key, url=None, summary="",
                        published=published)

    added = datetime(2026, 1, 10, tzinfo=UTC)
    plan = plan_items([item("a"), item("b", datetime(2025, 1, 1, tzinfo=UTC)), item("c"),
                       item("a")], known={"c"}, open_postings={"c": 0, "x": 0, "y": 1},
                      first_poll=False, added_at=added, backfill=timedelta(hours=72),
                      complete=True)
    assert [(i.key, h) for i, h in plan.new] == [("a", False), ("b", True)]
    assert plan.seen == ("c",) and plan.missed == ("x", "y") and plan.closed == ("y",)
    first = plan_items([item("a")], known=set(), open_postings={}, first_poll=True,
                       added_at=added, backfill=timedelta(hours=72), complete=False)
    assert first.new[0][1] is True and first.history == 1
