"""The notifier against real servers on 127.0.0.1: a Slack Web API stand-in, aiosmtpd."""

from __future__ import annotations

import email
import json
import re
import socket
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path

import pytest
from click.testing import CliRunner

from signalwatch.accounts import read_accounts_file
from signalwatch.cli import main
from signalwatch.config import load_config
from signalwatch.notify.email import due_date, scheduled_at
from signalwatch.notify.slack import build_message, escape, link
from signalwatch.stages.decide import decide_signals as decide
from signalwatch.stages.digests import send_due_digests
from signalwatch.stages.dispatch import dispatch
from signalwatch.store import Storage
from signalwatch.types import Evidence, Rep, SignalIntent
from signalwatch.utils import utcnow

from .conftest import NOW, ROOT
from .httpserver import Response
from .slackserver import ok

pytestmark = pytest.mark.both_engines

EXAMPLE = (ROOT / "config" / "signalwatch.example.toml").read_text("utf-8")


def make_config(tmp_path: Path, extra: str = ""):
    text = EXAMPLE.replace('[slack]\n', extra) if "[slack]" in extra \
        else EXAMPLE + "\n" + extra
    (tmp_path / "signalwatch.toml").write_text(text, encoding="utf-8")
    (tmp_path / "accounts.example.csv").write_bytes(
        (ROOT / "config" / "accounts.example.csv").read_bytes())
    return load_config(tmp_path / "signalwatch.toml")


def seed(config, *, signals=()) -> Storage:
    storage = Storage(config.database_target)
    accounts = read_accounts_file(config.accounts.file, reps=config.reps).accounts
    storage.upsert_accounts(accounts, now=NOW)
    for s in signals:
        storage.add_signal(s)
    return storage


def funding(account: str, *, hours_ago: float = 2, amount: float = 25e6, round_="series a",
            headline: str = "Replit raises $25M Series A", history: bool = False,
            url: str = "https://news.example/replit", at: datetime = NOW) -> SignalIntent:
    when = at - timedelta(hours=hours_ago)
    return SignalIntent(
        kind="funding", account_id=account, occurred_at=when, detected_at=when,
        confidence=0.95, attributes={"round": round_, "amount": amount, "currency": "USD",
                                     "amount_usd": amount, "investors": ["Example Ventures"]},
        evidence=(Evidence(url, headline, headline, "news", when),),
        dedupe_key=f"funding:{account}:{round_}", history=history)


def leadership(account: str, *, hours_ago: float = 1) -> SignalIntent:
    when = NOW - timedelta(hours=hours_ago)
    return SignalIntent(
        kind="leadership", account_id=account, occurred_at=when, detected_at=when,
        confidence=0.9, attributes={"person": "Jane Doe", "title": "Chief Revenue Officer",
                                    "function": "revenue", "seniority": "c-level",
                                    "change": "joined"},
        evidence=(Evidence("https://wire.example/1", "X appoints Jane Doe as CRO",
                           "X appoints Jane Doe as CRO", "wire", when),),
        dedupe_key=f"leadership:{account}:jane doe:joined")


# -- Slack messages (pure) ----------------------------------------------------------------


def test_escaping_and_links() -> None:
    assert escape("<!channel> & <http://evil|click>") == (
        "&lt;!channel&gt; &amp; &lt;http://evil|click&gt;")
    assert link("javascript:alert(1)", "x") == "x"
    assert link("https://a.example/x?a=1|2", "A | B") == "<https://a.example/x?a=1%7C2|A ¦ B>"


def test_block_kit_message(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    storage = seed(config, signals=[funding("acc-002", headline="<!channel> Replit raises $25M")])
    from signalwatch.icp import fit

    account = storage.get_account("acc-002")
    signals = storage.get_signals()
    payload = build_message(account, fit(account, config.icps), signals, "Replit: raised.",
                            alert_id=7)
    text = json.dumps(payload)
    assert "<!channel>" not in text and "&lt;!channel&gt;" in text
    assert payload["blocks"][0]["text"]["text"] == "Replit: why now"
    assert payload["metadata"]["event_payload"] == {"alert_id": "7"}
    assert len(payload["blocks"]) <= 50
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in payload["blocks"])
    many = [storage.get_signals()[0]] * 80
    assert len(build_message(account, fit(account, config.icps), many, "x")["blocks"]) == 50
    storage.close()


