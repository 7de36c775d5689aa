"""Filters <-> URL query parameters (the permalink), and the view described in words."""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import parse_qs, urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard import permalink
from dashboard.events import EventFilter
from dashboard.i18n import Translator
from dashboard.ui.state import (
    Domain,
    Filters,
    describe_span,
    describe_view,
    filters_from_params,
    filters_to_params,
)

DOMAIN = Domain(
    date_min=date(2024, 7, 28),
    date_max=date(2024, 9, 30),
    states=("Carabobo", "Distrito Capital", "Miranda", "Zulia"),
    event_types=("arrests", "excessive_force", "peaceful_protest"),
    sources=("Efecto Cocuyo", "El Pitazo", "Runrunes & Co"),
    place_ids=frozenset({"geonames:3625549", "test:petare"}),
    max_sources=4,
)


def as_url_and_back(params: dict[str, str | list[str]]) -> dict[str, list[str]]:
    """What a browser gives back: the query string encoded, then parsed again."""
    return parse_qs(urlencode(params, doseq=True), keep_blank_values=True)


filters_strategy = st.builds(
    Filters,
    date_from=st.one_of(st.none(), st.dates(DOMAIN.date_min, DOMAIN.date_max)),  # type: ignore[arg-type]
    date_to=st.none(),
    states=st.lists(st.sampled_from(DOMAIN.states), unique=True).map(tuple),
    event_types=st.lists(st.sampled_from(DOMAIN.event_types), unique=True).map(tuple),
    sources=st.lists(st.sampled_from(DOMAIN.sources), unique=True).map(tuple),
    search=st.text(min_size=0, max_size=40).map(str.strip),
    min_confidence=st.sampled_from([0.0, 0.05, 0.5, 0.95, 1.0]),
    selected=st.sampled_from([None, "test:petare", "state:Zulia", "geonames:3625549"]),
    hide_undated=st.booleans(),
    article_ids=st.lists(st.sampled_from(["a" * 64, "0123456789abcdef" * 4]), unique=True).map(tuple),
    viewport=st.sampled_from([None, "10.4806,-66.9036,11", "-23.5500,-46.6400,5"]),
    base=st.sampled_from(["", "osm"]),
    min_sources=st.sampled_from([0, 2, 4]),
    statuses=st.lists(st.sampled_from(["auto", "verified", "corrected"]), unique=True).map(tuple),
)


@given(filters_strategy)
def test_the_permalink_round_trip_is_lossless(filters: Filters) -> None:
    back, notes = filters_from_params(as_url_and_back(filters_to_params(filters)), DOMAIN)
    assert notes == []
    assert back == filters


def test_default_filters_make_an_empty_query() -> None:
    assert filters_to_params(Filters()) == {}
    assert filters_to_params(Filters(), present=True) == {"view": "present"}


