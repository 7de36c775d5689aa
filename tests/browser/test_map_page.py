"""Issue 4: what a person sees on the explore page, in a real chromium, with no internet.

The expected markers and shaded states are computed from the same database with the core
(`load_events` -> `filter_events` -> `build_map_data`), so the tests check that what the page
draws is what the data says, not a number copied from a screenshot.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import quote

import numpy as np
import pytest
from pagekit import AppDriver, PageGuard
from PIL import Image, ImageColor

from dashboard.browser import AppServer, MapSummary
from dashboard.events import EventFilter, filter_events, load_events
from dashboard.mapview import EVENT_TYPE_COLOURS, build_map_data

pytestmark = pytest.mark.browser


def expected_map(db: Path, flt: EventFilter) -> tuple[int, int, tuple[str, ...]]:
    """(events of places inside the fitted bounds, all events drawn, shaded ISO codes), from the core.

    The first view fits `MapData.bounds` (the country most events are in), so a rally far
    abroad is on the map but may be outside the first view.
    """
    data = build_map_data(filter_events(load_events(db), flt))
    assert data.bounds is not None
    (south, west), (north, east) = data.bounds
    in_view = [row for row in data.places if south <= row[4] <= north and west <= row[5] <= east]
    return (
        sum(row[6] for row in in_view),
        sum(row[6] for row in data.places),
        tuple(sorted(row[0] for row in data.states)),
    )


def test_the_guard_catches_requests_off_loopback_and_console_errors(
    guarded_page: tuple[Any, PageGuard],
) -> None:
    """The page guard is what makes the other tests meaningful, so it must be able to fail."""
    page, guard = guarded_page
    page.set_content("<p>offline</p>")
    page.evaluate("fetch('https://example.com/tiles/1.png').catch(() => null)")
    page.evaluate("console.error('broken layer')")
    page.wait_for_function("() => true")  # let Playwright deliver the events
    page.wait_for_timeout(200)
    assert guard.blocker.blocked == ["https://example.com/tiles/1.png"]
    assert "broken layer" in guard.console_errors
    assert len(guard.problems()) == len(guard.console_errors) + 1
    guard.blocker.blocked.clear()
    guard.console_errors.clear()


def test_page_shows_places_and_shaded_states_offline(
    app: AppDriver, guarded_page: tuple[Any, PageGuard], seeded_db: Path, timings: dict[str, float]
) -> None:
    page, guard = guarded_page
    started = time.perf_counter()
    shown = app.open()
    timings["seeds: navigation -> markers visible"] = round(time.perf_counter() - started, 2)

    in_view, events, shaded = expected_map(seeded_db, EventFilter())
    assert in_view > 0 and shaded, "the shipped articles should give places and states"
    assert shown.ready, shown.describe()
    assert shown.markers + shown.clusters > 0, shown.describe()
    assert in_view <= shown.visible_events <= events, shown.describe()
    assert shown.shaded_states == shaded
    assert shown.states >= 24, "every state outline is drawn, shaded or not"
    assert any(colour != "#ffffff" for colour in shown.fill_colours), "shaded states have a fill colour"
    assert shown.frame != page.main_frame, "the map lives in its component iframe"
    guard.assert_clean()


def test_choosing_a_state_in_the_sidebar_changes_the_map(
    app: AppDriver, guarded_page: tuple[Any, PageGuard], seeded_db: Path, timings: dict[str, float]
) -> None:
    page, guard = guarded_page
    before = app.open()
    run = app.sentinel()

    started = time.perf_counter()
    app.choose_state("Carabobo")
    app.wait_for_run(run)
    after = app.wait_for_map(30, different_from=before.signature())
    timings["seeds: choose state -> map updated"] = round(time.perf_counter() - started, 2)

    in_view, events, shaded = expected_map(seeded_db, EventFilter(states=("Carabobo",)))
    assert after.shaded_states == shaded == ("VE-G",)
    assert after.visible_events == in_view == events
    assert after.visible_events < before.visible_events
    assert "state=Carabobo" in page.url, "the permalink follows the filter"
    guard.assert_clean()


def test_a_filter_updates_the_title_numbers_and_excerpts_and_keeps_the_sidebar(
    app: AppDriver, guarded_page: tuple[Any, PageGuard]
) -> None:
    """A filter reruns the head, the map and the details, not the sidebar: all of them must
    still follow it, and the sidebar must keep its widgets and the choice just made."""
    page, guard = guarded_page
    app.open()
    events_before = page.get_by_test_id("stMetricValue").first.inner_text()
    run = app.sentinel()
    app.choose_state("Carabobo")
    app.wait_for_run(run)
    main = page.get_by_test_id("stMain")
    assert "Carabobo" in main.get_by_test_id("stHeading").first.inner_text()
    assert main.get_by_test_id("stMetricValue").first.inner_text() != events_before
    sidebar = page.get_by_test_id("stSidebar")
    assert sidebar.get_by_test_id("stMultiSelect").count() >= 3
    assert "Carabobo" in sidebar.get_by_test_id("stMultiSelect").first.inner_text()
    run = app.sentinel()
    app.choose_state("Miranda")  # a second change from the same sidebar, not redrawn meanwhile
    app.wait_for_run(run)
    assert "state=Carabobo" in page.url and "state=Miranda" in page.url
    guard.assert_clean()


def test_opening_a_permalink_shows_that_view(
    app: AppDriver, guarded_page: tuple[Any, PageGuard], seeded_db: Path, timings: dict[str, float]
) -> None:
    _, guard = guarded_page
    started = time.perf_counter()
    shown = app.open("state=Distrito+Capital")
    timings["seeds: permalink, app warm -> markers visible"] = round(time.perf_counter() - started, 2)
    in_view, events, shaded = expected_map(seeded_db, EventFilter(states=("Distrito Capital",)))
    assert (shown.visible_events, shown.shaded_states) == (events, shaded)
    assert in_view == events
    assert shaded == ("VE-A",)
    guard.assert_clean()


def test_municipality_outlines_come_after_the_map_and_show_zoomed_in(
    app: AppDriver, guarded_page: tuple[Any, PageGuard]
) -> None:
    """The municipality outlines (drawn from zoom 7 on) are asked for only once the map has
    drawn, so that they do not hold the first view back; a permalink zoomed in still gets them."""
    _, guard = guarded_page
    shown = app.open("at=10.1800,-67.9900,10")  # Valencia, zoomed in
    outlines = "() => document.querySelectorAll('path.pm-muni').length > 0"
    shown.frame.wait_for_function(outlines, timeout=30_000)
    requests = shown.frame.evaluate(
        "() => performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/geo/'))"
    )
    assert [name.rsplit("/", 1)[-1] for name in requests][-1] == "ve_municipalities.min.geojson", requests
    guard.assert_clean()


@pytest.fixture(scope="module")
def app_10k(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[AppServer, Path]]:
    """A second app, on 10,000 synthetic events (helper data generator, fixed seed)."""
    from dashboard.synthetic import generate_events_db

    db = tmp_path_factory.mktemp("synthetic") / "events-10k.db"
    generate_events_db(db, 10_000)
    with AppServer(db) as server:
        yield server, db


def test_ten_thousand_events_load_and_filter(
    app_10k: tuple[AppServer, Path], guarded_page: tuple[Any, PageGuard], timings: dict[str, float]
) -> None:
    server, db = app_10k
    page, guard = guarded_page
    app = AppDriver(page, server, guard)

    started = time.perf_counter()
    before: MapSummary = app.open(timeout=90)
    timings["10k: navigation -> markers visible"] = round(time.perf_counter() - started, 2)
    _, events, shaded = expected_map(db, EventFilter())
    assert (before.visible_events, before.shaded_states) == (events, shaded)

    run = app.sentinel()
    started = time.perf_counter()
    app.choose_state("Zulia")
    app.wait_for_run(run, timeout=90)
    after = app.wait_for_map(60, different_from=before.signature())
    timings["10k: choose state -> map updated"] = round(time.perf_counter() - started, 2)
    _, events, shaded = expected_map(db, EventFilter(states=("Zulia",)))
    assert (after.visible_events, after.shaded_states) == (events, shaded)
    guard.assert_clean()


def test_clicking_a_state_then_a_place_shows_their_sentences(
    app: AppDriver, guarded_page: tuple[Any, PageGuard]
) -> None:
    """Issue 4: clicking a state or a marker selects it, and the excerpts follow."""
    page, guard = guarded_page
    shown = app.open()
    frame = shown.frame

    run = app.sentinel()
    frame.locator("path.pm-state-VE-G.pm-state-has-events").first.dispatch_event("click")
    app.wait_for_run(run)
    assert page.get_by_role("heading", name="Excerpts in Carabobo").is_visible()
    assert "place=state" in page.url

    run = app.sentinel()
    page.get_by_role("button", name="Show all places again").click()
    app.wait_for_run(run)
    shown = app.wait_for_map(30)
    # The button is inside the details' fragment; clearing reruns the page, so the URL follows.
    assert "place=" not in page.url
    assert page.get_by_role("heading", name="Excerpts", exact=True).is_visible()
    marker = shown.frame.locator(".pm-marker[data-place-id]").first
    place_id = marker.get_attribute("data-place-id")
    run = app.sentinel()
    marker.dispatch_event("click")
    app.wait_for_run(run)
    heading = page.get_by_role("heading", name=re.compile(r"^Excerpts about "))
    heading.wait_for(timeout=30_000)
    assert f"place={quote(place_id or '', safe='')}" in page.url
    guard.assert_clean()


WAITING_NOTE = "follow as soon as the map is drawn"


def test_the_details_come_once_the_map_is_drawn(app: AppDriver, guarded_page: tuple[Any, PageGuard]) -> None:
    """The numbers, the timeline and the excerpts wait for the map's "drawn" report: when the
    run has ended (the sentinel comes with the details), the map is there and the note is gone."""
    page, guard = guarded_page
    app.open()
    # Metrics and charts are drawn by code the page loads on first use, so they can follow the
    # sentinel (always loaded) by a moment: wait for them, then count.
    page.get_by_test_id("stMetric").nth(3).wait_for(timeout=30_000)
    page.get_by_test_id("stVegaLiteChart").wait_for(timeout=30_000)
    assert page.get_by_test_id("stMetric").count() == 4
    assert page.get_by_test_id("stVegaLiteChart").count() == 1
    assert page.get_by_text(WAITING_NOTE).count() == 0
    assert app.wait_for_map(30).drawn
    guard.assert_clean()


def test_the_filters_come_with_the_details_and_reset_still_reruns_the_whole_page(
    app: AppDriver, guarded_page: tuple[Any, PageGuard]
) -> None:
    """On a first view the sidebar's filters wait for the map too (a fragment that the map's
    report reruns before the details): once the run has ended they are there. Being in a
    fragment, "Reset filters" must still rerun the whole page: the map, the title and the URL."""
    page, guard = guarded_page
    before = app.open()
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_test_id("stMultiSelect").nth(2).wait_for(timeout=30_000)  # code loaded on first use
    assert page.get_by_text(WAITING_NOTE).count() == 0
    run = app.sentinel()
    app.choose_state("Carabobo")
    run = app.wait_for_run(run)
    narrowed = app.wait_for_map(30, different_from=before.signature())
    assert "state=Carabobo" in page.url
    sidebar.get_by_role("button", name="Reset filters").click()
    app.wait_for_run(run)
    after = app.wait_for_map(30, different_from=narrowed.signature())
    assert after.visible_events == before.visible_events
    assert after.shaded_states == before.shaded_states
    assert "state=" not in page.url
    assert "Carabobo" not in page.get_by_test_id("stMain").get_by_test_id("stHeading").first.inner_text()
    assert "Carabobo" not in sidebar.get_by_test_id("stMultiSelect").first.inner_text()
    guard.assert_clean()


def test_the_details_do_not_wait_for_a_map_that_cannot_be_drawn(browser: Any, app_server: AppServer) -> None:
    """Without its outlines the map draws nothing; the page must still show its details."""
    from dashboard.browser import block_non_loopback, wait_for_run

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        block_non_loopback(context)
        context.route(re.compile(r"ve_states\.min\.geojson$"), lambda route: route.abort())
        page = context.new_page()
        page.goto(app_server.url, wait_until="commit")
        wait_for_run(page, timeout=60)
        page.get_by_test_id("stMetric").nth(3).wait_for(timeout=30_000)  # its code loads on first use
        assert page.get_by_test_id("stMetric").count() == 4
        assert page.get_by_text(WAITING_NOTE).count() == 0
    finally:
        context.close()


CHART_PAINTED = """() => {
  const canvas = document.querySelector('[data-testid="stVegaLiteChart"] canvas');
  if (!canvas || !canvas.width || !canvas.height) return false;
  const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) return true;
  return false;
}"""
"""True once the timeline's canvas has anything painted on it."""


