"""Pull: the CRM's accounts, owners and deals into the store (the tables the CSV imports
fill). Which wins: the sync writes the fields the CRM holds (name, domain, industry,
employees, revenue, country, owner, and those ``crm.properties`` maps); fields it does not
hold (aliases, tech, ats, unless mapped) keep what a CSV import gave them. The last writer
of a field wins, and with the daemon syncing every ``crm.sync_minutes`` that is the CRM.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ..accounts import normalise_domain
from ..config import Config
from ..deals import DealData
from ..exceptions import ConfigError
from ..store import Storage
from ..types import Account
from ..utils import from_iso, to_iso
from .base import CrmAccount, CrmError

log = logging.getLogger(__name__)


@dataclass
class SyncResult:
    provider: str
    full: bool
    accounts: int = 0
    owners: int = 0
    deals: int = 0
    deleted: int = 0
    merged: int = 0
    unmatched_deals: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def crm_client(config: Config) -> Any:
    """The configured CRM's client; ConfigError naming what is missing."""
    c = config.crm
    if c.provider == "hubspot":
        from .hubspot import HubSpot

        env = c.token_env or "HUBSPOT_TOKEN"
        token = config.secret(env)
        if not token:
            raise ConfigError(f"crm.provider is hubspot: set {env} to the private app's "
                              "access token")
        return HubSpot(token, base_url=c.base_url, extra=dict(c.properties))
    if c.provider == "salesforce":
        from .salesforce import Salesforce

        return Salesforce.from_config(config)
    raise ConfigError("no CRM configured: set [crm] provider = \"hubspot\" or \"salesforce\"")


def _account(crm: CrmAccount, stored: Account | None, owners: dict[str, str]) -> Account:
    custom = dict(stored.custom) if stored else {}
    base = stored or Account(crm.id, crm.name)
    extra: dict[str, Any] = {}
    for key, value in crm.custom.items():
        if key in ("tech", "aliases"):
            extra[key] = tuple(v.strip() for v in value.replace(",", ";").split(";")
                               if v.strip())
        elif key == "ats":
            extra["ats"] = value
        elif key == "arr":
            try:
                extra["arr"] = float(value)
            except ValueError:
                pass
        else:
            custom[key] = value
    return dataclasses.replace(
        base, name=crm.name or base.name,
        domain=normalise_domain(crm.domain) or base.domain,
        industry=crm.industry or base.industry,
        employees=crm.employees if crm.employees is not None else base.employees,
        revenue=crm.revenue if crm.revenue is not None else base.revenue,
        country=crm.country or base.country,
        owner=owners.get(crm.owner_id or "") or (base.owner if not crm.owner_id else None),
        custom=custom, **extra)


def sync(storage: Storage, config: Config, *, now: datetime, full: bool = False,
         client: Any = None) -> SyncResult:
    """One sync: owners, accounts (merges and deletions), deals. Incremental from the last
    modification time seen, unless ``full`` or the first time."""
    own = client is None
    client = client or crm_client(config)
    provider = client.name
    key = f"crm.{provider}"
    since_accounts = None if full else from_iso(storage.get_meta(f"{key}.accounts.since"))
    since_deals = None if full else from_iso(storage.get_meta(f"{key}.deals.since"))
    result = SyncResult(provider, full or since_accounts is None)
    try:
        owners = client.owners()
        result.owners = len(owners)
        latest = since_accounts
        batch: list[Account] = []
        merges: list[tuple[str, str]] = []
        for crm in client.companies(since_accounts):
            if not crm.name:
                result.errors.append(f"account {crm.id}: no name; skipped")
                continue
            batch.append(_account(crm, storage.get_account(crm.id, observed=False), owners))
            merges += [(old, crm.id) for old in crm.merged_ids]
            if crm.modified and (latest is None or crm.modified > latest):
                latest = crm.modified
        result.accounts = sum(storage.upsert_accounts(batch, now=now, file=f"crm:{provider}",
                                                      fmt=provider))
        for old, new in merges:
            result.merged += storage.merge_account(old, new)
        result.deleted = storage.delete_accounts(client.deleted_accounts(since_accounts, now))
        stages = client.stages()
        known = {a.id for a in storage.get_accounts()}
        deals = []
        latest_deal = since_deals
        for d in client.deals(since_deals, stages):
            if d.modified and (latest_deal is None or d.modified > latest_deal):
                latest_deal = d.modified
            if not d.account_id or d.account_id not in known:
                result.unmatched_deals += 1
                continue
            deals.append(DealData(id=d.id, account_id=d.account_id, stage=d.stage,
                                  outcome=d.outcome, created_at=d.created_at,
                                  closed_at=d.closed_at, name=d.name, pipeline=d.pipeline,
                                  amount=d.amount, owner=owners.get(d.owner_id or "")))
        result.deals = sum(storage.upsert_deals(deals, now=now, origin=provider))
        if latest is not None:
            storage.set_meta(f"{key}.accounts.since", latest.isoformat())
        if latest_deal is not None:
            storage.set_meta(f"{key}.deals.since", latest_deal.isoformat())
    except CrmError as e:
        result.errors.append(str(e))
        raise
    finally:
        _record(storage, result, now)
        if own:
            client.close()
    return result


def _record(storage: Storage, result: SyncResult, now: datetime) -> None:
    """The sync state ``check`` shows and /metrics counts."""
    storage.set_meta("crm.last_sync", json.dumps({"at": to_iso(now), **result.as_dict()}))
    for name, value in (("crm.runs", 1), ("crm.records", result.accounts + result.deals
                                          + result.owners),
                        ("crm.errors", 1 if result.errors else 0)):
        storage.set_meta(name, str(int(storage.get_meta(name) or 0) + value))


def due(storage: Storage, config: Config, now: datetime) -> bool:
    last = storage.get_meta("crm.last_sync")
    if not config.crm.provider:
        return False
    if not last:
        return True
    at = from_iso(json.loads(last).get("at"))
    return at is None or now - at >= timedelta(minutes=config.crm.sync_minutes)
