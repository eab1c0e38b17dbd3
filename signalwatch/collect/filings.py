"""SEC EDGAR filings: Form D as funding, S-1 / F-1 as IPO filings (issue #13).

EDGAR's "current filings" Atom feed (``browse-edgar?action=getcurrent&type=D&output=atom``)
has one entry per filing, titled ``D - Company Name (0001234567) (Filer)``, linking to the
filing index. The amounts live in the filing's ``primary_doc.xml`` (Form D XML:
``offeringData/offeringSalesAmounts/totalOfferingAmount`` and ``totalAmountSold``), which
the collector fetches for new filings when the source sets ``fetch_amounts = true``.
The same feed for ``type=S-1`` or ``type=F-1`` lists registration statements: a company
filing to go public (a strategic ``ipo_filing`` event; amendments ``/A`` included).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from ..types import ItemData
from .feeds import parse_feed

_TITLE = re.compile(r"^\s*(D(?:/A)?|S-1(?:/A)?|F-1(?:/A)?)\s*-\s*(.+?)\s*\((\d{4,10})\)",
                    re.IGNORECASE)

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
