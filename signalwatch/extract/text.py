"""Text helpers (pure): HTML to plain text.

Uses the standard library's tokenizer (html.parser) rather than building a BeautifulSoup
tree: we only need the visible text, and for feed teasers this is ~5x faster
(benchmarks/bench_collect.py). BeautifulSoup stays for pages, where we need selectors.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from .caseless import Caseless
from .gates import Words

_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_DROP = frozenset(("script", "style", "noscript", "template", "iframe", "svg", "head"))
_BLOCK = frozenset(("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                    "section", "article", "blockquote", "ul", "ol", "table", "hr", "dd",
                    "dt", "header", "footer", "main", "aside", "figcaption", "pre"))


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _DROP:
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: object) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _fold(text: str) -> str:
    lines = (_SPACE.sub(" ", line).strip() for line in text.splitlines())
    return _BLANK_LINES.sub("\n", "\n".join(line for line in lines if line)).strip()


#: A simple tag: a name, then attributes whose quoted values hold no "<" or ">".
_SIMPLE_TAG = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*"
    r"(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'=<>`]+))?)*)\s*(/?)>")


def _simple_text(markup: str) -> str | None:
    """The visible text of markup made only of simple tags outside :data:`_DROP`, as the
    tokenizer would give it; None for anything else (comments, scripts, a stray "<").
    Feed teasers are nearly all like this, and the tokenizer was 40% of parsing a feed."""
    parts: list[str] = []
    at = 0
    for m in _SIMPLE_TAG.finditer(markup):
        data = markup[at:m.start()]
        if "<" in data or "&" in data:
            if "<" in data:
                return None
            data = html.unescape(data)
        parts.append(data)
        tag = m.group(2).lower()
        if tag in _DROP:
            return None
        if tag in _BLOCK:
            parts.append("\n")
        at = m.end()
    rest = markup[at:]
    if "<" in rest:
        return None
    parts.append(html.unescape(rest) if "&" in rest else rest)
    return "".join(parts)


def html_to_text(markup: str, *, limit: int | None = None) -> str:
    """Visible text of an HTML fragment: scripts and styles dropped, entities decoded,
    whitespace folded, block elements on their own lines. Plain text passes through."""
    if not markup:
        return ""
    if "<" not in markup:
        text = _fold(html.unescape(markup) if "&" in markup else markup)
    elif (simple := _simple_text(markup)) is not None:
        text = _fold(simple)
    else:
        parser = _TextParser()
        parser.feed(markup)
        parser.close()
        text = _fold("".join(parser.parts))
    return text[:limit] if limit else text


#: A blog's feed footer: "The post <headline> appeared first on <site>." (WordPress adds it
#: to every entry's text; it retells the headline, and is no statement of the text's own).
_FEED_FOOTER = re.compile(r"\s*\bThe post\s.{1,400}?\sappeared first on\s[^\n]{1,120}?\.?\s*$",
                          re.DOTALL)


def without_feed_footer(text: str) -> str:
    """The text without a blog's feed footer at its end (the cheap test first)."""
    if "appeared first on" not in text:
        return text
    return _FEED_FOOTER.sub("", text)


_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)")
#: A release's dateline before its first sentence: "BOSTON, MA, June 03, 2024
#: /24-7PressRelease/ -- ", "CLEVELAND, July 30, 2025 /PRNewswire/ — ", "OCOEE, FL -
#: (NewMediaWire) - September 11, 2024 - ", "WASHINGTON, Texas–(BUSINESS WIRE)–",
#: "--News Direct--": the place, the date and the wire, no part of what the release says.
_DATELINE = re.compile(
    r"^\s*(?:-{1,2}\s*(?i:news\s+direct)\s*-{1,2}\s*|"
    # the place: capitalised words, a state or a country after commas
    r"(?:[A-Z][\w.&'’]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w.&'’]*){0,4}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
    r"{0,2}\s*[-–—,]?\s*)?"
    # then the date and the wire, in either order, parted by dashes
    r"(?:(?:[/(][^()/\n]{0,30}?(?i:wire|release|news|press)[^()/\n]{0,20}[)/]|"
    rf"{_MONTH}\.?\s+\d{{1,2}},\s+\d{{4}})\s*(?:[-–—]{{1,2}}\s*)?){{1,3}})")


