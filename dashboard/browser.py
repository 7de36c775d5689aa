"""Drive a real browser against the real app: for snapshots (share.py) and the browser tests.

Three pieces, each usable alone:

- `AppServer` runs ``streamlit run dashboard/app.py`` on a free loopback port against one
  database and waits until ``/_stcore/health`` answers (never a fixed sleep), then stops it.
- `launch_chromium` starts Debian's ``chromium`` through Playwright. Playwright's own browser
  download cannot work offline, so we always pass ``executable_path``; when there is no
  chromium, `BrowserUnavailable` says in one line how to install it.
- `block_non_loopback` makes a browser context abort, and record, every request that would
  leave 127.0.0.1: the app must work offline, and a test can assert that nothing tried.

`wait_for_map_drawn` knows where the map lives (a Streamlit component iframe, or the page
itself for an exported HTML file) and what "drawn" means (a Leaflet container with markers,
clusters or shaded polygons in it).

This module never imports streamlit: it starts the app as a separate process.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from dashboard.errors import BrowserUnavailable, ProtestmapError

if TYPE_CHECKING:  # Playwright is the optional `browser` extra; import it only where it is used.
    from playwright.sync_api import Browser, BrowserContext, Frame, Page, Playwright, Route, WebSocketRoute

PROJECT_ROOT = Path(__file__).resolve().parent.parent
APP_PATH = Path(__file__).resolve().parent / "app.py"

CHROMIUM_ARGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",  # we run as root in containers, where the sandbox cannot start
    "--disable-gpu",  # no GPU here; compositing falls back to software
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",  # no update checks, safe-browsing lists, ...
    "--disable-component-update",
    "--disable-sync",
)
"""Flags that make Debian's chromium start headless and quiet (no background network)."""

INSTALL_HINT = "install Debian's chromium (apt-get install chromium) or set PROTESTMAP_CHROMIUM"

