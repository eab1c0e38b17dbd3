"""Train the funding-headline doubt model (``signalwatch/extract/doubt.py``) and measure it.

    python scripts/train_funding_doubt.py            # train, measure, write the model
    python scripts/train_funding_doubt.py --check    # train and compare with the shipped one

Training data: every headline labelled for funding in ``tests/data/signals/*.jsonl``
(``expect`` empty: no round; ``eval.jsonl`` has another shape and is left out). A logistic
regression over the headline's words but its subject's (``doubt.round_words``) and the
labelled names' (``doubt_training.name_words``), AdaGrad steps and an L2 penalty,
pure Python, a fixed seed: the same labels give the same file.

Measure: ``tests/data/signals/first_runs.jsonl`` holds what the funding rules read from
each blind split's headlines the first time they were run (subject and round; the commit
is on each line),
before anyone tuned on them. For each of those splits, a model trained on every *other*
split decides which of that split's candidates are doubtful; a candidate is right when the
matcher resolves its subject to the labelled company (as ``evaluate_headlines`` scores).
The script prints, for each threshold, the alerting precision and recall pooled over the
splits (doubtful candidates withheld) and how many right and wrong candidates it withheld;
the shipped threshold is the highest one that withholds at most
``doubt_training.MAX_LOST`` of the right candidates, a cost a digest keeps (a doubtful
round is still shown there).
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
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

from signalwatch.accounts import Account  # noqa: E402
from signalwatch.extract.doubt import NAMED_STAGES, Model, round_words  # noqa: E402
from signalwatch.match import Matcher, normalise_name  # noqa: E402

DATA = ROOT / "tests" / "data" / "signals"
OUT = ROOT / "signalwatch" / "data" / "funding_doubt.json"
EPOCHS, L2, STEP, SEED = 20, 0.1, 0.3, 0
#: A word is learned only when this many training headlines have it.
MIN_HEADLINES = 5
THRESHOLDS = (0.0, 0.01, 0.02, 0.03, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)


def labelled(data: Path = DATA) -> dict[str, list[tuple[str, int]]]:
    """Headlines labelled for funding, per split file: (title, 1 if a round)."""
    out: dict[str, list[tuple[str, int]]] = {}
    for path in sorted(data.glob("*.jsonl")):
        if path.name in ("eval.jsonl", "first_runs.jsonl"):
            continue
        rows = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
        got = [(r["title"], 1 if r["expect"] else 0) for r in rows
               if r.get("kind") == "funding" and "expect" in r]
        if got:
            out[path.stem] = got
    return out


def train(rows: list[tuple[str, int]]) -> tuple[float, dict[str, float]]:
    """Logistic regression over each headline's set of words; deterministic."""
    names = name_words()
    said = [set(round_words(t)) - names for t, _ in rows]
    df = Counter(w for ws in said for w in ws)
    # a word of fewer headlines is a one-off: it would be learned by heart
    data = [(sorted(w for w in ws if df[w] >= MIN_HEADLINES), y) for ws, (_, y) in zip(
        said, rows, strict=True)]
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    bias = bias_g2 = 0.0
    order = list(range(len(data)))
    rnd = random.Random(SEED)
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for i in order:
            feats, y = data[i]
            g = sigmoid(bias + sum(w.get(k, 0.0) for k in feats)) - y
            bias_g2 += g * g
            bias -= STEP * g / math.sqrt(bias_g2 + 1e-8)
            adagrad_step(w, g2, feats, g, STEP, L2)
    return bias, {k: round(v, 4) for k, v in sorted(w.items()) if abs(v) >= 0.02}


def first_runs(data: Path = DATA) -> dict[str, list[tuple[str, str, int]]]:
    """Each blind split's first-run candidates: (title, round as read then, 1 if right)."""
    splits: dict[str, list[dict[str, str]]] = {}
    for line in (data / "first_runs.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            splits.setdefault(row["split"], []).append(row)
    out: dict[str, list[tuple[str, str, int]]] = {}
    for split, cands in splits.items():
        rows = [json.loads(x) for x in (data / f"{split}.jsonl").read_text("utf-8").splitlines()
                if x.strip()]
        gold = {r["title"]: [c for c, _ in r["expect"]] for r in rows if r["kind"] == "funding"}
        names = sorted({c for g in gold.values() for c in g})
        ids = {normalise_name(n): f"l{i}" for i, n in enumerate(names)}
        matcher = Matcher([Account(f"l{i}", n) for i, n in enumerate(names)])
        out[split] = []
        for c in cands:
            match = matcher.resolve(subject=c["subject"])
            account = match.account_id if match and match.confidence >= 0.8 else None
            right = account in {ids[normalise_name(g)] for g in gold[c["title"]]}
            out[split].append((c["title"], c["round"], int(right)))
    return out


def measure(labels: dict[str, list[tuple[str, int]]],
            runs: dict[str, list[tuple[str, str, int]]]) -> list[dict[str, float]]:
    """Leave-one-split-out: each split's candidates judged by a model not trained on it."""
    scored: list[tuple[float, int]] = []
    for split, cands in sorted(runs.items()):
        bias, weights = train([r for s, rows in labels.items() if s != split for r in rows])
        m = Model(bias, weights, 0.0)
        # (a round named by its stage is not judged, as by extract/doubt.py's doubt_of;
        # the round as the rules read it at that first run, so the measure, like the
        # weights, depends on the labels and that record only)
        scored += [(1.0 if round_.startswith(NAMED_STAGES) else m.probability(t), y)
                   for t, round_, y in cands]
    labelled_total = sum(sum(1 for _, y in rows if y) for s, rows in labels.items()
                         if s in runs)
    return threshold_table(scored, labelled_total, THRESHOLDS)


def build() -> dict[str, object]:
    labels = labelled()
    table = measure(labels, first_runs())
    threshold = chosen_threshold(table)
    bias, weights = train([r for rows in labels.values() for r in rows])
    return {"about": "signalwatch/extract/doubt.py; trained by scripts/train_funding_doubt.py",
            "trained_on": {"headlines": sum(len(r) for r in labels.values()),
                           "rounds": sum(y for r in labels.values() for _, y in r)},
            "measured": table, "threshold": threshold, "bias": round(bias, 4),
            "weights": weights}


def main(argv: list[str]) -> int:
    return run(build, OUT, ROOT, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
