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
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from dashboard.errors import ProtestmapError
from dashboard.events import EventFilter
from dashboard.i18n import N_, Translator
from dashboard.permalink import view_query

if TYPE_CHECKING:
    from playwright.sync_api import Browser

STATUS_LABELS: dict[str, str] = {
    "auto": N_("not reviewed"),
    "verified": N_("verified"),
    "corrected": N_("corrected"),
}
"""The review statuses in words (`models.EVENT_STATUSES`)."""

COUNTRY_NAME = "Venezuela"
"""The place a view without a state filter is about (the country profile's, one day)."""


def describe_filter(
    flt: EventFilter,
    translator: Translator,
    *,
    date_min: date | None = None,
    date_max: date | None = None,
    type_names: dict[str, str] | None = None,
) -> tuple[str, list[str]]:
    """A view in words: a title ("Protests in Carabobo and Miranda, 29 July – 5 August 2024")
    and the other active filters as short phrases. Plain text: escape it for its context.

    `date_min`/`date_max` are the data's ends, used where the filter leaves the dates open.
    """
    t = translator
    where = t.join(list(flt.states)) if flt.states else t.gettext(COUNTRY_NAME)
    span = t.span(flt.date_from or date_min, flt.date_to or date_max)
    title = t.gettext("Protests in {where}").format(where=where)
    if span:
        title = t.gettext("{title}, {span}").format(title=title, span=span)
    details: list[str] = []
    if flt.event_types:
        names = type_names or {}
        details.append(t.gettext("Event types: {types}").format(
            types=", ".join(names.get(k, k) for k in flt.event_types)))  # fmt: skip
    if flt.sources:
        details.append(t.gettext("Sources: {sources}").format(sources=", ".join(flt.sources)))
    if flt.search:
        details.append(t.gettext("Excerpts mentioning “{text}”").format(text=flt.search))
    if flt.min_confidence > 0:
        details.append(t.gettext("Confidence at least {value}").format(value=t.number(flt.min_confidence)))
    if not flt.include_undated:
        details.append(t.gettext("Undated events hidden"))
    if flt.min_sources > 1:
        details.append(t.gettext("Reported by at least {n} sources").format(n=t.number(flt.min_sources)))
    if flt.statuses:
        details.append(
            t.gettext("Review: {statuses}").format(
                statuses=", ".join(t.gettext(STATUS_LABELS.get(s, s)) for s in flt.statuses)
            )
        )
    if flt.article_ids:
        details.append(
            t.ngettext(
                "Only the events of {n} article", "Only the events of {n} articles", len(flt.article_ids)
            ).format(n=t.number(len(flt.article_ids)))
        )
    return title, details


def credit_line(sources: list[str], translator: Translator) -> str:
    """The credits of a picture or export: the outlets whose reports are shown, then the data."""
    t = translator
    outlets = ", ".join(sorted(sources, key=str.casefold)) if sources else t.gettext("none")
    return (
        t.gettext("Reports: {outlets}.").format(outlets=outlets)
        + " "
        + t.gettext(
            "Places © GeoNames (CC BY 4.0); boundaries from Who's On First; "
            "country points from Natural Earth."
        )
    )


MIN_SIDE, MAX_SIDE = 200, 8000
"""Snapshot sizes we accept, in CSS pixels: smaller is unreadable, larger exhausts memory."""


def _check_size(width: int, height: int) -> None:
    for name, value in (("width", width), ("height", height)):
        if not MIN_SIDE <= value <= MAX_SIDE:
            raise ProtestmapError(f"snapshot {name}={value}: use {MIN_SIDE} to {MAX_SIDE} pixels")


