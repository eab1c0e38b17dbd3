"""Helpers for the living-ICP tests."""

from __future__ import annotations

import csv
import io


def as_csv(rows: list[dict[str, str]]) -> str:
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns)
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()
