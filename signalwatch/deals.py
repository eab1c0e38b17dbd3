"""Deals (opportunities) from CRM exports: HubSpot deals, Salesforce opportunity reports and
a canonical header set -> DealData. Pure: text in, deals and bad rows out; joining to the
stored accounts happens against an index the caller passes in.

- The format is recognised from the headers (as for accounts).
- A deal is won, lost or open by its stage through the stage map: the usual closed labels
  of both CRMs, plus ``deals.stages`` in the configuration for custom pipelines. A label the
  map does not know is open, and the import says which labels it treated so.
- Deals join accounts by id (HubSpot ``Associated Company IDs``, Salesforce ``Account ID``,
  canonical ``account``), else by domain, else by exact name; a row that joins nothing is
  reported as ``FILE:LINE``, as the accounts import does.
- Dates: ISO, Salesforce's US ``3/1/2017`` (``deals.date_order`` switches slashed dates to
  day-first), dotted ``01.03.2024``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from .accounts import BadRow, normalise_domain, parse_number, read_csv
from .exceptions import ConfigError
from .utils import parse_date

CANONICAL = ("id", "name", "account", "pipeline", "stage", "created", "closed", "amount",
             "owner", "lost_reason")

HEADER_MAPS: dict[str, dict[str, str]] = {
    "canonical": {c: c for c in CANONICAL} | {
        "created_at": "created", "closed_at": "closed", "account_id": "account",
        "deal_id": "id", "deal_name": "name", "create_date": "created",
        "close_date": "closed", "loss_reason": "lost_reason", "outcome": "outcome",
        "status": "outcome", "account_name": "account_name", "domain": "account"},
    "hubspot": {
        "record id": "id", "deal id": "id", "deal name": "name", "pipeline": "pipeline",
        "deal stage": "stage", "create date": "created", "close date": "closed",
        "amount": "amount", "deal owner": "owner", "associated company ids": "account",
        "associated company id": "account", "associated company": "account_name",
        "closed lost reason": "lost_reason",
    },
    "salesforce": {
        "opportunity id": "id", "opportunity name": "name", "account id": "account",
        "account name": "account_name", "stage": "stage", "created date": "created",
        "close date": "closed", "amount": "amount", "opportunity owner": "owner",
        "loss reason": "lost_reason", "closed lost reason": "lost_reason",
        "opportunity record type": "pipeline",
    },
}
_MARKERS = {
    "hubspot": ("deal stage", "deal name", "associated company ids"),
    "salesforce": ("opportunity id", "opportunity name", "opportunity owner"),
}

#: Closed stages of the CRMs' default pipelines (lower-case). Anything else is open unless
#: the configuration's stage map says otherwise.
WON_STAGES = frozenset(("closed won", "closedwon", "closed - won", "closed/won", "won",
                        "closed-won", "signed", "closed won (contract signed)"))
LOST_STAGES = frozenset(("closed lost", "closedlost", "closed - lost", "closed/lost", "lost",
                         "closed-lost", "disqualified", "closed lost (no decision)"))


@dataclass(frozen=True)
class DealData:
    """A deal as read from an export, joined to an account."""

    id: str
    account_id: str
    stage: str
    outcome: str  # won | lost | open
    created_at: datetime
    closed_at: datetime | None = None
    name: str = ""
    pipeline: str | None = None
    amount: float | None = None
    owner: str | None = None
    lost_reason: str | None = None


@dataclass
class DealsReadResult:
    format: str
    deals: list[DealData] = field(default_factory=list)
    bad: list[BadRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class AccountIndex:
    """How deal and signal rows find their account: by id, domain or exact name."""

    ids: set[str] = field(default_factory=set)
    domains: dict[str, list[str]] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)
    #: Salesforce ids: reports show the 15-character form, exports the 18-character one.
    short_ids: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, accounts: Mapping[str, tuple[str | None, str]]) -> AccountIndex:
        """From ``{id: (domain, name)}``."""
        index = cls()
        for account_id, (domain, name) in accounts.items():
            index.ids.add(account_id)
            if len(account_id) == 18 and account_id.isalnum():
                index.short_ids.setdefault(account_id[:15], []).append(account_id)
            if domain:
                index.domains.setdefault(domain, []).append(account_id)
            index.names.setdefault(name.strip().lower(), []).append(account_id)
        return index

    def resolve(self, *, ref: str | None = None, name: str | None = None) -> str:
        """The account id for a reference (id, domain or name) and/or a name; raises
        ValueError saying what was tried."""
        tried = []
        for value in [v.strip() for v in (ref or "").split(";") if v.strip()]:
            if value in self.ids:
                return value
            if len(value) == 15 and len(self.short_ids.get(value, [])) == 1:
                return self.short_ids[value][0]
            if len(value) == 18 and value[:15] in self.ids:
                return value[:15]
            domain = normalise_domain(value) if "." in value else None
            if domain and len(self.domains.get(domain, [])) == 1:
                return self.domains[domain][0]
            if domain and len(self.domains.get(domain, [])) > 1:
                raise ValueError(f"domain {domain} belongs to several accounts "
                                 f"({', '.join(self.domains[domain][:3])}); give the id")
            tried.append(value)
        for candidate in (ref, name):
            if not candidate:
                continue
            found = self.names.get(candidate.strip().lower(), [])
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise ValueError(f"name {candidate!r} belongs to several accounts; give the "
                                 "id")
        what = ", ".join(repr(t) for t in [*tried, name] if t) or "nothing"
        raise ValueError(f"no account matches {what} (by id, domain or exact name)")


def stage_outcome(stage: str, stage_map: Mapping[str, str]) -> str | None:
    """won / lost / open for a stage label; None when the label is not known at all."""
    key = stage.strip().lower()
    mapped = {k.strip().lower(): v for k, v in stage_map.items()}.get(key)
    if mapped:
        return mapped
    if key in WON_STAGES:
        return "won"
    if key in LOST_STAGES:
        return "lost"
    return None


def detect_format(headers: list[str]) -> str:
    lowered = {h.strip().lower() for h in headers}
    for fmt, markers in _MARKERS.items():
        if any(m in lowered for m in markers):
            return fmt
    if ({"id", "deal_id"} & lowered and {"stage", "outcome", "status"} & lowered
            and {"account", "account_id", "account_name", "domain"} & lowered):
        return "canonical"
    raise ValueError("unrecognised deals export: expected HubSpot deal headers (Deal Stage, "
                     "Associated Company IDs), Salesforce opportunity headers (Opportunity "
                     "ID, Stage, Account ID) or canonical ones (id, account, stage, created)")


def read_deals(text: str, index: AccountIndex, *, file: str = "<deals>",
               stage_map: Mapping[str, str] | None = None,
               date_order: str = "mdy") -> DealsReadResult:
    """Parse a deals export and join it to accounts. Bad rows are collected."""
    headers, _delimiter, rows = read_csv(text, file=file)
    try:
        fmt = detect_format(headers)
    except ValueError as e:
        raise ConfigError(str(e), file=file, line=1) from None
    mapping = HEADER_MAPS[fmt]
    columns = [mapping.get(h.strip().lower()) for h in headers]
    result = DealsReadResult(format=fmt)
    unknown_stages: dict[str, int] = {}
    seen: dict[str, int] = {}
    for line, row in rows:
        values: dict[str, str] = {}
        for column, cell in zip(columns, row, strict=False):
            if column and cell.strip() and column not in values:
                values[column] = cell.strip()
        try:
            deal = _deal(values, index, stage_map or {}, date_order, unknown_stages)
        except ValueError as e:
            result.bad.append(BadRow(line, str(e)))
            continue
        if deal.id in seen:
            result.bad.append(BadRow(line, f"duplicate deal id {deal.id!r} (first on line "
                                     f"{seen[deal.id]})"))
            continue
        seen[deal.id] = line
        result.deals.append(deal)
    if unknown_stages:
        listed = ", ".join(f"{k!r} ({v})" for k, v in sorted(unknown_stages.items())[:8])
        result.notes.append(f"stages treated as open (not closed won/lost; map them with "
                            f"deals.stages if they are): {listed}")
    return result


def _deal(values: dict[str, str], index: AccountIndex, stage_map: Mapping[str, str],
          date_order: str, unknown: dict[str, int]) -> DealData:
    deal_id = values.get("id")
    if not deal_id:
        raise ValueError("missing deal id")
    stage = values.get("stage") or values.get("outcome")
    if not stage:
        raise ValueError("missing stage")
    given = (values.get("outcome") or "").strip().lower()
    outcome = given if given in ("won", "lost", "open") else stage_outcome(stage, stage_map)
    if outcome is None:
        unknown[stage] = unknown.get(stage, 0) + 1
        outcome = "open"
    if outcome not in ("won", "lost", "open"):
        raise ValueError(f"stage map gives {outcome!r} for {stage!r}; expected won, lost or "
                         "open")
    created_raw = values.get("created")
    if not created_raw:
        raise ValueError("missing create date")
    try:
        created = parse_date(created_raw, order=date_order)
        closed = parse_date(values["closed"], order=date_order) if values.get("closed") \
            else None
    except ValueError as e:
        raise ValueError(f"date: {e}") from None
    if outcome != "open" and closed is None:
        closed = created
    amount = None
    if values.get("amount"):
        try:
            amount = parse_number(values["amount"])
        except ValueError:
            raise ValueError(f"amount: cannot read {values['amount']!r} as a number") from None
    account_id = index.resolve(ref=values.get("account"), name=values.get("account_name"))
    return DealData(id=deal_id, account_id=account_id, stage=stage, outcome=outcome,
                    created_at=created, closed_at=closed, name=values.get("name", ""),
                    pipeline=values.get("pipeline"), amount=amount, owner=values.get("owner"),
                    lost_reason=values.get("lost_reason"))