def tallest_bar(png: bytes) -> int:
    """The height in pixels of the tallest stack of bars in a picture of the timeline (drawn on
    a canvas, so read from its pixels): the longest run down a column of pixels in the event
    types' colours, across the one-pixel seams where two stacked bars meet."""
    with Image.open(BytesIO(png)) as image:
        rgb = np.asarray(image.convert("RGB"), dtype=int)
    bar = np.zeros(rgb.shape[:2], dtype=bool)
    for colour in EVENT_TYPE_COLOURS.values():
        bar |= np.abs(rgb - np.array(ImageColor.getrgb(colour))).sum(axis=2) < 60
    tallest = 0
    for column in bar.T:
        rows = np.flatnonzero(column)
        for run in np.split(rows, np.flatnonzero(np.diff(rows) > 3) + 1):
            if len(run):
                tallest = max(tallest, int(run[-1] - run[0] + 1))
    return tallest


def test_brushing_the_timeline_narrows_the_dates_of_the_whole_page(
    app: AppDriver, guarded_page: tuple[Any, PageGuard]
) -> None:
    """The chart sits in the details' fragment; its brush must rerun the page: the permalink
    gets the dates, and the map and the numbers follow."""
    page, guard = guarded_page
    before = app.open()
    events_before = page.get_by_test_id("stMetricValue").first.inner_text()
    # The chart is drawn on a canvas (timeline_spec): "canvas, svg" could pick an icon of the
    # chart's toolbar while Vega, loaded on first use, had not made its canvas yet.
    chart = page.get_by_test_id("stVegaLiteChart").locator("canvas").first
    chart.scroll_into_view_if_needed()
    # Vega makes its canvas before it has run its data through: wait for painted pixels.
    page.wait_for_function(CHART_PAINTED, timeout=60_000)
    box = app.settled_box(chart)  # where the drag starts: not where the chart was a moment ago
    # The legend and the axis share the chart's height with the bars: the tallest bar must stay
    # tall enough to compare days by eye (at 190 px in all it was 50 px, a flat strip).
    tallest = tallest_bar(chart.screenshot())
    assert tallest >= 100, f"the timeline's tallest bar is {tallest:.0f} px"
    y = box["y"] + 12  # the bars' band, above the axis and the legend
    run = app.sentinel()
    page.mouse.move(box["x"] + box["width"] * 0.1, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.3, y, steps=8)
    page.mouse.up()
    app.wait_for_run(run)
    assert "from=" in page.url and "to=" in page.url
    after = app.wait_for_map(30)
    assert page.get_by_test_id("stMetricValue").first.inner_text() != events_before
    assert after.signature() != before.signature()
    guard.assert_clean()


