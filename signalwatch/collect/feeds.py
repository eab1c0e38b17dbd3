"""RSS / Atom: bytes we fetched -> ItemData. No parser ever does I/O here.

Two paths (issue #11). A UTF-8 RSS 2.0 or Atom 1.0 feed that is well-formed (a strict lxml
parse with entities, DTDs and the network off) and of the common shape is read straight
from the lxml tree: ~0.3 ms for a 20-item feed. Anything else goes to feedparser, the
tolerant parser (~6 ms): broken XML, undeclared entities, other encodings, RSS 0.9x/1.0,
Atom 0.3, base64 content, relative links, dates in unusual forms, elements that feedparser
maps from other vocabularies. The fast path hands a feed over rather than guess
(``_Unsure``), and both give the same items on every feed the fast path accepts in the
test corpora (tests/test_collect_robustness.py). fastfeedparser was measured too (~0.15
ms) and not taken: it makes up a guid from the link when an item has none (a different
item identity than feedparser gives, so items would be seen again) and repairs broken XML
silently, where we want the warning.
"""

from __future__ import annotations

import calendar
import email.utils
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser

from ..extract.signals import SECTION_WORDS, has_funding_section, is_roundup_title
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
#: A newsletter round-up keeps this much of its whole post (a week of deals with their
#: descriptions is 20-40 KB of text).
ROUNDUP_LIMIT = 60_000



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
    """An item from a feedparser entry."""
    content = entry["content"][0].get("value", "") if entry.get("content") else ""
    summary_html, limit = _body(entry.get("title", "") or "", entry.get("summary", "") or "",
                                content)
    return _item(entry.get("title", "") or "", summary_html, entry.get("link") or None,
                 entry.get("id"), _when(entry, "published", "created", "updated"),
                 _when(entry, "updated"), type=type, base=base, limit=limit)


def _body(title_html: str, summary_html: str, content_html: str) -> tuple[str, int]:
    """The markup an item's text is read from, and how much of it is kept: the teaser
    (else the content); for a newsletter round-up, the whole post, whose deals the teaser
    leaves out. A round-up is known by its title, or by a section of rounds in the post
    ("Massive Fundings", "Notable and big funding rounds": a newsletter's daily issue,
    whose title is its date)."""
    if content_html and (is_roundup_title(html_to_text(title_html)) or (
            SECTION_WORDS.search(content_html)
            and has_funding_section(html_to_text(content_html, limit=ROUNDUP_LIMIT)))):
        return content_html, ROUNDUP_LIMIT
    return summary_html or content_html, SUMMARY_LIMIT


def _item(title_html: str, summary_html: str, link: str | None, guid: str | None,
          published: datetime | None, updated: datetime | None, *, type: str = "entry",
          base: str | None = None, limit: int = 0) -> ItemData | None:
    title = html_to_text(title_html)
    summary = html_to_text(summary_html, limit=limit or SUMMARY_LIMIT)
    if link and base and not urlsplit(link).scheme:
        link = urljoin(base, link)
    if not title and not summary and not link:
        return None
    return ItemData(
        key=item_key(guid, link, title, summary),
        type=type,
        title=title or (summary[:120] if summary else link or ""),
        url=link,
        summary=summary,
        published=published,
        updated=updated,
    )


_XML_DECL = re.compile(rb'^\s*<\?xml[^>]*?encoding\s*=\s*["\']([A-Za-z0-9._-]+)["\']')
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._-]+)", re.IGNORECASE)
_FEED_ROOTS = frozenset(("rss", "feed"))


def _encoding_name(name: str) -> str:
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()