#: Markdown a text may carry (JSON feeds, archived releases): an image, whose alt text is a
#: caption retelling the text, and a link, whose words are the text's own.
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]{0,400}\]\([^)\s]{0,500}\)")
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]{0,300})\]\([^)\s]{0,500}\)")


def without_markdown(text: str) -> str:
    """The text without Markdown images, its links' words kept (the cheap test first)."""
    if "](" not in text:
        return text
    return _MARKDOWN_LINK.sub(r"\1", _MARKDOWN_IMAGE.sub("", text))


def article_text(text: str) -> str:
    """What an item's text says, as the readers take it: no release dateline at its start,
    no blog feed footer at its end, no Markdown images or link targets, a heading run into
    the paragraph after it on a line of its own."""
    plain = without_markdown(text)
    return with_headings_parted(
        without_dateline(without_feed_footer(plain if plain is text else plain.lstrip())))


#: A heading run into the paragraph after it, as a page flattened without its blocks' breaks
#: writes it ("... a 100% Reserve Ratio in JuneIn June, Singaporean ...", "Shareholder
#: ReturnsThe Company is ...", "Raises $9 Million From IPOIn Fly-e’s IPO, ..."): a lower-case
#: letter, a digit or a bracket, then a word that opens a sentence, with no space between;
#: or an acronym, then such a word before a capital. "In" and "On" open a sentence only
#: before what they take there (a date, "the", "addition"): "LinkedIn Profile" is a name.
#: (signals.run_in_parts parts a clause where a heading's glued word is the name its
#: sentence goes on with; this, for every reader, where the glued word opens a sentence.)
_OPENS = (r"(?:The|This|These|As|At|With|Following|After|During|Additionally|Furthermore|"
          r"Moreover|Today|(?:In|On)(?=\s+(?:the|a|an|addition|\d|" + _MONTH + r")\b))")
#: Where such a join may be: an opener's capital after a lower-case letter, a digit, a
#: bracket or two capitals (the charset first: the engine scans for it fast, and a long text
#: holds few such places).
_JOIN = re.compile(r"[TAWFDIOM](?:(?<=[a-z0-9)].)|(?<=[A-Z]{2}.))")
_OPENS_AFTER_WORD = re.compile(rf"{_OPENS}\s")
_OPENS_AFTER_ACRONYM = re.compile(rf"(?:{_OPENS}|In|On)\s+[A-Z]")


def with_headings_parted(text: str) -> str:
    """The text with each heading run into its paragraph on a line of its own (_OPENS)."""
    cuts = [m.start() for m in _JOIN.finditer(text)
            if (_OPENS_AFTER_ACRONYM if text[m.start() - 1].isupper()
                else _OPENS_AFTER_WORD).match(text, m.start())]
    if not cuts:
        return text
    return "\n".join(text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True))


def without_dateline(text: str) -> str:
    """The text without a release's dateline at its start (see _DATELINE)."""
    if not (text[:1].isupper() or text[:1] in " -"):
        return text
    if not _DATELINE_WORDS.any(text[:160].lower()) or not (m := _DATELINE.match(text)):
        return text
    return text[m.end():]


