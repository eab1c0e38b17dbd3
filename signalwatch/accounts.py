"""CRM export import: canonical, HubSpot and Salesforce CSV headers -> Accounts.

Reading is pure (:func:`read_accounts` takes text, returns accounts and bad rows); storing is
the store's job, in one transaction, so a failed import loses nothing.

Choices, so they are written down:

- The format is recognised from the headers. Canonical columns are those of DESIGN.md
  section 5; HubSpot and Salesforce headers map onto them; every other column is kept in
  ``custom`` under its header, so ICPs can use it.
- Numbers: ``1,200`` and ``1200.00`` are 1200; ``$5M``/``5m``/``2.5 billion`` are scaled;
  a headcount range ``51-200`` (HubSpot's bands) takes its upper bound, the value a CRM
  shows for the band. Anything else is a bad row, reported with its line number.
- Domains are registered domains (``https://www.app.acme.co.uk/x`` -> ``acme.co.uk``) from
  tldextract's bundled public suffix list: it never goes to the network.
- An export without ids gets a stable id from the domain (else the name), so re-imports of
  the same export update in place.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import tldextract

from .exceptions import ConfigError, ImportRowError
from .types import Account, Rep
from .utils import ignorecase_key, parse_date

CANONICAL = (
    "id", "name", "domain", "aliases", "industry", "employees", "revenue", "country", "tech",
    "owner", "ats", "arr", "customer_since", "churned_at",
)

#: Custom properties teams add under these names in either CRM.
_CUSTOM_PROPERTIES = {
    "aliases": "aliases", "also known as": "aliases", "technologies": "tech",
    "tech stack": "tech", "ats": "ats", "job board": "ats",
    # customer outcomes (issue #12): never ICP traits, but what the learner learns from
    "arr": "arr", "annual recurring revenue": "arr", "annual recurring revenue (arr)": "arr",
    "recurring revenue": "arr", "customer_since": "customer_since",
    "customer since": "customer_since", "became a customer date": "customer_since",
    "customer since date": "customer_since", "churned_at": "churned_at",
    "churn date": "churned_at", "churned date": "churned_at", "churned on": "churned_at",
    "cancellation date": "churned_at",
}

#: Export header (lower-cased) -> canonical column, per CRM.
HEADER_MAPS: dict[str, dict[str, str]] = {
    "hubspot": {
        **_CUSTOM_PROPERTIES,
        "record id": "id",
        "company id": "id",
        "company name": "name",
        "name": "name",
        "company domain name": "domain",
        "website url": "website",
        "industry": "industry",
        "number of employees": "employees",
        "annual revenue": "revenue",
        "country/region": "country",
        "country": "country",
        "company owner": "owner",
        "hubspot owner": "owner",
        "web technologies": "tech",
    },
    "salesforce": {
        **_CUSTOM_PROPERTIES,
        "account id": "id",
        "id": "id",
        "account name": "name",
        "website": "website",
        "industry": "industry",
        "employees": "employees",
        "annual revenue": "revenue",
        "annualrevenue": "revenue",
        "billing country": "country",
        "billingcountry": "country",
        "account owner": "owner",
        "owner": "owner",
    },
}

_FORMAT_MARKERS = {
    "hubspot": ("company name", "company domain name", "company owner", "country/region"),
    "salesforce": ("account name", "account owner", "billing country"),
}

_SCALE = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6,
    "b": 1e9, "bn": 1e9, "billion": 1e9,
}
_NUMBER = re.compile(
    r"^\s*(?:[A-Z]{0,3}\$|[€£$])?\s*(\d[\d,]*(?:\.\d+)?)\s*"
    r"(k|thousand|mm|mn|m|million|bn|b|billion)?\s*(?:[A-Z]{3})?\s*$",
    re.IGNORECASE,
)
_RANGE = re.compile(r"^\s*(\d[\d,]*)\s*(?:-|–|to)\s*(\d[\d,]*)\s*$")
_PLUS = re.compile(r"^\s*(\d[\d,]*)\s*\+\s*$")


@functools.cache
def _extractor() -> tldextract.TLDExtract:
    # No suffix_list_urls and no cache: the snapshot bundled with tldextract, never the
    # network (the daemon runs on servers that may have no egress). The list's private
    # section too: a blog on a shared host (x.blogspot.com, x.github.io, x.substack.com) is
    # its own site, never the host's other tenants (an account whose website is
    # googleblog.blogspot.com matched every post of every other Blogspot blog).
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None,
                                 include_psl_private_domains=True)


def normalise_domain(value: str | None) -> str | None:
    """``https://www.Acme.com/about?x=1`` -> ``acme.com``; None for values with no domain."""
    if not value:
        return None
    text = value.strip().lower()
    if not text:
        return None
    if "@" in text and "/" not in text:
        text = text.rsplit("@", 1)[1]
    parts = _extractor()(text)
    if not parts.domain or not parts.suffix:
        return None
    return f"{parts.domain}.{parts.suffix}"


