"""The geoparser's knowledge is data, validated at load: a wrong file stops the program with the
file and the key named, never as silently empty output. And the extractor travels to worker
processes (pickled) and reads the same there."""

from __future__ import annotations

import json
import multiprocessing
import pickle
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dashboard.errors import DataFileError
from dashboard.gazetteer import load_gazetteer_from
from dashboard.geoparse import Geoparser, default_extractor
from dashboard.knowledge import (
    COUNTRY_DIR,
    LANG_DIR,
    available_languages,
    load_country_profile,
    load_language_pack,
)


def test_the_shipped_packs_and_profile_load() -> None:
    assert available_languages() == ("en", "es")
    for code in available_languages():
        assert load_language_pack(code).code == code
    profile = load_country_profile("ve")
    assert profile.code == "VE" and profile.local_languages == ("es",)
    assert profile.years == (2024, 2025)
    (south, west), (north, east) = profile.map_view.bounds
    assert south < profile.map_view.centre[0] < north and west < profile.map_view.centre[1] < east
    assert all(path.exists() for path in profile.gazetteer_files())


def _copy_pack(tmp_path: Path, change: Any) -> Path:
    data = json.loads((LANG_DIR / "en.json").read_text(encoding="utf-8"))
    change(data)
    folder = tmp_path / "lang"
    folder.mkdir()
    (folder / "en.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def _rename(section: str, old: str, new: str) -> Any:
    def change(data: dict[str, Any]) -> None:
        data[section][new] = data[section].pop(old)

    return change


def _set(section: str, key: str, value: object) -> Any:
    def change(data: dict[str, Any]) -> None:
        data[section][key] = value

    return change


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (_rename("events", "triggers", "event_triggers"), "'events.triggers': missing"),
        (_set("events", "meeting", "meeting"), "'events.meeting': expected a list"),
        (
            _set("events", "planned", ["call(ed"]),
            "'events.planned': 'call(ed' is not a valid regular expression",
        ),
        (_set("dates", "months", {"january": "1"}), "'dates.months': expected an object of integers"),
        (_set("dates", "relative", {"yesterday": [-1, "fortnight"]}), "'dates.relative.yesterday'"),
        (_set("subcity", "landmark_heads_after", ["avenue"]), "'subcity.landmark_heads_after'"),
        (lambda data: data.pop("dates"), "'dates': missing"),
    ],
)
def test_a_wrong_language_pack_names_the_file_and_the_key(tmp_path: Path, change: Any, named: str) -> None:
    folder = _copy_pack(tmp_path, change)
    with pytest.raises(DataFileError) as error:
        load_language_pack("en", folder)
    assert str(folder / "en.json") in str(error.value) and named in str(error.value)


def test_an_unknown_language_or_a_broken_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="no language pack for 'x y'"):
        load_language_pack("x y")
    (tmp_path / "fr.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"fr\.json: not valid JSON"):
        load_language_pack("fr", tmp_path)
    with pytest.raises(DataFileError, match=r"de\.json: cannot read the file"):
        load_language_pack("de", tmp_path)


def _copy_profile(tmp_path: Path, change: Any) -> Path:
    folder = tmp_path / "country"
    shutil.copytree(COUNTRY_DIR / "ve", folder / "ve")
    data = json.loads((COUNTRY_DIR / "ve.json").read_text(encoding="utf-8"))
    data["gazetteer"] = {
        key: str((COUNTRY_DIR / value).resolve()) if not value.startswith("ve/") else value
        for key, value in data["gazetteer"].items()
    }
    change(data)
    (folder / "ve.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda d: d.pop("years"), "'years': missing"),
        (lambda d: d["map"].__setitem__("bounds", [[0, 1]]), "'map'"),
        (
            lambda d: d["gazetteer"].__setitem__("supplement", "ve/nowhere.csv"),
            "'gazetteer.supplement': file",
        ),
        (
            lambda d: d["kind_priors"].__setitem__("PPL", "high"),
            "'kind_priors': expected an object of numbers",
        ),
        (lambda d: d.pop("published"), "'published': missing"),
        (
            lambda d: d["published"].__setitem__("first_year", "1900"),
            "'published.first_year': expected an integer",
        ),
        (
            lambda d: d["published"].__setitem__("first_year", 1),
            "'published.first_year': expected a year from 1678",
        ),
        (lambda d: d["published"].__setitem__("first_year", 3000), "'published.first_year': expected a year"),
        (
            lambda d: d["published"].__setitem__("years_ahead", -1),
            "'published.years_ahead': expected 0 to 10",
        ),
        (
            lambda d: d["published"].__setitem__("years_ahead", 500),
            "'published.years_ahead': expected 0 to 10",
        ),
        (lambda d: d.pop("confidence"), "'confidence': missing"),
        (
            lambda d: d["confidence"]["caps"].__setitem__("event:arrest", 0.8),
            "'confidence.caps.event:arrest': unknown kind of evidence",
        ),
        (
            lambda d: d["confidence"]["floors"].__setitem__("resolved:unique", 1.5),
            "'confidence.floors.resolved:unique': expected a confidence from 0 to 1",
        ),
    ],
)
def test_a_wrong_country_profile_names_the_file_and_the_key(tmp_path: Path, change: Any, named: str) -> None:
    folder = _copy_profile(tmp_path, change)
    with pytest.raises(DataFileError) as error:
        load_country_profile("ve", folder)
    assert "ve.json" in str(error.value) and named in str(error.value)


