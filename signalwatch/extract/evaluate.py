"""Evaluation of extraction and matching against a labelled corpus.

    python -m signalwatch.extract.evaluate CORPUS.jsonl ACCOUNTS.csv [ACCOUNTS.csv ...] [-v]
    python -m signalwatch.extract.evaluate --splits [DATA_DIR]

Each corpus line is an item (title, summary, url, source) with a ``label``: ``{"kind":
null}`` for an item that is no signal, a funding label (company, round, amount, currency) or
a leadership label (people: company, person, title, function, seniority, change; a null
function or seniority is not scored) and a ``split``: dev, heldout (both seen while the
rules were written), or blind (labelled afterwards and never tuned on).

Matching is scored over (item, kind, account) triples: precision is the share of signals
found that are right, recall the share of labelled signals found. Attribute rates are exact
matches among the signals matched to the right account. Rumours (issue #13: reported, not
announced; they never alert) are scored apart: a label with ``"rumour": true`` expects one,
and a rumour found is neither a hit nor a false alert of the alerting signals.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..accounts import read_accounts_file
from ..config import Config
from ..match import Matcher, normalise_name
from ..types import Item
from .signals import signals_from_item


@dataclass
class Score:
    found: int = 0
    right: int = 0
    labelled: int = 0
    attrs: dict[str, list[int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    rumours_found: int = 0
    rumours_right: int = 0
    rumours_labelled: int = 0
    events_found: int = 0

    def tally(self, name: str, ok: bool) -> None:
        self.attrs.setdefault(name, [0, 0])
        self.attrs[name][0] += int(ok)
        self.attrs[name][1] += 1

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.labelled if self.labelled else 1.0

    def rate(self, name: str) -> float:
        ok, total = self.attrs.get(name, [0, 0])
        return ok / total if total else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "match_precision": round(self.precision, 4),
            "match_recall": round(self.recall, 4),
            "signals_found": self.found,
            "signals_labelled": self.labelled,
            **{f"{k}_exact": round(self.rate(k), 4) for k in sorted(self.attrs)},
            **{f"{k}_n": self.attrs[k][1] for k in sorted(self.attrs)},
            "rumours_found": self.rumours_found,
            "rumours_right": self.rumours_right,
            "rumours_labelled": self.rumours_labelled,
            "events_found": self.events_found,
        }


def _item(n: int, d: Mapping[str, Any], now: datetime) -> Item:
    return Item(id=n, source=str(d.get("source", "corpus")), key=str(n), type="entry",
                title=d.get("title", ""), url=d.get("url"), summary=d.get("summary", ""),
                published=now, updated=None, company=None, data={}, first_seen=now,
                last_seen=now)


def evaluate(corpus: Iterable[Mapping[str, Any]], matcher: Matcher, by_name: Mapping[str, str],
             config: Config, *, split: str | None = None) -> Score:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    score = Score()
    for n, d in enumerate(corpus, 1):
        if split is not None and d.get("split") != split:
            continue
        gold: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
        rumoured: set[tuple[str, str]] = set()
        for label in d["labels"] if "labels" in d else [d["label"]]:
            if label.get("rumour"):
                rumoured.add((label["kind"], _account_of(by_name, label["company"], n)))
                score.rumours_labelled += 1
            elif label["kind"] == "funding":
                gold.setdefault(("funding", _account_of(by_name, label["company"], n)),
                                []).append(label)
            elif label["kind"] == "leadership":
                for p in label["people"]:
                    gold.setdefault(("leadership", _account_of(by_name, p["company"], n)),
                                    []).append(p)
        found = signals_from_item(_item(n, d, now), matcher, rates=config.fx.rates,
                                  floor=config.matching.confidence_floor, now=now)
        score.labelled += sum(len(v) for v in gold.values())
        for s in found:
            if s.kind not in ("funding", "leadership"):
                score.events_found += 1  # strategic / financial: not labelled in this corpus
                continue
            if s.attributes.get("rumour"):
                score.rumours_found += 1
                score.rumours_right += (s.kind, s.account_id) in rumoured
                continue
            score.found += 1
            labels = gold.get((s.kind, s.account_id))
            if not labels:
                score.misses.append(f"wrong  {d['title']!r} -> {s.kind} {s.account_id}")
                continue
            want = labels.pop(0) if s.kind == "funding" else _pick(labels, s.attributes)
            score.right += 1
            a = s.attributes
            if s.kind == "funding":
                ok_round = a["round"] == want["round"]
                ok_amount = (a["amount"] == want["amount"] and a["currency"] == want["currency"])
                score.tally("round", ok_round)
                score.tally("amount", ok_amount)
                if not (ok_round and ok_amount):
                    score.misses.append(f"attrs  {d['title']!r}: {a['round']} {a['amount']} "
                                        f"{a['currency']} != {want['round']} {want['amount']} "
                                        f"{want['currency']}")
            else:
                for attr in ("function", "seniority"):
                    if want.get(attr) is not None:
                        ok = a.get(attr) == want[attr]
                        score.tally(attr, ok)
                        if not ok:
                            score.misses.append(f"{attr:<6} {d['title']!r}: {a.get(attr)} != "
                                                f"{want[attr]}")
                score.tally("change", a.get("change") == want.get("change"))
        for (kind, account), rest in gold.items():
            for _ in rest:
                score.misses.append(f"missed {d['title']!r} ({kind} {account})")
    return score


def _account_of(by_name: Mapping[str, str], company: str, line: int) -> str:
    """The account a label's company is, or a clear error naming the corpus line."""
    if (found := by_name.get(normalise_name(company))) is None:
        raise ValueError(f"corpus item {line}: the label's company {company!r} is no account "
                         "of the accounts files (add it to one)")
    return found


