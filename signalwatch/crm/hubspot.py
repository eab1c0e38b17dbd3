"""HubSpot (CRM API v3/v4 with a private app token).

Pull: companies (properties mapped to account fields; incremental by
``hs_lastmodifieddate`` through the search API, which pages at most 10,000 results per
query: a long sync is cut into windows, each starting at the last modification time seen),
owners (ids to emails), deal pipelines (a stage is closed and won by its metadata,
``isClosed`` and ``probability``, never by its label) and deals with their companies;
archived companies; merged companies (``hs_merged_object_ids``). Search is limited to a
few requests per second per account: calls are spaced. Push: a note associated with the
company, owner set, found again by its marker before any retry.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import httpx

from .base import CrmAccount, CrmDeal, CrmError, Http, number, parse_time

BASE_URL = "https://api.hubapi.com"
#: The search API returns at most this many results for one query (HubSpot's limit).
SEARCH_CAP = 10_000
SEARCH_PAGE = 100
#: Seconds between search calls (HubSpot allows 5 per second per account).
SEARCH_SPACING = 0.25
#: Note -> company association type (HubSpot-defined).
NOTE_TO_COMPANY = 190
COMPANY_PROPERTIES = ("name", "domain", "industry", "numberofemployees", "annualrevenue",
                      "country", "hubspot_owner_id", "hs_lastmodifieddate",
                      "hs_merged_object_ids")
DEAL_PROPERTIES = ("dealname", "dealstage", "pipeline", "amount", "createdate", "closedate",
                   "hubspot_owner_id", "hs_lastmodifieddate")
SCOPES = ("crm.objects.companies.read", "crm.objects.companies.write",
          "crm.objects.deals.read", "crm.objects.owners.read")


class HubSpot:
    name = "hubspot"
    search_cap = SEARCH_CAP
    search_page = SEARCH_PAGE

    def __init__(self, token: str, *, base_url: str | None = None,
                 extra: dict[str, str] | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.http = Http(base_url or BASE_URL, sleep=sleep,
                         headers=lambda: {"Authorization": f"Bearer {token}"})
        self.sleep = sleep
        #: signalwatch field -> HubSpot property (crm.properties)
        self.extra = dict(extra or {})
        self._last_search = 0.0

    def close(self) -> None:
        self.http.close()

    # -- calls -------------------------------------------------------------------------

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        resp = self.http.request(method, path, **kwargs)
        if resp.status_code == 401:
            raise CrmError("HubSpot refused the token (401): check the private app token",
                           config=True)
        if resp.status_code == 403:
            raise CrmError(f"HubSpot: missing scope(s) {_scopes(resp)}: add them to the "
                           "private app", config=True)
        if resp.status_code >= 400:
            raise CrmError(f"HubSpot {method} {path.split('?')[0]}: HTTP {resp.status_code} "
                           f"{_message(resp)}", status=resp.status_code)
        return resp.json() if resp.content else {}

    def _pages(self, path: str, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        after: str | None = None
        for _ in range(1_000_000):  # bounded: the CRM's paging ends
            data = self._call("GET", path, params={**params, **({"after": after} if after
                                                               else {})})
            yield from data.get("results") or []
            after = ((data.get("paging") or {}).get("next") or {}).get("after")
            if not after:
                return

    def _search(self, obj: str, since: datetime | None, properties: list[str]
                ) -> Iterator[dict[str, Any]]:
        """Records modified at or after ``since``, oldest first, across windows of at
        most ``search_cap`` results (HubSpot refuses to page further in one query)."""
        seen: set[str] = set()
        start = since
        for _ in range(100_000):  # bounded: every window moves ``start`` forward or ends
            body: dict[str, Any] = {
                "sorts": [{"propertyName": "hs_lastmodifieddate", "direction": "ASCENDING"}],
                "properties": properties, "limit": self.search_page}
            if start is not None:
                body["filterGroups"] = [{"filters": [{
                    "propertyName": "hs_lastmodifieddate", "operator": "GTE",
                    "value": str(int(start.timestamp() * 1000))}]}]
            offset = 0
            last: datetime | None = None
            new_in_window = 0
            while True:
                self._space()
                data = self._call("POST", f"/crm/v3/objects/{obj}/search",
                                  json={**body, "after": str(offset)} if offset else body)
                results = data.get("results") or []
                for r in results:
                    last = parse_time((r.get("properties") or {}).get("hs_lastmodifieddate")
                                      or r.get("updatedAt")) or last
                    if r["id"] not in seen:
                        seen.add(r["id"])
                        new_in_window += 1
                        yield r
                after = ((data.get("paging") or {}).get("next") or {}).get("after")
                if not after or not results:
                    return
                offset = int(after)
                if offset + self.search_page > self.search_cap:
                    break  # the cap: a new window from the last modification seen
            if last is None or new_in_window == 0:
                raise CrmError(f"HubSpot search of {obj}: more than {self.search_cap} records "
                               "share one modification time; run `crm sync --full`")
            start = last

    def _space(self) -> None:
        wait = self._last_search + SEARCH_SPACING - time.monotonic()
        if wait > 0:
            self.sleep(wait)
        self._last_search = time.monotonic()

    # -- pull --------------------------------------------------------------------------

    def owners(self) -> dict[str, str]:
        return {str(o["id"]): str(o.get("email") or "").lower()
                for o in self._pages("/crm/v3/owners", {"limit": 100}) if o.get("email")}

    def stages(self) -> dict[str, tuple[str, str]]:
        """stage id -> (label, won | lost | open), from the pipelines' metadata."""
        out = {}
        for pipeline in self._call("GET", "/crm/v3/pipelines/deals").get("results") or []:
            for st in pipeline.get("stages") or []:
                meta = st.get("metadata") or {}
                closed = str(meta.get("isClosed", "false")).lower() == "true"
                won = (number(meta.get("probability")) or 0.0) >= 1.0
                out[str(st["id"])] = (str(st.get("label") or st["id"]),
                                      ("won" if won else "lost") if closed else "open")
        return out

    def _listed(self, obj: str, props: list[str], since: datetime | None,
                **extra: str) -> Iterator[dict[str, Any]]:
        """Every record by the list endpoint; with ``since``, those modified since (read
        client-side: the fallback when the search endpoint is not there)."""
        for r in self._pages(f"/crm/v3/objects/{obj}",
                             {"limit": 100, "properties": ",".join(props), **extra}):
            modified = parse_time((r.get("properties") or {}).get("hs_lastmodifieddate")
                                  or r.get("updatedAt"))
            if since is None or modified is None or modified >= since:
                yield r

    def companies(self, since: datetime | None) -> Iterator[CrmAccount]:
        props = [*COMPANY_PROPERTIES, *self.extra.values()]
        listed = lambda: self._listed("companies", props, since, archived="false")  # noqa: E731
        searched = lambda: self._search("companies", since, props)  # noqa: E731
        # a first sync lists (no result cap); later ones search by modification time;
        # either way the other endpoint is the fallback when one is not there
        for r in _first_available(listed, searched) if since is None else \
                _first_available(searched, listed):
            yield self._account(r)

    def deleted_accounts(self, since: datetime | None, now: datetime) -> list[str]:
        """Archived (deleted) companies: HubSpot lists them with ``archived=true``."""
        try:
            return [str(r["id"]) for r in self._pages(
                "/crm/v3/objects/companies", {"limit": 100, "archived": "true",
                                              "properties": "name"})]
        except CrmError as e:
            if e.status in (404, 405):
                return []  # no archive listing here: deletions are not known
            raise

    def _account(self, r: dict[str, Any]) -> CrmAccount:
        p = r.get("properties") or {}
        merged = tuple(x for x in str(p.get("hs_merged_object_ids") or "").split(";") if x)
        employees = number(p.get("numberofemployees"))
        return CrmAccount(
            id=str(r["id"]), name=str(p.get("name") or "").strip(),
            domain=p.get("domain") or None, industry=_label(p.get("industry")),
            employees=int(employees) if employees is not None else None,
            revenue=number(p.get("annualrevenue")), country=p.get("country") or None,
            owner_id=p.get("hubspot_owner_id") or None,
            modified=parse_time(p.get("hs_lastmodifieddate") or r.get("updatedAt")),
            merged_ids=merged,
            custom={k: str(p[v]) for k, v in self.extra.items() if p.get(v) not in (None, "")})

    def deals(self, since: datetime | None,
              stages: dict[str, tuple[str, str]]) -> Iterator[CrmDeal]:
        props = list(DEAL_PROPERTIES)
        listed = lambda: self._listed("deals", props, since,  # noqa: E731
                                      associations="companies")
        searched = lambda: self._search("deals", since, props)  # noqa: E731
        rows = list(_first_available(listed, searched) if since is None
                    else _first_available(searched, listed))
        with_links = [r for r in rows if "associations" in r]
        links = {str(r["id"]): _first_company(r) for r in with_links}
        missing = [str(r["id"]) for r in rows if "associations" not in r]
        if missing:
            links.update(self._deal_companies(missing))
        for r in rows:
            p = r.get("properties") or {}
            stage_id = str(p.get("dealstage") or "")
            label, outcome = stages.get(stage_id, (stage_id, "open"))
            created = parse_time(p.get("createdate") or r.get("createdAt"))
            if created is None:
                continue
            yield CrmDeal(
                id=str(r["id"]), account_id=links.get(str(r["id"])),
                name=str(p.get("dealname") or ""), stage=label, outcome=outcome,
                created_at=created,
                closed_at=parse_time(p.get("closedate")) if outcome != "open" else None,
                amount=number(p.get("amount")), owner_id=p.get("hubspot_owner_id") or None,
                pipeline=p.get("pipeline") or None,
                modified=parse_time(p.get("hs_lastmodifieddate")))

    def _deal_companies(self, ids: list[str]) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for i in range(0, len(ids), 100):
            data = self._call("POST", "/crm/v4/associations/deals/companies/batch/read",
                              json={"inputs": [{"id": x} for x in ids[i:i + 100]]})
            for r in data.get("results") or []:
                to = r.get("to") or []
                out[str(r["from"]["id"])] = str(to[0]["toObjectId"]) if to else None
        return out

    # -- push --------------------------------------------------------------------------

    def find_pushed(self, marker: str, account_id: str) -> str | None:
        """A note we wrote before (its body carries ``marker``), so a retry after a crash
        never writes a second one."""
        self._space()
        data = self._call("POST", "/crm/v3/objects/notes/search", json={
            "filterGroups": [{"filters": [{"propertyName": "hs_note_body",
                                           "operator": "CONTAINS_TOKEN", "value": marker}]}],
            "properties": ["hs_note_body"], "limit": 1})
        results = data.get("results") or []
        return str(results[0]["id"]) if results else None

    def create_pushed(self, payload: dict[str, Any]) -> str:
        return str(self._call("POST", "/crm/v3/objects/notes", json=payload)["id"])

    def update_account(self, account_id: str, fields: dict[str, str]) -> None:
        self._call("PATCH", f"/crm/v3/objects/companies/{account_id}",
                   json={"properties": fields})

    def push_payload(self, *, account_id: str, owner_id: str | None, subject: str,
                     body: str, when: datetime, marker: str) -> dict[str, Any]:
        """A note on the company, owner set (HubSpot notes are HTML; the body carries
        ``marker``)."""
        html_body = "<p><strong>" + _esc(subject) + "</strong></p>" + "".join(
            f"<p>{_esc(line)}</p>" for line in body.splitlines() if line.strip())
        props = {"hs_timestamp": when.isoformat().replace("+00:00", "Z"),
                 "hs_note_body": html_body}
        if owner_id:
            props["hubspot_owner_id"] = owner_id
        return {"properties": props, "associations": [{
            "to": {"id": account_id},
            "types": [{"associationCategory": "HUBSPOT_DEFINED",
                       "associationTypeId": NOTE_TO_COMPANY}]}]}

    # -- test ----------------------------------------------------------------------------

    def check(self) -> list[str]:
        """What the token can read and write (``crm test``)."""
        lines = []
        for what, call in (("owners", lambda: self._call("GET", "/crm/v3/owners",
                                                          params={"limit": 1})),
                           ("companies", lambda: self._call(
                               "GET", "/crm/v3/objects/companies", params={"limit": 1})),
                           ("deals", lambda: self._call("GET", "/crm/v3/objects/deals",
                                                         params={"limit": 1})),
                           ("deal pipelines", lambda: self._call(
                               "GET", "/crm/v3/pipelines/deals"))):
            try:
                call()
                lines.append(f"read {what}: ok")
            except CrmError as e:
                lines.append(f"read {what}: FAILED: {e}")
        lines.append("write notes on companies: needs crm.objects.companies.write "
                     "(checked when the first alert is pushed; `crm push --dry-run` shows it)")
        return lines


