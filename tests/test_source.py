"""Checks of the source itself that no linter makes."""

from __future__ import annotations

import ast
from collections import Counter

from .conftest import ROOT


def _bound_twice(source: str) -> list[str]:
    """The names a module's top level binds more than once (constants, functions, classes)."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A pattern defined again under a name already taken replaces the first for every use
    of it, silently (a second ``_NICKNAME`` in extract/leadership.py once changed how the
    prose reader read "Jennifer (Jenny) Coombs"; ruff's F811 sees functions and imports
    redefined, not constants)."""
    twice = {str(path.relative_to(ROOT)): names
             for path in sorted((ROOT / "signalwatch").rglob("*.py"))
             if (names := _bound_twice(path.read_text("utf-8")))}
    assert twice == {}


def test_a_name_bound_twice_is_seen() -> None:
    assert _bound_twice("A = 1\ndef f(): pass\nA = 2\nclass f: pass\nB: int = 3\n") == [
        "A", "f"]
