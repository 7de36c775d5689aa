"""dashboard/browser.py: what decides whether a request may leave, and how failures read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dashboard.browser import NON_LOOPBACK_URL, AppServer, block_non_loopback, chromium_executable, free_port
from dashboard.errors import BrowserUnavailable, ProtestmapError
from dashboard.events import EventFilter
from dashboard.share import snapshot_png

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("url", "blocked"),
    [
        ("http://127.0.0.1:8501/", False),
        ("http://127.0.0.1:8501/app/static/vendor/leaflet-1.9.4/leaflet.js", False),
        ("ws://127.0.0.1:8501/_stcore/stream", False),
        ("http://localhost:8501/?state=Zulia", False),
        ("http://[::1]:8501/", False),
        ("https://tile.openstreetmap.org/6/18/30.png", True),
        ("https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js", True),
        ("wss://example.org/socket", True),
        ("http://127.0.0.1.evil.example/", True),
        ("http://localhost.evil.example:80/", True),
        ("data:image/png;base64,AAAA", False),
        ("file:///tmp/map.html", False),
    ],
)
def test_which_urls_count_as_leaving_the_machine(url: str, blocked: bool) -> None:
    assert bool(NON_LOOPBACK_URL.match(url)) is blocked


def test_an_allowed_host_is_reachable_and_others_are_not(browser: Any) -> None:
    # 127.0.0.2 is on the machine (nothing listens there) but outside the default allowance,
    # so the test never sends a packet, not even a DNS query, off the machine.
    context = browser.new_context()
    blocker = block_non_loopback(context, allow_hosts=("127.0.0.2",))
    page = context.new_page()
    try:
        page.set_content("<p>x</p>")
        for url in ("http://127.0.0.2:9/allowed", "https://example.com/y"):
            page.evaluate("(url) => fetch(url).catch(() => null)", url)
        page.wait_for_timeout(300)
    finally:
        context.close()
    assert blocker.blocked == ["https://example.com/y"]
    assert NON_LOOPBACK_URL.match("http://127.0.0.2:9/allowed"), "without allow_hosts it is blocked"


def test_missing_chromium_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PROTESTMAP_CHROMIUM", str(tmp_path / "no-such-chromium"))
    with pytest.raises(BrowserUnavailable, match=r"apt-get install chromium"):
        chromium_executable()
    with pytest.raises(BrowserUnavailable, match=r"apt-get install chromium"):
        snapshot_png(tmp_path / "x.db", EventFilter(), out=tmp_path / "x.png")
    assert not (tmp_path / "x.png").exists()


def test_an_app_that_cannot_start_fails_with_its_log(tmp_path: Path) -> None:
    broken = tmp_path / "broken_app.py"
    broken.write_text("raise SystemExit('never runs: streamlit starts the server first')\n")
    # The port is taken, so streamlit exits at once and says so in its log.
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ProtestmapError, match=rf"exited with code \d+.*\n(.|\n)*{port}"):
            AppServer(tmp_path / "x.db", app_path=broken, port=port, startup_timeout=30).start()


@pytest.mark.parametrize(("width", "height"), [(100, 900), (1600, 0), (9000, 900)])
def test_snapshot_refuses_unreasonable_sizes(width: int, height: int, tmp_path: Path) -> None:
    with pytest.raises(ProtestmapError, match=r"use 200 to 8000 pixels"):
        snapshot_png(tmp_path / "x.db", EventFilter(), width=width, height=height, out=tmp_path / "x.png")


def test_free_port_can_be_bound() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", free_port()))
