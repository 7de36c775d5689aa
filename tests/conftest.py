"""Fixtures shared by the whole suite.

No test may reach the network: an autouse guard refuses any socket connection that is not
to the loopback interface, so a test that would silently depend on the internet fails here.
"""

from __future__ import annotations

import ipaddress
import itertools
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from locations import ARTICLES

if TYPE_CHECKING:
    from dashboard.store.cluster import Cluster


def _is_loopback(address: object) -> bool:
    if isinstance(address, tuple) and address:
        host = str(address[0])
    elif isinstance(address, str | bytes):
        return True  # unix domain sockets
    else:
        return False
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def real_main_module() -> Iterator[None]:
    """Put back the interpreter's `__main__` after each test.

    Streamlit's script runner (AppTest too) installs the page script as `sys.modules["__main__"]`
    and leaves it there; a later test that starts processes by spawning (a Dask LocalCluster)
    would then re-run that script in every child and fail to start its workers.
    """
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse connections that leave the machine (loopback servers are fine)."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: object) -> object:
        if not _is_loopback(address):
            raise ConnectionRefusedError(f"tests may not reach the network: {address!r}")
        return real_connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: object) -> object:
        if not _is_loopback(address):
            raise ConnectionRefusedError(f"tests may not reach the network: {address!r}")
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)


@pytest.fixture(autouse=True)
def keep_main_module(monkeypatch: pytest.MonkeyPatch) -> None:
    """Put `__main__` back after each test. Streamlit's AppTest runs its script as `__main__` and
    leaves it there; a later test that spawns processes (Dask's LocalCluster) would have every
    child re-run that temporary script, which fails outside AppTest ("Nanny failed to start")."""
    monkeypatch.setitem(sys.modules, "__main__", sys.modules["__main__"])


@pytest.fixture(scope="session", autouse=True)
def snapshot_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Events snapshots go to a session folder, never the user's ~/.cache (apps started by the
    browser tests inherit it through the environment)."""
    folder = tmp_path_factory.mktemp("cache")
    before = os.environ.get("PROTESTMAP_CACHE")
    os.environ["PROTESTMAP_CACHE"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("PROTESTMAP_CACHE", None)
    else:
        os.environ["PROTESTMAP_CACHE"] = before


NEED_POSTGRESQL = "NEED POSTGRESQL"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster | None]:
    """One throwaway PostgreSQL server for the session (initdb + pg_ctl, free loopback port,
    temporary folder, run as a non-root user), or None where PostgreSQL cannot be installed."""
    from dashboard.store.cluster import temporary_cluster, unavailable_reason

    reason = unavailable_reason()
    if reason is not None:
        _pg_unavailable.append(reason)
        yield None
        return
    with temporary_cluster(durable=False) as cluster:
        yield cluster


_pg_unavailable: list[str] = []
_pg_databases = itertools.count(1)


@pytest.fixture
def pg_url(pg_cluster: Cluster | None) -> Iterator[str]:
    """A new, empty PostgreSQL database on the session's server; dropped afterwards."""
    if pg_cluster is None:
        pytest.skip(f"{NEED_POSTGRESQL}: {_pg_unavailable[0] if _pg_unavailable else 'unavailable'}")
    name = f"test_{os.getpid()}_{next(_pg_databases)}"
    url = pg_cluster.create_database(name)
    yield url
    pg_cluster.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty database on each backend in turn: the same guarantees, tested twice."""
    if request.param == "sqlite":
        return str(tmp_path / "protestmap.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a fresh temporary database (created on first use)."""
    return tmp_path / "protestmap.db"


@pytest.fixture(scope="session")
def shipped_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the shipped articles ingested once per session. Do not write to it."""
    from dashboard.ingest import ingest_paths

    path = tmp_path_factory.mktemp("shipped") / "protestmap.db"
    summary = ingest_paths([ARTICLES], path)
    assert not summary.errors, summary.errors
    return path


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Make skipped browser tests impossible to miss: they prove what a person sees."""
    skipped_pg = [r for r in terminalreporter.stats.get("skipped", []) if NEED_POSTGRESQL in str(r.longrepr)]
    if skipped_pg:
        banner = "!" * 88
        terminalreporter.write_line(banner, red=True, bold=True)
        terminalreporter.write_line(
            f"{len(skipped_pg)} POSTGRESQL TESTS WERE SKIPPED: PostgreSQL is missing. Install it with "
            "`apt-get install postgresql` (make test does this as root).",
            red=True,
            bold=True,
        )
        terminalreporter.write_line(banner, red=True, bold=True)
    skipped = [r for r in terminalreporter.stats.get("skipped", []) if "NEED CHROMIUM" in str(r.longrepr)]
    if skipped:
        banner = "!" * 88
        terminalreporter.write_line(banner, red=True, bold=True)
        terminalreporter.write_line(
            f"{len(skipped)} BROWSER TESTS WERE SKIPPED: chromium is missing. Install it with "
            "`apt-get install chromium` (make test does this as root).",
            red=True,
            bold=True,
        )
        terminalreporter.write_line(banner, red=True, bold=True)


# --- geoparser golden files ---
# Self-contained block owned by the geoparser (tests/test_geoparse.py): `--update-golden`
# rewrites tests/golden/<doc_id>.json from the current extractor output.


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/*.json from the current geoparser output",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was asked to rewrite the geoparser's golden files."""
    return bool(request.config.getoption("--update-golden"))
