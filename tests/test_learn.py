"""The living ICP: imports, statistics on constructed cases with known answers, the learner
on planted and flat histories, the backtest, versions, the sheet, fit and drift."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from signalwatch.accounts import read_accounts, read_accounts_file
from signalwatch.cli import main
from signalwatch.deals import AccountIndex, DealData, read_deals
from signalwatch.history import read_history
from signalwatch.learn import stats
from signalwatch.learn.drift import win_rate_shifts
from signalwatch.learn.learner import LearnSettings, learn
from signalwatch.learn.synthetic import csv_text, generate, write
from signalwatch.types import ICP, Account, Criterion

from .conftest import DATA

pytestmark = pytest.mark.both_engines

LEARN = DATA / "learn"
SYN_NOW = datetime(2026, 10, 1, tzinfo=UTC)


def index() -> AccountIndex:
    accounts = read_accounts_file(LEARN / "accounts.csv").accounts
    return AccountIndex.build({a.id: (a.domain, a.name) for a in accounts})


# -- imports ----------------------------------------------------------------------------------


def test_account_outcome_columns() -> None:
    accounts = {a.id: a for a in read_accounts_file(LEARN / "accounts.csv").accounts}
    assert accounts["a1"].arr == 48000 and accounts["a1"].customer_since == date(2024, 2, 1)
    assert accounts["a3"].churned_at == date(2025, 9, 30) and accounts["a2"].arr is None
    hub = read_accounts("Record ID,Company name,Annual Recurring Revenue,Became a Customer "
                        "Date,Churn Date\n1,X,1000,2024-01-02,\n").accounts[0]
    assert hub.arr == 1000 and hub.customer_since == date(2024, 1, 2)
    sf = read_accounts("Account ID,Account Name,ARR,Customer Since,Churn Date\n"
                       "1,X,2000,3/4/2023,5/6/2024\n").accounts[0]
    assert sf.customer_since == date(2023, 3, 4) and sf.churned_at == date(2024, 5, 6)


def test_hubspot_deals_export() -> None:
    text = (LEARN / "hubspot_deals.csv").read_text()
    result = read_deals(text, index(), file="hubspot_deals.csv",
                        stage_map={"Signed & Live": "won"})
    assert result.format == "hubspot"
    deals = {d.id: d for d in result.deals}
    assert deals["9001"].outcome == "won" and deals["9001"].account_id == "a1"
    assert deals["9001"].amount == 24000
    assert deals["9001"].created_at == datetime(2026, 1, 10, 9, 30, tzinfo=UTC)
    assert deals["9002"].outcome == "lost" and deals["9002"].account_id == "a2"  # by domain
    assert deals["9002"].lost_reason == "Price"
    assert deals["9003"].outcome == "open"
    assert deals["9005"].outcome == "won"  # the configured stage map
    (bad,) = result.bad
    assert bad.line == 5 and "no account matches" in bad.message
    assert any("Appointment Scheduled" in n for n in result.notes)


def test_salesforce_opportunity_report_with_us_dates() -> None:
    result = read_deals((LEARN / "salesforce_opportunities.csv").read_text(), index())
    assert result.format == "salesforce" and not result.bad
    deals = {d.id: d for d in result.deals}
    assert deals["006A1"].created_at == datetime(2026, 1, 15, tzinfo=UTC)
    assert deals["006A1"].closed_at == datetime(2026, 3, 1, tzinfo=UTC)
    assert deals["006B2"].account_id == "a2"  # by exact name
    assert deals["006C3"].account_id == "a3" and deals["006C3"].outcome == "open"
    day_first = read_deals((LEARN / "salesforce_opportunities.csv").read_text(), index(),
                           date_order="dmy")
    # read day-first, 1/15/2026 is no date: a bad row naming it, not a wrong date
    assert 2 in [b.line for b in day_first.bad] and "valid date" in day_first.bad[0].message
    assert {d.id: d for d in day_first.deals}["006B2"].created_at == datetime(
        2026, 3, 2, tzinfo=UTC)


def test_canonical_deals_and_reimport_in_place(tmp_path: Path) -> None:
    folder = project(tmp_path)
    assert run(folder, "accounts", "import", str(LEARN / "accounts.csv")).exit_code == 0
    first = run(folder, "deals", "import", str(LEARN / "canonical_deals.csv"))
    assert first.exit_code == 0 and "2 new, 0 updated" in first.output
    again = run(folder, "deals", "import", str(LEARN / "canonical_deals.csv"))
    assert "0 new, 2 updated" in again.output
    bad = run(folder, "deals", "import", str(LEARN / "hubspot_deals.csv"))
    assert "hubspot_deals.csv:5:" in bad.output and "no account matches" in bad.output
    strict = run(folder, "deals", "import", "--strict", str(LEARN / "hubspot_deals.csv"))
    assert strict.exit_code == 2
    listed = [json.loads(x) for x in run(folder, "deals", "list", "--json").output.splitlines()]
    assert {d["id"] for d in listed} >= {"d1", "d2", "9001", "9002"}


def test_signals_import_canonical_and_crunchbase(tmp_path: Path) -> None:
    result = read_history((LEARN / "signals.csv").read_text(), index(),
                          fx={"USD": 1.0, "EUR": 1.1})
    assert result.format == "canonical"
    kinds = {(s.account_id, s.kind) for s in result.signals}
    assert kinds == {("a1", "leadership"), ("a2", "funding"), ("a3", "hiring")}
    lead = next(s for s in result.signals if s.kind == "leadership")
    assert lead.attributes["function"] == "sales" and lead.attributes["seniority"] == "vp"
    fund = next(s for s in result.signals if s.kind == "funding")
    assert fund.attributes["round"] == "series a" and fund.attributes["amount_usd"] == \
        pytest.approx(11e6)
    assert all(s.history for s in result.signals)
    assert sorted(b.line for b in result.bad) == [5, 6]
    cb = read_history((LEARN / "crunchbase_funding_rounds.csv").read_text(), index())
    assert cb.format == "crunchbase" and not cb.bad
    acme = next(s for s in cb.signals if s.account_id == "a1")
    assert acme.attributes["round"] == "series b" and acme.attributes["investors"][0] == \
        "Example Ventures"
    crate = next(s for s in cb.signals if s.account_id == "a3")
    assert crate.attributes["amount"] == 2e6 and crate.attributes["amount_usd"] == 2.54e6
    # importing twice stores each event once
    folder = project(tmp_path)
    run(folder, "accounts", "import", str(LEARN / "accounts.csv"))
    out = run(folder, "signals", "import", str(LEARN / "crunchbase_funding_rounds.csv"))
    assert "2 signals imported" in out.output
    out = run(folder, "signals", "import", str(LEARN / "crunchbase_funding_rounds.csv"))
    assert "0 signals imported, 2 already known" in out.output


# -- statistics -----------------------------------------------------------------------------


def test_wilson_interval_known_values() -> None:
    low, high = stats.wilson(8, 10)
    assert low == pytest.approx(0.4902, abs=1e-3) and high == pytest.approx(0.9433, abs=1e-3)
    assert stats.wilson(0, 0) == (0.0, 1.0)


def test_clustering_widens_intervals_for_one_heavy_account() -> None:
    independent = stats.clustered_rate([(1, 1)] * 30 + [(0, 1)] * 30)
    clustered = stats.clustered_rate([(30, 30), (0, 1), (0, 1), (0, 1), (0, 1)] + [(0, 1)] * 26)
    assert independent.deals == clustered.deals == 60
    assert (clustered.high - clustered.low) > 2 * (independent.high - independent.low)


def test_benjamini_hochberg_known_example() -> None:
    p = [0.01, 0.04, 0.03, 0.005]
    assert stats.benjamini_hochberg(p) == pytest.approx([0.02, 0.04, 0.04, 0.02])


def test_auc_and_t_distribution() -> None:
    assert stats.auc([3, 4], [1, 2]) == 1.0
    assert stats.auc([1, 2], [1, 2]) == 0.5
    assert stats.t_two_sided(2.0, 10) == pytest.approx(0.0734, abs=1e-4)


def _accounts(n: int, **fields) -> list[Account]:
    return [Account(id=f"c{i}", name=f"C{i}", **{k: v(i) for k, v in fields.items()})
            for i in range(n)]


def _deal(i: int, account: str, won: bool, *, created: datetime) -> DealData:
    return DealData(id=f"d{i}", account_id=account, stage="x", outcome="won" if won else "lost",
                    created_at=created, closed_at=created + timedelta(days=30))


def test_one_account_with_many_deals_is_not_evidence() -> None:
    # 40 accounts in two industries with the same win rate; one "Mining" account has 60
    # won deals. Counting deals, Mining looks perfect; counting accounts, it is one company.
    accounts = _accounts(40, industry=lambda i: "Software" if i % 2 else "Retail")
    accounts.append(Account(id="big", name="Big", industry="Mining"))
    start = SYN_NOW - timedelta(days=300)
    deals = [_deal(i, f"c{i % 40}", i % 3 == 0, created=start) for i in range(160)]
    deals += [_deal(1000 + i, "big", True, created=start) for i in range(60)]
    result = learn(accounts, deals, [], [], now=SYN_NOW, backtest=False,
                   settings=LearnSettings(min_accounts=1))
    mining = next(f for f in result.traits if f.value == "Mining")
    assert mining.rate.accounts == 1 and mining.verdict == "none"


def test_many_random_traits_do_not_make_discoveries() -> None:
    import random

    rng = random.Random(4)
    accounts = [Account(id=f"c{i}", name=f"C{i}", custom={
        f"field{k}": rng.choice("ABCDEFGH") for k in range(10)}) for i in range(300)]
    start = SYN_NOW - timedelta(days=200)
    deals = [_deal(i, f"c{i % 300}", rng.random() < 0.3, created=start) for i in range(900)]
    result = learn(accounts, deals, [], [], now=SYN_NOW, backtest=False)
    assert len(result.traits) >= 60
    assert not result.proposes_change
    assert min(f.p_value for f in result.traits) < 0.05  # raw p-values alone would "find"


def _learn_synthetic(planted: bool, seed: int, accounts: int = 600, marked: str = ""):
    """Learn from a synthetic history; ``marked``: an attribute ("rumour", "doubt") set on
    every leadership signal."""
    syn = generate(accounts=accounts, seed=seed, planted=planted, now=SYN_NOW)
    accs = read_accounts(csv_text(syn.accounts)).accounts
    idx = AccountIndex.build({a.id: (a.domain, a.name) for a in accs})
    deals = read_deals(csv_text(syn.deals), idx).deals
    signals = [(s.account_id, s.kind, s.occurred_at, {**s.attributes, marked: True}
                if marked and s.kind == "leadership" else s.attributes)
               for s in read_history(csv_text(syn.signals), idx).signals]
    icp = ICP(name="growth", priority=1,
              must=(Criterion("employees", "range", (10.0, 100_000.0)),),
              prefer=(Criterion("country", "in", ("United States",)),))
    return learn(accs, deals, signals, [icp], now=SYN_NOW)


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_flat_win_rates_propose_nothing(seed: int) -> None:
    result = _learn_synthetic(False, seed)
    assert result.won > 50 and result.lost > 50
    assert not result.proposes_change
    assert all(f.verdict == "none" for f in (*result.traits, *result.triggers, *result.churn))
    assert result.proposal[0].prefer == (Criterion("country", "in", ("United States",)),)


def test_planted_patterns_are_found_with_their_numbers() -> None:
    result = _learn_synthetic(True, 5, accounts=900)
    verdicts = {(f.field, f.value): f.verdict for f in result.traits}
    churn = {(f.field, f.value): f.verdict for f in result.churn}
    assert verdicts[("industry", "Software")] in ("prefer", "must")
    assert verdicts[("industry", "Government")] == "disqualify"
    assert churn[("industry", "Retail")] == "disqualify"
    triggers = {(f.field, f.value): f for f in result.triggers}
    assert triggers[("leadership", "sales (joined)")].verdict == "trigger"
    assert triggers[("funding", "any")].verdict == "none"  # noise stays noise
    software = next(f for f in result.traits if f.value == "Software")
    assert software.rate.low < software.rate.rate < software.rate.high
    assert software.q_value <= 0.05 and software.lift and software.lift > 1.15
    learned = result.proposal[0]
    assert any(c.field == "industry" and "Government" in c.value for c in learned.disqualify)
    assert "leadership" in learned.triggers
    assert learned.triggers["leadership"]["functions"] == ["sales"]
    # backtest: learned before the split, scored after it
    b = result.backtest
    assert b and b["train_deals"] > b["test_deals"] > 50
    assert b["auc_proposed"] >= b["auc_current"]
    assert set(b["tiers_proposed"]) == {"A", "B", "C", "none"}


def test_learn_json_contract(tmp_path: Path) -> None:
    folder = synthetic_project(tmp_path)
    out = run(folder, "icp", "learn", "--json")
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert set(data["closed"]) == {"won", "lost", "accounts"}
    assert 0 < data["base_win_rate"] < 1
    trait = data["traits"][0]
    for key in ("field", "value", "min", "max", "won", "lost", "accounts", "win_rate", "lift",
                "low", "high", "verdict"):
        assert key in trait
    assert {t["verdict"] for t in data["traits"]} <= {"must", "prefer", "disqualify", "none"}
    trigger = data["triggers"][0]
    for key in ("kind", "detail", "window_days", "won", "lost", "accounts", "win_rate",
                "verdict"):
        assert key in trigger
    assert {t["verdict"] for t in data["triggers"]} <= {"trigger", "none"}
    for key in ("split", "train_deals", "test_deals", "auc_current", "auc_proposed"):
        assert key in data["backtest"]


def test_reps_usefulness_beside_trigger_evidence(tmp_path: Path) -> None:
    """Issue #14: the learner shows how reps judged each trigger kind's alerts."""
    from signalwatch.config import load_config
    from signalwatch.store import Storage

    folder = synthetic_project(tmp_path)
    storage = Storage(load_config(folder / "signalwatch.toml").database_target)
    for i, action in enumerate(["useful", "useful", "not_relevant"]):
        storage.record_feedback(target=f"signal:{i + 1}", alert_id=None, account_id="a",
                                signal_ids=[], kind="leadership", source=None, icp=None,
                                rep=None, user=f"U{i}", action=action, reason=None,
                                via="slack", now=datetime.now(UTC))
    storage.close()
    out = run(folder, "icp", "learn").output
    lines = [x for x in out.splitlines() if x.strip().startswith("leadership ·")]
    assert lines and all("reps: useful 2 of 3 (67%" in x for x in lines)


