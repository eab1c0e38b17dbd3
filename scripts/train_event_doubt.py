"""Train the event-headline doubt model (``signalwatch/extract/doubt.py``) and measure it.

    python scripts/train_event_doubt.py            # train, measure, write the model
    python scripts/train_event_doubt.py --check    # train and compare with the shipped one

Training data: every title labelled for events in ``tests/data/events`` (the events an
analyst expects, or none). One logistic regression per event class (launch, partnership,
acquisition, expansion) over ``event_features``: AdaGrad steps, an L2 penalty, features of
at least ``MIN_TITLES`` titles and none holding a word of a labelled company's name (the
subject's words are not read either), pure Python, a fixed seed: the same labels give the
same file.

Measure: ``tests/data/signals/first_runs_events.jsonl`` holds what the event rules read
from each blind split the first time they met it (type and subject; the commit is on each
line), before anyone tuned on it (every split at the top of ``tests/data/events`` but
``NOT_BLIND``; one with no event read has no line). The splits are dealt into ``GROUPS``
groups; each group's first-run events are judged by a model trained on the titles of the
other groups' splits only. An event is right when its type is labelled and the labelled
company ends its subject span (as ``evaluate_events`` scores). The script prints, for each
threshold, the precision and recall of what would alert, pooled over the splits, and how
many right and wrong events it withholds; the shipped threshold is the highest that
withholds at most ``doubt_training.MAX_LOST`` of the right events (a doubtful event is
still shown in digests).
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from doubt_training import (  # noqa: E402
    adagrad_step,
    chosen_threshold,
    name_words,
    run,
    sigmoid,
    threshold_table,
)

from signalwatch.extract.doubt import EVENT_CLASSES, EventModel, event_features  # noqa: E402
from signalwatch.match import normalise_name  # noqa: E402

EVENTS = ROOT / "tests" / "data" / "events"
FIRST_RUNS = ROOT / "tests" / "data" / "signals" / "first_runs_events.jsonl"
OUT = ROOT / "signalwatch" / "data" / "event_doubt.json"
CLASSES = tuple(dict.fromkeys(EVENT_CLASSES.values()))
EPOCHS, L2, STEP, SEED = 30, 1e-3, 0.3, 0
#: A feature is learned only when this many training titles have it.
MIN_TITLES = 5
GROUPS = 8
#: Splits whose labels were committed after the rules had been tuned on them: no first
#: run of theirs is on record (tests/data/events/SOURCES.md).
NOT_BLIND = ("blind", "blind2")
THRESHOLDS = (0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5)


def labelled(data: Path = EVENTS) -> dict[str, list[tuple[str, set[str]]]]:
    """Titles labelled for events, per split file: (title, the classes it holds)."""
    out = {}
    for path in sorted(data.rglob("*.jsonl")):
        rows = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
        out[path.stem] = [(r["title"], {EVENT_CLASSES[t] for t, _ in r["events"]
                                        if t in EVENT_CLASSES}) for r in rows]
    return out


def train(rows: Sequence[tuple[str, set[str]]], *, epochs: int = EPOCHS, step: float = STEP,
          min_titles: int = MIN_TITLES) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """One logistic regression per class over each title's features; deterministic."""
    names = name_words()
    data = [([f for f in event_features(title) if not names & set(
        f.partition(":")[2].split())], classes) for title, classes in rows]
    counts = Counter(f for feats, _ in data for f in feats)
    data = [([f for f in feats if counts[f] >= min_titles], classes) for feats, classes in data]
    weights: dict[str, dict[str, float]] = {c: {} for c in CLASSES}
    grad2: dict[str, dict[str, float]] = {c: {} for c in CLASSES}
    bias = dict.fromkeys(CLASSES, 0.0)
    bias2 = dict.fromkeys(CLASSES, 0.0)
    order = list(range(len(data)))
    rnd = random.Random(SEED)
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            feats, classes = data[i]
            for c in CLASSES:
                w, g2 = weights[c], grad2[c]
                err = sigmoid(bias[c] + sum(w.get(f, 0.0) for f in feats)) - (c in classes)
                bias2[c] += err * err
                bias[c] -= step * err / math.sqrt(bias2[c] + 1e-8)
                adagrad_step(w, g2, feats, err, step, L2)
    return ({c: round(b, 4) for c, b in bias.items()},
            {c: {f: round(v, 4) for f, v in sorted(w.items()) if abs(v) >= 0.02}
             for c, w in weights.items()})


def first_runs(data: Path = EVENTS) -> dict[str, list[tuple[str, str, int]]]:
    """Each blind split's first-run events: (title, type, 1 if right)."""
    runs: dict[str, list[dict[str, str]]] = {}
    for line in FIRST_RUNS.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            runs.setdefault(row["split"], []).append(row)
    out: dict[str, list[tuple[str, str, int]]] = {}
    for split, events in runs.items():
        (path,) = data.rglob(f"{split}.jsonl")
        gold = {r["title"]: [(t, normalise_name(c)) for t, c in r["events"]]
                for r in map(json.loads, filter(str.strip,
                                                path.read_text("utf-8").splitlines()))}
        out[split] = []
        for e in events:
            subject = normalise_name(e["subject"])
            hit = next((g for g in gold[e["title"]] if g[0] == e["type"] and (
                subject == g[1] or subject.endswith(" " + g[1]))), None)
            if hit is not None:
                gold[e["title"]].remove(hit)
            out[split].append((e["title"], e["type"], int(hit is not None)))
    return out


def measure(labels: dict[str, list[tuple[str, set[str]]]],
            runs: dict[str, list[tuple[str, str, int]]]) -> list[dict[str, float]]:
    """Grouped by split: each split's first-run events judged by a model not trained on it
    (nor on the other splits of its group). Types the model does not judge are kept."""
    names = sorted(p.stem for p in EVENTS.glob("*.jsonl") if p.stem not in NOT_BLIND)
    scored: list[tuple[float, int]] = []
    for g in range(GROUPS):
        held = set(names[g::GROUPS])
        bias, weights = train([r for s, rows in labels.items() if s not in held
                               for r in rows])
        m = EventModel(bias, weights, 0.0)
        scored += [(m.probability(EVENT_CLASSES[t], title) if t in EVENT_CLASSES else 1.0, y)
                   for s in sorted(held) for title, t, y in runs.get(s, [])]
    labelled_total = sum(sum(len(json.loads(x)["events"]) for x in p.read_text(
        "utf-8").splitlines() if x.strip()) for p in EVENTS.glob("*.jsonl")
        if p.stem not in NOT_BLIND)
    return threshold_table(scored, labelled_total, THRESHOLDS)


def build() -> dict[str, object]:
    labels = labelled()
    table = measure(labels, first_runs())
    threshold = chosen_threshold(table)
    bias, weights = train([r for rows in labels.values() for r in rows])
    return {"about": "signalwatch/extract/doubt.py; trained by scripts/train_event_doubt.py",
            "trained_on": {"titles": sum(len(r) for r in labels.values()),
                           "events": {c: sum(c in cs for rows in labels.values()
                                             for _, cs in rows) for c in CLASSES}},
            "measured": table, "threshold": threshold, "bias": bias, "weights": weights}


def main(argv: list[str]) -> int:
    return run(build, OUT, ROOT, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
