from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from signalwatch.cli import main

from .conftest import ROOT


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    result = CliRunner().invoke(main, ["init", str(tmp_path / "sw")])
    assert result.exit_code == 0, result.output
    for name in ("accounts.hubspot.example.csv", "accounts.salesforce.example.csv"):
        shutil.copy(ROOT / "config" / name, tmp_path / "sw" / name)
    return tmp_path / "sw"


def run(folder: Path, *args: str):
    return CliRunner().invoke(main, ["--config", str(folder / "signalwatch.toml"), *args])


def test_init_writes_the_starter_and_check_passes(folder: Path) -> None:
    assert (folder / "signalwatch.toml").read_bytes() == (
        ROOT / "config" / "signalwatch.example.toml").read_bytes()
    result = run(folder, "check")
    assert result.exit_code == 0, result.output
    assert "ICPs: 2" in result.output and "reps: 3" in result.output
    assert "sources: filing" in result.output and "greenhouse" in result.output
    assert result.output.strip().endswith("ok")


def test_starter_files_match_the_config_examples() -> None:
    starter = ROOT / "signalwatch" / "data" / "starter"
    assert (starter / "signalwatch.toml").read_bytes() == (
        ROOT / "config" / "signalwatch.example.toml").read_bytes()
    assert (starter / "accounts.example.csv").read_bytes() == (
        ROOT / "config" / "accounts.example.csv").read_bytes()
    catalog = sorted(p.name for p in (ROOT / "sources").glob("*.toml"))
    assert catalog == sorted(p.name for p in (starter / "sources").glob("*.toml"))
    for name in catalog:
        assert (starter / "sources" / name).read_bytes() == (ROOT / "sources" / name).read_bytes()


def test_import_and_list_json(folder: Path) -> None:
    result = run(folder, "accounts", "import")
    assert result.exit_code == 0, result.output
    assert "30 new, 0 updated" in result.output
    result = run(folder, "accounts", "--json")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 30
    by_id = {r["id"]: r for r in rows}
    replit = by_id["acc-002"]
    assert (replit["icp"], replit["tier"], replit["score"]) == ("growth-saas", "A", 100.0)
    assert {"criterion": "uses Salesforce", "role": "prefer", "held": True,
            "value": "Salesforce, Outreach"} in replit["reasons"]
    gov = by_id["acc-029"]
    assert gov["icp"] is None and gov["tier"] is None
    assert any(r["role"] == "disqualify" and r["held"] for r in gov["reasons"])
    # --tier keeps tier A only, and the order is by score
    tier_a = [json.loads(x) for x in run(folder, "accounts", "--tier", "A", "--json")
              .output.splitlines()]
    assert tier_a and {r["tier"] for r in tier_a} == {"A"}
    assert [r["score"] for r in tier_a] == sorted((r["score"] for r in tier_a), reverse=True)


def test_reimport_from_other_crms_updates_in_place(folder: Path) -> None:
    run(folder, "accounts", "import")
    before = run(folder, "accounts", "--json").output
    for name in ("accounts.hubspot.example.csv", "accounts.salesforce.example.csv"):
        result = run(folder, "accounts", "import", str(folder / name))
        assert "0 new, 30 updated" in result.output, result.output
    after = run(folder, "accounts", "--json").output
    assert before == after


def test_show_explains_line_by_line(folder: Path) -> None:
    run(folder, "accounts", "import")
    result = run(folder, "accounts", "show", "acc-029")
    assert result.exit_code == 0
    assert "fit: no ICP fits" in result.output
    assert "x disqualifier public sector: applies (Government Administration)" in result.output
    assert run(folder, "accounts", "show", "nope").exit_code == 1


def test_bad_rows_default_and_strict(folder: Path) -> None:
    bad = folder / "bad.csv"
    bad.write_text("id,name,employees\nb1,Good,10\nb2,,5\nb3,Worse,lots\n", encoding="utf-8")
    result = run(folder, "accounts", "import", "--strict", str(bad))
    assert result.exit_code == 2
    assert f"{bad}:3: missing name" in result.output
    assert f"{bad}:4: employees: cannot read 'lots'" in result.output
    assert "nothing imported (--strict)" in result.output
    assert run(folder, "accounts", "--json").output == ""
    result = run(folder, "accounts", "import", str(bad))
    assert result.exit_code == 0
    assert "1 new, 0 updated, 2 bad row(s) skipped" in result.output


def test_bad_config_exits_2_with_one_clear_line(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[sources]\nbackfill_hours = -1\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", str(cfg), "check"])
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"error: {cfg}, key 'sources.backfill_hours': got -1, expected at least 0")


def test_check_reports_secrets_without_revealing_them(folder: Path, monkeypatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-very-secret")
    monkeypatch.delenv("SLACK_WEBHOOK_URL", raising=False)
    result = run(folder, "check")
    assert "bot token $SLACK_BOT_TOKEN (set)" in result.output
    assert "webhook $SLACK_WEBHOOK_URL (not set)" in result.output
    assert "xoxb-very-secret" not in result.output