def test_diff_apply_versions_sheet_and_fit(tmp_path: Path) -> None:
    folder = synthetic_project(tmp_path)
    assert run(folder, "icp", "learn", "--html", str(tmp_path / "report.html")).exit_code == 0
    report = (tmp_path / "report.html").read_text()
    assert "<svg" in report and "Government" in report
    diff = run(folder, "icp", "diff").output
    assert "+ disqualify" in diff and "Government" in diff and "won /" in diff
    # without --yes it asks; "no" adopts nothing
    declined = run(folder, "icp", "apply", input="n\n")
    assert "not adopted" in declined.output
    assert len(versions(folder)) == 1
    applied = run(folder, "icp", "apply", "--yes")
    assert "adopted as ICP version 2" in applied.output, applied.output
    rows = versions(folder)
    assert [r["origin"] for r in rows] == ["config", "learned"]
    assert rows[1]["evidence"]["findings"]
    # decisions and alerts from now on record the version
    out = run(folder, "fit", "syn-0001", "--json")
    assert json.loads(out.output)["icp_version"] == 2
    # the sheet: one page, priority order, must-haves, disqualifiers, triggers
    sheet = tmp_path / "sheet.html"
    assert run(folder, "icp", "sheet", "--out", str(sheet)).exit_code == 0
    html = sheet.read_text()
    assert "Must have" in html and "Disqualified if any" in html and "@page" in html
    assert "Government" in html and "leadership" in html
    assert html.index("growth-saas") < html.index("fintech-midmarket")
    # a hand edit of the configuration's ICPs becomes a new version, in force
    cfg = folder / "signalwatch.toml"
    cfg.write_text(cfg.read_text().replace('name = "fintech-midmarket"',
                                           'name = "fintech"'))
    rows = versions(folder)
    assert [r["origin"] for r in rows] == ["config", "learned", "config"]
    out = json.loads(run(folder, "fit", "syn-0001", "--json").output)
    assert out["icp_version"] == 3


