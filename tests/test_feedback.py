"""Reps act on alerts (issue #14): Socket Mode against a local Slack, recorded once,
message updated, effects applied and kept across a restart; signed links; the report."""

from __future__ import annotations

from datetime import timedelta

import pytest

from signalwatch.exceptions import ConfigError
from signalwatch.feedback.actions import (
    Action,
    BadAction,
    demotions,
    parse_block_actions,
    sign_link,
    verify_link,
)
from signalwatch.feedback.apply import apply_action
from signalwatch.feedback.socket import FeedbackWorker, SocketModeListener, check_tokens
from signalwatch.notify.slack import SlackSender
from signalwatch.stages.decide import decide_signals as decide
from signalwatch.stages.dispatch import dispatch
from signalwatch.store import Storage

from .conftest import NOW
from .slackapp import APP_TOKEN, BOT_TOKEN, FakeSlackApp
from .test_notify import funding, leadership, make_config, seed

pytestmark = pytest.mark.both_engines


@pytest.fixture
def slack_app():
    app = FakeSlackApp()
    yield app
    app.close()


def _config(tmp_path, app, monkeypatch):
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_APP_TOKEN", APP_TOKEN)
    return make_config(tmp_path, f'[slack]\nbase_url = "{app.base_url}"\n')


def _alert(tmp_path, app, monkeypatch, signals=None):
    config = _config(tmp_path, app, monkeypatch)
    storage = seed(config, signals=signals or [funding("acc-002")])
    decide(storage, config, now=NOW)
    assert dispatch(storage, config, now=NOW).sent == 1
    return config, storage


def _listen(storage, config):
    app_token, bot_token = check_tokens(config)
    sender = SlackSender(token=bot_token, base_url=config.slack.base_url)
    worker = FeedbackWorker(storage, config, sender, clock=lambda: NOW)
    listener = SocketModeListener(storage, config, worker, app_token)
    listener.start()
    return worker, listener


def test_alerts_carry_the_actions(tmp_path, slack_app, monkeypatch) -> None:
    _, storage = _alert(tmp_path, slack_app, monkeypatch)
    (msg,) = slack_app.messages
    (actions,) = [b for b in msg["blocks"] if b["type"] == "actions"]
    labels = [e.get("text", e.get("placeholder", {})).get("text") for e in actions["elements"]]
    assert labels == ["Useful", "I'm on it", "Wrong company", "Not relevant", "Snooze"]
    reasons = [o["text"]["text"] for o in actions["elements"][3]["options"]]
    assert reasons == ["Wrong company", "Not a real event", "Old news", "Not our ICP",
                       "Bad timing"]
    storage.close()


def test_socket_mode_actions_recorded_once_and_shown(tmp_path, slack_app,
                                                      monkeypatch) -> None:
    config, storage = _alert(tmp_path, slack_app, monkeypatch)
    worker, listener = _listen(storage, config)
    try:
        assert slack_app.wait(lambda: slack_app.connections == 1)
        slack_app.click("env-1", user="UANA", action_id="sw_useful", value="alert:1")
        assert slack_app.wait(lambda: "env-1" in slack_app.acks)
        assert slack_app.wait(lambda: worker.counts["applied"] == 1)
        # the message is updated in place with who did what
        assert slack_app.wait(lambda: len(slack_app.updates) == 1)
        update = slack_app.updates[0]
        assert update["ts"] == slack_app.messages[0]["ts"]
        assert "Useful: <@UANA>" in str(update["blocks"][-1])
        # a redelivered envelope (same id) and a double click (a new one): one action
        slack_app.click("env-1", user="UANA", action_id="sw_useful", value="alert:1")
        slack_app.click("env-2", user="UANA", action_id="sw_useful", value="alert:1")
        assert slack_app.wait(lambda: slack_app.acks.count("env-1") == 2
                              and "env-2" in slack_app.acks)
        assert slack_app.wait(lambda: worker.counts["duplicate"] == 1)
        assert len(storage.get_feedback(target="alert:1")) == 1
        # I'm on it, then snooze: the account is snoozed for alerts and digests
        slack_app.click("env-3", user="UBEN", action_id="sw_claim", value="alert:1")
        slack_app.click("env-4", user="UANA", action_id="sw_snooze", option="alert:1|30")
        assert slack_app.wait(lambda: worker.counts["applied"] == 3)
        assert storage.get_alert_row(1)["taken_by"] == "UBEN"
        assert storage.get_account_state("acc-002")["snoozed_until"] == NOW + timedelta(
            days=30)
        assert slack_app.wait(lambda: "I'm on it: <@UBEN>" in str(slack_app.updates[-1]))
    finally:
        listener.stop()
        worker.stop()
    storage.close()
    # a restart keeps every action and effect
    again = Storage(config.database_target)
    assert {r["action"] for r in again.get_feedback(target="alert:1")} == {
        "useful", "claim", "snooze"}
    again.close()


