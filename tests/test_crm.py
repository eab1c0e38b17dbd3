"""CRM connectors (issue #15) against local HubSpot and Salesforce stand-ins."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner

from signalwatch.cli import main
from signalwatch.crm.hubspot import HubSpot
from signalwatch.crm.push import marker, push_alerts
from signalwatch.crm.salesforce import Salesforce
from signalwatch.crm.sync import sync
from signalwatch.stages.decide import decide_signals as decide
from signalwatch.stages.dispatch import dispatch
from signalwatch.store import Storage

from .conftest import NOW
from .crmfakes import FakeHubSpot, FakeSalesforce
from .test_notify import funding, make_config

pytestmark = pytest.mark.both_engines

T0 = datetime(2025, 6, 1, tzinfo=UTC)


@pytest.fixture
def hubspot():
    fake = FakeHubSpot()
    fake.company("11", "Acme Robotics", modified=T0, domain="acmerobotics.io",
                 industry="COMPUTER_SOFTWARE", numberofemployees="150", annualrevenue="2e7",
                 country="United States", tech_stack="Salesforce;Outreach")
    fake.company("12", "Globex", modified=T0 + timedelta(hours=1), owner="102",
                 domain="https://www.globex.io/about")
    fake.deal("d1", "11", "s-won", created=T0, modified=T0 + timedelta(days=30))
    fake.deal("d2", "11", "s-lost", created=T0, modified=T0 + timedelta(days=31))
    fake.deal("d3", "12", "appointmentscheduled", created=T0, modified=T0)
    fake.deal("d4", None, "appointmentscheduled", created=T0, modified=T0)
    yield fake
    fake.close()


def _hub_config(tmp_path, fake, monkeypatch, extra: str = ""):
    monkeypatch.setenv("HUBSPOT_TOKEN", FakeHubSpot.TOKEN)
    return make_config(tmp_path, f'[crm]\nprovider = "hubspot"\nbase_url = "{fake.url}"\n'
                       + extra)


def _run(config, *args):
    return CliRunner().invoke(main, ["--config", str(config.path), *args])


def test_hubspot_sync_fills_accounts_owners_and_deals(tmp_path, hubspot, monkeypatch) -> None:
    config = _hub_config(tmp_path, hubspot, monkeypatch)
    out = _run(config, "crm", "sync")
    assert out.exit_code == 0, out.output
    assert "hubspot full sync: 2 accounts, 3 owners, 3 deals" in out.output
    assert "1 deals without a known account" in out.output
    accounts = {a["id"]: a for a in map(json.loads, _run(config, "accounts", "--json")
                                        .output.splitlines())}
    assert accounts["11"]["owner"] == "ana@example.com"
    assert accounts["11"]["icp"] == "growth-saas"  # "COMPUTER_SOFTWARE" read as its label
    assert accounts["12"]["owner"] == "ben@example.com"
    assert accounts["12"]["domain"] == "globex.io"
    with Storage(config.database_target) as storage:
        deals = {d.id: d for d in storage.get_deals()}
    # won and lost by the pipeline's metadata, never by the label
    assert (deals["d1"].outcome, deals["d1"].stage) == ("won", "Signed")
    assert (deals["d2"].outcome, deals["d2"].stage) == ("lost", "Closed Won (old label)")
    assert deals["d3"].outcome == "open" and deals["d1"].owner == "ana@example.com"
    assert "crm: hubspot last sync" in _run(config, "check").output


def test_hubspot_incremental_sync_windows_the_search_cap(tmp_path, hubspot,
                                                        monkeypatch) -> None:
    config = _hub_config(tmp_path, hubspot, monkeypatch)
    storage = Storage(config.database_target)
    sync(storage, config, now=NOW)
    hubspot.cap = 30  # HubSpot refuses to page a search past its cap (10,000 there)
    for i in range(75):
        hubspot.company(f"2{i:03d}", f"Company {i}", modified=T0 + timedelta(days=1,
                                                                            minutes=i))
    client = HubSpot(FakeHubSpot.TOKEN, base_url=hubspot.url, sleep=lambda s: None)
    client.search_cap, client.search_page = 30, 10
    result = sync(storage, config, now=NOW, client=client)
    assert result.accounts == 76 and not result.full  # 75 new and the one at the boundary
    assert storage.count_accounts() == 77
    searches = [b for m, p, b in hubspot.requests if p == "/crm/v3/objects/companies/search"]
    assert all(int(b.get("after") or 0) + b["limit"] <= 30 for b in searches)
    assert len({json.dumps(b.get("filterGroups")) for b in searches}) >= 3  # windows
    storage.close()


def test_hubspot_429_retry_after_is_honoured(tmp_path, hubspot, monkeypatch) -> None:
    config = _hub_config(tmp_path, hubspot, monkeypatch)
    waits: list[float] = []
    hubspot.throttle, hubspot.retry_after = 2, "7"
    client = HubSpot(FakeHubSpot.TOKEN, base_url=hubspot.url, sleep=waits.append)
    with Storage(config.database_target) as storage:
        assert sync(storage, config, now=NOW, client=client).accounts == 2
    assert waits.count(7.0) == 2


def test_hubspot_merged_and_archived_companies(tmp_path, hubspot, monkeypatch) -> None:
    config = _hub_config(tmp_path, hubspot, monkeypatch)
    storage = Storage(config.database_target)
    sync(storage, config, now=NOW)
    storage.add_signal(funding("12"))
    # 12 is merged into 11: its signals follow; then 11 is archived (deleted)
    hubspot.company("11", "Acme Robotics", modified=T0 + timedelta(days=2),
                    hs_merged_object_ids="12")
    del hubspot.companies["12"]
    assert sync(storage, config, now=NOW).merged == 1
    assert storage.get_account("12") is None
    assert [s.account_id for s in storage.get_signals()] == ["11"]
    hubspot.archived["11"] = hubspot.companies.pop("11")
    assert sync(storage, config, now=NOW).deleted == 1
    assert storage.get_account("11") is None
    storage.close()


def test_hubspot_errors_name_what_is_wrong(tmp_path, hubspot, monkeypatch) -> None:
    config = _hub_config(tmp_path, hubspot, monkeypatch)
    hubspot.scopes.discard("crm.objects.deals.read")
    out = _run(config, "crm", "test")
    assert out.exit_code == 1 and "read deals: FAILED" in out.output
    assert "crm.objects.deals.read" in out.output and "read companies: ok" in out.output
    monkeypatch.setenv("HUBSPOT_TOKEN", "pat-wrong")
    out = _run(config, "crm", "sync")
    assert out.exit_code == 2 and "refused the token" in out.output
    assert "pat-wrong" not in out.output
    monkeypatch.delenv("HUBSPOT_TOKEN")
    out = _run(config, "crm", "sync")
    assert out.exit_code == 2 and "HUBSPOT_TOKEN" in out.output


def test_hubspot_push_exactly_once(tmp_path, hubspot, monkeypatch) -> None:
    config = _hub_config(tmp_path, hubspot, monkeypatch,
                         '[crm.fields]\nsignalwatch_last_trigger = "last_trigger"\n'
                         '[crm.properties]\ntech = "tech_stack"\n')
    storage = Storage(config.database_target)
    sync(storage, config, now=NOW)
    storage.add_signal(funding("11", headline="Acme Robotics raises $25M Series A"))
    assert "nothing to push" in _run(config, "crm", "push", "--dry-run").output
    decide(storage, config, now=NOW)
    result = dispatch(storage, config, now=NOW)
    assert result.sent == 1 and result.crm_pushed == 1, result
    (note,) = hubspot.notes
    assert note["associations"][0]["to"]["id"] == "11"
    assert note["associations"][0]["types"][0]["associationTypeId"] == 190
    assert note["properties"]["hubspot_owner_id"] == "101"
    assert "Series A" in note["properties"]["hs_note_body"]
    assert marker(1) in note["properties"]["hs_note_body"]
    assert hubspot.patches == [("11", {"signalwatch_last_trigger": "Acme Robotics: Series A "
                                       "round of $25M led by Example Ventures."})]
    # a crash after the CRM call, before it was recorded: found by its marker, not rewritten
    storage.db.execute("UPDATE crm_pushes SET status = 'pending', remote_id = NULL")
    again = push_alerts(storage, config, now=NOW)
    assert (again.pushed, again.found, len(hubspot.notes)) == (0, 1, 1)
    assert push_alerts(storage, config, now=NOW).found == 0  # done: nothing left
    storage.close()


def test_push_dry_run_calls_nothing_and_the_daemon_syncs(tmp_path, hubspot,
                                                         monkeypatch) -> None:
    from signalwatch.daemon import Daemon

    config = _hub_config(tmp_path, hubspot, monkeypatch, "push = false\n"
                         '[crm.properties]\ntech = "tech_stack"\n')
    storage = Storage(config.database_target)
    daemon = Daemon(config, storage, clock=lambda: NOW)
    daemon.crm_sync()  # due: first sync
    assert storage.count_accounts() == 2
    daemon.crm_sync()  # not due again before crm.sync_minutes
    assert sum(1 for m, p, b in hubspot.requests if p == "/crm/v3/owners") == 1
    assert 'signalwatch_crm_sync_total{what="runs"} 1' in daemon.metrics_text()
    assert 'signalwatch_crm_pushes{status="done"} 0' in daemon.metrics_text()
    storage.add_signal(funding("11", headline="Acme Robotics raises $25M Series A"))
    decide(storage, config, now=NOW)
    assert dispatch(storage, config, now=NOW).crm_pushed == 0  # crm.push = false
    before = len(hubspot.requests)
    dry = _run(config, "crm", "push", "--dry-run")
    assert dry.exit_code == 0 and len(hubspot.requests) == before and not hubspot.notes
    shown = json.loads(dry.output.splitlines()[0])
    assert shown["provider"] == "hubspot" and shown["payload"]["associations"][0]["to"][
        "id"] == "11"
    storage.close()


@pytest.fixture
def salesforce():
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    fake = FakeSalesforce(public_key=key.public_key())
    fake.private_key = key
    fake.account("001A", "Acme Robotics", modified=T0, Website="acmerobotics.io",
                 Industry="Software", NumberOfEmployees=150, AnnualRevenue=2e7,
                 BillingCountry="United States", Tech_Stack__c="Salesforce;Outreach")
    fake.account("001B", "Globex", modified=T0 + timedelta(hours=1), owner="005B")
    fake.account("001C", "Initech", modified=T0 + timedelta(hours=2))
    fake.opportunity("006A", "001A", "Signed", created=T0, modified=T0 + timedelta(days=9))
    fake.opportunity("006B", "001A", "Closed Won (legacy)", created=T0,
                     modified=T0 + timedelta(days=10))
    fake.opportunity("006C", "001B", "Prospecting", created=T0, modified=T0)
    yield fake
    fake.close()


def _sf_config(tmp_path, fake, monkeypatch, extra: str = ""):
    monkeypatch.setenv("SALESFORCE_CLIENT_ID", FakeSalesforce.CLIENT_ID)
    monkeypatch.setenv("SALESFORCE_CLIENT_SECRET", FakeSalesforce.CLIENT_SECRET)
    monkeypatch.setenv("SALESFORCE_REFRESH_TOKEN", FakeSalesforce.REFRESH)
    return make_config(tmp_path, f'[crm]\nprovider = "salesforce"\nbase_url = "{fake.url}"\n'
                       f'login_url = "{fake.url}"\n' + extra)


def test_salesforce_refresh_flow_sync_expiry_limits_and_deletions(tmp_path, salesforce,
                                                                   monkeypatch) -> None:
    config = _sf_config(tmp_path, salesforce, monkeypatch)
    out = _run(config, "crm", "sync")
    assert out.exit_code == 0, out.output
    assert "salesforce full sync: 3 accounts, 2 owners, 3 deals" in out.output
    accounts = {a["id"]: a for a in map(json.loads, _run(config, "accounts", "--json")
                                        .output.splitlines())}
    assert accounts["001B"]["owner"] == "ben@example.com"
    storage = Storage(config.database_target)
    deals = {d.id: d for d in storage.get_deals()}
    # by IsWon / IsClosed of OpportunityStage, never by the label
    assert deals["006A"].outcome == "won" and deals["006B"].outcome == "lost"
    assert deals["006C"].outcome == "open"
    # the session expires and the org hits its request limit: renewed, backed off
    waits: list[float] = []
    client = Salesforce.from_config(config)
    client.http.sleep = waits.append
    salesforce.expire()
    salesforce.limited = 2
    salesforce.account("001D", "Hooli", modified=T0 + timedelta(days=40))
    salesforce.deleted = [{"id": "001C", "deletedDate": "2025-07-10T00:00:00.000+0000"}]
    result = sync(storage, config, now=T0 + timedelta(days=41), client=client)
    assert (result.accounts, result.deleted, result.full) == (2, 1, False)
    assert storage.get_account("001D") is not None and storage.get_account("001C") is None
    assert len(waits) == 2 and salesforce.issued >= 3
    storage.close()


def test_salesforce_jwt_bearer_flow(tmp_path, salesforce, monkeypatch) -> None:
    from cryptography.hazmat.primitives import serialization

    pem = salesforce.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()).decode()
    monkeypatch.setenv("SALESFORCE_CLIENT_ID", FakeSalesforce.CLIENT_ID)
    monkeypatch.setenv("SALESFORCE_JWT_KEY", pem)
    config = make_config(tmp_path, f'[crm]\nprovider = "salesforce"\nbase_url = '
                         f'"{salesforce.url}"\nlogin_url = "{salesforce.url}"\n'
                         f'username = "{FakeSalesforce.USERNAME}"\n')
    out = _run(config, "crm", "test")
    assert out.exit_code == 0, out.output
    assert "read accounts: ok" in out.output and "write tasks: ok" in out.output
    assert pem.splitlines()[1] not in out.output


def test_salesforce_task_exactly_once(tmp_path, salesforce, monkeypatch) -> None:
    config = _sf_config(tmp_path, salesforce, monkeypatch,
                        '[crm.properties]\ntech = "Tech_Stack__c"\n')
    storage = Storage(config.database_target)
    sync(storage, config, now=NOW)
    storage.add_signal(funding("001A", headline="Acme Robotics raises $25M Series A"))
    decide(storage, config, now=NOW)
    assert dispatch(storage, config, now=NOW).crm_pushed == 1
    (task,) = salesforce.tasks
    assert task["WhatId"] == "001A" and task["OwnerId"] == "005A"
    assert task["Subject"].startswith(f"[{marker(1)}]") and "Series A" in task["Description"]
    storage.db.execute("UPDATE crm_pushes SET status = 'pending', remote_id = NULL")
    assert push_alerts(storage, config, now=NOW).found == 1 and len(salesforce.tasks) == 1
    storage.close()


def test_hubspot_without_search_falls_back_to_listing(tmp_path, hubspot, monkeypatch) -> None:
    config = _hub_config(tmp_path, hubspot, monkeypatch)
    storage = Storage(config.database_target)
    sync(storage, config, now=NOW)
    hubspot.no_search = True
    hubspot.company("13", "Initech", modified=T0 + timedelta(days=5))
    hubspot.deal("d9", "13", "s-won", created=T0, modified=T0 + timedelta(days=40))
    result = sync(storage, config, now=NOW)
    assert not result.full and storage.get_account("13") is not None
    assert {d.id: d.outcome for d in storage.get_deals()}["d9"] == "won"
    storage.close()
