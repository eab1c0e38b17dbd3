"""Hostile and broken sources (issue #10): each is recorded on its own source and the cycle
goes on. Everything runs on loopback (a second host is 127.0.0.2)."""

from __future__ import annotations

import gzip
import io
import json
import logging
from datetime import timedelta

import pytest
from click.testing import CliRunner

from signalwatch.cli import main
from signalwatch.collect.http import MAX_RETRY_AFTER, BodyTooLarge, BoundedDecoder
from signalwatch.collect.pages import robots_allows
from signalwatch.collect.sources import load_catalog
from signalwatch.exceptions import ConfigError
from signalwatch.logs import setup_logging
from signalwatch.stages.collect import collect
from signalwatch.utils import from_iso

from .conftest import NOW
from .httpserver import LoopbackServer, Response
from .test_collect import FIX, JSON, RSS, feed, setup, state

pytestmark = pytest.mark.both_engines


def good_feed(server: LoopbackServer) -> str:
    url = server.route("/good", Response(200, (FIX / "recoverable.xml").read_bytes(),
                                         {"Content-Type": RSS}))
    return feed("good", url)


def results(summary) -> dict:
    return {r.name: r for r in summary.results}


def test_one_crashing_source_never_stops_the_cycle(tmp_path, server, storage) -> None:
    server.route("/badport", Response(302, headers={"Location": "http://127.0.0.1:99999/x"}))
    server.route("/retry", Response(429, headers={"Retry-After": "9" * 30}))
    deep = b"[" * 90_000 + b"]" * 90_000
    server.route("/deep", Response(200, deep, {"Content-Type": JSON}))
    server.route("/srlist", Response(200, b"[1, 2, 3]", {"Content-Type": JSON}))
    sources = (good_feed(server) + feed("badport", server.url("/badport"))
               + feed("retry", server.url("/retry"))
               + f'[[greenhouse]]\nboard = "deep"\nurl = "{server.url("/deep")}"\n'
               + f'[[smartrecruiters]]\nboard = "srlist"\nurl = "{server.url("/srlist")}"\n')
    config = setup(tmp_path, sources)
    summary = collect(storage, config, now=NOW)
    got = results(summary)
    assert got["good"].ok
    for name in ("badport", "retry", "greenhouse:deep", "smartrecruiters:srlist"):
        assert got[name].status == "error", name
        s = state(storage, name)
        assert s["consecutive_failures"] == 1 and s["last_error"], name
    # Retry-After is capped: parked a day at most, never until year 9999
    due = from_iso(state(storage, "retry")["next_due"])
    assert due is not None and due <= NOW + timedelta(seconds=MAX_RETRY_AFTER + 1)
    assert "nested too deeply" in state(storage, "greenhouse:deep")["last_error"]
    assert "invalid port" in state(storage, "badport")["last_error"]
    # the next cycle runs too
    again = collect(storage, config, now=NOW + timedelta(days=2))
    assert results(again)["good"].ok


def test_invalid_css_selector_is_refused_at_load(tmp_path) -> None:
    config = setup(tmp_path, '[[page]]\nname = "p"\nurl = "http://127.0.0.1:1/t"\n'
                   'selector = "div[[["\n')
    with pytest.raises(ConfigError) as e:
        load_catalog(config)
    assert "page[0].selector" in str(e.value) and "CSS selector" in str(e.value)
    out = CliRunner().invoke(main, ["--config", str(tmp_path / "signalwatch.toml"), "check"])
    assert out.exit_code != 0 and "selector" in out.output


def test_duplicate_source_names_are_refused(tmp_path) -> None:
    config = setup(tmp_path, feed("same", "http://127.0.0.1:1/a")
                   + feed("same", "http://127.0.0.1:1/b"))
    with pytest.raises(ConfigError, match="duplicate source name"):
        load_catalog(config)


def test_gzip_bomb_is_bounded(tmp_path, server, storage) -> None:
    layer = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
    bomb = gzip.compress(layer, compresslevel=9)
    assert len(bomb) < 100_000
    server.route("/bomb", Response(200, bomb, {"Content-Type": RSS,
                                               "Content-Encoding": "gzip, gzip"}))
    config = setup(tmp_path, feed("bomb", server.url("/bomb")) + good_feed(server))
    got = results(collect(storage, config, now=NOW))
    assert got["bomb"].status == "error" and "cap" in (got["bomb"].error or "")
    assert got["good"].ok


def test_bounded_decoder_never_inflates_past_the_cap() -> None:
    data = gzip.compress(gzip.compress(b"a" * 10_000_000))
    decoder = BoundedDecoder("gzip, gzip", cap=100_000)
    with pytest.raises(BodyTooLarge):
        decoder.feed(data)
    ok = BoundedDecoder("gzip", cap=100_000)
    assert ok.feed(gzip.compress(b"hello")) == b"hello"


@pytest.fixture
def second_host():
    try:
        s = LoopbackServer("127.0.0.2")
    except OSError:
        pytest.skip("127.0.0.2 is not routable here")
    yield s
    s.close()


