"""The dashboard driven through Streamlit's AppTest against a real, seeded SQLite database.

Widgets are found by the keys named in dashboard/ui/state.py; the counts are read from the
st.metric elements. The map itself is a custom component that AppTest does not render: it is
tested through dashboard.mapview in test_mapview.py.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import geoparse, store
from dashboard.i18n import Translator
from dashboard.models import Article, Mention
from dashboard.ui import state
from dashboard.ui.components.excerpts import CARD_SEPARATOR
from dashboard.ui.components.timeline import TIME_UNITS, timeline_counts, timeline_spec, tooltips

APP = str(Path(__file__).resolve().parents[1] / "dashboard" / "app.py")
XSS = "<script>alert(1)</script> y <img src=x onerror=alert(1)>"


def mention(
    name: str, level: str, state_name: str, code: str, lat: float, lon: float, sentence: str,
    event_type: str | None, day: date | None, confidence: float = 0.9, role: str = "protest_site",
) -> Mention:  # fmt: skip
    return Mention(
        surface=name, start=0, end=len(name), place_id=f"test:{name.lower().replace(' ', '-')}", name=name,
        level=level, country="VE", state=state_name, state_code=code, lat=lat, lon=lon, role=role,
        event_type=event_type, event_date=day, date_precision="day" if day else None,
        confidence=confidence, sentence=sentence,
    )  # fmt: skip


SEED: list[tuple[Article, list[Mention]]] = [
    (
        Article(
            text="Protestas en Valencia y en todo Carabobo.",
            title="Cacerolazo en Valencia",
            source="El Pitazo",
            url="https://elpitazo.example/valencia",
            published=date(2024, 7, 29),
        ),
        [
            mention(
                "Valencia",
                "city",
                "Carabobo",
                "VE-G",
                10.16,
                -68.0,
                "Protestas en Valencia esta noche.",
                "peaceful_protest",
                date(2024, 7, 29),
            ),
            mention(
                "Carabobo",
                "state",
                "Carabobo",
                "VE-G",
                10.1,
                -68.1,
                "Hubo protestas en todo Carabobo.",
                "peaceful_protest",
                date(2024, 7, 30),
                0.7,
            ),
        ],
    ),
    (
        Article(
            text="Detenciones en Petare; represión en Los Teques.",
            title="Detenidos en Miranda",
            source="Efecto Cocuyo",
            url="https://efectococuyo.example/miranda",
            published=date(2024, 8, 3),
        ),
        [
            mention(
                "Petare",
                "neighbourhood",
                "Miranda",
                "VE-M",
                10.48,
                -66.81,
                "Detuvieron a diez en Petare.",
                "arrests",
                date(2024, 8, 2),
            ),
            mention(
                "Los Teques",
                "city",
                "Miranda",
                "VE-M",
                10.34,
                -67.04,
                "Represión en Los Teques.",
                "excessive_force",
                date(2024, 8, 3),
                0.4,
            ),
            mention(
                "Caracas",
                "city",
                "Distrito Capital",
                "VE-A",
                10.49,
                -66.88,
                "Desde Caracas informó.",
                None,
                None,
                0.9,
                role="other",
            ),
        ],
    ),
    (
        Article(
            text=f"Vecinos de Maracaibo gritaron {XSS}.",
            title="Maracaibo <b>hoy</b>",
            source="Runrunes",
            url="javascript:alert(1)",
            published=date(2024, 8, 5),
        ),
        [
            mention(
                "Maracaibo",
                "city",
                "Zulia",
                "VE-V",
                10.65,
                -71.64,
                f"Vecinos de Maracaibo gritaron {XSS}.",
                "protest_with_intervention",
                date(2024, 8, 5),
            ),
            mention(
                "Caracas",
                "city",
                "Distrito Capital",
                "VE-A",
                10.49,
                -66.88,
                "Caracas marchó sin fecha.",
                "peaceful_protest",
                None,
                0.9,
            ),
        ],
    ),
]
TOTAL_EVENTS = 6  # the "other" mention of Caracas is not an event


def seed_db(path: Path) -> Path:
    conn = store.open_db(path)
    try:
        for article, mentions in SEED:
            store.save_article(conn, article, mentions, geoparse.EXTRACTOR_VERSION)
    finally:
        conn.close()
    return path


@pytest.fixture
def seeded_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = seed_db(tmp_path / "seeded.db")
    monkeypatch.setenv("PROTESTMAP_DB", str(path))
    return path


def run_app(params: dict[str, str | list[str]] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def metrics(at: AppTest) -> dict[str, int]:
    return {m.label.lower(): int(str(m.value).replace(",", "")) for m in at.metric}


def texts(at: AppTest) -> str:
    return "\n".join(
        str(e.value) for e in [*at.markdown, *at.caption, *at.warning, *at.info, *at.title, *at.html]
    )


def cards(at: AppTest) -> str:
    """The excerpt cards of the page shown (one st.html element)."""
    return "\n".join(str(e.value) for e in at.html if 'class="pm-cards"' in str(e.value))


def test_all_events_are_counted_on_first_view(seeded_db: Path) -> None:
    at = run_app()
    assert metrics(at) == {"events": TOTAL_EVENTS, "places": 6, "states": 4, "articles": 3}
    assert "View ready · run 1 · 6 events in view" in texts(at)


def test_without_a_browser_the_details_do_not_wait_for_the_map(seeded_db: Path) -> None:
    """AppTest renders no component, so no "drawn" report would ever come: the numbers, the
    timeline and the excerpts must come in the same run (a browser's run would show a note)."""
    at = run_app()
    assert at.session_state[state.K_DETAILS_WAITING] is None
    assert "follow as soon as the map is drawn" not in texts(at)
    assert len(at.metric) == 4 and any(s.value == "Excerpts" for s in at.subheader)


@pytest.mark.parametrize(
    ("key", "value", "events"),
    [
        (state.K_STATES, ["Carabobo"], 2),
        (state.K_STATES, ["Miranda", "Zulia"], 3),
        (state.K_TYPES, ["arrests"], 1),
        (state.K_TYPES, ["peaceful_protest", "excessive_force"], 4),
        (state.K_SOURCES, ["Runrunes"], 2),
        (state.K_SEARCH, "teques", 2),  # the article that names Los Teques: both of its events
        (state.K_SEARCH, "no such words anywhere", 0),
        (state.K_CONFIDENCE, 0.5, 5),
        (state.K_CONFIDENCE, 0.95, 0),
    ],
)
def test_each_filter_changes_the_counts(seeded_db: Path, key: str, value: object, events: int) -> None:
    at = run_app()
    widget = at.text_input(key=key) if key == state.K_SEARCH else (
        at.slider(key=key) if key == state.K_CONFIDENCE else at.multiselect(key=key)
    )  # fmt: skip
    widget.set_value(value).run()
    assert not at.exception
    assert metrics(at)["events"] == events
    assert f"{events} events in view" in texts(at)


@pytest.mark.parametrize("spelling", ["represión", "represion", "REPRESION", "Represión Teques"])
def test_search_ignores_accents_and_case_and_reads_the_whole_article(seeded_db: Path, spelling: str) -> None:
    """Issue 12: full-text search (the store's FTS5 index) over the article's whole text, and the
    words highlighted in the excerpts."""
    at = run_app()
    at.text_input(key=state.K_SEARCH).set_value(spelling).run()
    assert metrics(at)["events"] == 2  # Petare and Los Teques, from the article that says "represión"
    assert "<mark>Represión</mark>" in cards(at)
    assert at.query_params["q"] == spelling


def test_a_state_filter_leaves_only_that_states_events(seeded_db: Path) -> None:
    at = run_app()
    at.multiselect(key=state.K_STATES).set_value(["Miranda"]).run()
    assert metrics(at) == {"events": 2, "places": 2, "states": 1, "articles": 1}
    shown = texts(at)
    assert "<strong>Petare</strong>" in shown and "<strong>Los Teques</strong>" in shown
    assert "Valencia" not in shown and "Maracaibo" not in shown
    assert at.subheader[0].value == "Protests in Miranda, 29 July – 5 August 2024"  # the view's title


def test_the_date_slider_narrows_dated_events_and_keeps_undated_ones(seeded_db: Path) -> None:
    at = run_app()
    slider = at.slider(key=state.K_DATES)
    assert slider.value == (date(2024, 7, 29), date(2024, 8, 5))
    slider.set_value((date(2024, 8, 1), date(2024, 8, 3))).run()
    # Petare (2 Aug), Los Teques (3 Aug), and undated Caracas.
    assert metrics(at)["events"] == 3
    assert at.query_params["from"] == "2024-08-01"
    assert at.query_params["to"] == "2024-08-03"


def test_reset_brings_everything_back(seeded_db: Path) -> None:
    at = run_app()
    at.multiselect(key=state.K_STATES).set_value(["Zulia"]).run()
    at.slider(key=state.K_CONFIDENCE).set_value(0.5).run()
    assert metrics(at)["events"] == 1
    at.button(key=state.K_RESET).click().run()
    assert metrics(at)["events"] == TOTAL_EVENTS
    assert at.multiselect(key=state.K_STATES).value == []
    assert dict(at.query_params) == {}


def test_the_url_reproduces_the_view(seeded_db: Path) -> None:
    first = run_app()
    first.multiselect(key=state.K_STATES).set_value(["Miranda", "Carabobo"]).run()
    first.slider(key=state.K_DATES).set_value((date(2024, 7, 30), date(2024, 8, 5))).run()
    first.slider(key=state.K_CONFIDENCE).set_value(0.5).run()
    params = dict(first.query_params)
    assert params == {"from": "2024-07-30", "state": ["Miranda", "Carabobo"], "conf": "0.5"}

    second = run_app(params)
    assert metrics(second) == metrics(first)
    assert second.multiselect(key=state.K_STATES).value == ["Miranda", "Carabobo"]
    assert second.slider(key=state.K_CONFIDENCE).value == 0.5
    assert dict(second.query_params) == params


def test_a_selected_place_in_the_url_shows_only_its_sentences(seeded_db: Path) -> None:
    at = run_app({"place": "test:petare"})
    assert any(s.value == "Excerpts about Petare" for s in at.subheader)
    shown = cards(at)
    assert "<strong>Petare</strong>" in shown and "Los Teques" not in shown
    at.button(key=state.K_CLEAR_SELECTION).click().run()
    assert "place" not in at.query_params
    assert "Los Teques" in cards(at)


def test_invalid_and_stale_parameters_are_dropped_with_a_note(seeded_db: Path) -> None:
    at = run_app({"state": ["Atlantis", "Zulia"], "from": "29/07/2024", "conf": "lots", "place": "gone:1"})
    notes = "\n".join(str(w.value) for w in at.warning).replace("\\", "")  # shown escaped
    assert "state='Atlantis'" in notes
    assert "from='29/07/2024'" in notes
    assert "conf='lots'" in notes
    assert "place='gone:1'" in notes
    assert metrics(at)["events"] == 1  # Zulia survived
    assert at.query_params["state"] == "Zulia"


def test_screenshot_mode_shows_only_title_map_and_credits(seeded_db: Path) -> None:
    at = run_app({"state": ["Carabobo", "Miranda"], "view": "present"})
    assert at.title[0].value == "Protests in Carabobo and Miranda, 29 July – 5 August 2024"
    assert len(at.sidebar.multiselect) == 0 and len(at.multiselect) == 0
    assert len(at.metric) == 0 and len(at.button) == 0, "no counters, no buttons: title, map, credits"
    captions = "\n".join(str(c.value).replace("\\", "") for c in at.caption)
    assert "GeoNames (CC BY 4.0)" in captions and "Made " in captions
    assert "Reports: Efecto Cocuyo, El Pitazo." in captions, "the picture credits the outlets shown"


def test_article_text_is_escaped_in_the_excerpts(seeded_db: Path) -> None:
    at = run_app({"state": "Zulia"})
    shown = cards(at)
    assert "&lt;script&gt;" in shown and "&lt;img src=x onerror=alert(1)&gt;" in shown
    assert "<script>" not in shown and "<img" not in shown
    assert "Maracaibo &lt;b&gt;hoy&lt;/b&gt;" in shown
    assert "javascript:alert(1)" in shown and 'href="javascript:' not in shown  # text, not a link


def test_an_empty_database_shows_a_helpful_empty_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROTESTMAP_DB", str(tmp_path / "nothing-here.db"))
    at = run_app()
    assert "no events in the database yet" in at.info[0].value
    assert "protestmap ingest" in at.info[0].value
    assert len(at.metric) == 0


def _add_articles_page() -> None:
    from dashboard.ui.pages import add_articles

    add_articles.render()


def test_pasting_an_article_previews_places_and_stores_it(seeded_db: Path) -> None:
    at = AppTest.from_function(_add_articles_page, default_timeout=60)
    at.run()
    at.text_area(key=state.K_ADD_TEXT).set_value(
        "Miles de personas protestaron el lunes en Maracay, estado Aragua, contra los resultados del CNE."
    )
    at.text_input(key=state.K_ADD_TITLE).set_value("Protesta en Maracay")
    at.text_input(key=state.K_ADD_SOURCE).set_value("Test Source")
    at.text_input(key=state.K_ADD_URL).set_value("https://example.org/maracay")
    at.date_input(key=state.K_ADD_DATE).set_value(date(2024, 7, 29))
    at.button(key=state.K_ADD_PREVIEW).click().run()
    assert not at.exception, at.exception
    preview = at.dataframe[0].value
    assert "Maracay" in list(preview["place"])
    at.button(key=state.K_ADD_SAVE).click().run()
    assert not at.exception, at.exception
    assert "Stored: 1 new" in at.success[0].value
    # ...and a link that opens Explore at this article's events
    article_id = store.article_id(at.text_area(key=state.K_ADD_TEXT).value)
    links = [m.value for m in at.markdown if "?article=" in m.value]
    assert links == [f"[Show these events on the map](./?article={article_id}&lang=en)"]
    explore = run_app({"article": article_id})
    assert metrics(explore)["articles"] == 1 and metrics(explore)["events"] >= 1
    conn = store.open_db(seeded_db)
    try:
        titles = [row[0] for row in conn.execute("SELECT title FROM articles")]
    finally:
        conn.close()
    assert "Protesta en Maracay" in titles


def test_the_screenshot_toggle(seeded_db: Path) -> None:
    at = run_app({"state": "Zulia"})
    at.toggle(key=state.K_PRESENT_TOGGLE).set_value(True).run()
    assert at.title[0].value == "Protests in Zulia, 29 July – 5 August 2024"
    assert at.query_params["view"] == "present"
    assert at.query_params["state"] == "Zulia"
    assert len(at.multiselect) == 0


@pytest.mark.parametrize(
    ("days", "unit"),
    [(1, "day"), (120, "day"), (121, "week"), (840, "week"), (841, "month")],
)
def test_the_timeline_is_aggregated_before_charting(days: int, unit: str) -> None:
    frame = pd.DataFrame(
        {
            "event_date": pd.to_datetime(["2024-07-29"] * 3 + [None]).append(
                pd.DatetimeIndex([pd.Timestamp("2024-07-29") + pd.Timedelta(days=days - 1)])
            ),
            "event_type": pd.Categorical(["arrests", "arrests", None, "arrests", "peaceful_protest"]),
        }
    )
    counts, got = timeline_counts(frame)
    assert got == unit
    assert counts["events"].sum() == 4  # the undated event is not on the timeline
    assert set(counts["type"]) == {"arrests", "unspecified", "peaceful_protest"}  # named when drawn


@pytest.mark.parametrize(
    ("days", "unit", "first_days"),
    [(30, "day", None), (200, "week", {"Monday"}), (900, "month", {1})],
)
def test_the_timelines_bars_and_tooltip_start_on_the_day_its_counts_do(
    days: int, unit: str, first_days: set[object] | None
) -> None:
    """A week is counted from Monday; Vega-Lite's week starts on Sunday, so the chart must not
    floor the periods again (a "binned" time unit), and the tooltip shows the period as counted
    (a week's tooltip said the Sunday before its Monday), in the UI's language."""
    start = pd.Timestamp("2024-07-31")  # a Wednesday, mid-month
    frame = pd.DataFrame(
        {
            "event_date": pd.DatetimeIndex([start + pd.Timedelta(days=d) for d in range(0, days, 3)]),
            "event_type": "arrests",
        }
    )
    counts, got = timeline_counts(frame)
    assert got == unit
    if unit == "week":
        assert set(counts["period"].dt.day_name()) == first_days
    elif unit == "month":
        assert set(counts["period"].dt.day) == first_days
    spec = timeline_spec(unit, Translator())
    assert spec["encoding"]["x"]["field"] == "period"
    assert spec["encoding"]["x"]["timeUnit"] == {"unit": TIME_UNITS[unit], "binned": True}
    assert spec["encoding"]["tooltip"] == {"field": "tip", "type": "nominal"}  # written in pandas
    tips = tooltips(counts.assign(type="Arrests"), unit, Translator())
    first = counts["period"].iloc[0].date()
    assert (
        tips.iloc[0]
        == {
            "day": f"{Translator().date(first)} · Arrests · 1 event",
            "week": f"week of {Translator().date(first)} · Arrests · 2 events",
            "month": f"{Translator().month_year(first)} · Arrests · 1 event",
        }[unit]
    )
    assert (
        tooltips(counts.assign(type="Arrestos"), unit, Translator("es"))
        .iloc[0]
        .startswith(
            {
                "day": "31 de julio de 2024",
                "week": "semana del 29 de julio de 2024",
                "month": "julio de 2024",
            }[unit]
        )
    )


def test_an_article_with_no_publication_date_says_so(
    shipped_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped Wikipedia texts have no date: the page says so rather than guessing one."""
    monkeypatch.setenv("PROTESTMAP_DB", str(shipped_db))
    at = run_app({"source": "English Wikipedia"})
    shown = cards(at)
    assert "publication date unknown" in shown


def test_the_excerpts_list_ten_events_a_page_each_article_in_one_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ten cards a page (the browser draws them after the map, on its one main thread), all in
    one Markdown element, a rule between two: the place, its caption line, and each article's
    title line with its sentences about the event."""
    towns = [f"Pueblo {n}" for n in range(1, 13)]
    article = Article(
        text=" ".join(f"Protesta en {town}." for town in towns),
        title="Protestas en doce pueblos",
        source="El Pitazo",
        url="https://elpitazo.example/doce",
        published=date(2024, 8, 1),
    )
    mentions = [
        mention(town, "city", "Lara", "VE-K", 10.0 + n / 100, -69.3, f"Protesta en {town}.",
                "peaceful_protest", date(2024, 7, 29))
        for n, town in enumerate(towns)
    ]  # fmt: skip
    conn = store.open_db(tmp_path / "twelve.db")
    try:
        store.save_article(conn, article, mentions, geoparse.EXTRACTOR_VERSION)
    finally:
        conn.close()
    monkeypatch.setenv("PROTESTMAP_DB", str(tmp_path / "twelve.db"))

    at = run_app()
    assert "Events 1–10 of 12, each with the articles that report it." in texts(at)
    pages = [str(m.value) for m in at.html if "<strong>Protestas en doce pueblos</strong>" in str(m.value)]
    assert len(pages) == 1
    page_cards = pages[0].split(CARD_SEPARATOR)
    assert len(page_cards) == 10
    for card in page_cards:
        head, article, sentence = re.findall(r"<p[^>]*>(.*?)</p>", card)
        place, caption = head.split("<br>")
        assert place.startswith("<strong>Pueblo ") and caption.startswith('<span class="pm-meta">Pueblo ')
        assert article.startswith(
            "<strong>Protestas en doce pueblos</strong> · El Pitazo · published 1 August 2024"
        )
        assert sentence.startswith("Protesta en <strong>Pueblo ")
    at.number_input(key=state.K_EXCERPT_PAGE).set_value(2).run()
    assert "Events 11–12 of 12, each with the articles that report it." in texts(at)
    pages = [str(m.value) for m in at.html if "<strong>Protestas en doce pueblos</strong>" in str(m.value)]
    assert [len(page.split(CARD_SEPARATOR)) for page in pages] == [2]


def test_share_and_download_send_their_content_only_while_open(seeded_db: Path) -> None:
    """The map's fragment reruns on every filter change: its closed popovers must send nothing."""
    at = run_app({"state": "Carabobo"})
    assert len(at.code) == 0 and len(at.get("download_button")) == 0
    at.session_state[state.K_SHARE_OPEN] = True
    at.run()
    assert not at.exception
    assert [c.value.split("?", 1)[1] for c in at.code] == ["state=Carabobo", "state=Carabobo&view=present"]
    assert len(at.get("download_button")) == 0
    at.session_state[state.K_SHARE_OPEN] = False
    at.session_state[state.K_DOWNLOADS_OPEN] = True
    at.run()
    assert len(at.code) == 0
    assert [b.proto.label for b in at.get("download_button")] == [
        "Events (CSV)", "Events (GeoJSON)", "Standalone map (HTML)",
    ]  # fmt: skip
