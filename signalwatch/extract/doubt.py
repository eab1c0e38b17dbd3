"""How much a headline the funding rules read as a round resembles the headlines that were
no round, and a headline the event rules read as a launch, a partnership, an acquisition or
an expansion the headlines that were none (pure).

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
brackets ``<ticker>``, a number ``<num>``; the words of the company the funding rules read
as the subject are not read (:func:`round_words`), and the training leaves out the words
of the company names its labels give. Each word's weight is in the model file, so every
doubt is explained by the words that weighed most against the round.

Events the same way (issue #13: on blind splits the event rules' precision stayed near
0.82): one logistic regression per class of event over what the headline's parts say (the
subject's shape, the predicate's first words, its words and word pairs:
:func:`event_features`), trained by ``scripts/train_event_doubt.py`` on every labelled
event title (``tests/data/events``) and shipped as ``signalwatch/data/event_doubt.json``;
an event whose every proof is a headline under the threshold for its class is doubtful,
as a round is. Not the subject's words (mostly a company's name) nor, in training, a feature
holding a word of a labelled company's name; features of at least five titles only.
"""

from __future__ import annotations

import html
import itertools
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..types import Evidence
from .text import LEAD_IN, TICKERS, WIRE

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


def round_words(title: str) -> list[str]:
    """The words the funding model reads: a headline's words but those of the company the
    funding rules read as its subject (a name: "anthropic", "stripe" would otherwise be
    learned from the headlines that name them, however many a word needs)."""
    from .funding import find_funding

    said = words(title)
    found = find_funding(title)
    if found is None or not found.subject:
        return said
    subject = set(words(found.subject))
    return [w for w in said if w not in subject]


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
        z = self.bias + sum(self.weights.get(w, 0.0) for w in set(round_words(title)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def against(self, title: str, n: int = 3) -> list[str]:
        """The words of ``title`` that weighed most against a round, strongest first."""
        seen = sorted({w for w in round_words(title) if self.weights.get(w, 0.0) < 0},
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
    #: The model's probability that the headline states what the rules read.
    probability: float
    #: The headline's words that weighed most against it.
    words: tuple[str, ...]
    #: What the headlines with those words were not ("round", "product launch").
    of: str = "round"

    def as_dict(self) -> dict[str, Any]:
        out = {"probability": round(self.probability, 3), "words": list(self.words)}
        return out if self.of == "round" else {**out, "of": self.of}


def funding_doubt(title: str, m: Model | None = None) -> Doubt | None:
    """The doubt about a round read from ``title``, or None when the words agree with it."""
    m = m or model()
    p = m.probability(title)
    if p >= m.threshold:
        return None
    return Doubt(p, tuple(m.against(title)))


#: The event types the event model judges, by the class it scores (being acquired is the
#: other side of an acquisition); IPO filings and layoffs have too few labels to learn from.
EVENT_CLASSES = {"product_launch": "product_launch", "partnership": "partnership",
                 "acquisition": "acquisition", "acquired": "acquisition",
                 "expansion": "expansion"}
#: Each class in a rep's words.
_EVENT_WORDS = {"product_launch": "product launch", "partnership": "partnership",
                "acquisition": "acquisition", "expansion": "expansion"}

#: Where a headline's subject ends: the first word of its predicate.
PREDICATE = re.compile(
    r"\s(?:(?:has\s+|have\s+)?(?:acquires|acquire|acquired|advances|announces|announce|"
    r"files|reaches|reports|launches|launch|launched|expands|expand|expanded|completes|"
    r"secures|signs|sign|partners|partner|partnered|opens|open|opened|unveils|unveil|"
    r"unveiled|introduces|introduce|introduced|enters|enter|receives|wins|adds|closes|"
    r"celebrates|welcomes|debuts|debut|releases|release|achieves|marks|provides|issues|"
    r"delivers|posts|plans|prepares|seeks|buys|sells|cuts|agrees|inks|taps|brings|"
    r"confirms|reveals|updates|shares|becomes|obtains|outlines|pursues|rolls|ships|starts|"
    r"strengthens|submits|teams|team|joins|join|forms|form|collaborates|collaborate|"
    r"extends|extend|deepens|renews|selects|names|appoints|hires|powers|redefines|"
    r"transforms|revolutionizes|enables|helps|offers|takes|aligns|accelerates|grows|"
    r"is|are|was|were)|(?:is\s+)?(?:set|poised|aims|looks|ready|about|preparing)\s+to|"
    r"to\s+(?=(?:launch|acquire|unveil|introduce|open|expand|debut|partner|enter|buy|"
    r"merge|release|roll)\b)|will)\s", re.IGNORECASE)
_EVENT_WORD = re.compile(r"[a-z0-9$]+(?:['’.&\-][a-z0-9]+)*")
_CORP = re.compile(r"(?i)\b(?:inc|llc|ltd|corp|corporation|co|plc|group|holdings|"
                   r"technologies|labs|ai|gmbh|ag|sa|limited)\.?$")


def clean_headline(title: str) -> str:
    """The headline as the event model and the reader of events see it: entities decoded,
    a wire's prefix, a label ("Media Advisory:"), tickers in brackets and trademark signs
    set aside, spaces folded."""
    text = " ".join(html.unescape(title).split())
    text = WIRE.sub("", text)
    text = LEAD_IN.sub("", text)
    text = TICKERS.sub("", text)
    text = re.sub(r"[®™]|\((?:TM|R)\)", "", text)
    return " ".join(text.split())


#: "Partners" ending a name or before its legal form: "Titan Partners Group Launches",
#: "Insurance Services Partners Acquires" (the verb is the word after it).
_PARTNERS_IN_NAME = re.compile(r"\s(?-i:Partners?)\s+(?=(?-i:Group|LLC|LP|L\.P\.|Inc|Ltd|Holdings|"
                               r"Capital|Fund|Management)\b|(?-i:[A-Z])[a-z]+s\s)")


def split_headline(text: str) -> tuple[str, str]:
    """(subject, predicate): the words before the first predicate word, and the rest.
    A headline without one is all predicate."""
    m = PREDICATE.search(text)
    while m is not None and _PARTNERS_IN_NAME.match(text, m.start()):
        m = PREDICATE.search(text, m.end() - 1)
    if m is None or m.start() == 0:
        return "", text
    return text[:m.start()].strip(" ,:;–—-"), text[m.start():].strip()


def event_features(title: str) -> list[str]:
    """What the event model reads in a headline: the subject's shape (``s#``: its length,
    ``s=corp``, ``s=and``, ``s=lower``, ``s=none``; not its words, which are mostly a name,
    and a name a newswire series repeats would be learned however many titles a word needs:
    "Authentic Holdings"), the predicate's first words (``v:``, ``v2:``, ``v3:``), its words
    and word pairs (``p:``, ``b:``), and whether it is in title case."""
    subject, predicate = split_headline(clean_headline(title))
    p_words = _EVENT_WORD.findall(predicate.lower())
    out: set[str] = set()
    if not subject:
        out.add("s=none")
    else:
        out.add(f"s#{min(len(subject.split()), 6)}")
        if _CORP.search(subject):
            out.add("s=corp")
        if " and " in subject or " & " in subject:
            out.add("s=and")
        if not subject[:1].isupper() and not subject[:1].isdigit():
            out.add("s=lower")
    if p_words:
        out.add(f"v:{p_words[0]}")
        out.add(f"v2:{' '.join(p_words[:2])}")
        if len(p_words) > 2:
            out.add(f"v3:{' '.join(p_words[:3])}")
    out.update(f"p:{w}" for w in p_words)
    out.update(f"b:{a} {b}" for a, b in itertools.pairwise(p_words))
    words_ = predicate.split()
    if words_ and sum(w[:1].isupper() for w in words_) > 0.6 * len(words_):
        out.add("title_case")
    return sorted(out)


def _readable(feature: str) -> str | None:
    """A feature as the words a rep reads ("p:study" is "study"); a shape is none."""
    kind, _, words_ = feature.partition(":")
    return words_ if words_ and kind in ("v", "v2", "v3", "p", "b") else None


@dataclass(frozen=True)
class EventModel:
    """One logistic regression per event class over :func:`event_features`."""
    bias: dict[str, float]
    weights: dict[str, dict[str, float]]
    #: An event whose headline scores under this for its class is doubtful.
    threshold: float

    def probability(self, cls: str, title: str, feats: Iterable[str] | None = None) -> float:
        w = self.weights.get(cls, {})
        z = self.bias.get(cls, 0.0) + sum(w.get(f, 0.0) for f in (
            event_features(title) if feats is None else feats))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def against(self, cls: str, title: str, n: int = 3) -> list[str]:
        """The words of ``title`` that weighed most against ``cls``, strongest first."""
        w = self.weights.get(cls, {})
        out: list[str] = []
        told: set[str] = set()  # (a phrase whose words were told is not told again)
        for f in sorted((f for f in event_features(title) if w.get(f, 0.0) < 0),
                        key=lambda f: (w[f], f)):
            if (said := _readable(f)) and not told & set(said.split()):
                out.append(said)
                told.update(said.split())
        return out[:n]


@cache
def event_model() -> EventModel:
    data: dict[str, Any] = json.loads(
        (resources.files("signalwatch") / "data" / "event_doubt.json").read_text("utf-8"))
    return EventModel({str(k): float(v) for k, v in data["bias"].items()},
                      {str(c): {str(k): float(v) for k, v in w.items()}
                       for c, w in data["weights"].items()}, float(data["threshold"]))


def event_doubt(event_type: str, title: str, m: EventModel | None = None) -> Doubt | None:
    """The doubt about an event of ``event_type`` read from ``title``, or None when the
    words agree with it (or the model does not judge that type)."""
    if (cls := EVENT_CLASSES.get(event_type)) is None:
        return None
    m = m or event_model()
    p = m.probability(cls, title)
    if p >= m.threshold:
        return None
    return Doubt(p, tuple(m.against(cls, title)), _EVENT_WORDS[cls])


def doubt_of(kind: str, attributes: Mapping[str, Any],
             evidence: Iterable[Evidence]) -> dict[str, Any] | None:
    """The doubt about a stored round or strategic event, judged when it is decided: a
    signal whose every proof is a headline whose words are those of headlines that were
    none (a plain headline or a sentence of a text among its proofs clears it); a round
    that names its stage is not judged. Judged at decision time, once per signal, not per
    item read: the rules decide what a round or an event is, the models only what alerts."""
    if attributes.get("rumour") or "doubt" in attributes:
        return None
    judge: Callable[[str], Doubt | None]
    if kind == "funding":
        if str(attributes.get("round") or "").startswith(NAMED_STAGES):
            return None
        judge = funding_doubt
    elif kind == "strategic" and str(attributes.get("type")) in EVENT_CLASSES:
        event_type = str(attributes.get("type"))

        def judge(title: str) -> Doubt | None:
            return event_doubt(event_type, title)
    else:
        return None
    proofs = list(evidence)
    if not proofs or any(e.sentence != e.title for e in proofs):
        return None
    found = None
    for e in proofs:
        if (doubt := judge(e.title)) is None:
            return None
        found = found or doubt
    return found.as_dict() if found else None