def test_wrong_company_withdraws_and_rules_out(tmp_path, slack_app, monkeypatch) -> None:
    config, storage = _alert(tmp_path, slack_app, monkeypatch)
    signal = storage.get_signals(account_id="acc-002")[0]
    done = apply_action(storage, config, Action("alert:1", "not_relevant", "wrong_company",
                                                "UANA"), via="slack", now=NOW)
    assert done.recorded and "withdrawn" in done.message
    assert storage.get_signals(account_id="acc-002") == []  # no heat, no digest line
    (rule,) = storage.get_exclusions("acc-002")
    assert rule["created_by"] == "UANA" and rule["signal_id"] == signal.id
    # the seeded signal has no matched name: the rule is its source, for this account only
    from signalwatch.stages.extract import matcher_for

    matcher = matcher_for(storage)
    assert matcher.resolve(subject="Replit", source="news") is None
    assert matcher.resolve(subject="Replit", source="wire").account_id == "acc-002"
    # a rule on a matched name
    storage.add_exclusion("acc-002", "replit", signal_id=None, by="UBEN", now=NOW)
    assert matcher_for(storage).resolve(subject="Replit", source="wire") is None
    storage.close()


def test_missing_tokens_and_scopes_are_named(tmp_path, slack_app, monkeypatch) -> None:
    config = _config(tmp_path, slack_app, monkeypatch)
    monkeypatch.delenv("SLACK_APP_TOKEN")
    with pytest.raises(ConfigError, match="SLACK_APP_TOKEN"):
        check_tokens(config)
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-noscope")
    with pytest.raises(ConfigError, match="connections:write"):
        check_tokens(config)
    monkeypatch.setenv("SLACK_APP_TOKEN", APP_TOKEN)
    monkeypatch.delenv("SLACK_BOT_TOKEN")
    with pytest.raises(ConfigError, match="SLACK_BOT_TOKEN"):
        check_tokens(config)
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    slack_app.scopes = "chat:write"
    with pytest.raises(ConfigError, match=r"users:read\.email"):
        check_tokens(config)


def test_payloads_that_say_nothing_valid_are_refused() -> None:
    base = {"type": "block_actions", "user": {"id": "U1"}}
    assert parse_block_actions({**base, "actions": [{"action_id": "other"}]}) == []
    for bad in ({"action_id": "sw_useful", "value": "alert:x"},
                {"action_id": "sw_snooze", "type": "static_select",
                 "selected_option": {"value": "alert:1|7"}},
                {"action_id": "sw_not_relevant", "type": "static_select",
                 "selected_option": {"value": "alert:1|because"}}):
        with pytest.raises(BadAction):
            parse_block_actions({**base, "actions": [bad]})


def test_signed_links_valid_expired_forged_replayed() -> None:
    from urllib.parse import parse_qsl, urlsplit

    link = sign_link("https://sw.example", "k" * 32, target="signal:7", action="useful",
                     value=None, rep="ana@example.com", now=NOW, days=14)
    params = dict(parse_qsl(urlsplit(link).query))
    action, nonce = verify_link("k" * 32, params, NOW + timedelta(days=1))
    assert action == Action("signal:7", "useful", None, "ana@example.com") and nonce
    with pytest.raises(BadAction, match="expired"):
        verify_link("k" * 32, params, NOW + timedelta(days=15))
    with pytest.raises(BadAction, match="signature"):
        verify_link("k" * 32, {**params, "a": "snooze", "v": "90"}, NOW)
    with pytest.raises(BadAction, match="signature"):
        verify_link("another key", params, NOW)


def test_demotion_needs_clear_evidence() -> None:
    rows = [{"action": "not_relevant", "kind": "hiring", "source": "s"}] * 4
    assert demotions(rows, min_usefulness=0.3, min_judged=5, overrides=set()) == {}
    rows = [*rows, *[{"action": "not_relevant", "kind": "hiring", "source": "s"}] * 8]
    found = demotions(rows, min_usefulness=0.3, min_judged=5, overrides=set())
    assert ("kind", "hiring") in found and "0 of 12" in found[("kind", "hiring")]
    assert demotions(rows, min_usefulness=0.3, min_judged=5,
                     overrides={("kind", "hiring"), ("source", "s")}) == {}
    mixed = [{"action": "useful" if i % 2 else "not_relevant", "kind": "funding",
              "source": None} for i in range(12)]
    assert demotions(mixed, min_usefulness=0.3, min_judged=5, overrides=set()) == {}


