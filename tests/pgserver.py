"""A real PostgreSQL server for the tests, from the distribution's packages (issue #16).

``SIGNALWATCH_TEST_PG_URL`` names a server to use (a database the tests may create
databases on). Otherwise the first ``initdb`` found (``pg_config --bindir``, then
``/usr/lib/postgresql/<version>/bin``) makes a throwaway cluster in a temporary folder,
listening on 127.0.0.1 only, stopped at the end. Without either the PostgreSQL tests are
skipped, unless ``SIGNALWATCH_REQUIRE_PG=1`` (CI sets it: ``.ci/run`` installs the
package), where a missing server fails the run instead of silently testing less.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def _bindir() -> Path | None:
    candidates = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True,
                                 timeout=10, check=True).stdout.strip()
            candidates.append(Path(out))
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                                           reverse=True)]
    for c in candidates:
        if (c / "initdb").exists() and (c / "postgres").exists():
            return c
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def unavailable(reason: str) -> None:
    if os.environ.get("SIGNALWATCH_REQUIRE_PG") == "1":
        pytest.fail(f"PostgreSQL required (SIGNALWATCH_REQUIRE_PG=1) but {reason}")
    pytest.skip(f"no PostgreSQL: {reason}")


@contextlib.contextmanager
def cluster() -> Iterator[str]:
    """Yield the URL of a running server's maintenance database."""
    url = os.environ.get("SIGNALWATCH_TEST_PG_URL")
    if url:
        yield url
        return
    try:
        import psycopg  # noqa: F401
    except ImportError:
        unavailable("psycopg is not installed (pip install -e '.[test]')")
    bindir = _bindir()
    if bindir is None:
        unavailable("no initdb found (Debian: apt-get install postgresql)")
        return
    root = Path(tempfile.mkdtemp(prefix="sw-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root: the package's own user does
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            unavailable("running as root and no 'postgres' user to run the server")
        shutil.chown(root, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    data, port = root / "data", _free_port()
    try:
        subprocess.run([*run_as, str(bindir / "initdb"), "-D", str(data), "-A", "trust",
                        "-U", "signalwatch", "-E", "UTF8", "--no-locale", "--no-sync"],
                       check=True, capture_output=True, timeout=120)
        subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-w", "-t", "60",
                        "-l", str(root / "log"), "-o",
                        f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off "
                        "-c synchronous_commit=off -c full_page_writes=off "
                        "-c max_connections=200", "start"],
                       check=True, capture_output=True, timeout=120)
    except (OSError, subprocess.SubprocessError) as e:
        shutil.rmtree(root, ignore_errors=True)
        detail = getattr(e, "stderr", b"") or b""
        unavailable(f"the test cluster did not start: {e} {detail.decode(errors='replace')}")
    try:
        yield f"postgresql://signalwatch@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "stop"], capture_output=True, timeout=60, check=False)
        shutil.rmtree(root, ignore_errors=True)


class Databases:
    """Gives each test a migrated database of its own. Databases are copied from a migrated
    template, and a finished test's database is emptied (every table truncated, ids
    restarted) and handed to the next test: creating a database right after dropping one
    costs PostgreSQL ~0.2 s, emptying one ~0.02 s."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.template: str | None = None
        self.free: list[str] = []

    def _with(self, name: str) -> str:
        base, _, _ = self.url.rpartition("/")
        return f"{base}/{name}"

    def _admin(self, sql: str, url: str | None = None) -> None:
        import psycopg
        with psycopg.connect(url or self.url, autocommit=True) as conn:
            conn.execute(sql)

    def new(self) -> str:
        from signalwatch.store import Storage
        if self.free:
            return self.free.pop()
        if self.template is None:
            name = f"sw_template_{uuid.uuid4().hex[:8]}"
            self._admin(f"CREATE DATABASE {name}")
            Storage(self._with(name)).close()
            self.template = name
        name = f"sw_{uuid.uuid4().hex[:12]}"
        self._admin(f"CREATE DATABASE {name} TEMPLATE {self.template}")
        return self._with(name)

    def release(self, url: str) -> None:
        """Empty the test's database for the next test (connections it left are ended)."""
        import psycopg

        from signalwatch.store.base import get_migrations
        name = url.rpartition("/")[2]
        try:
            self._admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                        f"datname = '{name}' AND pid <> pg_backend_pid()")
            with psycopg.connect(url, autocommit=True) as conn:
                tables = [r[0] for r in conn.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                    "AND tablename <> 'signalwatch_schema'")]
                sequences = [r[0] for r in conn.execute(
                    "SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema()")]
                # DELETE, not TRUNCATE: on tables this small it is several times faster.
                latest = get_migrations()[-1][0]
                conn.execute("SET session_replication_role = replica;"  # no FK order
                             + "".join(f"DELETE FROM {t};" for t in tables)
                             + "".join(f"SELECT setval('{q}', 1, false);" for q in sequences)
                             + f"UPDATE signalwatch_schema SET version = {latest};")
        except psycopg.Error:
            return  # not reused; the cluster goes at the end of the session
        self.free.append(url)
