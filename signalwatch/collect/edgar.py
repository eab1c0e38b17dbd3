"""Funding history from SEC EDGAR Form D filings, for accounts with a CIK (issue #12).

    accounts with a CIK | submissions JSON (data.sec.gov/submissions/CIK##########.json)
      | Form D filings (form "D"; amendments "D/A" repeat an offering) | primary_doc.xml
      | funding signals (history: they feed the learner, never alert)

A CIK comes from the account's ``CIK`` column (``cik``, ``SEC CIK`` also read). Both hosts
are settings (``collect.edgar_url``, ``collect.edgar_archive_url``) so tests and mirrors
serve them on loopback; EDGAR asks for a contact in the User-Agent (``collect.contact``).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from ..types import Account, Evidence, SignalIntent
from .filings import parse_form_d_amounts
from .http import Fetcher, HttpSettings

CIK_COLUMNS = ("cik", "sec cik", "edgar cik")


def account_cik(account: Account) -> str | None:
    for key, value in account.custom.items():
        if key.strip().lower() in CIK_COLUMNS and value.strip().isdigit():
            return value.strip().lstrip("0") or None
    return None


def form_d_filings(submissions: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(accession number, filing date, primary document) of the Form D filings in a
    submissions JSON (``filings.recent`` holds parallel arrays)."""
    recent = (submissions.get("filings") or {}).get("recent") or {}
    forms = recent.get("form") or []
    out = []
    for i, form in enumerate(forms):
        if form != "D":
            continue
        try:
            out.append((str(recent["accessionNumber"][i]), str(recent["filingDate"][i]),
                        str((recent.get("primaryDocument") or [""] * len(forms))[i]
                            or "primary_doc.xml")))
        except (KeyError, IndexError, TypeError):
            continue
    return out


async def _backfill(accounts: Sequence[Account], http: HttpSettings, *, api: str,
                    archive: str, since: datetime | None,
                    errors: list[str]) -> list[SignalIntent]:
    intents: list[SignalIntent] = []
    async with Fetcher(http) as fetcher:
        for account in accounts:
            cik = account_cik(account)
            if cik is None:
                continue
            url = f"{api.rstrip('/')}/submissions/CIK{int(cik):010d}.json"
            got = await fetcher.fetch(url, accept="application/json")
            if got.status != "ok":
                errors.append(f"{account.id} (CIK {cik}): {got.error or got.status}")
                continue
            try:
                data = json.loads(got.body)
                filings = form_d_filings(data if isinstance(data, dict) else {})
            except (ValueError, RecursionError) as e:
                errors.append(f"{account.id} (CIK {cik}): not EDGAR JSON ({e})")
                continue
            for accession, filed, doc in filings:
                try:
                    when = datetime.fromisoformat(filed).replace(tzinfo=UTC)
                except ValueError:
                    continue
                if since and when < since:
                    continue
                folder = accession.replace("-", "")
                doc_url = f"{archive.rstrip('/')}/Archives/edgar/data/{cik}/{folder}/{doc}"
                amounts: dict[str, Any] = {}
                page = await fetcher.fetch(doc_url, accept="application/xml")
                if page.status == "ok":
                    try:
                        amounts = parse_form_d_amounts(page.body)
                    except ValueError:
                        amounts = {}
                amount = amounts.get("amount_sold") or amounts.get("amount_offered")
                title = f"{account.name} files Form D" + (
                    f" (${amount:,.0f} sold)" if amount else "")
                intents.append(SignalIntent(
                    kind="funding", account_id=account.id, occurred_at=when,
                    detected_at=when, confidence=0.9,
                    attributes={"round": "unknown", "amount": amount,
                                "currency": "USD" if amount else None, "amount_usd": amount,
                                "investors": [], "form": "D",
                                "amount_offered": amounts.get("amount_offered")},
                    evidence=(Evidence(doc_url, title, title, "sec-edgar", when),),
                    dedupe_key=f"edgar:form-d:{accession}", history=True))
    return intents


def backfill_form_d(accounts: Sequence[Account], http: HttpSettings, *, api: str,
                    archive: str, since: datetime | None = None
                    ) -> tuple[list[SignalIntent], list[str]]:
    """Funding signals from the Form D filings of every account with a CIK, and the
    accounts whose filings could not be read (one bad account never stops the others)."""
    errors: list[str] = []
    intents = asyncio.run(_backfill(accounts, http, api=api, archive=archive, since=since,
                                    errors=errors))
    return intents, errors