def test_a_demoted_kind_alerts_no_more(tmp_path, slack_app, monkeypatch) -> None:
    config, storage = _alert(tmp_path, slack_app, monkeypatch)
    # 0 useful of 12: the 95% interval's top (24%) is under 30% (8 would not do: 32%)
    for i in range(12):
        storage.record_feedback(target=f"signal:{100 + i}", alert_id=None,
                                account_id="acc-002", signal_ids=[], kind="leadership",
                                source=None, icp=None, rep=None, user=f"U{i}",
                                action="not_relevant", reason="not_our_icp", via="slack",
                                now=NOW)
    storage.add_signal(leadership("acc-003"))
    result = decide(storage, config, now=NOW)
    assert result.alerts == 0
    assert "digest only" in storage.get_last_decision("acc-003")["reason"]
    storage.set_override("kind", "leadership", by="admin", now=NOW)
    storage.add_signal(leadership("acc-004"))
    assert decide(storage, config, now=NOW).alerts == 1
    storage.close()


def _serve(tmp_path, app, monkeypatch, **env):
    from signalwatch.daemon import Daemon, serve_health, start_feedback

    for k, v in env.items():
        monkeypatch.setenv(k, v)
    config, storage = _alert(tmp_path, app, monkeypatch)
    monkeypatch.delenv("SLACK_APP_TOKEN")  # these tests use the HTTP endpoints only
    daemon = Daemon(config, storage, clock=lambda: NOW)
    assert start_feedback(daemon) is None and daemon.feedback_worker is not None
    server = serve_health(daemon, "127.0.0.1:0")
    return daemon, server, f"http://127.0.0.1:{server.server_address[1]}"


def test_http_endpoint_verifies_slack_signatures(tmp_path, slack_app, monkeypatch) -> None:
    import hashlib
    import hmac
    import json
    import time
    from urllib.parse import urlencode

    import httpx

    secret = "s" * 32
    daemon, server, base = _serve(tmp_path, slack_app, monkeypatch,
                                  SLACK_SIGNING_SECRET=secret)
    payload = {"type": "block_actions", "user": {"id": "UANA"},
               "actions": [{"action_id": "sw_useful", "type": "button", "value": "alert:1"}]}
    body = urlencode({"payload": json.dumps(payload)}).encode()

    def post(stamp: int, key: str = secret) -> httpx.Response:
        base_string = f"v0:{stamp}:".encode() + body
        sig = "v0=" + hmac.new(key.encode(), base_string, hashlib.sha256).hexdigest()
        return httpx.post(f"{base}/slack/actions", content=body, headers={
            "X-Slack-Request-Timestamp": str(stamp), "X-Slack-Signature": sig,
            "Content-Type": "application/x-www-form-urlencoded"})

    try:
        now = int(time.time())
        assert post(now, key="forged").status_code == 401
        assert post(now - 600).status_code == 401  # outside the replay window
        assert post(now).status_code == 200
        assert post(now).status_code == 200  # the same request again: taken once
        worker = daemon.feedback_worker
        assert slack_app.wait(lambda: worker.counts["applied"] == 1)
        assert len(daemon.storage.get_feedback(target="alert:1")) == 1
    finally:
        server.shutdown()
        daemon.feedback_worker.stop()
        daemon.storage.close()


def test_digest_links_valid_expired_forged_replayed(tmp_path, slack_app, monkeypatch) -> None:
    import httpx

    secret = "k" * 32
    daemon, server, base = _serve(tmp_path, slack_app, monkeypatch,
                                  SIGNALWATCH_LINK_SECRET=secret)
    signal = daemon.storage.get_signals(account_id="acc-002")[0]
    try:
        link = sign_link(base, secret, target=f"signal:{signal.id}", action="snooze",
                         value="90", rep="ana@example.com", now=NOW, days=14)
        first = httpx.get(link)
        assert first.status_code == 200 and "snoozed for 90 days" in first.text
        again = httpx.get(link)
        assert again.status_code == 409 and "already used" in again.text
        forged = httpx.get(link.replace("snooze", "claim"))
        assert forged.status_code == 400 and "nothing was changed" in forged.text
        old = sign_link(base, secret, target=f"signal:{signal.id}", action="useful",
                        value=None, rep="ana@example.com", now=NOW - timedelta(days=30),
                        days=14)
        expired = httpx.get(old)
        assert expired.status_code == 400 and "expired" in expired.text
        assert [r["action"] for r in daemon.storage.get_feedback()] == ["snooze"]
        assert daemon.storage.get_account_state("acc-002")["snoozed_until"] == NOW + \
            timedelta(days=90)
    finally:
        server.shutdown()
        daemon.feedback_worker.stop()
        daemon.storage.close()


