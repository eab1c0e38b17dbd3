"""Technographics (pure): the tools a company uses, read from its job descriptions
("experience with Salesforce, Outreach, Gong"), as signals per account (issue #13).

The vocabulary is data (``signalwatch/data/tools.json``: tool, category, the names it is
written as). A name that is also an ordinary word ("Outreach", "Gong", "Segment",
"Snowflake") counts only written as a name (capitalised) and in a sentence that names
another tool or has a tool cue ("experience with", "tools such as", "our stack"): "community
outreach" and "a segment of the market" are not tools.

Changes: ``uses`` (seen on the account's first postings: what it runs, not news; stored as
history, never alerts), ``adopted`` (a tool new in its postings once its earlier postings
were known without it), ``dropped`` (a tool seen before and absent from every posting of
the last ``DROP_DAYS`` days while the account posted at least ``DROP_MIN_POSTINGS``).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib import resources

from ..types import Item

DROP_DAYS = 180
DROP_MIN_POSTINGS = 5
_CUE = re.compile(r"(?i)\b(?:experience\s+(?:with|in|using)|familiar(?:ity)?\s+with|"
                  r"proficien(?:t|cy)\s+(?:with|in)|tools?\s+(?:such\s+as|like|including)|"
                  r"(?:tech|tool|sales|martech|data)\s+stack|platforms?\s+(?:such\s+as|like)|"
                  r"using|e\.g\.|CRM|knowledge\s+of)")
_SENTENCE = re.compile(r"(?<=[.!?;\n])\s+")


@dataclass(frozen=True)
class Tool:
    tool: str
    category: str
    pattern: re.Pattern[str]
    common: bool


@functools.cache
def tools() -> tuple[Tool, ...]:
    data = json.loads((resources.files("signalwatch") / "data" / "tools.json").read_text(
        "utf-8"))
    out = []
    for t in data["tools"]:
        names = sorted(t["names"], key=len, reverse=True)
        alternation = "|".join(re.escape(n) for n in names)
        flags = 0 if t.get("common") else re.IGNORECASE
        out.append(Tool(t["tool"], t["category"],
                        re.compile(rf"(?<![\w.@/-])(?:{alternation})(?![\w@/-]|\.\w)", flags),
                        bool(t.get("common"))))
    return tuple(out)


def category_of(tool: str) -> str | None:
    return next((t.category for t in tools() if t.tool == tool), None)


def tools_in(text: str) -> set[str]:
    """The tools a text names, sentence by sentence (see the module docstring)."""
    found: set[str] = set()
    for sentence in _SENTENCE.split(text or ""):
        plain = {t.tool for t in tools() if not t.common and t.pattern.search(sentence)}
        common = {t.tool for t in tools() if t.common and t.pattern.search(sentence)}
        if common and (plain or len(common) > 1 or _CUE.search(sentence)):
            found |= common
        found |= plain
    return found


@dataclass(frozen=True)
class TechChange:
    tool: str
    category: str
    change: str  # uses | adopted | dropped
    #: The posting that shows it (None for a drop).
    posting: Item | None


def _when(p: Item) -> datetime:
    return p.published or p.first_seen


def tech_changes(postings: Sequence[Item], known: Mapping[str, datetime], *,
                 now: datetime) -> list[TechChange]:
    """What the postings say about the account's tools against what was ``known`` (tool ->
    last seen). With nothing known yet, every tool is ``uses``."""
    seen: dict[str, Item] = {}
    for p in sorted(postings, key=_when):
        for tool in tools_in(f"{p.title}\n{p.summary}"):
            seen[tool] = p  # the newest posting naming it
    out = []
    first = not known
    for tool, p in sorted(seen.items()):
        if tool not in known:
            out.append(TechChange(tool, category_of(tool) or "", "uses" if first else "adopted",
                                  p))
    recent = [p for p in postings if _when(p) >= now - timedelta(days=DROP_DAYS)]
    if len(recent) >= DROP_MIN_POSTINGS:
        named = set().union(*(tools_in(f"{p.title}\n{p.summary}") for p in recent))
        for tool, last in sorted(known.items()):
            if tool not in named and last < now - timedelta(days=DROP_DAYS):
                out.append(TechChange(tool, category_of(tool) or "", "dropped", None))
    return out


def observed(rows: Iterable[Mapping[str, str]]) -> tuple[str, ...]:
    return tuple(sorted({r["tool"] for r in rows}))