def _pick(labels: list[Mapping[str, Any]], attrs: Mapping[str, Any]) -> Mapping[str, Any]:
    """The labelled person a leadership signal stands for (by name, else the first)."""
    person = normalise_name(str(attrs.get("person") or ""))
    for i, p in enumerate(labels):
        if person and normalise_name(str(p.get("person") or "")) == person:
            return labels.pop(i)
    return labels.pop(0)


def run(corpus_path: Path, accounts_path: Path | Sequence[Path], config: Config | None = None,
        *, verbose: bool = False, out: Any = None) -> dict[str, dict[str, Any]]:
    """Score a corpus against the accounts of one file or several (the shared distractors
    and a set's own companies)."""
    out = out or sys.stdout
    config = config or Config(path=None)
    paths = [accounts_path] if isinstance(accounts_path, Path) else list(accounts_path)
    accounts = [a for path in paths for a in read_accounts_file(path).accounts]
    matcher = Matcher(accounts)
    by_name = {normalise_name(a.name): a.id for a in accounts}
    corpus = []
    for number, line in enumerate(corpus_path.read_text("utf-8").splitlines(), 1):
        if line.strip():
            try:
                corpus.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"corpus line {number}: not JSON ({e.msg}, column "
                                 f"{e.colno})") from None
    results = {}
    present = {d.get("split") for d in corpus} - {None}
    named = [s for s in ("dev", "heldout", "blind") if s in present]
    for split in [*named, *sorted(present - set(named)), None]:
        score = evaluate(corpus, matcher, by_name, config, split=split)
        results[split or "all"] = score.as_dict()
        if verbose and split is None:
            for miss in score.misses:
                print(f"  {miss}", file=out)
    for name, r in results.items():
        print(f"{name:<8} " + "  ".join(f"{k}={v}" for k, v in r.items()), file=out)
    return results


