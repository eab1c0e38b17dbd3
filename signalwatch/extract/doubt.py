"""How much a headline the funding rules read as a round resembles the headlines that were
no round (pure).

The rules read "X raises / secures / receives ..." by form; on newswire headlines no one
on the project had seen, a third of what they took for rounds were something else: a
charity's raise for a cause, a grant its giver announces, a listed company's placement, a
token's presale, money for a project (tests/data/signals/SOURCES.md). A logistic
regression over a headline's words, trained by ``scripts/train_funding_doubt.py`` on every
labelled funding headline of the project (``tests/data/signals/*.jsonl``) and shipped as
``signalwatch/data/funding_doubt.json``, gives the probability that the headline states a
company's round. A round whose every proof is a headline under the model's threshold is
*doubtful* (:func:`doubt_of`, judged by the decide stage once per stored signal, not per
item read): kept, shown in digests with the words that weighed against it, never alerted
on its own (as a rumour is). The extraction is unchanged; the alert is what the doubt
withholds.

Words, not names: a word is lower-cased; an amount of money is ``<money>``, a ticker in
brackets ``<ticker>``, a number ``<num>``. Each word's weight is in the model file, so
every doubt is explained by the words that weighed most against the round.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..types import Evidence
from .text import TICKERS

#: Money in a lower-cased headline (lower case first: a case-blind pattern is slower).
_MONEY = re.compile(
    r"(?=[$€£¥₹\duacshre])(?:(?:us\$|c\$|a\$|s\$|hk\$|r\$|\$|€|£|¥|₹|"
    r"\b(?:usd|eur|gbp|inr|rs\.?|cad|aud)\s?)"
    r"\s?\d[\d,.]*(?:\s?(?:million|billion|thousand|mn|bn|mln|m|b|k)\b)?"
    r"|\b\d[\d,.]*\s?(?:million|billion|mn|bn|crore|lakh)\b)")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"<money>|<ticker>|\d[\d,.]*|[^\W\d_](?:[\w'’.&\-]*[^\W_])?")


def words(title: str) -> list[str]:
    """A headline's words as the model reads them, in order (repeats kept)."""
    # (each pass only where it can apply: extraction must stay fast, issue #13)
    text = (TICKERS.sub(" <ticker> ", title) if "(" in title else title).lower()
    if _DIGIT.search(text):
        text = _MONEY.sub(" <money> ", text)
    text = text.replace("’", "'").replace("&amp;", "&")
    return ["<num>" if w[0].isdigit() else w for w in _WORD.findall(text)]


#: A round named by its stage ("Series B", "seed") is told as rounds are; of the 25 first-run
#: candidates the model withheld at its threshold, none named one (scripts/
#: train_funding_doubt.py): such a headline is not judged.
NAMED_STAGES = ("seed", "pre-seed", "series", "pre-series")


@dataclass(frozen=True)
class Model:
    bias: float
    weights: dict[str, float]
    #: A headline under this probability is doubtful.
    threshold: float

    def probability(self, title: str) -> float:
        z = self.bias + sum(self.weights.get(w, 0.0) for w in set(words(title)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def against(self, title: str, n: int = 3) -> list[str]:
        """The words of ``title`` that weighed most against a round, strongest first."""
        seen = sorted({w for w in words(title) if self.weights.get(w, 0.0) < 0},
                      key=lambda w: (self.weights[w], w))
        return seen[:n]


@cache
def model() -> Model:
    data: dict[str, Any] = json.loads(
        (resources.files("signalwatch") / "data" / "funding_doubt.json").read_text("utf-8"))
    return Model(float(data["bias"]), {str(k): float(v) for k, v in data["weights"].items()},
                 float(data["threshold"]))


@dataclass(frozen=True)
class Doubt:
    #: The model's probability that the headline states a company's round.
    probability: float
    #: The headline's words that weighed most against it.
    words: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"probability": round(self.probability, 3), "words": list(self.words)}


def funding_doubt(title: str, m: Model | None = None) -> Doubt | None:
    """The doubt about a round read from ``title``, or None when the words agree with it."""
    m = m or model()
    p = m.probability(title)
    if p >= m.threshold:
        return None
    return Doubt(p, tuple(m.against(title)))


def doubt_of(kind: str, attributes: Mapping[str, Any],
             evidence: Iterable[Evidence]) -> dict[str, Any] | None:
    """The doubt about a stored round, judged when it is decided: a funding signal whose
    every proof is a headline whose words are those of headlines that were no round (a
    plain headline or a sentence of a text among its proofs clears it), and whose round
    names no stage. Judged at decision time, once per signal, not per item read: the
    rules decide what a round is, the model only what alerts."""
    if kind != "funding" or attributes.get("rumour") or "doubt" in attributes or \
            str(attributes.get("round") or "").startswith(NAMED_STAGES):
        return None
    proofs = list(evidence)
    if not proofs or any(e.sentence != e.title for e in proofs):
        return None
    found = None
    for e in proofs:
        if (doubt := funding_doubt(e.title)) is None:
            return None
        found = found or doubt
    return found.as_dict() if found else None
