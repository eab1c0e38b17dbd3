"""Salesforce (REST API with OAuth: an access token, the refresh-token flow or the JWT
bearer flow; the instance URL from the configuration).

Pull: Accounts (fields mapped to account fields), Users (owners' emails),
OpportunityStage (a stage is closed and won by ``IsClosed`` / ``IsWon``, never by its
label) and Opportunities, incremental by ``SystemModstamp``; deletions through the
``sobjects/Account/deleted`` call (Salesforce keeps them 30 days). A session that expired
(401 ``INVALID_SESSION_ID``) is renewed once; ``REQUEST_LIMIT_EXCEEDED`` backs off.
Push: a Task for the owner on the Account, found again by the marker in its subject.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from ..config import Config
from ..exceptions import ConfigError
from .base import CrmAccount, CrmDeal, CrmError, Http, number, parse_time

ACCOUNT_FIELDS = ("Id", "Name", "Website", "Industry", "NumberOfEmployees", "AnnualRevenue",
                  "BillingCountry", "OwnerId", "SystemModstamp")
DEAL_FIELDS = ("Id", "Name", "AccountId", "StageName", "Amount", "CreatedDate", "CloseDate",
               "OwnerId", "IsClosed", "IsWon", "SystemModstamp")
#: How far back Salesforce keeps deleted records for the deleted-records call.
DELETED_DAYS = 29


def _soql_time(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _quote(value: str) -> str:
    """A SOQL string literal."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _limited(resp: httpx.Response) -> bool:
    """403 REQUEST_LIMIT_EXCEEDED: the org's API limit; wait and try again."""
    return resp.status_code == 403 and b"REQUEST_LIMIT_EXCEEDED" in resp.content


