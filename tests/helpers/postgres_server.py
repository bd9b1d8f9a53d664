"""A PostgreSQL server for the test session, on loopback, from the `postgresql` apt package.

initdb into a tmp folder and pg_ctl start on a free port, as the `postgres` user when running
as root (PostgreSQL refuses to run as root). Without the binaries the PostgreSQL cases are
skipped, saying why; with JINZHENG_REQUIRE_POSTGRES=1 (set by .ci/run, which installs the
package) a missing server is a failure instead, so CI cannot pass without testing PostgreSQL.

Loaded with `pytest_plugins = ["helpers.postgres_server"]`, so every module shares one server;
`running_postgres()` is the same server outside pytest (benchmarks/bench_index.py).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pytest


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server can be started here; the message says why."""


def _unavailable(reason: str) -> None:
    raise PostgresUnavailable(reason)


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_url():
    try:
        server = running_postgres()
        url = server.__enter__()
    except PostgresUnavailable as exc:
        if os.environ.get("JINZHENG_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"JINZHENG_REQUIRE_POSTGRES=1 but {exc}")
        pytest.skip(str(exc))
    try:
        yield url
    finally:
        server.__exit__(None, None, None)


@contextmanager
def running_postgres():
    """A throw-away PostgreSQL server on loopback (also for benchmarks/bench_index.py): its URL;
    PostgresUnavailable when it cannot be started here."""
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        _unavailable("PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed: pip install 'psycopg[binary]'")
    as_user: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="jinzheng-pg-"))
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        runuser = shutil.which("runuser")
        try:
            import pwd
            pwd.getpwnam("postgres")
        except KeyError:
            _unavailable("running as root and there is no 'postgres' user to run PostgreSQL as")
        if not runuser:
            _unavailable("running as root and runuser is missing")
        shutil.chown(folder, "postgres", "postgres")
        as_user = [runuser, "-u", "postgres", "--"]
    data, log = folder / "data", folder / "server.log"
    port = _free_port()
    subprocess.run([*as_user, initdb, "-D", str(data), "-U", "jinzheng", "--auth=trust", "-E", "UTF8",
                    "--no-locale"], check=True, capture_output=True, timeout=120)
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    started = subprocess.run([*as_user, pg_ctl, "-D", str(data), "-o", options, "-l", str(log), "-w",
                              "-t", "60", "start"], capture_output=True, text=True, timeout=120)
    if started.returncode != 0:
        raise RuntimeError(f"pg_ctl start failed: {started.stderr}\n{log.read_text() if log.exists() else ''}")
    try:
        yield f"postgresql://jinzheng@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True,
                       timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def fresh_database(base_url: str):
    """A new, empty database on the session's server (dropped afterwards): its URL."""
    from sqlalchemy import create_engine, text

    from pipeline.results.index import normalize_url

    name = f"jz_{os.getpid()}_{int(time.time() * 1000) % 10**9}"
    admin = create_engine(normalize_url(base_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield base_url.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