def evaluate_events(path: Path) -> dict[str, Any]:
    """Strategic and financial events against a labelled file (JSON lines: ``title``,
    ``events`` as [type, company] pairs): an extracted event is right when its type
    matches and the labelled company ends its subject span (the matcher's rule). ``unsure``:
    the events the headline model doubts (digest only, no alert: extract/doubt.py), as the
    decide stage judges an event whose one proof is the headline."""
    from ..types import Evidence
    from .doubt import doubt_of
    from .events import find_events

    found = right = labelled = unsure = unsure_right = 0
    misses: list[str] = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        gold = [(t, normalise_name(c)) for t, c in row["events"]]
        labelled += len(gold)
        for e in find_events(row["title"]):
            found += 1
            doubtful = not e.rumour and doubt_of(
                e.kind, {"type": e.type}, (Evidence(None, row["title"], row["title"]),)
            ) is not None
            unsure += doubtful
            subject = normalise_name(e.subject)
            hit = next((g for g in gold if g[0] == e.type and (
                subject == g[1] or subject.endswith(" " + g[1]))), None)
            if hit is None:
                misses.append(f"wrong  {row['title']!r} -> {e.type} {e.subject!r}"
                              + (" (unsure)" if doubtful else ""))
                continue
            right += 1
            unsure_right += doubtful
            gold.remove(hit)
        misses += [f"missed {row['title']!r} ({t} {c})" for t, c in gold]
    return {"precision": round(right / found, 4) if found else 1.0,
            "recall": round(right / labelled, 4) if labelled else 1.0,
            "found": found, "right": right, "labelled": labelled, "misses": misses,
            "unsure": unsure, "unsure_right": unsure_right}


def evaluate_headlines(path: Path, accounts: Path | None = None,
                       floor: float = 0.8) -> dict[str, dict[str, Any]]:
    """Funding and leadership candidates from headlines against a labelled file (JSON
    lines: ``title``, ``kind``, ``expect`` as [company, person-or-null] pairs), scored as
    the pipeline matches them: every labelled company is an account (with ``accounts`` as
    distractors), and a candidate is right when the matcher resolves its company span to
    the labelled company at the confidence floor and, for leadership, the person is the
    labelled one. A span that only contains a company's name somewhere ("Grammarly
    acquires startup Coda") is no match, as in the pipeline."""
    from ..accounts import Account
    from ..types import Evidence
    from .doubt import doubt_of
    from .funding import REPORTED, find_funding
    from .leadership import find_leadership

    out: dict[str, dict[str, Any]] = {}
    rows = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
    names = sorted({c for row in rows for c, _ in row["expect"]})
    ids = {normalise_name(n): f"l{i}" for i, n in enumerate(names)}
    extra = read_accounts_file(accounts).accounts if accounts else []
    # a distractor that is (or was once named as) a labelled company is that company
    clash = {acc for n in names for start, end, key in Matcher(extra).mentions(n)
             if start == 0 and end == len(n) for acc in key.accounts}
    # (a mention of "Cherry SE" spans "Cherry" only, its legal form folded)
    clash |= {a.id for a in extra if normalise_name(a.name) in ids}
    extra = [a for a in extra if a.id not in clash]
    matcher = Matcher([Account(f"l{i}", n) for i, n in enumerate(names)] + extra)
    misses: list[str] = []
    for kind in ("leadership", "funding"):
        found = right = labelled = unsure = unsure_right = 0
        for row in rows:
            if row["kind"] != kind:
                continue
            gold = [(ids[normalise_name(c)], p) for c, p in row["expect"]]
            labelled += len(gold)
            got: list[tuple[str, str | None]]
            if kind == "funding":
                c = find_funding(row["title"])
                got = [(c.subject, None)] if c is not None and not c.rumour else []
            else:  # a reported change is a rumour, scored apart as a rumoured round is
                got = [] if REPORTED.search(row["title"]) else [
                    (c.company, c.person) for c in find_leadership(row["title"])]
            # judged as the decide stage judges a round whose one proof is this headline
            doubtful = kind == "funding" and bool(got) and c is not None and doubt_of(
                "funding", {"round": c.round},
                (Evidence(None, row["title"], row["title"]),)) is not None
            for company, person in got:
                found += 1
                unsure += doubtful
                match = matcher.resolve(subject=company)
                account = match.account_id if match and match.confidence >= floor else None
                hit = next((g for g in gold if g[0] == account
                            and (g[1] is None or person == g[1])), None)
                if hit is not None:
                    right += 1
                    unsure_right += doubtful
                    gold.remove(hit)
                else:
                    misses.append(f"wrong {kind}: {company!r} {person!r} <- {row['title']}")
            misses += [f"missed {kind}: {g} <- {row['title']}" for g in gold]
        out[kind] = {"precision": round(right / found, 4) if found else 1.0,
                     "recall": round(right / labelled, 4) if labelled else 1.0,
                     "found": found, "right": right, "labelled": labelled,
                     # read, but doubtful by the headline model: digest only, no alert
                     "unsure": unsure, "unsure_right": unsure_right}
    out["_errors"] = {"lines": misses}
    return out


