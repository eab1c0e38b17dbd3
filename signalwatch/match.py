"""Company matching (pure): which account is an item about?

Evidence, strongest first, each with the confidence it gives:

====================================================  ==========
the source belongs to the account (its board, its page)     1.00
the source names the company (ATS company, filing issuer)   0.95
the account's domain in the item's link, an email, or text  0.90
the subject span *is* the account name or alias              0.95
the account name ends the subject span (next to the verb)    0.90
the account name elsewhere in the subject span               0.70
====================================================  ==========

Names are looked up by hash, not scanned for: every way the folded text could be cut at word
boundaries into a name of at most 12 words is one candidate key, and the candidates are
looked up together in a name index (one set lookup in memory, one indexed query in the
store), so the cost per item does not depend on the number of accounts and the store's
``account_keys`` table, kept up to date by each account import, needs no build per run and
no memory for a million accounts. Boundaries are as written: "Box" never matches inside
"Dropbox". Normalisation: case folded, "&" read as "and",
punctuation other than ``.`` and ``-`` inside a name dropped, and legal suffixes folded
("Inc", "Corp", "LLC", "Ltd", "GmbH", "S.A.", "AG", "plc" ...: "Acme Inc." is "acme").
Brand words ("Labs", "AI", "Technologies", "HQ", "App", "Health"...) are *not* folded, since
they are part of many names ("Scale AI", "Lambda Labs"); instead a name ending in one also
gets its remainder as a weaker alias ("Notion Labs" -> "Notion").

Weak names (one common English word, like "Box", "Ramp", "Linear", or three letters and
fewer) need stronger evidence: they match only when they *are* the subject span or end it
with a capital letter as written ("Atlassian rival Linear raises"), never in running text
("linear growth", "ramp up"); one the CRM writes in capitals ("AIR", "SAP") only as written
so ("Surf Air" is no "AIR"). A name shared by several accounts is ambiguous and its
confidence is halved, which puts it under the default floor: it is dropped, not guessed.

Mentions that are not the subject are skipped: possessives ("Mira Murati's startup"),
"X-backed", "ex-X", "former X CEO", "X alums", "X rival", "X backer".
"""

from __future__ import annotations

import bisect
import functools
import html
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Protocol

from .accounts import normalise_domain
from .types import Account

LEGAL_SUFFIXES = frozenset((
    "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "company",
    "llc", "l.l.c.", "ltd", "ltd.", "limited", "plc", "gmbh", "ag", "sa", "s.a.", "sas",
    "s.a.s.", "bv", "b.v.", "nv", "n.v.", "oy", "ab", "spa", "s.p.a.", "srl", "pty", "pte",
    "kk", "se", "lp", "l.p.", "llp", "holdings", "sarl", "s.a.r.l.", "asa", "a/s", "oyj",
))
#: Single words of a legal form that are also ordinary name words: never dropped alone.
_NOT_ALONE = frozenset(("private", "company", "group", "holding", "partners", "&", "and"))


def _legal_forms() -> frozenset[tuple[str, ...]]:
    """Legal-form suffixes as word sequences: ours plus cleanco's maintained list of
    forms by country ("GmbH & Co. KG", "K.K.", "S.p.A.", "Pvt. Ltd." ...; issue #10)."""
    terms = set(LEGAL_SUFFIXES)
    try:
        from cleanco import termdata

        for group in (*termdata.terms_by_type.values(), *termdata.terms_by_country.values()):
            terms.update(t.strip().lower() for t in group if t.strip())
    except ImportError:  # pragma: no cover - cleanco is a dependency
        pass
    seqs = set()
    for term in terms:
        words = tuple(term.split())
        if len(words) == 1 and words[0] in _NOT_ALONE:
            continue
        seqs.add(words)
        # "co.,ltd." style glued forms are matched word by word too
    return frozenset(seqs)


BRAND_WORDS = frozenset(("labs", "lab", "ai", "technologies", "technology", "tech", "hq",
                         "app", "apps", "health", "software", "systems", "group", "io",
                         "inc", "global", "security", "robotics", "bio", "therapeutics"))
