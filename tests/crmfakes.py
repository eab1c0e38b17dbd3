"""Local stand-ins for HubSpot and Salesforce on 127.0.0.1, in their documented shapes:
paging cursors, search filters and the search API's result cap, association payloads,
errors (401, missing scopes, 429 with Retry-After, REQUEST_LIMIT_EXCEEDED, expired
sessions), OAuth token endpoints (refresh token, JWT bearer). No real secret or email."""

from __future__ import annotations

import asyncio
import base64
import json
import re
import threading
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class AioServer:
    """An aiohttp app on a loopback port, in a thread."""

    def __init__(self, routes: Callable[[web.Application], None]) -> None:
        self.requests: list[tuple[str, str, Any]] = []
        self._loop = asyncio.new_event_loop()
        ready = threading.Event()

        def serve() -> None:
            asyncio.set_event_loop(self._loop)
            app = web.Application()
            routes(app)
            self._runner = web.AppRunner(app)
            self._loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            self._loop.run_until_complete(site.start())
            self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=serve, daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fake server did not start")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)


def ms(when: datetime) -> str:
    return str(int(when.timestamp() * 1000))


class FakeHubSpot(AioServer):
    TOKEN = "pat-test-0000"

    def __init__(self, *, cap: int = 10_000) -> None:
        self.cap = cap
        self.scopes = {"crm.objects.companies.read", "crm.objects.companies.write",
                       "crm.objects.deals.read", "crm.objects.owners.read"}
        self.throttle = 0           # next N calls answer 429
        self.no_search = False      # a stand-in without the search endpoints (404)
        self.retry_after = "0"
        self.owners = [{"id": "101", "email": "ana@example.com"},
                       {"id": "102", "email": "ben@example.com"},
                       {"id": "103", "email": "chloe.martin@example.com"}]
        self.pipelines = [{"id": "default", "label": "Sales", "stages": [
            {"id": "appointmentscheduled", "label": "Appointment",
             "metadata": {"isClosed": "false", "probability": "0.2"}},
            # labels that would mislead a guess: only the metadata says
            {"id": "s-won", "label": "Signed", "metadata": {"isClosed": "true",
                                                            "probability": "1.0"}},
            {"id": "s-lost", "label": "Closed Won (old label)",
             "metadata": {"isClosed": "true", "probability": "0.0"}},
        ]}]
        self.companies: dict[str, dict[str, Any]] = {}
        self.archived: dict[str, dict[str, Any]] = {}
        self.deals: dict[str, dict[str, Any]] = {}
        self.notes: list[dict[str, Any]] = []
        self.patches: list[tuple[str, dict[str, Any]]] = []
        super().__init__(self._routes)

    def company(self, cid: str, name: str, *, modified: datetime, owner: str | None = "101",
                **props: Any) -> None:
        self.companies[cid] = {"id": cid, "properties": {
            "name": name, "hubspot_owner_id": owner, "hs_lastmodifieddate": modified.isoformat(),
            **props}, "updatedAt": modified.isoformat(), "archived": False}

    def deal(self, did: str, company: str | None, stage: str, *, created: datetime,
             modified: datetime, amount: str = "1000") -> None:
        self.deals[did] = {"id": did, "company": company, "properties": {
            "dealname": f"Deal {did}", "dealstage": stage, "pipeline": "default",
            "amount": amount, "createdate": created.isoformat(),
            "closedate": modified.isoformat(), "hubspot_owner_id": "101",
            "hs_lastmodifieddate": modified.isoformat()}}

    # -- server --------------------------------------------------------------------------

    def _routes(self, app: web.Application) -> None:
        app.router.add_route("*", "/{path:.*}", self._handle)

    def _guard(self, request: web.Request, scope: str | None) -> web.Response | None:
        if request.headers.get("Authorization") != f"Bearer {self.TOKEN}":
            return web.json_response({"status": "error", "message": "Authentication "
                                      "credentials not found.",
                                      "category": "INVALID_AUTHENTICATION"}, status=401)
        if self.throttle > 0:
            self.throttle -= 1
            return web.json_response({"status": "error", "message": "You have reached your "
                                      "secondly limit.", "category": "RATE_LIMITS"},
                                     status=429, headers={"Retry-After": self.retry_after})
        if scope and scope not in self.scopes:
            return web.json_response({"status": "error", "category": "MISSING_SCOPES",
                                      "message": "This app hasn't been granted all required "
                                      "scopes to make this call.",
                                      "errors": [{"context": {"requiredGranularScopes":
                                                              [scope]}}]}, status=403)
        return None

    @staticmethod
    def _page(items: list[Any], after: str | None, limit: int) -> dict[str, Any]:
        start = int(after or 0)
        out: dict[str, Any] = {"results": items[start:start + limit]}
        if start + limit < len(items):
            out["paging"] = {"next": {"after": str(start + limit)}}
        return out

    def _search(self, records: list[dict[str, Any]], body: dict[str, Any]) -> web.Response:
        after = int(body.get("after") or 0)
        limit = int(body.get("limit") or 10)
        if after + limit > self.cap:
            return web.json_response({"status": "error", "message": f"the search API cannot "
                                      f"page beyond {self.cap} results"}, status=400)
        chosen = records
        for group in body.get("filterGroups") or []:
            for f in group["filters"]:
                if f["propertyName"] == "hs_lastmodifieddate" and f["operator"] == "GTE":
                    floor = int(f["value"])
                    chosen = [r for r in chosen if int(ms(datetime.fromisoformat(
                        r["properties"]["hs_lastmodifieddate"]))) >= floor]
        chosen = sorted(chosen, key=lambda r: (r["properties"]["hs_lastmodifieddate"], r["id"]))
        page = self._page(chosen, str(after), limit)
        page["total"] = len(chosen)
        return web.json_response(page)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["path"]
        body = await request.json() if request.can_read_body else None
        self.requests.append((request.method, path, body))
        q = request.query
        scope = {"/crm/v3/owners": "crm.objects.owners.read",
                 "/crm/v3/objects/companies": "crm.objects.companies.read",
                 "/crm/v3/objects/deals": "crm.objects.deals.read",
                 "/crm/v3/pipelines/deals": "crm.objects.deals.read"}.get(
            path.replace("/search", ""))
        if request.method == "PATCH" or path.startswith("/crm/v3/objects/notes"):
            scope = "crm.objects.companies.write"
        refused = self._guard(request, scope)
        if refused is not None:
            return refused
        limit = int(q.get("limit") or 10)
        if self.no_search and path.endswith("/search"):
            return web.json_response({"status": "error", "message": "not found"}, status=404)
        if path == "/crm/v3/owners":
            return web.json_response(self._page(self.owners, q.get("after"), limit))
        if path == "/crm/v3/pipelines/deals":
            return web.json_response({"results": self.pipelines})
        if path == "/crm/v3/objects/companies" and request.method == "GET":
            rows = list((self.archived if q.get("archived") == "true" else
                         self.companies).values())
            return web.json_response(self._page(rows, q.get("after"), limit))
        if path == "/crm/v3/objects/companies/search":
            return self._search(list(self.companies.values()), body)
        if path.startswith("/crm/v3/objects/companies/") and request.method == "PATCH":
            self.patches.append((path.rsplit("/", 1)[1], body["properties"]))
            return web.json_response({"id": path.rsplit("/", 1)[1]})
        if path == "/crm/v3/objects/deals" and request.method == "GET":
            rows = [{"id": d["id"], "properties": d["properties"], "associations": {
                "companies": {"results": [{"id": d["company"], "type": "deal_to_company"}]
                              if d["company"] else []}}} for d in self.deals.values()]
            return web.json_response(self._page(rows, q.get("after"), limit))
        if path == "/crm/v3/objects/deals/search":
            return self._search(list(self.deals.values()), body)
        if path == "/crm/v4/associations/deals/companies/batch/read":
            results = []
            for inp in body["inputs"]:
                d = self.deals.get(inp["id"])
                if d:
                    results.append({"from": {"id": d["id"]}, "to": [
                        {"toObjectId": int(d["company"]), "associationTypes": [
                            {"category": "HUBSPOT_DEFINED", "typeId": 5}]}]
                        if d["company"] else []})
            return web.json_response({"status": "COMPLETE", "results": results})
        if path == "/crm/v3/objects/notes" and request.method == "POST":
            note = {"id": str(9000 + len(self.notes)), **body}
            self.notes.append(note)
            return web.json_response(note, status=201)
        if path == "/crm/v3/objects/notes/search":
            token = body["filterGroups"][0]["filters"][0]["value"].lower()
            found = [n for n in self.notes if token in re.split(
                r"[^a-z0-9]+", n["properties"]["hs_note_body"].lower())]
            return web.json_response({"total": len(found), "results": found[:1]})
        return web.json_response({"status": "error", "message": "not found"}, status=404)