def test_cli_report_rules_restore_and_explain(tmp_path, slack_app, monkeypatch) -> None:
    import json

    from click.testing import CliRunner

    from signalwatch.cli import main

    config, storage = _alert(tmp_path, slack_app, monkeypatch)
    apply_action(storage, config, Action("alert:1", "useful", None, "UANA"), via="slack",
                 now=NOW)
    apply_action(storage, config, Action("alert:1", "not_relevant", "old_news", "UBEN"),
                 via="slack", now=NOW)
    apply_action(storage, config, Action("alert:1", "wrong_company", None, "UCHLOE"),
                 via="slack", now=NOW)
    storage.close()
    cfg = ["--config", str(config.path)]
    runner = CliRunner()
    out = runner.invoke(main, [*cfg, "feedback", "report", "--json"])
    assert out.exit_code == 0, out.output
    (row,) = [json.loads(x) for x in out.output.splitlines()]
    assert {k: row[k] for k in ("kind", "sent", "useful", "not_relevant", "wrong_company")} \
        == {"kind": "funding", "sent": 1, "useful": 1, "not_relevant": 1, "wrong_company": 1}
    assert row["icp"] and row["rep"] == "ana@example.com" and row["judged"] == 3
    text = runner.invoke(main, [*cfg, "feedback", "report"]).output
    assert "useful 1 of 3" in text and "95% interval" in text
    rules = runner.invoke(main, [*cfg, "feedback", "rules"]).output
    assert "never matches acc-002" in rules and "UCHLOE" in rules
    explained = runner.invoke(main, [*cfg, "explain", "acc-002"]).output
    assert "never matches this account" in explained and "UCHLOE" in explained
    assert runner.invoke(main, [*cfg, "feedback", "rules", "--remove", "1"]).exit_code == 0
    assert "no rules" in runner.invoke(main, [*cfg, "feedback", "rules"]).output
    restored = runner.invoke(main, [*cfg, "feedback", "restore", "--kind", "hiring"])
    assert restored.exit_code == 0 and "restored" in restored.output
    assert "restored by an admin: kind hiring" in runner.invoke(
        main, [*cfg, "feedback", "report"]).output
    outcomes = runner.invoke(main, [*cfg, "report", "outcomes", "--json"]).output
    assert json.loads(outcomes.splitlines()[0])["acted"] == 1


def test_digest_items_carry_signed_links(tmp_path, slack_app, monkeypatch) -> None:
    from urllib.parse import parse_qsl, urlsplit

    from signalwatch.stages.digests import send_digest

    monkeypatch.setenv("SIGNALWATCH_LINK_SECRET", "k" * 32)
    config = _config(tmp_path, slack_app, monkeypatch)
    text = (tmp_path / "signalwatch.toml").read_text()
    (tmp_path / "signalwatch.toml").write_text(
        text + '\n[feedback]\nbase_url = "https://sw.example"\n')
    from signalwatch.config import load_config

    config = load_config(tmp_path / "signalwatch.toml")
    storage = seed(config, signals=[funding("acc-002")])
    rep = next(r for r in config.reps if r.email == "ana@example.com")
    assert send_digest(storage, config, rep, now=NOW, local_date="2026-01-01") == "sent"
    html = next((tmp_path / "outbox" / "digests").glob("*.html")).read_text()
    links = [u.replace("&amp;", "&") for u in html.split('href="')[1:]]
    links = [u.split('"')[0] for u in links if u.startswith("https://sw.example/feedback")]
    assert len(links) == 5 and ">Wrong company</a>" in html and ">I&#39;m on it</a>" in html
    action, _ = verify_link("k" * 32, dict(parse_qsl(urlsplit(links[0]).query)), NOW)
    assert action.action == "useful" and action.user == "ana@example.com"
    storage.close()


