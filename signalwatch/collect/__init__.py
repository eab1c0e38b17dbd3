"""Collector adapters: the one HTTP layer (``http.py``), feeds, job boards, team pages,
filings and EDGAR history, the source catalog, and parsing in worker processes. The stage
that drives them is ``signalwatch/stages/collect.py``.
"""