class FakeSalesforce(AioServer):
    CLIENT_ID = "3MVG9-test-client"
    CLIENT_SECRET = "test-secret"
    REFRESH = "5Aep-test-refresh"
    USERNAME = "integration@example.com"

    def __init__(self, *, page: int = 2, public_key: Any = None) -> None:
        self.page = page
        self.public_key = public_key
        self.tokens: set[str] = set()
        self.issued = 0
        self.limited = 0                 # next N calls: REQUEST_LIMIT_EXCEEDED
        self.users = [{"Id": "005A", "Email": "ana@example.com"},
                      {"Id": "005B", "Email": "ben@example.com"}]
        self.stages = [
            {"ApiName": "Prospecting", "MasterLabel": "Prospecting", "IsClosed": False,
             "IsWon": False},
            {"ApiName": "Signed", "MasterLabel": "Signed", "IsClosed": True, "IsWon": True},
            {"ApiName": "Closed_Won_Legacy", "MasterLabel": "Closed Won (legacy)",
             "IsClosed": True, "IsWon": False},
        ]
        self.accounts: dict[str, dict[str, Any]] = {}
        self.deleted: list[dict[str, str]] = []
        self.opportunities: dict[str, dict[str, Any]] = {}
        self.tasks: list[dict[str, Any]] = []
        self.patches: list[tuple[str, dict[str, Any]]] = []
        self.cursors: dict[str, list[dict[str, Any]]] = {}
        super().__init__(self._routes)

    def account(self, aid: str, name: str, *, modified: datetime, owner: str = "005A",
                **fields: Any) -> None:
        self.accounts[aid] = {"attributes": {"type": "Account"}, "Id": aid, "Name": name,
                              "OwnerId": owner, "SystemModstamp": _sf(modified), **fields}

    def opportunity(self, oid: str, account: str, stage: str, *, created: datetime,
                    modified: datetime, amount: float = 1000.0) -> None:
        st = next(s for s in self.stages if s["MasterLabel"] == stage)
        self.opportunities[oid] = {
            "attributes": {"type": "Opportunity"}, "Id": oid, "Name": f"Opp {oid}",
            "AccountId": account, "StageName": stage, "Amount": amount,
            "CreatedDate": _sf(created), "CloseDate": f"{modified:%Y-%m-%d}",
            "OwnerId": "005A", "IsClosed": st["IsClosed"], "IsWon": st["IsWon"],
            "SystemModstamp": _sf(modified)}

    def expire(self) -> None:
        self.tokens.clear()

    # -- server --------------------------------------------------------------------------

    def _routes(self, app: web.Application) -> None:
        app.router.add_post("/services/oauth2/token", self._token)
        app.router.add_route("*", "/services/data/v60.0/{path:.*}", self._data)

    async def _token(self, request: web.Request) -> web.Response:
        form = await request.post()
        grant = form.get("grant_type")
        ok = False
        if grant == "refresh_token":
            ok = (form.get("client_id"), form.get("client_secret"),
                  form.get("refresh_token")) == (self.CLIENT_ID, self.CLIENT_SECRET,
                                                 self.REFRESH)
        elif grant == "urn:ietf:params:oauth:grant-type:jwt-bearer":
            ok = self._jwt_ok(str(form.get("assertion") or ""))
        if not ok:
            return web.json_response({"error": "invalid_grant",
                                      "error_description": "authentication failure"},
                                     status=400)
        self.issued += 1
        token = f"00D-session-{self.issued}"
        self.tokens.add(token)
        return web.json_response({"access_token": token, "instance_url": self.url,
                                  "token_type": "Bearer", "id": "https://x/id/00D/005A",
                                  "issued_at": "1700000000000", "signature": "x"})

    def _jwt_ok(self, assertion: str) -> bool:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        try:
            header, claims, sig = assertion.split(".")
            pad = lambda s: base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))  # noqa: E731
            self.public_key.verify(pad(sig), f"{header}.{claims}".encode(),
                                   padding.PKCS1v15(), hashes.SHA256())
            data = json.loads(pad(claims))
        except Exception:
            return False
        return data["iss"] == self.CLIENT_ID and data["sub"] == self.USERNAME and \
            data["exp"] > datetime.now(UTC).timestamp()

    def _guard(self, request: web.Request) -> web.Response | None:
        auth = request.headers.get("Authorization", "")
        if auth.removeprefix("Bearer ") not in self.tokens:
            return web.json_response([{"message": "Session expired or invalid",
                                       "errorCode": "INVALID_SESSION_ID"}], status=401)
        if self.limited > 0:
            self.limited -= 1
            return web.json_response([{"message": "TotalRequests Limit exceeded.",
                                       "errorCode": "REQUEST_LIMIT_EXCEEDED"}], status=403)
        return None

    async def _data(self, request: web.Request) -> web.StreamResponse:
        path = request.match_info["path"]
        body = await request.json() if request.can_read_body else None
        self.requests.append((request.method, path, body))
        refused = self._guard(request)
        if refused is not None:
            return refused
        if path == "query":
            return web.json_response(self._query(request.query["q"]))
        if path.startswith("query/"):
            return web.json_response(self._next(path.split("/", 1)[1]))
        if path == "sobjects/Account/deleted/":
            return web.json_response({"deletedRecords": self.deleted,
                                      "earliestDateAvailable": "2026-01-01T00:00:00.000+0000",
                                      "latestDateCovered": request.query["end"]})
        if path == "sobjects/Task" and request.method == "POST":
            task = {"Id": f"00T{len(self.tasks):04d}", **body}
            self.tasks.append(task)
            return web.json_response({"id": task["Id"], "success": True, "errors": []},
                                     status=201)
        if path == "sobjects/Task/describe":
            return web.json_response({"name": "Task", "createable": True})
        if path.startswith("sobjects/Account/") and request.method == "PATCH":
            self.patches.append((path.rsplit("/", 1)[1], body))
            return web.Response(status=204)
        return web.json_response([{"errorCode": "NOT_FOUND", "message": path}], status=404)

    def _query(self, soql: str) -> dict[str, Any]:
        m = re.match(r"SELECT (.+?) FROM (\w+)(?: WHERE (.+?))?(?: ORDER BY \w+)?"
                     r"(?: LIMIT (\d+))?$", soql)
        assert m, soql
        obj, where, limit = m.group(2), m.group(3) or "", m.group(4)
        rows: list[dict[str, Any]] = {
            "User": self.users, "OpportunityStage": self.stages,
            "Account": list(self.accounts.values()),
            "Opportunity": list(self.opportunities.values()), "Task": self.tasks}[obj]
        since = re.search(r"SystemModstamp >= (\S+)", where)
        if since:
            floor = since.group(1).replace("Z", "+00:00")
            rows = [r for r in rows if _parse(r["SystemModstamp"]) >= datetime.fromisoformat(
                floor)]
        what = re.search(r"WhatId = '([^']*)'", where)
        if what:
            rows = [r for r in rows if r.get("WhatId") == what.group(1)]
        like = re.search(r"Subject LIKE '%([^%']*)%'", where)
        if like:
            rows = [r for r in rows if like.group(1) in r.get("Subject", "")]
        if obj in ("Account", "Opportunity"):
            rows = sorted(rows, key=lambda r: r["SystemModstamp"])
        if limit:
            rows = rows[:int(limit)]
        cursor = f"01g{len(self.cursors)}"
        self.cursors[cursor] = rows
        return self._next(f"{cursor}-0")

    def _next(self, ref: str) -> dict[str, Any]:
        cursor, _, offset = ref.partition("-")
        rows = self.cursors[cursor]
        start = int(offset)
        chunk = rows[start:start + self.page]
        done = start + self.page >= len(rows)
        out: dict[str, Any] = {"totalSize": len(rows), "done": done, "records": chunk}
        if not done:
            out["nextRecordsUrl"] = f"/services/data/v60.0/query/{cursor}-{start + self.page}"
        return out


def _sf(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def _parse(value: str) -> datetime:
    return datetime.fromisoformat(value.replace(".000+0000", "+00:00"))