def test_a_hostile_article_in_the_excerpt_cards_is_text_and_runs_nothing(
    guarded_page: tuple[Any, PageGuard], tmp_path: Path
) -> None:
    """The cards are st.html: a script, an image with onerror, an svg with onload in a title and
    a javascript: URL from an article must reach the page as text, with no element of theirs and
    no dialog. (The AppTest twin, tests/test_untrusted_output.py, checks the HTML sent.)"""
    from test_untrusted_output import (
        HOSTILE_SENTENCE,
        HOSTILE_SOURCE,
        HOSTILE_STATE,
        HOSTILE_TITLE,
        save_hostile_card_article,
    )

    page, guard = guarded_page
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    with AppServer(save_hostile_card_article(tmp_path / "hostile.db")) as server:
        app = AppDriver(page, server, guard)
        for query in ("", "q=onerror"):
            app.open(query)
            cards = page.locator(".pm-cards")
            cards.wait_for()
            text = cards.inner_text()
            for hostile in (HOSTILE_TITLE, HOSTILE_SOURCE, HOSTILE_STATE, "javascript:alert(6)",
                            "<script>alert(1)</script>", "<img src=x onerror=alert(2)>"):  # fmt: skip
                assert hostile in text, (hostile, text)
            assert HOSTILE_SENTENCE.split("</p>")[0] in text
            assert cards.locator("script, img, svg, a, b, i, em").count() == 0
            injected = "[onload], [onerror], [onmouseover], img[src='x'], a[href^='javascript']"
            assert page.locator(injected).count() == 0
            if query:
                assert cards.locator("mark").first.inner_text() == "onerror"
        guard.assert_clean()
        page.goto("about:blank")  # before the server stops: no reconnection errors
    assert dialogs == []
