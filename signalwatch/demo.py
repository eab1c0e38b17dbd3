"""The starter configuration and the demo.

``write_starter`` copies the starter files shipped in ``signalwatch/data/starter`` (the same
files as ``config/``'s examples; a test keeps them identical). ``run_demo`` builds a demo
folder from them and runs what the product can do on the embedded default: SQLite, bundled
sample data, no credentials, no network.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

from .accounts import read_accounts_file
from .config import load_config
from .icp import fit
from .store import Storage
from .utils import utcnow

STARTER_FILES = ("signalwatch.toml", "accounts.example.csv")


def write_starter(folder: Path, *, force: bool = False) -> list[Path]:
    """Write the starter files into ``folder``; existing files are kept unless ``force``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sources").mkdir(exist_ok=True)
    written = []
    starter = resources.files("signalwatch") / "data" / "starter"
    for name in STARTER_FILES:
        target = folder / name
        if target.exists() and not force:
            continue
        target.write_bytes((starter / name).read_bytes())
        written.append(target)
    return written


def run_demo(folder: Path, *, echo: Callable[[str], object] = print) -> None:
    """Set up ``folder`` from the starter, import the sample accounts and show their fit."""
    write_starter(folder)
    config = load_config(folder / "signalwatch.toml")
    echo(f"demo folder: {folder.resolve()}")
    accounts_file = config.accounts.file or folder / "accounts.example.csv"
    result = read_accounts_file(accounts_file, reps=config.reps)
    with Storage(config.storage.database) as storage:
        inserted, updated = storage.upsert_accounts(
            result.accounts, now=utcnow(), file=str(accounts_file), fmt=result.format
        )
        echo(f"imported {inserted} new and {updated} updated accounts "
             f"({len(result.bad)} bad rows)")
        fits = [(a, fit(a, config.icps)) for a in storage.get_accounts()]
    fits.sort(key=lambda ar: (ar[1].tier or "Z", -ar[1].score))
    echo("")
    echo("ICP fit of the sample accounts:")
    for account, r in fits:
        held = [x.label for x in r.reasons if x.held and x.role == "prefer"]
        echo(f"  {r.tier or '-'}  {r.score:5.1f}  {account.name:<22} {r.icp or 'no fit':<18} "
             f"{'; '.join(held[:2])}")