# Anything http(s)/ws(s) whose host is not loopback. Schemes such as data:, blob: and file: never
# leave the machine and are not matched. The negative lookahead keeps the app's own requests (and
# its websocket) off the Python round trip, which would slow every request down.
NON_LOOPBACK_URL = re.compile(
    r"^(?:https?|wss?)://(?!(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?(?:[/?#]|$))"
)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it, as geopy's tests do)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class AppServer:
    """The Streamlit app running in a child process on a loopback port, for one database.

    ::

        with AppServer(db_path) as app:
            page.goto(app.url)

    `startup_timeout` bounds the wait for ``/_stcore/health``; if the process dies first, or
    the time runs out, a `ProtestmapError` carries the tail of the app's log.
    """

    def __init__(
        self,
        db_path: str | os.PathLike[str],
        *,
        port: int | None = None,
        app_path: Path = APP_PATH,
        startup_timeout: float = 60.0,
        extra_env: Mapping[str, str] | None = None,
    ) -> None:
        # Absolute: the app runs from the project folder, not from the caller's.
        location = os.fspath(db_path)
        self.db_path: Path | str = (
            location  # a PostgreSQL URL goes to the app as it is
            if location.startswith(("postgresql://", "postgres://"))
            else Path(location.removeprefix("sqlite:///")).expanduser().resolve()
        )
        self.app_path = Path(app_path)
        self.startup_timeout = startup_timeout
        self.extra_env = dict(extra_env or {})
        self._requested_port = port
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._log_file: Any = None

    @property
    def url(self) -> str:
        """The app's root URL, e.g. ``http://127.0.0.1:8501/``."""
        return f"http://127.0.0.1:{self.port}/"

    @property
    def log_text(self) -> str:
        """What the app printed so far (stdout and stderr), for error messages and debugging."""
        if self._log_file is None:
            return ""
        self._log_file.flush()
        return Path(self._log_file.name).read_text(encoding="utf-8", errors="replace")

    def start(self) -> AppServer:
        """Start the app and return once it answers its health check."""
        # A port picked by free_port() can be taken by someone else before streamlit binds it;
        # then the process exits at once and we try another one.
        attempts = 1 if self._requested_port else 3
        for attempt in range(attempts):
            self.port = self._requested_port or free_port()
            self._spawn()
            try:
                self._wait_until_healthy()
                return self
            except ProtestmapError:
                exited = self._process is not None and self._process.poll() is not None
                self.stop()
                if not exited or attempt == attempts - 1:
                    raise
        raise AssertionError("unreachable")

    def _spawn(self) -> None:
        env = dict(os.environ)
        env["PROTESTMAP_DB"] = str(self.db_path)
        env.update(self.extra_env)
        self._log_file = tempfile.NamedTemporaryFile(prefix="protestmap-app-", suffix=".log", delete=False)
        command = [
            sys.executable, "-m", "streamlit", "run", str(self.app_path),
            "--server.headless", "true",
            "--server.address", "127.0.0.1",
            "--server.port", str(self.port),
            "--browser.gatherUsageStats", "false",
            "--server.fileWatcherType", "none",
            "--server.runOnSave", "false",
            "--server.enableStaticServing", "true",  # the map's vendored Leaflet (dashboard/static)
        ]  # fmt: skip
        self._process = subprocess.Popen(
            command,
            cwd=PROJECT_ROOT,  # so that the project's .streamlit/config.toml applies
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
        )

    def _wait_until_healthy(self) -> None:
        assert self._process is not None
        health = f"http://127.0.0.1:{self.port}/_stcore/health"
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise ProtestmapError(
                    f"the app exited with code {self._process.returncode} before answering {health}:\n"
                    + self._log_tail()
                )
            try:
                with urllib.request.urlopen(health, timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.1)
        raise ProtestmapError(
            f"the app did not answer {health} within {self.startup_timeout:.0f} s:\n" + self._log_tail()
        )

    def _log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log_text.splitlines()[-lines:])

    def stop(self) -> None:
        """Stop the app (SIGTERM, then SIGKILL after 10 s) and remove its log."""
        if self._process is not None:
            if self._process.poll() is None:
                self._process.terminate()
                try:
                    self._process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self._process.kill()
                    self._process.wait(timeout=10)
            self._process = None
        if self._log_file is not None:
            self._log_file.close()
            Path(self._log_file.name).unlink(missing_ok=True)
            self._log_file = None

    def __enter__(self) -> AppServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def chromium_executable() -> str:
    """The chromium to drive: ``$PROTESTMAP_CHROMIUM``, else ``chromium`` on PATH.

    Raises `BrowserUnavailable` with the install command when there is none.
    """
    configured = os.environ.get("PROTESTMAP_CHROMIUM")
    if configured:
        found = shutil.which(configured)
        if found is None:
            raise BrowserUnavailable(
                f"PROTESTMAP_CHROMIUM={configured!r} is not an executable; {INSTALL_HINT}"
            )
        return found
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found is not None:
            return found
    raise BrowserUnavailable(f"no chromium on PATH: {INSTALL_HINT}")


