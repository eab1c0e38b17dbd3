"""Small helpers shared by the core and the adapters: time, JSON, hashing."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any


def utc(dt: datetime) -> datetime:
    """Return ``dt`` as aware UTC; a naive datetime is taken to be UTC already."""
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def utcnow() -> datetime:
    """The clock. Only adapters (CLI, daemon, collectors) call it; the core takes ``now``."""
    return datetime.now(UTC)


def to_iso(dt: datetime | None) -> str | None:
    """Serialise an aware datetime as ISO 8601 UTC (``2026-11-24T10:00:00+00:00``)."""
    return None if dt is None else utc(dt).isoformat(timespec="seconds")


def from_iso(value: str | None) -> datetime | None:
    """Parse what :func:`to_iso` wrote (naive strings are taken to be UTC)."""
    if not value:
        return None
    return utc(datetime.fromisoformat(value))


def _default(obj: Any) -> Any:
    if isinstance(obj, datetime):
        return to_iso(obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


def dumps(obj: Any, **kwargs: Any) -> str:
    """JSON with datetimes as ISO UTC and dataclasses as objects; compact, stable keys."""
    kwargs.setdefault("separators", (",", ":"))
    kwargs.setdefault("ensure_ascii", False)
    return json.dumps(obj, default=_default, **kwargs)


def sha256(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()