def parse_number(value: str) -> float:
    """Parse a CRM number (see module docstring); raises ValueError."""
    text = value.strip()
    m = _RANGE.match(text)
    if m:
        return float(m.group(2).replace(",", ""))
    m = _PLUS.match(text)
    if m:
        return float(m.group(1).replace(",", ""))
    m = _NUMBER.match(text)
    if not m:
        raise ValueError(value)
    number = float(m.group(1).replace(",", ""))
    if m.group(2):
        number *= _SCALE[ignorecase_key(m.group(2))]
    return number


def _split_list(value: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in re.split(r"[;|]", value) if p.strip())


@dataclass(frozen=True)
class BadRow:
    """A row that could not be imported."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class ReadResult:
    """What :func:`read_accounts` found."""

    format: str
    accounts: list[Account] = field(default_factory=list)
    bad: list[BadRow] = field(default_factory=list)
    #: Ids made from the domain (or name) because the row had none: only these rows may
    #: be matched to a stored account by domain.
    derived_ids: set[str] = field(default_factory=set)
    #: What a person should know but that did not stop a row (shared domains, the
    #: encoding or delimiter assumed).
    notes: list[str] = field(default_factory=list)


def detect_format(headers: Iterable[str]) -> str:
    """``canonical``, ``hubspot`` or ``salesforce``, from the header row."""
    lowered = {h.strip().lower() for h in headers}
    if {"id", "name"} <= lowered and lowered & {"domain", "aliases", "tech", "ats"}:
        return "canonical"
    scores = {fmt: len(lowered & set(marks)) for fmt, marks in _FORMAT_MARKERS.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best]:
        return best
    if "name" in lowered:
        return "canonical"
    raise ValueError(
        "unrecognised header row; expected the canonical columns "
        f"({','.join(CANONICAL)}) or a HubSpot or Salesforce company export"
    )


def _owner(value: str, reps: Mapping[str, str]) -> str | None:
    value = value.strip()
    if not value:
        return None
    return reps.get(value.lower(), value)


def read_accounts(
    text: str, *, file: str = "<accounts>", reps: Iterable[Rep] = ()
) -> ReadResult:
    """Parse a CRM export. Bad rows are collected, not raised; a bad header raises
    ConfigError naming the file."""
    headers, delimiter, rows = read_csv(text, file=file)
    try:
        fmt = detect_format(headers)
    except ValueError as e:
        raise ConfigError(str(e), file=file, line=1) from None
    mapping = (
        {c: c for c in CANONICAL} if fmt == "canonical" else HEADER_MAPS[fmt]
    )
    columns = [mapping.get(h.strip().lower()) for h in headers]
    rep_names: dict[str, str] = {}
    for rep in reps:
        rep_names[rep.email.lower()] = rep.email
        if rep.name:
            rep_names[rep.name.lower()] = rep.email

    result = ReadResult(format=fmt)
    if delimiter != ",":
        result.notes.append(f"columns separated by {delimiter!r} (detected)")
    seen_ids: dict[str, int] = {}
    by_domain: dict[str, list[str]] = {}
    for line, row in rows:
        try:
            account, derived = _row_to_account(row, headers, columns, rep_names)
        except ImportRowError as e:
            result.bad.append(BadRow(line, e.message))
            continue
        if account.id in seen_ids:
            result.bad.append(
                BadRow(line, f"duplicate id {account.id!r} (first on line {seen_ids[account.id]})")
            )
            continue
        seen_ids[account.id] = line
        if derived:
            result.derived_ids.add(account.id)
        elif account.domain:
            by_domain.setdefault(account.domain, []).append(account.id)
        result.accounts.append(account)
    shared = {d: ids for d, ids in by_domain.items() if len(ids) > 1}
    if shared:
        # Subsidiaries and regional entities share a domain: distinct ids stay distinct
        # accounts (issue #10), and matching news by that domain is ambiguous.
        sample = "; ".join(f"{d}: {', '.join(ids[:3])}" for d, ids in list(shared.items())[:3])
        result.notes.append(f"{len(shared)} domain(s) shared by several account ids, kept "
                            f"as distinct accounts ({sample})")
    return result


def read_csv(text: str, *, file: str
             ) -> tuple[list[str], str, Iterator[tuple[int, list[str]]]]:
    """A CRM export's header row, its delimiter and its non-blank rows as (line, cells):
    the BOM dropped, the delimiter sniffed, and any CSV error (a field over the size limit,
    a broken quote) a ConfigError naming the file and line, for every import alike."""
    text = text.lstrip("\ufeff")
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        headers = next(reader)
    except StopIteration:
        raise ConfigError("empty file; expected a header row", file=file, line=1) from None
    except csv.Error as e:
        raise ConfigError(f"unreadable CSV: {e}", file=file, line=1) from None

    def rows() -> Iterator[tuple[int, list[str]]]:
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                # The rest of the file cannot be trusted to line up: the read stops here.
                raise ConfigError(f"unreadable CSV: {e}", file=file,
                                  line=reader.line_num) from None
            if any(cell.strip() for cell in row):
                yield reader.line_num, row

    return headers, delimiter, rows()


def sniff_delimiter(text: str) -> str:
    """The column separator of a CSV export: ``,`` unless the header row is clearly
    separated by ``;`` (Excel in many European locales), a tab or ``|``."""
    head = text.split("\n", 1)[0]
    counts = {d: head.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def _row_to_account(
    row: list[str], headers: list[str], columns: list[str | None], reps: Mapping[str, str]
) -> tuple[Account, bool]:
    values: dict[str, str] = {}
    custom: dict[str, str] = {}
    for header, column, cell in zip(headers, columns, row, strict=False):
        cell = cell.strip()
        if column is None:
            if cell:
                custom[header.strip()] = cell
        elif cell and column not in values:
            values[column] = cell
    if len(row) > len(headers):
        raise ImportRowError(f"{len(row)} cells but {len(headers)} columns")
    name = values.get("name", "")
    if not name:
        raise ImportRowError("missing name")
    domain = normalise_domain(values.get("domain") or values.get("website"))
    numbers: dict[str, float | None] = {}
    for key in ("employees", "revenue", "arr"):
        raw = values.get(key)
        if raw is None:
            numbers[key] = None
            continue
        try:
            numbers[key] = parse_number(raw)
        except ValueError:
            raise ImportRowError(
                f"{key}: cannot read {raw!r} as a number (e.g. 120, 1,200, $5M, 51-200)"
            ) from None
    ats = values.get("ats")
    if ats and not re.fullmatch(r"[a-z]+:[\w.\-]+", ats.strip().lower()):
        raise ImportRowError(f"ats: got {ats!r}, expected provider:board like greenhouse:acme")
    account_id = values.get("id") or domain or re.sub(r"\W+", "-", name.lower()).strip("-")
    employees = numbers["employees"]
    dates: dict[str, date | None] = {}
    for key in ("customer_since", "churned_at"):
        raw = values.get(key)
        try:
            dates[key] = parse_date(raw).date() if raw else None
        except ValueError as e:
            raise ImportRowError(f"{key}: {e}") from None
    return Account(
        id=account_id,
        name=name,
        domain=domain,
        aliases=_split_list(values.get("aliases", "")),
        industry=values.get("industry"),
        employees=None if employees is None else int(employees),
        revenue=numbers["revenue"],
        country=values.get("country"),
        tech=_split_list(values.get("tech", "")),
        owner=_owner(values.get("owner", ""), reps),
        ats=ats.strip().lower() if ats else None,
        custom=custom,
        arr=numbers["arr"],
        customer_since=dates["customer_since"],
        churned_at=dates["churned_at"],
    ), not values.get("id")


def read_accounts_file(path: str | Path, *, reps: Iterable[Rep] = ()) -> ReadResult:
    """Read a CRM export file: UTF-8 (with or without BOM), else the encoding detected
    (Excel's Windows-1252 exports are common), said in the result's notes."""
    path = Path(path)
    text, note = read_text_detecting(path)
    result = read_accounts(text, file=str(path), reps=reps)
    if note:
        result.notes.insert(0, note)
    return result


def read_text_detecting(path: Path) -> tuple[str, str | None]:
    """A text file's content and, when it was not UTF-8, a note naming the encoding
    assumed. Raises ConfigError naming the file when it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ConfigError(f"cannot read file: {e.strerror or e}", file=str(path)) from e
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    # Not UTF-8: a CRM export saved by Excel on Windows is Windows-1252 far more often
    # than anything else (statistical detectors misread short, mostly-ASCII exports).
    for candidate in ("cp1252", "latin-1"):
        try:
            return data.decode(candidate), (f"not UTF-8: read as {candidate} (save the export "
                                            "as UTF-8 to be sure)")
        except (UnicodeDecodeError, LookupError):
            continue
    raise ConfigError("not readable as text (expected UTF-8 or Windows-1252)", file=str(path))
