"""The optional online geocoder: OpenStreetMap's Nominatim through geopy, behind a cache.

Why it exists: the shipped gazetteer knows Venezuela's states, municipalities, towns and a
few landmarks, but not every plaza or avenue that a report names. When the user opts in
(``--geocoder nominatim``), the geoparser asks this backend about the names its gazetteer
lacks. It is never the default, because it sends article place names to a third party.

Three promises shape the code:

* **Polite.** At most one request per ``min_delay_seconds`` (1 s, Nominatim's usage policy)
  through geopy's `RateLimiter`, an identifying user agent, a short timeout, and a persistent
  SQLite cache so that no query is ever sent twice — "not found" answers are cached too.
  Failures (timeouts, 429, 500, garbage) are *not* cached: the next run tries again.
* **Never hangs, never crashes an article.** `NominatimGeocoder.lookup` (the `Geocoder`
  protocol method the geoparser calls) returns ``None`` on failure after logging one warning
  line, and stops asking for the duration of a 429's ``Retry-After``. Callers that want the
  failure use `NominatimGeocoder.geocode`, which raises a `GeocodeError` subclass with a
  one-line message, or pass ``raise_errors=True``.
* **Testable without the internet.** ``domain`` and ``scheme`` point it at any server; the
  tests run it against a real loopback HTTP server that answers like Nominatim.

Error tree (all subclasses of `dashboard.errors.GeocodeError`)::

    GeocodeError
     ├── GeocoderNotConfigured (ValueError)   unknown backend name, bad option
     ├── GeocodeTimeout (TimeoutError)        no reply within `timeout`
     ├── GeocodeRateLimited                   HTTP 429 (`retry_after` in seconds, or None)
     ├── GeocodeUnavailable                   connection refused, 5xx, other HTTP errors
     ├── GeocodeBadReply                      a reply that is not Nominatim's JSON
     └── GeocodeCacheError                    the cache file cannot be read or written
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from geopy.adapters import URLLibAdapter
from geopy.exc import (
    GeocoderParseError,
    GeocoderRateLimited,
    GeocoderServiceError,
    GeocoderTimedOut,
    GeopyError,
)
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim

from dashboard import __version__
from dashboard.errors import GeocodeError
from dashboard.models import LEVELS, Geocoder, Place

logger = logging.getLogger(__name__)

DEFAULT_USER_AGENT = f"protestmap/{__version__} (offline protest map; geocoding names its gazetteer lacks)"
DEFAULT_DOMAIN = "nominatim.openstreetmap.org"
GEOCODER_NAMES: tuple[str, ...] = ("gazetteer", "nominatim")
CACHE_SCHEMA_VERSION = 1


class GeocoderNotConfigured(GeocodeError, ValueError):
    """The geocoder was asked for by a name we do not know, or with an impossible option."""


class GeocodeTimeout(GeocodeError, TimeoutError):
    """The service did not answer within the timeout."""


class GeocodeRateLimited(GeocodeError):
    """The service answered 429: we asked too often. `retry_after` is in seconds, if it said."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class GeocodeUnavailable(GeocodeError):
    """The service could not be reached, or answered with a server error."""


class GeocodeBadReply(GeocodeError):
    """The service answered with something that is not Nominatim's JSON."""


class GeocodeCacheError(GeocodeError):
    """The answer cache (an SQLite file) cannot be read or written: locked, full, corrupt."""