def test_fit_any_company_in_one_screen(tmp_path: Path) -> None:
    folder = synthetic_project(tmp_path)
    out = run(folder, "fit", "Newco", "--industry", "Software", "--employees", "120",
              "--tech", "Salesforce", "--country", "Canada")
    assert out.exit_code == 0, out.output
    assert "FITS growth-saas" in out.output and "Must-haves:" in out.output
    assert "does not apply" in out.output  # disqualifiers that do not hold say so
    gov = run(folder, "fit", "Cityhall", "--industry", "Government", "--employees", "400")
    assert "DOES NOT FIT" in gov.output or "DISQUALIFIED" in gov.output
    unknown = run(folder, "fit", "Nobody Inc")
    assert unknown.exit_code == 1 and "not in the CRM" in unknown.output


def test_win_rate_drift_alerts_only_beyond_noise() -> None:
    accounts = _accounts(60, industry=lambda i: "Software", employees=lambda i: 100)
    icp = ICP(name="saas", priority=1, must=(Criterion("industry", "in", ("Software",)),))
    now = SYN_NOW
    before = [_deal(i, f"c{i % 60}", i % 10 < 6, created=now - timedelta(days=170))
              for i in range(240)]
    after = [_deal(1000 + i, f"c{i % 60}", i % 10 < 2, created=now - timedelta(days=70))
             for i in range(240)]
    shifts = win_rate_shifts(accounts, before + after, [icp], now=now, window_days=90)
    assert shifts and "60% -> 20%" in shifts[0].message(90)
    steady = [_deal(2000 + i, f"c{i % 60}", i % 10 < 6, created=now - timedelta(days=70))
              for i in range(240)]
    assert win_rate_shifts(accounts, before + steady, [icp], now=now, window_days=90) == []


