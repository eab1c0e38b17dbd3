"""Signals and their evidence."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from ..types import Evidence, Item, Signal, SignalIntent
from ..utils import from_iso, to_iso
from .base import StorageBase
from .collect import _row_to_item


class SignalsMixin(StorageBase):
    def _evidence(self, signal_ids: Sequence[int]) -> dict[int, list[Evidence]]:
        out: dict[int, list[Evidence]] = {i: [] for i in signal_ids}
        for start in range(0, len(signal_ids), 500):
            chunk = list(signal_ids[start:start + 500])
            marks = ",".join("?" * len(chunk))
            for r in self.db.query(
                f"SELECT * FROM signal_evidence WHERE signal_id IN ({marks}) ORDER BY id", chunk
            ):
                out[r["signal_id"]].append(Evidence(
                    url=r["url"], title=r["title"], sentence=r["sentence"], source=r["source"],
                    published=from_iso(r["published"])))
        return out

    def _signals(self, rows: list[dict[str, Any]]) -> list[Signal]:
        evidence = self._evidence([r["id"] for r in rows])
        return [
            Signal(
                id=r["id"], kind=r["kind"], account_id=r["account_id"],
                occurred_at=from_iso(r["occurred_at"]),  # type: ignore[arg-type]
                detected_at=from_iso(r["detected_at"]),  # type: ignore[arg-type]
                confidence=r["confidence"], attributes=json.loads(r["attributes"]),
                evidence=tuple(evidence[r["id"]]), dedupe_key=r["dedupe_key"],
                history=bool(r["history"]), matched=r.get("matched"),
            )
            for r in rows
        ]

    def add_signal(self, intent: SignalIntent, item_id: int | None = None) -> int:
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO signals (kind, account_id, occurred_at, detected_at, confidence, "
                "attributes, dedupe_key, history, matched) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (intent.kind, intent.account_id, to_iso(intent.occurred_at),
                 to_iso(intent.detected_at), intent.confidence,
                 json.dumps(dict(intent.attributes), sort_keys=True), intent.dedupe_key,
                 int(intent.history), intent.matched),
            )
            signal_id = int(cursor.lastrowid or 0)
            for ev in intent.evidence:
                self.add_evidence(signal_id, ev, item_id)
        return signal_id

    def add_evidence(self, signal_id: int, evidence: Evidence, item_id: int | None) -> bool:
        """Attach evidence to a signal (one more source for the same event); False if it was
        there already."""
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO signal_evidence (signal_id, item_id, url, title, sentence, "
            "source, published) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (signal_id, item_id, evidence.url, evidence.title, evidence.sentence,
             evidence.source, to_iso(evidence.published)),
        )
        return cursor.rowcount > 0

    def update_signal(self, signal_id: int, *, attributes: dict[str, Any],
                      confidence: float, history: bool) -> None:
        """Fill in what a later source knew (an amount the first story left out); a signal
        stops being history as soon as one non-history item supports it."""
        self.db.execute(
            "UPDATE signals SET attributes = ?, confidence = max(confidence, ?), "
            "history = min(history, ?) WHERE id = ?",
            (json.dumps(attributes, sort_keys=True), confidence, int(history), signal_id),
        )

    def signal_withdrawn(self, signal_id: int) -> bool:
        """Whether a rep withdrew the signal ("wrong company") or a later report
        confirmed it into another."""
        row = self.db.execute("SELECT withdrawn_at FROM signals WHERE id = ?",
                              (signal_id,)).fetchone()
        return row is not None and row[0] is not None

    def get_recent_signals(self, account_id: str, kind: str, since: datetime) -> list[Signal]:
        rows = list(self.db.query(
            "SELECT * FROM signals WHERE account_id = ? AND kind = ? AND occurred_at >= ? "
            "ORDER BY id", (account_id, kind, to_iso(since))))
        return self._signals(rows)

    def get_signals(self, *, account_id: str | None = None, kind: str | None = None,
                    since: datetime | None = None, after_id: int = 0,
                    limit: int | None = None, withdrawn: bool = False) -> list[Signal]:
        """Signals, newest first; without those a rep withdrew unless ``withdrawn``."""
        where: list[str] = ["id > ?"] if withdrawn else ["id > ?", "withdrawn_at IS NULL"]
        params: list[Any] = [after_id]
        if account_id is not None:
            where.append("account_id = ?")
            params.append(account_id)
        if kind is not None:
            where.append("kind = ?")
            params.append(kind)
        if since is not None:
            where.append("occurred_at >= ?")
            params.append(to_iso(since))
        sql = f"SELECT * FROM signals WHERE {' AND '.join(where)} ORDER BY occurred_at DESC, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._signals(list(self.db.query(sql, params)))

    def get_postings(self, account_id: str) -> list[Item]:
        """Every posting of an account's boards, open and closed (the hiring baseline)."""
        return [_row_to_item(r) for r in self.db.query(
            "SELECT * FROM items WHERE account_id = ? AND type = 'posting' ORDER BY id",
            (account_id,))]
