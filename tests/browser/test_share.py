"""Issue 5: sharing a view as a PNG (`protestmap snapshot`) and as a standalone HTML map.

The PNG is checked by its pixels: the exact size asked for, not blank, and the state shading
of the view present. The HTML file is opened from disk in chromium with every request
aborted, and must still draw the markers and open a popup with an excerpt.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pagekit import ARTIFACTS, ROOT, new_guarded_context
from PIL import Image, ImageStat

from dashboard.browser import AppServer, block_all_network, wait_for_map_drawn
from dashboard.events import EventFilter, filter_events, load_events
from dashboard.mapview import STATE_SHADES, build_map_data
from dashboard.permalink import view_url
from dashboard.share import export_map_html, snapshot_png

pytestmark = pytest.mark.browser

STATIC = ROOT / "dashboard" / "static"
STATE_FILL_OPACITY = float(
    re.search(r"fillOpacity: fill \? ([0-9.]+)", (STATIC / "protestmap.js").read_text()).group(1)
)  # type: ignore[union-attr]
"""fillOpacity of a shaded state in static/protestmap.js."""
MAP_BACKGROUND = re.search(
    r"\.leaflet-container \{ background: (#[0-9a-f]{6})", (STATIC / "protestmap.css").read_text()
).group(1)  # type: ignore[union-attr]
"""The map's background colour under the outlines (static/protestmap.css)."""


@pytest.mark.parametrize(
    ("flt", "url"),
    [
        (EventFilter(), "http://127.0.0.1:8501/?view=present"),
        (EventFilter(states=("Distrito Capital", "Zulia")),
         "http://127.0.0.1:8501/?state=Distrito+Capital&state=Zulia&view=present"),
        (EventFilter(search="Petare & <b>"), "http://127.0.0.1:8501/?q=Petare+%26+%3Cb%3E&view=present"),
    ],
)  # fmt: skip
def test_view_url_encodes_every_value(flt: EventFilter, url: str) -> None:
    assert view_url("http://127.0.0.1:8501", flt, present=True) == url


def on_screen(frame: Any, selector: str) -> Any:
    """The first element of `selector` whose centre is inside the map's box, where a person can
    click it (a rally abroad sits outside the first view), or None."""
    area = frame.locator(".leaflet-container").first.bounding_box()
    found = frame.locator(selector)
    for index in range(found.count()):
        box = found.nth(index).bounding_box()
        if box and (
            area["x"] < box["x"] + box["width"] / 2 < area["x"] + area["width"]
            and area["y"] < box["y"] + box["height"] / 2 < area["y"] + area["height"]
        ):
            return found.nth(index)
    return None


def click_through_to_a_place(page: Any, frame: Any, page_errors: list[str]) -> None:
    """Click as a person does until a place's popup opens: a place marker if one is in view,
    else a cluster bubble (which zooms in, or lists its places when it cannot)."""
    for _ in range(8):
        marker = on_screen(frame, ".pm-marker")
        if marker is not None:
            marker.click()
            return
        listed = frame.locator(".leaflet-popup .pm-cluster-place")
        if listed.count():
            listed.first.click()
            return
        cluster = on_screen(frame, ".pm-cluster")
        assert cluster is not None, "the map shows neither a place nor a cluster"
        before = wait_for_map_drawn(page, 20, page_errors=page_errors).signature()
        cluster.click()
        if not frame.locator(".leaflet-popup .pm-cluster-place").count():
            frame = wait_for_map_drawn(page, 20, different_from=before, page_errors=page_errors).frame
    raise AssertionError("eight clicks did not reach a place")


def blend(hex_colour: str, background: tuple[int, ...], alpha: float) -> tuple[int, int, int]:
    rgb = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return tuple(round(alpha * c + (1 - alpha) * b) for c, b in zip(rgb, background[:3], strict=True))  # type: ignore[return-value]


def pixels_near(image: Image.Image, colour: tuple[int, int, int], tolerance: int = 10) -> int:
    """How many pixels are within `tolerance` of `colour` in every channel."""
    return sum(
        n
        for n, pixel in image.getcolors(maxcolors=image.width * image.height) or []
        if all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], colour, strict=True))
    )


def test_snapshot_of_carabobo_is_the_requested_size_and_shows_the_state(
    app_server: AppServer, browser: Any, seeded_db: Path, tmp_path: Path, timings: dict[str, float]
) -> None:
    flt = EventFilter(states=("Carabobo",))
    data = build_map_data(filter_events(load_events(seeded_db), flt))
    assert [row[0] for row in data.states] == ["VE-G"], "the view shades Carabobo only"

    out = tmp_path / "carabobo.png"
    seconds = snapshot_png(
        seeded_db, flt, width=1280, height=800, out=out, app_url=app_server.url, browser=browser
    )
    timings["snapshot, app and chromium already running"] = round(seconds, 2)
    (ARTIFACTS / "snapshot-carabobo.png").write_bytes(out.read_bytes())

    image = Image.open(out).convert("RGB")
    assert image.size == (1280, 800)
    assert max(ImageStat.Stat(image).stddev) > 20, "the picture is not blank"
    map_background = tuple(int(MAP_BACKGROUND[i : i + 2], 16) for i in (1, 3, 5))
    # The only shaded state is the busiest one, so it gets the darkest shade, drawn translucent.
    carabobo = blend(STATE_SHADES[-1], map_background, STATE_FILL_OPACITY)
    assert pixels_near(image, carabobo) > 500, f"no Carabobo shading {carabobo} in {out}"