def default_cache_path() -> Path:
    """``$XDG_CACHE_HOME/protestmap/geocode.sqlite``, i.e. ~/.cache/protestmap/ by default."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "protestmap" / "geocode.sqlite"


# --- Nominatim's classification -> our levels ------------------------------------------------
# Nominatim describes a result three ways, from most to least specific to our purpose:
# `addresstype` (what the place is called in an address: "city", "suburb", "state"...),
# `type` (the OSM tag value: "city", "administrative", "townhall"...) and `class`/`category`
# (the OSM tag key: "place", "boundary", "amenity"...). We try them in that order.

_LEVEL_BY_KIND: dict[str, str] = {
    "country": "country",
    "state": "state",
    "region": "state",
    "province": "state",
    "county": "municipality",
    "municipality": "municipality",
    "district": "municipality",
    "city": "city",
    "town": "city",
    "village": "city",
    "hamlet": "city",
    "isolated_dwelling": "city",
    "locality": "city",
    "suburb": "neighbourhood",
    "neighbourhood": "neighbourhood",
    "quarter": "neighbourhood",
    "city_district": "neighbourhood",
    "borough": "neighbourhood",
    "city_block": "neighbourhood",
    "residential": "neighbourhood",
    "square": "landmark",
    "road": "landmark",
}
# OSM keys whose features are always a point of interest, whatever their `type`.
_LANDMARK_CLASSES: frozenset[str] = frozenset(
    {
        "amenity",
        "building",
        "tourism",
        "leisure",
        "historic",
        "highway",
        "shop",
        "office",
        "man_made",
        "railway",
        "aeroway",
        "military",
        "club",
        "craft",
        "emergency",
        "healthcare",
        "public_transport",
    }
)


def level_of(answer: Mapping[str, Any]) -> str:
    """Our `LEVELS` value for one Nominatim result (see `_LEVEL_BY_KIND`).

    An administrative boundary with an unknown type falls back on its ``place_rank``
    (Nominatim's 4 = country, 8 = state, 12-16 = county/municipality, 16-20 = city), and
    anything else is a landmark: a plaza, a building, a road.
    """
    for key in ("addresstype", "type"):
        kind = answer.get(key)
        if isinstance(kind, str) and kind in _LEVEL_BY_KIND:
            return _LEVEL_BY_KIND[kind]
    osm_class = answer.get("class", answer.get("category"))
    if osm_class in _LANDMARK_CLASSES:
        return "landmark"
    rank = answer.get("place_rank")
    if isinstance(rank, int) and osm_class in ("boundary", "place"):
        if rank <= 4:
            return "country"
        if rank <= 9:
            return "state"
        if rank <= 15:
            return "municipality"
        if rank <= 20:
            return "city"
        return "neighbourhood"
    return "landmark"


def place_from_answer(answer: Any, *, query: str) -> Place:
    """Turn one Nominatim result (``format=json`` or ``jsonv2``, with ``addressdetails=1``)
    into a `Place`. Raises `GeocodeBadReply` when the result lacks what a Place needs.

    The id is built from the OSM object (``nominatim:relation/123``), which is stable across
    Nominatim re-imports, unlike Nominatim's own ``place_id``.
    """
    if not isinstance(answer, Mapping):
        raise GeocodeBadReply(f"Nominatim answered {query!r} with a {type(answer).__name__}, not an object")
    try:
        lat = float(answer["lat"])
        lon = float(answer["lon"])
    except (KeyError, TypeError, ValueError) as error:
        raise GeocodeBadReply(f"Nominatim's answer for {query!r} has no usable lat/lon") from error
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        raise GeocodeBadReply(f"Nominatim's answer for {query!r} is off the globe: {lat}, {lon}")

    osm_type, osm_id = answer.get("osm_type"), answer.get("osm_id")
    if isinstance(osm_type, str) and osm_type and osm_id is not None:
        place_id = f"nominatim:{osm_type}/{osm_id}"
    elif answer.get("place_id") is not None:
        place_id = f"nominatim:place/{answer['place_id']}"
    else:
        raise GeocodeBadReply(f"Nominatim's answer for {query!r} has neither osm_id nor place_id")

    address = answer.get("address")
    address = address if isinstance(address, Mapping) else {}
    display_name = answer.get("display_name")
    name = answer.get("name")
    if not isinstance(name, str) or not name:
        name = display_name.split(",")[0].strip() if isinstance(display_name, str) else ""
    level = level_of(answer)
    country_code = address.get("country_code")
    state = address.get("state") if level != "country" else None
    state_code = address.get("ISO3166-2-lvl4") if level != "country" else None
    population = answer.get("extratags", {}) or {}
    try:
        population_count = int(population.get("population", 0)) if isinstance(population, Mapping) else 0
    except (TypeError, ValueError):
        population_count = 0
    assert level in LEVELS
    return Place(
        place_id=place_id,
        name=name or query,
        level=level,
        country=country_code.upper() if isinstance(country_code, str) else "",
        state=state if isinstance(state, str) else None,
        state_code=state_code if isinstance(state_code, str) else None,
        lat=lat,
        lon=lon,
        population=population_count,
    )


class GeocodeCache:
    """A persistent answer cache: one SQLite file, one row per (service, query, country).

    A row with a NULL answer means "the service found nothing" — cached on purpose so that a
    name Nominatim does not know is not asked again on every run. Errors are never stored.
    Thread-safe (the app shares one geocoder between sessions): one connection, one lock.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        try:
            self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS geocode_cache ("
                " service TEXT NOT NULL, query TEXT NOT NULL, country TEXT NOT NULL,"
                " answer TEXT, fetched_at REAL NOT NULL,"
                " PRIMARY KEY (service, query, country))"
            )
            self._conn.execute(f"PRAGMA user_version = {CACHE_SCHEMA_VERSION}")
        except sqlite3.DatabaseError as error:
            raise GeocodeCacheError(f"{path}: cannot use as a geocode cache: {error}") from error

    @staticmethod
    def key(query: str, country: str | None) -> tuple[str, str]:
        """Case and spacing do not make a new query: 'Plaza  Altamira' == 'plaza altamira'."""
        return " ".join(query.split()).casefold(), (country or "").lower()

    def get(self, service: str, query: str, country: str | None) -> tuple[bool, Place | None]:
        """(hit, place). ``(True, None)`` is a cached "not found"; ``(False, None)`` a miss."""
        normalised, country_key = self.key(query, country)
        try:
            with self._lock:
                row = self._conn.execute(
                    "SELECT answer FROM geocode_cache WHERE service = ? AND query = ? AND country = ?",
                    (service, normalised, country_key),
                ).fetchone()
        except sqlite3.Error as error:
            raise GeocodeCacheError(f"{self.path}: cannot read the geocode cache: {error}") from error
        if row is None:
            return False, None
        if row[0] is None:
            return True, None
        return True, Place(**json.loads(row[0]))

    def put(self, service: str, query: str, country: str | None, place: Place | None) -> None:
        normalised, country_key = self.key(query, country)
        answer = json.dumps(place.__dict__, ensure_ascii=False) if place is not None else None
        try:
            with self._lock:
                self._conn.execute(
                    "INSERT OR REPLACE INTO geocode_cache VALUES (?, ?, ?, ?, ?)",
                    (service, normalised, country_key, answer, time.time()),
                )
        except sqlite3.Error as error:
            raise GeocodeCacheError(f"{self.path}: cannot write the geocode cache: {error}") from error

    def __len__(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM geocode_cache").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class NominatimGeocoder:
    """The `Geocoder` protocol over Nominatim's /search, cached and rate limited.

    Parameters
    ----------
    user_agent:
        Sent with every request; Nominatim's policy requires one that identifies the app.
    domain, scheme:
        Where Nominatim is (a self-hosted instance, or a loopback server in tests).
    cache_path:
        The SQLite cache file; default `default_cache_path()`. ``":memory:"`` for none on disk.
    timeout:
        Seconds to wait for one reply.
    min_delay_seconds:
        Minimum seconds between two requests (1.0 = Nominatim's policy; tests use 0).
    max_retries:
        Retries of a failed request (geopy's `RateLimiter`), ``error_wait_seconds`` apart.
    raise_errors:
        False (default): `lookup` logs a failure and returns None, so that one bad reply
        never stops the extraction of an article. True: `lookup` raises like `geocode`.
    """

    def __init__(
        self,
        *,
        user_agent: str = DEFAULT_USER_AGENT,
        domain: str = DEFAULT_DOMAIN,
        scheme: str = "https",
        cache_path: Path | str | None = None,
        timeout: float = 10.0,
        min_delay_seconds: float = 1.0,
        max_retries: int = 0,
        error_wait_seconds: float | None = None,
        raise_errors: bool = False,
        language: str | None = None,
    ) -> None:
        if not user_agent or not user_agent.strip():
            raise GeocoderNotConfigured("Nominatim needs a user agent that identifies the application")
        if timeout <= 0 or min_delay_seconds < 0 or max_retries < 0:
            raise GeocoderNotConfigured(
                f"bad Nominatim options: timeout={timeout!r}, min_delay_seconds={min_delay_seconds!r},"
                f" max_retries={max_retries!r}"
            )
        self.user_agent = user_agent
        self.domain = domain
        self.scheme = scheme
        self.timeout = timeout
        self.raise_errors = raise_errors
        self.language = language
        self.service = f"nominatim:{scheme}://{domain}"
        self.cache = GeocodeCache(cache_path if cache_path is not None else default_cache_path())
        self.requests_sent = 0
        self.errors: deque[GeocodeError] = deque(maxlen=100)  # the latest failures, for reports
        self.failures = 0  # every failed lookup so far: ingest marks the articles extracted meanwhile
        self._blocked_until = 0.0
        # geopy's default (requests) adapter retries inside urllib3 and sleeps a 429's whole
        # Retry-After there; the stdlib adapter sends exactly one request per call, so the
        # RateLimiter below is the only place that decides on retries and waits.
        self._nominatim = Nominatim(
            user_agent=user_agent,
            domain=domain,
            scheme=scheme,
            timeout=timeout,
            adapter_factory=URLLibAdapter,
        )
        self._search = RateLimiter(
            self._nominatim.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=max_retries,
            error_wait_seconds=max(min_delay_seconds, error_wait_seconds or min_delay_seconds),
            swallow_exceptions=False,
        )

    def lookup(self, name: str, *, country: str | None = None) -> Place | None:
        """The `Geocoder` protocol: the best place for `name` in ISO country `country`, or None.

        Never raises for a service or cache failure unless ``raise_errors=True``: the failure is
        logged as one warning line, kept in `errors`, and None is returned (and not cached).
        After a 429 it does not ask again for the ``Retry-After`` seconds (60 s when the
        service did not say), so a rate-limited run does not keep hammering the service.
        """
        try:
            return self.geocode(name, country=country)
        except GeocodeError as error:
            self.errors.append(error)
            self.failures += 1
            if self.raise_errors:
                raise
            # While blocked after a 429 every lookup fails the same way: say it once, loudly.
            quiet = isinstance(error, GeocodeRateLimited) and error.__cause__ is None
            logger.log(logging.DEBUG if quiet else logging.WARNING, "geocoding skipped: %s", error)
            return None

    def geocode(self, name: str, *, country: str | None = None) -> Place | None:
        """Like `lookup`, but a failure raises a `GeocodeError` subclass with a one-line message."""
        query = " ".join(name.split())
        if not query:
            return None
        hit, place = self.cache.get(self.service, query, country)
        if hit:
            return place
        wait = self._blocked_until - time.monotonic()
        if wait > 0:
            raise GeocodeRateLimited(
                f"Nominatim ({self.domain}) asked us to wait; not asking about {query!r}"
                f" for another {wait:.0f} s",
                retry_after=wait,
            )
        answer = self._ask(query, country)
        place = place_from_answer(answer, query=query) if answer is not None else None
        self.cache.put(self.service, query, country, place)
        return place

    def _ask(self, query: str, country: str | None) -> Any:
        """One rate-limited /search request; geopy's exceptions become ours, with one-line messages."""
        where = f"Nominatim ({self.scheme}://{self.domain})"
        self.requests_sent += 1
        try:
            location = self._search(
                query,
                exactly_one=True,
                addressdetails=True,
                country_codes=[country.lower()] if country else None,
                language=self.language or False,
            )
        except GeocoderRateLimited as error:
            retry_after = float(error.retry_after) if error.retry_after is not None else None
            self._blocked_until = time.monotonic() + (retry_after if retry_after is not None else 60.0)
            after = f"; retry after {retry_after:.0f} s" if retry_after is not None else ""
            raise GeocodeRateLimited(
                f"{where} rate-limited the query {query!r} (HTTP 429){after}", retry_after=retry_after
            ) from error
        except GeocoderTimedOut as error:
            raise GeocodeTimeout(f"{where} did not answer {query!r} within {self.timeout:g} s") from error
        except GeocoderParseError as error:
            raise GeocodeBadReply(f"{where} answered {query!r} with something that is not JSON") from error
        except GeocoderServiceError as error:
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise GeocodeUnavailable(f"{where} failed on {query!r}: {reason}") from error
        except GeopyError as error:
            raise GeocodeUnavailable(f"{where} failed on {query!r}: {type(error).__name__}") from error
        except (TypeError, ValueError, KeyError, AttributeError, IndexError) as error:
            # geopy's parser met JSON of the wrong shape (e.g. an object with no lat/lon).
            raise GeocodeBadReply(f"{where} answered {query!r} with JSON we cannot read") from error
        if location is None:
            return None
        return location.raw

    def close(self) -> None:
        """Close the cache file."""
        self.cache.close()

    def __enter__(self) -> NominatimGeocoder:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def make_geocoder(name: str, **options: Any) -> Geocoder | None:
    """The backend the CLI's ``--geocoder NAME`` asks for.

    ``"gazetteer"`` gives None: the geoparser then uses its own offline gazetteer only.
    ``"nominatim"`` gives a `NominatimGeocoder(**options)`, consulted for names the gazetteer
    lacks. Any other name raises `GeocoderNotConfigured` naming the choices.
    """
    key = name.strip().lower()
    if key == "gazetteer":
        if options:
            raise GeocoderNotConfigured(f"the gazetteer takes no options, got {sorted(options)}")
        return None
    if key == "nominatim":
        return NominatimGeocoder(**options)
    raise GeocoderNotConfigured(f"unknown geocoder {name!r}; choose one of: {', '.join(GEOCODER_NAMES)}")