def _local_db(db_path: str | os.PathLike[str]) -> Path | str:
    """An absolute path to an existing database (the app runs from another folder), or a
    PostgreSQL URL as it is."""
    from dashboard.store import resolve_db

    resolved = resolve_db(db_path)
    if isinstance(resolved, str):
        return resolved
    path = resolved.resolve()
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
    selected: str | None = None,
    viewport: str | None = None,
    base: str = "",
    language: str | None = None,
) -> float:
    """Save the filtered view as a PNG of exactly `width` x `height` pixels; return the seconds taken.

    Without `app_url` the app is started on a free loopback port for `db_path` and stopped
    afterwards; with it, that running app is used (and `db_path` is ignored: the app has its
    own). Only the app's own host is reachable from the browser; every other request is
    aborted, so a snapshot never fetches anything from the internet.

    `browser` reuses a chromium launched with `browser.launch_chromium` (saves ~0.7 s, and is
    the only way from code that already runs sync Playwright); otherwise one is launched.

    `selected`, `viewport`, `base` and `language` are the rest of the app's view (the
    permalink's ``place``, ``at``, ``base`` and ``lang``), so the PNG is the view the user sees:
    the selection's popup open, the same zoom, the same words.

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
        wait_for_popup,
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
        query = view_query(
            filters, present=True, selected=selected, viewport=viewport, base=base, language=language
        )
        url = app_url.rstrip("/") + "/?" + urllib.parse.urlencode(query, doseq=True)
        page.goto(url, wait_until="commit")
        wait_for_app_run(page, timeout=timeout)
        wait_for_map_drawn(page, timeout=timeout, page_errors=page_errors)
        if selected:
            wait_for_popup(page, timeout=timeout)
        page.screenshot(path=str(out), full_page=False, animations="disabled")
    return time.perf_counter() - started


def export_html(
    events: pd.DataFrame,
    flt: EventFilter,
    translator: Translator | None = None,
    *,
    all_events: pd.DataFrame | None = None,
    selected: str | None = None,
    base: str = "",
    made: datetime | None = None,
    excerpts: pd.DataFrame | None = None,
) -> str:
    """The standalone HTML of `events` (already filtered by `flt`): a title and the filters in
    words, the date it was made, the map with every event of each place in its popup (each
    article with its own excerpt), and the list of the articles shown with links.
    `all_events` gives the data's date span; `excerpts` (`events.load_excerpts`) the sentences
    of a frame of events."""
    from dashboard.mapview import (
        EVENT_TYPE_LABELS,
        ExportPage,
        build_excerpts,
        build_map_data,
        render_map_html,
        type_label,
    )

    t = translator or Translator()
    span_from = all_events if all_events is not None else events
    dates = span_from["event_date"].dropna()
    title, details = describe_filter(
        flt, t,
        date_min=dates.min().date() if not dates.empty else None,
        date_max=dates.max().date() if not dates.empty else None,
        type_names={k: type_label(k, t) for k in EVENT_TYPE_LABELS},
    )  # fmt: skip
    if "article_id" in events.columns or excerpts is None:
        reports = (
            events
            if "article_id" in events.columns
            else events.iloc[0:0].assign(
                article_id=[], title=[], source=[], url=[], published=pd.Series([], dtype="datetime64[ns]")
            )
        )
    else:
        reports = excerpts[excerpts["event_id"].isin(events["event_id"])]
    articles = reports.drop_duplicates("article_id").sort_values(
        "published", ascending=False, na_position="last"
    )
    rows = []
    for source, art_title, published, url in zip(
        articles["source"].astype(object), articles["title"].astype(object), articles["published"],
        articles["url"].astype(object), strict=True,
    ):  # fmt: skip
        day = "" if published is None or published != published else t.date(published.date())
        rows.append((
            source if isinstance(source, str) else t.gettext("unknown source"),
            art_title if isinstance(art_title, str) else t.gettext("Untitled article"),
            day, url if isinstance(url, str) else None,
        ))  # fmt: skip
    when = made or datetime.now().astimezone()
    sources = sorted({r[0] for r in rows})
    page = ExportPage(
        title=title,
        filters=tuple(details),
        made=t.gettext("Made on {date} with protestmap.").format(date=t.date(when.date())),
        sources_heading=t.gettext("Articles shown ({n})").format(n=t.number(len(rows))),
        articles=tuple(rows),
        credits=credit_line(sources, t),
        language=t.language,
    )
    return render_map_html(
        build_map_data(events), inline_assets=True, selected=selected, height="75vh",
        translator=t, base=base, excerpts=build_excerpts(events, excerpts), page=page, tiles=True,
    )  # fmt: skip


def export_map_html(
    db_path: str | os.PathLike[str], filters: EventFilter, out: Path, translator: Translator | None = None
) -> Path:
    """Write the filtered map as one self-contained HTML file (assets and data inlined); return `out`.

    The file needs no server and no network: open it from disk, share it by e-mail. Article
    text travels as JSON and is put into popups with textContent, so it cannot inject markup.
    """
    from dashboard.events import filter_events, load_events, load_excerpts, search_hits

    db = _local_db(db_path)
    stored = load_events(db)
    hits = search_hits(db, filters.search) if filters.search.strip() else None
    events = filter_events(stored, filters, search_hits=hits)
    html = export_html(
        events, filters, translator, all_events=stored, selected=filters.place_id, excerpts=load_excerpts(db)
    )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out