def test_snapshot_command_starts_its_own_app(
    seeded_db: Path, tmp_path: Path, timings: dict[str, float]
) -> None:
    """`protestmap snapshot` with no --url: the whole thing, as a user runs it."""
    out = tmp_path / "view.png"
    command = [sys.executable, "-m", "dashboard", "snapshot", "--db", str(seeded_db), "--state", "Carabobo",
               "--width", "1000", "--height", "700", "-o", str(out)]  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    timings["snapshot command, cold (starts the app and chromium)"] = round(time.perf_counter() - started, 2)
    assert done.returncode == 0, done.stderr
    assert Image.open(out).size == (1000, 700)


def test_exported_map_works_from_disk_with_no_network(
    browser: Any, seeded_db: Path, tmp_path: Path, request: pytest.FixtureRequest, timings: dict[str, float]
) -> None:
    started = time.perf_counter()
    out = export_map_html(seeded_db, EventFilter(), tmp_path / "map.html")
    timings["export-map (seeds)"] = round(time.perf_counter() - started, 2)
    data = build_map_data(load_events(seeded_db))

    context, guard = new_guarded_context(browser)
    offline = block_all_network(context)  # loopback too: the file must need no server at all
    page = context.new_page()
    try:
        page.goto(out.as_uri())
        shown = wait_for_map_drawn(page, 20, page_errors=guard.page_errors)
        # the first view fits the country most events are in: a rally far abroad may be off-screen
        (south, west), (north, east) = data.bounds or ((-90, -180), (90, 180))
        in_view = sum(row[6] for row in data.places if south <= row[4] <= north and west <= row[5] <= east)
        assert in_view <= shown.visible_events <= sum(row[6] for row in data.places)
        assert shown.shaded_states == tuple(sorted(row[0] for row in data.states))

        # A person clicks a place and reads where the event comes from.
        click_through_to_a_place(page, shown.frame, guard.page_errors)
        popup = shown.frame.locator(".leaflet-popup .pm-popup")
        popup.wait_for()
        assert all(quote.strip() for quote in popup.locator(".pm-excerpt").all_inner_texts()), "it quotes"
        assert popup.locator(".pm-excerpt").count() == popup.locator(".pm-popup-source").count() >= 1
        assert all(cite.strip() for cite in popup.locator(".pm-popup-source").all_inner_texts())
    finally:
        page.screenshot(path=str(ARTIFACTS / "export-map-offline.png"))
        context.close()
    assert offline.blocked == []
    guard.assert_clean()


def put_marker_at_bottom_edge(page: Any, frame: Any, place: tuple[str, float, float]) -> Any:
    """Show `place` alone (zoom 13), its marker's centre 4 px inside the map's bottom edge.
    Returns the map's centre then, and the marker's box."""
    place_id, lat, lon = place
    frame.evaluate("(at) => window.protestmapMap.setView(at, 13, { animate: false })", [lat, lon])
    shown = wait_for_map_drawn(page, 20)
    marker = shown.frame.locator(f'.pm-marker[data-place-id="{place_id}"]')
    frame.evaluate(
        """(marker) => {
            const map = window.protestmapMap;
            const box = marker.getBoundingClientRect();
            const edge = map.getContainer().getBoundingClientRect().bottom;
            map.panBy([0, box.top + box.height / 2 - (edge - 4)], { animate: false });
        }""",
        marker.element_handle(),
    )
    shown = wait_for_map_drawn(page, 20)
    return shown.frame.evaluate("() => window.protestmapMap.getCenter()"), marker.bounding_box()


def test_a_slow_press_on_a_marker_at_the_maps_edge_opens_its_popup(
    browser: Any, seeded_db: Path, tmp_path: Path
) -> None:
    """Leaflet pans a focused marker into view, and a mouse press focuses it. Were that pan kept
    for the mouse, the map would slide from under a slow press and the release miss the marker."""
    out = export_map_html(seeded_db, EventFilter(), tmp_path / "map.html")
    data = build_map_data(load_events(seeded_db))
    busiest = max(data.places, key=lambda row: row[6])
    place = (busiest[0], busiest[4], busiest[5])
    context, guard = new_guarded_context(browser)
    block_all_network(context)
    page = context.new_page()
    try:
        page.goto(out.as_uri())
        frame = wait_for_map_drawn(page, 20, page_errors=guard.page_errors).frame
        _, box = put_marker_at_bottom_edge(page, frame, place)
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + 4)
        page.mouse.down()
        page.wait_for_timeout(600)  # longer than Leaflet's pan animation (250 ms)
        page.mouse.up()
        # (the popup may then pan the map to show itself whole)
        frame.locator(f'.leaflet-popup .pm-popup[data-place-id="{place[0]}"]').wait_for()

        # A keyboard user who tabs to a marker half off the map still has it brought into view.
        frame.evaluate("() => window.protestmapMap.closePopup()")
        centre, _ = put_marker_at_bottom_edge(page, frame, place)
        page.keyboard.press("Tab")  # the last interaction is the keyboard: focus is then shown
        frame.locator(f'.pm-marker[data-place-id="{place[0]}"]').evaluate("(m) => m.parentElement.focus()")
        wait_for_map_drawn(page, 20, page_errors=guard.page_errors)
        assert frame.evaluate("() => window.protestmapMap.getCenter()") != centre
    finally:
        context.close()
    guard.assert_clean()