# -- decide + files mode (no credentials) ---------------------------------------------------


def test_decisions_outbox_and_files_mode(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.delenv("SLACK_WEBHOOK_URL", raising=False)
    config = make_config(tmp_path)
    storage = seed(config, signals=[
        funding("acc-002"),                                  # tier A fit: alert
        funding("acc-018", headline="Zapier raises"),        # no tier (score 11): drop
        funding("acc-001", history=True),                    # history: drop
        funding("acc-005", hours_ago=24 * 10),               # before the backfill window: drop
    ])
    result = decide(storage, config, now=NOW)
    assert (result.decisions, result.alerts, result.dropped) == (4, 1, 3)
    reasons = {d: storage.get_last_decision(d)["reason"] for d in
               ("acc-018", "acc-001", "acc-005")}
    assert "alerts need tier B" in reasons["acc-018"]
    assert "history" in reasons["acc-001"]
    assert "before the backfill window" in reasons["acc-005"]
    # nothing decided twice
    assert decide(storage, config, now=NOW).decisions == 0
    sent = dispatch(storage, config, now=NOW)
    assert sent.sent == 1
    (alert,) = storage.get_alerts()
    assert (alert.channel, alert.status, alert.rep) == ("file", "sent", "ana@example.com")
    written = json.loads((tmp_path / "outbox" / "slack" / f"alert-{alert.id:06d}.json")
                         .read_text("utf-8"))
    assert written["blocks"][0]["text"]["text"] == "Replit: why now"
    rows = [json.loads(x) for x in CliRunner().invoke(
        main, ["--config", str(config.path), "alerts", "--json"]).output.splitlines()]
    assert set(rows[0]) >= {"id", "account_id", "rep", "channel", "status", "signal_ids",
                            "reasons", "created_at", "sent_at"}
    storage.close()


def test_an_unsure_headline_round_is_decided_digest_only(tmp_path: Path, monkeypatch) -> None:
    """Issue #13: a round read from a headline whose words are those of non-rounds never
    alerts on its own; the doubt is stored with the signal, so digests and `explain` say
    why; a plain headline of another account's round still alerts."""
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.delenv("SLACK_WEBHOOK_URL", raising=False)
    config = make_config(tmp_path)
    doubtful = "Replit Announces $3 Million Financing as Company Plans Drilling Program"
    storage = seed(config, signals=[funding("acc-002", headline=doubtful, round_="unknown",
                                            amount=3e6)])
    result = decide(storage, config, now=NOW)
    assert (result.decisions, result.alerts) == (1, 0)
    reason = storage.get_last_decision("acc-002")["reason"]
    assert "digest only" in reason and '"drilling"' in reason
    (stored,) = storage.get_signals()
    assert "drilling" in stored.attributes["doubt"]["words"]
    from signalwatch.notify.explain import explain_lines

    said = "\n".join(explain_lines(storage, config, "acc-002", now=NOW))
    assert "Unsure: " in said and "never alerted on its own" in said and '"drilling"' in said
    listed = CliRunner().invoke(main, ["--config", str(config.path), "signals"]).output
    assert "Unsure: " in listed and '"drilling"' in listed
    storage.add_signal(funding("acc-005", round_="unknown", amount=3e6,
                               headline="Replit raises $3M to build AI agents"))
    assert decide(storage, config, now=NOW).alerts == 1
    storage.close()


def test_cooldown_and_new_kinds(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    config = make_config(tmp_path)
    storage = seed(config, signals=[funding("acc-002")])
    decide(storage, config, now=NOW)
    storage.add_signal(funding("acc-002", amount=30e6, round_="series b", hours_ago=1,
                               url="https://x/2"))
    assert decide(storage, config, now=NOW + timedelta(hours=1)).held == 1
    assert "cooldown until" in storage.get_last_decision("acc-002")["reason"]
    storage.add_signal(leadership("acc-002"))
    assert decide(storage, config, now=NOW + timedelta(hours=2)).alerts == 1
    assert "new kind of signal (leadership)" in storage.get_last_decision("acc-002")["reason"]
    # snoozed: quiet
    storage.set_account_state("acc-002", snoozed_until=NOW + timedelta(days=5))
    storage.add_signal(leadership("acc-002", hours_ago=0.5) .__class__(
        **{**leadership("acc-002").__dict__, "attributes": {
            **leadership("acc-002").attributes, "person": "Sam Lee"}}))
    assert decide(storage, config, now=NOW + timedelta(hours=3)).dropped == 1
    assert "snoozed until" in storage.get_last_decision("acc-002")["reason"]
    storage.close()


# -- Slack on loopback -------------------------------------------------------------------


def slack_config(tmp_path, slack, monkeypatch, channel: str | None = None):
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test-token")
    extra = f'[slack]\nbase_url = "{slack.base_url}"\n'
    if channel:
        extra += f'channel = "{channel}"\n'
    return make_config(tmp_path, extra)


def test_slack_dm_to_the_owner(tmp_path, slack, monkeypatch) -> None:
    config = slack_config(tmp_path, slack, monkeypatch)
    storage = seed(config, signals=[funding("acc-002")])
    decide(storage, config, now=NOW)
    assert dispatch(storage, config, now=NOW).sent == 1
    assert slack.calls("users.lookupByEmail")[0]["email"] == "ana@example.com"
    (msg,) = slack.messages
    assert msg["channel"] == "DUANA"
    assert msg["unfurl_links"] in (False, "false", "0") and msg["unfurl_media"] in (
        False, "false", "0")
    assert msg["metadata"]["event_type"] == "signalwatch_alert"
    # the user id is cached
    storage.add_signal(leadership("acc-003"))
    decide(storage, config, now=NOW)
    dispatch(storage, config, now=NOW)
    assert len(slack.calls("users.lookupByEmail")) == 1
    assert "xoxb-test-token" not in (tmp_path / "signalwatch.toml").read_text()
    storage.close()


def test_slack_rate_limits_are_honoured(tmp_path, slack, monkeypatch) -> None:
    config = slack_config(tmp_path, slack, monkeypatch)
    storage = seed(config, signals=[funding("acc-002")])
    decide(storage, config, now=NOW)
    slack.script["chat.postMessage"] = [
        ok({"ok": False, "error": "ratelimited"}, 429, {"Retry-After": "120"}),
        ok({"ok": False, "error": "ratelimited"}),
    ]
    assert dispatch(storage, config, now=NOW).retried == 1
    row = storage.get_alert_row(1)
    assert row["status"] == "pending" and row["next_attempt_at"] == (
        NOW + timedelta(seconds=120)).isoformat()
    assert dispatch(storage, config, now=NOW + timedelta(seconds=60)).sent == 0  # not due
    assert dispatch(storage, config, now=NOW + timedelta(seconds=121)).retried == 1
    assert dispatch(storage, config, now=NOW + timedelta(seconds=400)).sent == 1
    assert len(slack.messages) == 1
    storage.close()


def test_user_not_found_falls_back_to_the_channel(tmp_path, slack, monkeypatch) -> None:
    config = slack_config(tmp_path, slack, monkeypatch, channel="#sales-signals")
    storage = seed(config, signals=[funding("acc-007")])  # owner ben: unknown to Slack
    decide(storage, config, now=NOW)
    assert dispatch(storage, config, now=NOW).sent == 1
    assert slack.messages[0]["channel"] == "#sales-signals"
    storage.close()


def test_no_user_and_no_channel_is_parked_clearly(tmp_path, slack, monkeypatch) -> None:
    config = slack_config(tmp_path, slack, monkeypatch)
    storage = seed(config, signals=[funding("acc-007")])
    decide(storage, config, now=NOW)
    assert dispatch(storage, config, now=NOW).parked == 1
    (alert,) = storage.get_alerts()
    assert alert.status == "parked" and "no Slack user for ben@example.com" in alert.last_error
    storage.close()


def test_server_errors_back_off_then_fail(tmp_path, slack, monkeypatch) -> None:
    config = slack_config(tmp_path, slack, monkeypatch)
    storage = seed(config, signals=[funding("acc-002")])
    decide(storage, config, now=NOW)
    slack.script["chat.postMessage"] = [Response(500, b"oops")] * 10
    now = NOW
    outcomes = []
    for _ in range(6):
        result = dispatch(storage, config, now=now)
        outcomes.append((result.retried, result.failed))
        now += timedelta(hours=2)
    assert outcomes[:4] == [(1, 0)] * 4 and outcomes[4] == (0, 1)
    (alert,) = storage.get_alerts()
    assert alert.status == "failed" and alert.attempts == 5 and "HTTP 500" in alert.last_error
    storage.close()


def test_crash_after_send_before_mark_does_not_send_twice(tmp_path, slack, monkeypatch) -> None:
    config = slack_config(tmp_path, slack, monkeypatch)
    storage = seed(config, signals=[funding("acc-002"), funding("acc-001", headline="S")])
    decide(storage, config, now=NOW)
    from signalwatch.stages.dispatch import Dispatcher

    d = Dispatcher(storage, config, now=NOW)
    rows = storage.due_alerts(NOW)
    # The process dies right after Slack accepted the first message (marked 'sending', sent,
    # never marked 'sent'), and right before sending the second (marked 'sending' only).
    target = d._target(rows[0])
    storage.mark_alert_sending(rows[0]["id"], target=target, now=NOW)
    d.sender.post(target, json.loads(rows[0]["payload"]))
    storage.mark_alert_sending(rows[1]["id"], target=d._target(rows[1]), now=NOW)
    assert len(slack.messages) == 1

    result = dispatch(storage, config, now=NOW + timedelta(minutes=1))
    assert result.recovered == 2 and result.sent == 1
    assert len(slack.messages) == 2
    ids = sorted(m["metadata"]["event_payload"]["alert_id"] for m in slack.messages)
    assert ids == sorted(str(r["id"]) for r in rows)
    assert {a.status for a in storage.get_alerts()} == {"sent"}
    assert dispatch(storage, config, now=NOW + timedelta(minutes=2)).sent == 0
    storage.close()


def test_webhook_mode(tmp_path, server, monkeypatch) -> None:
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.setenv("SLACK_WEBHOOK_URL", server.url("/hook/T000/B000/secret"))
    server.route("/hook/T000/B000/secret", Response(200, b"ok"))
    config = make_config(tmp_path)
    storage = seed(config, signals=[funding("acc-002")])
    decide(storage, config, now=NOW)
    assert dispatch(storage, config, now=NOW).sent == 1
    body = json.loads(server.hits("/hook/T000/B000/secret")[0].body)
    assert body["unfurl_links"] is False and body["blocks"]
    # an interrupted webhook send is not repeated (at most once)
    storage.add_signal(leadership("acc-002"))
    decide(storage, config, now=NOW + timedelta(hours=1))
    (row,) = storage.due_alerts(NOW + timedelta(hours=1))
    storage.mark_alert_sending(row["id"], target="webhook", now=NOW)
    result = dispatch(storage, config, now=NOW + timedelta(hours=1))
    assert result.recovered == 1 and result.sent == 0
    assert storage.get_alerts()[0].status == "failed"
    assert len(server.hits("/hook/T000/B000/secret")) == 1
    assert "secret" not in (storage.get_alerts()[0].last_error or "")
    storage.close()


# -- digests ---------------------------------------------------------------------------------


def test_digest_schedule_across_dst() -> None:
    rep = Rep("ana@example.com", timezone="America/New_York", digest_hour=8)
    # 2026-03-08: clocks spring forward at 02:00 EST; 8:00 is EDT (UTC-4)
    assert scheduled_at(rep, datetime(2026, 3, 8).date()) == datetime(2026, 3, 8, 12,
                                                                       tzinfo=UTC)
    assert scheduled_at(rep, datetime(2026, 3, 7).date()) == datetime(2026, 3, 7, 13,
                                                                       tzinfo=UTC)
    # 2026-11-01: clocks fall back; 8:00 is EST (UTC-5)
    assert scheduled_at(rep, datetime(2026, 11, 1).date()) == datetime(2026, 11, 1, 13,
                                                                        tzinfo=UTC)
    early = Rep("x@example.com", timezone="America/New_York", digest_hour=2)
    # 02:00 does not exist on 2026-03-08: sent at 03:00 EDT, once
    assert scheduled_at(early, datetime(2026, 3, 8).date()) == datetime(2026, 3, 8, 7,
                                                                         tzinfo=UTC)
    now = datetime(2026, 3, 8, 12, 30, tzinfo=UTC)
    assert due_date(rep, now, None).isoformat() == "2026-03-08"
    assert due_date(rep, now, "2026-03-08") is None
    assert due_date(rep, datetime(2026, 3, 8, 11, 59, tzinfo=UTC), "2026-03-07") is None
    # down all day, back within the grace: that day's digest is sent once, late
    late = datetime(2026, 3, 9, 2, tzinfo=UTC)  # 22:00 in New York
    assert due_date(rep, late, "2026-03-07", grace=timedelta(hours=16)).isoformat() \
        == "2026-03-08"
    assert due_date(rep, late, "2026-03-08", grace=timedelta(hours=16)) is None
    # past the grace it is skipped: tomorrow's covers the signals
    assert due_date(rep, late, "2026-03-07", grace=timedelta(hours=12)) is None


class _Sink:
    def __init__(self, refuse: set[str] = frozenset()) -> None:  # type: ignore[assignment]
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.refuse = refuse

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 no such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted"


@pytest.fixture
def smtp():
    from aiosmtpd.controller import Controller

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    sink = _Sink({"ben@example.com"})
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    yield sink, port
    controller.stop()


def test_digests_over_smtp(tmp_path, smtp, monkeypatch) -> None:
    sink, port = smtp
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.delenv("SLACK_WEBHOOK_URL", raising=False)
    config = make_config(tmp_path)
    text = (tmp_path / "signalwatch.toml").read_text()
    text = text.replace('# host = "smtp.example.com"', 'host = "127.0.0.1"').replace(
        "port = 587", f"port = {port}").replace('security = "starttls"', 'security = "none"')
    (tmp_path / "signalwatch.toml").write_text(text)
    config = load_config(tmp_path / "signalwatch.toml")
    storage = seed(config, signals=[
        funding("acc-002"), leadership("acc-002"),                       # ana (New York)
        funding("acc-007", headline="Retool raises <b>$40M</b>"),        # ben (London)
        funding("acc-013", headline="Ramp raises $150M"),                 # chloe (Paris)
    ])
    # 2026-11-24 14:00 UTC: 09:00 in New York, 14:00 London, 15:00 Paris: all due
    now = datetime(2026, 11, 24, 14, tzinfo=UTC)
    result = send_due_digests(storage, config, now=now)
    assert sorted(result.sent) == ["ana@example.com", "chloe@example.com"]
    assert "ben@example.com" in result.failed and "550" in result.failed["ben@example.com"]
    assert len(sink.messages) == 2
    by_rcpt = {rcpts[0]: email.message_from_bytes(content, policy=policy.default)
               for _, rcpts, content in sink.messages}
    ana = by_rcpt["ana@example.com"]
    assert ana["From"] == "signalwatch@example.com"
    assert "Replit" in ana["Subject"]
    plain = ana.get_body(("plain",)).get_content()
    html = ana.get_body(("html",)).get_content()
    assert "Series A round of $25M led by Example Ventures" in plain
    assert "Jane Doe joined as Chief Revenue Officer" in plain
    assert 'href="https://news.example/replit"' in html and "style=" in html
    chloe_html = by_rcpt["chloe@example.com"].get_body(("html",)).get_content()
    assert "Ramp" in chloe_html and "Replit" not in chloe_html
    # again: nothing is sent twice; ben's failure is retried on its own
    sink.refuse.clear()
    again = send_due_digests(storage, config, now=now + timedelta(minutes=5))
    assert again.sent == ["ben@example.com"] and len(sink.messages) == 3
    ben_html = email.message_from_bytes(sink.messages[-1][2], policy=policy.default) \
        .get_body(("html",)).get_content()
    assert "&lt;b&gt;$40M&lt;/b&gt;" in ben_html  # escaped, not rendered
    assert send_due_digests(storage, config, now=now + timedelta(minutes=10)).sent == []
    storage.close()


def test_cli_explain_snooze_digest_and_dry_run(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.delenv("SLACK_WEBHOOK_URL", raising=False)
    config = make_config(tmp_path)
    # The CLI reads the real clock: the signal is fresh whenever the test runs.
    storage = seed(config, signals=[funding("acc-002", hours_ago=0, at=utcnow())])
    storage.close()
    cfg = ["--config", str(config.path)]
    runner = CliRunner()
    dry = runner.invoke(main, [*cfg, "notify", "--dry-run"])
    assert dry.exit_code == 0 and dry.output.startswith("alert Replit:")
    assert '"blocks"' in dry.output
    assert runner.invoke(main, [*cfg, "alerts", "--json"]).output == ""  # nothing stored
    out = runner.invoke(main, [*cfg, "notify"]).output
    assert "1 alert" in out and "1 sent" in out
    explained = runner.invoke(main, [*cfg, "explain", "acc-002"]).output
    assert "fit: ICP growth-saas" in explained
    # every criterion says whether it holds; a disqualifier that does not hold says so
    criteria = [x for x in explained.splitlines() if x.startswith(("  + ", "  - "))
                and x.split()[1] in ("must", "prefer", "disqualify")]
    assert criteria and all(": holds" in x or ": does not hold" in x for x in criteria)
    assert all("does not hold" in x for x in criteria if x.startswith("  + disqualify"))
    assert re.search(r"intent: heat (1|0\.9\d*) \((hot|warm)\)", explained), explained
    assert "last decision: alert" in explained and "why now: Replit:" in explained
    preview = tmp_path / "digest.html"
    result = runner.invoke(main, [*cfg, "digest", "--rep", "ana@example.com", "--preview",
                                  str(preview)])
    assert result.exit_code == 0 and "<html" in preview.read_text()
    sent = runner.invoke(main, [*cfg, "digest", "--rep", "ana@example.com", "--send"])
    assert "digest sent to ana@example.com" in sent.output
    assert list((tmp_path / "outbox" / "digests").glob("*.eml"))
    assert "already sent" in runner.invoke(
        main, [*cfg, "digest", "--rep", "ana@example.com", "--send"]).output
    snoozed = runner.invoke(main, [*cfg, "snooze", "acc-002", "--days", "3"])
    assert "snoozed until" in snoozed.output
    assert "snoozed until" in runner.invoke(main, [*cfg, "explain", "acc-002"]).output
    assert runner.invoke(main, [*cfg, "snooze", "nope"]).exit_code == 1


def test_digest_smtp_auth_with_password_from_env(tmp_path, monkeypatch, caplog) -> None:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    seen = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        seen.append((auth_data.login, auth_data.password))
        ok = auth_data.login == b"digest-bot" and auth_data.password == b"s3cret-pw"
        return AuthResult(success=ok)

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    sink = _Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port, authenticator=authenticator,
                            auth_required=True, auth_require_tls=False,
                            auth_exclude_mechanism=["LOGIN"])
    controller.start()
    try:
        monkeypatch.setenv("DIGEST_SMTP_PASSWORD", "s3cret-pw")
        config = make_config(tmp_path)
        text = (tmp_path / "signalwatch.toml").read_text()
        text = text.replace('# host = "smtp.example.com"', 'host = "127.0.0.1"').replace(
            "port = 587", f"port = {port}").replace('security = "starttls"', 'security = "none"'
        ).replace('# username = "signalwatch@example.com"', 'username = "digest-bot"').replace(
            'password_env = "SMTP_PASSWORD"', 'password_env = "DIGEST_SMTP_PASSWORD"\ntimeout = 1'
        )  # aiosmtpd answers a failed AUTH by going silent: a short timeout bounds it
        (tmp_path / "signalwatch.toml").write_text(text)
        config = load_config(tmp_path / "signalwatch.toml")
        storage = seed(config, signals=[funding("acc-002")])
        now = datetime(2026, 11, 24, 14, tzinfo=UTC)
        assert "ana@example.com" in send_due_digests(storage, config, now=now).sent
        assert seen[0] == (b"digest-bot", b"s3cret-pw") and sink.messages
        # a wrong password fails clearly, without the password
        monkeypatch.setenv("DIGEST_SMTP_PASSWORD", "wrong")
        storage.add_signal(leadership("acc-007", hours_ago=-3))  # after that digest
        failed = send_due_digests(storage, config, now=now + timedelta(days=1))
        assert "ben@example.com" in failed.failed
        assert "wrong" not in failed.failed["ben@example.com"]
        assert "s3cret-pw" not in caplog.text and "wrong" not in caplog.text
        storage.close()
    finally:
        controller.stop()
