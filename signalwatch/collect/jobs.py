"""Public ATS job boards -> one posting shape.

One small adapter per ATS, each mapping its public JSON (shapes recorded in
tests/data/collect/, from real responses) to ItemData(type="posting") with ``data``:
``department, location, remote, posted_at, updated_at, ats_id``.

Endpoints (each overridable with an explicit ``url``):

- Greenhouse: ``boards-api.greenhouse.io/v1/boards/{board}/jobs?content=true``
- Lever: ``api.lever.co/v0/postings/{board}?mode=json``
- Ashby: ``api.ashbyhq.com/posting-api/job-board/{board}``
- Workable: ``apply.workable.com/api/v1/widget/accounts/{board}``
- SmartRecruiters: ``api.smartrecruiters.com/v1/companies/{board}/postings`` (paginated
  with ``offset``/``limit``; :func:`smartrecruiters_next` gives the next page's URL)
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..extract.text import html_to_text
from ..types import ItemData

DESCRIPTION_LIMIT = 4000
SMARTRECRUITERS_PAGE = 100
#: Bound on pages fetched per poll (100 postings each): a loop guard, not a business rule.
SMARTRECRUITERS_MAX_PAGES = 50

DEFAULT_URLS = {
    "greenhouse": "https://boards-api.greenhouse.io/v1/boards/{board}/jobs?content=true",
    "lever": "https://api.lever.co/v0/postings/{board}?mode=json",
    "ashby": "https://api.ashbyhq.com/posting-api/job-board/{board}",
    "workable": "https://apply.workable.com/api/v1/widget/accounts/{board}",
    "smartrecruiters": "https://api.smartrecruiters.com/v1/companies/{board}/postings"
                       f"?limit={SMARTRECRUITERS_PAGE}&offset=0",
}


class BoardError(ValueError):
    """The body is not the board's JSON (an error page, a changed API)."""


def _time(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.isdigit()):
        number = float(value)
        if number > 1e11:  # milliseconds (Lever)
            number /= 1000
        return datetime.fromtimestamp(number, UTC)
    text = str(value).strip().replace("Z", "+00:00")
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        try:
            when = datetime.strptime(text[:10] + "+0000", "%Y-%m-%d%z")
        except ValueError:
            return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _posting(*, ats_id: Any, title: Any, url: Any, department: Any, location: Any,
             remote: bool | None, posted: Any, updated: Any = None, description: str = "",
             company: str | None = None) -> ItemData:
    posted_at = _time(posted)
    updated_at = _time(updated)
    return ItemData(
        key=f"job:{ats_id}",
        type="posting",
        title=str(title or "").strip(),
        url=str(url) if url else None,
        summary=html_to_text(description, limit=DESCRIPTION_LIMIT),
        published=posted_at or updated_at,
        updated=updated_at,
        company=company,
        data={
            "ats_id": str(ats_id),
            "department": (str(department).strip() or None) if department else None,
            "location": (str(location).strip() or None) if location else None,
            "remote": remote,
            "posted_at": posted_at.isoformat() if posted_at else None,
            "updated_at": updated_at.isoformat() if updated_at else None,
        },
    )