def test_export_shows_hostile_article_text_as_text(browser: Any, tmp_path: Path) -> None:
    """An excerpt with markup is text in the popup, never a live element (the file has no CSP)."""
    from dashboard import store
    from dashboard.models import Article, Mention

    db = tmp_path / "hostile.db"
    sentence = 'Protest in Valencia <img src=x onerror="alert(1)"></script><script>alert(2)</script>'
    mention = Mention(
        surface="Valencia", start=11, end=19, place_id="geonames:3625549", name="Valencia", level="city",
        country="VE", state="Carabobo", state_code="VE-G", lat=10.162, lon=-68.008, role="protest_site",
        event_type="peaceful_protest", event_date=date(2024, 7, 29), date_precision="day", confidence=0.9,
        sentence=sentence,
    )  # fmt: skip
    conn = store.open_db(db)
    store.save_article(conn, Article(text=sentence, title="t", source="<b>src</b>"), [mention], "test")
    conn.close()
    out = export_map_html(db, EventFilter(), tmp_path / "map.html")
    html = out.read_text(encoding="utf-8")
    assert "<img src=x" not in html and "<script>alert(2)" not in html

    context, guard = new_guarded_context(browser)
    block_all_network(context)
    dialogs: list[str] = []
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.goto(out.as_uri())
        shown = wait_for_map_drawn(page, 20, page_errors=guard.page_errors)
        shown.frame.locator(".pm-marker").first.click()
        excerpt = shown.frame.locator(".leaflet-popup .pm-excerpt")
        excerpt.wait_for()
        assert '<img src=x onerror="alert(1)">' in excerpt.inner_text()
        assert shown.frame.locator(".leaflet-popup img").count() == 0
        assert "<b>src</b>" in shown.frame.locator(".leaflet-popup .pm-popup-source").inner_text()
    finally:
        context.close()
    assert dialogs == []
    guard.assert_clean()


def test_the_apps_png_button_downloads_a_picture_of_the_view(app: Any, tmp_path: Path) -> None:
    """Share → "Make a PNG" renders this view through the same code as `protestmap snapshot`."""
    app.open("state=Carabobo")
    page = app.page
    page.get_by_role("button", name="Share").click()
    page.get_by_role("button", name="Make a PNG of this view (1600×900)").click()
    download_button = page.get_by_role("button", name="Download PNG")
    download_button.wait_for(timeout=90_000)
    with page.expect_download() as caught:
        download_button.click()
    saved = tmp_path / "from-app.png"
    caught.value.save_as(saved)
    with Image.open(saved) as image:
        assert image.size == (1600, 900)
        assert max(ImageStat.Stat(image.convert("L")).var) > 100, "the picture is not blank"


def test_share_and_download_are_built_when_opened_and_show_the_view_then_shown(app: Any) -> None:
    """The toolbar's popovers are filled when opened (test_app.py checks that closed ones send
    nothing): opening one reruns the map's fragment only, and then shows this view's links, the
    localhost note and the files."""
    app.open("state=Carabobo")
    page = app.page
    toolbar = page.locator(".st-key-pm_toolbar")
    run = app.sentinel()
    toolbar.get_by_role("button", name="Share").click()
    links = page.get_by_test_id("stPopoverBody").get_by_test_id("stCode")
    links.first.wait_for()
    assert links.count() == 2
    assert "state=Carabobo" in links.nth(0).inner_text()
    assert "view=present" in links.nth(1).inner_text()
    assert "only here" in page.get_by_test_id("stPopoverBody").inner_text()  # a 127.0.0.1 link
    assert app.sentinel() == run, "opening the popover reran more than the map's fragment"

    page.keyboard.press("Escape")
    toolbar.get_by_role("button", name="Download").click()
    body = page.get_by_test_id("stPopoverBody")
    for name in ("Events (CSV)", "Events (GeoJSON)", "Standalone map (HTML)"):
        body.get_by_role("button", name=name).wait_for()
    with page.expect_download() as caught:
        body.get_by_role("button", name="Events (CSV)").click()
    assert "Carabobo" in Path(caught.value.path()).read_text(encoding="utf-8")
