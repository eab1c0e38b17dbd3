"""Money in text (pure): "$25M", "$1.2 billion", "€10 million", "£5.5m", "CA$3M",
"40 crore rupees" -> (amount, currency)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..utils import ignorecase_key

_PREFIX = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "ca$": "CAD", "c$": "CAD", "cad": "CAD", "a$": "AUD", "au$": "AUD", "aud": "AUD",
    "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR", "¥": "JPY", "jpy": "JPY",
    "chf": "CHF", "s$": "SGD", "sgd": "SGD", "sek": "SEK", "r$": "BRL", "hk$": "HKD",
    "nz$": "NZD", "₩": "KRW",
}
_SUFFIX = {
    "dollars": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "pounds": "GBP", "gbp": "GBP", "rupees": "INR", "inr": "INR", "yen": "JPY",
    "francs": "CHF", "chf": "CHF", "sek": "SEK", "kronor": "SEK", "cad": "CAD", "aud": "AUD",
}
_SCALE = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mm": 1e6, "mln": 1e6, "mil": 1e6,
    "million": 1e6, "bln": 1e9,
    "millions": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9, "t": 1e12,
    "trillion": 1e12, "crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh": 1e5, "lakhs": 1e5,
}

_SCALE_EXACT = {k: Decimal(int(v)) for k, v in _SCALE.items()}

_PREFIX_RE = "|".join(re.escape(p) for p in sorted(_PREFIX, key=len, reverse=True))
_SCALE_RE = "|".join(sorted(_SCALE, key=len, reverse=True))
_SUFFIX_RE = "|".join(sorted(_SUFFIX, key=len, reverse=True))
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

MONEY = re.compile(
    rf"(?<![\w$€£¥₹])(?P<prefix>{_PREFIX_RE})\s?(?P<number>{_NUMBER})"
    # ("$188-million investment": the scale after a hyphen)
    rf"(?:[\s\-]?(?P<scale>{_SCALE_RE})\b)?(?:\s+(?P<suffix2>{_SUFFIX_RE})\b)?"
    rf"|(?<![\w.])(?P<number2>{_NUMBER})\s?(?P<scale2>{_SCALE_RE})?\s+(?P<suffix>{_SUFFIX_RE})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Money:
    amount: float
    currency: str
    #: Where it was found in the text.
    start: int
    end: int

    def usd(self, rates: Mapping[str, float]) -> float | None:
        rate = rates.get(self.currency)
        return None if rate is None else round(self.amount * rate, 2)


#: What may stand between an amount and its conversion in brackets: "(US$20m)", "(about
#: US$20 million)", "(~USD 20M)".
_CONVERSION_OPEN = re.compile(r"\s*\(\s*(?:(?:about|around|approximately|approx\.?|roughly|"
                              r"some|nearly|almost|or|c\.|ca\.)\s+|[~≈]\s*)?", re.IGNORECASE)


def _converted(text: str, end: int) -> bool:
    """Whether the amount ending at ``end`` is followed by its conversion, in brackets, into
    a currency the text names ("$28.35m (US$20m)", "$5 million (€4.6 million)")."""
    if "(" not in text[end:end + 4]:
        return False
    opening = _CONVERSION_OPEN.match(text, end)
    if opening is None:
        return False
    m = MONEY.match(text, opening.end())
    return m is not None and (m.group("prefix") or "$") != "$"


#: A run of digits: every amount's number opens one (see _money_in).
_DIGITS = re.compile(r"\d+")
#: The most characters a match of MONEY opens with before its number's first digit: a
#: prefix of three ("us$", "hk$") and a space.
_BEFORE_NUMBER = max(map(len, _PREFIX)) + 1


def _money_in(text: str) -> Iterator[re.Match[str]]:
    """MONEY's matches in ``text``, as ``MONEY.finditer`` finds them, in a third of its time
    (issue #13: extraction runs this on every sentence that names money or a round).

    finditer tries MONEY at every position, and a case-insensitive pattern that opens with
    a lookbehind gets none of the engine's fast paths; but a match's number opens a run of
    digits (it follows a prefix, a space or no word character) no more than
    _BEFORE_NUMBER characters after the match starts. So MONEY is tried only there, from
    left to right, never inside a match already found: the same matches."""
    end = 0
    for digits in _DIGITS.finditer(text):
        first = digits.start()
        for at in range(max(end, first - _BEFORE_NUMBER), first + 1):
            if (m := MONEY.match(text, at)) is not None:
                yield m
                end = m.end()
                break


def find_money(text: str) -> list[Money]:
    """Every amount of money in ``text``, in order. Bare numbers are not money. A bare "$"
    amount followed by its conversion in brackets ("$28.35m (US$20m)" in a Singapore
    paper, "A$" written "$" in an Australian one) is the conversion: which dollar the "$"
    meant is left to the reader's country, the bracket says."""
    found = []
    for m in _money_in(text):
        if m.group("prefix"):
            prefix = ignorecase_key(m.group("prefix"))
            if prefix == "$" and _converted(text, m.end()):
                continue
            currency = _PREFIX[prefix]
            if prefix == "$" and m.group("suffix2"):
                # "$2.75 million CAD": a bare "$" is the dollar the code after it names
                currency = _SUFFIX[ignorecase_key(m.group("suffix2"))]
            if prefix in ("rs", "rs.") and not m.group("scale"):
                continue
            number, scale = m.group("number"), m.group("scale")
        else:
            currency = _SUFFIX[ignorecase_key(m.group("suffix"))]
            number, scale = m.group("number2"), m.group("scale2")
        try:
            exact = Decimal(number.replace(",", ""))
        except InvalidOperation:
            continue
        if scale:  # (in decimal: "$8.2m" is 8,200,000, not 8.2 * 1e6 = 8199999.999999999)
            exact *= _SCALE_EXACT[ignorecase_key(scale)]
        amount = float(exact)
        found.append(Money(amount, currency, m.start(), m.end()))
    return found