def test_redirect_to_another_internal_host_is_refused(tmp_path, server, storage,
                                                       second_host) -> None:
    target = second_host.route("/secret", Response(
        200, (FIX / "recoverable.xml").read_bytes(), {"Content-Type": RSS}))
    server.route("/jump", Response(301, headers={"Location": target}))
    config = setup(tmp_path, feed("jump", server.url("/jump")))
    for hour in range(4):
        result = results(collect(storage, config, now=NOW + timedelta(hours=hour)))["jump"]
        assert result.status == "error" and "redirect refused" in (result.error or "")
    assert second_host.hits("/secret") == []
    assert state(storage, "jump")["url"] == server.url("/jump")  # never rewritten
    assert storage.get_items(source="jump") == []


def test_allow_private_lets_an_operator_redirect_internally(tmp_path, server, storage,
                                                            second_host) -> None:
    target = second_host.route("/mirror", Response(
        200, (FIX / "recoverable.xml").read_bytes(), {"Content-Type": RSS}))
    server.route("/jump", Response(302, headers={"Location": target}))
    config = setup(tmp_path, feed("jump", server.url("/jump")) + "allow_private = true\n")
    assert results(collect(storage, config, now=NOW))["jump"].ok
    assert len(second_host.hits("/mirror")) == 1


def test_slow_page_parse_is_killed_and_others_go_on(tmp_path, server, storage) -> None:
    # thousands of nested member blocks: the selector engine's worst case
    block = '<div class="person"><h3>Jane Doe {i}</h3><p>VP Sales</p>'
    html = "<html><body>" + "".join(block.format(i=i) for i in range(3000)) + \
        "</div>" * 3000 + "</body></html>"
    server.route("/robots.txt", Response(404, b""))
    server.route("/team", Response(200, html.encode(), {"Content-Type": "text/html"}))
    # (the page's parse runs for over a minute; 2 s, not 0.5, so the good feed's own parse,
    # a worker process started on a machine busy with another test run, stays under it:
    # with 0.5 s the test failed once while two suites shared two cores, the likely cause)
    config = setup(tmp_path, '[[page]]\nname = "team"\nurl = "' + server.url("/team")
                   + '"\n' + good_feed(server), extra="parse_timeout = 2.0\n")
    got = results(collect(storage, config, now=NOW))
    assert got["good"].ok
    assert got["team"].status == "error" and "longer than" in (got["team"].error or "")


def test_robots_txt_follows_rfc_9309() -> None:
    robots = "User-agent: *\nDisallow: /*.pdf$\nDisallow: /team\nAllow: /team/public\n"
    ua = "signalwatch/0.1"
    assert not robots_allows(robots, "https://x.example/files/x.pdf", ua)
    assert robots_allows(robots, "https://x.example/files/x.pdf?download=1", ua)
    assert robots_allows(robots, "https://x.example/team/public", ua)
    assert not robots_allows(robots, "https://x.example/team/private", ua)


def test_parse_warnings_show_in_sources(tmp_path, server) -> None:
    from signalwatch.store import Storage

    config = setup(tmp_path, good_feed(server))
    with Storage(config.database_target) as storage:
        collect(storage, config, now=NOW)
        assert state(storage, "good")["last_warning"]
    out = CliRunner().invoke(main, ["--config", str(tmp_path / "signalwatch.toml"),
                                    "sources", "--json"])
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert rows[0]["last_warning"]


def test_edgar_requires_a_contact(tmp_path, storage) -> None:
    config = setup(tmp_path, '[[filing]]\nname = "sec"\nurl = '
                   '"https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=D"\n')
    result = results(collect(storage, config, now=NOW))["sec"]
    assert result.status == "error" and "collect.contact" in (result.error or "")


def test_contact_goes_in_the_user_agent(tmp_path, server, storage) -> None:
    config = setup(tmp_path, good_feed(server), extra='contact = "ops@example.com"\n')
    collect(storage, config, now=NOW)
    assert "ops@example.com" in server.hits("/good")[0].headers["user-agent"]


def test_secrets_inside_exceptions_and_extra_fields_are_redacted() -> None:
    out = io.StringIO()
    setup_logging(secrets=["s3cr3t-password"], stream=out)
    log = logging.getLogger("signalwatch.test")
    try:
        raise RuntimeError("POST https://slack.com/api?token=xoxb-1234-abcdef-ghij failed")
    except RuntimeError:
        log.exception("send failed", extra={"source": "smtp s3cr3t-password"})
    log.warning("Authorization: Bearer abcdefghijklmnop")
    text = out.getvalue()
    assert "xoxb-1234" not in text and "s3cr3t-password" not in text
    assert "abcdefghijklmnop" not in text and "***" in text
    setup_logging(stream=io.StringIO())


def test_hostile_validators_are_not_sent_back(tmp_path, server, storage) -> None:
    body = (FIX / "recoverable.xml").read_bytes()
    server.route("/etag", Response(200, body, {"Content-Type": RSS,
                                               "ETag": '"' + "x" * 5000 + '"'}))
    config = setup(tmp_path, feed("etag", server.url("/etag")))
    assert results(collect(storage, config, now=NOW))["etag"].ok
    assert state(storage, "etag")["etag"] is None  # not stored, so never sent back
    assert results(collect(storage, config, now=NOW + timedelta(hours=2)))["etag"].ok