def require_playwright() -> None:
    """Fail in one line when the optional Playwright dependency is missing."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError as error:
        raise BrowserUnavailable(
            "Playwright is not installed: pip install 'protestmap[browser]' (no `playwright install` needed)"
        ) from error


def launch_chromium(playwright: Playwright, *, headless: bool = True) -> Browser:
    """Launch Debian's chromium through Playwright with `CHROMIUM_ARGS` and a fresh profile.

    ``launch()`` (not a persistent context) gives each run an empty temporary profile.
    """
    args = list(CHROMIUM_ARGS) if headless else [a for a in CHROMIUM_ARGS if a != "--headless"]
    return playwright.chromium.launch(executable_path=chromium_executable(), headless=headless, args=args)


@dataclass
class RequestBlocker:
    """What `block_non_loopback` aborted: every URL that tried to leave loopback, in order."""

    blocked: list[str] = field(default_factory=list)

    def _abort(self, route: Route) -> None:
        self.blocked.append(route.request.url)
        route.abort("blockedbyclient")

    def _close_websocket(self, websocket: WebSocketRoute) -> None:
        # A websocket route that never calls connect_to_server() does not reach the server.
        self.blocked.append(websocket.url)
        websocket.close()


def _off_limits(allow_hosts: tuple[str, ...]) -> re.Pattern[str]:
    if not allow_hosts:
        return NON_LOOPBACK_URL
    hosts = "|".join(re.escape(host) for host in allow_hosts)
    return re.compile(
        rf"^(?:https?|wss?)://(?!(?:127\.0\.0\.1|localhost|\[::1\]|{hosts})(?::\d+)?(?:[/?#]|$))"
    )


def block_non_loopback(context: BrowserContext, *, allow_hosts: tuple[str, ...] = ()) -> RequestBlocker:
    """Abort, and record, every request of `context` that is not to 127.0.0.1/localhost.

    `allow_hosts` adds hosts that may be reached too (a snapshot of an app served elsewhere).
    Routes on the context rather than a page so that iframes (the map lives in one) and
    pages opened later are covered too.
    """
    blocker = RequestBlocker()
    pattern = _off_limits(allow_hosts)
    context.route(pattern, blocker._abort)
    context.route_web_socket(pattern, blocker._close_websocket)
    return blocker


def block_all_network(context: BrowserContext) -> RequestBlocker:
    """Abort, and record, every request of `context` except file: and data: URLs, loopback too.

    For files that must work with no server at all, such as the standalone HTML export.
    """
    blocker = RequestBlocker()
    everything_but_local_files = re.compile(r"^(?!(?:file|data|blob):)")
    context.route(everything_but_local_files, blocker._abort)
    context.route_web_socket(everything_but_local_files, blocker._close_websocket)
    return blocker


# Runs inside a frame; null when the frame has no Leaflet map. It reads the DOM hooks that
# static/protestmap.js documents (.pm-marker, .pm-cluster, path.pm-state...), which carry event
# counts and state codes. Leaflet draws vector layers as <path> (or on a <canvas>) in the overlay
# pane, and markers and cluster bubbles as elements of the marker pane.
_MAP_SUMMARY_JS = """
() => {
  const container = document.querySelector('.leaflet-container');
  if (!container) return null;
  const count = (el) => parseInt(el.getAttribute('data-events') || '0', 10) || 0;
  let markers = 0, markerEvents = 0, clusters = 0, clusteredEvents = 0;
  for (const el of document.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon')) {
    if (el.style.opacity === '0') continue;  // fading out
    const cluster = el.querySelector('.pm-cluster');
    if (cluster) {
      clusters += 1;
      clusteredEvents += count(cluster);
    } else {
      markers += 1;
      const marker = el.querySelector('.pm-marker');
      markerEvents += marker ? count(marker) : 1;
    }
  }
  let filledPaths = 0;
  const fills = new Set();
  for (const el of document.querySelectorAll('.leaflet-overlay-pane path')) {
    const fill = el.getAttribute('fill');
    const opacity = parseFloat(el.getAttribute('fill-opacity') ?? '1');
    if (fill && fill !== 'none' && opacity > 0) { filledPaths += 1; fills.add(fill.toLowerCase()); }
  }
  const shaded = [];
  for (const el of document.querySelectorAll('path.pm-state-has-events')) {
    const code = [...el.classList].find(c => c.startsWith('pm-state-') && c !== 'pm-state-has-events');
    if (code) shaded.push(code.slice('pm-state-'.length));
  }
  const rect = container.getBoundingClientRect();
  const map = window.protestmapMap;
  return {
    ready: map ? true : (window.protestmap ? false : null),
    // The clusters are drawn again a moment after a move ends (pm-redrawing until then).
    moving: !!(map && (map._animatingZoom || (map._panAnim && map._panAnim._inProgress)))
      || container.classList.contains('leaflet-zoom-anim')
      || container.classList.contains('pm-redrawing'),
    markers, marker_events: markerEvents, clusters, clustered_events: clusteredEvents,
    states: document.querySelectorAll('path.pm-state').length,
    shaded_states: [...new Set(shaded)].sort(),
    filled_paths: filledPaths, fill_colours: [...fills].sort(),
    canvases: document.querySelectorAll('.leaflet-overlay-pane canvas').length,
    width: rect.width, height: rect.height,
  };
}
"""

_TWO_FRAMES_JS = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))"


@dataclass(frozen=True)
class MapSummary:
    """What a Leaflet map shows right now, counted from its DOM.

    `markers` are single place markers holding `marker_events` events; `clusters` are cluster
    bubbles holding `clustered_events`. `states` counts the state outlines drawn and
    `shaded_states` the ISO codes of those shaded because they have events. `filled_paths` and
    `fill_colours` cover every filled vector shape. `ready` is False while our script
    (``window.protestmap``) has not added its layers yet, None for a map that is not ours;
    `moving` is True during a zoom or pan animation (e.g. fitting the map to the events).
    """

    frame: Frame
    ready: bool | None
    moving: bool
    markers: int
    marker_events: int
    clusters: int
    clustered_events: int
    states: int
    shaded_states: tuple[str, ...]
    filled_paths: int
    fill_colours: tuple[str, ...]
    canvases: int
    width: float
    height: float

    @property
    def drawn(self) -> bool:
        """A visible map with at least one layer painted on it (and, for ours, all layers added)."""
        has_layers = self.markers + self.clusters + self.filled_paths + self.canvases > 0
        return self.ready is not False and has_layers and self.width > 0 and self.height > 0

    @property
    def visible_events(self) -> int:
        """Events on screen: those of single markers plus those counted in cluster bubbles."""
        return self.marker_events + self.clustered_events

    def describe(self) -> str:
        """One line for error messages and logs."""
        return (
            f"ready={self.ready} moving={self.moving} markers={self.markers} clusters={self.clusters} "
            f"events={self.visible_events} states={self.states} shaded={','.join(self.shaded_states) or '-'} "
            f"size={self.width:.0f}x{self.height:.0f}"
        )

    def signature(self) -> tuple[Any, ...]:
        """Changes when the map shows something else; compare before and after a filter change."""
        return (self.markers, self.visible_events, self.clusters, self.shaded_states, self.fill_colours)


class BrowserTimeout(ProtestmapError, TimeoutError):
    """The page did not reach the awaited state in time; the message says what was last seen."""


class MapNotDrawn(BrowserTimeout):
    """The page did not show a drawn map in time (no map at all, or no layer on it)."""


# Streamlit's root element carries the script state ("initial" until the first run starts,
# then "running" / "notRunning"); the status widget ("Running... Stop") shows during a run.
_APP_IDLE_JS = """
() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return !!app && app.getAttribute('data-test-script-state') === 'notRunning'
    && !document.querySelector('[data-testid="stStatusWidget"]');
}
"""


def wait_for_app_run(page: Page, *, timeout: float = 60.0) -> None:
    """Wait until the Streamlit app in `page` has finished its current script run.

    Raises `BrowserTimeout` when it does not finish in time and `ProtestmapError` with the
    message when the run ended in an exception shown on the page.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(_APP_IDLE_JS, timeout=timeout * 1000, polling=100)
    except PlaywrightTimeout:
        raise BrowserTimeout(f"the app at {page.url} did not finish running within {timeout:.0f} s") from None
    failure = page.locator('[data-testid="stException"]')
    if failure.count():
        raise ProtestmapError(f"the app failed at {page.url}: {failure.first.inner_text()[:500]}")


