"""The offline gazetteer: names, aliases, former names, the disk cache."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dashboard.gazetteer import Gazetteer, load_gazetteer, load_gazetteer_from, name_key
from dashboard.knowledge import load_country_profile
from dashboard.models import Geocoder


@pytest.mark.parametrize(
    ("name", "country", "level", "state_code"),
    [
        ("Caracas", "VE", "city", "VE-A"),
        ("Falcón", "VE", "state", "VE-I"),
        ("Falcon", "VE", "state", "VE-I"),  # without the accent
        ("Vargas", "VE", "state", "VE-X"),  # former name of La Guaira
        ("La Guaira", "VE", "city", "VE-X"),  # bare, the port city (capital of the state)
        ("Distrito Federal", "VE", "state", "VE-A"),  # former name of Distrito Capital
        ("Carabobo", "VE", "state", "VE-G"),
        ("Valencia", "VE", "city", "VE-G"),
        ("Maracaibo", "VE", "city", "VE-V"),
        ("Petare", "VE", "city", "VE-M"),
        ("Puerto Ordaz", "VE", "city", "VE-F"),
        ("Miraflores Palace", "VE", "landmark", "VE-A"),
        ("Palacio de Miraflores", "VE", "landmark", "VE-A"),
        ("23 de Enero", "VE", "neighbourhood", "VE-A"),
        ("Plaza Altamira", "VE", "landmark", "VE-M"),
        ("Fuerte Tiuna", "VE", "landmark", "VE-A"),
        ("Angostura del Orinoco", "VE", "municipality", "VE-F"),  # Heres until 2021
        ("El Helicoide", "VE", "landmark", "VE-A"),
        ("Federal Legislative Palace", "VE", "landmark", "VE-A"),
        ("Maiquetía International Airport", "VE", "landmark", "VE-X"),
        ("Washington", "US", "city", None),
        ("U.S.", "US", "country", None),
        ("Estados Unidos", "US", "country", None),
        ("Barbados", "BB", "country", None),
        ("Venezuela", "VE", "country", None),
    ],
)
def test_lookup_finds_the_expected_place(name: str, country: str, level: str, state_code: str | None) -> None:
    place = load_gazetteer().lookup(name)
    assert place is not None, name
    assert (place.country, place.level, place.state_code) == (country, level, state_code)


@pytest.mark.parametrize(
    "name", ["Ciudad de México", "Ciudad de Panamá", "Santiago de Chile", "Londres", "Lisboa"]
)
def test_a_curated_alias_is_as_sure_as_the_official_name(name: str) -> None:
    """ve/aliases.csv names a place in Spanish: that name is not one of the world-city list's
    weak alternate spellings ("Madura"), which need a cue before they are read."""
    (entry, *_) = load_gazetteer().candidates(name)
    assert not entry.weak, name


def test_valencia_prefers_the_country_it_is_asked_about() -> None:
    place = load_gazetteer().lookup("Valencia", country="ES")
    assert place is not None and place.country == "ES"


def test_unknown_names_give_none() -> None:
    assert load_gazetteer().lookup("Xyzzyville") is None
    assert load_gazetteer().lookup("") is None


def test_the_gazetteer_implements_the_geocoder_protocol() -> None:
    geocoder: Geocoder = load_gazetteer()  # a type check as much as a test
    assert geocoder.lookup("Caracas", country="VE") is not None


@pytest.mark.parametrize(
    ("name", "key"), [("Falcón", "falcon"), ("San  Cristóbal", "san cristobal"), ("U.S.", "u.s.")]
)
def test_name_key_folds_case_accents_and_spaces(name: str, key: str) -> None:
    assert name_key(name) == key


def test_prepared_index_is_cached_on_disk_and_reused(tmp_path: Path) -> None:
    """The index is built once and then read back, not rebuilt (its speed is `protestmap bench`'s)."""
    cold = load_gazetteer_from(cache=tmp_path)
    (cached,) = tmp_path.glob("gazetteer-*.pickle")
    written = cached.stat().st_mtime_ns
    warm = load_gazetteer_from(cache=tmp_path)
    assert cached.stat().st_mtime_ns == written, "a warm load must not rebuild the index"
    assert list(tmp_path.glob("gazetteer-*.pickle")) == [cached]
    assert isinstance(warm, Gazetteer) and len(warm) == len(cold)
    assert warm.lookup("Caracas") == cold.lookup("Caracas")


def test_a_corrupt_cache_file_is_rebuilt(tmp_path: Path) -> None:
    load_gazetteer_from(cache=tmp_path)
    (cache_file,) = tmp_path.glob("gazetteer-*.pickle")
    cache_file.write_bytes(b"not a pickle")
    assert load_gazetteer_from(cache=tmp_path).lookup("Caracas") is not None


def test_every_supplement_row_says_where_its_coordinates_come_from() -> None:
    with load_country_profile().supplement_csv.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        assert row["coord_source"].startswith("approximate, from") or "from" in row["coord_source"], row["id"]
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
