"""Small helpers shared by the core and the adapters: time, JSON, hashing."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
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


_SLASH_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:[ T,]+(.*))?$")
_DOTTED_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T,]+(.*))?$")


def parse_date(value: str, *, order: str = "mdy") -> datetime:
    """A CRM date as an aware UTC datetime: ISO (``2024-03-01``, ``2024-03-01 10:15``,
    with or without offset), slashed dates in ``order`` (``mdy``: Salesforce US
    ``3/1/2017``; ``dmy``), dotted European ``01.03.2024``, or epoch milliseconds
    (HubSpot's API). Raises ValueError naming what was expected."""
    text = value.strip()
    if not text:
        raise ValueError("empty date")
    if text.isdigit() and len(text) >= 10:
        number = int(text)
        return datetime.fromtimestamp(number / 1000 if number > 1e11 else number, UTC)
    m = _SLASH_DATE.match(text) or _DOTTED_DATE.match(text)
    if m:
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        year += 2000 if year < 100 else 0
        month, day = (a, b) if order == "mdy" and "/" in text else (b, a)
        try:
            return datetime(year, month, day, tzinfo=UTC)
        except ValueError:
            raise ValueError(f"{value!r} is not a valid date ({order} order)") from None
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"cannot read {value!r} as a date (expected 2024-03-01, "
                         "3/1/2024 or 01.03.2024)") from None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


#: The characters CPython's IGNORECASE takes for ASCII letters though their lower case is not
#: that letter (tested over every code point): dotted İ and dotless ı for i, long ſ for s.
IGNORECASE_ODD = {"İ": "i", "ı": "i", "ſ": "s"}
_ODD_TABLE = str.maketrans(IGNORECASE_ODD)


def ignorecase_key(matched: str) -> str:
    """The key a case-insensitive pattern written in lower-case ASCII words matched ("CFO",
    "Cıo" -> "cio", "ſ$" -> "s$"): its lower case, with IGNORECASE's odd letters read as the
    ones they stood for, so a table of the pattern's words can look it up."""
    return matched.translate(_ODD_TABLE).lower()