def _first_available(*sources: Callable[[], Iterator[dict[str, Any]]]
                     ) -> Iterator[dict[str, Any]]:
    """Records from the first source whose endpoint exists (404/405 tries the next)."""
    for i, make in enumerate(sources):
        rows = make()
        try:
            first = next(rows)
        except StopIteration:
            return
        except CrmError as e:
            if e.status in (404, 405) and i + 1 < len(sources):
                continue
            raise
        yield first
        yield from rows
        return


def _label(value: Any) -> str | None:
    """HubSpot's enumeration values as the labels ICPs are written with:
    ``COMPUTER_SOFTWARE`` -> ``Computer Software``."""
    if not value:
        return None
    text = str(value)
    if text.isupper() and " " not in text:
        return text.replace("_", " ").title()
    return text


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _first_company(r: dict[str, Any]) -> str | None:
    found = ((r.get("associations") or {}).get("companies") or {}).get("results") or []
    return str(found[0]["id"]) if found else None


def _message(resp: httpx.Response) -> str:
    try:
        return str(resp.json().get("message") or "")[:200]
    except ValueError:
        return ""


def _scopes(resp: httpx.Response) -> str:
    try:
        body = resp.json()
    except ValueError:
        return "(unknown)"
    needed: list[str] = []
    for err in body.get("errors") or []:
        context = err.get("context") or {}
        needed += context.get("requiredGranularScopes") or context.get("requiredScopes") or []
    return ", ".join(needed) or str(body.get("message") or "(unknown)")[:200]
