"""Each stage of the geoparser on its own, on a tiny gazetteer built here (the language packs
are the shipped ones: they are knowledge, not a backend)."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.gazetteer import Entry, Gazetteer, name_key
from dashboard.geoparse.anchoring import find_phrases
from dashboard.geoparse.cues import level_cue, read_cues
from dashboard.geoparse.dating import date_events
from dashboard.geoparse.document import detect_language, read_document, sentence_starts
from dashboard.geoparse.names import drop_names_inside_names
from dashboard.geoparse.pipeline import run_stages
from dashboard.geoparse.reading import Reading, reading_for
from dashboard.geoparse.resolution import resolve
from dashboard.geoparse.role import assign_roles
from dashboard.geoparse.spotting import find_spots
from dashboard.models import Place


def _entry(
    pid: str, name: str, level: str, kind: str, state: str | None, lat: float, lon: float, prior: float
) -> Entry:
    country = "VE" if state and state.startswith("VE") else (state or "VE")
    code = state if state and state.startswith("VE") else None
    weak = kind in ("PPL", "ADM2") and prior < 0.4
    return Entry(Place(pid, name, level, country, None, code, lat, lon), kind, prior, weak)


ROWS = [
    # name, aliases, level, kind, state (or foreign country), lat, lon, prior
    ("Caracas", [], "city", "PPLC", "VE-A", 10.49, -66.88, 0.97),
    ("Valencia", [], "city", "PPLA", "VE-G", 10.16, -68.00, 0.9),
    ("Valencia", [], "city", "WCITY", "ES", 39.47, -0.38, 0.85),
    ("Carabobo", [], "state", "ADM1", "VE-G", 10.1, -68.1, 0.93),
    ("Miranda", [], "state", "ADM1", "VE-M", 10.25, -66.4, 0.93),
    ("Lara", [], "state", "ADM1", "VE-K", 10.1, -69.8, 0.93),
    ("Anzoátegui", [], "state", "ADM1", "VE-B", 8.6, -64.5, 0.93),
    ("Apure", [], "state", "ADM1", "VE-C", 7.2, -68.7, 0.93),
    ("Barquisimeto", [], "city", "PPLA", "VE-K", 10.07, -69.32, 0.9),
    ("Petare", [], "city", "PPL", "VE-M", 10.48, -66.81, 0.8),
    ("Barcelona", [], "city", "PPLA", "VE-B", 10.13, -64.69, 0.85),
    ("Barcelona", [], "city", "WCITY", "ES", 41.39, 2.16, 0.89),
    ("San Fernando de Apure", ["San Fernando"], "city", "PPLA", "VE-C", 7.89, -67.47, 0.85),
    ("San Fernando", [], "city", "WCITY", "ES", 36.46, -6.2, 0.7),
    ("Santa Rosa", [], "city", "PPL", "VE-M", 10.3, -66.2, 0.3),
    ("Plaza Bolívar", [], "landmark", "SUPP", "VE-A", 10.506, -66.915, 0.9),
    ("Venezuela", [], "country", "COUNTRY", "VE", 8.0, -66.0, 0.97),
    ("Spain", ["España"], "country", "COUNTRY", "ES", 40.0, -4.0, 0.97),
    ("Santiago", [], "city", "WCAP", "CL", -33.45, -70.66, 0.9),
    ("Madrid", [], "city", "WCAP", "ES", 40.42, -3.7, 0.9),
    ("Mérida", [], "state", "ADM1", "VE-L", 8.4, -71.1, 0.93),
    ("Mérida", [], "city", "PPLA", "VE-L", 8.59, -71.14, 0.95),  # a big capital outranks its state
    ("Táchira", [], "state", "ADM1", "VE-S", 7.9, -72.0, 0.93),
    ("San Cristóbal", [], "city", "PPLA", "VE-S", 7.77, -72.22, 0.9),
    ("Malta", [], "country", "COUNTRY", "MT", 35.9, 14.4, 0.97),
    ("Boa Vista", [], "city", "WCITY", "BR", 2.82, -60.67, 0.8),
]


def tiny_gazetteer() -> Gazetteer:
    """A gazetteer of twenty rows, with the homonyms the stages must tell apart."""
    buckets: dict[str, list[Entry]] = {}
    for n, (name, aliases, level, kind, state, lat, lon, prior) in enumerate(ROWS):
        entry = _entry(f"tiny:{n}", name, level, kind, state, lat, lon, prior)
        for key in {name_key(name), *(name_key(a) for a in aliases)}:
            buckets.setdefault(key, []).append(entry)
    return Gazetteer({k: tuple(sorted(v, key=lambda e: -e.prior)) for k, v in buckets.items()}, "tiny")


GAZ = tiny_gazetteer()
EN = reading_for(("en",))
ES = reading_for(("es",))


def reading(language: str) -> Reading:
    return EN if language == "en" else ES


def extract(text: str, language: str, published: date | None = date(2024, 7, 31)) -> list[tuple[str, ...]]:
    mentions = run_stages(
        text, published=published, language=language, gazetteer=GAZ, reading=reading(language)
    )
    return [
        (
            m.surface,
            m.state_code or m.country,
            m.level,
            m.role,
            m.event_date.isoformat() if m.event_date else "",
        )
        for m in mentions
    ]


# ---- document -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Protests in Caracas. More in Valencia.", (0, 21)),
        ("The U.S. Secretary spoke. Then Caracas.", (0, 26)),  # an abbreviation ends no sentence
        ("Caracas\nValencia", (0, 8)),  # a line break always does
        ("Hubo protestas en el Edo. Lara ayer.", (0,)),
    ],
)
def test_sentences_start_after_full_stops_not_abbreviations(text: str, starts: tuple[int, ...]) -> None:
    assert sentence_starts(text, EN.abbreviations + ES.abbreviations) == starts


def test_a_run_on_sentence_is_read_in_bounded_windows() -> None:
    doc = read_document("word " * 2000, None, "en", EN.abbreviations)
    start, end = doc.sentence_span(9000)
    assert end - start <= 1200 and start <= 9000 < end


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The protesters marched in the capital on Monday.", "en"),
        ("Los manifestantes marcharon en la capital el lunes.", "es"),
        ("", "en"),  # a tie is the first candidate
    ],
)
def test_language_is_detected_from_the_packs_function_words(text: str, language: str) -> None:
    assert detect_language(text) == language


# ---- spotting and names inside names ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        ("Protests in San Fernando de Apure today.", "en", ["San Fernando de Apure"]),  # longest name
        ("Simón Bolívar and Francisco de Miranda were generals.", "en", []),  # people
        ("La Universidad de Carabobo cerró.", "es", []),  # an institution
        ("Miranda Pérez habló.", "es", []),  # a surname before another
        ("Trancaron la avenida Miranda en Petare.", "es", ["Petare"]),  # a street's name
        ("Marcharon en Miranda y Carabobo.", "es", ["Miranda", "Carabobo"]),
    ],
)
def test_names_inside_longer_names_are_not_places(text: str, language: str, kept: list[str]) -> None:
    doc = read_document(text, None, language, reading(language).abbreviations)
    spots = drop_names_inside_names(doc, find_spots(doc, GAZ, reading(language)), GAZ, reading(language))
    assert [text[s.start : s.end] for s in spots] == kept


# ---- cues -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "language", "level"),
    [
        ("Protestas en el estado Lara.", "Lara", "es", "state"),
        ("Protests in Lara state.", "Lara", "en", "state"),
        ("Protests in the state of Lara.", "Lara", "en", "state"),
        ("In Apure, the state governed by the party, police fired.", "Apure", "en", "state"),
        ("The governor of Lara spoke.", "Lara", "en", "state"),
        ("Vecinos del barrio Petare protestaron.", "Petare", "es", "neighbourhood"),
        ("Protests in Caracas today.", "Caracas", "en", None),
    ],
)
def test_level_words_around_a_name(text: str, name: str, language: str, level: str | None) -> None:
    doc = read_document(text, None, language, reading(language).abbreviations)
    (spot,) = [s for s in find_spots(doc, GAZ, reading(language)) if text[s.start : s.end] == name]
    assert level_cue(doc, spot, reading(language)) == level


def test_one_level_word_covers_its_list_and_a_container_follows_its_place() -> None:
    text = "Protestas en los estados Carabobo, Miranda y Lara, y en Valencia, Carabobo."
    doc = read_document(text, None, "es", ES.abbreviations)
    spots = find_spots(doc, GAZ, ES)
    cues = read_cues(doc, spots, ES)
    assert [c.level for c in cues] == ["state", "state", "state", None, None]
    assert [c.container for c in cues] == [None, None, None, 4, None]  # Valencia -> Carabobo


# ---- resolution -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Marcharon en Valencia, estado Carabobo.", "es", [("Valencia", "VE"), ("Carabobo", "VE")]),
        ("Venezuelans rallied in Valencia, Spain.", "en", [("Valencia", "ES"), ("Spain", "ES")]),
        # local before foreign: the article is about Anzoátegui, so Barcelona is its capital
        (
            "En Anzoátegui hubo cacerolazos. En Barcelona marcharon.",
            "es",
            [("Anzoátegui", "VE"), ("Barcelona", "VE")],
        ),
        (
            "Protests in Apure: residents of San Fernando marched.",
            "en",
            [("Apure", "VE"), ("San Fernando", "VE")],
        ),
        # a person's first name is not a foreign capital
        ('"We are not afraid," said Santiago, a student.', "en", []),
    ],
)
def test_resolution_prefers_the_texts_own_context(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    doc = read_document(text, None, language, reading(language).abbreviations)
    spots = drop_names_inside_names(doc, find_spots(doc, GAZ, reading(language)), GAZ, reading(language))
    places = resolve(doc, spots, read_cues(doc, spots, reading(language)), reading(language))
    assert [(text[p.spot.start : p.spot.end], p.place.country) for p in places] == expected


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Students marched in Mérida and Táchira.", ["state", "state"]),  # listed with a state
        ("Marcharon en Caracas, Mérida y San Cristóbal.", ["city", "city", "city"]),  # with cities
    ],
)
def test_a_name_shared_by_a_state_and_its_capital_follows_its_list(text: str, levels: list[str]) -> None:
    assert [m[2] for m in extract(text, "en" if text.startswith("Students") else "es")] == levels


# ---- anchoring of places below the city ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "phrases"),
    [
        ("Trancaron la avenida Bolívar de Valencia.", "es", [("avenida Bolívar", "landmark", "avenida")]),
        (
            "Cerraron la calle 24 de Junio y la avenida 15.",
            "es",
            [("calle 24 de Junio", "landmark", "calle"), ("avenida 15", "landmark", "avenida")],
        ),
        ("En la redoma de Unare hubo gases.", "es", [("redoma de Unare", "landmark", "redoma")]),
        (
            "Trancaron la avenida Andrés Bello, la Baralt y la calle 72.",
            "es",
            [
                ("avenida Andrés Bello", "landmark", "avenida"),
                ("Baralt", "landmark", "avenida"),
                ("calle 72", "landmark", "calle"),
            ],
        ),
        (
            "Cacerolazos en Los Olivos, Villa Brasil y Castillito y otras urbanizaciones.",
            "es",
            [
                ("Los Olivos", "neighbourhood", "urbanización"),
                ("Villa Brasil", "neighbourhood", "urbanización"),
                ("Castillito", "neighbourhood", "urbanización"),
            ],
        ),
        (
            "Protestas en los sectores La Pastora y San José.",
            "es",
            [("La Pastora", "neighbourhood", "sector"), ("San José", "neighbourhood", "sector")],
        ),
        (
            "Trancaron la Panamericana a la altura de El Vigía.",
            "es",
            [("Panamericana", "landmark", "autopista")],
        ),
        (
            "They blocked Francisco de Miranda Avenue in Caracas.",
            "en",
            [("Francisco de Miranda Avenue", "landmark", "avenida")],
        ),
        (
            "Police fired near the Altamira metro station.",
            "en",
            [("Altamira metro station", "landmark", "estación")],
        ),
        (
            "Residents of the La Vega and Antímano neighbourhoods marched.",
            "en",
            [("La Vega", "neighbourhood", "barrio"), ("Antímano", "neighbourhood", "barrio")],
        ),
        ("A vigil at the Cathedral of Mérida.", "en", [("Cathedral of Mérida", "landmark", "catedral")]),
        ("The Catholic Church said the vote was flawed.", "en", []),  # an institution, not a church
        ("The private sector and the oil sector.", "en", []),  # no name
    ],
)
def test_places_below_the_city_are_found_by_head_words_and_lists(
    text: str, language: str, phrases: list[tuple[str, str, str]]
) -> None:
    doc = read_document(text, None, language, reading(language).abbreviations)
    places = {s.first_token for s in find_spots(doc, GAZ, reading(language))}  # "de <place>" is a container
    found = find_phrases(doc, reading(language), frozenset(places))
    assert [(text[p.start : p.end], p.level, p.head) for p in found] == phrases


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (  # the container the text gives
            "Manifestantes trancaron el lunes la avenida Bolívar de Valencia.",
            "es",
            [
                ("avenida Bolívar", "VE-G", "landmark", "protest_site", "2024-07-29"),
                ("Valencia", "VE-G", "city", "protest_site", "2024-07-29"),
            ],
        ),
        (  # else the nearest city of its sentence; a plaza Bolívar there is not the Caracas one
            "En Barquisimeto, estado Lara, vecinos se concentraron el martes en la plaza Bolívar.",
            "es",
            [
                ("Barquisimeto", "VE-K", "city", "protest_site", "2024-07-30"),
                ("Lara", "VE-K", "state", "protest_site", "2024-07-30"),
                ("plaza Bolívar", "VE-K", "landmark", "protest_site", "2024-07-30"),
            ],
        ),
        (  # a same-named hamlet far away is the anchor's neighbourhood
            "In Barquisimeto, residents of the Santa Rosa sector banged pots on Tuesday.",
            "en",
            [
                ("Barquisimeto", "VE-K", "city", "protest_site", "2024-07-30"),
                ("Santa Rosa", "VE-K", "neighbourhood", "protest_site", "2024-07-30"),
            ],
        ),
        (  # a known landmark near the anchor stays itself
            "Protesters gathered at the Plaza Bolívar in Caracas on Monday.",
            "en",
            [
                ("Plaza Bolívar", "VE-A", "landmark", "protest_site", "2024-07-29"),
                ("Caracas", "VE-A", "city", "protest_site", "2024-07-29"),
            ],
        ),
        (  # "Avenida Venezuela" is not the country, and its date is not a date
            "Protesters marched along Avenida Venezuela and the 5 de Julio Avenue in Barquisimeto.",
            "en",
            [
                ("Avenida Venezuela", "VE-K", "landmark", "protest_site", ""),
                ("5 de Julio Avenue", "VE-K", "landmark", "protest_site", ""),  # no day, not 5 July
                ("Barquisimeto", "VE-K", "city", "protest_site", ""),
            ],
        ),
        (  # no city or state anywhere: no point rather than a wrong one
            "Trancaron la avenida Libertador el lunes.",
            "es",
            [],
        ),
    ],
)
def test_places_below_the_city_are_anchored_to_their_container(
    text: str, language: str, expected: list[tuple[str, ...]]
) -> None:
    assert extract(text, language) == expected


def test_an_anchored_place_says_its_point_is_the_anchors() -> None:
    mentions = run_stages(
        "Trancaron la avenida Bolívar de Valencia.", published=None, language="es", gazetteer=GAZ, reading=ES
    )
    street, city = mentions
    assert (street.lat, street.lon, street.anchor_place_id, street.coord_precision) == (
        city.lat,
        city.lon,
        city.place_id,
        "city",
    )
    assert (city.anchor_place_id, city.coord_precision) == (None, "exact")
    assert street.place_id.startswith(city.place_id + "/") and street.name == "Avenida Bolívar, Valencia"


# ---- role -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "roles"),
    [
        ("Venezuelans protested from Barquisimeto to Caracas.", "en", ["protest_site", "protest_site"]),
        ("En Valencia, Petare y Caracas los manifestantes corearon consignas.", "es", ["protest_site"] * 3),
        ("Funcionarios allanaron su vivienda en Petare.", "es", ["protest_site"]),
        (
            "No hubo protestas en Valencia, mientras que en Caracas la policía dispersó una marcha.",
            "es",
            ["other", "protest_site"],
        ),
        ("A student from Barquisimeto said police detained him in Caracas.", "en", ["other", "protest_site"]),
        (
            "CARACAS, Venezuela (AP) — Protesters marched in Valencia.",
            "en",
            ["other", "other", "protest_site"],
        ),
        ("His brother in Madrid called as protesters marched in Caracas.", "en", ["other", "protest_site"]),
        (
            "Protests were reported in Spain, Venezuela and Madrid.",
            "en",
            ["protest_site", "other", "protest_site"],
        ),
    ],
)
def test_a_places_role_comes_from_the_event_its_clause_reports(
    text: str, language: str, roles: list[str]
) -> None:
    assert [m[3] for m in extract(text, language)] == roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a caption without an event word, under a protest story
            "Students protest across Venezuela\n\nVenezuelan students in Valencia. Photo by a reader.",
            [("Venezuela", "other", ""), ("Valencia", "protest_site", "")],
        ),
        (  # its own date, if it states one
            "Students protest in Venezuela\n\nThe crowd in Caracas, 12 February 2014. Image by a reader.",
            [("Venezuela", "other", ""), ("Caracas", "protest_site", "2014-02-12")],
        ),
        (  # no protest story: a caption is only a caption
            "Officials meet in Venezuela\n\nThe main square of Caracas. Photo by a reader.",
            [("Venezuela", "other", ""), ("Caracas", "other", "")],
        ),
    ],
)
def test_a_caption_under_a_protest_story_names_a_protest_site(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(m[0], m[3], m[4]) for m in extract(text, "en", date(2014, 2, 13))] == expected


def test_the_state_refers_back_to_the_state_named_before() -> None:
    text = "The governor of Apure said it was calm. Hours later, cacerolazos broke out across the state."
    doc = read_document(text, date(2024, 7, 31), "en", EN.abbreviations)
    spots = find_spots(doc, GAZ, EN)
    places = resolve(doc, spots, read_cues(doc, spots, EN), EN)
    (role,) = assign_roles(doc, places, EN)
    assert (role.role, role.event_type, role.date_at) == (
        "protest_site",
        "peaceful_protest",
        text.index("the state"),
    )


# ---- dating -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "published", "dates"),
    [
        (
            "El domingo 4 de agosto marcharon en Caracas. Ese domingo hubo cacerolazos en Valencia.",
            "es",
            date(2024, 8, 14),
            ["2024-08-04", "2024-08-04"],
        ),
        ("El dòmingo hubo cacerolazos en Caracas.", "es", date(2024, 8, 6), ["2024-08-04"]),
        ("Protestas en Caracas este 3Ago", "es", date(2024, 8, 6), ["2024-08-03"]),
        (
            "Vecinos trancaron la calle 24 de Junio en Valencia.",  # no day given; not 24 June
            "es",
            date(2024, 7, 30),
            ["", ""],
        ),
        ("CARACAS, Aug 6 (Reuters) - Protesters marched in Valencia.", "en", None, ["", ""]),
        ("Since the vote of 28 July, 300 people were arrested in Carabobo.", "en", date(2024, 8, 9), [""]),
        (
            "Residents of Caracas protest. Photo taken on 30 July 2024.",
            "en",
            date(2024, 8, 5),
            ["2024-07-30"],
        ),
        ("Students protested in Valencia.", "en", date(2014, 2, 13), [""]),  # another year, no day given
        ("Students protested in Valencia on Wednesday.", "en", date(2014, 2, 13), ["2014-02-12"]),
        ("En Caracas las protestas se extendieron durante toda la semana.", "es", date(2024, 8, 5), [""]),
        (
            "On 5 May 2017 a march was held in Caracas. Similar marches took place the same day in Valencia.",
            "en",
            None,
            ["2017-05-05", "2017-05-05"],
        ),
    ],
)
def test_dates_as_a_reader_infers_them(
    text: str, language: str, published: date | None, dates: list[str]
) -> None:
    assert [m[4] for m in extract(text, language, published)] == dates


def test_a_stated_day_wins_over_a_headlines_guess() -> None:
    text = "Represión en Lara\n\nEl estado Lara fue el epicentro de las protestas el lunes 29 de julio."
    doc = read_document(text, date(2024, 8, 1), "es", ES.abbreviations)
    spots = find_spots(doc, GAZ, ES)
    places = resolve(doc, spots, read_cues(doc, spots, ES), ES)
    roles = assign_roles(doc, places, ES)
    assert [d.value for d in date_events(doc, places, roles, ES)] == [date(2024, 7, 29)] * 2


# ---- the language pack chosen is the one read ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read_as", "role"),
    [
        ("Cientos de manifestantes marcharon en Caracas.", "es", "protest_site"),
        ("Cientos de manifestantes marcharon en Caracas.", "en", "other"),
        ("Protesters marched in Caracas.", "en", "protest_site"),
        ("Protesters marched in Caracas.", "es", "other"),
    ],
)
def test_the_language_decides_which_words_are_read(text: str, read_as: str, role: str) -> None:
    assert [m[3] for m in extract(text, read_as)] == [role]