#: A word every dateline holds, a wire's or a month's (tried first, in one pass: most texts
#: have none near their start, and a pattern's search cost 8 µs a text).
_DATELINE_WORDS = Words(["wire", "release", "news", "press", "jan", "feb", "mar", "apr",
                         "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])


#: "Zopa, the UK neobank, snaps up $87M": an appositive between the company and its verb.
_APPOSITIVE = re.compile(
    # ("Forum Health, LLC, the first nationwide network of ..., is pleased": the legal
    # form is the name's)
    r"^(?P<name>[^,]{2,60}(?:,\s(?:Inc|LLC|L\.L\.C|Ltd|Corp|Co|PLC|LLP|LP|L\.P|GmbH|AG|"
    # (not where a second appositive follows: "X, the creator of Y, the only app for Z,
    # has been awarded")
    # (and its listing: "Ficus Companies, Inc. (OTC: FGCO), a leading provider of ...,")
    r"S\.A|N\.V)\.?)?(?:\s\([^()]{1,40}\))?),\s+(?:the|a|an|which\s+is|once)\s+[^,]{3,80},\s+"
    r"(?=[a-z])"
    r"(?!(?:the|a|an)\s)")


#: "Carbo Culture — a startup that has scaled ... — has raised": one between dashes.
_DASH_APPOSITIVE = re.compile(
    r"^(?P<name>[^—–,]{2,60}?)\s+[—–]\s+(?:an?|the)\s[^—–]{3,200}?\s+[—–]\s+(?=[a-z])")


def drop_appositive(text: str) -> str:
    """The sentence with an appositive after its subject removed, so the company stands
    next to its verb: "Zopa, the UK neobank, snaps up $87M" -> "Zopa snaps up $87M"."""
    if "—" in text or "–" in text:
        text = _DASH_APPOSITIVE.sub(lambda m: m.group("name") + " ", text, count=1)
    if "," not in text:
        return text  # (no appositive without its commas: most headlines)
    return _APPOSITIVE.sub(lambda m: m.group("name") + " ", text, count=1)


#: A newswire's own prefix before the headline ("InvestorNewsBreaks – ").
WIRE = re.compile(r"^[A-Z][A-Za-z0-9]*Breaks\s+[–—-]\s+")
#: "(NASDAQ: SEGG, LTRYW)", "(OTCQB: HUSIF)", "(Cboe CA: SUNN)", "(CKIT)": an exchange and
#: a ticker, or a ticker alone, in brackets (not a trade mark's "(TM)").
#: The inside of a listing's brackets: an exchange, a colon and its tickers ("NASDAQ: SEGG,
#: LTRYW").
LISTING = r"[A-Za-z][\w .]{0,24}:\s*[^()]{1,30}"
TICKERS = re.compile(rf"\s*\((?:{LISTING}|(?!TM\)|SM\))[A-Z]{{2,6}})\)")
#: A headline's label before its news: "Media Advisory:", "Week in Review:", "Exclusive:".
LEAD_IN = re.compile(r"^(?:media\s+advisory|press\s+release|news\s+release|update|breaking|"
                     r"exclusive|announcement|week\s+in\s+review|this\s+week|recap|"
                     r"weekly\s+recap|roundup)\s*[:\-–—]\s*", re.IGNORECASE)


#: A clause before a sentence's subject ("As A2A startups falter, Volume raises", "After
#: raising $1 billion, fintech Varo closes", "Amid the Slowdown, Acme Names ..."): no part
#: of the subject (funding, leadership and events read the same clause words).
CLAUSE_BEFORE_SUBJECT = re.compile(
    r"^(?:after|following|amid|despite|as|while|when|even\s+as|though|although|since|"
    # "Founded by DeepMind alumnus, Latent Labs launches ...": who made it, then it
    r"(?:founded|co-founded|backed|built|led|started|created)\s+by)\s+"
    r"[^,]{3,80},\s+(?=\S)", re.IGNORECASE)


#: Verbs a headline's first predicate opens with: where the subject of a second,
#: coordinated predicate ends ("23andMe files for bankruptcy, CEO resigns"; "Grammarly
#: acquires Coda, brings on new CEO"; "X advances project, raises £2 million").
_PREDICATE = Caseless(
    r"\s(?:acquires|advances|announces|files|offers|reaches|reports|launches|expands|"
    r"completes|secures|signs|partners|opens|unveils|introduces|enters|receives|wins|adds|"
    r"closes|celebrates|welcomes|debuts|releases|achieves|marks|provides|issues|delivers|"
    r"posts|hits|plans|prepares|seeks|buys|sells|cuts|agrees|inks|taps|brings|confirms|aligns|"
    r"upgrades|raises|eyes|targets|selected|"
    r"reveals|updates|shares|becomes|obtains|outlines|pursues|rolls|ships|starts|"
    r"strengthens|submits|teams|wraps|unveiled|announced|acquired|launched|filed|"
    r"completed|reported|opened|expanded|powers|redefines|transforms|revolutionizes|"
    r"enables|helps|invests|recognizes|honors|accelerates|continues|grows|simplifies|"
    r"streamlines|elevates|enhances|pivots|positions|incorporates|establishes|fuels|drives|"
    r"bolsters|deepens|extends|broadens|selects|chooses|rebrands|relocates|relaunches|makes|"
    r"loses|scored|doubles|breaks|(?:is\s+)?(?:set|poised|aims|looks|ready)\s+to)\s")


_NOUN_VERBS = frozenset(("ships", "shares", "marks", "powers", "plans", "posts", "issues",
                         "offers", "hits", "cuts", "wins", "rolls", "starts", "updates",
                         "teams", "helps", "files", "adds", "positions", "partners",
                         "drives"))


_LEGAL_NEXT = re.compile(r"(?i)(?:inc|corp|corporation|llc|ltd|limited|plc|co|company|"
                         r"group|holdings|gmbh|ag|sa)\b")


def first_subject(span: str) -> str:
    """The subject of a span that holds a whole first predicate: the words before its
    verb. A span without one is returned as it is."""
    m = _PREDICATE.search(span)
    # "Energy Fuels Inc. Names ...": a verb before a legal form is a word of a name
    while m is not None and _LEGAL_NEXT.match(span, m.end()):
        m = _PREDICATE.search(span, m.end())
    if m is None or m.start() == 0:
        return span
    # "AAPI-Owned Three Ships Beauty": a verb that is also a plural noun, inside a name (one
    # or two capitalised words after it and nothing else), is no predicate
    after = span[m.end():].split()
    if m.group(0).strip().lower() in _NOUN_VERBS and len(after) <= 2 and \
            all(w[:1].isupper() for w in after) and \
            not (after and after[0].lower() in ("with", "to", "on", "for", "in", "and")) and \
            not span.rstrip().endswith((",", " and", "&")):
        return span
    head = span[:m.start()].strip(" ,")
    return head if head else span


#: Words a title in capitals writes in lower case once it is unshouted.
_SMALL_WORDS = frozenset(("a", "an", "and", "as", "at", "by", "for", "from", "in", "into",
                          "of", "on", "or", "the", "to", "with", "via", "its", "their"))
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def shouted(text: str) -> bool:
    """Whether a headline is written in capitals ("BOXT, THE PREMIUM WINERY, LAUNCHES
    ..."): nine letters in ten upper case, over at least 20 letters."""
    if sum(map(str.islower, text[:40])) > 3:
        return False  # (most headlines: decided on their first words)
    letters = sum(map(str.isalpha, text))
    return letters >= 20 and sum(map(str.isupper, text)) >= 0.9 * letters


def unshout(text: str) -> str:
    """A headline in capitals in title case, letter for letter the same length (so a span
    found in it is the same span of the original): "BOXT, THE PREMIUM WINERY, LAUNCHES"
    is "Boxt, the Premium Winery, Launches" (a small word after the first is lower case)."""
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        low = w.lower()
        if len(low) != len(w):
            return w
        if m.start() > 0 and low in _SMALL_WORDS:
            return low
        return w[0] + low[1:]
    return _WORD.sub(word, text)
