"""Historical trigger events from files -> SignalIntents, so the learner sees what happened
before deals that predate the daemon. Pure: text in, intents and bad rows out.

Two formats, recognised from the headers:

- canonical: ``account`` (id or domain), ``kind``, ``date``, ``title``, ``url`` and the
  signal's attributes: ``round``, ``amount``, ``currency`` (funding), ``role``,
  ``function``, ``seniority``, ``person``, ``change`` (leadership), ``department``
  (hiring), ``type``, ``detail`` (strategic, financial), ``tool``, ``category``
  (technographic);
- Crunchbase's funding-rounds export: ``Organization Name``, ``Organization Website`` (or
  ``Organization Name URL``), ``Funding Type``, ``Money Raised``, ``Money Raised Currency``,
  ``Money Raised Currency (in USD)``, ``Announced Date``, ``Lead Investors``,
  ``Investor Names``, ``Transaction Name URL``.

Imported signals are history: they feed the learner and ``explain``, never an alert.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from .accounts import BadRow, parse_number, read_csv
from .deals import AccountIndex
from .exceptions import ConfigError
from .extract.titles import function as title_function
from .extract.titles import seniority as title_seniority
from .types import Evidence, SignalIntent
from .utils import parse_date

KINDS = ("funding", "leadership", "hiring", "strategic", "financial", "technographic")
_CRUNCHBASE_MARKERS = ("funding type", "money raised", "announced date")
_ROUND_WORDS = {
    "pre_seed": "pre-seed", "pre-seed": "pre-seed", "seed": "seed", "angel": "seed",
    "series_unknown": "unknown", "venture - series unknown": "unknown",
    "debt_financing": "debt", "debt financing": "debt", "grant": "grant",
    "convertible_note": "convertible", "convertible note": "convertible",
    "corporate_round": "strategic", "corporate round": "strategic",
    "private_equity": "growth", "private equity": "growth", "post_ipo_equity": "growth",
}


@dataclass
class HistoryReadResult:
    format: str
    signals: list[SignalIntent] = field(default_factory=list)
    bad: list[BadRow] = field(default_factory=list)


def normalise_round(text: str) -> str:
    """A round name from an export (``Series A``, ``series_b``, ``Seed``) in our vocabulary."""
    key = text.strip().lower()
    if key in _ROUND_WORDS:
        return _ROUND_WORDS[key]
    m = re.search(r"series[ _-]?([a-j])\b", key)
    if m:
        return f"series {m.group(1)}"
    for word in ("pre-seed", "seed", "growth", "bridge", "debt", "grant", "convertible",
                 "strategic"):
        if word in key:
            return word
    return "unknown"


def read_history(text: str, index: AccountIndex, *, file: str = "<signals>",
                 fx: Mapping[str, float] | None = None,
                 date_order: str = "mdy") -> HistoryReadResult:
    raw_headers, _delimiter, rows = read_csv(text, file=file)
    headers = [h.strip().lower() for h in raw_headers]
    if any(m in headers for m in _CRUNCHBASE_MARKERS):
        fmt = "crunchbase"
    elif {"account", "kind", "date"} <= set(headers):
        fmt = "canonical"
    else:
        raise ConfigError("unrecognised signals file: expected canonical headers (account, "
                          "kind, date, title, url, ...) or a Crunchbase funding-rounds export",
                          file=file, line=1)
    result = HistoryReadResult(format=fmt)
    for line, row in rows:
        values = {h: c.strip() for h, c in zip(headers, row, strict=False) if c.strip()}
        try:
            intent = (_crunchbase(values, index, fx or {}, date_order) if fmt == "crunchbase"
                      else _canonical(values, index, fx or {}, date_order))
        except ValueError as e:
            result.bad.append(BadRow(line, str(e)))
            continue
        result.signals.append(intent)
    return result


def _amount(values: dict[str, str], key: str) -> float | None:
    if not values.get(key):
        return None
    try:
        return parse_number(values[key])
    except ValueError:
        raise ValueError(f"{key}: cannot read {values[key]!r} as a number") from None


def _intent(kind: str, account_id: str, when: datetime, attributes: dict[str, object],
            title: str, url: str | None, detail_key: str) -> SignalIntent:
    return SignalIntent(
        kind=kind, account_id=account_id, occurred_at=when, detected_at=when, confidence=1.0,
        attributes=attributes,
        evidence=(Evidence(url, title or f"{kind} ({when.date()})",
                           title or f"imported {kind} event", "import", when),),
        dedupe_key=f"import:{kind}:{account_id}:{when.date().isoformat()}:{detail_key}",
        history=True)


def _canonical(values: dict[str, str], index: AccountIndex, fx: Mapping[str, float],
               date_order: str) -> SignalIntent:
    kind = values.get("kind", "").lower()
    if kind not in KINDS:
        raise ValueError(f"kind: got {values.get('kind')!r}, expected one of {', '.join(KINDS)}")
    if not values.get("date"):
        raise ValueError("missing date")
    when = parse_date(values["date"], order=date_order)
    account_id = index.resolve(ref=values.get("account"))
    attrs: dict[str, object] = {}
    if kind == "funding":
        amount = _amount(values, "amount")
        currency = values.get("currency", "USD").upper()
        rate = fx.get(currency)
        attrs = {"round": normalise_round(values.get("round", "")), "amount": amount,
                 "currency": currency if amount is not None else None,
                 "amount_usd": amount * rate if amount is not None and rate else None,
                 "investors": [i.strip() for i in values.get("investors", "").split(";")
                               if i.strip()]}
        detail = str(attrs["round"])
    elif kind == "leadership":
        role = values.get("role") or values.get("title_role") or ""
        attrs = {"person": values.get("person"), "title": role,
                 "function": values.get("function") or title_function(role),
                 "seniority": values.get("seniority") or title_seniority(role),
                 "change": values.get("change", "joined")}
        detail = f"{attrs['function']}:{attrs['seniority']}:{attrs['person']}"
    elif kind == "hiring":
        if not values.get("department"):
            raise ValueError("hiring: missing department")
        attrs = {"department": values["department"].lower(),
                 "openings": int(_amount(values, "openings") or 0) or None,
                 "baseline": None, "growth": None}
        detail = str(attrs["department"])
    elif kind in ("strategic", "financial"):
        attrs = {"type": values.get("type", ""), "detail": values.get("detail", "")}
        detail = str(attrs["type"])
    else:
        attrs = {"tool": values.get("tool", ""), "category": values.get("category"),
                 "change": values.get("change", "adopted")}
        detail = str(attrs["tool"])
    return _intent(kind, account_id, when, attrs, values.get("title", ""), values.get("url"),
                   detail)


def _crunchbase(values: dict[str, str], index: AccountIndex, fx: Mapping[str, float],
                date_order: str) -> SignalIntent:
    if not values.get("announced date"):
        raise ValueError("missing Announced Date")
    when = parse_date(values["announced date"], order=date_order)
    ref = values.get("organization website") or values.get("website")
    account_id = index.resolve(ref=ref, name=values.get("organization name"))
    amount = _amount(values, "money raised")
    usd = _amount(values, "money raised currency (in usd)")
    currency = (values.get("money raised currency") or "USD").upper()
    if usd is None and amount is not None and fx.get(currency):
        usd = amount * fx[currency]
    round_ = normalise_round(values.get("funding type", ""))
    investors = [i.strip() for i in re.split(r"[,;]", values.get("investor names", ""))
                 if i.strip()]
    lead = [i.strip() for i in re.split(r"[,;]", values.get("lead investors", "")) if i.strip()]
    attrs: dict[str, object] = {"round": round_, "amount": amount,
                                "currency": currency if amount is not None else None,
                                "amount_usd": usd, "investors": lead + [
                                    i for i in investors if i not in lead]}
    title = values.get("transaction name") or f"{values.get('organization name', '')} " \
        f"{values.get('funding type', 'funding')}"
    return _intent("funding", account_id, when, attrs, title,
                   values.get("transaction name url"), round_)
