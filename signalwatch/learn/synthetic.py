"""A synthetic CRM history with planted patterns, for the README's worked example, the demo,
tests and benchmarks. Made-up companies only (never real customers' data); deterministic
for a seed.

Planted (``planted=True``): deals of Software companies win about twice as often as the
base; 50-500 employees help; Salesforce users win more; Government accounts rarely win
(and their losses say "no budget"); a VP or Head of Sales hired within the 120 days before
a deal's creation doubles its odds; funding rounds are noise. Retail customers churn more.
With ``planted=False`` every win rate is flat: the learner must find nothing.

    python -m signalwatch.learn.synthetic OUTDIR [--accounts 400] [--seed 7] [--flat]
"""

from __future__ import annotations

import argparse
import csv
import io
import math
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

INDUSTRIES = ("Software", "Financial Services", "Healthcare", "Retail", "Manufacturing",
              "Government")
COUNTRIES = ("United States", "United Kingdom", "Germany", "France", "Canada")
TOOLS = ("Salesforce", "HubSpot", "Outreach", "Gong", "Zendesk", "Snowflake")
SEGMENTS = ("SMB", "Mid-Market", "Enterprise")
REASONS = ("Price", "Chose competitor", "No decision", "Timing")


@dataclass
class Synthetic:
    accounts: list[dict[str, str]]
    deals: list[dict[str, str]]
    signals: list[dict[str, str]]


def generate(*, accounts: int = 400, seed: int = 7, planted: bool = True,
             now: datetime = datetime(2026, 10, 1, tzinfo=UTC),
             signals_per_account: float = 3.0) -> Synthetic:
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    deals: list[dict[str, str]] = []
    signals: list[dict[str, str]] = []
    start = now - timedelta(days=730)
    for i in range(accounts):
        industry = rng.choices(INDUSTRIES, weights=(30, 18, 14, 14, 14, 10))[0]
        employees = int(math.exp(rng.uniform(math.log(10), math.log(8000))))
        revenue = round(employees * rng.uniform(80_000, 250_000), -4)
        tech = sorted(t for t in TOOLS if rng.random() < 0.35)
        aid = f"syn-{i:04d}"
        account = {"id": aid, "name": f"Synthco {i:04d}", "domain": f"synthco{i:04d}.example",
                   "industry": industry, "employees": str(employees), "revenue": str(revenue),
                   "country": rng.choice(COUNTRIES), "tech": ";".join(tech),
                   "owner": rng.choice(("ana@example.com", "ben@example.com",
                                        "chloe@example.com")),
                   "Segment": rng.choice(SEGMENTS), "arr": "", "customer_since": "",
                   "churned_at": ""}
        # Signals across the two years: funding (noise), leadership hires, hiring bursts.
        account_signals = []
        for _ in range(int(rng.expovariate(1 / signals_per_account))):
            when = start + timedelta(days=rng.uniform(0, 730))
            kind = rng.choices(("funding", "leadership", "hiring"), weights=(3, 4, 3))[0]
            if kind == "funding":
                attrs = {"round": rng.choice(("seed", "series a", "series b")),
                         "amount": str(rng.choice((5, 12, 30, 60)) * 1_000_000),
                         "currency": "USD"}
                title = f"{account['name']} raises {attrs['round'].title()}"
            elif kind == "leadership":
                role = rng.choice(("VP of Sales", "Head of Sales", "VP Marketing", "CFO",
                                   "VP Engineering"))
                attrs = {"role": role, "person": f"Person {rng.randint(1, 9999)}"}
                title = f"{account['name']} hires {attrs['person']} as {role}"
            else:
                attrs = {"department": rng.choice(("sales", "engineering", "marketing"))}
                title = f"{account['name']} is hiring in {attrs['department']}"
            account_signals.append((when, kind, attrs))
            signals.append({"account": aid, "kind": kind, "date": when.date().isoformat(),
                            "title": title, "url": f"https://news.example/{aid}/{len(signals)}",
                            **{k: str(v) for k, v in attrs.items()}})
        won_any = False
        for d in range(rng.choice((1, 1, 2, 2, 3, 4))):
            created = start + timedelta(days=rng.uniform(0, 700))
            odds = 0.2 / 0.8
            if planted:
                odds *= {"Software": 2.4, "Government": 0.15}.get(industry, 1.0)
                odds *= 2.5 if 50 <= employees < 500 else 1.0
                odds *= 2.0 if "Salesforce" in tech else 1.0
                hired = any(k == "leadership" and a.get("role") in ("VP of Sales",
                                                                  "Head of Sales")
                            and created - timedelta(days=120) <= t <= created
                            for t, k, a in account_signals)
                odds *= 3.0 if hired else 1.0
            p = odds / (1 + odds)
            closed = created + timedelta(days=rng.uniform(20, 120))
            if closed > now:
                stage, reason, closed_text = "Qualified", "", ""
            else:
                won = rng.random() < p
                won_any = won_any or won
                stage = "Closed Won" if won else "Closed Lost"
                reason = "" if won else ("No budget" if planted and industry == "Government"
                                         else rng.choice(REASONS))
                closed_text = closed.date().isoformat()
            deals.append({"id": f"{aid}-d{d}", "name": f"{account['name']} deal {d + 1}",
                          "account": aid, "pipeline": "default", "stage": stage,
                          "created": created.date().isoformat(), "closed": closed_text,
                          "amount": str(rng.choice((12, 24, 36, 60, 90)) * 1000),
                          "owner": account["owner"], "lost_reason": reason})
        if won_any:
            since = start + timedelta(days=rng.uniform(0, 500))
            account["arr"] = str(rng.choice((12, 24, 36, 60, 90)) * 1000)
            account["customer_since"] = since.date().isoformat()
            churn_p = 0.45 if planted and industry == "Retail" else 0.12
            if rng.random() < churn_p:
                account["churned_at"] = (since + timedelta(days=rng.uniform(90, 400))).date(
                ).isoformat()
        rows.append(account)
    return Synthetic(rows, deals, signals)


def csv_text(rows: list[dict[str, str]]) -> str:
    """Rows as CSV text (columns in first-seen order)."""
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def write(data: Synthetic, folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, rows in (("accounts", data.accounts), ("deals", data.deals),
                       ("signals", data.signals)):
        path = folder / f"{name}.csv"
        path.write_text(csv_text(rows), encoding="utf-8")
        out[name] = path
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--accounts", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--flat", action="store_true", help="no planted pattern")
    args = parser.parse_args()
    paths = write(generate(accounts=args.accounts, seed=args.seed, planted=not args.flat),
                  args.folder)
    for name, path in paths.items():
        print(f"{name}: {path}")


if __name__ == "__main__":
    main()
