"""Draw whole press releases (title and body) to label for people moves in prose.

    python scripts/draw_press_bodies.py [--folder NAME] [--titles-read] SEED COUNT OUT.json
        [DATA_DIR]

Draws COUNT releases at random with SEED from a folder of the shared archive (CC0;
``leadership_candidates`` unless --folder names another: ``random_other_sample``,
``funding_candidates``), leaving out every release whose title a labelled file under
tests/data/signals holds (those titles were read while the headline rules were tuned;
their bodies never were; --titles-read keeps them, for a measure of the bodies' reading)
and every release already in tests/data/signals/press_bodies or press_funding (before
2026-11-28's press_funding4 only press_bodies: two releases drawn twice were dropped by
hand), and writes OUT.json:
``{url: {"title", "text", "file"}}``, the body being the release's text from its dateline
to the archive's link footer (the "About" boilerplate kept: a reader meets it too). The
url is the release's original address, as the archive gives it. Labels are written by hand
into a ``moves`` file before anything is run on the texts
(tests/data/signals/press_bodies/SOURCES.md).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SOURCE = re.compile(r"\[Original/Source Press Release\]\((?P<url>[^)\s]+)\)")


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
    if argv[:1] == ["--folder"]:
        name, argv = argv[1], argv[2:]
    titles_read = argv[:1] == ["--titles-read"]
    argv = argv[1:] if titles_read else argv
    seed, count, out = int(argv[0]), int(argv[1]), Path(argv[2])
    data = Path(argv[3]) if len(argv) > 3 else ROOT.parent / "shared" / "data"
    folder = data / "press-releases-newsramp-archive" / name
    seen = set() if titles_read else labelled_titles()
    drawn: set[str] = set()
    for labelled in ("press_bodies", "press_funding"):
        kept = ROOT / "tests" / "data" / "signals" / labelled / "texts.json"
        drawn |= set(json.loads(kept.read_text("utf-8"))) if kept.exists() else set()
    pool = []
    for path in sorted(folder.glob("*.md")):
        release = read_release(path)
        if " ".join(release["title"].split()) not in seen and release["url"] not in drawn:
            pool.append(release)
    random.Random(seed).shuffle(pool)
    chosen = {r.pop("url"): r for r in pool[:count]}
    out.write_text(json.dumps(chosen, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"{len(chosen)} of {len(pool)} unlabelled releases written to {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
