"""Draw newswire titles to label for the event splits and the event model's training set.

    python scripts/draw_event_titles.py [--news] SEED COUNT [DATA_DIR]

Prints COUNT titles (index, tab, title) drawn at random with SEED from the shared
newswire archive's titles (with --news: TechCrunch's feed history, the news genre) that
carry an event-like word, leaving out every title a
labelled file under tests/data/events (the splits and the
model's training titles) holds and
the archive's candidate folders. Labels are written by hand, before anything is run on
the titles (tests/data/events/SOURCES.md).
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVENT_WORD = re.compile(r"(?i)acquire|partner|launch|layoff|expand|opens|files for|IPO|"
                        r"guidance|forecast|misses|cuts|unveil|introduce")
#: News writes more of its events with these (the newswire draws keep EVENT_WORD, so their
#: recorded seeds draw the same titles).
NEWS_EVENT_WORD = re.compile(rf"{EVENT_WORD.pattern}|buys|to buy|acquisition|debuts|enters|"
                             r"teams up|snaps up|picks up", re.IGNORECASE)


def labelled_titles() -> set[str]:
    files = ROOT.glob("tests/data/events/**/*.jsonl")
    return {json.loads(line)["title"].strip() for f in files
            for line in f.read_text("utf-8").splitlines() if line.strip()}


def main(argv: list[str]) -> None:
    news = "--news" in argv
    argv = [a for a in argv if a != "--news"]
    seed, count = int(argv[0]), int(argv[1])
    data = Path(argv[2]) if len(argv) > 2 else ROOT.parent / "shared" / "data"
    seen = labelled_titles()
    if news:
        feed = data / "techcrunch-feed-history-narrowcast" / "techcrunch_items_dedup.jsonl"
        titles = [json.loads(line)["title"] for line in
                  feed.read_text("utf-8").splitlines() if line.strip()]
    else:
        index = data / "press-releases-newsramp-archive" / "index_all_titles.csv"
        with index.open(encoding="utf-8") as f:
            titles = [row["title"] for row in csv.DictReader(f)
                      if "_candidates" not in row["relpath"]]
    word = NEWS_EVENT_WORD if news else EVENT_WORD
    pool = sorted({t for title in titles if (t := " ".join(title.split())) not in seen
                   and word.search(t)})
    random.Random(seed).shuffle(pool)
    for i, title in enumerate(pool[:count]):
        print(f"{i}\t{title}")


if __name__ == "__main__":
    main(sys.argv[1:])
