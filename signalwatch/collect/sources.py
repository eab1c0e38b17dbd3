"""The source catalog: ``sources/*.toml`` (and accounts' ``ats`` column) -> Sources.

Each file holds arrays of tables named by kind::

    [[feed]]                      # RSS / Atom (funding news, press-release wires)
    name = "techcrunch"
    url = "https://techcrunch.com/feed/"
    category = "funding"          # funding | leadership | hiring | strategic | financial | news
    interval_minutes = 30

    [[greenhouse]]                # also lever, ashby, workable, smartrecruiters
    board = "stripe"              # the board token; name defaults to "greenhouse:stripe"
    account = "acc-015"           # optional: the account the board belongs to
    # url = "http://127.0.0.1:8000/stripe.json"   # any kind may set an explicit url

    [[page]]                      # a team / leadership page or press room
    name = "acme-team"
    url = "https://acme.com/about/team"
    selector = ".team-member"     # optional CSS selector of one person's block
    account = "acc-001"

    [[filing]]                    # SEC EDGAR Form D Atom feed
    name = "sec-form-d"
    url = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=D&output=atom"
    fetch_amounts = true

    [[website]]                   # a company's website, fingerprinted for its tools
    name = "acme-site"
    url = "https://acme.com/"
    account = "acc-001"

    [[filing]]                    # SEC EDGAR 8-K feed: results (item 2.02), restructuring (2.05)
    name = "sec-8-k"
    url = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=8-K&output=atom"
    fetch_exhibits = true         # read accounts' earnings releases (exhibit 99.1)
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..config import Config
from ..exceptions import ConfigError
from ..types import ATS_KINDS, SOURCE_KINDS, Account, Source
from .http import check_url
from .jobs import DEFAULT_URLS

_COMMON = ("name", "url", "category", "interval_minutes", "enabled", "account", "company",
           "allow_private")
_KIND_KEYS: dict[str, tuple[str, ...]] = {
    "feed": (),
    "page": ("selector",),
    "filing": ("fetch_amounts", "fetch_exhibits"),
    "website": (),
    **dict.fromkeys(ATS_KINDS, ("board",)),
}
_CATEGORIES = ("funding", "leadership", "hiring", "strategic", "financial", "technographic",
               "news")


def _source(kind: str, table: Any, *, file: str, key: str, default_interval: float) -> Source:
    if not isinstance(table, Mapping):
        raise ConfigError(f"got {table!r}, expected a table", file=file, key=key)
    allowed = (*_COMMON, *_KIND_KEYS[kind])
    for k in table:
        if k not in allowed:
            raise ConfigError(f"unknown key; expected one of: {', '.join(allowed)}",
                              file=file, key=f"{key}.{k}")

    def text(name: str, *, required: bool = False) -> str | None:
        value = table.get(name)
        if value is None:
            if required:
                raise ConfigError("missing; expected a string", file=file, key=f"{key}.{name}")
            return None
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"got {value!r}, expected a non-empty string", file=file,
                              key=f"{key}.{name}")
        return value.strip()

    board = text("board", required=kind in ATS_KINDS) if kind in ATS_KINDS else None
    url = text("url", required=kind not in ATS_KINDS)
    if url is None:
        url = DEFAULT_URLS[kind].format(board=board)
    try:
        check_url(url)
    except ValueError as e:
        raise ConfigError(str(e), file=file, key=f"{key}.url") from None
    name = text("name") or (f"{kind}:{board}" if board else None)
    if name is None:
        raise ConfigError("missing; expected a string", file=file, key=f"{key}.name")
    category = text("category")
    if category is None:
        category = "hiring" if kind in ATS_KINDS else ("funding" if kind == "filing" else None)
    if category is not None and category not in _CATEGORIES:
        raise ConfigError(f"got {category!r}, expected one of {', '.join(_CATEGORIES)}",
                          file=file, key=f"{key}.category")
    interval = table.get("interval_minutes", default_interval)
    if isinstance(interval, bool) or not isinstance(interval, (int, float)) or interval < 0.05:
        raise ConfigError(f"got {interval!r}, expected a number of minutes >= 0.05", file=file,
                          key=f"{key}.interval_minutes")
    enabled = table.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ConfigError(f"got {enabled!r}, expected true or false", file=file,
                          key=f"{key}.enabled")
    options: dict[str, Any] = {}
    allow_private = table.get("allow_private", False)
    if not isinstance(allow_private, bool):
        raise ConfigError(f"got {allow_private!r}, expected true or false", file=file,
                          key=f"{key}.allow_private")
    if allow_private:
        # Redirects of this source may reach non-public addresses (an internal mirror).
        options["allow_private"] = True
    if kind == "page":
        options["selector"] = text("selector")
        if options["selector"]:
            import soupsieve

            try:
                soupsieve.compile(options["selector"])
            except (soupsieve.SelectorSyntaxError, ValueError) as e:
                first = str(e).splitlines()[0]
                raise ConfigError(f"got {options['selector']!r}, expected a CSS selector "
                                  f"({first})", file=file, key=f"{key}.selector") from None
    if kind == "filing":
        for flag in ("fetch_amounts", "fetch_exhibits"):
            value = table.get(flag, False)
            if not isinstance(value, bool):
                raise ConfigError(f"got {value!r}, expected true or false", file=file,
                                  key=f"{key}.{flag}")
            options[flag] = value
    if table.get("company") is not None:
        options["company"] = text("company")
    return Source(
        name=name, kind=kind, url=url, category=category, board=board,
        account_id=text("account"), interval=int(interval * 60), enabled=enabled,
        options=options, origin=f"{file} {key}",
    )


def read_source_file(path: Path, *, default_interval: float = 60.0) -> list[Source]:
    file = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ConfigError(f"cannot read source file: {e.strerror or e}", file=file) from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"not valid TOML: {e}", file=file) from e
    sources = []
    for kind, tables in data.items():
        if kind not in SOURCE_KINDS:
            raise ConfigError(f"unknown source kind; expected one of: {', '.join(SOURCE_KINDS)}",
                              file=file, key=kind)
        if not isinstance(tables, list):
            raise ConfigError(f"expected an array of tables [[{kind}]]", file=file, key=kind)
        for i, table in enumerate(tables):
            sources.append(_source(kind, table, file=file, key=f"{kind}[{i}]",
                                   default_interval=default_interval))
    return sources


def account_boards(accounts: Iterable[Account], *, default_interval: float) -> list[Source]:
    """Job boards named in the accounts' ``ats`` column (``provider:board``)."""
    sources = []
    for account in accounts:
        if not account.ats:
            continue
        kind, _, board = account.ats.partition(":")
        if kind not in ATS_KINDS or not board:
            continue
        sources.append(Source(
            name=f"{kind}:{board}", kind=kind, url=DEFAULT_URLS[kind].format(board=board),
            category="hiring", board=board, account_id=account.id,
            interval=int(default_interval * 60), origin=f"account {account.id} ats column",
            options={"company": account.name},
        ))
    return sources