def test_daemon_review_sends_what_would_change(tmp_path: Path) -> None:
    from signalwatch.config import load_config
    from signalwatch.learn.review import periodic_review
    from signalwatch.learn.run import adopted_config
    from signalwatch.store import Storage

    folder = synthetic_project(tmp_path)
    cfg = folder / "signalwatch.toml"
    cfg.write_text(cfg.read_text().replace("[accounts]", '[learn]\nowner = "revops@example.com"'
                                           '\n\n[accounts]', 1))
    config = load_config(cfg)
    with Storage(config.database_target) as storage:
        config = adopted_config(config, storage, now=SYN_NOW)
        lines = periodic_review(storage, config, now=datetime.now(UTC))
        assert lines and any("Government" in line for line in lines)
        # not again before learn.review_days
        assert periodic_review(storage, config, now=datetime.now(UTC)) is None
    ops = (folder / "outbox" / "ops" / "ops-alerts.log").read_text()
    assert "ICP review" in ops and "proposes changes" in ops
    assert list((folder / "outbox" / "ops").glob("icp-*.eml"))


# -- helpers ---------------------------------------------------------------------------------


def project(tmp_path: Path) -> Path:
    folder = tmp_path / "sw"
    assert CliRunner().invoke(main, ["init", str(folder)]).exit_code == 0
    return folder


