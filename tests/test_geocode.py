"""The optional Nominatim backend, run through real geopy against a real loopback server."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from nominatim_server import NominatimServer

from dashboard.errors import GeocodeError
from dashboard.geocode import (
    GeocodeBadReply,
    GeocodeCacheError,
    GeocodeRateLimited,
    GeocoderNotConfigured,
    GeocodeTimeout,
    GeocodeUnavailable,
    NominatimGeocoder,
    default_cache_path,
    level_of,
    make_geocoder,
)
from dashboard.models import Place

USER_AGENT = "protestmap-tests/1.0 (tests@example.invalid)"


@pytest.fixture
def nominatim() -> Iterator[NominatimServer]:
    with NominatimServer() as server:
        yield server


@pytest.fixture
def cache_path(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "geocode.sqlite"


def make_client(server: NominatimServer, cache_path: Path, **options: object) -> NominatimGeocoder:
    settings: dict[str, object] = {
        "user_agent": USER_AGENT,
        "domain": server.domain,
        "scheme": "http",
        "cache_path": cache_path,
        "min_delay_seconds": 0.0,
        "timeout": 0.5,
    }
    settings.update(options)
    return NominatimGeocoder(**settings)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "Plaza Altamira",
            Place(
                "nominatim:way/25983476",
                "Plaza Altamira",
                "landmark",
                "VE",
                "Miranda",
                "VE-M",
                10.4961839,
                -66.8490915,
            ),
        ),
        (
            "Barquisimeto",
            Place(
                "nominatim:relation/11219580", "Barquisimeto", "city", "VE", "Lara", "VE-K", 10.0647, -69.3570
            ),
        ),
        (
            "Petare",
            Place(
                "nominatim:node/4477227212",
                "Petare",
                "neighbourhood",
                "VE",
                "Miranda",
                "VE-M",
                10.4762,
                -66.8097,
            ),
        ),
        (
            "Venezuela",
            Place(
                "nominatim:relation/272644", "Venezuela", "country", "VE", None, None, 8.0018709, -66.1109318
            ),
        ),
        ("Zulia", Place("nominatim:relation/1317468", "Zulia", "state", "VE", "Zulia", "VE-V", 9.9, -72.1)),
        (
            "Municipio Libertador",
            Place(
                "nominatim:relation/11219520",
                "Municipio Libertador",
                "municipality",
                "VE",
                "Distrito Capital",
                "VE-A",
                10.4880,
                -66.9036,
            ),
        ),
        (
            "Palacio de Miraflores",
            Place(
                "nominatim:way/48282713",
                "Palacio de Miraflores",
                "landmark",
                "VE",
                "Distrito Capital",
                "VE-A",
                10.5064,
                -66.9166,
            ),
        ),
        # format=json shape: `class` instead of `category`, no `name` nor `addresstype`.
        (
            "San Cristóbal",
            Place(
                "nominatim:node/295018402", "San Cristóbal", "city", "VE", "Táchira", "VE-S", 7.7669, -72.2250
            ),
        ),
    ],
)
def test_found_places_become_places(
    nominatim: NominatimServer, cache_path: Path, query: str, expected: Place
) -> None:
    with make_client(nominatim, cache_path) as geocoder:
        assert geocoder.lookup(query, country="VE") == expected


@pytest.mark.parametrize(
    ("answer", "level"),
    [
        ({"addresstype": "town", "type": "administrative", "class": "boundary"}, "city"),
        ({"addresstype": "village", "category": "place", "type": "village"}, "city"),
        ({"addresstype": "quarter", "category": "place", "type": "quarter"}, "neighbourhood"),
        ({"addresstype": "neighbourhood"}, "neighbourhood"),
        ({"addresstype": "municipality"}, "municipality"),
        ({"class": "amenity", "type": "university"}, "landmark"),
        ({"category": "tourism", "type": "attraction"}, "landmark"),
        ({"category": "boundary", "type": "administrative", "place_rank": 8}, "state"),
        ({"category": "boundary", "type": "administrative", "place_rank": 12}, "municipality"),
        ({"category": "highway", "type": "primary", "addresstype": "road"}, "landmark"),
        ({}, "landmark"),
    ],
)
def test_level_follows_addresstype_then_type_then_class(answer: dict[str, object], level: str) -> None:
    assert level_of(answer) == level


def test_unknown_name_is_none_and_the_negative_answer_is_cached(
    nominatim: NominatimServer, cache_path: Path
) -> None:
    with make_client(nominatim, cache_path) as geocoder:
        assert geocoder.lookup("Urbanización Inexistente", country="VE") is None
        assert geocoder.lookup("urbanización  inexistente", country="VE") is None
    assert len(nominatim.search_requests()) == 1


def test_second_lookup_is_served_from_the_cache_even_after_reopening(
    nominatim: NominatimServer, cache_path: Path
) -> None:
    with make_client(nominatim, cache_path) as geocoder:
        first = geocoder.lookup("Plaza Altamira", country="VE")
        again = geocoder.lookup("Plaza Altamira", country="VE")
        assert geocoder.requests_sent == 1
    with make_client(nominatim, cache_path) as reopened:
        assert reopened.lookup("Plaza Altamira", country="VE") == first == again
        assert reopened.lookup("plaza altamira", country="VE") == first
        assert reopened.requests_sent == 0
    assert len(nominatim.search_requests()) == 1


def test_the_country_bias_is_part_of_the_cache_key(nominatim: NominatimServer, cache_path: Path) -> None:
    with make_client(nominatim, cache_path) as geocoder:
        geocoder.lookup("Petare", country="VE")
        geocoder.lookup("Petare", country="CO")
        geocoder.lookup("Petare")
    assert [request.params.get("countrycodes") for request in nominatim.search_requests()] == [
        "ve",
        "co",
        None,
    ]


def test_request_carries_user_agent_country_bias_and_address_details(
    nominatim: NominatimServer, cache_path: Path
) -> None:
    with make_client(nominatim, cache_path) as geocoder:
        geocoder.lookup("Barquisimeto", country="VE")
    (request,) = nominatim.search_requests()
    assert request.headers["User-Agent"] == USER_AGENT
    assert request.params["q"] == "Barquisimeto"
    assert request.params["countrycodes"] == "ve"
    assert request.params["addressdetails"] == "1"
    assert request.params["limit"] == "1"


@pytest.mark.parametrize(
    ("mode", "error_class", "message_part"),
    [
        ("rate_limit", GeocodeRateLimited, "HTTP 429"),
        ("error", GeocodeUnavailable, "Plaza Altamira"),
        ("slow", GeocodeTimeout, "within 0.5 s"),
        ("garbage", GeocodeBadReply, "not JSON"),
        ("wrong_shape", GeocodeBadReply, "Plaza Altamira"),
    ],
)
def test_failures_raise_one_line_geocode_errors_and_are_not_cached(
    nominatim: NominatimServer,
    cache_path: Path,
    mode: str,
    error_class: type[GeocodeError],
    message_part: str,
) -> None:
    nominatim.mode = mode
    nominatim.slow_seconds = 1.5
    with make_client(nominatim, cache_path) as geocoder:
        # No clock here: a client that waited for the slow reply would get an answer, not
        # the GeocodeTimeout this table expects for "slow".
        with pytest.raises(error_class) as caught:
            geocoder.geocode("Plaza Altamira", country="VE")
        assert isinstance(caught.value, GeocodeError)
        message = str(caught.value)
        assert message_part in message and "\n" not in message
        assert len(geocoder.cache) == 0
    nominatim.mode = "ok"
    with make_client(nominatim, cache_path) as recovered:
        assert recovered.lookup("Plaza Altamira", country="VE") is not None


@pytest.mark.parametrize("mode", ["rate_limit", "error", "slow", "garbage", "wrong_shape"])
def test_lookup_logs_and_returns_none_so_an_article_is_never_lost(
    nominatim: NominatimServer, cache_path: Path, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    nominatim.mode = mode
    with make_client(nominatim, cache_path) as geocoder:
        assert geocoder.lookup("Plaza Altamira", country="VE") is None
        assert len(geocoder.errors) == 1
    assert "geocoding skipped" in caplog.text


def test_raise_errors_makes_lookup_raise(nominatim: NominatimServer, cache_path: Path) -> None:
    nominatim.mode = "error"
    with make_client(nominatim, cache_path, raise_errors=True) as geocoder:
        with pytest.raises(GeocodeUnavailable):
            geocoder.lookup("Plaza Altamira", country="VE")


def test_after_a_429_it_stops_asking_for_retry_after_seconds(
    nominatim: NominatimServer, cache_path: Path
) -> None:
    nominatim.mode = "rate_limit"
    nominatim.retry_after = 30
    with make_client(nominatim, cache_path) as geocoder:
        with pytest.raises(GeocodeRateLimited) as caught:
            geocoder.geocode("Plaza Altamira", country="VE")
        assert caught.value.retry_after == 30
        assert "retry after 30 s" in str(caught.value)
        nominatim.mode = "ok"
        assert geocoder.lookup("Petare", country="VE") is None
    assert len(nominatim.search_requests()) == 1


def test_unreachable_service_is_a_geocode_error(cache_path: Path) -> None:
    with NominatimServer() as server:
        domain = server.domain
    geocoder = NominatimGeocoder(
        user_agent=USER_AGENT,
        domain=domain,
        scheme="http",
        cache_path=cache_path,
        min_delay_seconds=0,
        timeout=0.5,
    )
    with geocoder, pytest.raises(GeocodeUnavailable, match="127.0.0.1"):
        geocoder.geocode("Petare", country="VE")


def test_requests_are_spaced_by_min_delay_seconds(nominatim: NominatimServer, cache_path: Path) -> None:
    with make_client(nominatim, cache_path, min_delay_seconds=0.3) as geocoder:
        started = time.monotonic()
        for name in ("Petare", "Zulia", "Barquisimeto"):
            geocoder.lookup(name, country="VE")
        # A lower bound only: a loaded machine makes the gaps longer, never shorter.
        assert time.monotonic() - started >= 0.6


@pytest.mark.parametrize(
    ("name", "options", "expected"),
    [("gazetteer", {}, type(None)), ("Nominatim", {"min_delay_seconds": 0}, NominatimGeocoder)],
)
def test_make_geocoder(name: str, options: dict[str, object], expected: type, cache_path: Path) -> None:
    if expected is NominatimGeocoder:
        options = {**options, "cache_path": cache_path, "user_agent": USER_AGENT}
    geocoder = make_geocoder(name, **options)
    assert isinstance(geocoder, expected)
    if isinstance(geocoder, NominatimGeocoder):
        geocoder.close()


@pytest.mark.parametrize(
    ("name", "options"),
    [("google", {}), ("nominatim", {"user_agent": " "}), ("nominatim", {"timeout": 0})],
)
def test_make_geocoder_rejects_unknown_names_and_bad_options(
    name: str, options: dict[str, object], cache_path: Path
) -> None:
    with pytest.raises(GeocoderNotConfigured) as caught:
        make_geocoder(name, cache_path=cache_path, **options)
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, GeocodeError)


def test_default_cache_lives_in_the_user_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_path() == tmp_path / "protestmap" / "geocode.sqlite"


def test_a_file_that_is_not_a_cache_is_refused_in_one_line(tmp_path: Path) -> None:
    not_sqlite = tmp_path / "notes.txt"
    not_sqlite.write_text("my notes, not a database\n" * 100, encoding="utf-8")
    with pytest.raises(GeocodeCacheError, match="notes.txt: cannot use as a geocode cache"):
        NominatimGeocoder(user_agent=USER_AGENT, cache_path=not_sqlite)


def test_a_cache_failure_during_lookup_is_logged_not_raised(
    nominatim: NominatimServer, cache_path: Path
) -> None:
    geocoder = make_client(nominatim, cache_path)
    geocoder.cache.close()
    assert geocoder.lookup("Petare", country="VE") is None
    assert isinstance(geocoder.errors[0], GeocodeCacheError)
    assert not nominatim.search_requests()


def test_a_street_is_asked_for_with_its_anchor_city_and_country(
    nominatim: NominatimServer, cache_path: Path
) -> None:
    """`--geocoder nominatim`: "Avenida X, <anchor city>, <country>" first; an answer near the
    anchor gives the street its own point, a far one (a namesake elsewhere) changes nothing."""
    from datetime import date

    from dashboard.geoparse import Geoparser

    text = "Manifestantes trancaron la avenida Bolívar y la avenida Orinoco de Valencia el lunes."
    with make_client(nominatim, cache_path) as client:
        mentions = Geoparser(client).extract(text, published=date(2024, 7, 30), language="es")
    asked = [request.params["q"] for request in nominatim.search_requests()]
    assert asked == ["Avenida Bolívar, Valencia, Venezuela", "Avenida Orinoco, Valencia, Venezuela"]
    found = {m.surface: m for m in mentions}
    bolivar, orinoco, valencia = found["avenida Bolívar"], found["avenida Orinoco"], found["Valencia"]
    assert (bolivar.place_id, bolivar.lat, bolivar.lon) == ("nominatim:way/48213377", 10.1805, -68.0035)
    assert (bolivar.coord_precision, bolivar.anchor_place_id, bolivar.level) == (
        "exact",
        valencia.place_id,
        "landmark",
    )
    assert (orinoco.lat, orinoco.lon, orinoco.coord_precision) == (valencia.lat, valencia.lon, "city")
