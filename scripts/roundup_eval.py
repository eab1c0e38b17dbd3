"""Funding (and leadership) read from other newsletters' round-ups, against labels kept in
the repository.

    python scripts/roundup_eval.py tests/data/signals/roundups_other/labels.jsonl TEXTS.json [SET]
    python scripts/roundup_eval.py tests/data/signals/roundups_other/leadership_labels.jsonl \
        TEXTS.json
    python scripts/roundup_eval.py tests/data/signals/press_bodies/labels.jsonl \
        tests/data/signals/press_bodies/texts.json

(whole press releases, CC0: their texts are kept in the repository, see
tests/data/signals/press_bodies/SOURCES.md)

The labels (company, round, amount, currency, rumour; the other companies each text names,
as distractor accounts) are in ``labels.jsonl``; the texts are third-party pages (news
sites' and newsletters' round-ups, stored by the development search tool) and are not
redistributed: ``TEXTS.json`` maps each label row's ``url`` to its text. Each text is read
as a feed item (title and summary) by ``signals_from_item``; a signal is right when its
account is one of the row's deals (a labelled rumour is right only as a rumour, and scored
apart), and its round and amount are compared with the label's. See SOURCES.md there.
"""

from __future__ import annotations

import functools
import json
import sys
from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import UTC, datetime
from pathlib import Path

from signalwatch.accounts import read_accounts_file
from signalwatch.config import Config
from signalwatch.extract.signals import signals_from_item
from signalwatch.match import Matcher, NameKey, make_key, name_keys, normalise_name
from signalwatch.types import Account, Item

NOW = datetime(2026, 3, 31, tzinfo=UTC)
DISTRACTORS = Path(__file__).resolve().parents[1] / "tests/data/signals/eval_accounts.csv"


Row = tuple[str, float, str]


class _Distractors:
    """The distractor accounts' names and index rows, made once (a matcher built from them
    for each of a thousand texts had normalised their 1,700 names a thousand times: nine
    tenths of a run)."""

    def __init__(self, accounts: Sequence[Account]) -> None:
        self.names = {a.id: {normalise_name(a.name), *(normalise_name(x) for x in a.aliases)}
                      for a in accounts}
        self.own: dict[str, dict[str, tuple[float, str]]] = {
            a.id: name_keys(a.name, a.aliases) for a in accounts}
        self.rows: dict[str, list[Row]] = {}
        self.domains: dict[str, list[str]] = {}
        for a in accounts:
            for key, (factor, display) in self.own[a.id].items():
                self.rows.setdefault(key, []).append((a.id, factor, display))
            if a.domain:
                self.domains.setdefault(a.domain, []).append(a.id)
        self.keys = {k: make_key(k, v) for k, v in self.rows.items()}


@functools.cache
def _distractor_index() -> _Distractors:
    return _Distractors(read_accounts_file(DISTRACTORS).accounts)


class _TextIndex:
    """The name index of one text's accounts and the distractors none of whose names (its
    own or an alias) is a labelled company's: one that shares a name would make the
    labelled company ambiguous to the matcher (a distractor aliased "Bastion" had hidden
    press_whole35's move at Bastion). The index a MemoryIndex of those accounts is, the
    distractors' part shared (signalwatch.match's NameIndex)."""

    def __init__(self, accounts: Sequence[Account], known: set[str]) -> None:
        base = self.base = _distractor_index()
        self.left_out = {i for i, names in base.names.items() if names & known}
        self.ids = {a.id for a in accounts}
        rows: dict[str, list[Row]] = {}
        for a in accounts:
            for key, (factor, display) in name_keys(a.name, a.aliases).items():
                rows.setdefault(key, []).append((a.id, factor, display))
        touched = set(rows).union(*(base.own[i] for i in self.left_out))
        self.changed: dict[str, NameKey | None] = {}
        for key in touched:
            owners = [r for r in base.rows.get(key, ()) if r[0] not in self.left_out]
            owners += rows.get(key, [])
            self.changed[key] = make_key(key, owners) if owners else None

    def lookup(self, keys: Collection[str]) -> dict[str, NameKey]:
        out = {}
        for k in keys:
            found = self.changed[k] if k in self.changed else self.base.keys.get(k)
            if found is not None:
                out[k] = found
        return out

    def domain_owners(self, domain: str) -> Sequence[str]:
        return [i for i in self.base.domains.get(domain, ()) if i not in self.left_out]

    def has_account(self, account_id: str) -> bool:
        return account_id in self.ids or (
            account_id in self.base.names and account_id not in self.left_out)


