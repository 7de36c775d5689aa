"""Fixtures shared by the whole suite.

No test may reach the network: an autouse guard refuses any socket connection that is not
to the loopback interface, so a test that would silently depend on the internet fails here.
"""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest
from locations import ARTICLES


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
