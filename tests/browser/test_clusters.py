"""Issue 12, item 7: the map clusters its places itself (static/protestmap.js, `PlaceClusters`),
for the zoom being looked at only, instead of Leaflet.markercluster building every zoom up front.

Each test opens a standalone map (the same JS as the app's component) made from a small table
of places, in chromium with every request aborted, and checks what a reader relies on: a
cluster's number counts the events of its places, every event is counted once at any zoom, a
click on a cluster zooms in to its places (or lists them when they share a point), and a
selected place opens its popup on its own marker, zoomed to it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pagekit import ARTIFACTS, new_guarded_context

from dashboard.browser import MapSummary, block_all_network, wait_for_map_drawn
from dashboard.mapview import PLACE_FIELDS, MapData, render_map_html

pytestmark = pytest.mark.browser

CARACAS = (10.50, -66.90)
TWIN_POINT = (8.10, -63.55)
"""Two places drawn at one city's point (street-level places whose coordinates are the city's)."""


def place_row(place_id: str, name: str, lat: float, lon: float, events: int, precision: str = "") -> list:
    row = {
        "id": place_id, "name": name, "level": "city", "state": "Miranda", "lat": lat, "lon": lon,
        "events": events, "articles": events + 1, "by_type": [events, 0, 0, 0, 0, 0],
        "latest": "2024-07-29", "precision": "day", "coord_precision": precision or None, "reviewed": 0,
    }  # fmt: skip
    return [row[name] for name in PLACE_FIELDS]


def sample_places() -> list[list[Any]]:
    """A sparse grid over the country, a dense group around Caracas, and two places at one point
    (the grid keeps 1.5° away from both, so that at country zoom they are bubbles of their own)."""
    rows = []
    for i in range(12):
        for j in range(8):
            lat, lon = 1.5 + i * 0.85, -72.0 + j * 1.6
            if any(abs(lat - a) < 1.5 and abs(lon - b) < 1.5 for a, b in (CARACAS, TWIN_POINT)):
                continue
            rows.append(place_row(f"grid:{i}-{j}", f"Grid {i}-{j}", lat, lon, 1 + (i * 8 + j) % 4))
    for k in range(30):
        lat, lon = CARACAS[0] + (k // 6) * 0.012, CARACAS[1] + (k % 6) * 0.012
        rows.append(place_row(f"caracas:{k}", f"Caracas {k}", lat, lon, 2 + k % 3))
    rows.append(place_row("twin:a", "Twin A", *TWIN_POINT, 5, "city"))
    rows.append(place_row("twin:b", "Twin B", *TWIN_POINT, 2, "city"))
    return rows


PLACES = sample_places()
TOTAL_EVENTS = sum(row[PLACE_FIELDS.index("events")] for row in PLACES)
CARACAS_IDS = [row[0] for row in PLACES if row[0].startswith("caracas:")]


@pytest.fixture
def open_map(browser: Any, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Any]:
    """open_map(selected=None) -> (page, MapSummary) of a standalone map of PLACES, offline."""
    context, guard = new_guarded_context(browser, viewport={"width": 1000, "height": 720})
    block_all_network(context)
    pages: list[Any] = []

    def opener(selected: str | None = None) -> tuple[Any, MapSummary]:
        data = MapData(
            places=PLACES, bounds=[[1.0, -73.0], [12.0, -60.0]], n_events=TOTAL_EVENTS, n_places=len(PLACES)
        )
        out = tmp_path / "clusters.html"
        out.write_text(
            render_map_html(data, inline_assets=True, tiles=False, municipalities=False, selected=selected),
            encoding="utf-8",
        )
        page = context.new_page()
        pages.append(page)
        page.goto(out.as_uri())
        return page, wait_for_map_drawn(page, 30, page_errors=guard.page_errors)

    try:
        yield opener
    finally:
        if pages:
            pages[-1].screenshot(path=str(ARTIFACTS / f"clusters-{request.node.name}.png"))
        context.close()
    guard.assert_clean()


def places_counted(page: Any) -> int:
    """Places on the map: single markers, plus the places each cluster bubble says it holds."""
    return page.evaluate(
        """() => document.querySelectorAll('.leaflet-marker-pane .pm-marker').length +
          [...document.querySelectorAll('.leaflet-marker-pane .pm-cluster')]
            .reduce((n, c) => n + parseInt(c.getAttribute('data-places'), 10), 0)"""
    )


def set_view(page: Any, before: MapSummary, lat: float, lon: float, zoom: int) -> MapSummary:
    page.evaluate(f"() => window.protestmapMap.setView([{lat}, {lon}], {zoom}, {{animate: false}})")
    page.wait_for_function(f"() => window.protestmapMap.getZoom() === {zoom}")
    return wait_for_map_drawn(page, 30, different_from=before.signature())


def test_clusters_at_country_zoom_count_every_event_once(open_map: Any) -> None:
    page, shown = open_map()
    assert shown.clusters > 0 and shown.markers > 0, shown.describe()
    assert shown.visible_events == TOTAL_EVENTS, shown.describe()
    assert places_counted(page) == len(PLACES)
    # zoomed in and out again: the bubbles of the other zoom are gone, none counted twice
    closer = set_view(page, shown, *CARACAS, 11)
    assert closer.visible_events < TOTAL_EVENTS
    back = set_view(page, closer, 6.5, -66.0, 5)
    assert back.visible_events == TOTAL_EVENTS, back.describe()
    assert places_counted(page) == len(PLACES)
    assert back.clusters < shown.clusters, "fewer, bigger clusters one zoom further out"


def test_a_cluster_number_is_the_sum_of_its_places_events(open_map: Any) -> None:
    page, shown = open_map()
    events = {row[0]: row[PLACE_FIELDS.index("events")] for row in PLACES}
    caracas_events = sum(events[place] for place in CARACAS_IDS)
    bubble = page.locator(".pm-cluster").filter(has_text=str(caracas_events))
    assert bubble.count() == 1, "the 30 places around Caracas make one bubble at country zoom"
    assert bubble.get_attribute("data-events") == str(caracas_events)
    assert bubble.get_attribute("data-places") == str(len(CARACAS_IDS))
    assert f"{caracas_events} events at {len(CARACAS_IDS)} places" == bubble.get_attribute("title")


def test_clicking_a_cluster_zooms_in_to_its_places(open_map: Any) -> None:
    page, shown = open_map()
    zoom = page.evaluate("() => window.protestmapMap.getZoom()")
    biggest = page.locator(".pm-cluster[data-places='30']")
    biggest.click()
    wait_for_map_drawn(page, 30, different_from=shown.signature())
    assert page.evaluate("() => window.protestmapMap.getZoom()") > zoom
    in_view = page.evaluate(
        "(box) => window.protestmapMap.getBounds().contains(L.latLngBounds(box))",
        [[CARACAS[0], CARACAS[1]], [CARACAS[0] + 0.05, CARACAS[1] + 0.06]],
    )
    assert in_view, "the cluster's places are all in the new view"
    shown_ids = page.locator(".pm-marker[data-place-id^='caracas:']").evaluate_all(
        "(markers) => markers.map(m => m.getAttribute('data-place-id'))"
    )
    assert sorted(shown_ids) == sorted(CARACAS_IDS), "zoomed in far enough to show each on its own"


def test_places_at_one_point_are_listed_by_their_cluster_at_the_last_zoom(open_map: Any) -> None:
    page, shown = open_map()
    shown = set_view(page, shown, *TWIN_POINT, 13)
    twins = page.locator(".pm-cluster[data-places='2']")
    twins.click()  # one zoom further is the last: still one point
    page.wait_for_function("() => window.protestmapMap.getZoom() === 14")
    shown = wait_for_map_drawn(page, 30)
    twins = page.locator(".pm-cluster[data-places='2']")
    assert twins.get_attribute("data-events") == "7"
    twins.click()  # at the last zoom: a list of its places
    choices = page.locator(".leaflet-popup .pm-cluster-list button.pm-cluster-place")
    choices.first.wait_for()
    assert choices.all_inner_texts() == ["Twin A · 5 events", "Twin B · 2 events"]
    choices.nth(1).click()
    popup = page.locator('.leaflet-popup .pm-popup[data-place-id="twin:b"]')
    popup.wait_for()
    assert popup.locator(".pm-popup-title").inner_text() == "Twin B"
    assert page.locator('.pm-marker[data-place-id="twin:b"]').count() == 1, "its own marker"


@pytest.mark.parametrize("selected", ["caracas:14", "twin:b"])
def test_a_selected_place_opens_its_popup_on_its_own_marker_zoomed_in(open_map: Any, selected: str) -> None:
    """As a `place=` permalink does: even a place that shares its point with another."""
    page, _ = open_map(selected=selected)
    popup = page.locator(f'.leaflet-popup .pm-popup[data-place-id="{selected}"]')
    popup.wait_for()
    assert page.evaluate("() => window.protestmapMap.getZoom()") >= 10
    assert page.locator(f'.pm-marker.pm-selected[data-place-id="{selected}"]').count() == 1
    # zooming out keeps it on its own marker, popup open, while its neighbours cluster
    page.evaluate("() => window.protestmapMap.setZoom(5, {animate: false})")
    page.wait_for_function("() => window.protestmapMap.getZoom() === 5")
    shown = wait_for_map_drawn(page, 30)
    assert popup.is_visible()
    assert shown.visible_events == TOTAL_EVENTS, shown.describe()
    assert places_counted(page) == len(PLACES)
