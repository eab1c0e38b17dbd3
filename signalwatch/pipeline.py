"""The wiring, and the only place that knows the order of the stages::

    due sources | fetch (parallel) | parse | seen? | extract | match | score | outbox | notify
    [collect]                                       [extract]        [decide]  [dispatch]
                                                                               [digests]

Every entry point runs the stages through here: ``signalwatch collect`` (:func:`run_cycle`:
collect, then the rest), the daemon (its poll job is :func:`collect_sources`, its pipeline
job :func:`run_stages`, event-driven after a poll that stored news and on a safety timer)
and the demo (the daemon's jobs on a simulated clock). Each stage reads what the stage
before it committed and records how far it got, so a crash anywhere resumes without loss
and without a second alert.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from .config import Config
from .store import Storage

#: The stages after collection, in order.
STAGES = ("extract", "decide", "dispatch", "digests")


@dataclass
class PipelineResult:
    """What one pass did, stage by stage (stage name -> its result)."""

    stages: dict[str, Any] = field(default_factory=dict)


def collect_sources(storage: Storage, config: Config, *, now: datetime,
                    names: Iterable[str] | None = None, due_only: bool = False,
                    progress: Callable[[Any], object] | None = None,
                    jitter: float = 0.0) -> Any:
    """The collect stage: poll sources (all, the named ones or the due ones)."""
    from .stages.collect import collect

    return collect(storage, config, now=now, names=names, due_only=due_only,
                   progress=progress, jitter=jitter)


def run_stages(storage: Storage, config: Config, *, now: datetime,
               digest_grace: timedelta = timedelta(hours=12)) -> PipelineResult:
    """Every stage after collection, once, in order."""
    from .stages.decide import decide_signals
    from .stages.digests import send_due_digests
    from .stages.dispatch import dispatch
    from .stages.extract import extract_new_items

    result = PipelineResult()
    result.stages["extract"] = extract_new_items(storage, config, now=now)
    result.stages["decide"] = decide_signals(storage, config, now=now)
    result.stages["dispatch"] = dispatch(storage, config, now=now)
    result.stages["digests"] = send_due_digests(storage, config, now=now, grace=digest_grace)
    return result


def run_cycle(storage: Storage, config: Config, *, now: datetime,
              names: Iterable[str] | None = None, due_only: bool = False,
              progress: Callable[[Any], object] | None = None) -> PipelineResult:
    """Collect, then every other stage: what ``signalwatch collect`` does."""
    collected = collect_sources(storage, config, now=now, names=names, due_only=due_only,
                                progress=progress)
    result = run_stages(storage, config, now=now)
    result.stages = {"collect": collected, **result.stages}
    return result
