"""seen? (pure): which of a poll's items are new, which are history, which postings close.

    parsed items + what the store knows of this source -> ItemsPlan -> the store applies it

- Items are unique per (source, key): one seen again only moves its ``last_seen`` (and a
  posting that was closed reopens), so re-dated, reordered or reappearing items never repeat.
- A new item is *history* (kept, never alerted on) on the source's first poll, or when it
  says it was published more than ``backfill`` before the source was added: a new source
  does not flood reps with old news.
- With ``complete`` (a job board's full listing), each open posting missing from the
  listing counts a miss, and closes at :data:`CLOSE_AFTER_MISSING` misses in a row: one
  missing fetch is too often a board's hiccup (a partial page, a cache) to tell a rep
  "role closed".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from .types import ItemData

CLOSE_AFTER_MISSING = 2


@dataclass(frozen=True)
class ItemsPlan:
    #: New items, each with whether it is history.
    new: tuple[tuple[ItemData, bool], ...]
    #: Keys of stored items seen again.
    seen: tuple[str, ...]
    #: Open postings missing from a complete listing: one more miss each.
    missed: tuple[str, ...]
    #: Of those, the ones that close now.
    closed: tuple[str, ...]

    @property
    def history(self) -> int:
        return sum(1 for _item, history in self.new if history)


def plan_items(items: Sequence[ItemData], *, known: set[str] | frozenset[str],
               open_postings: Mapping[str, int], first_poll: bool, added_at: datetime,
               backfill: timedelta, complete: bool) -> ItemsPlan:
    """Decide what a poll's items mean. ``known``: keys of this source already stored;
    ``open_postings``: key -> misses so far, of the source's open postings."""
    cutoff = added_at - backfill
    unique: dict[str, ItemData] = {}
    for item in items:
        unique.setdefault(item.key, item)  # a key twice in one body counts once
    new = []
    seen = []
    for key, item in unique.items():
        if key in known:
            seen.append(key)
            continue
        history = first_poll or (item.published is not None and item.published < cutoff)
        new.append((item, history))
    missed: list[str] = []
    closed: list[str] = []
    if complete:
        for key, misses in sorted(open_postings.items()):
            if key in unique:
                continue
            missed.append(key)
            if misses + 1 >= CLOSE_AFTER_MISSING:
                closed.append(key)
    return ItemsPlan(tuple(new), tuple(seen), tuple(missed), tuple(closed))
