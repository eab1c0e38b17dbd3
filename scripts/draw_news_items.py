"""Draw whole news items (title and summary) to label for funding and leadership.

    python scripts/draw_news_items.py [--strong] SEED MONEY LEAD OTHER OUT.jsonl [DATA_DIR]

From the shared TechCrunch items (techcrunch-feed-history-narrowcast, 4,717 deduplicated
items with their feed descriptions) whose title no labelled file under tests/data holds
(those titles were read while the rules were tuned; earlier draws committed under
tests/data/signals/news_items among them), draws with SEED: MONEY items whose
summary has a money word and whose title has none, LEAD items whose summary has a
leadership word and whose title has none (the issue's "named only in the summary"), and
OTHER items of the rest (hard negatives, or signals told some other way); with --strong
the summary's words must be those of a round or a move told ("has raised", "a $5 million
seed round", "was appointed", "steps down"). Writes
OUT.jsonl in the evaluation corpus's shape (``title``, ``summary`` as the feed collector
makes it, ``url``, ``source``) with an empty ``label`` to be filled in by hand before
anything is run on the items (tests/data/signals/SOURCES.md).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from signalwatch.collect.feeds import SUMMARY_LIMIT  # noqa: E402
from signalwatch.extract.text import html_to_text  # noqa: E402

MONEY = re.compile(r"\b(?:rais(?:e[sd]?|ing)|funding|round|series [a-e]|seed|valuation|"
                   r"backed|led by|invest(?:s|ed|ment|ors?)|\$\d|€\d|£\d)", re.I)
LEAD = re.compile(r"\b(?:appoint\w*|named|hire[sd]?|hiring|joins|joined|steps? down|"
                  r"stepping down|depart\w*|leaves|left|promoted|chief \w+ officer|CEO|CTO|CFO|"
                  r"COO|CRO|CMO|president|head of|VP)\b", re.I)


STRONG_MONEY = re.compile(r"\b(?:has raised|have raised|raised|raises|secured|closed|lands?|"
                          r"nets?|bags?)\b[^.]{0,60}(?:[$€£₹]\s?\d|\d+(?:\.\d+)?\s?(?:million|"
                          r"billion|crore)|series [a-f]|seed|round)", re.I)
STRONG_LEAD = re.compile(r"\b(?:appointed|named (?:as )?(?:its |the )?(?:new )?(?:CEO|CTO|CFO|COO|"
                         r"CMO|CRO|chief|president|head)|hired|hires|joins? (?:as|the)|joined|"
                         r"steps? down|stepping down|has left|is leaving|will leave|depart\w*|"
                         r"promoted|succeed\w*|replac\w*|resign\w*|ousted|fired)\b", re.I)


def labelled_titles() -> set[str]:
    out: set[str] = set()
    for f in list(ROOT.glob("tests/data/**/*.jsonl")) + list(ROOT.glob("tests/data/**/*.json")):
        for m in re.finditer(r'"title": "((?:[^"\\]|\\.)*)"', f.read_text("utf-8")):
            out.add(" ".join(json.loads('"' + m.group(1) + '"').split()))
    return out


def main(argv: list[str]) -> None:
    strong = argv[:1] == ["--strong"]
    argv = argv[1:] if strong else argv
    seed, money, lead, other = (int(x) for x in argv[:4])
    out = Path(argv[4])
    data = Path(argv[5]) if len(argv) > 5 else ROOT.parent / "shared" / "data"
    feed = data / "techcrunch-feed-history-narrowcast" / "techcrunch_items_dedup.jsonl"
    seen = labelled_titles()
    money_re, lead_re = (STRONG_MONEY, STRONG_LEAD) if strong else (MONEY, LEAD)
    items = []
    for line in feed.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        title = " ".join(html_to_text(row.get("title", "")).split())
        if title in seen:
            continue
        summary = html_to_text(row.get("description", ""), limit=SUMMARY_LIMIT)
        items.append({"title": title, "summary": summary, "url": row.get("link"),
                      "source": "techcrunch", "label": None})
    groups: dict[str, list[dict]] = {"money": [], "lead": [], "other": []}
    for it in items:
        if money_re.search(it["summary"]) and not MONEY.search(it["title"]):
            groups["money"].append(it)
        elif lead_re.search(it["summary"]) and not LEAD.search(it["title"]):
            groups["lead"].append(it)
        else:
            groups["other"].append(it)
    rng = random.Random(seed)
    drawn = rng.sample(groups["money"], money) + rng.sample(groups["lead"], lead) + \
        rng.sample(groups["other"], other)
    rng.shuffle(drawn)
    print({k: len(v) for k, v in groups.items()}, file=sys.stderr)
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in drawn), "utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