def wait_for_popup(page: Page, *, timeout: float = 30.0) -> None:
    """Wait until the map (in any frame) shows an open popup, and two frames more to paint it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for frame in page.frames:
            try:
                if frame.evaluate("() => !!document.querySelector('.leaflet-popup .pm-popup')"):
                    frame.evaluate(_TWO_FRAMES_JS)
                    return
            except Exception:  # noqa: BLE001 - a frame detached meanwhile: look again
                continue
        page.wait_for_timeout(100)
    raise BrowserTimeout(f"no popup opened on the map within {timeout:.0f} s")


RUN_SENTINEL = "View ready · run "
"""The explore page ends every script run with a caption "View ready · run N · ..."."""

_RUN_FINISHED_JS = """([marker, previous]) => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
    if (document.querySelector('[data-testid="stStatusWidget"]')) return false;
    const found = [...document.querySelectorAll('[data-testid="stCaptionContainer"]')]
        .map(el => el.textContent).filter(text => text.includes(marker));
    return found.length > 0 && found[found.length - 1] !== previous;
}"""

_LAST_SENTINEL_JS = """(marker) => {
    const found = [...document.querySelectorAll('[data-testid="stCaptionContainer"]')]
        .map(el => el.textContent).filter(text => text.includes(marker));
    return found.length ? found[found.length - 1] : null;
}"""


def last_run_sentinel(page: Page) -> str | None:
    """The text of the last finished run's sentinel caption, or None before the first run ends."""
    found: str | None = page.evaluate(_LAST_SENTINEL_JS, RUN_SENTINEL)
    return found


