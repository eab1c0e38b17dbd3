"""Draw whole press releases (title and body) to label for people moves in prose.

    python scripts/draw_press_bodies.py [--folder NAME | --upstream DIR] [--titles-read] SEED
        COUNT OUT.json [DATA_DIR]

Draws COUNT releases at random with SEED from a folder of the shared archive (CC0;
``leadership_candidates`` unless --folder names another: ``random_other_sample``,
``funding_candidates``), leaving out every release whose title a labelled file under
tests/data/signals holds (those titles were read while the headline rules were tuned;
their bodies never were; --titles-read keeps them, for a measure of the bodies' reading)
and every release already in tests/data/signals/press_bodies, press_funding or press_whole
(before 2026-11-28's press_funding4 only press_bodies: two releases drawn twice were dropped
by hand; press_whole's since press_whole39, the first drawn with --titles-read from the
whole archive), and writes OUT.json:
``{url: {"title", "text", "file"}}``, the body being the release's text from its dateline
to the archive's link footer (the "About" boilerplate kept: a reader meets it too). The
url is the release's original address, as the archive gives it. Labels are written by hand
into a ``moves`` file before anything is run on the texts
(tests/data/signals/press_bodies/SOURCES.md).

``--upstream DIR``: draw from the whole archive instead (a checkout of
github.com/Newsworthyai/press-release-archive, whose 24,676 releases the shared folders
sample): releases whose title holds a word of a move or a round (_MOVE_OR_ROUND_TITLE: wider
than the shared folders' title patterns, which asked for an executive title or money words)
and that no shared folder holds (their bodies may have been read); with ``--strong`` (after
``--upstream DIR``) only titles that tell a move or a round in so many words
(_STRONG_TITLE: "Adds New Chief Human Resources Officer", "Expands Leadership Team",
"Announces Promotions", "Raises ...", "Secures ... Funding"), most of which the shared
folders' patterns did not take (no executive title named, or another verb); with
``--rounds`` only titles that may tell of a round (_ROUND_TITLE); with ``--body``, whatever
the title, only releases whose text holds a sentence with a word of change and an
executive's title (_MOVE_SENTENCE: a move may be told in a release about other news).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SOURCE = re.compile(r"\[Original/Source Press Release\]\((?P<url>[^)\s]+)\)")


#: A title that may tell of a move or a round, in any words (the upstream draw's filter).
_MOVE_OR_ROUND_TITLE = re.compile(
    r"(?i)\b(?:appoint\w*|names?|named|hires?|hired|promot\w+|joins?|welcomes?|taps|adds|"
    r"leadership|executive|succession|successor|retire\w*|steps?\s+down|depart\w*|"
    r"transition|chief|ceo|cfo|coo|cto|cmo|cro|president|raises?|raised|secures?|closes?|"
    r"funding|financing|investment|seed|series\s+[a-e]|backed|invests?)\b")


#: A title that tells a move or a round in so many words (``--strong``).
_STRONG_TITLE = re.compile(
    r"(?i)\b(?:appoint\w*|hires?|hired|promot\w+|welcomes?\s+(?:\w+\s+){1,3}(?:as|to)\b|taps\b|"
    r"names?\s+(?:\w+\s+){1,4}(?:as|to)\b|named\s+(?:\w+\s+)?(?:ceo|cfo|president|chief|head|"
    r"director|vp)|joins?\s+(?:\w+\s+){1,4}as\b|adds?\s+(?:\w+\s+){1,4}(?:to|as)\b|"
    r"steps?\s+down|retire\w*|successor|succeed\w*|leadership\s+(?:change|transition|team)|"
    r"new\s+(?:ceo|cfo|coo|cto|president|chief)|raises?|raised|secures?\s+(?:\$|€|£|\w+\s+)?"
    r"(?:\w+\s+){0,3}(?:funding|investment|seed|series|financing|round)|closes?\s+(?:\$|€|£|"
    r"\w+\s+)?(?:\w+\s+){0,3}(?:round|financing|funding)|funding\s+round|seed\s+round|"
    r"series\s+[a-e])\b")


#: A title that may tell of a round (``--rounds``, after ``--upstream DIR``).
_ROUND_TITLE = re.compile(
    r"(?i)\b(?:raises?|raised|secures?|closes?|funding|financing|seed|series\s+[a-e]|"
    r"investment\s+from|backed|invests?\s+in)\b")


#: A sentence of a body that may tell a move (``--body``, after ``--upstream DIR``): a word of
#: change and an executive's title in one sentence, whatever the headline says.
_MOVE_SENTENCE = re.compile(
    r"(?i)\b(?:appoint\w*|named|names|hire[sd]?|hiring|promot\w+|join(?:s|ed|ing)?|"
    r"welcome[sd]?|steps?\s+down|stepped\s+down|retir\w+|succeed\w*|successor|depart\w*|"
    r"resign\w*|elevat\w+)\b[^.!?\n]{0,160}?\b(?:chief\s+[\w\s]{0,30}?officer|ceo|cfo|coo|cto|"
    r"cmo|cro|president|vice\s+president|vp|head\s+of|managing\s+director|general\s+manager)"
    r"\b|\b(?:chief\s+[\w\s]{0,30}?officer|ceo|cfo|coo|cto|cmo|cro|president|vice\s+president|"
    r"head\s+of|managing\s+director|general\s+manager)\b[^.!?\n]{0,160}?\b(?:appoint\w*|"
    r"named|hired|promot\w+|joins|joined|steps?\s+down|stepped\s+down|retir\w+|succeed\w*|"
    r"depart\w*|resign\w*)\b")


def labelled_titles() -> set[str]:
    out: set[str] = set()
    for f in ROOT.glob("tests/data/signals/**/*.jsonl"):
        for line in f.read_text("utf-8").splitlines():
            if line.strip() and (title := json.loads(line).get("title")):
                out.add(" ".join(title.split()))
    return out


def read_release(path: Path) -> dict[str, str]:
    """(title, body, url) of one archived release: the '# ' heading, the text up to the
    '---' line before the archive's links, and the original release's address."""
    raw = path.read_text("utf-8")
    lines = raw.splitlines()
    title = next(x[2:].strip() for x in lines if x.startswith("# "))
    head, _, foot = raw.partition("\n---")
    body = "\n".join(x for x in head.splitlines() if not x.startswith("# ")).strip()
    m = _SOURCE.search(foot)
    return {"title": title, "text": body, "file": path.name,
            "url": m.group("url") if m else f"archive:{path.name}"}


def main(argv: list[str]) -> None:
    name = "leadership_candidates"
    upstream: Path | None = None
    if argv[:1] == ["--folder"]:
        name, argv = argv[1], argv[2:]
    elif argv[:1] == ["--upstream"]:
        upstream, argv = Path(argv[1]), argv[2:]
    strong = argv[:1] == ["--strong"]
    argv = argv[1:] if strong else argv
    rounds = argv[:1] == ["--rounds"]
    argv = argv[1:] if rounds else argv
    body = argv[:1] == ["--body"]
    argv = argv[1:] if body else argv
    titles_read = argv[:1] == ["--titles-read"]
    argv = argv[1:] if titles_read else argv
    seed, count, out = int(argv[0]), int(argv[1]), Path(argv[2])
    data = Path(argv[3]) if len(argv) > 3 else ROOT.parent / "shared" / "data"
    folder = data / "press-releases-newsramp-archive" / name
    seen = set() if titles_read else labelled_titles()
    drawn: set[str] = set()
    # (press_whole's releases too: their titles are labelled, so only --titles-read would
    # draw one again)
    for labelled in ("press_bodies", "press_funding", "press_whole"):
        kept = ROOT / "tests" / "data" / "signals" / labelled / "texts.json"
        drawn |= set(json.loads(kept.read_text("utf-8"))) if kept.exists() else set()
    if upstream is not None:
        archive = data / "press-releases-newsramp-archive"
        shared = {p.name for p in archive.glob("*/*.md")}
        paths = [p for p in sorted(upstream.glob("*/*/*/*.md"))
                 if "__".join(p.relative_to(upstream).parts) not in shared]
    else:
        paths = sorted(folder.glob("*.md"))
    pool = []
    for path in paths:
        try:
            release = read_release(path)
        except StopIteration:
            continue  # (a release without a '# ' title)
        if upstream is not None:
            release["file"] = "__".join(path.relative_to(upstream).parts)
            wanted = _ROUND_TITLE if rounds else _STRONG_TITLE if strong else \
                _MOVE_OR_ROUND_TITLE
            if (body and not _MOVE_SENTENCE.search(release["text"])) or (
                    not body and not wanted.search(release["title"])):
                continue
        if " ".join(release["title"].split()) not in seen and release["url"] not in drawn:
            pool.append(release)
    random.Random(seed).shuffle(pool)
    chosen = {r.pop("url"): r for r in pool[:count]}
    out.write_text(json.dumps(chosen, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"{len(chosen)} of {len(pool)} unlabelled releases written to {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
