"""Text helpers (pure): HTML to plain text."""

from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_DROP = ("script", "style", "noscript", "template", "iframe", "svg")
_BLOCK = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
          "article", "blockquote", "ul", "ol", "table")


def html_to_text(html: str, *, limit: int | None = None) -> str:
    """Visible text of an HTML fragment: scripts and styles dropped, entities decoded,
    whitespace folded, block elements on their own lines. Plain text passes through."""
    if not html:
        return ""
    if "<" not in html and "&" not in html:
        text = _SPACE.sub(" ", html).strip()
        return text[:limit] if limit else text
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "html.parser")
    for tag in soup(_DROP):
        tag.decompose()
    for tag in soup(_BLOCK):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = soup.get_text()
    lines = [_SPACE.sub(" ", line).strip() for line in text.splitlines()]
    text = _BLANK_LINES.sub("\n", "\n".join(line for line in lines if line)).strip()
    return text[:limit] if limit else text