def score(rows: list[dict], texts: dict[str, str], verbose: bool = False) -> dict[str, int]:
    c: dict[str, int] = defaultdict(int)
    rates = Config(None).fx.rates
    for row in rows:
        deals = {normalise_name(d["company"]): d for d in row["deals"]}
        mine = [Account(f"d{i}", d["company"]) for i, d in enumerate(row["deals"])]
        # (a company labelled with a round and a move is one account, not two of one name)
        others = [Account(f"o{i}", n) for i, n in enumerate(row["others"])
                  if normalise_name(n) not in deals]
        names = {a.id: a.name for a in mine + others}
        known = set(deals) | {normalise_name(n) for n in row["others"]}
        matcher = Matcher(index=_TextIndex(mine + others, known))
        item = Item(id=1, source="wire", key="k", type="entry", title=row["title"],
                    url=row["url"], summary=texts[row["url"]], published=NOW, updated=None,
                    company=None, data={}, first_seen=NOW, last_seen=NOW)
        got = set()
        c["labelled"] += sum(not d["rumour"] for d in row["deals"])
        c["rumours_labelled"] += sum(d["rumour"] for d in row["deals"])
        for s in signals_from_item(item, matcher, rates=rates, floor=0.8, now=NOW):
            if s.kind != "funding":
                continue
            name = names.get(s.account_id, s.account_id)
            deal = deals.get(normalise_name(name))
            rumour = bool(s.attributes.get("rumour"))
            if rumour or (deal is not None and deal["rumour"]):
                c["rumours_found"] += 1
                ok = bool(rumour and deal is not None and deal["rumour"])
                c["rumours_right"] += ok
                if verbose and not ok:
                    print("  rumour wrong", name, rumour, s.attributes.get("amount"))
                continue
            c["found"] += 1
            if deal is None or s.account_id in got:
                if verbose:
                    print("  wrong", name, s.attributes)
                continue
            got.add(s.account_id)
            c["right"] += 1
            round_ok = s.attributes.get("round") == deal["round"]
            amount_ok = s.attributes.get("amount") == deal["amount"] and (
                deal["amount"] is None or s.attributes.get("currency") == deal["currency"])
            c["round"] += round_ok
            c["amount"] += amount_ok
            if verbose and not (round_ok and amount_ok):
                print("  attributes", name, {k: s.attributes.get(k) for k in (
                    "round", "amount", "currency")}, "labelled", {k: deal[k] for k in (
                    "round", "amount", "currency")})
        if verbose:
            for i, d in enumerate(row["deals"]):
                if f"d{i}" not in got and not d["rumour"]:
                    print("  missed", d["company"])
    return c


