"""The living ICP's adapter side: read the store, run the pure learner, keep versions.

Versions (``icp_versions``): the ICPs in force are the newest version. A version is made
when the configuration's ``[[icps]]`` change (a hand edit: origin ``config``) and when a
learned draft is adopted (``icp apply``: origin ``learned``). So the newest decision wins:
an adopted draft replaces the file's ICPs until someone edits them in the file again, and
every earlier version stays, with its date and evidence. Fit scores, decisions and alerts
record the version that produced them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import datetime, timedelta
from typing import Any

from ..config import Config
from ..icp import parse_icps
from ..store import Storage
from ..types import ICP
from .learner import LearnResult, LearnSettings, icp_to_table, learn


def tables(icps: tuple[ICP, ...] | list[ICP]) -> list[dict[str, Any]]:
    return [icp_to_table(i) for i in icps]


def tables_hash(rows: list[dict[str, Any]]) -> str:
    return hashlib.sha256(json.dumps(rows, sort_keys=True).encode()).hexdigest()[:16]


def adopted_config(config: Config, storage: Storage, *, now: datetime) -> Config:
    """``config`` with the ICPs in force (the newest version) and that version's id."""
    own = tables(config.icps)
    digest = tables_hash(own)
    last_config = storage.latest_config_icp_version()
    if own and (last_config is None or last_config["config_hash"] != digest):
        storage.add_icp_version(
            icps=own, origin="config", now=now, config_hash=digest,
            note="from the configuration" if last_config is None
            else "the configuration's ICPs were edited")
    latest = storage.latest_icp_version()
    if latest is None:
        return config
    icps = tuple(parse_icps(json.loads(latest["icps"]), file=f"ICP version {latest['id']}"))
    return dataclasses.replace(config, icps=icps, icp_version=int(latest["id"]))


def learn_settings(config: Config) -> LearnSettings:
    c = config.learn
    return LearnSettings(won_months=c.won_months, lost_months=c.lost_months,
                         window_days=c.window_days, fdr=c.fdr, min_lift=c.min_lift,
                         min_accounts=c.min_accounts)


def run_learn(storage: Storage, config: Config, *, now: datetime,
              split: datetime | None = None, name: str | None = None,
              save: bool = True) -> LearnResult:
    """Learn from the store; the proposal is saved as the draft (``icp diff`` / ``apply``)."""
    signals = storage.signals_for_learning()
    result = learn(storage.get_accounts(), storage.get_deals(), signals, list(config.icps),
                   now=now, settings=learn_settings(config), split=split, name=name)
    if save:
        report = result.as_json()
        storage.save_icp_draft(icps=tables(result.proposal), evidence=evidence_of(result),
                               report=report, now=now)
    return result


def evidence_of(result: LearnResult) -> dict[str, Any]:
    """Per proposed criterion, the numbers behind it (kept with the version)."""
    out: dict[str, Any] = {"closed": {"won": result.won, "lost": result.lost,
                                      "accounts": result.accounts},
                           "base_win_rate": round(result.base.rate, 4), "findings": []}
    for f in (*result.traits, *result.triggers, *result.churn):
        if f.verdict != "none":
            out["findings"].append({
                "kind": f.kind, "field": f.field, "value": f.value, "verdict": f.verdict,
                "won": f.rate.won, "lost": f.rate.lost, "accounts": f.rate.accounts,
                "win_rate": round(f.rate.rate, 4), "low": round(f.rate.low, 4),
                "high": round(f.rate.high, 4), "q_value": round(f.q_value, 6)})
    return out


def apply_draft(storage: Storage, *, now: datetime, note: str = "") -> int:
    """Adopt the latest draft as the newest version; its id."""
    draft = storage.latest_icp_draft()
    if draft is None:
        raise LookupError("no draft: run `signalwatch icp learn` first")
    return storage.add_icp_version(icps=json.loads(draft["icps"]), origin="learned", now=now,
                                   evidence=json.loads(draft["evidence"]),
                                   note=note or f"learned draft {draft['id']}")


def due_review(storage: Storage, config: Config, now: datetime) -> bool:
    """Whether the periodic re-learn is due (``learn.review_days`` since the last one)."""
    last = storage.get_meta("learn.last_review")
    return last is None or datetime.fromisoformat(last) + timedelta(
        days=config.learn.review_days) <= now
