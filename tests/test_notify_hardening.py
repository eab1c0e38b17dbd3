"""Notifier hardening (issue #10): claims, parking and requeue, DM fallback, escaping,
header injection, digests that had nothing to say, one rep's failure."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from click.testing import CliRunner

from signalwatch.cli import main
from signalwatch.notify.slack import build_message
from signalwatch.stages.decide import decide_signals as decide
from signalwatch.stages.digests import send_due_digests
from signalwatch.stages.dispatch import Dispatcher, dispatch
from signalwatch.store import Storage
from signalwatch.types import Account, FitResult

from .conftest import NOW
from .slackserver import ok
from .test_notify import funding, leadership, make_config, seed, slack_config

pytestmark = pytest.mark.both_engines


def test_concurrent_dispatchers_send_each_alert_once(tmp_path, slack, monkeypatch) -> None:
    config = slack_config(tmp_path, slack, monkeypatch, channel="#sales")
    storage = seed(config, signals=[funding(a, headline=f"{a} raises")
                                    for a in ("acc-001", "acc-002", "acc-003", "acc-004")])
    decide(storage, config, now=NOW)
    expected = len(storage.due_alerts(NOW))
    assert expected >= 3
    barrier = threading.Barrier(4)
    results = []

    def run() -> None:
        own = Storage(config.database_target)  # its own connection, as another process
        barrier.wait()
        results.append(dispatch(own, config, now=NOW))
        own.close()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    ids = [m["metadata"]["event_payload"]["alert_id"] for m in slack.messages]
    assert len(ids) == len(set(ids)) == expected
    assert sum(r.sent for r in results) == expected
    storage.close()


def test_a_live_senders_claim_is_not_taken_over(tmp_path, slack, monkeypatch) -> None:
    config = slack_config(tmp_path, slack, monkeypatch)
    storage = seed(config, signals=[funding("acc-002")])
    decide(storage, config, now=NOW)
    (row,) = storage.due_alerts(NOW)
    # another process on another machine holds it, its lease running (on PostgreSQL that
    # process's session on the database says it is alive)
    other = Storage(config.database_target)
    other.hold_liveness("otherhost", 1)
    assert storage.claim_alert(row["id"], owner="otherhost:1:abc", now=NOW,
                               lease=timedelta(minutes=10))
    assert dispatch(storage, config, now=NOW + timedelta(minutes=1)).recovered == 0
    assert slack.messages == []
    # the lease ran out: recovered (nothing was posted, no target recorded) and sent once
    later = NOW + timedelta(minutes=11)
    result = dispatch(storage, config, now=later)
    assert result.recovered == 1 and result.sent == 1 and len(slack.messages) == 1
    storage.close()
    other.close()


def test_permanent_config_error_parks_then_requeue_resends(tmp_path, slack,
                                                            monkeypatch) -> None:
    config = slack_config(tmp_path, slack, monkeypatch)
    storage = seed(config, signals=[funding("acc-002"), leadership("acc-003")])
    decide(storage, config, now=NOW)
    slack.script["chat.postMessage"] = [ok({"ok": False, "error": "invalid_auth"})] * 2
    result = dispatch(storage, config, now=NOW)
    assert result.parked == 2 and result.failed == 0
    assert {a.status for a in storage.get_alerts()} == {"parked"}
    # an ops alert says what to do
    ops = (tmp_path / "outbox" / "ops" / "ops-alerts.log").read_text()
    assert "invalid_auth" in ops and "--requeue" in ops
    # parked alerts are not retried by themselves
    assert dispatch(storage, config, now=NOW + timedelta(days=1)).sent == 0
    # the operator fixes the token and requeues
    storage.close()
    out = CliRunner().invoke(main, ["--config", str(tmp_path / "signalwatch.toml"),
                                    "alerts", "--requeue"])
    assert out.exit_code == 0, out.output
    assert "requeued 2" in out.output and "2 sent" in out.output
    with Storage(config.database_target) as again:
        assert {a.status for a in again.get_alerts()} == {"sent"}
    assert len(slack.messages) == 2


def test_channel_not_found_on_the_dm_falls_back_to_the_channel(tmp_path, slack,
                                                                 monkeypatch) -> None:
    config = slack_config(tmp_path, slack, monkeypatch, channel="#sales-signals")
    storage = seed(config, signals=[funding("acc-002")])
    decide(storage, config, now=NOW)
    slack.script["conversations.open"] = [ok({"ok": False, "error": "channel_not_found"})]
    assert dispatch(storage, config, now=NOW).sent == 1
    assert slack.messages[0]["channel"] == "#sales-signals"
    storage.close()


def test_post_to_a_missing_dm_falls_back_to_the_channel(tmp_path, slack, monkeypatch) -> None:
    config = slack_config(tmp_path, slack, monkeypatch, channel="#sales-signals")
    storage = seed(config, signals=[funding("acc-002")])
    decide(storage, config, now=NOW)
    slack.script["chat.postMessage"] = [ok({"ok": False, "error": "channel_not_found"})]
    assert dispatch(storage, config, now=NOW).sent == 1
    assert slack.messages[0]["channel"] == "#sales-signals"
    storage.close()


def test_fallback_text_is_escaped_and_names_the_account_once() -> None:
    account = Account(id="a", name="<!channel> Acme <@U123>", domain="acme.com")
    fit = FitResult(account_id="a", icp=None, score=0, tier=None, reasons=())
    why = "<!channel> Acme <@U123>: raised <http://evil.example|click here>."
    payload = build_message(account, fit, [], why)
    text = payload["text"]
    assert "<!channel>" not in text and "<@U123>" not in text and "<http://" not in text
    assert text.count("Acme") == 1
    for block in payload["blocks"]:
        body = str(block)
        assert "<!channel>" not in body and "<@U123>" not in body


def test_crlf_in_an_account_name_does_not_break_digests(tmp_path, monkeypatch) -> None:
    config = make_config(tmp_path)
    storage = seed(config, signals=[funding("acc-002"), funding("acc-004", headline="B")])
    # a CRM name with CR/LF (header injection attempt) for one rep's account
    storage.db.execute("UPDATE accounts SET name = ? WHERE id = 'acc-002'",
                       ("Evil\r\nBcc: victim@example.com\r\nX", ))
    now = NOW + timedelta(hours=1)
    result = send_due_digests(storage, config, now=now, grace=timedelta(days=2))
    assert result.failed == {} and len(result.sent) == 1
    for path in (tmp_path / "outbox" / "digests").glob("*.eml"):
        head = path.read_bytes().split(b"\n\n", 1)[0]
        assert b"\nBcc:" not in head
    storage.close()


def test_one_reps_failure_does_not_block_the_others(tmp_path, monkeypatch) -> None:
    config = make_config(tmp_path)
    storage = seed(config, signals=[funding("acc-002"), funding("acc-007", headline="B")])
    import signalwatch.notify.email as email_mod

    real = email_mod.build_message
    calls = []

    def flaky(digest, *, to, **kw):
        calls.append(to)
        if len(calls) == 1:
            raise ValueError("boom for the first rep")
        return real(digest, to=to, **kw)

    monkeypatch.setattr(email_mod, "build_message", flaky)
    now = NOW + timedelta(hours=1)
    result = send_due_digests(storage, config, now=now, grace=timedelta(days=2))
    assert len(result.failed) == 1 and len(result.sent) >= 1
    failed_rep = next(iter(result.failed))
    # the failed one is recorded failed (not stuck 'sending') and goes out on the next run
    rows = storage.query("SELECT status FROM digests WHERE rep = ?", [failed_rep])
    assert [r["status"] for r in rows] == ["failed"]
    again = send_due_digests(storage, config, now=now + timedelta(minutes=1),
                             grace=timedelta(days=2))
    assert again.sent == [failed_rep]
    storage.close()


def test_empty_digest_does_not_block_the_real_one(tmp_path, monkeypatch) -> None:
    config = make_config(tmp_path)
    storage = seed(config)
    rep = next(r for r in config.reps if r.email == "ben@example.com")
    # the rep's digest hour has come; nothing to say yet
    first = send_due_digests(storage, config, now=NOW, grace=timedelta(hours=23))
    assert rep.email in first.empty and not first.sent
    # a signal arrives later that day for one of the rep's accounts
    account = next(a for a in storage.get_accounts() if a.owner == rep.email)
    storage.add_signal(funding(account.id, hours_ago=-1))
    later = send_due_digests(storage, config, now=NOW + timedelta(hours=2),
                             grace=timedelta(hours=23))
    assert rep.email in later.sent
    storage.close()


def test_stuck_sending_digest_is_recovered(tmp_path, monkeypatch) -> None:
    config = make_config(tmp_path)
    storage = seed(config, signals=[funding("acc-002")])
    rep = config.rep("ana@example.com")
    assert rep is not None
    local = "2030-01-01"
    # a sender on this host that died (pid 999999999 does not exist) left it "sending"
    storage.start_digest(rep.email, local_date=local, start=NOW - timedelta(days=1), end=NOW,
                         count=1, message_id="<x@y>", owner="dead:999999999:x", now=NOW)
    import socket

    storage.db.execute("UPDATE digests SET claimed_by = ?",
                       (f"{socket.gethostname()}:999999999:x",))
    from signalwatch.stages.digests import recover_digests

    assert recover_digests(storage, now=NOW + timedelta(minutes=1)) == 1
    assert storage.get_digest(rep.email, local)["status"] == "failed"
    storage.close()


def test_dispatcher_claim_owner_is_released(tmp_path, monkeypatch) -> None:
    config = make_config(tmp_path)
    storage = seed(config, signals=[funding("acc-002")])
    decide(storage, config, now=NOW)
    d = Dispatcher(storage, config, now=NOW)
    assert d.run().sent == 1
    assert storage.query("SELECT claimed_by FROM alerts") == [{"claimed_by": None}]
    storage.close()