def score_moves(rows: list[dict], texts: dict[str, str], verbose: bool = False) -> dict[str, int]:
    """Leadership changes in the round-ups of ``leadership_labels.jsonl``: a signal is right
    when its account is a labelled move's company and, where the label names the person,
    the signal's person holds the label's surname; of the right ones, the change (joined,
    promoted, departed) is compared with the label's where it gives one ("change")."""
    c: dict[str, int] = defaultdict(int)
    for row in rows:
        companies = list(dict.fromkeys(m["company"] for m in row["moves"]))
        mine = [Account(f"c{i}", n) for i, n in enumerate(companies)]
        taken = {normalise_name(n) for n in companies}
        others = [Account(f"o{i}", n) for i, n in enumerate(row["others"])
                  if normalise_name(n) not in taken]
        names = {a.id: a.name for a in mine + others}
        known = taken | {normalise_name(a.name) for a in others}
        matcher = Matcher(index=_TextIndex(mine + others, known))
        item = Item(id=1, source="wire", key="k", type="entry", title=row["title"],
                    url=row["url"], summary=texts[row["url"]], published=NOW, updated=None,
                    company=None, data={}, first_seen=NOW, last_seen=NOW)
        # (older sets label a departure "left")
        gold = [(normalise_name(m["company"]), m["person"],
                 "departed" if m.get("change") == "left" else m.get("change"))
                for m in row["moves"]]
        c["labelled"] += len(gold)
        for s in signals_from_item(item, matcher, rates={}, floor=0.8, now=NOW):
            if s.kind != "leadership" or s.attributes.get("rumour"):
                continue
            c["found"] += 1
            account = normalise_name(names.get(s.account_id, s.account_id))
            person = s.attributes.get("person") or ""
            hit = next((g for g in gold if g[0] == account and (
                g[1] is None or (person and g[1].split()[-1] in person))), None)
            if hit:
                c["right"] += 1
                gold.remove(hit)
                if hit[2]:  # (the change, where labelled: joined, promoted, departed)
                    c["change_labelled"] += 1
                    c["change"] += s.attributes.get("change") == hit[2]
                    if verbose and s.attributes.get("change") != hit[2]:
                        print("  change", names.get(s.account_id), person,
                              s.attributes.get("change"), "labelled", hit[2])
            elif verbose:
                print("  wrong", names.get(s.account_id), s.attributes)
        if verbose:
            for g in gold:
                print("  missed", g[:2])
    return c


def main(argv: list[str]) -> None:
    rows = [json.loads(x) for x in Path(argv[0]).read_text("utf-8").splitlines() if x.strip()]
    texts = json.loads(Path(argv[1]).read_text("utf-8"))
    if rows and "moves" in rows[0] and "deals" in rows[0]:
        # both kinds labelled in one row (press_whole): each scored as its own folder is,
        # the other kind's companies among the accounts a wrong signal may go to
        for name in dict.fromkeys(r["set"] for r in rows):
            part = [r for r in rows if r["set"] == name and r["url"] in texts]
            moves = score_moves([{**r, "others": [*r["others"], *(
                d["company"] for d in r["deals"])]} for r in part], texts,
                verbose="-v" in argv)
            deals = [{**r, "others": [*r["others"], *dict.fromkeys(
                m["company"] for m in r["moves"])]} for r in part]
            c = score(deals, texts, verbose="-v" in argv)
            print(f"{name:8} {len(part):3} texts  leadership P {moves['right']}/"
                  f"{moves['found']}  R {moves['right']}/{moves['labelled']}  change "
                  f"{moves['change']}/{moves['change_labelled']}  funding P "
                  f"{c['right']}/{c['found']}  R {c['right']}/{c['labelled']}  round "
                  f"{c['round']}/{c['right']}  amount {c['amount']}/{c['right']}  rumours "
                  f"{c['rumours_right']}/{c['rumours_labelled']} (rumour signals "
                  f"{c['rumours_found']})")
        return
    if rows and "moves" in rows[0]:
        for name in dict.fromkeys(r.get("set", "dev1") for r in rows):
            part = [r for r in rows if r.get("set", "dev1") == name and r["url"] in texts]
            c = score_moves(part, texts, verbose="-v" in argv)
            print(f"{name:8} {len(part):3} texts  leadership P {c['right']}/{c['found']}  "
                  f"R {c['right']}/{c['labelled']}  change {c['change']}/"
                  f"{c['change_labelled']}")
        return
    sets = [argv[2]] if len(argv) > 2 and not argv[2].startswith("-") else \
        list(dict.fromkeys(r["set"] for r in rows))
    for name in sets:
        part = [r for r in rows if r["set"] == name and r["url"] in texts]
        if not part:
            continue
        c = score(part, texts, verbose="-v" in argv)
        print(f"{name:8} {len(part):3} texts  funding P {c['right']}/{c['found']}  "
              f"R {c['right']}/{c['labelled']}  round {c['round']}/{c['right']}  "
              f"amount {c['amount']}/{c['right']}  rumours {c['rumours_right']}/"
              f"{c['rumours_labelled']} (rumour signals {c['rumours_found']})")


if __name__ == "__main__":
    main(sys.argv[1:])
