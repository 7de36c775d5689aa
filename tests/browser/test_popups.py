"""Issue 12, item 7: the map's data carries no article text; a popup's articles come with the
selection that opening it makes (a click, or a ``?place=`` permalink), escaped as text, with
only http(s) links. What the popup shows is checked against `mapview.place_popup` on the same
database (tests/test_mapview.py checks that the app's map data itself has no article text)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pagekit import AppDriver, artifact_path, new_guarded_context

from dashboard import events, mapview
from dashboard.browser import AppServer, wait_for_popup

pytestmark = pytest.mark.browser

CATIA = "supp:catia"
"""A place of the shipped articles (a Caracas neighbourhood)."""


def expected_popup(db: Path, place_id: str) -> dict[str, Any]:
    map_data = mapview.build_map_data(events.load_events(db))
    popup = mapview.place_popup(map_data, place_id, events.load_excerpts(db))
    assert popup is not None and popup["reports"], f"{place_id} has articles to quote"
    return popup


def popup_reports(frame: Any, place_id: str) -> list[tuple[str, str | None]]:
    """The open popup's quotes, each with its link (None when it has none), once they are in."""
    popup = frame.locator(f'.leaflet-popup .pm-popup[data-place-id="{place_id}"]')
    popup.locator(".pm-excerpt").first.wait_for(timeout=30_000)
    assert popup.locator(".pm-popup-loading").count() == 0
    quotes = popup.locator(".pm-excerpt").all_inner_texts()
    cites = popup.locator(".pm-popup-source")
    links = [
        cites.nth(i).locator("a").get_attribute("href") if cites.nth(i).locator("a").count() else None
        for i in range(cites.count())
    ]
    return list(zip(quotes, links, strict=True))


def test_a_place_permalink_opens_its_popup_with_its_articles(app: AppDriver, seeded_db: Path) -> None:
    shown = app.open(f"place={CATIA}")
    wait_for_popup(app.page, timeout=30)
    expected = expected_popup(seeded_db, CATIA)
    assert popup_reports(shown.frame, CATIA) == [(r[2], r[1]) for r in expected["reports"]]


def test_clicking_a_marker_fetches_and_shows_that_places_articles(app: AppDriver, seeded_db: Path) -> None:
    """Each click shows the clicked place's own articles, never the previous popup's."""
    shown = app.open()
    markers = shown.frame.locator(".pm-marker[data-place-id]")
    clicked = []
    for index in range(min(2, markers.count())):
        marker = shown.frame.locator(".pm-marker[data-place-id]").nth(index)
        place_id = marker.get_attribute("data-place-id")
        assert place_id is not None
        run = app.sentinel()
        marker.dispatch_event("click")
        app.wait_for_run(run)
        expected = expected_popup(seeded_db, place_id)
        assert popup_reports(shown.frame, place_id) == [(r[2], r[1]) for r in expected["reports"]]
        clicked.append(place_id)
        shown.frame.evaluate("() => window.protestmapMap.closePopup()")
    assert len(set(clicked)) == len(clicked) >= 1


HOSTILE = 'Protest in Valencia <img src=x onerror="alert(1)"></script><script>alert(2)</script>'


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    """One place, reported by two articles: one with markup in its sentence and a javascript:
    URL, one with an http URL and markup in its source's name."""
    from dashboard import store
    from dashboard.models import Article, Mention

    db = tmp_path_factory.mktemp("hostile-popup") / "hostile.db"
    with store.open_db(db) as conn:
        for text, source, url in (
            (HOSTILE, "Wire", "javascript:alert(3)"),
            (HOSTILE + " Again.", "<b>src</b>", "https://example.org/valencia"),
        ):
            mention = Mention(
                surface="Valencia", start=11, end=19, place_id="geonames:3625549", name="Valencia",
                level="city", country="VE", state="Carabobo", state_code="VE-G", lat=10.162, lon=-68.008,
                role="protest_site", event_type="peaceful_protest", event_date=date(2024, 7, 29),
                date_precision="day", confidence=0.9, sentence=HOSTILE,
            )  # fmt: skip
            conn.save_article(Article(text=text, title="t", source=source, url=url), [mention], "test")
    with AppServer(db) as server:
        yield server


def test_a_fetched_popup_shows_hostile_text_as_text_and_only_safe_links(
    browser: Any, hostile_app: AppServer, request: pytest.FixtureRequest
) -> None:
    context, guard = new_guarded_context(browser)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    app = AppDriver(page, hostile_app, guard)
    try:
        shown = app.open()
        run = app.sentinel()
        shown.frame.locator(".pm-marker[data-place-id]").first.dispatch_event("click")
        app.wait_for_run(run)
        reports = popup_reports(shown.frame, "geonames:3625549")
        assert [quote for quote, _ in reports] == [HOSTILE, HOSTILE]
        assert sorted(link or "" for _, link in reports) == ["", "https://example.org/valencia"]
        popup = shown.frame.locator(".leaflet-popup .pm-popup")
        assert popup.locator("img, script").count() == 0
        assert popup.locator("mark").first.inner_text() == "Valencia"
        assert any("<b>src</b>" in cite for cite in popup.locator(".pm-popup-source").all_inner_texts())
    finally:
        page.screenshot(path=str(artifact_path(request)))
        context.close()
    assert dialogs == []
    guard.assert_clean()