def synthetic_project(tmp_path: Path) -> Path:
    folder = project(tmp_path)
    files = write(generate(accounts=700, seed=5, now=datetime.now(UTC) - timedelta(days=1)),
                  tmp_path / "syn")
    for args in (["accounts", "import", str(files["accounts"])],
                 ["deals", "import", str(files["deals"])],
                 ["signals", "import", str(files["signals"])]):
        out = run(folder, *args)
        assert out.exit_code == 0, out.output
    return folder


def run(folder: Path, *args: str, input: str | None = None):
    return CliRunner().invoke(main, ["--config", str(folder / "signalwatch.toml"), *args],
                              input=input)


def versions(folder: Path) -> list[dict]:
    out = run(folder, "icp", "versions", "--json")
    assert out.exit_code == 0, out.output
    return [json.loads(line) for line in out.output.splitlines()]



def test_edgar_form_d_backfill(tmp_path: Path, server) -> None:
    from .httpserver import Response

    server.route("/submissions/CIK0001234567.json", Response(
        200, (LEARN / "edgar_submissions.json").read_bytes(),
        {"Content-Type": "application/json"}))
    server.route("/Archives/edgar/data/1234567/000123456725000002/primary_doc.xml", Response(
        200, (DATA / "collect" / "edgar_primary_doc.xml").read_bytes(),
        {"Content-Type": "application/xml"}))
    server.route("/submissions/CIK0000000042.json", Response(500, b"oops"))
    folder = project(tmp_path)
    (tmp_path / "acc.csv").write_text(
        "id,name,domain,CIK\na1,Acme Inc,acme.com,1234567\na2,Bolt,bolt.io,42\n"
        "a3,Crate,crate.example,\n")
    cfg = folder / "signalwatch.toml"
    cfg.write_text(cfg.read_text().replace(
        "[accounts]", f'[collect]\nedgar_url = "{server.url("")}"\n'
        f'edgar_archive_url = "{server.url("")}"\n\n[accounts]', 1))
    assert run(folder, "accounts", "import", str(tmp_path / "acc.csv")).exit_code == 0
    out = run(folder, "signals", "backfill-edgar")
    assert out.exit_code == 0, out.output
    assert "2 accounts with a CIK, 1 funding signals imported" in out.output
    assert "a2 (CIK 42)" in out.output  # the failing one is named, the other went on
    again = run(folder, "signals", "backfill-edgar")
    assert "0 funding signals imported, 1 already known" in again.output
    rows = [json.loads(x) for x in run(folder, "signals", "--json").output.splitlines()]
    (signal,) = rows
    assert signal["kind"] == "funding" and signal["account_id"] == "a1"
    assert signal["occurred_at"].startswith("2025-09-01")
    assert signal["attributes"]["amount"] and signal["attributes"]["round"] == "unknown"