#: Confidence of each kind of evidence (see the module docstring).
SOURCE_ACCOUNT = 1.0
SOURCE_COMPANY = 0.95
DOMAIN = 0.9
SPAN_EXACT = 0.95
SPAN_END = 0.9
SPAN_INSIDE = 0.7
DERIVED_ALIAS = 0.85  # factor for "Notion" from "Notion Labs"
AMBIGUOUS = 0.5       # factor when a name belongs to several accounts

_KEEP = frozenset(".-&")
_NOT_SUBJECT_AFTER = re.compile(
    r"^(?:['’]s?\b|-backed\b|\s+backed\b|\s+(?:alums?|alumni|rival|backer|veterans?|ceo|cfo|"
    r"cto|coo|cmo|cro|founder|co-founder|cofounder|exec|executive|employees?|investor|"
    r"partner|grad|spinout|spin-off|-?owned|-?funded)\b)", re.IGNORECASE)
_TAIL_NOISE = re.compile(
    r"^(?:\s*,?\s*(?:inc|corp|corporation|ltd|llc|plc|co|se|ag|sa|gmbh|limited|holdings)\b\.?"
    r"|\s*\([^)]*\))+", re.IGNORECASE)
#: "Group" after a name (case as written: "the group" is a noun of the sentence).
_GROUP_TAIL = re.compile(r"^ Group\b")
#: After the name, words that start its own clause: "BuildOps becomes a unicorn, raises",
#: "Apolink by 19-year-old bags".
_CLAUSE_AFTER = re.compile(
    r"^\s+(?:becomes|launches|unveils|expands|debuts|emerges|hits|announces|says|partners|"
    r"adds|doubles|triples|by|from|founded by|built by|which|that|who)\b", re.IGNORECASE)
