from __future__ import annotations

from pathlib import Path

import pytest

from signalwatch.config import load_config
from signalwatch.exceptions import ConfigError

from .conftest import ROOT


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "signalwatch.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_example_config_loads() -> None:
    config = load_config(ROOT / "config" / "signalwatch.example.toml")
    assert [i.name for i in config.icps] == ["growth-saas", "fintech-midmarket"]
    assert [r.timezone for r in config.reps] == [
        "America/New_York", "Europe/London", "Europe/Paris"
    ]
    assert config.storage.database == ROOT / "config" / "signalwatch.db"


def test_paths_resolve_relative_to_the_file(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, '[storage]\ndatabase = "data/x.db"\n'))
    assert config.storage.database == tmp_path / "data" / "x.db"
    assert config.accounts.file is None


def test_env_variable_selects_the_file(tmp_path: Path, monkeypatch) -> None:
    path = write(tmp_path, "[sources]\nbackfill_hours = 24\n")
    monkeypatch.setenv("SIGNALWATCH_CONFIG", str(path))
    assert load_config().sources.backfill_hours == 24


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[storge]\ndatabase = "x"\n', "key 'storge': unknown key; expected one of: storage"),
        ("[storage]\ndatabse = 'x'\n", "key 'storage.databse': unknown key"),
        ("[sources]\nbackfill_hours = 'week'\n",
         "key 'sources.backfill_hours': got 'week', expected a number"),
        ("[sources]\ndefault_interval_minutes = 0\n", "expected at least 0.05"),
        ("[accounts]\nfile = 3\n", "key 'accounts.file': got 3, expected a path"),
        ("[[reps]]\nemail = 'a@b.c'\ntimezone = 'Mars/Base'\n",
         "key 'reps[0].timezone': got 'Mars/Base', expected an IANA timezone"),
        ("[[reps]]\nemail = 'a@b.c'\ndigest_hour = 25\n", "expected an hour from 0 to 23"),
        ("[[reps]]\nemail = 'nobody'\n", "key 'reps[0].email': got 'nobody'"),
        ("[storage\n", "not valid TOML"),
        ("[sources]\nfiles = 'a.toml'\n", "expected a list of strings"),
    ],
)
def test_bad_config_names_file_key_value_and_expectation(tmp_path, text, expected) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as e:
        load_config(path)
    message = str(e.value)
    assert message.startswith(str(path))
    assert expected in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read configuration"):
        load_config(tmp_path / "nope.toml")


def test_secrets_come_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("MY_TOKEN", "xoxb-secret")
    config = load_config(ROOT / "config" / "signalwatch.example.toml")
    assert config.secret("MY_TOKEN") == "xoxb-secret"
    assert config.secret("UNSET_VARIABLE_FOR_TEST") is None
    assert "xoxb-secret" not in repr(config)
