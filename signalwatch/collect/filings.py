"""SEC EDGAR filings: Form D as funding, S-1 / F-1 as IPO filings (issue #13).

EDGAR's "current filings" Atom feed (``browse-edgar?action=getcurrent&type=D&output=atom``)
has one entry per filing, titled ``D - Company Name (0001234567) (Filer)``, linking to the
filing index. The amounts live in the filing's ``primary_doc.xml`` (Form D XML:
``offeringData/offeringSalesAmounts/totalOfferingAmount`` and ``totalAmountSold``), which
the collector fetches for new filings when the source sets ``fetch_amounts = true``.
The same feed for ``type=S-1`` or ``type=F-1`` lists registration statements: a company
filing to go public (a strategic ``ipo_filing`` event; amendments ``/A`` included).

For ``type=8-K`` each entry's summary lists the filing's items ("Item 2.02: Results of
Operations and Financial Condition<br>Item 9.01: ..."). Two are kept: item 2.02 (results:
the earnings release is exhibit 99.1, which the collector fetches from the filing index
for accounts' filings when the source sets ``fetch_exhibits = true``, to compare results
and outlook against guidance, see extract/earnings.py) and item 2.05 (costs associated
with exit or disposal activities: a restructuring, a ``layoffs`` event by itself). Other
8-Ks are skipped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from ..types import ItemData
from .feeds import parse_feed

_TITLE = re.compile(
    r"^\s*(D(?:/A)?|S-1(?:/A)?|F-1(?:/A)?|8-K(?:/A)?)\s*-\s*(.+?)\s*\((\d{4,10})\)",
    re.IGNORECASE)
#: "Item 2.02: Results of Operations ..." in an 8-K entry's summary.
_ITEM = re.compile(r"\bItem\s+(\d{1,2}\.\d{2})\b", re.IGNORECASE)
#: The 8-K items signalwatch reads: results (2.02) and exit or disposal costs (2.05).
EIGHT_K_ITEMS = ("2.02", "2.05")

_INDEX = re.compile(r"/Archives/edgar/data/(\d+)/(\d{18})/")


def parse_filings(body: bytes, headers: Any = None,
                  url: str | None = None) -> tuple[list[ItemData], str | None]:
    """Form D, S-1 and F-1 entries of an EDGAR Atom feed (other forms are skipped)."""
    entries, error = parse_feed(body, headers, url)
    items = []
    for e in entries:
        m = _TITLE.match(e.title)
        if not m:
            continue
        form, company, cik = m.group(1).upper(), m.group(2).strip(), m.group(3).lstrip("0")
        data: dict[str, Any] = {"form": form, "cik": cik}
        if form.startswith("8-K"):
            listed = list(dict.fromkeys(_ITEM.findall(e.summary or "")))
            if not set(listed) & set(EIGHT_K_ITEMS):
                continue
            data["items"] = listed
        index = _INDEX.search(e.url or "")
        if index and form in ("D", "D/A"):
            data["primary_doc"] = (
                f"https://www.sec.gov/Archives/edgar/data/{index.group(1)}/"
                f"{index.group(2)}/primary_doc.xml"
            )
        items.append(ItemData(
            key=e.key, type="filing", title=e.title, url=e.url, summary=e.summary,
            published=e.published, updated=e.updated, company=company, data=data,
        ))
    return items, error


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_form_d_amounts(body: bytes) -> dict[str, Any]:
    """``{amount_offered, amount_sold, currency}`` from a Form D primary_doc.xml; values
    the filing leaves out (or marks "Indefinite") are absent."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError as e:
        raise ValueError(f"not Form D XML: {e}") from e
    found: dict[str, Any] = {}
    for el in root.iter():
        name = _local(el.tag)
        text = (el.text or "").strip()
        if name == "totalOfferingAmount" and text.replace(".", "", 1).isdigit():
            found["amount_offered"] = float(text)
        elif name == "totalAmountSold" and text.replace(".", "", 1).isdigit():
            found["amount_sold"] = float(text)
        elif name == "entityName" and text and "issuer_name" not in found:
            found["issuer_name"] = text
    if found.get("amount_offered") is not None or found.get("amount_sold") is not None:
        found["currency"] = "USD"
    return found


def exhibit_link(index_html: bytes | str, index_url: str) -> str | None:
    """The earnings release of an 8-K: the link of exhibit 99.1 (else the first exhibit
    99.x) in the filing index's "Document Format Files" table, resolved against the
    index's own URL. A link outside the filing's own folder is never followed."""
    from urllib.parse import urljoin, urlsplit

    from bs4 import BeautifulSoup

    soup = BeautifulSoup(index_html, "html.parser")
    tables = soup.find_all("table", attrs={"summary": "Document Format Files"}) or \
        soup.find_all("table", class_="tableFile")
    folder = urlsplit(index_url).path.rsplit("/", 1)[0] + "/"
    found: list[tuple[int, str]] = []
    for table in tables:
        for row in table.find_all("tr"):
            cells = row.find_all("td")
            if len(cells) < 4:
                continue
            kind = cells[3].get_text(strip=True).upper()
            link = cells[2].find("a")
            href = str(link.get("href") or "").strip() if link else ""
            if not kind.startswith("EX-99") or not href:
                continue
            if href.startswith("/ix?doc="):
                href = href[len("/ix?doc="):]
            url = urljoin(index_url, href)
            parts = urlsplit(url)
            if parts.netloc != urlsplit(index_url).netloc or \
                    not parts.path.startswith(folder) or ".." in parts.path:
                continue
            found.append((0 if kind == "EX-99.1" else 1, url))
    return min(found)[1] if found else None