def test_a_gazetteer_file_without_a_column_names_the_file_and_the_column(tmp_path: Path) -> None:
    folder = _copy_profile(tmp_path, lambda d: None)
    supplement = folder / "ve" / "supplement.csv"
    lines = supplement.read_text(encoding="utf-8").splitlines()
    supplement.write_text("\n".join([lines[0].replace("lat,", "latitude,"), *lines[1:]]), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"supplement\.csv: missing column\(s\) 'lat'"):
        load_gazetteer_from(load_country_profile("ve", folder), cache=tmp_path / "cache")


def test_an_alias_of_an_unknown_place_is_an_error(tmp_path: Path) -> None:
    folder = _copy_profile(tmp_path, lambda d: None)
    with (folder / "ve" / "aliases.csv").open("a", encoding="utf-8") as handle:
        handle.write("geonames:0,Nowhere,typo\n")
    with pytest.raises(DataFileError, match="names unknown 'geonames:0'"):
        load_gazetteer_from(load_country_profile("ve", folder), cache=tmp_path / "cache")


TEXT = "Manifestantes trancaron la avenida Bolívar de Valencia el lunes."


def _extract_in_worker(extractor: Geoparser) -> list[dict[str, Any]]:
    return [m.to_json() for m in extractor.extract(TEXT, published=date(2024, 7, 31), language="es")]


def test_the_extractor_is_small_to_pickle_and_reads_the_same_in_a_fresh_process() -> None:
    extractor = default_extractor()
    payload = pickle.dumps(extractor)
    assert len(payload) < 1000  # the gazetteer is loaded by each worker, lazily, not shipped
    here = _extract_in_worker(extractor)
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        there = pool.apply(_extract_in_worker, (pickle.loads(payload),))
    assert there == here and [m["surface"] for m in here] == ["avenida Bolívar", "Valencia"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Anaco, women held a vigil on Wednesday.", [("Anaco", "VE-B", "protest_site")]),
        (
            "In El Tigre and in Anaco, residents banged pots on Monday.",
            [("El Tigre", "VE-B", "protest_site"), ("Anaco", "VE-B", "protest_site")],
        ),
    ],
)
def test_a_city_of_the_gazetteer_is_no_stop_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Found by the fresh articles of kind 66: Anaco (139,000 people), listed among the stop names with
    the municipalities named after people, was never read as a place."""
    mentions = default_extractor().extract(text, published=date(2024, 8, 1), language="en")
    assert [(m.surface, m.state_code, m.role) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police raided homes in a Caracas barrio on Monday.", [("Caracas", "VE-A", "city")]),
        ("Police raided homes in a Maturín neighborhood on Monday.", [("Maturín", "VE-N", "city")]),
    ],
)
def test_a_city_before_a_sector_word_after_an_indefinite_article_is_the_city(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Found by the fresh articles of kind 66: "a Caracas barrio" gave Caracas the level of a barrio,
    which a hamlet named Caracas in Monagas fitted better than the capital (the real gazetteer has it)."""
    mentions = default_extractor().extract(text, published=date(2024, 8, 1), language="en")
    assert [(m.surface, m.state_code, m.level) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the English name of a state is not a "district" named Capital in the story's city
            "Caracas, 20 February 2014. Lawyers recorded 587 detentions in 16 states and the "
            "Capital District.",
            [("Caracas", "VE-A", "city"), ("Capital District", "VE-A", "state")],
        ),
        (  # a district the text names stays one
            "Caracas, 20 February 2014. Police detained 15 people in the El Paraíso district.",
            [("Caracas", "VE-A", "city"), ("El Paraíso", "VE-A", "neighbourhood")],
        ),
    ],
)
def test_a_head_word_inside_a_gazetteer_name_makes_no_district(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Found by the fresh articles of kind 72: "the Capital District", the gazetteer's English name
    of Distrito Capital, was read as a district named "Capital" of the story's city."""
    mentions = default_extractor().extract(text, published=date(2014, 2, 20), language="en")
    assert [(m.surface, m.state_code, m.level) for m in mentions] == expected
