"""The README documents every command, option and configuration key."""

from __future__ import annotations

import re

import click

from signalwatch.cli import main
from signalwatch.config import documented_keys

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "signalwatch"):
    for name, cmd in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        yield path, cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, path)


def test_every_command_is_documented() -> None:
    missing = [path for path, _ in _commands(main) if f"`{path}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_option_is_documented() -> None:
    missing = []
    for path, cmd in _commands(main):
        for param in cmd.params:
            if isinstance(param, click.Option):
                for opt in param.opts:
                    if opt.startswith("--") and opt not in README:
                        missing.append(f"{path} {opt}")
    assert not missing, f"options missing from README.md: {missing}"


def test_every_config_key_is_documented() -> None:
    missing = [k for k in documented_keys() if f"`{k}`" not in README]
    assert not missing, f"configuration keys missing from README.md: {missing}"


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "<!-- test-command -->" in ci
    block = README.split("<!-- test-command -->", 1)[1]
    command = re.search(r"^python3 .*$", block, re.MULTILINE)
    assert command and "pytest" in command.group(0)


def test_no_module_binds_a_name_twice() -> None:
    """A module-level name bound twice silently replaces the first (a pattern named like
    another changed every headline's titles once, caught only by a corpus comparison)."""
    import ast
    from collections import Counter

    twice = {}
    for path in sorted((ROOT / "signalwatch").rglob("*.py")):
        names: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, ast.AnnAssign) else []
            names.update(t.id for t in targets if isinstance(t, ast.Name))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names[node.name] += 1
        if dup := sorted(n for n, c in names.items() if c > 1):
            twice[str(path.relative_to(ROOT))] = dup
    assert twice == {}
