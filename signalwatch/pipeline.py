"""The wiring, and the only place that knows the order of the stages::

    due sources | fetch (parallel) | parse | seen? | extract | match | score | outbox | notify

Each stage reads what the stage before it committed and records how far it got (a cursor in
the database, advanced in the same transaction as its writes), so a crash anywhere resumes
without loss and without a second alert.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .config import Config
from .store import Storage


@dataclass
class PipelineResult:
    """What one pass of the pipeline did, stage by stage (stage name -> its result)."""

    stages: dict[str, Any] = field(default_factory=dict)


def run_once(storage: Storage, config: Config, *, now: datetime) -> PipelineResult:
    """Run every stage after collection once, in order (collection is run by its caller,
    which decides which sources are due)."""
    from .extract.run import extract_new_items
    from .notify.run import decide, dispatch, send_due_digests

    result = PipelineResult()
    result.stages["extract"] = extract_new_items(storage, config, now=now)
    result.stages["decide"] = decide(storage, config, now=now)
    result.stages["dispatch"] = dispatch(storage, config, now=now)
    result.stages["digests"] = send_due_digests(storage, config, now=now)
    return result
