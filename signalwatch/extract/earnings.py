"""Results against guidance, from a company's own earnings release (pure; issue #13).

An earnings release (a press release "X Reports Third Quarter 2026 Results", or exhibit
99.1 of an 8-K filed under item 2.02) seldom says "missed". It states figures: results
against the guidance given before, and an outlook against the outlook before. This module
reads those statements the way an analyst does, by comparing the numbers where there are
numbers, and by the verb where the company says it in words:

- ``guidance_cut``: the outlook for a measure of growth (revenue, earnings, EPS, EBITDA,
  bookings, ARR, margin, cash flow ...) is now lower than it was ("now expects revenue of
  $1.20 to $1.25 billion, down from $1.30 to $1.35 billion"; midpoints are compared), or
  the company lowers, cuts or withdraws it in words. Lowering an outlook for a cost
  (expenses, capex, a loss) is good news, never a cut; raising, reaffirming or narrowing
  around the same midpoint is no event.
- ``missed_targets``: a result below the guidance or the expectations it is set against
  ("revenue of $310 million, below the low end of our guidance"; "revenue of $310 million
  compared with guidance of $320 to $330 million"); a cost below guidance is not a miss.

Each finding keeps the sentence that states it, for the rep and for ``explain``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..utils import ignorecase_key

#: A release of quarterly or annual results, by its headline.
_RESULTS_TITLE = re.compile(
    r"(?i)\b(?:reports?|reported|announces?|announced|posts?|delivers?|releases?|"
    r"publishes)\b(?:\s+[\w\-–,&'’]+){0,8}?\s+(?:results|earnings)\b"
    r"|\b(?:Q[1-4]|first|second|third|fourth|fiscal|full[- ]year|quarter(?:ly)?|"
    r"annual|half[- ]year|interim|[1-4]Q|FY\s?\d{2,4})\b[\w\s\-–,&'’]{0,40}?\b"
    r"(?:results|earnings)\b")
#: A headline about results to come: the date of a call, a webcast.
_ANNOUNCES_CALL = re.compile(
    r"(?i)\b(?:conference\s+call|earnings\s+call|webcast|to\s+(?:report|announce|release|"
    r"host)|will\s+(?:report|announce|release|host)|date\s+(?:of|for)|schedules?|"
    r"scheduled|preview|ahead\s+of)\b")
#: Where the subject of a results headline ends.
_TITLE_VERB = re.compile(
    r"(?i)\s+(?:reports?|reported|announces?|announced|posts?|delivers?|releases?|"
    r"publishes)\b")

_NUM = r"\(?-?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?|\(?-?\d+(?:\.\d+)?\)?"
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mm": 1e6,
          "billion": 1e9, "b": 1e9, "bn": 1e9}
_SCALE_RE = r"thousand|million|billion|mn|mm|bn|k|m|b"
#: A figure or a range of figures: "$1.20 to $1.25 billion", "8% - 10%", "$0.45 per share".
_FIGURE = re.compile(
    rf"(?P<cur>[$€£]|US\$)?\s?(?P<a>{_NUM})(?:\s?(?P<sa>{_SCALE_RE})\b)?\s?"
    rf"(?P<pa>%|percent\b)?(?:\s?(?:to|-|–|—)\s?(?P<cur2>[$€£]|US\$)?\s?(?P<b>{_NUM})"
    rf"(?:\s?(?P<sb>{_SCALE_RE})\b)?\s?(?P<pb>%|percent\b)?)?",
    re.IGNORECASE)

#: Measures whose outlook going down is bad news, and whose result below target is a miss.
_GROWTH = re.compile(
    r"(?i)\b(?:revenues?|sales|net\s+sales|turnover|earnings|eps|income|ebitda|ebit|"
    r"profits?|bookings|billings|arr|recurring\s+revenue|margins?|cash\s+flow|"
    r"per\s+(?:diluted\s+)?share|results|growth|top[- ]line|bottom[- ]line|gmv|volume)\b")
#: Measures whose outlook going down is good news.
_COST = re.compile(
    r"(?i)\b(?:expenses?|opex|costs?|capex|capital\s+expenditures?|spending|spend|"
    r"(?:net\s+)?loss(?:es)?|charges?|tax\s+rate|share\s+count|dilution|burn)\b")
_GUIDE_WORD = re.compile(
    r"(?i)\b(?:guidance|outlook|forecasts?|projections?|expects?|expected|expectations?|"
    r"anticipates?|sees|targets?|estimates?|consensus|plan)\b")
#: "withdraws its full-year guidance", "suspends its outlook".
_WITHDRAW = re.compile(
    r"(?i)\b(?:withdr[ae]w(?:s|n|ing)?|suspend(?:s|ed|ing)?|pull(?:s|ed|ing)?|"
    r"rescind(?:s|ed|ing)?)\s+(?:its\s+|our\s+|the\s+|their\s+)?(?:[\w\-]+\s+){0,4}?"
    r"(?:guidance|outlook|forecast)\b")
#: "lowers its full-year revenue outlook", "is reducing guidance", "revised downward".
_LOWER = re.compile(
    r"(?i)\b(?:lower(?:s|ed|ing)?|reduc(?:es|ed|ing|e)|cut(?:s|ting)?|trim(?:s|med|ming)?|"
    r"slash(?:es|ed|ing)?|revis(?:es|ed|ing|e)\s+(?:\w+\s+){0,4}?(?:down|downward|lower)|"
    r"downgrad(?:es|ed|ing|e))\b(?P<what>(?:\s+[\w\-$%.,]+){0,8}?)\s+"
    r"(?:guidance|outlook|forecast|projections?|expectations)\b")
#: "reaffirms", "raises": an outlook that did not go down.
_NOT_CUT = re.compile(r"(?i)\b(?:rais(?:es|ed|ing|e)|reaffirm\w*|reiterat\w*|maintain\w*|"
                      r"increas(?:es|ed|ing|e)|lift(?:s|ed)?|boost\w*|confirm\w*)\b")
#: Where the figure before the outlook ends and the prior figure begins.
_PRIOR = re.compile(
    r"(?i)\b(?:down\s+from|up\s+from|from|compared\s+(?:to|with)|versus|vs\.?|against|"
    r"(?:its\s+|our\s+|the\s+)?(?:prior|previous|previously\s+(?:issued|provided|announced|"
    r"expected|stated)|original|earlier|initial)\s+(?:\w+\s+){0,3}?(?:guidance|outlook|"
    r"range|expectations?|forecast|estimate)s?(?:\s+(?:range\s+)?of)?|"
    r"previously|formerly|originally)\b")
#: Words of an outlook (a figure for the future), as against a result.
_FORWARD = re.compile(
    r"(?i)\b(?:guidance|outlook|forecasts?|projections?|expects?|expected|expecting|"
    r"anticipates?|anticipated|projects?|projected|sees|guides?|guided|targets?|"
    r"will\s+be|to\s+be\s+(?:in\s+the\s+range|between))\b")
#: What marks a figure as the outlook given before.
_EARLIER = re.compile(
    r"(?i)\b(?:prior|previous(?:ly)?|original(?:ly)?|earlier|initial(?:ly)?|formerly|"
    r"last\s+(?:guided|issued|provided))\b"
    r"(?![- ](?:year|period|quarter|month|fiscal|twelve|12|comparable)|\s+(?:in\s+the\s+)?year)")
#: "now expects", "updated to": the new figure follows.
_NOW = re.compile(r"(?i)\b(?:now\s+(?:expects?|sees|projects?|anticipates?|estimates?|"
                  r"forecasts?|guides?|expected|projected|anticipated|estimated)|"
                  r"(?:updat|revis|lower|reduc|cut|rais|increas|trimm|narrow)(?:es|ed|ing|s|e)?"
                  r"(?:\s+[\w\-]+){0,6}?\s+to)\b")
#: A result set against a target: "below the low end of our guidance", "fell short of".
_BELOW = re.compile(
    r"(?i)(?<!\bnot\s)\b(?:below|short\s+of|under|lower\s+than|behind|miss(?:ed|es|ing)?|"
    r"did\s+not\s+(?:meet|achieve|reach)|failed\s+to\s+(?:meet|achieve|reach)|"
    r"(?:came|come|comes|fell|falls|fall)\s+(?:in\s+)?(?:below|short\s+of|under))\s+"
    r"(?:the\s+)?(?:low(?:er)?\s+end\s+of\s+)?(?:the\s+|its\s+|our\s+|their\s+|"
    r"the\s+company['’]s\s+|analysts['’]?\s+|wall\s+street(?:['’]s)?\s+|consensus\s+)?"
    r"(?:[\w\-]+\s+){0,3}?(?:guidance|outlook|expectations?|estimates?|consensus|"
    r"forecasts?|targets?|plan|projections?)\b")
#: A result next to the guidance it is measured against: "compared with guidance of".
_AGAINST_GUIDANCE = re.compile(
    r"(?i)\b(?:compared\s+(?:to|with)|versus|vs\.?|against)\s+(?:the\s+|its\s+|our\s+|"
    r"the\s+company['’]s\s+)?(?:prior\s+|previous\s+|previously\s+\w+\s+)?"
    r"(?:guidance|outlook)(?:\s+range)?\s+(?:of|for)\s+")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(\"“])|\n+|\s+•\s+")
#: Quick gate: a sentence without any of these says nothing this module reads.
_GATE = ("guidance", "outlook", "forecast", "expect", "estimate", "consensus", "target",
         "projection", "anticipat", "sees ", "plan")


@dataclass(frozen=True)
class ResultFinding:
    #: ``guidance_cut`` or ``missed_targets``.
    type: str
    detail: str
    sentence: str


@dataclass(frozen=True)
class _Figure:
    low: float
    high: float
    percent: bool
    start: int
    end: int

    @property
    def mid(self) -> float:
        return (self.low + self.high) / 2


def is_results_release(title: str) -> bool:
    """Whether a headline announces quarterly or annual results (not the date of a call
    that will present them)."""
    if not title:
        return False
    low = title.lower()
    if "result" not in low and "earning" not in low:  # most headlines: no regex runs
        return False
    return _RESULTS_TITLE.search(title) is not None and _ANNOUNCES_CALL.search(title) is None


def results_subject(title: str) -> str | None:
    """The company a results headline names (the words before its verb)."""
    m = _TITLE_VERB.search(title or "")
    if not m or m.start() == 0:
        return None
    return title[:m.start()].strip(" ,:–-") or None


def _number(text: str) -> float | None:
    negative = (text.startswith("(") and text.endswith(")")) or text.startswith("-")
    try:
        value = float(text.strip("()-").replace(",", ""))
    except ValueError:
        return None
    return -value if negative else value


def figures(text: str) -> list[_Figure]:
    """Every figure and range of figures in ``text``, scaled: "$1.20 to $1.25 billion" is
    one range (the scale after the second number applies to the first). Bare numbers
    without a currency, a scale or a percent sign (years, counts) are not figures."""
    out = []
    for m in _FIGURE.finditer(text):
        a, b = _number(m.group("a")), _number(m.group("b")) if m.group("b") else None
        if a is None:
            continue
        sa = _SCALE.get(ignorecase_key(m.group("sa") or ""), 0)
        sb = _SCALE.get(ignorecase_key(m.group("sb") or ""), 0) if b is not None else 0
        pa, pb = bool(m.group("pa")), bool(m.group("pb"))
        money_a, money_b = bool(m.group("cur")), bool(m.group("cur2"))
        if b is not None and ((pa and (money_b or sb)) or (pb and (money_a or sa))):
            # "grew 12% to $310 million": two figures, not a range
            out += [f for f in (_figure(a, sa, pa, money_a, m.start(), m.start("b") - 1),
                                _figure(b, sb, pb, money_b, m.start("b"), m.end()))
                    if f is not None]
            continue
        if b is None:
            f = _figure(a, sa, pa, money_a, m.start(), m.end())
        else:
            f = _figure(a, sa or sb, pa or pb, money_a or money_b, m.start(), m.end(),
                        high=b * (sb or sa or 1))
        if f is not None:
            out.append(f)
    return out


def _figure(value: float, scale: float, percent: bool, money: bool, start: int, end: int,
            *, high: float | None = None) -> _Figure | None:
    if not (money or percent or scale):
        return None  # a bare number: a year, a count
    low = value * (scale or 1)
    high = low if high is None else high
    return _Figure(min(low, high), max(low, high), percent, start, end)


def _measure_before(text: str, at: int) -> str | None:
    """``growth`` or ``cost``: what the nearest measure named before ``at`` is."""
    head = text[max(0, at - 120):at]
    growth = [m.end() for m in _GROWTH.finditer(head)]
    cost = [m.end() for m in _COST.finditer(head)]
    if not growth and not cost:
        return None
    if cost and (not growth or max(cost) > max(growth)):
        return "cost"
    return "growth"


def _measure_in(text: str) -> str | None:
    growth, cost = _GROWTH.search(text), _COST.search(text)
    if cost and (not growth or cost.start() < growth.start()):
        return "cost"
    return "growth" if growth else None


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _revision(sentence: str) -> ResultFinding | None:
    """A guidance cut in one sentence: by its figures, else by its words."""
    if m := _WITHDRAW.search(sentence):
        return ResultFinding("guidance_cut", _clip(m.group(0)), sentence)
    figs = figures(sentence)
    prior = _PRIOR.search(sentence)
    now = _NOW.search(sentence)
    if prior and len(figs) >= 2:
        after_prior = [f for f in figs if f.start >= prior.end()]
        if now and now.start() > prior.end():  # "previously $A; now expects $B"
            new = [f for f in figs if f.start >= now.end()]
            old = [f for f in after_prior if f.end <= now.start()]
        else:
            new = [f for f in figs if f.end <= prior.start()]
            old = after_prior
        forward = _FORWARD.search(sentence[:prior.start()]) or (now is not None)
        # the figure compared against must be an earlier outlook, not last year's result
        # ("expected to be $1.5 billion, compared to $1.8 billion in 2025" is no cut)
        earlier = _EARLIER.search(sentence, prior.start()) or (
            now is not None and now.group(0).lower().split()[0] != "now") or (
            old and _GUIDE_WORD.search(sentence, prior.start(), old[0].start))
        if new and old and forward and earlier:
            n, o = new[-1], old[0]
            if n.percent == o.percent and o.mid != 0:
                measure = _measure_before(sentence, n.start) or _measure_in(sentence)
                if measure == "growth" and n.mid < o.mid * (1 - 1e-6) and \
                        _GUIDE_WORD.search(sentence):
                    return ResultFinding(
                        "guidance_cut",
                        _clip(f"outlook {sentence[n.start:n.end].strip()}, against "
                              f"{sentence[o.start:o.end].strip()} before"), sentence)
                return None  # the figures say what happened: raised, kept or a cost
    if (m := _LOWER.search(sentence)) and not _NOT_CUT.search(sentence[:m.start()]):
        what = m.group("what") or ""
        measure = _measure_in(what) or _measure_before(sentence, m.start())
        if measure != "cost":
            return ResultFinding("guidance_cut", _clip(m.group(0)), sentence)
    return None


def _miss(sentence: str) -> ResultFinding | None:
    """A result below its target in one sentence: by its words, else by its figures."""
    if (m := _BELOW.search(sentence)) and _measure_before(sentence, m.start()) == "growth":
        return ResultFinding("missed_targets", _clip(sentence[:m.end()]), sentence)
    if (m := _AGAINST_GUIDANCE.search(sentence)) and not _FORWARD.search(sentence[:m.start()]):
        figs = figures(sentence)
        target = [f for f in figs if f.start >= m.end()]
        # the result in the target's unit ("$212 million, up 6%, against $218-222 million")
        actual = [f for f in figs if f.end <= m.start()
                  and target and f.percent == target[0].percent]
        if actual and target and \
                _measure_before(sentence, actual[-1].start) == "growth" and \
                actual[-1].high < target[0].low:
            return ResultFinding(
                "missed_targets",
                _clip(f"{sentence[actual[-1].start:actual[-1].end].strip()} against "
                      f"guidance of {sentence[target[0].start:target[0].end].strip()}"),
                sentence)
    return None


def _speaks_of_targets(sentence: str) -> bool:
    """Whether a sentence is one :func:`read_results` reads: a word of guidance, outlook or
    expectations in it, and a sentence's length (a table flattened to text is not one)."""
    low = sentence.lower()
    return len(sentence) <= 1200 and any(w in low for w in _GATE)


def read_results(text: str, *, limit: int = 400) -> list[ResultFinding]:
    """The guidance cut and the missed target an earnings release states (each at most
    once, the first sentence that states it), reading at most ``limit`` sentences."""
    found: dict[str, ResultFinding] = {}
    for sentence in _SENTENCE.split(text or "")[:limit]:
        if not _speaks_of_targets(sentence):
            continue
        for finding in (_revision(sentence), _miss(sentence)):
            if finding is not None and finding.type not in found:
                found[finding.type] = finding
        if len(found) == 2:
            break
    return list(found.values())


def relevant_passages(text: str, *, limit: int = 20_000) -> str:
    """The sentences of a long release that speak of guidance, outlook or expectations
    (what :func:`read_results` reads), joined, at most ``limit`` characters: what a
    collector keeps of an exhibit instead of the whole document."""
    kept, size = [], 0
    for sentence in _SENTENCE.split(text or ""):
        if _speaks_of_targets(sentence):
            if size + len(sentence) + 1 > limit:
                break
            kept.append(sentence.strip())
            size += len(sentence) + 1
    return "\n".join(kept)
