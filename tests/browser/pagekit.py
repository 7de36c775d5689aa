"""Helpers for the browser tests: a guarded browser context and a driver for the app.

Kept out of conftest.py so that test modules can import them by a unique name.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from dashboard.browser import (
    RUN_SENTINEL,
    AppServer,
    MapSummary,
    RequestBlocker,
    block_non_loopback,
    last_run_sentinel,
    state_option,
    wait_for_map_drawn,
    wait_for_run,
)

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("PROTESTMAP_ARTIFACTS", ROOT / "tests" / "browser" / "artifacts"))
VIEWPORT = {"width": 1400, "height": 1000}
PHONE = {"width": 390, "height": 844}
"""The two sizes issue 12 asks for: a laptop window, and a phone (with touch, as phones have)."""
SIZES = {"desktop": VIEWPORT, "phone": PHONE}

# Console messages that say nothing about our app (see shared/notes/map-performance.md, recipe #9):
# Streamlit's component iframes ask for features and sandbox flags the browser then warns about.
HARMLESS_CONSOLE = re.compile(
    r"Unrecognized feature: '|allow-scripts and allow-same-origin|"
    r"Permissions-Policy|Feature Policy|ambient-light-sensor|"
    r"favicon\.ico"
)


@dataclass
class PageGuard:
    """What a page did that a test should fail on: requests off loopback and console errors."""

    blocker: RequestBlocker
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        blocked = [f"request left loopback (aborted): {url}" for url in self.blocker.blocked]
        uncaught = [f"uncaught error: {text}" for text in self.page_errors]
        return blocked + uncaught + [f"console error: {text}" for text in self.console_errors]

    def assert_clean(self) -> None:
        """Fail with every problem listed, one per line."""
        problems = self.problems()
        assert not problems, "\n".join(problems)


STREAMLIT_PROBE = re.compile(r"://[^/]+/[^_][^?]*/_stcore/(?:health|host-config)$")
"""Streamlit's probe of its server below a page's path (see new_guarded_context)."""


def artifact_path(request: pytest.FixtureRequest, suffix: str = ".png") -> Path:
    """Where a test's screenshot goes: one file per test, named after it."""
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid.split("::", 1)[-1])
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / f"{name}{suffix}"


def new_guarded_context(
    browser: Any, *, viewport: dict[str, int] | None = None, **options: Any
) -> tuple[Any, PageGuard]:
    """A browser context that blocks non-loopback traffic and collects console errors."""
    if viewport == PHONE:
        options.setdefault("has_touch", True)
        options.setdefault("is_mobile", True)
        options.setdefault("device_scale_factor", 2)
    context = browser.new_context(viewport=viewport or VIEWPORT, **options)
    guard = PageGuard(blocker=block_non_loopback(context))

    # Opening a page below the root (/about) makes Streamlit's front end probe
    # /about/_stcore/health and host-config first (404), then the root's: the browser logs each
    # 404 as a console error without its URL, so those are counted here and forgiven.
    probes = {"expected": 0}

    def on_response(response: Any) -> None:
        if response.status == 404 and STREAMLIT_PROBE.search(response.url):
            probes["expected"] += 1

    def on_console(message: Any) -> None:
        if message.type != "error" or HARMLESS_CONSOLE.search(message.text):
            return
        if probes["expected"] and "status of 404" in message.text:
            probes["expected"] -= 1
            return
        guard.console_errors.append(message.text)

    def on_page(page: Any) -> None:
        page.on("response", on_response)
        page.on("console", on_console)
        page.on("pageerror", lambda error: guard.page_errors.append(str(error)))

    context.on("page", on_page)
    return context, guard


class AppDriver:
    """Drives the app the way a person does, and waits on the app's own signals, never on time.

    "Run finished" means: Streamlit's root says ``data-test-script-state="notRunning"``, the
    status widget is gone and the sentinel caption the explore page renders at the end of
    every run ("View ready · run N · X events in view") shows a new run number.
    """

    SENTINEL = RUN_SENTINEL

    def __init__(self, page: Any, server: AppServer, guard: PageGuard | None = None) -> None:
        self.page = page
        self.server = server
        self.guard = guard

    def wait_for_map(
        self, timeout: float = 60.0, *, different_from: tuple[Any, ...] | None = None
    ) -> MapSummary:
        """The map once drawn; fails at once if the page throws an uncaught error meanwhile."""
        errors = self.guard.page_errors if self.guard else None
        return wait_for_map_drawn(self.page, timeout, different_from=different_from, page_errors=errors)

    def open(self, query: str = "", *, timeout: float = 60.0) -> MapSummary:
        """Open the app (with a query string such as ``state=Carabobo``) and wait for the map."""
        url = self.server.url + (f"?{query}" if query else "")
        self.page.goto(url, wait_until="commit")
        self.wait_for_run(timeout=timeout)
        return self.wait_for_map(timeout)

    def settled_box(self, locator: Any, *, timeout: float = 30.0) -> dict[str, float]:
        """`locator`'s bounding box once it has stopped moving: the same in two reads 0.3 s
        apart (longer than the map frame's height check, every 0.25 s, which moves whatever is
        below the map). A drag planned on a box read while the page still settles lands
        somewhere else: on a loaded machine, off the chart."""
        import time

        deadline = time.monotonic() + timeout
        last = None
        while True:
            box = locator.bounding_box()
            if box is not None and box == last:
                return dict(box)
            if time.monotonic() >= deadline:
                raise AssertionError(f"{locator} did not stop moving within {timeout:.0f} s (last box {box})")
            last = box
            self.page.wait_for_timeout(300)

    def sentinel(self) -> str | None:
        """The text of the last run's sentinel caption, or None before the first run ends."""
        return last_run_sentinel(self.page)

    def wait_for_run(self, previous: str | None = None, *, timeout: float = 60.0) -> str:
        """Wait until a script run has finished (one whose sentinel differs from `previous`)."""
        return wait_for_run(self.page, previous, timeout=timeout)

    def choose_state(self, state: str) -> None:
        """Pick one state in the sidebar's "States" multiselect (options read "Carabobo (3)")."""
        state_option(self.page, state).click()
        self.page.keyboard.press("Escape")
