"""Sharing a view outside the app: a PNG of what the dashboard shows, or a standalone HTML map.

- `snapshot_png` opens the view's permalink in screenshot mode (``?view=present``) in headless
  chromium and saves exactly what a person would see, at an exact size. It drives the real app
  rather than re-drawing the map here, so the picture cannot drift from the dashboard.
- `export_map_html` writes one HTML file with Leaflet, our layers and the data inlined: it opens
  from disk, with no server and no network, popups and excerpts included.
- `view_query` / `view_url` encode filters as the app's permalink query string.

The core never imports streamlit, so the query encoding mirrors ``dashboard/ui/state.py``
(`filters_to_params`); ``tests/browser/test_share.py`` checks that the two agree.
"""

from __future__ import annotations

import os
import time
import urllib.parse
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.errors import ProtestmapError
from dashboard.events import EventFilter
from dashboard.permalink import view_url

if TYPE_CHECKING:
    from playwright.sync_api import Browser

MIN_SIDE, MAX_SIDE = 200, 8000
"""Snapshot sizes we accept, in CSS pixels: smaller is unreadable, larger exhausts memory."""


def _check_size(width: int, height: int) -> None:
    for name, value in (("width", width), ("height", height)):
        if not MIN_SIDE <= value <= MAX_SIDE:
            raise ProtestmapError(f"snapshot {name}={value}: use {MIN_SIDE} to {MAX_SIDE} pixels")


def _local_db(db_path: str | os.PathLike[str]) -> Path:
    """An absolute path to an existing database (the app runs from another folder)."""
    from dashboard.store import resolve_db

    path = resolve_db(db_path).resolve()
    if not path.is_file():
        raise ProtestmapError(f"{path}: no such database (run `protestmap ingest` first, or pass --db)")
    return path


def snapshot_png(
    db_path: str | os.PathLike[str],
    filters: EventFilter,
    *,
    width: int = 1600,
    height: int = 900,
    out: Path,
    app_url: str | None = None,
    timeout: float = 60.0,
    browser: Browser | None = None,
) -> float:
    """Save the filtered view as a PNG of exactly `width` x `height` pixels; return the seconds taken.

    Without `app_url` the app is started on a free loopback port for `db_path` and stopped
    afterwards; with it, that running app is used (and `db_path` is ignored: the app has its
    own). Only the app's own host is reachable from the browser; every other request is
    aborted, so a snapshot never fetches anything from the internet.

    `browser` reuses a chromium launched with `browser.launch_chromium` (saves ~0.7 s, and is
    the only way from code that already runs sync Playwright); otherwise one is launched.

    Raises `BrowserUnavailable` without chromium, `MapNotDrawn` when the map does not appear
    within `timeout` seconds, and `ProtestmapError` when the app shows an error.
    """
    from playwright.sync_api import sync_playwright

    from dashboard.browser import (
        AppServer,
        block_non_loopback,
        chromium_executable,
        launch_chromium,
        require_playwright,
        wait_for_app_run,
        wait_for_map_drawn,
    )

    started = time.perf_counter()
    _check_size(width, height)
    require_playwright()
    if browser is None:
        chromium_executable()  # fail in one line before starting anything
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        if app_url is None:
            app_url = stack.enter_context(AppServer(_local_db(db_path), startup_timeout=timeout)).url
        allowed = urllib.parse.urlsplit(app_url).hostname
        if browser is None:
            browser = launch_chromium(stack.enter_context(sync_playwright()))
            stack.callback(browser.close)
        context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)
        # What gets blocked is not an error here: the app is offline-first, the picture complete.
        block_non_loopback(context, allow_hosts=(allowed,) if allowed else ())
        stack.callback(context.close)
        page = context.new_page()
        page_errors: list[str] = []  # a script error means no map: fail at once, naming it
        page.on("pageerror", lambda error: page_errors.append(str(error)))
        page.goto(view_url(app_url, filters, present=True), wait_until="commit")
        wait_for_app_run(page, timeout=timeout)
        wait_for_map_drawn(page, timeout=timeout, page_errors=page_errors)
        page.screenshot(path=str(out), full_page=False, animations="disabled")
    return time.perf_counter() - started


def export_map_html(db_path: str | os.PathLike[str], filters: EventFilter, out: Path) -> Path:
    """Write the filtered map as one self-contained HTML file (assets and data inlined); return `out`.

    The file needs no server and no network: open it from disk, share it by e-mail. Article
    text travels as JSON and is put into popups with textContent, so it cannot inject markup.
    """
    from dashboard.events import filter_events, load_events
    from dashboard.mapview import build_map_data, render_map_html

    events = filter_events(load_events(_local_db(db_path)), filters)
    html = render_map_html(build_map_data(events), inline_assets=True, selected=filters.place_id)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out
