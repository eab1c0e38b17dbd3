"""Company team/leadership pages and press rooms: who appeared, who left.

A page is parsed into (name, title) pairs; the collector compares them with the last good
fetch's pairs and reports the differences as ``page_change`` items. The first good fetch
only records the snapshot (there is no "before" to compare with).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from bs4 import BeautifulSoup, Tag

from ..types import ItemData
from ..utils import sha256

#: Tried in order when a page source gives no selector: common markup of team pages.
DEFAULT_SELECTORS = (
    ".team-member", ".team__member", ".leadership-member", ".leader", ".person",
    ".profile", ".bio", "[class*=team] li", "[class*=leadership] li", "[class*=people] li",
)
_NAME_TAGS = ("h2", "h3", "h4", "h5", "strong", "b", ".name", "[class*=name]")
_TITLE_TAGS = (".title", "[class*=title]", ".role", "[class*=role]", ".position",
               "[class*=position]", "p", "span", "em")
_SPACE = re.compile(r"\s+")


def _text(tag: Tag | None) -> str:
    return _SPACE.sub(" ", tag.get_text(" ")).strip() if tag is not None else ""


def _person(block: Tag) -> tuple[str, str] | None:
    name_tag = next((t for sel in _NAME_TAGS for t in block.select(sel)), None)
    name = _text(name_tag)
    if not name or len(name) > 80:
        return None
    title = ""
    for sel in _TITLE_TAGS:
        for t in block.select(sel):
            text = _text(t)
            if text and text != name and name not in text and len(text) <= 120:
                title = text
                break
        if title:
            break
    return (name, title) if title else None


def parse_people(html: str | bytes, selector: str | None = None) -> list[tuple[str, str]]:
    """(name, title) pairs on a team page, in page order, without duplicates."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(("script", "style", "noscript")):
        tag.decompose()
    selectors = (selector,) if selector else DEFAULT_SELECTORS
    for sel in selectors:
        blocks = soup.select(sel)
        people = [p for p in (_person(b) for b in blocks) if p is not None]
        if people:
            return list(dict.fromkeys(people))
    return []


def diff_people(before: Sequence[tuple[str, str]], after: Sequence[tuple[str, str]],
                *, url: str, company: str | None, now: datetime) -> list[ItemData]:
    """Items for people who appeared (``joined``) or disappeared (``departed``); a person
    whose title changed is ``promoted`` (changed role)."""
    old = dict(before)
    new = dict(after)
    day = now.date().isoformat()
    items = []
    for name, title in after:
        if name not in old:
            change = "joined"
        elif old[name] != title:
            change = "promoted"
        else:
            continue
        items.append(_change(name, title, change, url=url, company=company, day=day, now=now))
    for name, title in before:
        if name not in new:
            items.append(_change(name, title, "departed", url=url, company=company, day=day,
                                 now=now))
    return items


def _change(name: str, title: str, change: str, *, url: str, company: str | None,
            day: str, now: datetime) -> ItemData:
    verb = {"joined": "appears on", "promoted": "has a new title on",
            "departed": "no longer appears on"}[change]
    text = f"{name}, {title}, {verb} the {company + ' ' if company else ''}team page."
    return ItemData(
        # The day is in the key: someone who leaves and comes back is news again.
        key="page:" + sha256(f"{change}\x00{name}\x00{title}\x00{day}")[:32],
        type="page_change",
        title=f"{name} ({title}): {change}",
        url=url,
        summary=text,
        published=now,
        company=company,
        data={"person": name, "title": title, "change": change},
    )


def robots_allows(robots_txt: str | None, url: str, user_agent: str) -> bool:
    """Whether robots.txt lets ``user_agent`` fetch ``url``; no robots.txt allows all.

    Protego follows RFC 9309 (``*`` and ``$`` wildcards, the longest matching rule wins,
    Allow over Disallow on a tie); the standard library's parser takes the first matching
    rule and ignores wildcards (issue #10)."""
    if not robots_txt:
        return True
    from protego import Protego

    agent = user_agent.split("/", 1)[0]
    return bool(Protego.parse(robots_txt).can_fetch(url, agent))