def _fast_tree(body: bytes, headers: Mapping[str, str]) -> Any:
    """Whether the fast parser reads this body exactly as the tolerant one would: well-
    formed XML with a feed root, no DTD (entities are feedparser's business), and the
    HTTP charset, if any, the same as the document's own. The tree, or None."""
    head = body[:2048]
    if b"<!DOCTYPE" in head or b"<!doctype" in head or b"<!ENTITY" in body:
        return None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:64]:
        return None  # UTF-16/32: leave the detection to feedparser
    declared = _XML_DECL.match(head.removeprefix(b"\xef\xbb\xbf"))
    document = _encoding_name(declared.group(1).decode("ascii")) if declared else "utf-8"
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    charset = _CHARSET.search(content_type)
    if document != "utf-8" or (charset and _encoding_name(charset.group(1)) != "utf-8"):
        return None  # other encodings: feedparser's detection and repairs apply
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False,
                             huge_tree=False, load_dtd=False)
    try:
        root = etree.fromstring(body, parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if not isinstance(root.tag, str) or etree.QName(root).localname not in _FEED_ROOTS:
        return None
    return root


_ATOM = "{http://www.w3.org/2005/Atom}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
_XHTML = "{http://www.w3.org/1999/xhtml}"


_C1 = re.compile("[\u0080-\u009f]")
#: RSS 2.0 item elements the fast path reads or may ignore; any other plain element
#: (an Atom element in an RSS item, ``summary``, ``updated``) goes to feedparser.
_RSS_ITEM_TAGS = frozenset(("title", "link", "description", "guid", "pubDate", "author",
                            "category", "comments", "enclosure", "source"))
#: Local names feedparser reads from any namespace (dates, links, text): only the ones
#: the fast path reads itself may appear in a namespace.
_MEANINGFUL = frozenset(("date", "created", "issued", "modified", "updated", "published",
                         "summary", "title", "link", "id", "encoded", "content",
                         "description", "subtitle", "abstract"))
_READ_NS = frozenset((_DC + "date", _DC + "title", _CONTENT + "encoded"))
_PLAIN_TYPES = frozenset(("text", "html", "xhtml", "text/plain", "text/html",
                          "application/xhtml+xml"))


class _Unsure(Exception):
    """The fast path is not sure it reads this feed as feedparser would."""


def _date(text: str | None) -> datetime | None:
    """RFC 822 (RSS) or ISO 8601 (Atom, Dublin Core); any other form -> _Unsure (feedparser
    knows dozens)."""
    if not text or not text.strip():
        return None
    text = text.strip()
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            raise _Unsure from None
    if when.tzinfo is None:
        if "T" in text or ":" in text:
            raise _Unsure  # a local time without a zone: feedparser's rules apply
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).replace(microsecond=0)  # feedparser keeps whole seconds


def _text(el: Any) -> str:
    """An element's content as feedparser gives it: text, or the markup inside an Atom
    ``type="xhtml"`` element."""
    if el is None:
        return ""
    if el.get("mode", "xml") != "xml" or el.get("type", "text") not in _PLAIN_TYPES:
        raise _Unsure  # base64 / escaped modes, other media types
    if el.get("type") == "xhtml" or len(el):
        from lxml import etree

        inner = "".join(etree.tostring(c, encoding="unicode", with_tail=True) for c in el)
        text = ((el.text or "") + inner).strip()
        if "&lt;" in text:
            raise _Unsure  # escaped markup inside markup
    else:
        text = (el.text or "").strip()
    if _C1.search(text):
        raise _Unsure  # Windows-1252 in UTF-8 clothing: feedparser repairs it
    return text


def _children(entry: Any, own: str) -> dict[str, Any]:
    """The first child of each tag (what ``find`` would give), in one pass; raises
    _Unsure when the entry has an element feedparser would read and we do not: in RSS, a
    plain element outside RSS 2.0's; in either, a date, link or text element of another
    vocabulary (Dublin Core terms, Media RSS descriptions, also nested in groups)."""
    found: dict[str, Any] = {}
    for child in entry:
        tag = child.tag
        if not isinstance(tag, str):
            continue  # comments, processing instructions
        if tag[0] != "{":
            if own or tag not in _RSS_ITEM_TAGS:
                raise _Unsure
        elif not tag.startswith(own or "\x00"):
            _check_foreign(tag)
            if len(child):
                for node in child.iterdescendants():
                    if isinstance(node.tag, str) and node.tag[0] == "{":
                        _check_foreign(node.tag)
        found.setdefault(tag, child)
    return found