def _ghost_feed(title: str, excerpt: str, html: str) -> bytes:
    """An RSS item as a Ghost newsletter's feed gives it: the excerpt in ``description``,
    the whole post in ``content:encoded``."""
    from xml.sax.saxutils import escape

    body = html.replace("]]>", "]]]]><![CDATA[>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>w</title>'
        f"<item><title>{escape(title)}</title><link>https://example.org/p</link>"
        f"<guid>p</guid><description>{escape(excerpt)}</description>"
        f"<content:encoded><![CDATA[{body}]]></content:encoded></item></channel></rss>"
    ).encode()


def evaluate_roundups(labels: Path, posts: Path, accounts: Path | None = None
                      ) -> dict[str, Any]:
    """Funding found in newsletter round-ups (``roundup_blind.jsonl``): each post read as
    its feed delivers it (parsed by the collector's feed parser), every labelled company an
    account among ``accounts`` (distractors); a signal is right when its account is one of
    the post's deals, and its round and amount are scored against that deal's."""
    from ..accounts import Account
    from ..collect.feeds import parse_feed

    rows = [json.loads(x) for x in labels.read_text("utf-8").splitlines() if x.strip()]
    extra = read_accounts_file(accounts).accounts if accounts else []
    found = right = labelled = round_ok = amount_ok = 0
    misses: list[str] = []
    wrong: list[str] = []
    now = datetime(2026, 3, 31, tzinfo=UTC)
    for row in rows:
        text = (posts / row["post"]).read_text("utf-8")
        _, front, html = text.split("---", 2)
        meta = dict(line.split(": ", 1) for line in front.strip().splitlines()
                    if ": " in line and not line.startswith(" "))
        title = meta.get("title", "").strip('"')
        excerpt = meta.get("excerpt", "").strip('"')
        deals = {normalise_name(d["company"]): d for d in row["deals"]}
        mine = [Account(f"d{i}", d["company"]) for i, d in enumerate(row["deals"])]
        matcher = Matcher(mine + [a for a in extra if normalise_name(a.name) not in deals])
        names = {a.id: a.name for a in mine}
        (data,), _ = parse_feed(_ghost_feed(title, excerpt, html), {}, "https://example.org/")
        item = Item(id=1, source="wire", key=data.key, type="entry", title=data.title,
                    url=data.url, summary=data.summary, published=now, updated=None,
                    company=None, data=dict(data.data), first_seen=now, last_seen=now)
        signals = [s for s in signals_from_item(item, matcher, rates=Config(None).fx.rates,
                                                floor=0.8, now=now) if s.kind == "funding"]
        labelled += len(deals)
        got: set[str] = set()
        for sig in signals:
            found += 1
            deal = deals.get(normalise_name(names.get(sig.account_id, "")))
            if deal is None or sig.account_id in got:
                wrong.append(f"{row['post'][:40]}: {sig.account_id} {sig.attributes}")
                continue
            got.add(sig.account_id)
            right += 1
            round_ok += sig.attributes.get("round") == deal["round"]
            amount_ok += (sig.attributes.get("amount") == deal["amount"]
                          and (deal["amount"] is None
                               or sig.attributes.get("currency") == deal["currency"]))
        misses += [d["company"] for d in row["deals"]
                   if f"d{row['deals'].index(d)}" not in got]
    return {"found": found, "right": right, "labelled": labelled,
            "precision": right / found if found else 1.0,
            "recall": right / labelled if labelled else 1.0,
            "round_exact": round_ok / right if right else 0.0,
            "amount_exact": amount_ok / right if right else 0.0,
            "missed": misses, "wrong": wrong}


