"""Case-insensitive regular expressions, run fast.

CPython's ``re`` gives up its fast paths under IGNORECASE (the literal prefix search, the
first-character sets): every character is case-folded before it is compared, and a search
of a long alternation over a headline costs two to three times what the same search costs
case-sensitively (``_ANY_VERB``: 5 us against 1.7 us). Extraction runs such searches on
every sentence, and most find nothing (issue #13: extraction and matching at 5,000 items/s
or more on one core).

:class:`Caseless` asks the question first of the pattern written in lower case, run
case-sensitively over the lower-cased text, and answers with the case-insensitive pattern
itself when, and only where, that found something: so every match it returns is the
IGNORECASE pattern's own, over the text as given (its groups keep their case), and a text
it finds nothing in is one the IGNORECASE pattern finds nothing in.

Why the two agree: for a pattern whose letters are all lower-case ASCII, CPython's
case-insensitive matching of a character is its matching of the character lower-cased, but
for three characters (tested over every code point for literals, ranges, negated classes
and ``\\w``): dotless "ı" and long "ſ", which IGNORECASE takes for "i" and "s", and "İ",
whose lower case is two characters (which would move every position after it). A text
holding one of those is read by the IGNORECASE pattern alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from ..utils import IGNORECASE_ODD

#: Characters of a text whose lower case does not stand for them under IGNORECASE (ı, ſ;
#: "İ" changes the length, tested as such).
_ODD = tuple(c for c in IGNORECASE_ODD if len(c.lower()) == 1)
#: What a pattern may hold in upper case: escapes, group names and references.
_NOT_LETTERS = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")


def _telling(text: str) -> str | None:
    """The text lower-cased, where its lower case answers as IGNORECASE would (see the
    module docstring); None where it cannot."""
    low = text.lower()
    if len(low) != len(text) or (not low.isascii() and (_ODD[0] in low or _ODD[1] in low)):
        return None
    return low


def may_hold(text: str, *words: str) -> bool:
    """Whether a case-insensitive pattern that needs one of ``words`` (lower-case literals)
    may find it in ``text``: False only where the lower-cased text can tell (see _telling)
    and holds none of them. A gate in front of a costly pattern anchored at the start
    ("^(?P<company>.+?) expands ..." tries every length of its first group)."""
    low = _telling(text)
    return low is None or any(w in low for w in words)


class Caseless:
    """A case-insensitive pattern (see the module docstring). Written in lower case (a
    leading "(?i)" is allowed, inline "(?-i:...)" is not: its letters are not caseless);
    ``search``, ``match``, ``fullmatch``, ``finditer``, ``split`` and ``sub`` answer as the
    IGNORECASE pattern's own; ``holds`` says whether ``search`` would find one."""

    __slots__ = ("_lower", "folding")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        written = pattern.removeprefix("(?i)")
        bare = _NOT_LETTERS.sub("", written)
        if "(?-i" in written or "(?i" in written:
            raise ValueError(f"a caseless pattern has no inline case flags: {pattern!r}")
        for c in bare:
            if c != c.lower() or (not c.isascii() and c.upper() != c):
                raise ValueError(f"a caseless pattern is written in lower-case ASCII letters "
                                 f"(found {c!r}): {pattern!r}")
        self.folding = re.compile(written, flags | re.IGNORECASE)
        self._lower = re.compile(written, flags & ~re.IGNORECASE)

    @property
    def pattern(self) -> str:
        return self.folding.pattern

    def _first(self, text: str, pos: int, endpos: int) -> int | None:
        """Where the IGNORECASE pattern's first match from ``pos`` can start: -1 when it
        has none, None when the lower-cased text cannot tell."""
        if (low := _telling(text)) is None:
            return None
        m = self._lower.search(low, pos, endpos)
        return -1 if m is None else m.start()

    def holds(self, text: str) -> bool:
        """Whether the pattern is found in ``text`` (``search`` without its match: one
        case-sensitive search where the lower-cased text can tell)."""
        at = self._first(text, 0, len(text))
        return self.folding.search(text) is not None if at is None else at >= 0

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        at = self._first(text, pos, endpos)
        if at is None:
            return self.folding.search(text, pos, endpos)
        # (nothing starts before ``at``: the search from there is the search)
        return None if at < 0 else self.folding.search(text, at, endpos)

    def _anchored(self, how: Callable[..., re.Match[str] | None], fast: Callable[
            ..., re.Match[str] | None], text: str, pos: int, endpos: int) -> re.Match[str] | None:
        if (low := _telling(text)) is not None and fast(low, pos, endpos) is None:
            return None
        return how(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        return self._anchored(self.folding.match, self._lower.match, text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        return self._anchored(self.folding.fullmatch, self._lower.fullmatch, text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Iterator[re.Match[str]]:
        if self._first(text, pos, endpos) == -1:
            return iter(())
        return self.folding.finditer(text, pos, endpos)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        if self._first(text, 0, len(text)) == -1:
            return [text]
        return self.folding.split(text, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        if self._first(text, 0, len(text)) == -1:
            return text
        return self.folding.sub(repl, text, count)
