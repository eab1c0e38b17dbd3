"""Public domain types.

Small frozen dataclasses, one ``#:`` comment per field. Every datetime is
timezone-aware UTC (:func:`signalwatch.utils.utc` makes sure of it at the
edges). Internal "as it came from outside" types carry a ``Data`` suffix,
"as it is to be written" types an ``Intent`` suffix.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

#: The kinds of trigger signal signalwatch extracts.
SignalKind = Literal["funding", "leadership", "hiring", "strategic", "financial",
                     "technographic"]
SIGNAL_KINDS: tuple[SignalKind, ...] = ("funding", "leadership", "hiring", "strategic",
                                        "financial", "technographic")
#: Types of the strategic and financial events (DESIGN.md section 5).
STRATEGIC_TYPES = ("expansion", "product_launch", "acquisition", "acquired", "partnership",
                   "ipo_filing")
FINANCIAL_TYPES = ("missed_targets", "guidance_cut", "layoffs")
#: SEC registration statements of an initial public offering (amendments included).
IPO_FORMS = frozenset(("S-1", "S-1/A", "F-1", "F-1/A"))

#: The kinds of source a collector knows how to poll.
SourceKind = Literal[
    "feed",
    "greenhouse",
    "lever",
    "ashby",
    "workable",
    "smartrecruiters",
    "page",
    "filing",
    "website",
]
SOURCE_KINDS: tuple[str, ...] = (
    "feed",
    "greenhouse",
    "lever",
    "ashby",
    "workable",
    "smartrecruiters",
    "page",
    "filing",
    "website",
)
ATS_KINDS: tuple[str, ...] = ("greenhouse", "lever", "ashby", "workable", "smartrecruiters")

#: The functions (and hiring departments) a title or posting maps to.
FUNCTIONS: tuple[str, ...] = (
    "sales",
    "revenue",
    "marketing",
    "customer success",
    "engineering",
    "product",
    "finance",
    "operations",
    "people",
    "legal",
    "data",
    "security",
    "general management",
)

Tier = Literal["A", "B", "C"]
TIERS: tuple[str, ...] = ("A", "B", "C")


@dataclass(frozen=True)
class Account:
    """A company from the team's CRM export."""

    #: Stable id from the CRM (or derived from the domain when the export has none).
    id: str
    #: Display name as the CRM has it.
    name: str
    #: Registered domain, normalised (``acme.com``), or None.
    domain: str | None = None
    #: Other names the company is known by (former names, brands).
    aliases: tuple[str, ...] = ()
    #: Industry as written in the CRM.
    industry: str | None = None
    #: Headcount.
    employees: int | None = None
    #: Annual revenue in USD.
    revenue: float | None = None
    #: Country or region as written in the CRM.
    country: str | None = None
    #: Technologies the company uses.
    tech: tuple[str, ...] = ()
    #: Email of the rep who owns the account.
    owner: str | None = None
    #: ``provider:board`` of the company's public job board, e.g. ``greenhouse:acme``.
    ats: str | None = None
    #: Any other columns of the export, by header.
    custom: Mapping[str, str] = field(default_factory=dict)
    #: Annual recurring revenue in USD, for customers (an outcome, never an ICP trait).
    arr: float | None = None
    #: When the company became a customer (UTC date).
    customer_since: date | None = None
    #: When the customer churned (UTC date), or None.
    churned_at: date | None = None


@dataclass(frozen=True)
class Rep:
    """A sales rep who owns accounts and reads alerts."""

    #: Email address; the key reps are known by.
    email: str
    #: Display name.
    name: str | None = None
    #: Slack user id (``U123...``); if None, looked up by ``slack_email`` or ``email``.
    slack_user: str | None = None
    #: Email to look the Slack user up by, when it differs from ``email``.
    slack_email: str | None = None
    #: IANA timezone name, e.g. ``Europe/Paris``.
    timezone: str = "UTC"
    #: Local hour (0-23) at which the daily digest is sent.
    digest_hour: int = 8