@pytest.mark.parametrize(
    ("query", "expected", "note"),
    [
        ("state=Atlantis&state=Zulia", Filters(states=("Zulia",)), "state='Atlantis'"),
        ("from=29%2F07%2F2024", Filters(), "from='29/07/2024'"),
        ("from=2024-02-30", Filters(), "from='2024-02-30'"),
        ("to=2023-01-01", Filters(), "outside the data"),
        ("from=2024-09-01&to=2024-08-01", Filters(), "the start is after the end"),
        ("conf=lots", Filters(), "conf='lots'"),
        ("conf=7", Filters(), "conf='7'"),
        ("type=riot", Filters(), "type='riot'"),
        ("source=Fox", Filters(), "source='Fox'"),
        ("place=geonames%3A1", Filters(), "place='geonames:1'"),
        ("place=state%3AAtlantis", Filters(), "place='state:Atlantis'"),
        ("view=weird", Filters(), "view='weird'"),
        ("undated=show", Filters(), "undated='show'"),
        ("at=10.5,-66.9", Filters(), "at='10.5,-66.9'"),
        ("at=95,-66.9,11", Filters(), "at='95,-66.9,11'"),
        ("at=10.5,-66.9,40", Filters(), "at='10.5,-66.9,40'"),
        ("base=satellite", Filters(), "base='satellite'"),
        ("article=..%2Fetc", Filters(), "article='../etc'"),
        ("lang=fr", Filters(), "lang='fr'"),
        ("state=carabobbo", Filters(), "did you mean 'Carabobo'"),
        ("min_sources=5", Filters(), "min_sources='5'"),
        ("min_sources=two", Filters(), "min_sources='two'"),
        ("status=approved&status=verified", Filters(statuses=("verified",)), "status='approved'"),
    ],
)
def test_bad_parameters_are_dropped_with_a_note(query: str, expected: Filters, note: str) -> None:
    filters, notes = filters_from_params(parse_qs(query), DOMAIN)
    assert filters == expected
    assert len(notes) == 1 and note in notes[0]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("state=zulia", Filters(states=("Zulia",))),
        ("state=DISTRITO+CAPITAL&state=Miranda", Filters(states=("Distrito Capital", "Miranda"))),
        ("undated=hide", Filters(hide_undated=True)),
        ("at=10.48061,-66.90361,11", Filters(viewport="10.4806,-66.9036,11")),
        ("base=osm", Filters(base="osm")),
        ("lang=es", Filters()),
        ("min_sources=2", Filters(min_sources=2)),
        ("min_sources=1", Filters()),
        ("status=verified&status=corrected", Filters(statuses=("verified", "corrected"))),
    ],
)
def test_the_rest_of_the_view_comes_back_from_the_url(query: str, expected: Filters) -> None:
    assert filters_from_params(parse_qs(query), DOMAIN) == (expected, [])


def test_good_parameters_survive_next_to_bad_ones() -> None:
    filters, notes = filters_from_params(
        parse_qs("state=Miranda&state=Nowhere&q=%20Petare%20&conf=0.4&from=2024-08-01&place=test%3Apetare"),
        DOMAIN,
    )
    assert filters == Filters(
        date_from=date(2024, 8, 1),
        states=("Miranda",),
        search="Petare",
        min_confidence=0.4,
        selected="test:petare",
    )
    assert notes == ["Ignored state='Nowhere': not in the data."]


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        (date(2024, 7, 29), date(2024, 8, 5), "29 July – 5 August 2024"),
        (date(2024, 8, 3), date(2024, 8, 3), "3 August 2024"),
        (date(2024, 12, 30), date(2025, 1, 2), "30 December 2024 – 2 January 2025"),
        (None, None, ""),
    ],
)
def test_date_spans_in_words(start: date | None, end: date | None, words: str) -> None:
    assert describe_span(start, end) == words


@pytest.mark.parametrize(
    ("filters", "title", "details"),
    [
        (Filters(), "Protests in Venezuela, 28 July – 30 September 2024", []),
        (
            Filters(states=("Carabobo", "Miranda"), date_from=date(2024, 7, 29), date_to=date(2024, 8, 5)),
            "Protests in Carabobo and Miranda, 29 July – 5 August 2024",
            [],
        ),
        (
            Filters(states=("Carabobo", "Miranda", "Zulia"), event_types=("arrests",), min_confidence=0.5),
            "Protests in Carabobo, Miranda and Zulia, 28 July – 30 September 2024",
            ["Event types: Arrests", "Confidence at least 0.5"],
        ),
        (Filters(search="cacerolazo", sources=("El Pitazo",)),
         "Protests in Venezuela, 28 July – 30 September 2024",
         ["Sources: El Pitazo", "Excerpts mentioning “cacerolazo”"]),
    ],
)  # fmt: skip
def test_the_view_in_words(filters: Filters, title: str, details: list[str]) -> None:
    assert describe_view(filters, DOMAIN) == (title, details)


@pytest.mark.parametrize(
    ("filters", "title", "details"),
    [
        (Filters(), "Protestas en Venezuela, 28 de julio – 30 de septiembre de 2024", []),
        (Filters(states=("Carabobo", "Miranda"), event_types=("arrests",), min_confidence=0.5,
                 hide_undated=True),
         "Protestas en Carabobo y Miranda, 28 de julio – 30 de septiembre de 2024",
         ["Tipos de evento: Detenciones", "Confianza de al menos 0,5", "Eventos sin fecha ocultos"]),
    ],
)  # fmt: skip
def test_the_view_in_spanish_words(filters: Filters, title: str, details: list[str]) -> None:
    assert describe_view(filters, DOMAIN, Translator("es")) == (title, details)


