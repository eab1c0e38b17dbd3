"""What the two headline doubt models' training scripts share (``train_funding_doubt.py``,
``train_event_doubt.py``): the logistic regression's step, the table of what each
threshold would withhold, the threshold chosen from it, and the command line that prints
the table and writes or checks the model file."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"

#: At most this share of the right first-run readings may be withheld from alerts.
MAX_LOST = 0.03


@cache
def name_words() -> frozenset[str]:
    """The words of the company names the labels give (``tests/data/signals`` and
    ``tests/data/events``) that are no ordinary words (``common_words``): a model that
    learned them would weigh a company's name, so neither model learns them ("anthropic",
    "stripe" and "google" had weighed against a round)."""
    from signalwatch.extract.doubt import words
    from signalwatch.match import common_words

    names: set[str] = set()
    for path in sorted((DATA / "signals").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                names.update(w for company, _ in json.loads(line).get("expect") or []
                             for w in words(company))
    for path in sorted((DATA / "events").rglob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                names.update(w for _, company in json.loads(line)["events"]
                             for w in words(company))
    ordinary = common_words()
    return frozenset(w for w in names if w not in ordinary and not w.startswith("<"))


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def adagrad_step(weights: dict[str, float], grad2: dict[str, float], feats: Iterable[str],
                 err: float, step: float, l2: float) -> None:
    """One AdaGrad step of a logistic regression's weights for the features of one example
    (``err``: the probability less the label), with an L2 penalty."""
    for f in feats:
        g = err + l2 * weights.get(f, 0.0)
        grad2[f] = grad2.get(f, 0.0) + g * g
        weights[f] = weights.get(f, 0.0) - step * g / math.sqrt(grad2[f] + 1e-8)


def threshold_table(scored: Sequence[tuple[float, int]], labelled: int,
                    thresholds: Sequence[float]) -> list[dict[str, float]]:
    """For each threshold, what alerts of the scored first-run readings ((probability,
    1 if right)): found, right, and how many right and wrong ones are withheld."""
    right = sum(y for _, y in scored)
    table = []
    for tau in thresholds:
        kept = [(p, y) for p, y in scored if p >= tau]
        kept_right = sum(y for _, y in kept)
        table.append({"threshold": tau, "found": len(kept), "right": kept_right,
                      "labelled": labelled, "withheld_right": right - kept_right,
                      "withheld_wrong": (len(scored) - right) - (len(kept) - kept_right)})
    return table


def chosen_threshold(table: Sequence[dict[str, float]]) -> float:
    """The highest threshold that withholds at most ``MAX_LOST`` of the right readings."""
    right = table[0]["right"]
    return max(row["threshold"] for row in table if row["withheld_right"] <= MAX_LOST * right)


def run(build: Callable[[], dict[str, object]], out: Path, root: Path, argv: list[str]) -> int:
    """Train (``build``), print the measure, and write the model to ``out`` (with
    ``--check``: compare with the shipped file instead; 1 when it differs)."""
    model = build()
    for row in model["measured"]:  # type: ignore[attr-defined]
        p = row["right"] / row["found"] if row["found"] else 1.0
        print(f"threshold {row['threshold']:.3f}: precision {row['right']}/{row['found']} = "
              f"{p:.3f}, recall {row['right']}/{row['labelled']}; withheld "
              f"{row['withheld_right']} right, {row['withheld_wrong']} wrong")
    print(f"shipped threshold {model['threshold']}")
    text = json.dumps(model, indent=1, sort_keys=True) + "\n"
    if "--check" in argv:
        same = out.exists() and out.read_text("utf-8") == text
        print("the shipped model is " + ("the one these labels train" if same else "STALE"))
        return 0 if same else 1
    out.write_text(text, "utf-8")
    print(f"wrote {out.relative_to(root)}")
    return 0