def _load(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        head = body[:80].decode("utf-8", "replace").strip()
        raise BoardError(f"not JSON ({e.__class__.__name__}); body starts {head!r}") from e
    except RecursionError:
        raise BoardError("JSON nested too deeply to be a job board") from None


def _list(data: Any, key: str | None) -> list[Any]:
    value = data.get(key) if key is not None and isinstance(data, dict) else data
    if not isinstance(value, list):
        raise BoardError(f"expected a list of jobs{f' under {key!r}' if key else ''}, "
                         f"got {type(value).__name__}")
    return value


def parse_greenhouse(body: bytes) -> list[ItemData]:
    out = []
    for job in _list(_load(body), "jobs"):
        departments = job.get("departments") or []
        location = (job.get("location") or {}).get("name")
        out.append(_posting(
            ats_id=job["id"], title=job.get("title"), url=job.get("absolute_url"),
            department=departments[0].get("name") if departments else None,
            location=location,
            remote="remote" in (location or "").lower() or None,
            posted=job.get("first_published") or job.get("updated_at"),
            updated=job.get("updated_at"),
            # Greenhouse escapes the HTML of `content` once more.
            description=html.unescape(job.get("content") or ""),
            company=job.get("company_name"),
        ))
    return out


def parse_lever(body: bytes) -> list[ItemData]:
    out = []
    for job in _list(_load(body), None):
        cats = job.get("categories") or {}
        workplace = (job.get("workplaceType") or "").lower()
        out.append(_posting(
            ats_id=job["id"], title=job.get("text"), url=job.get("hostedUrl"),
            department=cats.get("department") or cats.get("team"),
            location=cats.get("location"),
            remote=workplace == "remote" if workplace else None,
            posted=job.get("createdAt"),
            description=job.get("descriptionPlain") or job.get("description") or "",
        ))
    return out


def parse_ashby(body: bytes) -> list[ItemData]:
    out = []
    for job in _list(_load(body), "jobs"):
        if job.get("isListed") is False:
            continue
        out.append(_posting(
            ats_id=job["id"], title=job.get("title"), url=job.get("jobUrl"),
            department=job.get("department") or job.get("team"),
            location=job.get("location"),
            remote=job.get("isRemote"),
            posted=job.get("publishedAt"),
            description=job.get("descriptionPlain") or job.get("descriptionHtml") or "",
        ))
    return out


def parse_workable(body: bytes) -> list[ItemData]:
    data = _load(body)
    company = data.get("name") if isinstance(data, dict) else None
    out = []
    for job in _list(data, "jobs"):
        location = ", ".join(p for p in (job.get("city"), job.get("state"), job.get("country"))
                             if p)
        out.append(_posting(
            ats_id=job.get("shortcode") or job.get("code") or job.get("url"),
            title=job.get("title"), url=job.get("url") or job.get("shortlink"),
            department=job.get("department") or job.get("function"),
            location=location, remote=job.get("telecommuting"),
            posted=job.get("published_on") or job.get("created_at"),
            description=job.get("description") or "", company=company,
        ))
    return out


def parse_smartrecruiters(body: bytes) -> list[ItemData]:
    out = []
    for job in _list(_load(body), "content"):
        loc = job.get("location") or {}
        location = ", ".join(p for p in (loc.get("city"), loc.get("region"),
                                         (loc.get("country") or "").upper()) if p)
        out.append(_posting(
            ats_id=job["id"], title=job.get("name"),
            url=job.get("ref"),
            department=(job.get("department") or {}).get("label")
            or (job.get("function") or {}).get("label"),
            location=location, remote=loc.get("remote"),
            posted=job.get("releasedDate"),
            company=(job.get("company") or {}).get("name"),
        ))
    return out


def smartrecruiters_next(url: str, body: bytes) -> str | None:
    """The next page's URL, or None when this page is the last."""
    data = _load(body)
    if not isinstance(data, dict):
        raise BoardError(f"expected a SmartRecruiters page object, got {type(data).__name__}")
    try:
        offset = int(data.get("offset", 0))
        limit = int(data.get("limit", SMARTRECRUITERS_PAGE)) or SMARTRECRUITERS_PAGE
        total = int(data.get("totalFound", 0))
    except (TypeError, ValueError) as e:
        raise BoardError(f"bad pagination fields: {e}") from e
    if offset + limit >= total or not data.get("content"):
        return None
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    query.update(offset=str(offset + limit), limit=str(limit))
    return urlunsplit(parts._replace(query=urlencode(query)))


PARSERS: dict[str, Callable[[bytes], list[ItemData]]] = {
    "greenhouse": parse_greenhouse,
    "lever": parse_lever,
    "ashby": parse_ashby,
    "workable": parse_workable,
    "smartrecruiters": parse_smartrecruiters,
}


def parse_board(kind: str, body: bytes) -> list[ItemData]:
    """Parse one board response; raises BoardError when it is not the board's JSON."""
    try:
        return PARSERS[kind](body)
    except (KeyError, AttributeError, TypeError, ValueError, OverflowError) as e:
        if isinstance(e, BoardError):
            raise
        raise BoardError(f"unexpected {kind} response: {type(e).__name__}: {e}") from e
