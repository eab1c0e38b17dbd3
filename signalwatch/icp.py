"""ICP fit (pure): score, tier and reasons of an account against the team's ICPs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .exceptions import ConfigError
from .types import ICP

#: Keys an [[icps]] table accepts, with their help text.
ICP_KEYS: dict[str, str] = {
    "name": "Unique short name.",
    "priority": "Lower wins when an account fits several ICPs.",
    "description": "One line for humans.",
    "must": "Criteria that must all hold.",
    "prefer": "Weighted criteria that make the score.",
    "disqualify": "Criteria any of which rules the account out.",
    "tiers": "Minimum score of tiers A, B and C.",
    "triggers": "Which signal kinds count for this ICP, with filters and weights.",
    "channel": "Slack channel for this ICP's alerts when the owner cannot be reached.",
}


def parse_icps(tables: Iterable[Mapping[str, Any]], *, file: str) -> list[ICP]:
    """Build ICPs from the ``[[icps]]`` tables of ``file``. (Criteria: see issue 2.)"""
    icps: list[ICP] = []
    for i, table in enumerate(tables):
        if not isinstance(table, Mapping):
            raise ConfigError(f"got {table!r}, expected a table", file=file, key=f"icps[{i}]")
        name = table.get("name")
        if not isinstance(name, str) or not name:
            raise ConfigError(f"got {name!r}, expected a name", file=file, key=f"icps[{i}].name")
        icps.append(ICP(name=name, priority=int(table.get("priority", 100)),
                        description=str(table.get("description", ""))))
    return icps
