from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from signalwatch.accounts import (
    detect_format,
    normalise_domain,
    parse_number,
    read_accounts,
    read_accounts_file,
)
from signalwatch.config import load_config
from signalwatch.exceptions import ConfigError
from signalwatch.store import Storage

from .conftest import NOW, ROOT

pytestmark = pytest.mark.both_engines

CONFIG = ROOT / "config"


def _load(name: str):
    config = load_config(CONFIG / "signalwatch.example.toml")
    return read_accounts_file(CONFIG / name, reps=config.reps)


def _core(account):
    # custom columns differ by CRM (Lifecycle Stage, Type); everything else must agree
    return dataclasses.replace(account, custom={})


def test_three_exports_give_the_same_accounts() -> None:
    canonical = _load("accounts.example.csv")
    hubspot = _load("accounts.hubspot.example.csv")
    salesforce = _load("accounts.salesforce.example.csv")
    assert (canonical.format, hubspot.format, salesforce.format) == (
        "canonical", "hubspot", "salesforce"
    )
    assert not canonical.bad and not hubspot.bad and not salesforce.bad
    assert len(canonical.accounts) == 30
    assert [_core(a) for a in hubspot.accounts] == [_core(a) for a in canonical.accounts]
    assert [_core(a) for a in salesforce.accounts] == [_core(a) for a in canonical.accounts]
    assert hubspot.accounts[0].custom == {"Lifecycle Stage": "lead"}


def test_owner_names_resolve_to_rep_emails() -> None:
    hubspot = _load("accounts.hubspot.example.csv")
    assert {a.owner for a in hubspot.accounts} == {
        "ana@example.com", "ben@example.com", "chloe@example.com"
    }


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://www.Acme.com/about?x=1", "acme.com"),
        ("http://app.acme.co.uk/", "acme.co.uk"),
        ("acme.io", "acme.io"),
        ("sales@acme.com", "acme.com"),
        ("www.notion.so", "notion.so"),
        # a tenant of a shared host is its own site (the public suffix list's private part)
        ("https://ficusnews.blogspot.com/2010/07/", "ficusnews.blogspot.com"),
        ("gourd.github.io", "gourd.github.io"),
        ("not a domain", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_domain(raw, expected) -> None:
    assert normalise_domain(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1,200", 1200), ("$5M", 5e6), ("51-200", 200), ("2.5 billion", 2.5e9),
     ("10001+", 10001), ("30,000,000.00", 3e7), ("€12m", 1.2e7), ("  40 ", 40)],
)
def test_parse_number(raw, expected) -> None:
    assert parse_number(raw) == expected


@pytest.mark.parametrize("raw", ["lots", "12 people", "1.2.3", "-", "n/a"])
def test_parse_number_refuses(raw) -> None:
    with pytest.raises(ValueError):
        parse_number(raw)


