"""RSS / Atom: bytes we fetched -> ItemData. feedparser never does I/O here."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser

from ..extract.text import html_to_text
from ..types import ItemData
from ..utils import sha256

#: Query parameters that identify a campaign or a click, not a page.
TRACKING_PARAMS = frozenset({
    "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id",
    "gclid", "fbclid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "cmpid", "ncid",
    "sr_share", "_hsenc", "_hsmi", "mkt_tok", "guccounter", "guce_referrer",
})
SUMMARY_LIMIT = 4000


def normalise_link(url: str) -> str:
    """Lower-case scheme and host, drop the fragment, tracking parameters and a trailing
    slash, sort the remaining query: two links to one page compare equal."""
    parts = urlsplit(url.strip())
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith("utm_")
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(query), ""))


def _when(entry: Mapping[str, Any], *names: str) -> datetime | None:
    for name in names:
        # dict.get, not entry.get: FeedParserDict maps a missing updated_parsed onto
        # published_parsed with a DeprecationWarning.
        parsed = dict.get(entry, f"{name}_parsed") if isinstance(entry, dict) else None
        if parsed:
            try:
                return datetime.fromtimestamp(calendar.timegm(parsed), UTC)
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def item_key(guid: str | None, link: str | None, title: str, summary: str) -> str:
    """guid, else normalised link, else a hash of the content."""
    if guid and guid.strip():
        return "guid:" + guid.strip()
    if link and link.strip():
        return "link:" + normalise_link(link)
    return "hash:" + sha256(title + "\x00" + summary)[:32]


def entry_to_item(entry: Mapping[str, Any], *, type: str = "entry",
                  base: str | None = None) -> ItemData | None:
    title = html_to_text(entry.get("title", "") or "")
    summary_html = entry.get("summary", "") or ""
    if not summary_html and entry.get("content"):
        summary_html = entry["content"][0].get("value", "")
    summary = html_to_text(summary_html, limit=SUMMARY_LIMIT)
    link = entry.get("link") or None
    if link and base and not urlsplit(link).scheme:
        link = urljoin(base, link)
    if not title and not summary and not link:
        return None
    return ItemData(
        key=item_key(entry.get("id"), link, title, summary),
        type=type,
        title=title or (summary[:120] if summary else link or ""),
        url=link,
        summary=summary,
        published=_when(entry, "published", "created", "updated"),
        updated=_when(entry, "updated"),
    )


def parse_feed(body: bytes, headers: Mapping[str, str] | None = None,
               url: str | None = None) -> tuple[list[ItemData], str | None]:
    """Parse a feed body; return (items, error). A broken feed (bozo) keeps the entries
    feedparser recovered and reports the error; a body with none is an error."""
    # No content-location: feedparser would resolve guids like "wire-1001" against it and
    # change their identity. Relative links are resolved below instead.
    headers = {k: v for k, v in (headers or {}).items() if k.lower() != "content-location"}
    parsed = feedparser.parse(
        body,
        response_headers=headers,
        # We only extract text and escape it on output: sanitising and resolving URIs is
        # wasted work (~3x slower per item, measured while planning).
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    items = [i for i in (entry_to_item(e, base=url) for e in parsed.entries) if i is not None]
    error = None
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        error = f"{type(exc).__name__}: {exc}" if exc else "malformed feed"
    if not items and not parsed.get("version"):
        content_type = headers.get("content-type", "")
        looks_html = b"<html" in body[:2048].lower() or "html" in content_type.lower()
        error = (
            "not a feed: the server sent an HTML page" if looks_html
            else (error or "not a feed: no RSS/Atom/JSON Feed found")
        )
    return items, error
