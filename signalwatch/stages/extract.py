"""The extract stage: items stored since the last run -> signals (pure work in
``extract/signals.py``, matching in ``match.py``).

    items after cursor | extract (funding, leadership) | match | dedupe | store, cursor
    accounts with new postings | hiring surge / senior postings | dedupe | store
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from ..config import Config
from ..extract.hiring import HiringSettings
from ..extract.signals import (
    hiring_from_postings,
    merge_attributes,
    same_event,
    signals_from_item,
    technographics_from_postings,
)
from ..extract.tech import DROP_DAYS, tools_in
from ..extract.tech import category_of as known_category
from ..match import Matcher
from ..types import WITHHELD, SignalIntent, withheld


@dataclass
class ExtractResult:
    items: int = 0
    new_signals: int = 0
    merged: int = 0


def matcher_for(storage: Any) -> Matcher:
    """A matcher over the store's name index: nothing is built per run (the index is
    kept up to date by account imports)."""
    return Matcher(index=storage.name_index(),
                   exclusions={(r["account_id"], r["phrase"])
                               for r in storage.get_exclusions()})


def technographics(storage: Any, account_id: str, postings: list[Any], *,
                   now: datetime) -> int:
    """Tools adopted, dropped or used, from an account's postings; the account's observed
    tools kept up to date (issue #13). Returns the new signals."""
    known = storage.get_account_tech(account_id)
    new = 0
    for intent in technographics_from_postings(account_id, postings, known, now=now):
        observe_tool(storage, intent)
        new += store_intent(storage, intent, window=timedelta(days=DROP_DAYS))
    for p in postings:  # every tool still named moves its last-seen date
        for tool in tools_in(f"{p.title}\n{p.summary}"):
            if tool in known:
                storage.record_tech(account_id, tool, known_category(tool) or "",
                                    seen=p.published or p.first_seen, url=p.url)
    return new


def observe_tool(storage: Any, intent: SignalIntent) -> None:
    """Keep the account's observed tools (what ICP criteria on ``tech`` read) in step
    with a technographic signal."""
    a = intent.attributes
    origin = a.get("seen_on") or "postings"
    if a["change"] == "dropped":
        storage.forget_tech(intent.account_id, a["tool"], origin=origin)
    else:
        storage.record_tech(intent.account_id, a["tool"], a["category"],
                            seen=intent.occurred_at, origin=origin,
                            url=intent.evidence[0].url if intent.evidence else None)


def store_intent(storage: Any, intent: SignalIntent, *, window: timedelta) -> bool:
    """Store a signal, or add its evidence to the same event's signal; True when new.

    A plain report of an event stored only as a rumour or an unsure reading ("in talks to
    raise $25M", then "raises $25M") is news: it is stored as a new signal (so it is
    decided, and may alert), carrying the earlier evidence, and the withheld one is
    withdrawn ("confirmed as signal #N"), so a digest shows the event once."""
    since = intent.occurred_at - window
    for existing in storage.get_recent_signals(intent.account_id, intent.kind, since):
        if existing.attributes.get("confirmed_by"):
            continue  # a rumour a later report confirmed: that report's signal holds it
        if abs(existing.occurred_at - intent.occurred_at) <= window and same_event(
                intent.kind, existing.attributes, intent.attributes):
            if withheld(existing.attributes) and not withheld(intent.attributes) \
                    and not intent.history and not storage.signal_withdrawn(existing.id):
                # (a rumour a rep withdrew as the wrong company is not news when announced)
                attrs = {k: v for k, v in merge_attributes(
                    intent.kind, intent.attributes, existing.attributes).items()
                    if k not in WITHHELD}
                new_id = storage.add_signal(
                    replace(intent, attributes=attrs),
                    intent.item_ids[0] if intent.item_ids else None)
                for ev in existing.evidence:
                    storage.add_evidence(new_id, ev, None)
                storage.update_signal(existing.id,
                                      attributes={**existing.attributes, "confirmed_by": new_id},
                                      confidence=existing.confidence, history=existing.history)
                storage.withdraw_signals([existing.id], by=f"confirmed as signal #{new_id}",
                                         now=intent.detected_at)
                return True
            item_id = intent.item_ids[0] if intent.item_ids else None
            for ev in intent.evidence:
                storage.add_evidence(existing.id, ev, item_id)
            storage.update_signal(
                existing.id,
                attributes=merge_attributes(intent.kind, existing.attributes, intent.attributes),
                confidence=intent.confidence, history=intent.history)
            return False
    storage.add_signal(intent, intent.item_ids[0] if intent.item_ids else None)
    return True


def extract_new_items(storage: Any, config: Config, *, now: datetime,
                      batch: int = 500) -> ExtractResult:
    """Turn items stored since the last run into signals. Each batch and the cursor that
    records it commit together, so a crash never skips or repeats an item."""
    result = ExtractResult()
    matcher = matcher_for(storage)
    rates = config.fx.rates
    floor = config.matching.confidence_floor
    window = timedelta(days=config.matching.dedupe_days)
    h = config.hiring
    hiring = HiringSettings(recent_days=h.recent_days, baseline_days=h.baseline_days,
                            min_recent=h.min_recent, min_growth=h.min_growth)
    cursor = int(storage.get_meta("extract.cursor") or 0)
    total = storage.db.execute("SELECT count(*) FROM items WHERE id > ?", (cursor,)).fetchone()[0]
    for _ in range(total // batch + 1):  # bounded: every item is read once
        items = storage.get_items(after_id=cursor, limit=batch)
        if not items:
            break
        with storage.transaction():
            boards: set[str] = set()
            for item in items:
                for intent in signals_from_item(item, matcher, rates=rates, floor=floor,
                                                now=now):
                    if intent.kind == "technographic":  # a website's tools
                        observe_tool(storage, intent)
                    if store_intent(storage, intent, window=window):
                        result.new_signals += 1
                    else:
                        result.merged += 1
                if item.type == "posting" and item.account_id:
                    boards.add(item.account_id)
            for account_id in sorted(boards):
                postings = storage.get_postings(account_id)
                for intent in hiring_from_postings(account_id, postings, now=now,
                                                   settings=hiring):
                    if store_intent(storage, intent, window=timedelta(days=h.recent_days)):
                        result.new_signals += 1
                    else:
                        result.merged += 1
                result.new_signals += technographics(storage, account_id, postings, now=now)
            cursor = items[-1].id
            storage.set_meta("extract.cursor", str(cursor))
        result.items += len(items)
    return result