class Salesforce:
    name = "salesforce"

    def __init__(self, instance_url: str | None, *, token: str | None = None,
                 login: Callable[[], dict[str, Any]] | None = None, api_version: str = "v60.0",
                 extra: dict[str, str] | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.token = token
        self.login = login
        if self.token is None:
            self._renew()
        base = instance_url or self.instance_url
        if not base:
            raise ConfigError("crm.base_url: set the Salesforce instance URL "
                              "(https://yourorg.my.salesforce.com)")
        self.http = Http(base, sleep=sleep,
                         headers=lambda: {"Authorization": f"Bearer {self.token}"})
        self.api = f"/services/data/{api_version}"
        self.extra = dict(extra or {})

    instance_url: str | None = None

    @classmethod
    def from_config(cls, config: Config) -> Salesforce:
        c = config.crm
        token = config.secret(c.token_env or "SALESFORCE_TOKEN")
        client_id = config.secret(c.client_id_env)
        secret = config.secret(c.client_secret_env)
        refresh = config.secret(c.refresh_token_env)
        key = config.secret(c.jwt_key_env)
        login: Callable[[], dict[str, Any]] | None = None
        if refresh and client_id:
            login = lambda: _oauth(c.login_url, {  # noqa: E731
                "grant_type": "refresh_token", "client_id": client_id,
                "client_secret": secret or "", "refresh_token": refresh})
        elif key and client_id and c.username:
            login = lambda: _oauth(c.login_url, {  # noqa: E731
                "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
                "assertion": jwt_assertion(key, client_id, c.username, c.login_url)})
        if token is None and login is None:
            raise ConfigError(
                f"crm.provider is salesforce: set {c.token_env or 'SALESFORCE_TOKEN'}, or "
                f"{c.client_id_env}, {c.client_secret_env} and {c.refresh_token_env} "
                f"(refresh-token flow), or {c.client_id_env}, {c.jwt_key_env} and "
                "crm.username (JWT bearer flow)")
        return cls(c.base_url, token=token, login=login, api_version=c.api_version,
                   extra=dict(c.properties))

    def close(self) -> None:
        self.http.close()

    def _renew(self) -> None:
        if self.login is None:
            raise CrmError("Salesforce: the session expired and no refresh-token or JWT "
                           "flow is configured", config=True)
        data = self.login()
        self.token = str(data["access_token"])
        self.instance_url = data.get("instance_url") or self.instance_url

    # -- calls -------------------------------------------------------------------------

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        for attempt in (1, 2):
            resp = self.http.request(method, path, limited=_limited, **kwargs)
            if resp.status_code == 401 and attempt == 1 and self.login is not None:
                self._renew()  # INVALID_SESSION_ID: the access token expired
                continue
            if resp.status_code == 401:
                raise CrmError("Salesforce refused the session (401): check the token or "
                               "the connected app", config=True)
            if resp.status_code == 403:
                raise CrmError(f"Salesforce: not allowed: {_error(resp)}", config=True)
            if resp.status_code >= 400:
                raise CrmError(f"Salesforce {method} {path.split('?')[0]}: HTTP "
                               f"{resp.status_code} {_error(resp)}", status=resp.status_code)
            return resp.json() if resp.content else {}
        raise AssertionError("unreachable")  # pragma: no cover

    def query(self, soql: str) -> Iterator[dict[str, Any]]:
        data = self._call("GET", f"{self.api}/query", params={"q": soql})
        for _ in range(1_000_000):  # bounded: nextRecordsUrl ends
            yield from data.get("records") or []
            nxt = data.get("nextRecordsUrl")
            if data.get("done", True) or not nxt:
                return
            data = self._call("GET", nxt)

    # -- pull --------------------------------------------------------------------------

    def owners(self) -> dict[str, str]:
        return {str(r["Id"]): str(r["Email"]).lower()
                for r in self.query("SELECT Id, Email FROM User") if r.get("Email")}

    def stages(self) -> dict[str, tuple[str, str]]:
        out = {}
        for r in self.query("SELECT ApiName, MasterLabel, IsClosed, IsWon FROM "
                            "OpportunityStage"):
            outcome = ("won" if r.get("IsWon") else "lost") if r.get("IsClosed") else "open"
            for key in (r.get("ApiName"), r.get("MasterLabel")):
                if key:
                    out[str(key)] = (str(r.get("MasterLabel") or key), outcome)
        return out

    def _since(self, since: datetime | None) -> str:
        return f" WHERE SystemModstamp >= {_soql_time(since)}" if since else ""

    def companies(self, since: datetime | None) -> Iterator[CrmAccount]:
        fields = [*ACCOUNT_FIELDS, *self.extra.values()]
        for r in self.query(f"SELECT {', '.join(dict.fromkeys(fields))} FROM Account"
                            f"{self._since(since)} ORDER BY SystemModstamp"):
            employees = number(r.get("NumberOfEmployees"))
            yield CrmAccount(
                id=str(r["Id"]), name=str(r.get("Name") or "").strip(),
                domain=r.get("Website") or None, industry=r.get("Industry") or None,
                employees=int(employees) if employees is not None else None,
                revenue=number(r.get("AnnualRevenue")),
                country=r.get("BillingCountry") or None, owner_id=r.get("OwnerId") or None,
                modified=parse_time(r.get("SystemModstamp")),
                custom={k: str(r[v]) for k, v in self.extra.items()
                        if r.get(v) not in (None, "")})

    def deleted_accounts(self, since: datetime | None, now: datetime) -> list[str]:
        if since is None:
            return []  # a full sync lists what exists; deletions need a window
        start = max(since, now - timedelta(days=DELETED_DAYS))
        try:
            data = self._call("GET", f"{self.api}/sobjects/Account/deleted/",
                              params={"start": _soql_time(start), "end": _soql_time(now)})
        except CrmError as e:
            if e.status in (400, 404):  # no deleted-records call, or a window it refuses
                return []
            raise
        return [str(r["id"]) for r in data.get("deletedRecords") or []]

    def deals(self, since: datetime | None,
              stages: dict[str, tuple[str, str]]) -> Iterator[CrmDeal]:
        for r in self.query(f"SELECT {', '.join(DEAL_FIELDS)} FROM Opportunity"
                            f"{self._since(since)} ORDER BY SystemModstamp"):
            stage = str(r.get("StageName") or "")
            label, outcome = stages.get(stage) or (
                stage, ("won" if r.get("IsWon") else "lost") if r.get("IsClosed") else "open")
            created = parse_time(r.get("CreatedDate"))
            if created is None:
                continue
            yield CrmDeal(
                id=str(r["Id"]), account_id=r.get("AccountId") or None,
                name=str(r.get("Name") or ""), stage=label, outcome=outcome,
                created_at=created,
                closed_at=parse_time(r.get("CloseDate")) if outcome != "open" else None,
                amount=number(r.get("Amount")), owner_id=r.get("OwnerId") or None,
                pipeline=None, modified=parse_time(r.get("SystemModstamp")))

    # -- push --------------------------------------------------------------------------

    def push_payload(self, *, account_id: str, owner_id: str | None, subject: str,
                     body: str, when: datetime, marker: str) -> dict[str, Any]:
        """A Task for the owner on the Account; its subject starts with the marker."""
        payload: dict[str, Any] = {
            "Subject": f"[{marker}] {subject}"[:255],
            "Description": body[:32000], "WhatId": account_id, "Status": "Not Started",
            "Priority": "Normal", "ActivityDate": f"{when:%Y-%m-%d}"}
        if owner_id:
            payload["OwnerId"] = owner_id
        return payload

    def find_pushed(self, marker: str, account_id: str) -> str | None:
        for r in self.query(f"SELECT Id FROM Task WHERE WhatId = {_quote(account_id)} AND "
                            f"Subject LIKE {_quote('%' + marker + '%')} LIMIT 1"):
            return str(r["Id"])
        return None

    def create_pushed(self, payload: dict[str, Any]) -> str:
        data = self._call("POST", f"{self.api}/sobjects/Task", json=payload)
        if not data.get("success", True) or not data.get("id"):
            raise CrmError(f"Salesforce refused the task: {data.get('errors')}")
        return str(data["id"])

    def update_account(self, account_id: str, fields: dict[str, str]) -> None:
        self._call("PATCH", f"{self.api}/sobjects/Account/{account_id}", json=fields)

    def check(self) -> list[str]:
        lines = []
        for what, soql in (("users", "SELECT Id FROM User LIMIT 1"),
                           ("accounts", "SELECT Id FROM Account LIMIT 1"),
                           ("opportunities", "SELECT Id FROM Opportunity LIMIT 1"),
                           ("opportunity stages", "SELECT ApiName FROM OpportunityStage "
                                                  "LIMIT 1")):
            try:
                next(iter(self.query(soql)), None)
                lines.append(f"read {what}: ok")
            except CrmError as e:
                lines.append(f"read {what}: FAILED: {e}")
        try:
            task = self._call("GET", f"{self.api}/sobjects/Task/describe")
            ok = bool(task.get("createable"))
            lines.append("write tasks: " + ("ok" if ok else "FAILED: Task is not createable "
                                                          "for this user"))
        except CrmError as e:
            lines.append(f"write tasks: FAILED: {e}")
        return lines


def _error(resp: httpx.Response) -> str:
    try:
        body = resp.json()
    except ValueError:
        return ""
    if isinstance(body, list) and body:
        return f"{body[0].get('errorCode', '')} {body[0].get('message', '')}"[:200]
    if isinstance(body, dict):
        return str(body.get("error_description") or body.get("error") or "")[:200]
    return ""


def _oauth(login_url: str, form: dict[str, str]) -> dict[str, Any]:
    try:
        resp = httpx.post(f"{login_url.rstrip('/')}/services/oauth2/token", data=form,
                          timeout=30, trust_env=False)
    except httpx.HTTPError as e:
        raise CrmError(f"Salesforce login: {type(e).__name__}") from None
    if resp.status_code != 200:
        raise CrmError(f"Salesforce login refused: {_error(resp)}", config=True)
    return dict(resp.json())


def jwt_assertion(key_pem: str, client_id: str, username: str, audience: str,
                  now: datetime | None = None) -> str:
    """An RS256-signed JWT for the bearer flow (the connected app holds the certificate)."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).decode().rstrip("=")

    when = now or datetime.now(UTC)
    header = b64(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())
    claims = b64(json.dumps({"iss": client_id, "sub": username, "aud": audience.rstrip("/"),
                             "exp": int((when + timedelta(minutes=3)).timestamp())}).encode())
    key = serialization.load_pem_private_key(key_pem.encode(), password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ConfigError("the JWT key must be an RSA private key (PEM)")
    signature = key.sign(f"{header}.{claims}".encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{header}.{claims}.{b64(signature)}"