def account_websites(accounts: Iterable[Account], *, interval_days: int) -> list[Source]:
    """Each account's website (its ``domain``), fingerprinted for the tools it runs."""
    sources = []
    for account in accounts:
        domain = (account.domain or "").strip().lower().strip("/")
        if not domain or "/" in domain or " " in domain:
            continue
        sources.append(Source(
            name=f"website:{domain}", kind="website", url=f"https://{domain}/",
            category="technographic", account_id=account.id, interval=interval_days * 86400,
            origin=f"account {account.id} domain", options={"company": account.name},
        ))
    return sources


def load_catalog(config: Config, accounts: Iterable[Account] = (),
                 websites: Iterable[Account] = ()) -> list[Source]:
    """Every configured source; a board declared in a file wins over the same board from an
    account's ``ats`` column (the file may set its url or interval). Names must be unique."""
    default = config.sources.default_interval_minutes
    by_name: dict[str, Source] = {}
    for path in config.source_files():
        for source in read_source_file(path, default_interval=default):
            if source.name in by_name:
                raise ConfigError(
                    f"duplicate source name {source.name!r} "
                    f"(also in {by_name[source.name].origin})",
                    file=str(path), key=(source.origin or "").rsplit(" ", 1)[-1],
                )
            by_name[source.name] = source
    derived = account_boards(accounts, default_interval=default)
    if config.technographics.websites:
        derived += account_websites(
            websites, interval_days=config.technographics.website_interval_days)
    for source in derived:
        existing = by_name.get(source.name)
        if existing is None:
            by_name[source.name] = source
        elif existing.account_id is None:
            from dataclasses import replace

            by_name[source.name] = replace(existing, account_id=source.account_id,
                                           options={**source.options, **existing.options})
    return list(by_name.values())


def catalog_of(config: Config, storage: Any) -> list[Source]:
    """The catalog with the sources the stored accounts add: their job boards (``ats``)
    and, with ``technographics.websites``, their websites (``domain``)."""
    websites = storage.get_accounts() if config.technographics.websites else ()
    return load_catalog(config, storage.get_accounts_with_ats(), websites)