def _check_foreign(tag: str) -> None:
    if not tag.startswith(_XHTML) and tag not in _READ_NS \
            and tag.rsplit("}", 1)[1] in _MEANINGFUL:
        raise _Unsure


def _value(found: dict[str, Any], tag: str) -> str | None:
    el = found.get(tag)
    return None if el is None else (el.text or "")


def _absolute(link: str | None) -> str | None:
    """A link the fast path may keep: relative ones are resolved by feedparser's rules
    (xml:base, the channel's link)."""
    if link and not urlsplit(link).scheme:
        raise _Unsure
    return link


def _parse_fast(root: Any, url: str | None) -> list[ItemData]:
    """Items from a well-formed RSS 2.0 or Atom 1.0 tree; raises _Unsure."""
    items = []
    tag = root.tag
    if tag == "rss":
        channel = root.find("channel")
        entries = channel.findall("item") if channel is not None else []
        for e in entries:
            f = _children(e, "")
            guid_el = f.get("guid")
            guid = guid_el.text if guid_el is not None else None
            link = (_value(f, "link") or "").strip() or None
            if link is None and guid and guid_el is not None \
                    and guid_el.get("isPermaLink", "true") != "false":
                link = guid.strip()  # a permalink guid is the link (as feedparser has it)
            title = _text(f.get("title")) or _text(f.get(_DC + "title"))
            summary, limit = _body(title, _text(f.get("description")),
                                   _text(f.get(_CONTENT + "encoded")))
            updated = _date(_value(f, _DC + "date"))
            published = _date(_value(f, "pubDate")) or updated
            item = _item(title, summary, _absolute(link), guid, published, updated, base=url,
                         limit=limit)
            if item is not None:
                items.append(item)
        if any(c.tag == "item" for c in root) or (channel is not None and any(
                isinstance(c.tag, str) and c.tag.startswith(_ATOM + "entry")
                for c in channel)):
            raise _Unsure  # items outside the channel, or mixed formats
    elif tag == _ATOM + "feed":
        ns = _ATOM
        for e in root.iterfind(ns + "entry"):
            link = None
            for candidate in e.iterfind(ns + "link"):
                if not candidate.get("href"):
                    raise _Unsure
                if link is None and candidate.get("rel", "alternate") == "alternate":
                    link = candidate.get("href").strip()
            f = _children(e, _ATOM)
            entry_id = _value(f, ns + "id")
            if entry_id and not urlsplit(entry_id.strip()).scheme:
                raise _Unsure  # a relative id: feedparser resolves it against xml:base
            if link is None and entry_id:
                link = entry_id.strip()  # no link: the id is the link (as feedparser has it)
            title = _text(f.get(ns + "title"))
            summary, limit = _body(title, _text(f.get(ns + "summary")),
                                   _text(f.get(ns + "content")))
            updated = _date(_value(f, ns + "updated"))
            published = _date(_value(f, ns + "published")) or updated
            item = _item(title, summary, _absolute(link), entry_id, published, updated,
                         base=url, limit=limit)
            if item is not None:
                items.append(item)
    else:
        raise _Unsure
    return items


def parse_feed(body: bytes, headers: Mapping[str, str] | None = None,
               url: str | None = None) -> tuple[list[ItemData], str | None]:
    """Parse a feed body; return (items, error). A broken feed (bozo) keeps the entries
    feedparser recovered and reports the error; a body with none is an error."""
    # No content-location: feedparser would resolve guids like "wire-1001" against it and
    # change their identity. Relative links are resolved below instead.
    headers = {k: v for k, v in (headers or {}).items() if k.lower() != "content-location"}
    root = _fast_tree(body, headers)
    if root is not None:
        try:
            fast = _parse_fast(root, url)
        except Exception:  # _Unsure, or anything odd: the tolerant parser decides
            fast = []
        if fast:
            return fast, None
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
