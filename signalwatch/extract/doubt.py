"""How much a headline the funding rules read as a round resembles the headlines that were
no round (pure).

The rules read "X raises / secures / receives ..." by form; on newswire headlines no one
on the project had seen, a third of what they took for rounds were something else: a
charity's raise for a cause, a grant its giver announces, a listed company's placement, a
token's presale, money for a project (tests/data/signals/SOURCES.md). A logistic
regression over a headline's words, trained by ``scripts/train_funding_doubt.py`` on every
labelled funding headline of the project (``tests/data/signals/*.jsonl``) and shipped as
``signalwatch/data/funding_doubt.json``, gives the probability that the headline states a
company's round. A round read from a headline under the model's threshold is *doubtful*:
kept, shown in digests with the words that weighed against it, never alerted on its own
(as a rumour is). The extraction is unchanged; the alert is what the doubt withholds.

Words, not names: a word is lower-cased; an amount of money is ``<money>``, a ticker in
brackets ``<ticker>``, a number ``<num>``. Each word's weight is in the model file, so
every doubt is explained by the words that weighed most against the round.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

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