def test_filters_become_the_core_event_filter_without_the_selection() -> None:
    filters = Filters(states=("Zulia",), min_confidence=0.5, selected="test:petare", date_to=date(2024, 8, 1))
    assert filters.event_filter() == EventFilter(
        states=("Zulia",), min_confidence=0.5, date_to=date(2024, 8, 1)
    )
    assert filters.selected_place == "test:petare" and filters.selected_state is None
    assert Filters(selected="state:Zulia").selected_state == "Zulia"


@given(filters_strategy, st.booleans())
def test_the_snapshot_command_opens_the_same_link_as_the_app(filters: Filters, present: bool) -> None:
    """`protestmap snapshot` builds links from a core EventFilter plus the selection, viewport and
    base layer the app keeps beside it."""
    core = EventFilter(
        date_from=filters.date_from, date_to=filters.date_to, states=filters.states,
        event_types=filters.event_types, sources=filters.sources, search=filters.search,
        min_confidence=filters.min_confidence, include_undated=not filters.hide_undated,
        article_ids=filters.article_ids, min_sources=filters.min_sources, statuses=filters.statuses,
    )  # fmt: skip
    link = permalink.view_query(
        core, present=present, selected=filters.selected, viewport=filters.viewport, base=filters.base,
        language="es",
    )  # fmt: skip
    assert link == filters_to_params(filters, present=present, language="es")


def test_end_dates_survive_the_round_trip() -> None:
    filters = Filters(
        date_from=DOMAIN.date_min + timedelta(days=3), date_to=DOMAIN.date_max - timedelta(days=1)
    )
    assert filters_from_params(as_url_and_back(filters_to_params(filters)), DOMAIN) == (filters, [])


@pytest.mark.parametrize(
    ("query", "note"),
    [
        ("conf=lots", "Se ignoró conf='lots': use un número de 0 a 1."),
        ("state=Carabobbo", "Se ignoró state='Carabobbo': no está en los datos (¿quiso decir 'Carabobo'?)."),
        (
            "from=2024-09-01&to=2024-08-01",
            "Se ignoraron from=2024-09-01 y to=2024-08-01: el inicio es posterior al final.",
        ),
    ],
)
def test_notes_about_dropped_parameters_speak_the_readers_language(query: str, note: str) -> None:
    assert filters_from_params(parse_qs(query), DOMAIN, Translator("es"))[1] == [note]


# --- the details wait for the map (ui/pages/explore.py) -------------------------------------------


@pytest.mark.parametrize(
    ("changed", "redraws"),
    [
        (Filters(states=("Zulia",)), True),
        (Filters(date_from=date(2024, 8, 1)), True),
        (Filters(base="osm"), True),
        (Filters(selected="test:petare"), False),  # a popup opens on the layers already drawn
        (Filters(viewport="10.4806,-66.9036,11"), False),  # a move is not new data
    ],
)
def test_the_maps_data_key_follows_what_its_layers_show(changed: Filters, redraws: bool) -> None:
    from dashboard.ui.components.map import data_key

    assert (data_key("v1", changed, "en") != data_key("v1", Filters(), "en")) is redraws
    assert data_key("v1", changed, "en") != data_key("v1", changed, "es"), "the labels' language"
    assert data_key("v1", changed, "en") != data_key("v2", changed, "en"), "a new database revision"


@pytest.mark.parametrize(
    ("value", "drawn"),
    [
        ({"drawn": "v1|f|en|", "click": "1-1"}, "v1|f|en|"),
        ({"place": "test:petare", "click": "1-2"}, None),
        ({"view": "10.4806,-66.9036,11"}, None),
        ({"drawn": 3}, None),  # forged or stale values release nothing
        ("drawn", None),
        (None, None),
    ],
)
def test_a_drawn_report_is_told_apart_from_clicks_and_moves(value: object, drawn: str | None) -> None:
    from dashboard.ui.components.map import drawn_of

    assert drawn_of(value) == drawn
