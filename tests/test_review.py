"""The Review page (AppTest, one test per action) and its pure core, dashboard/review.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest
from test_events_store import ENGLISH, MARACAY, SPANISH

from dashboard import review, store
from dashboard.events import EventFilter, load_events
from dashboard.ingest import ingest_paths
from dashboard.ui import state

GUACARA = """---
title: Protesta en Guacara
source: El Carabobeño
published: 2024-07-30
language: es
---
Vecinos protestaron el lunes en Guacara, estado Carabobo, contra los resultados.
"""


@pytest.fixture
def review_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in (("en", ENGLISH), ("es", SPANISH), ("maracay", MARACAY), ("guacara", GUACARA)):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "review.db"
    assert not ingest_paths([folder], db).errors
    monkeypatch.setenv("PROTESTMAP_DB", str(db))
    return db


def _review_page() -> None:
    from dashboard.ui import state
    from dashboard.ui.pages import review

    state.init_language()
    review.render()


def events_now(db: Path) -> pd.DataFrame:
    return load_events(db, use_snapshot=False)


def event_id(db: Path, name: str) -> str:
    events = events_now(db)
    return str(events.loc[events["name"] == name, "event_id"].iloc[0])


def page_on(db: Path, name: str, reviewer: str = "Ana") -> AppTest:
    at = AppTest.from_function(_review_page, default_timeout=90)
    at.run()
    assert not at.exception, at.exception
    if reviewer:
        at.text_input(key=state.K_REVIEWER).set_value(reviewer).run()
    at.selectbox(key=state.K_REVIEW_EVENT).set_value(event_id(db, name)).run()
    assert not at.exception, at.exception
    return at


def saved(at: AppTest) -> str:
    assert not at.exception, at.exception
    assert not at.info, [i.value for i in at.info]  # a refusal ("Choose a place first.") is an info
    return "\n".join(str(s.value) for s in at.success)


def test_nothing_is_saved_without_the_reviewers_name(review_db: Path) -> None:
    at = page_on(review_db, "Maracay", reviewer="")
    assert at.button(key=state.K_REVIEW_CONFIRM).disabled
    assert "Type your name above to review." in [w.value for w in at.warning]


def test_the_queue_puts_the_least_confident_first(review_db: Path) -> None:
    at = AppTest.from_function(_review_page, default_timeout=90).run()
    events = events_now(review_db)
    assert (
        at.selectbox(key=state.K_REVIEW_EVENT).value == events.sort_values("confidence")["event_id"].iloc[0]
    )
    assert f"{len(events)} events to check" in "\n".join(str(c.value) for c in at.caption)


def test_confirm_then_undo(review_db: Path) -> None:
    at = page_on(review_db, "Valencia")
    at.button(key=state.K_REVIEW_CONFIRM).click().run()
    assert "Confirmed Valencia" in saved(at)
    valencia = events_now(review_db).set_index("name").loc["Valencia"]
    assert valencia["status"] == "verified"
    with store.open_db(review_db) as conn:
        assert {c.author for c in conn.corrections()} == {"Ana"} and len(conn.corrections()) == 4
    at.button(key=state.K_REVIEW_UNDO).click().run()
    assert not at.exception
    assert events_now(review_db).set_index("name").loc["Valencia", "status"] == "auto"


@pytest.mark.parametrize("key", [state.K_REVIEW_REJECT_SITE, state.K_REVIEW_REJECT_PLACE])
def test_reject(review_db: Path, key: str) -> None:
    at = page_on(review_db, "Maracay")
    at.text_input(key=state.K_REVIEW_NOTE).set_value("not what the article says").run()
    at.button(key=key).click().run()
    assert "Rejected Maracay" in saved(at)
    assert "Maracay" not in set(events_now(review_db)["name"])
    with store.open_db(review_db) as conn:
        [correction] = conn.corrections()
    assert correction.action == "reject" and correction.note == "not what the article says"
    assert correction.role == ("other" if key == state.K_REVIEW_REJECT_SITE else None)


def test_fix_the_place_by_searching_the_gazetteer(review_db: Path) -> None:
    at = page_on(review_db, "Maracay")
    at.text_input(key=state.K_REVIEW_PLACE_QUERY).set_value("Turmero").run()
    choice = at.selectbox(key=state.K_REVIEW_PLACE_CHOICE)
    turmero = next(option for option in choice.options if option.startswith("Turmero"))
    choice.set_value(turmero.split(" · ")[-1]).run()
    at.button(key=state.K_REVIEW_FIX_PLACE).click().run()
    assert "Moved Maracay to Turmero" in saved(at)
    events = events_now(review_db).set_index("name")
    assert "Maracay" not in events.index and events.loc["Turmero", "status"] == "corrected"
    with store.open_db(review_db) as conn:
        [fix] = conn.corrections()
    assert (
        fix.old_values["place_id"] != fix.place_id and fix.place is not None and fix.place.name == "Turmero"
    )


def test_fix_the_role(review_db: Path) -> None:
    at = page_on(review_db, "Maracay")
    at.selectbox(key=state.K_REVIEW_ROLE).set_value("other").run()
    at.button(key=state.K_REVIEW_FIX_ROLE).click().run()
    assert "Changed the role of Maracay" in saved(at)
    assert "Maracay" not in set(events_now(review_db)["name"])


def test_fix_the_type(review_db: Path) -> None:
    at = page_on(review_db, "Maracay")
    at.selectbox(key=state.K_REVIEW_TYPE).set_value("excessive_force").run()
    at.button(key=state.K_REVIEW_FIX_TYPE).click().run()
    assert "Changed the type of Maracay" in saved(at)
    maracay = events_now(review_db).set_index("name").loc["Maracay"]
    assert (maracay["event_type"], maracay["status"]) == ("excessive_force", "corrected")


def test_fix_the_date(review_db: Path) -> None:
    at = page_on(review_db, "Maracay")
    at.date_input(key=state.K_REVIEW_DATE).set_value(date(2024, 8, 2)).run()
    at.button(key=state.K_REVIEW_FIX_DATE).click().run()
    assert "Changed the date of Maracay" in saved(at)
    assert events_now(review_db).set_index("name").loc["Maracay", "event_date"] == pd.Timestamp("2024-08-02")


def test_merge_two_events(review_db: Path) -> None:
    at = page_on(review_db, "Valencia")
    at.selectbox(key=state.K_REVIEW_MERGE_WITH).set_value(event_id(review_db, "Guacara")).run()
    at.button(key=state.K_REVIEW_MERGE).click().run()
    assert "Merged Guacara into Valencia" in saved(at)
    events = events_now(review_db).set_index("name")
    assert "Guacara" not in events.index
    assert events.loc["Valencia", "n_articles"] == 3 and events.loc["Valencia", "status"] == "corrected"


def test_split_one_article_out(review_db: Path) -> None:
    at = page_on(review_db, "Valencia")
    articles = at.selectbox(key=state.K_REVIEW_SPLIT_ARTICLE).options
    assert len(articles) == 2
    at.button(key=state.K_REVIEW_SPLIT).click().run()
    assert "Split one article's report out of Valencia" in saved(at)
    valencia = events_now(review_db).query("name == 'Valencia'")
    assert sorted(valencia["n_articles"]) == [1, 1]
    assert sorted(valencia["status"]) == ["auto", "corrected"], (
        "the article split out makes the corrected one"
    )


def test_add_a_missed_place_by_picking_its_words(review_db: Path) -> None:
    at = page_on(review_db, "Maracay")
    words = at.select_slider(key=state.K_REVIEW_ADD_WORDS)
    vecinos = next(i for i, label in enumerate(words.options) if label == "Vecinos")
    words.set_value((vecinos, vecinos)).run()
    assert "Selected: **Vecinos**" in "\n".join(str(m.value) for m in at.markdown)
    at.text_input(key=state.K_REVIEW_ADD_QUERY).set_value("Tocorón").run()
    place = at.selectbox(key=state.K_REVIEW_ADD_PLACE)
    assert place.options, "the gazetteer knows Tocorón"
    place.set_value(place.options[0].split(" · ")[-1]).run()
    at.button(key=state.K_REVIEW_ADD).click().run()
    assert "Added Vecinos at Tocorón" in saved(at)
    added = events_now(review_db).set_index("name").loc["Tocorón"]
    assert added["status"] == "corrected"
    with store.open_db(review_db) as conn:
        [add] = conn.corrections()
        text = conn.article_texts([add.article_id])[add.article_id]
    assert text[add.start : add.end] == "Vecinos" == add.surface


def test_add_a_missed_place_by_pasting_a_selection(review_db: Path) -> None:
    at = page_on(review_db, "Maracay")
    at.text_input(key=state.K_REVIEW_ADD_SELECTION).set_value("un  cacerolazo").run()
    assert "Selected: **un cacerolazo**" in "\n".join(str(m.value) for m in at.markdown)


# --- dashboard/review.py ----------------------------------------------------------------------------------

TEXT = "Primera frase. Vecinos protestaron el martes en San Juan de los Morros con un cacerolazo. Fin."


def test_words_of_the_sentence_carry_their_spans_in_the_article() -> None:
    at = TEXT.index("San Juan")
    words = review.words_around(TEXT, at, at + 3)
    assert words[0].text == "Vecinos" and words[-1].text == "."
    for word in words:
        assert TEXT[word.start : word.end] == word.text
    first = next(i for i, w in enumerate(words) if w.text == "San")
    last = next(i for i, w in enumerate(words) if w.text == "Morros")
    start, end = review.selection_span(words, last, first)  # either order
    assert TEXT[start:end] == "San Juan de los Morros"


@pytest.mark.parametrize(
    ("selected", "found"),
    [("San Juan de los Morros", "San Juan de los Morros"), ("San  Juan\nde los", "San Juan de los"),
     ("", None), ("Barquisimeto", None)],
)  # fmt: skip
def test_a_pasted_selection_is_found_in_the_text(selected: str, found: str | None) -> None:
    span = review.span_of_selection(TEXT, selected, TEXT.index("Vecinos"))
    assert (TEXT[span[0] : span[1]] if span else None) == found


def test_the_queue_is_filtered_like_explore_and_sorted_by_confidence(review_db: Path) -> None:
    events = events_now(review_db)
    queue = review.review_queue(events, EventFilter(states=("Carabobo",)))
    assert set(queue["name"]) == {"Valencia", "Guacara"}
    assert list(queue["confidence"]) == sorted(queue["confidence"])
    assert review.review_queue(events, EventFilter(statuses=("verified",))).empty
