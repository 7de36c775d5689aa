"""Fixtures for the browser tests: a real app on a loopback port, driven by Debian's chromium.

One seeded database and one app server per session (starting Streamlit costs ~1 s, the first
page view ~1.5 s). Each test gets a fresh browser context (`guarded_page`) that:

- aborts and records every request that would leave 127.0.0.1 (the app must work offline);
- records console errors and uncaught page errors, minus known harmless noise;
- saves a screenshot into the artifacts folder, whatever the outcome, and prints its path;
- fails the test when anything was blocked or a console error appeared.

Chromium must be installed (``apt-get install chromium``, which `make test` does when it runs
as root). Without it, every browser test fails with that instruction in CI (``CI`` set), and is
skipped elsewhere with the same loud message, as the README says.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from locations import ARTICLES
from pagekit import ARTIFACTS, AppDriver, PageGuard, artifact_path, new_guarded_context

from dashboard.browser import AppServer, chromium_executable, launch_chromium, require_playwright
from dashboard.errors import BrowserUnavailable


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path to Debian's chromium; a missing browser fails in CI, and skips loudly elsewhere."""
    try:
        require_playwright()
        return chromium_executable()
    except BrowserUnavailable as error:
        message = f"BROWSER TESTS NEED CHROMIUM: {error}"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


@pytest.fixture(scope="session")
def seeded_db(shipped_db: Path) -> Path:
    """The shipped articles, ingested the way users do it (tests/conftest.py), with events in it."""
    from dashboard.events import load_events

    assert not load_events(shipped_db).empty, f"no events from the articles in {ARTICLES}"
    return shipped_db


@pytest.fixture(scope="session")
def app_server(seeded_db: Path) -> Iterator[AppServer]:
    """The app, serving the seeded database, for the whole session."""
    with AppServer(seeded_db) as server:
        yield server


@pytest.fixture(scope="session")
def browser(chromium: str) -> Iterator[Any]:
    """One chromium for the session; each test opens its own context (fresh cookies, storage)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = launch_chromium(playwright)
        yield launched
        launched.close()


@pytest.fixture
def guarded_page(browser: Any, request: pytest.FixtureRequest) -> Iterator[tuple[Any, PageGuard]]:
    """A page in a fresh, guarded context; screenshot saved afterwards; fails on any problem."""
    context, guard = new_guarded_context(browser)
    page = context.new_page()
    try:
        yield page, guard
    finally:
        shot = artifact_path(request)
        try:
            page.screenshot(path=str(shot))
            print(f"\nscreenshot: {shot}")
        finally:
            context.close()
    guard.assert_clean()


@pytest.fixture
def app(guarded_page: tuple[Any, PageGuard], app_server: AppServer) -> AppDriver:
    """The app with the seeded database, in a guarded page."""
    page, guard = guarded_page
    return AppDriver(page, app_server, guard)


@pytest.fixture(scope="module")
def timings(request: pytest.FixtureRequest) -> Iterator[dict[str, float]]:
    """Figures a test module measures; written to artifacts/timings-<module>.json and printed."""
    measured: dict[str, float] = {}
    yield measured
    name = request.module.__name__.rsplit(".", 1)[-1].removeprefix("test_")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"timings-{name}.json").write_text(json.dumps(measured, indent=2))
    print(f"\n{name} timings (s):", json.dumps(measured, indent=2))
