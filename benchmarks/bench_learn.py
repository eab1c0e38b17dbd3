"""The living-ICP learner at scale: 10,000 closed deals over 5,000 accounts with 50,000
signals (issue #12's goal: under 10 s, backtest included).

Data: the synthetic CRM history generator (planted patterns), sized up; won and lost deals
are both taken from the last 24 months so all of them count; the ICPs are the example
configuration's. Baseline, measured in the same run: the same learner on a tenth of the data
(500 accounts), so the ratio shows how the cost grows with the data (linear would be 10x).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from signalwatch.accounts import read_accounts
from signalwatch.config import load_config
from signalwatch.deals import AccountIndex, read_deals
from signalwatch.history import read_history
from signalwatch.learn.learner import LearnSettings, closed_deals, learn
from signalwatch.learn.synthetic import csv_text, generate

NOW = datetime(2026, 10, 1, tzinfo=UTC)
CONFIG = Path(__file__).parent.parent / "config" / "signalwatch.example.toml"


def _data(n_accounts: int) -> tuple[list[Any], list[Any], list[Any]]:
    syn = generate(accounts=n_accounts, seed=3, now=NOW, signals_per_account=11.0)
    accounts = read_accounts(csv_text(syn.accounts)).accounts
    index = AccountIndex.build({a.id: (a.domain, a.name) for a in accounts})
    deals = read_deals(csv_text(syn.deals), index).deals
    signals = [(s.account_id, s.kind, s.occurred_at, s.attributes)
               for s in read_history(csv_text(syn.signals), index).signals]
    return accounts, deals, signals


def _time(accounts: list[Any], deals: list[Any], signals: list[Any],
          settings: LearnSettings, icps: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = learn(accounts, deals, signals, icps, now=NOW, settings=settings)
    return time.perf_counter() - start, result


def main(*, quick: bool = False) -> None:
    settings = LearnSettings(won_months=24, lost_months=24)
    icps = load_config(CONFIG).icps
    big = 1000 if quick else 5000
    small_data = _data(big // 10)
    big_data = _data(big)
    base_time, _ = _time(*small_data, settings, icps)
    big_time, result = _time(*big_data, settings, icps)
    accounts, deals, signals = big_data
    closed = closed_deals(deals, NOW, settings)
    print(f"   data: {len(accounts):,} accounts, {len(closed):,} closed deals, "
          f"{len(signals):,} signals")
    print(f"   learn with backtest: {big_time:.2f}s (goal < 10 s); baseline on a tenth of the "
          f"data: {base_time:.2f}s; 10x the data costs {big_time / base_time:.1f}x")
    print(f"   tested {len(result.traits)} traits, {len(result.triggers)} triggers, "
          f"{len(result.churn)} churn traits; backtest AUC current "
          f"{result.backtest['auc_current']}, proposed {result.backtest['auc_proposed']}")