@dataclass(frozen=True)
class Criterion:
    """One condition of an ICP, on one account field."""

    #: Account field: industry, employees, revenue, country, tech, or a custom column.
    field: str
    #: Operator: ``in``, ``range``, ``any``, ``all``, ``equals``, ``contains``.
    op: str
    #: The operand: a tuple of strings for in/any/all, (low, high) for range.
    value: Any
    #: Weight, for preferences; must-haves and disqualifiers ignore it.
    weight: float = 1.0
    #: Human description used in reasons; derived from the above when empty.
    label: str = ""


@dataclass(frozen=True)
class ICP:
    """An Ideal Customer Profile."""

    #: Short name, unique in the configuration.
    name: str
    #: Lower numbers win when an account fits several ICPs.
    priority: int = 100
    #: One-line description for humans.
    description: str = ""
    #: All must hold, or the account does not fit.
    must: tuple[Criterion, ...] = ()
    #: Weighted preferences; their weighted share makes the score.
    prefer: tuple[Criterion, ...] = ()
    #: Any that holds rules the account out.
    disqualify: tuple[Criterion, ...] = ()
    #: Minimum score for tiers A, B and C.
    tiers: Mapping[str, float] = field(default_factory=lambda: {"A": 80.0, "B": 60.0, "C": 40.0})
    #: Intent overrides: which trigger kinds count for this ICP, with filters and weights.
    #: Keys are signal kinds; values are mappings understood by :mod:`signalwatch.score`.
    triggers: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    #: Slack channel for alerts on accounts whose owner cannot be reached directly.
    channel: str | None = None


@dataclass(frozen=True)
class Reason:
    """Why a criterion held or failed; used by fit and intent explanations."""

    #: What was checked, for humans: ``employees 50-200``.
    label: str
    #: Whether it held.
    held: bool
    #: What the account had, for humans: ``120``.
    detail: str = ""
    #: ``must``, ``prefer`` or ``disqualify`` (or a signal kind for intent reasons).
    role: str = "prefer"


@dataclass(frozen=True)
class FitResult:
    """The ICP fit of one account."""

    #: Account id.
    account_id: str
    #: Name of the ICP the account matched, or None.
    icp: str | None
    #: Score 0-100 against that ICP (or the best score if none matched).
    score: float
    #: ``A``, ``B``, ``C`` or None.
    tier: str | None
    #: Criteria that held or failed, in the ICP's order.
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class Source:
    """A place signalwatch polls: a feed, a job board, a page or a filings feed."""

    #: Unique name, e.g. ``techcrunch-funding`` or ``greenhouse:acme``.
    name: str
    #: See :data:`SourceKind`.
    kind: str
    #: The URL polled (explicit, or built from ``board`` for ATS kinds).
    url: str
    #: What signals it is expected to give: funding, leadership, hiring, or None for any.
    category: str | None = None
    #: ATS board token, for job-board kinds.
    board: str | None = None
    #: Account id the source belongs to (a company's board or page), if any.
    account_id: str | None = None
    #: Poll interval in seconds.
    interval: int = 3600
    #: Whether the source is polled.
    enabled: bool = True
    #: Kind-specific options (e.g. ``selector`` for pages).
    options: Mapping[str, Any] = field(default_factory=dict)
    #: The file (and table) the source was declared in, for error messages.
    origin: str | None = None


@dataclass(frozen=True)
class SourceHealth:
    """What the last polls of a source did."""

    #: Source name.
    name: str
    last_attempt: datetime | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    consecutive_failures: int = 0
    next_due: datetime | None = None
    #: False once the source answered 410 Gone or was disabled.
    enabled: bool = True