@given(st.integers(min_value=0, max_value=10**12))
def test_parse_number_round_trips_thousands_separators(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


def test_bad_rows_are_reported_with_line_numbers() -> None:
    text = (
        "id,name,domain,employees,revenue\n"
        "a1,Acme,acme.com,120,5M\n"
        ",,nobody.com,10,\n"            # line 3: missing name
        "a2,Bolt,bolt.com,many,\n"      # line 4: bad number
        "a1,Acme Again,acme2.com,5,\n"  # line 5: duplicate id
        "\n"
        "a3,Crate,crate.io,1,\n"
    )
    result = read_accounts(text, file="x.csv")
    assert [a.id for a in result.accounts] == ["a1", "a3"]
    assert [(b.line, b.message.split(":")[0]) for b in result.bad] == [
        (3, "missing name"), (4, "employees"), (5, "duplicate id 'a1' (first on line 2)"),
    ]


def test_quoted_newlines_keep_line_numbers_right() -> None:
    text = 'id,name,domain,aliases\na1,"Acme\nInc",acme.com,\na2,,b.com,\n'
    result = read_accounts(text)
    assert result.bad[0].line == 4


def test_unknown_headers_are_refused_with_the_file_named() -> None:
    with pytest.raises(ConfigError, match=r"x\.csv:1.*unrecognised header row"):
        read_accounts("foo,bar\n1,2\n", file="x.csv")


def test_detect_format() -> None:
    assert detect_format(["Company name", "Company Domain Name"]) == "hubspot"
    assert detect_format(["Account Name", "Website", "Account Owner"]) == "salesforce"
    assert detect_format(["id", "name", "domain"]) == "canonical"


def test_id_derived_from_domain_when_missing() -> None:
    result = read_accounts("Company name,Company Domain Name\nAcme,https://www.acme.com\n")
    assert result.accounts[0].id == "acme.com"


def test_reimport_updates_in_place_by_id_then_domain(tmp_path: Path) -> None:
    with Storage(tmp_path / "db.sqlite") as storage:
        first = read_accounts("id,name,domain,employees\na1,Acme,acme.com,10\n").accounts
        assert storage.upsert_accounts(first, now=NOW) == (1, 0)
        # same id, new headcount
        again = read_accounts("id,name,domain,employees\na1,Acme,acme.com,20\n").accounts
        assert storage.upsert_accounts(again, now=NOW) == (0, 1)
        # an export without ids, same domain: updates the stored account, keeps its id
        other = read_accounts("Company name,Company Domain Name,Number of Employees\n"
                              "Acme Inc,www.acme.com,30\n")
        assert storage.upsert_accounts(other.accounts, now=NOW,
                                       derived_ids=other.derived_ids) == (0, 1)
        stored = storage.get_accounts()
        assert [(a.id, a.name, a.employees) for a in stored] == [("a1", "Acme Inc", 30)]


def test_distinct_ids_sharing_a_domain_stay_distinct(tmp_path: Path) -> None:
    text = ("id,name,domain,owner\nsf-001,Acme US,acme.com,ana@example.com\n"
            "sf-002,Acme Europe,acme.com,ben@example.com\n")
    result = read_accounts(text)
    assert any("shared by several" in n for n in result.notes)
    with Storage(tmp_path / "db.sqlite") as storage:
        assert storage.upsert_accounts(result.accounts, now=NOW,
                                       derived_ids=result.derived_ids) == (2, 0)
        stored = {a.id: (a.name, a.owner) for a in storage.get_accounts()}
        assert stored == {"sf-001": ("Acme US", "ana@example.com"),
                          "sf-002": ("Acme Europe", "ben@example.com")}
        # a row without id whose domain matches both is not guessed
        notes: list[str] = []
        anon = read_accounts("name,domain\nAcme,acme.com\n")
        assert storage.upsert_accounts(anon.accounts, now=NOW, derived_ids=anon.derived_ids,
                                       notes=notes) == (1, 0)
        assert notes and "matches several" in notes[0]
        assert len(storage.get_accounts()) == 3


def test_semicolon_and_windows_1252_exports(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("id;name;domain;country\na1;Société Générale;sg.fr;France\n"
                     "a2;Zürich Café;cafe.ch;Switzerland\n".encode("cp1252"))
    result = read_accounts_file(path)
    assert [a.name for a in result.accounts] == ["Société Générale", "Zürich Café"]
    assert any("read as" in n for n in result.notes)
    assert any("';'" in n for n in result.notes)


def test_huge_csv_field_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("id,name\na1,Acme\na2," + "x" * 10_000_000 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        read_accounts_file(path)
    assert "big.csv:3" in str(e.value) and "field larger" in str(e.value)


def test_corrupted_database_is_a_clear_error(tmp_path: Path) -> None:
    from signalwatch.exceptions import StorageError

    path = tmp_path / "db.sqlite"
    with Storage(path) as storage:
        storage.upsert_accounts(read_accounts("id,name\na1,Acme\n").accounts, now=NOW)
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)  # damaged pages
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError) as e, Storage(path) as storage:
        storage.get_accounts()
    assert "damaged" in str(e.value) or "not a signalwatch database" in str(e.value)


def test_failed_import_stores_nothing(tmp_path: Path) -> None:
    with Storage(tmp_path / "db.sqlite") as storage:
        storage.upsert_accounts(read_accounts("id,name\na1,Acme\n").accounts, now=NOW)

        class Boom(Exception):
            pass

        def accounts():
            yield from read_accounts("id,name\na2,Bolt\n").accounts
            raise Boom

        with pytest.raises(Boom):
            storage.upsert_accounts(accounts(), now=NOW)
        assert [a.id for a in storage.get_accounts()] == ["a1"]
