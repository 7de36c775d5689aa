"""Spanish and English: complete catalogues, compiled ones that are current, Babel's formats,
and the switch in the app (AppTest) kept in the permalink."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from test_app import APP, seed_db

from dashboard.codebook import CODEBOOK
from dashboard.i18n import Translator, language_from_header, translator
from dashboard.mapview import EVENT_TYPE_LABELS, UNSPECIFIED, build_map_data, map_payload_json
from dashboard.models import EVENT_TYPES
from dashboard.ui import state

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import update_catalogues  # noqa: E402


@pytest.fixture(scope="module")
def template():  # -> babel Catalog
    return update_catalogues.extract()


@pytest.mark.parametrize("language", update_catalogues.TRANSLATED)
def test_every_string_of_the_interface_has_a_translation(template, language: str) -> None:
    """Fails when a string marked in the code (``_()``, ``N_()``, ``t.gettext()``) is missing from
    a catalogue: run scripts/update_catalogues.py, then translate what it adds."""
    assert len(template) > 150, "the extractor finds the interface's strings"
    missing = update_catalogues.missing(template, update_catalogues.read_catalog(language))
    assert missing == [], f"{len(missing)} untranslated in {language}: {missing[:10]}"


def test_the_completeness_check_can_fail(template) -> None:
    catalog = update_catalogues.read_catalog("es")
    del catalog["Share"]
    assert update_catalogues.missing(template, catalog) == ["Share"]


@pytest.mark.parametrize("language", update_catalogues.TRANSLATED)
def test_the_compiled_catalogues_are_current(language: str) -> None:
    path = update_catalogues.po_path(language)
    compiled = update_catalogues.mo_bytes(update_catalogues.read_catalog(language))
    assert path.with_suffix(".mo").read_bytes() == compiled, "run scripts/update_catalogues.py"


@pytest.mark.parametrize(
    ("language", "value", "formatted"),
    [
        ("en", date(2024, 7, 28), "28 July 2024"),
        ("es", date(2024, 7, 28), "28 de julio de 2024"),
        ("en", 1234, "1,234"),
        ("es", 1234, "1.234"),
        ("es", 0.5, "0,5"),
    ],
)
def test_dates_and_numbers_follow_the_language(language: str, value: object, formatted: str) -> None:
    t = Translator(language)
    assert (t.date(value) if isinstance(value, date) else t.number(value)) == formatted  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("start", "end", "language", "words"),
    [
        (date(2024, 7, 29), date(2024, 8, 5), "en", "29 July – 5 August 2024"),
        (date(2024, 7, 29), date(2024, 8, 5), "es", "29 de julio – 5 de agosto de 2024"),
        (date(2023, 12, 30), date(2024, 1, 2), "es", "30 de diciembre de 2023 – 2 de enero de 2024"),
        (date(2024, 8, 3), date(2024, 8, 3), "es", "3 de agosto de 2024"),
    ],
)
def test_date_spans_in_each_language(start: date, end: date, language: str, words: str) -> None:
    assert Translator(language).span(start, end) == words


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("es-VE,es;q=0.9,en;q=0.8", "es"),
        ("en-GB,en;q=0.9", "en"),
        ("fr-FR,fr;q=0.9,es;q=0.5", "es"),
        ("fr-FR", "en"),
        ("en;q=0.1,es;q=0.8", "es"),
        ("es-419", "es"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_the_browsers_language_picks_the_default(header: str | None, language: str) -> None:
    assert language_from_header(header) == language


def test_an_unknown_language_falls_back_to_english() -> None:
    assert translator("fr").language == "en"
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        Translator("fr")


def test_event_types_carry_their_spanish_names() -> None:
    es = Translator("es")
    names = {key: es.gettext(label) for key, label in EVENT_TYPE_LABELS.items()}
    assert names["peaceful_protest"] == "Protesta pacífica"
    assert names[UNSPECIFIED] == "Tipo no indicado"
    assert all(names[key] != EVENT_TYPE_LABELS[key] for key in EVENT_TYPES)


def test_the_maps_words_travel_translated_in_its_payload() -> None:
    import json

    payload = json.loads(map_payload_json(build_map_data(_events()), translator=Translator("es")))
    assert payload["lang"] == "es"
    assert payload["t"]["legend"] == "Leyenda"
    assert payload["t"]["events_per_state"] == "Eventos por estado"
    assert "Protesta pacífica" in payload["type_labels"]


def _events():  # -> DataFrame
    from dashboard.events import load_events

    return load_events(_db())


_DB: list[Path] = []


def _db() -> Path:
    if not _DB:
        import tempfile

        _DB.append(seed_db(Path(tempfile.mkdtemp()) / "seeded.db"))
    return _DB[0]


def test_the_codebook_defines_every_event_type_in_both_languages() -> None:
    assert [entry.key for entry in CODEBOOK] == list(EVENT_TYPES)
    es = Translator("es")
    for entry in CODEBOOK:
        assert es.gettext(entry.definition) != entry.definition
        assert "ACLED" in entry.acled and "ACLED" in es.gettext(entry.acled)


# --- the switch in the app ----------------------------------------------------------------------


@pytest.fixture
def seeded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = seed_db(tmp_path / "seeded.db")
    monkeypatch.setenv("PROTESTMAP_DB", str(path))
    return path


def run_app(params: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def test_the_language_switch_turns_the_page_spanish_and_into_the_permalink(seeded: Path) -> None:
    at = run_app({"state": "Miranda"})
    assert at.subheader[0].value == "Protests in Miranda, 29 July – 5 August 2024"
    assert [m.label for m in at.metric] == ["Events", "Places", "States", "Articles"]
    assert "lang" not in at.query_params

    at.radio(key=state.K_LANG).set_value("es").run()
    assert not at.exception, at.exception
    assert at.subheader[0].value == "Protestas en Miranda, 29 de julio – 5 de agosto de 2024"
    assert [m.label for m in at.metric] == ["Eventos", "Lugares", "Estados", "Artículos"]
    assert at.multiselect(key=state.K_STATES).label == "Estados"
    assert at.sidebar.header[0].value == "Filtros"
    assert at.query_params["lang"] == "es"
    assert at.query_params["state"] == "Miranda"
    assert "2 eventos · 2 lugares · 1 estado · 1 artículo" in at.caption[0].value.replace("\\", "")

    at.radio(key=state.K_LANG).set_value("en").run()
    assert at.subheader[0].value.startswith("Protests in Miranda")
    assert "lang" not in at.query_params


def test_a_permalink_with_lang_es_opens_in_spanish(seeded: Path) -> None:
    at = run_app({"lang": "es", "view": "present", "state": "Carabobo"})
    assert at.title[0].value == "Protestas en Carabobo, 29 de julio – 5 de agosto de 2024"
    credits = " ".join(c.value for c in at.caption).replace("\\", "")
    assert "Noticias: El Pitazo." in credits and "Hecho el" in credits


def _about_page() -> None:
    from dashboard.ui import state as ui_state
    from dashboard.ui.pages import about

    ui_state.init_language()
    about.render()


def test_the_about_page_has_the_codebook_in_spanish() -> None:
    at = AppTest.from_function(_about_page, default_timeout=30)
    at.query_params["lang"] = "es"
    at.run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Acerca de protestmap"
    shown = "\n".join(m.value for m in at.markdown)
    assert "**Protesta pacífica**" in shown and "ACLED: Protestas — Protesta pacífica." in shown
    assert "En qué puede equivocarse el geolocalizador" in [h.value for h in at.header]