def test_salesforce_15_and_18_character_ids_join() -> None:
    idx = AccountIndex.build({"001Dn00000AbCdEfGH": ("acme.com", "Acme")})
    assert idx.resolve(ref="001Dn00000AbCdE") == "001Dn00000AbCdEfGH"
    short = AccountIndex.build({"001Dn00000AbCdE": (None, "Bolt")})
    assert short.resolve(ref="001Dn00000AbCdEfGH") == "001Dn00000AbCdE"


def test_canonical_deals_with_an_outcome_column() -> None:
    text = ("deal_id,account_id,outcome,create_date,close_date\n"
            "x1,a1,won,2026-01-01,2026-02-01\nx2,a2,lost,2026-01-02,2026-02-02\n"
            "x3,a3,open,2026-03-01,\n")
    result = read_deals(text, index())
    assert result.format == "canonical" and not result.bad
    assert [d.outcome for d in result.deals] == ["won", "lost", "open"]


def test_outcomes_count_only_deals_after_the_alert() -> None:
    from signalwatch.outcomes import AlertFacts, missed_wins, outcomes

    t0 = datetime(2026, 3, 1, tzinfo=UTC)
    alerts = [AlertFacts(1, "a1", t0, "ana@example.com", ("funding",), ("techcrunch",),
                         "saas", "A"),
              AlertFacts(2, "a2", t0, "ben@example.com", ("leadership",), ("wire",),
                         "saas", "B")]
    deals = [
        DealData("before", "a1", "x", "won", created_at=t0 - timedelta(days=5), amount=9),
        DealData("after", "a1", "x", "won", created_at=t0 + timedelta(days=10), amount=100),
        DealData("late", "a2", "x", "won", created_at=t0 + timedelta(days=200), amount=50),
        DealData("lost", "a2", "x", "lost", created_at=t0 + timedelta(days=3)),
        DealData("quiet", "a3", "x", "won", created_at=t0, amount=7),
    ]
    rows = {r["kind"]: r for r in outcomes(alerts, deals, days=90)}
    assert rows["funding"] == {"kind": "funding", "alerts": 1, "acted": 0, "deals_after": 1,
                               "won": 1, "amount_won": 100.0, "distinct_deals": 1}
    assert rows["leadership"]["deals_after"] == 1 and rows["leadership"]["won"] == 0
    missed = {m["deal"] for m in missed_wins(alerts, deals, names={}, days=90)}
    assert missed == {"before", "late", "quiet"}


def test_signals_import_huge_field_is_a_clear_error(tmp_path: Path) -> None:
    folder = project(tmp_path)
    big = tmp_path / "big.csv"
    big.write_text("account,kind,date,title\nacc-001,funding,2026-01-01,"
                   + "x" * 10_000_000 + "\n", encoding="utf-8")
    out = run(folder, "signals", "import", str(big))
    assert out.exit_code == 2 and "big.csv:2" in out.output and "field larger" in out.output


def test_signals_withdrawn_are_no_trigger_to_learn_from(storage) -> None:
    """A signal a rep said was the wrong company, or a rumour its announcement confirmed,
    is withdrawn: the learner counts neither among the triggers before deals."""
    from .conftest import NOW
    from .test_notify import funding

    wrong = storage.add_signal(funding("acc-1"))
    storage.add_signal(funding("acc-2", round_="seed"))
    assert sorted(s[0] for s in storage.signals_for_learning()) == ["acc-1", "acc-2"]
    storage.withdraw_signals([wrong], by="ana@example.com", now=NOW)
    assert [(s[0], s[3]["round"]) for s in storage.signals_for_learning()] == [("acc-2", "seed")]


@pytest.mark.parametrize("marked", ["rumour", "doubt"])
def test_rumours_and_unsure_readings_are_no_trigger_to_learn_from(marked: str) -> None:
    """The planted sales hires, every one only rumoured (or read from a headline the
    doubt models judge unsure): no event known to have happened, so no trigger."""
    result = _learn_synthetic(True, 5, accounts=900, marked=marked)
    assert not [f for f in result.triggers if f.field == "leadership"]
    assert "leadership" not in result.proposal[0].triggers