def test_a_claim_is_shown_in_later_alerts_and_digests(tmp_path, slack_app,
                                                       monkeypatch) -> None:
    from signalwatch.stages.digests import digest_groups

    config, storage = _alert(tmp_path, slack_app, monkeypatch)
    storage.set_slack_user("ben@example.com", "UBEN", now=NOW)
    apply_action(storage, config, Action("alert:1", "claim", None, "UBEN"), via="slack",
                 now=NOW)
    rep = next(r for r in config.reps if r.email == "ana@example.com")
    (group,) = digest_groups(storage, config, rep, start=NOW - timedelta(days=1),
                             end=NOW + timedelta(hours=1))
    assert "ben@example.com is on it" in group.why_now
    storage.add_signal(leadership("acc-002", hours_ago=0.5))
    later = NOW + timedelta(hours=1)  # a new kind of signal: alerts during the cooldown
    assert decide(storage, config, now=later).alerts == 1
    dispatch(storage, config, now=later)
    assert len(slack_app.messages) == 2
    assert "ben@example.com is on it" in str(slack_app.messages[-1]["blocks"])
    storage.close()


def test_monthly_outcomes_summary_to_managers(tmp_path, slack_app, monkeypatch) -> None:
    from signalwatch.config import load_config
    from signalwatch.feedback.summary import monthly_summary

    _config(tmp_path, slack_app, monkeypatch)
    path = tmp_path / "signalwatch.toml"
    path.write_text(path.read_text() + '\n[feedback]\nmanagers = ["head@example.com"]\n')
    config = load_config(path)
    storage = seed(config, signals=[funding("acc-002")])
    decide(storage, config, now=NOW)
    dispatch(storage, config, now=NOW)
    apply_action(storage, config, Action("alert:1", "useful", None, "UANA"), via="slack",
                 now=NOW)
    assert monthly_summary(storage, config, now=NOW)
    assert not monthly_summary(storage, config, now=NOW + timedelta(days=3))  # once a month
    (mail,) = (tmp_path / "outbox" / "ops").glob("outcomes-head_at_example.com-*.eml")
    text = mail.read_text()
    assert "1 alerts sent" in text and "(1 acted on)" in text and "By rep:" in text
    storage.close()


def test_an_action_received_before_a_crash_is_applied_at_restart(tmp_path, slack_app,
                                                                  monkeypatch) -> None:
    """Stored before the ack: a daemon killed between the ack and the work loses nothing."""
    import json

    config, storage = _alert(tmp_path, slack_app, monkeypatch)
    envelope = slack_app.click("env-9", user="UANA", action_id="sw_snooze",
                               option="alert:1|90")
    # what the listener stored before acknowledging, with no worker left to apply it
    assert storage.inbox_add("envelope:env-9", json.dumps(envelope["payload"]), "slack", NOW)
    storage.close()
    storage = Storage(config.database_target)
    worker = FeedbackWorker(storage, config, None, clock=lambda: NOW)  # the restart
    try:
        assert slack_app.wait(lambda: worker.counts["applied"] == 1)
        assert slack_app.wait(lambda: storage.inbox_pending() == [])
        assert storage.get_account_state("acc-002")["snoozed_until"] == NOW + timedelta(
            days=90)
        # and Slack delivering it again after the restart changes nothing
        assert not worker.receive("envelope:env-9", envelope["payload"], "slack")
    finally:
        worker.stop()
    storage.close()


def test_housekeeping_prunes_applied_interactions_and_spent_nonces(tmp_path) -> None:
    storage = Storage(tmp_path / "sw.db")
    old, recent = NOW - timedelta(days=400), NOW - timedelta(days=1)
    storage.inbox_add("envelope:old", "{}", "slack", old)
    storage.inbox_done("envelope:old", old)
    storage.inbox_add("envelope:pending", "{}", "slack", old)  # never applied: kept
    storage.inbox_add("envelope:new", "{}", "slack", recent)
    storage.inbox_done("envelope:new", recent)
    storage.first_receipt("link:old", old)
    storage.first_receipt("link:new", recent)
    storage.prune(items_before=NOW - timedelta(days=90),
                  postings_closed_before=NOW - timedelta(days=90))
    keys = {r[0] for r in storage.db.execute("SELECT key FROM feedback_inbox")}
    assert keys == {"envelope:pending", "envelope:new"}
    assert not storage.first_receipt("link:new", NOW) and storage.first_receipt("link:old", NOW)
    storage.close()


def test_metrics_count_reps_actions(tmp_path, slack_app, monkeypatch) -> None:
    from signalwatch.daemon import Daemon

    config, storage = _alert(tmp_path, slack_app, monkeypatch)
    apply_action(storage, config, Action("alert:1", "useful", None, "UANA"), via="slack",
                 now=NOW)
    text = Daemon(config, storage, clock=lambda: NOW).metrics_text()
    assert 'signalwatch_feedback_actions_total{action="useful"} 1' in text
    assert 'signalwatch_feedback_actions_total{action="claim"} 0' in text
    storage.close()