_NOT_SUBJECT_BEFORE = re.compile(r"(?:\bex-|\bformer\s+|\bfrom\s+)$", re.IGNORECASE)
#: How far before a mention _NOT_SUBJECT_BEFORE looks ("former" and its spaces).
_BEFORE_CHARS = 24
_DOMAIN_IN_TEXT = re.compile(
    r"(?:https?://|www\.|@)?(?P<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})\b",
    re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _domains_in(text: str) -> tuple[str, ...]:
    """The registered domains a text (a link, a subject) names; an item's link is looked at
    once per sentence and event, so this is kept."""
    found = (_domain_of(m.group("host")) for m in _DOMAIN_IN_TEXT.finditer(text))
    return tuple(d for d in found if d)


@functools.lru_cache(maxsize=65536)
def _domain_of(host: str) -> str | None:
    """The registered domain of a host name (links repeat the same few hosts)."""
    return normalise_domain(host)


@functools.cache
def common_words() -> frozenset[str]:
    text = (resources.files("signalwatch") / "data" / "common_words.txt").read_text("utf-8")
    return frozenset(w for w in text.split() if not w.startswith("#"))


def _fold_char(c: str) -> str:
    if c.isalnum():
        low = c.lower()
        return low if len(low) == 1 else c
    # a combining mark ("u" + U+0308 in a decomposed "Lüt") belongs to its letter's word
    return c if c in _KEEP or unicodedata.combining(c) else " "


_ASCII_FOLD = {i: (chr(i).lower() if chr(i).isalnum() else chr(i) if chr(i) in _KEEP else " ")
               for i in range(128)}


#: A trade mark written "TM" after a name's last letter: "SeaTrainTM" is SeaTrain™.
_GLUED_TRADE_MARK = re.compile(r"(?<=[a-z])TM\b")


def fold(text: str) -> str:
    """Same length as ``text`` (offsets stay valid): lower case, other punctuation -> space.
    ASCII text (most names and headlines) takes one ``str.translate``: the per-character
    path was a third of the matcher's build time at 100k accounts."""
    if text.isascii():
        return text.translate(_ASCII_FOLD)
    return "".join(map(_fold_char, text))


def fold_spaces(text: str) -> tuple[str, list[int]]:
    """:func:`fold`, with runs of spaces made one; and where each folded character was in
    ``text`` ("Recipe® Chicken" and "Recipe Chicken" fold alike). Run by run, not
    character by character (it is asked for every item a matcher reads)."""
    if "TM" in text:  # ("SeaTrainTM Technology": the trade mark's letters as spaces, the
        text = _GLUED_TRADE_MARK.sub("  ", text)  # offsets kept)
    folded = fold(html.unescape(text)) if "&" in text and ";" in text else fold(text)
    if "  " not in folded:
        return folded, list(range(len(folded)))
    out: list[str] = []
    where: list[int] = []
    at = 0  # the part up to each run of spaces and its first space kept, the rest dropped
    for m in _EXTRA_SPACES.finditer(folded):
        out.append(folded[at:m.start() + 1])
        where.extend(range(at, m.start() + 1))
        at = m.end()
    out.append(folded[at:])
    where.extend(range(at, len(folded)))
    return "".join(out), where


_EXTRA_SPACES = re.compile(r"  +")


def composed(text: str) -> str:
    """A text with its letters composed (NFC: "Lüt" typed, or "u" and U+0308, is one
    word); ASCII text, most of it, as it is."""
    return unicodedata.normalize("NFC", text) if text and not text.isascii() else text


def normalise_name(name: str) -> str:
    """The key a name is matched by: composed (NFC: "Lüt" typed or decomposed is one
    name), folded, spaces collapsed, legal suffixes dropped."""
    name = composed(name)
    if "TM" in name:
        name = _GLUED_TRADE_MARK.sub("", name)
    words = [w.rstrip(",") for w in fold(html.unescape(name) if "&" in name
                                         else name).split()]
    words = [w for w in words if w]
    while True:
        words = _without_legal_tail(words)
        # (a word's dots and hyphens stripped may leave a legal form or a connector at the
        # end, "0:.&" -> "0 &": dropped too, so that a key normalises to itself)
        stripped = [bare for w in words if (bare := w.strip(".-"))]
        if stripped == words:
            return " ".join(words)
        words = stripped


def _without_legal_tail(words: list[str]) -> list[str]:
    """A name's words without the legal forms ("inc.", "gmbh & co. kg") and connectors
    ("&", "and", ",") at their end; the first word always kept."""
    forms = legal_forms()
    tails = _form_tails()
    # Most names end in no legal form: skip the search (it was most of the build time).
    changed = bool(words) and (words[-1] in tails or words[-1].strip(".") in tails)
    while changed and len(words) > 1:
        changed = False
        for n in (4, 3, 2, 1):
            if len(words) > n and (tuple(words[-n:]) in forms
                                   or tuple(w.strip(".") for w in words[-n:]) in forms):
                del words[-n:]
                changed = True
                break
        while len(words) > 1 and words[-1] in ("&", "and", ","):
            words.pop()
            changed = True
    return words


@functools.cache
def legal_forms() -> frozenset[tuple[str, ...]]:
    return _legal_forms()


@functools.cache
def _form_tails() -> frozenset[str]:
    """The last word of every legal form (and the words stripped from a name's end)."""
    return frozenset({f[-1] for f in legal_forms()} | {f[-1].strip(".") for f in legal_forms()}
                     | {"&", "and", ","})


_ALNUM = re.compile(r"[A-Za-z0-9]")
_COMMA_OR_END = re.compile(r"^\s*(?:,|\(|$)")


def is_weak(key: str) -> bool:
    """One common word, or very short: needs stronger evidence than a mention."""
    return len(key) <= 3 or (" " not in key and key in common_words())


@dataclass(frozen=True)
class Match:
    account_id: str
    confidence: float
    #: Why, for humans: "name 'Linear' ends the subject".
    reason: str
    #: What matched, as a rule can name it: a name key, "domain:x.com", "source:<name>".
    key: str | None = None


#: The version of the keys' making (normalisation, legal forms): a stored index made by
#: another is rebuilt. Bump it whenever :func:`name_keys` would give other keys.
# 2: one-letter names ("X") are keys, matched only as the whole subject; 3: a name with
# initials or an abbreviation before its last word ("J.S. Held", "St. Lucie") also has the
# key its text folds to ("j.s. held"); 4: a trade mark written "TM" after a name's last
# letter is no part of it ("SeaTrainTM Technology" is SeaTrain Technology); 5: a legal form
# or connector a word's stripped dots and hyphens leave at the end is dropped ("Ficus
# Inc-" is Ficus), so that every key normalises to itself
KEYS_FORMAT = "5"
#: Longest name we look for, in words and characters (longer names are not indexed).
MAX_KEY_WORDS = 12
MAX_KEY_CHARS = 160


@dataclass(frozen=True)
class NameKey:
    key: str
    accounts: tuple[str, ...]
    weak: bool
    factor: float
    #: As the CRM writes it (for the capitalisation check of weak names).
    display: str


def name_keys(name: str, aliases: Iterable[str] = ()) -> dict[str, tuple[float, str]]:
    """The keys an account is found by, with their factor and display: its normalised
    name and aliases, "and" for "&", and the remainder of a name ending in a brand word
    ("Notion Labs" -> "Notion", weaker). Pure; the stored name index is built from it."""
    out: dict[str, tuple[float, str]] = {}

    def add(key: str, factor: float, display: str) -> None:
        if not key or len(key) > MAX_KEY_CHARS or key.count(" ") >= MAX_KEY_WORDS:
            return
        if factor > out.get(key, (0.0, ""))[0]:
            out[key] = (factor, display)

    for written in (name, *aliases):
        key = normalise_name(written)
        add(key, 1.0, written)
        if dotted := _dotted_key(written, key):
            add(dotted, 1.0, written)  # "J.S. Held" is "j.s. held" in a folded headline
        if " & " in key:
            add(key.replace(" & ", " and "), 1.0, written)
        words = key.split()
        if len(words) > 1 and words[-1] in BRAND_WORDS:
            rest = " ".join(words[:-1])
            if len(rest) >= 3:
                add(rest, DERIVED_ALIAS, written.rsplit(" ", 1)[0])
    return out


def _dotted_key(written: str, key: str) -> str | None:
    """The key as a headline folds it when a word before the last ends in a dot ("J.S.
    Held" folds to "j.s. held", its key is "j.s held"), or None: the words are matched as
    written, and the key drops those dots."""
    folded = [w.rstrip(",") for w in fold(html.unescape(written) if "&" in written
                                          else written).split()]
    words = key.split()
    if len(words) < 2 or not any(w.endswith(".") for w in folded[:len(words) - 1]):
        return None
    out = [f"{w}." if i < len(words) - 1 and i < len(folded) and folded[i] == f"{w}." else w
           for i, w in enumerate(words)]
    dotted = " ".join(out)
    return dotted if dotted != key else None


def make_key(key: str, owners: Iterable[tuple[str, float, str]]) -> NameKey:
    """One key from its (account id, factor, display) rows, whatever their order."""
    rows = sorted(owners)
    return NameKey(key, tuple(r[0] for r in rows), is_weak(key), min(r[1] for r in rows),
                   rows[0][2])


@functools.cache
def keys_version() -> str:
    """:data:`KEYS_FORMAT` and the version of cleanco's legal forms it depends on."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        cleanco = version("cleanco")
    except PackageNotFoundError:  # pragma: no cover - a dependency
        cleanco = "none"
    return f"{KEYS_FORMAT}:cleanco-{cleanco}"


class NameIndex(Protocol):
    """Where the matcher looks names up: in memory (:class:`MemoryIndex`) or the store's
    ``account_keys`` table (kept up to date by every account import, so nothing is built
    per run and a million accounts cost no memory)."""

    def lookup(self, keys: Collection[str]) -> dict[str, NameKey]: ...

    def domain_owners(self, domain: str) -> Sequence[str]: ...

    def has_account(self, account_id: str) -> bool: ...


class MemoryIndex:
    """A name index held in dicts, built from accounts (tests, evaluation, one-off imports)."""

    def __init__(self, accounts: Iterable[Account]) -> None:
        rows: dict[str, list[tuple[str, float, str]]] = {}
        self.domains: dict[str, list[str]] = {}
        self.ids: set[str] = set()
        for a in accounts:
            self.ids.add(a.id)
            for key, (factor, display) in name_keys(a.name, a.aliases).items():
                rows.setdefault(key, []).append((a.id, factor, display))
            if a.domain:
                self.domains.setdefault(a.domain, []).append(a.id)
        self.keys = {k: make_key(k, v) for k, v in rows.items()}

    def lookup(self, keys: Collection[str]) -> dict[str, NameKey]:
        found = self.keys
        return {k: found[k] for k in keys if k in found}

    def domain_owners(self, domain: str) -> Sequence[str]:
        return self.domains.get(domain, ())

    def has_account(self, account_id: str) -> bool:
        return account_id in self.ids


_START = re.compile(r"(?:^|(?<=[ .-]))[^ .-]")
_END = re.compile(r"[^ .-](?=$| |-|\.(?![^\W_]))")


def candidate_spans(folded: str) -> list[tuple[int, int]]:
    """Every (start, end) of ``folded`` where an account key could be, at word boundaries
    as written: a key starts after a space, "." or "-" (or at the start) and ends before
    a space, "-", "." not followed by a letter ("box.com" is one name), or the end; at
    most :data:`MAX_KEY_WORDS` words. Looking these up in a hash index finds exactly what
    an automaton over all keys would, in a time that does not depend on the accounts."""
    starts = [m.start() for m in _START.finditer(folded)]
    ends = [m.end() for m in _END.finditer(folded)]
    spaces = [i for i, c in enumerate(folded) if c == " "]
    out = []
    for s in starts:
        # the first space after which a key would have too many words
        w = bisect.bisect_left(spaces, s)
        limit = spaces[w + MAX_KEY_WORDS - 1] if w + MAX_KEY_WORDS - 1 < len(spaces) \
            else len(folded)
        limit = min(limit, s + MAX_KEY_CHARS)
        for e in ends[bisect.bisect_right(ends, s):]:
            if e > limit:
                break
            out.append((s, e))
    return out


#: Domains whose owners a matcher keeps (a pass's hosts; cleared when full).
_OWNERS_KEPT = 4096


class Matcher:
    """Over a name index; :meth:`resolve` decides from what the index returns."""

    def __init__(self, accounts: Iterable[Account] | None = None, *,
                 index: NameIndex | None = None,
                 exclusions: Collection[tuple[str, str]] = ()) -> None:
        if index is None:
            index = MemoryIndex(accounts or ())
        self.index = index
        #: (account id, what matched) pairs reps ruled out ("wrong company", issue #14).
        self.exclusions = frozenset(exclusions)
        self._owners: dict[str, tuple[str, ...]] = {}

    # -- finding names ---------------------------------------------------------------

    def mentions(self, text: str) -> list[tuple[int, int, NameKey]]:
        """Account names in ``text`` at word boundaries: (start, end, key), longest first
        where they overlap."""
        if not text:
            return []
        folded, where = fold_spaces(text)
        spans = candidate_spans(folded)
        if not spans:
            return []
        keys = self.index.lookup({folded[s:e] for s, e in spans})
        found = [(where[s], where[e - 1] + 1, keys[folded[s:e]]) for s, e in spans
                 if folded[s:e] in keys]
        found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        kept: list[tuple[int, int, NameKey]] = []
        for m in found:
            if kept and m[0] < kept[-1][1]:
                if m[1] - m[0] > kept[-1][1] - kept[-1][0]:
                    kept[-1] = m
                continue
            kept.append(m)
        return kept

    def _domain_owners(self, domain: str) -> Sequence[str]:
        """Who owns a domain, asked of the index once per matcher (a pass): every item of
        a feed links to the same publisher's host."""
        owners = self._owners.get(domain)
        if owners is None:
            if len(self._owners) >= _OWNERS_KEPT:
                self._owners.clear()
            owners = self._owners[domain] = tuple(self.index.domain_owners(domain))
        return owners

    def _domain_match(self, texts: Sequence[str]) -> Match | None:
        for text in texts:
            for domain in _domains_in(text or ""):
                owners = self._domain_owners(domain)
                if len(owners) == 1:
                    return Match(owners[0], DOMAIN, f"domain {domain}", f"domain:{domain}")
        return None

    # -- resolving ---------------------------------------------------------------------

    def resolve_span(self, span: str) -> Match | None:
        """The account a subject span names (see the module docstring for the rules)."""
        span = composed(span.strip())
        if not span:
            return None
        whole = normalise_name(span)
        best: Match | None = None
        candidates = []
        for start, end, key in self.mentions(span):
            after, before = span[end:], span[:start]
            # (what ends ``before`` is looked at, not the whole of it: a long span names
            # many mentions, and searching each one's whole prefix cost its square)
            if _NOT_SUBJECT_AFTER.match(after) or _NOT_SUBJECT_BEFORE.search(
                    before, max(0, start - _BEFORE_CHARS)):
                continue
            # "Cybin Inc. (NYSE American: CYBN)": a legal suffix and a ticker end nothing;
            # nor does "Group" after a name that is no common word, or an acronym written
            # as the CRM writes it ("OSL Group (863.HK)" is OSL's)
            after = _TAIL_NOISE.sub("", after)
            written = span[start:end]
            if after.startswith(" Group") and (not key.weak or (
                    written == key.display and written.isupper() and len(written) > 1)):
                after = _TAIL_NOISE.sub("", _GROUP_TAIL.sub("", after))
            at_end = not _ALNUM.search(after.split(",")[0]) or _COMMA_OR_END.match(
                after) is not None or _CLAUSE_AFTER.match(after) is not None
            if key.key == whole:
                confidence, why = SPAN_EXACT, "is the subject"
            elif at_end:
                confidence, why = SPAN_END, "ends the subject"
            else:
                confidence, why = SPAN_INSIDE, "is in the subject"
            if len(key.key) == 1 and key.key != whole:
                continue  # a one-letter name ("X") only as the whole subject
            if key.weak:
                # A common word counts only as the subject itself, as written by the CRM.
                if why == "is in the subject":
                    continue
                if written != key.display and not written[:1].isupper():
                    continue
                if len(key.display) > 1 and key.display.isupper() and not written.isupper():
                    # a short name the CRM writes in capitals is that acronym only as
                    # written so: "current Surf Air CEO" names no account "AIR"
                    continue
            confidence *= key.factor
            if len(key.accounts) > 1:
                confidence *= AMBIGUOUS
                why += f" (ambiguous: {len(key.accounts)} accounts)"
            candidates.append((start, Match(key.accounts[0], round(confidence, 3),
                                             f"name {written!r} {why}", key.key)))
        # The company is the last name before the verb: "Atlassian rival Linear".
        for _, match in sorted(candidates, key=lambda c: (c[1].confidence, c[0])):
            best = match
        return best

    def resolve(
        self,
        *,
        subject: str | None = None,
        account_id: str | None = None,
        company: str | None = None,
        urls: Sequence[str] = (),
        text: str = "",
        source: str | None = None,
    ) -> Match | None:
        """The best account for an item, or None. ``account_id``: the source's account;
        ``company``: the company the source names; ``subject``: the extractor's span;
        ``source``: the source's name (a rep may have ruled a source out for an account)."""
        match = self._resolve(subject=subject, account_id=account_id, company=company,
                              urls=urls, text=text)
        if match is not None and self.exclusions and (
                (match.account_id, match.key) in self.exclusions
                or (match.account_id, f"source:{source}") in self.exclusions):
            return None  # a rep said this is not that company
        return match

    def _resolve(self, *, subject: str | None, account_id: str | None, company: str | None,
                 urls: Sequence[str], text: str) -> Match | None:
        if account_id is not None and self.index.has_account(account_id):
            return Match(account_id, SOURCE_ACCOUNT, "the source belongs to the account",
                         "source")
        if company:
            key = normalise_name(company)
            owners = self.index.lookup((key,)).get(key)
            if owners is not None and len(owners.accounts) == 1:
                return Match(owners.accounts[0], SOURCE_COMPANY,
                             f"the source names {company!r}", key)
        by_domain = self._domain_match([*urls, subject or "", text])
        by_span = self.resolve_span(subject) if subject else None
        if by_domain and (by_span is None or by_span.account_id == by_domain.account_id
                          or by_span.confidence < by_domain.confidence):
            return by_domain
        return by_span


def filter_confident(match: Match | None, floor: float) -> Match | None:
    return match if match is not None and match.confidence >= floor else None
