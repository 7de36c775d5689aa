"""Issue 10: a person fixes a misplaced event on the Review page, and its marker moves on Explore.

Its own database and app (the session's seeded app must not be corrected under the other tests).
Every step waits on the app's own signals (its script state, the map's DOM), never on time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pagekit import AppDriver, PageGuard
from test_events_store import ENGLISH, MARACAY, SPANISH

from dashboard import store
from dashboard.browser import AppServer, wait_for_app_run
from dashboard.events import load_events
from dashboard.ingest import ingest_paths

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def review_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    folder = tmp_path_factory.mktemp("review")
    for name, text in (("en", ENGLISH), ("es", SPANISH), ("maracay", MARACAY)):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    db = folder / "review.db"
    assert not ingest_paths([folder], db).errors
    with AppServer(db) as server:
        yield server


def marker_ids(app: AppDriver) -> set[str]:
    summary = app.wait_for_map()
    ids = summary.frame.evaluate(
        "() => [...document.querySelectorAll('.pm-marker')].map(m => m.getAttribute('data-place-id'))"
    )
    return set(ids)


def choose(page: Any, label: str, option: str) -> None:
    """Pick an option of the Streamlit selectbox labelled `label` (typing filters the list)."""
    box = page.get_by_test_id("stSelectbox").filter(has=page.get_by_text(label, exact=True)).first
    box.locator("input").click()
    box.locator("input").fill(option)
    page.get_by_role("option", name=re.compile(re.escape(option))).first.click()
    wait_for_app_run(page)


def test_fixing_a_misplaced_event_moves_its_marker_on_explore(
    guarded_page: tuple[Any, PageGuard], review_server: AppServer
) -> None:
    page, guard = guarded_page
    app = AppDriver(page, review_server, guard)
    events = load_events(review_server.db_path)
    maracay = str(events.loc[events["name"] == "Maracay", "place_id"].iloc[0])
    app.open("state=Aragua")
    assert marker_ids(app) == {maracay}

    page.goto(review_server.url + "review", wait_until="commit")
    wait_for_app_run(page)
    name = page.get_by_role("textbox", name="Your name")
    name.fill("Ana")
    name.press("Enter")
    wait_for_app_run(page)
    choose(page, "Event", "Maracay")
    search = page.get_by_role("textbox", name="Search the gazetteer by name")
    search.fill("Turmero")
    search.press("Enter")
    wait_for_app_run(page)
    choose(page, "The right place", "Turmero")
    page.get_by_role("button", name="Move the event there").click()
    wait_for_app_run(page)
    page.get_by_text("Moved Maracay to Turmero").wait_for(timeout=30_000)

    with store.open_db(review_server.db_path) as conn:
        [fix] = conn.corrections()
    assert fix.author == "Ana" and fix.place is not None and fix.place.name == "Turmero"
    app.open("state=Aragua")
    moved = marker_ids(app)
    assert moved == {fix.place.place_id}, "the marker is at Turmero now, and Maracay has none"
    marker = app.wait_for_map().frame.locator(f'.pm-marker[data-place-id="{fix.place.place_id}"]')
    assert marker.get_attribute("data-reviewed") == "1"
    assert "pm-reviewed" in (marker.get_attribute("class") or ""), "a corrected place is ringed"


def test_the_review_page_speaks_spanish(
    guarded_page: tuple[Any, PageGuard], review_server: AppServer
) -> None:
    page, _guard = guarded_page
    page.goto(review_server.url + "review?lang=es", wait_until="commit")
    wait_for_app_run(page)
    page.get_by_role("textbox", name="Su nombre").wait_for(timeout=30_000)
    # The actions come with the chosen event, after the name field: wait for them, not count at once.
    page.get_by_role("button", name="Confirmar").wait_for(timeout=30_000)
    assert page.get_by_role("button", name="Confirmar").count() == 1
    assert Path(str(review_server.db_path)).exists()
