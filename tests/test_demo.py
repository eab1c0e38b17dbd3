"""The README's main job: the demo runs the whole product offline, on replayed sources."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from signalwatch.cli import main
from signalwatch.store import Storage


def test_demo_runs_a_simulated_day(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    result = CliRunner().invoke(main, ["demo", "--folder", str(folder)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "simulating 19 December 2024" in out
    assert "Slack alerts it would have sent" in out and "== explain" in out
    slack = sorted((folder / "outbox" / "slack").glob("alert-*.json"))
    digests = sorted((folder / "outbox" / "digests").glob("*.html"))
    assert len(slack) >= 5
    # every rep got a digest, none twice for one local date (a day that had nothing to say
    # when its hour came is delivered later that day if signals arrive: issue #10)
    reps = {p.name.split("-", 1)[0] for p in digests}
    assert len(reps) == 3 and len({p.name for p in digests}) == len(digests)
    with Storage(folder / "signalwatch.db") as storage:
        kinds = {s.kind for s in storage.get_signals()}
        assert {"funding", "leadership", "hiring"} <= kinds <= {
            "funding", "leadership", "hiring", "strategic", "financial"}
        alerts = storage.get_alerts()
        assert all(a.status == "sent" and a.channel == "file" for a in alerts)
        # no duplicates: one alert per account and kind of news
        assert len({(a.account_id, a.signal_ids) for a in alerts}) == len(alerts)
        assert storage.integrity_check() == "ok"
    # the living-ICP round: learn, diff, apply, sheet
    assert "== the living ICP" in out and "== icp diff" in out and "adopted as version" in out
    assert "industry: Government" in out and "disqualifier" in out
    assert (folder / "living-icp" / "icp-sheet.html").exists()
    assert "Funding Societies" in out and "Will Larson joined as Chief Technology Officer" in out
    # nothing left the machine: every source is on 127.0.0.1
    assert "127.0.0.1" in (folder / "sources" / "demo.toml").read_text()
    assert "api.ashbyhq.com" not in (folder / "sources" / "demo.toml").read_text()
    # it can run again in the same folder
    assert CliRunner().invoke(main, ["demo", "--folder", str(folder)]).exit_code == 0