@dataclass(frozen=True)
class ItemData:
    """An item as a collector parsed it, before storage."""

    #: Per-source unique key: guid, else normalised link, else content hash.
    key: str
    #: ``entry`` (feed item), ``posting`` (job), ``page_change`` or ``filing``.
    type: str
    title: str
    url: str | None = None
    #: Plain text (HTML already stripped).
    summary: str = ""
    #: When the item says it was published, if it says.
    published: datetime | None = None
    #: When it was last updated, if it says.
    updated: datetime | None = None
    #: Company the item is about, when the source knows it (a job board, a filing).
    company: str | None = None
    #: Type-specific fields (posting: department, location, remote; filing: amounts ...).
    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Item:
    """A stored item."""

    #: Database id.
    id: int
    #: Source name.
    source: str
    key: str
    type: str
    title: str
    url: str | None
    summary: str
    published: datetime | None
    updated: datetime | None
    company: str | None
    data: Mapping[str, Any]
    #: When we first saw it.
    first_seen: datetime
    #: When we last saw it in the source.
    last_seen: datetime
    #: Account id when the source belongs to one account (its job board, its page).
    account_id: str | None = None
    #: True when the item was stored as history (first poll, or older than the backfill
    #: window): it may feed baselines but never triggers an alert.
    history: bool = False
    #: For postings: when it was found closed (missing from 2 good fetches), else None.
    closed_at: datetime | None = None


@dataclass(frozen=True)
class Evidence:
    """What proves a signal."""

    url: str | None
    title: str
    #: The sentence or field that proves it.
    sentence: str
    #: Source name.
    source: str | None = None
    published: datetime | None = None


@dataclass(frozen=True)
class SignalIntent:
    """A signal as extraction and matching produce it, before storage."""

    kind: str
    account_id: str
    occurred_at: datetime
    detected_at: datetime
    confidence: float
    #: funding: round, amount, currency, amount_usd, investors;
    #: leadership: person, title, function, seniority, change;
    #: hiring: department, openings, baseline, growth.
    attributes: Mapping[str, Any]
    evidence: tuple[Evidence, ...]
    #: Key identifying the real-world event; several items with the same key are one signal.
    dedupe_key: str
    #: Ids of the items it came from.
    item_ids: tuple[int, ...] = ()
    #: True when every item behind it is history: stored, never alerted on.
    history: bool = False
    #: What matched the account (a name key, "domain:x", "source"): a rep's "wrong
    #: company" rules it out for that account (issue #14).
    matched: str | None = None


#: Attributes that keep a signal from alerting on its own (a rumour, an unsure reading):
#: what they tell is not known to have happened.
WITHHELD = ("rumour", "doubt")


def withheld(attributes: Mapping[str, Any]) -> bool:
    """Whether a signal's attributes withhold it (see WITHHELD): it alerts on no one's behalf,
    rules no account out and triggers no deal."""
    return any(attributes.get(k) for k in WITHHELD)


@dataclass(frozen=True)
class Signal:
    """A stored signal."""

    id: int
    kind: str
    account_id: str
    occurred_at: datetime
    detected_at: datetime
    confidence: float
    attributes: Mapping[str, Any]
    evidence: tuple[Evidence, ...]
    dedupe_key: str
    history: bool = False
    matched: str | None = None

    @property
    def url(self) -> str | None:
        return self.evidence[0].url if self.evidence else None


@dataclass(frozen=True)
class Decision:
    """What the scorer decided for an account at one moment, and why."""

    account_id: str
    #: ``alert``, ``hold`` (digest only) or ``drop``.
    action: str
    #: One sentence: why.
    reason: str
    signal_ids: tuple[int, ...]
    created_at: datetime
    #: Heat at decision time, and its tier (hot / warm / None).
    heat: float = 0.0
    heat_tier: str | None = None


@dataclass(frozen=True)
class Alert:
    """A notification in the outbox."""

    id: int
    account_id: str
    #: Owner rep email (or None when routed to a channel).
    rep: str | None
    #: ``slack``, ``webhook``, ``email`` or ``file``.
    channel: str
    #: ``pending``, ``sending``, ``sent``, ``failed``.
    status: str
    signal_ids: tuple[int, ...]
    reasons: tuple[str, ...]
    created_at: datetime
    sent_at: datetime | None = None
    #: The rendered payload (Slack blocks, or None).
    payload: Mapping[str, Any] | None = None
    attempts: int = 0
    last_error: str | None = None
    #: The ICP version that scored the account when the alert was decided.
    icp_version: int | None = None
