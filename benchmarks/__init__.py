"""Benchmarks: ``python -m benchmarks`` runs every ``bench_*.py`` module here.

Each module has ``main(quick: bool = False) -> None`` that measures its subject AND a
baseline in the same run and prints each figure as a ratio against that baseline. Not part
of the test suite.
"""