def report_splits(data: Path) -> list[str]:
    """One line per labelled headline split under ``data`` (``events/**/*.jsonl``: events;
    ``signals/*_blind*.jsonl``: funding and leadership), precision and recall with their
    counts: every split measured by one command."""
    lines = []
    for path in sorted((data / "events").rglob("*.jsonl")):
        r = evaluate_events(path)
        lines.append(f"{path.relative_to(data)!s:<34} events      P {r['right']}/{r['found']} "
                     f"= {r['precision']:.2f}  R {r['right']}/{r['labelled']} = "
                     f"{r['recall']:.2f}" + (f"  unsure {r['unsure']} ({r['unsure_right']} "
                                             "right)" if r["unsure"] else ""))
    for path in sorted((data / "signals").glob("*_blind*.jsonl")):
        if path.name.startswith("roundup"):
            continue  # whole posts, read by evaluate_roundups below
        kinds = {json.loads(x)["kind"] for x in path.read_text("utf-8").splitlines()
                 if x.strip()}
        for kind, r in evaluate_headlines(path, data / "signals" / "eval_accounts.csv").items():
            if kind in kinds:
                lines.append(f"{path.relative_to(data)!s:<34} {kind:<11} P {r['right']}/"
                             f"{r['found']} = {r['precision']:.2f}  R {r['right']}/"
                             f"{r['labelled']} = {r['recall']:.2f}" + (
                                 f"  unsure {r['unsure']} ({r['unsure_right']} right)"
                                 if r["unsure"] else ""))
    # the posts stay in the shared data (no licence stated): read there when present
    parents = data.resolve().parents
    posts = (parents[2] if len(parents) > 2 else parents[-1]) / "shared" / "data" / \
        "french-tech-funding-tracker" / "posts"
    if (data / "signals" / "roundup_blind.jsonl").exists() and posts.is_dir():
        r = evaluate_roundups(data / "signals" / "roundup_blind.jsonl", posts,
                              data / "signals" / "eval_accounts.csv")
        lines.append(f"{'signals/roundup_blind.jsonl':<34} funding     P {r['right']}/"
                     f"{r['found']} = {r['precision']:.2f}  R {r['right']}/{r['labelled']} = "
                     f"{r['recall']:.2f}  round {r['round_exact']:.2f}  amount "
                     f"{r['amount_exact']:.2f}")
    return lines


if __name__ == "__main__":
    if sys.argv[1:2] == ["--splits"]:
        print("\n".join(report_splits(Path(sys.argv[2] if len(sys.argv) > 2 else "tests/data"))))
    else:
        args = [a for a in sys.argv[1:] if a != "-v"]
        if len(args) < 2 or args[0].startswith("-"):
            sys.exit("usage: python -m signalwatch.extract.evaluate CORPUS.jsonl ACCOUNTS.csv "
                     "[ACCOUNTS.csv ...] [-v]\n"
                     "       python -m signalwatch.extract.evaluate --splits [DATA_DIR]")
        for given in args:
            if not Path(given).is_file():
                sys.exit(f"{given}: no such file (expected a corpus .jsonl and accounts .csv)")
        try:
            run(Path(args[0]), [Path(a) for a in args[1:]], verbose="-v" in sys.argv)
        except ValueError as e:
            sys.exit(f"{args[0]}: {e}")
