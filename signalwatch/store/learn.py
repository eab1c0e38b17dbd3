"""Deals, imported signals and ICP versions (the living ICP, issue #12)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from ..deals import AccountIndex, DealData
from ..types import SignalIntent
from ..utils import from_iso, to_iso
from .base import StorageBase


class LearnMixin(StorageBase):
    # -- joining ---------------------------------------------------------------------

    def account_index(self) -> AccountIndex:
        """Ids, domains and names of every account (for joining deals and signals)."""
        return AccountIndex.build({r[0]: (r[1], r[2]) for r in self.db.execute(
            "SELECT id, domain, name FROM accounts")})

    # -- deals -----------------------------------------------------------------------

    def upsert_deals(self, deals: Iterable[DealData], *, now: datetime, origin: str
                     ) -> tuple[int, int]:
        """Insert or update deals by id, in one transaction; (inserted, updated)."""
        inserted = updated = 0
        with self.transaction() as db:
            for d in deals:
                values = (d.name, d.account_id, d.pipeline, d.stage, d.outcome,
                          to_iso(d.created_at), to_iso(d.closed_at), d.amount, d.owner,
                          d.lost_reason, origin, to_iso(now))
                cursor = db.execute(
                    "UPDATE deals SET name = ?, account_id = ?, pipeline = ?, stage = ?, "
                    "outcome = ?, created_at = ?, closed_at = ?, amount = ?, owner = ?, "
                    "lost_reason = ?, origin = ?, updated_at = ? WHERE id = ?",
                    (*values, d.id))
                if cursor.rowcount:
                    updated += 1
                else:
                    db.execute(
                        "INSERT INTO deals (name, account_id, pipeline, stage, outcome, "
                        "created_at, closed_at, amount, owner, lost_reason, origin, "
                        "updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (*values, d.id))
                    inserted += 1
        return inserted, updated

    def get_deals(self, *, outcome: str | None = None) -> list[DealData]:
        sql = "SELECT * FROM deals"
        params: list[Any] = []
        if outcome:
            sql += " WHERE outcome = ?"
            params.append(outcome)
        return [DealData(id=r["id"], account_id=r["account_id"], stage=r["stage"],
                         outcome=r["outcome"],
                         created_at=from_iso(r["created_at"]),  # type: ignore[arg-type]
                         closed_at=from_iso(r["closed_at"]), name=r["name"],
                         pipeline=r["pipeline"], amount=r["amount"], owner=r["owner"],
                         lost_reason=r["lost_reason"])
                for r in self.db.query(sql + " ORDER BY created_at, id", params)]

    def count_deals(self) -> dict[str, int]:
        return {r[0]: int(r[1]) for r in self.db.execute(
            "SELECT outcome, count(*) FROM deals GROUP BY outcome")}

    # -- imported signals ------------------------------------------------------------

    def import_signals(self, intents: Sequence[SignalIntent]) -> tuple[int, int]:
        """Store imported signals once each (by dedupe key): (added, already there)."""
        added = known = 0
        with self.transaction() as db:
            for intent in intents:
                row = db.execute("SELECT 1 FROM signals WHERE account_id = ? AND dedupe_key = ?",
                                 (intent.account_id, intent.dedupe_key)).fetchone()
                if row:
                    known += 1
                    continue
                self.add_signal(intent)  # type: ignore[attr-defined]
                added += 1
        return added, known

    def signals_for_learning(self) -> list[tuple[str, str, datetime, dict[str, Any]]]:
        """(account_id, kind, occurred_at, attributes) of every signal, oldest first, but
        those withdrawn: a rep's "wrong company" is no trigger of anyone's deal, and a
        rumour its announcement confirmed is counted once, as the announcement."""
        return [(r[0], r[1], from_iso(r[2]), json.loads(r[3]))  # type: ignore[misc]
                for r in self.db.execute(
                    "SELECT account_id, kind, occurred_at, attributes FROM signals "
                    "WHERE withdrawn_at IS NULL ORDER BY occurred_at")]

    # -- outcomes --------------------------------------------------------------------

    def sent_alerts_with_signals(self) -> list[dict[str, Any]]:
        """Sent alerts with the kinds and sources of their signals."""
        rows = list(self.db.query(
            "SELECT id, account_id, rep, sent_at, signal_ids FROM alerts WHERE status = 'sent' "
            "ORDER BY id"))
        for r in rows:
            ids = json.loads(r["signal_ids"] or "[]")
            marks = ",".join("?" * len(ids)) or "NULL"
            r["kinds"] = sorted({k for (k,) in self.db.execute(
                f"SELECT DISTINCT kind FROM signals WHERE id IN ({marks})", ids)})
            r["sources"] = sorted({s for (s,) in self.db.execute(
                f"SELECT DISTINCT source FROM signal_evidence WHERE signal_id IN ({marks}) "
                "AND source IS NOT NULL", ids)})
        return rows

    # -- ICP versions ----------------------------------------------------------------

    def latest_icp_version(self) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM icp_versions ORDER BY id DESC LIMIT 1"))
        return rows[0] if rows else None

    def latest_config_icp_version(self) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM icp_versions WHERE origin = 'config' "
                                  "ORDER BY id DESC LIMIT 1"))
        return rows[0] if rows else None

    def get_icp_versions(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM icp_versions ORDER BY id"))

    def add_icp_version(self, *, icps: list[dict[str, Any]], origin: str, now: datetime,
                        config_hash: str | None = None, evidence: dict[str, Any] | None = None,
                        note: str = "") -> int:
        cursor = self.db.execute(
            "INSERT INTO icp_versions (created_at, origin, icps, config_hash, evidence, note) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (to_iso(now), origin, json.dumps(icps, sort_keys=True), config_hash,
             json.dumps(evidence or {}, sort_keys=True), note))
        return int(cursor.lastrowid or 0)

    def save_icp_draft(self, *, icps: list[dict[str, Any]], evidence: dict[str, Any],
                       report: dict[str, Any], now: datetime) -> int:
        cursor = self.db.execute(
            "INSERT INTO icp_drafts (created_at, icps, evidence, report) VALUES (?, ?, ?, ?)",
            (to_iso(now), json.dumps(icps, sort_keys=True), json.dumps(evidence),
             json.dumps(report)))
        return int(cursor.lastrowid or 0)

    def latest_icp_draft(self) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM icp_drafts ORDER BY id DESC LIMIT 1"))
        return rows[0] if rows else None