def run_finished(page: Page, previous: str | None = None) -> bool:
    """True once a script run whose sentinel differs from `previous` has finished."""
    return bool(page.evaluate(_RUN_FINISHED_JS, [RUN_SENTINEL, previous]))


def wait_for_run(page: Page, previous: str | None = None, *, timeout: float = 60.0, polling: int = 50) -> str:
    """Wait for a finished run whose sentinel differs from `previous`; return its sentinel."""
    page.wait_for_function(
        _RUN_FINISHED_JS, arg=[RUN_SENTINEL, previous], timeout=timeout * 1000, polling=polling
    )
    text = last_run_sentinel(page)
    assert text is not None
    return text


def state_option(page: Page, state: str) -> Any:
    """Open the sidebar's "States" multiselect, type `state` and return its option (not clicked).

    The option list is virtualised (only what is visible is rendered), so typing comes first.
    Options read "Carabobo (3)", counts formatted for the language ("Zulia (1,234)", "(1.234)").
    """
    box = page.get_by_test_id("stMultiSelect").filter(has_text="States").first
    field = box.locator("input")
    field.click()
    field.fill(state)
    option = page.get_by_role("option", name=re.compile(rf"^{re.escape(state)} \([\d.,\u00a0]+\)$"))
    option.first.wait_for(timeout=30_000)
    return option.first


def map_summary(page: Page) -> MapSummary | None:
    """The first frame of `page` (the page itself included) that holds a Leaflet map, counted."""
    from playwright.sync_api import Error as PlaywrightError

    for frame in page.frames:
        try:
            raw = frame.evaluate(_MAP_SUMMARY_JS)
        except PlaywrightError:  # frames detach while Streamlit replaces the map iframe
            continue
        if raw:
            raw["fill_colours"] = tuple(raw["fill_colours"])
            raw["shaded_states"] = tuple(raw["shaded_states"])
            return MapSummary(frame=frame, **raw)
    return None


def wait_for_map_drawn(
    page: Page,
    timeout: float = 30.0,
    *,
    different_from: tuple[Any, ...] | None = None,
    page_errors: Sequence[str] | None = None,
    poll_ms: int = 100,
) -> MapSummary:
    """Wait until a Leaflet map in `page` (or one of its iframes) has its layers painted.

    "Drawn" means: layers in the DOM, no zoom/pan animation running, the same counts in two
    polls in a row (cluster bubbles are rebuilt after a zoom), and two animation frames later.
    With `different_from` (a previous `MapSummary.signature()`), also wait until the map shows
    something else: use it after changing a filter. With `page_errors` (uncaught errors a
    ``page.on("pageerror")`` handler collects), give up as soon as one appears, naming it,
    instead of waiting out the timeout for a map that a script error stopped. Polls with
    ``page.wait_for_timeout``, because sync Playwright only sees new frames while one of its
    calls is running.
    Raises `MapNotDrawn` (a `TimeoutError`) naming the last thing seen.
    """
    from playwright.sync_api import Error as PlaywrightError

    deadline = time.monotonic() + timeout
    last: MapSummary | None = None
    candidate: tuple[Any, ...] | None = None
    while True:
        last = map_summary(page)
        wanted = (
            last is not None
            and last.drawn
            and not last.moving
            and (different_from is None or last.signature() != different_from)
        )
        if last is not None and wanted:
            if candidate == last.signature():
                try:
                    last.frame.evaluate(_TWO_FRAMES_JS)  # let the browser paint what is in the DOM
                except PlaywrightError:  # the frame was replaced meanwhile: look again
                    candidate = None
                    continue
                return last
            candidate = last.signature()
        else:
            candidate = None
        if page_errors:
            raise MapNotDrawn(f"the map was not drawn: the page failed with {page_errors[0]!r}")
        if time.monotonic() >= deadline:
            seen = "no Leaflet map in any frame" if last is None else f"last seen: {last.describe()}"
            raise MapNotDrawn(f"the map was not drawn within {timeout:.0f} s ({seen})")
        page.wait_for_timeout(poll_ms)
