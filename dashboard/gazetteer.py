"""The offline gazetteer: every place name the geoparser can find, from shipped files.

Built from the files a country profile names (``data/country/ve.json``: GeoNames / Who's On
First / Natural Earth rows under ``data/geo/``, see ``data/geo/SOURCES.md`` for the required
attribution, plus the hand-curated ``data/country/ve/supplement.csv`` of landmarks and Caracas
neighbourhoods that the sources lack, each row saying where its coordinates come from).

Building the index parses ~3 MB of CSV, so the prepared index is pickled under
``$XDG_CACHE_HOME/protestmap`` (or ``~/.cache/protestmap``), keyed by the content
hash of every source file plus :data:`INDEX_VERSION`: a warm start only unpickles.

Names are indexed by :func:`name_key` (tokens, lower case, accents stripped), so
the geoparser can look up token n-grams of a text with one dict access each.
"""

from __future__ import annotations

import csv
import functools
import gc
import hashlib
import math
import os
import pickle
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from dashboard.errors import DataFileError
from dashboard.knowledge import CountryProfile, load_country_profile
from dashboard.models import Place

if TYPE_CHECKING:
    from dashboard.grouping import ContainmentTable

INDEX_VERSION = "gazetteer-4"

# Tokens: abbreviations with dots (U.S., D.C., EE.UU.), or letter/digit runs joined by hyphens.
TOKEN_RE = re.compile(r"(?:[^\W\d_]{1,2}\.){2,}|[^\W_]+(?:-[^\W_]+)*")


def fold(text: str) -> str:
    """Lower case without accents: how names are compared (Falcon == Falcón)."""
    if text.isascii():
        return text.lower()
    return _fold_unicode(text)


@functools.lru_cache(maxsize=65536)
def _fold_unicode(text: str) -> str:
    """Accent stripping is the slow part, and news text repeats the same accented words."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def name_key(name: str) -> str:
    """The index key of a name: folded tokens joined by one space."""
    return " ".join(fold(tok) for tok in TOKEN_RE.findall(name))


@dataclass(frozen=True)
class Entry:
    """One way to read a name: a place, the kind of gazetteer row it came from, and a prior.

    `kind` is a GeoNames-like feature code (ADM1, ADM2, ADM3, PPLC, PPLA, PPL, PPLX, AIRP)
    or COUNTRY, WCITY (world city), SUPP (curated). `prior` in [0, 1] ranks homonyms
    when the text gives no cue; `weak` marks villages so obscure (no population) that
    their names are more likely common words or surnames than references to them.
    """

    place: Place
    kind: str
    prior: float
    weak: bool


def _population_prior(population: int, base: float) -> float:
    if population <= 0:
        return base
    return min(0.95, base + 0.08 * math.log10(max(population, 10)))


_LEVEL_OF_KIND = {
    "ADM1": "state",
    "ADM2": "municipality",
    "ADM3": "neighbourhood",
    "PPLX": "neighbourhood",
    "AIRP": "landmark",
}


def _good_alias(alias: str) -> bool:
    """Alternate names worth indexing: Latin, capitalised, not airport codes."""
    alias = alias.strip()
    if len(alias) < 3 or not alias[0].isupper():
        return False
    if alias.isupper() and len(alias) <= 4:
        return False
    return True


class Gazetteer:
    """Name index over the shipped data; implements the `Geocoder` protocol."""

    def __init__(
        self,
        index: dict[str, tuple[Entry, ...]],
        sources_hash: str,
        seats: dict[tuple[str, str], Place] | None = None,
    ) -> None:
        self.index = index
        self.sources_hash = sources_hash
        # (state code, folded municipality name) -> the municipality's seat (see municipality_seats)
        self.seats: dict[tuple[str, str], Place] = seats or {}
        self.max_tokens = max((key.count(" ") + 1 for key in index), default=1)
        # Every token prefix of every key, so that a scan can stop extending an n-gram
        # as soon as no name starts that way.
        self.prefixes: set[str] = set()
        for key in index:
            parts = key.split(" ")
            for n in range(1, len(parts)):
                self.prefixes.add(" ".join(parts[:n]))
        self.states: dict[str, Entry] = {}
        self.countries: dict[str, Entry] = {}
        # state code -> its capital (the most populous PPLA, or the country's capital, PPLC)
        self.capitals: dict[str, Place] = {}
        for entries in index.values():
            for entry in entries:
                if entry.kind == "ADM1" and entry.place.state_code:
                    self.states[entry.place.state_code] = entry
                elif entry.kind in ("PPLA", "PPLC") and entry.place.state_code:
                    known = self.capitals.get(entry.place.state_code)
                    if known is None or known.population < entry.place.population:
                        self.capitals[entry.place.state_code] = entry.place
                elif entry.kind == "COUNTRY":
                    self.countries[entry.place.country] = entry
        # The country this gazetteer describes in detail (the one whose states it has): the
        # geoparser's home country, so that the code names no country itself.
        home = Counter(entry.place.country for entry in self.states.values()).most_common(1)
        self.home_country: str = home[0][0] if home else ""

    def candidates(self, name: str) -> tuple[Entry, ...]:
        """Every reading of `name`, best prior first."""
        return self.index.get(name_key(name), ())

    def lookup(self, name: str, *, country: str | None = None) -> Place | None:
        """The best place for `name`, preferring ISO country `country`; None if unknown."""
        entries = self.candidates(name)
        if not entries:
            return None

        def score(entry: Entry) -> float:
            bonus = 0.3 if country and entry.place.country == country.upper() else 0.0
            return entry.prior + bonus

        return max(entries, key=score).place

    def __len__(self) -> int:
        return len(self.index)


def _read_csv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """The rows of a gazetteer CSV; a missing file or column is an error naming both."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in columns if c not in (reader.fieldnames or ())]
            if missing:
                raise DataFileError(f"{path}: missing column(s) {', '.join(map(repr, missing))}")
            return list(reader)
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read the gazetteer file ({exc.strerror or exc})") from None


_PLACE_COLUMNS = (
    "geonameid",
    "wof_id",
    "name",
    "asciiname",
    "alternatenames",
    "feature_code",
    "admin1",
    "admin1_name",
    "admin2",
    "population",
    "lat",
    "lon",
    "source",
)
_COUNTRY_COLUMNS = ("iso_a2", "name", "name_en", "name_es", "name_geonames", "name_long", "lat", "lon")
_CITY_COLUMNS = (
    "geonameid",
    "name",
    "asciiname",
    "alternatenames",
    "country_code",
    "population",
    "is_capital",
    "lat",
    "lon",
)
_SUPPLEMENT_COLUMNS = ("id", "name", "aliases", "level", "country", "state_code", "lat", "lon", "population")
_ALIAS_COLUMNS = ("place_id", "alias")


def sources_hash(profile: CountryProfile) -> str:
    """Content hash of the source files and the index code version (the cache key)."""
    digest = hashlib.sha256(INDEX_VERSION.encode())
    digest.update(Path(__file__).read_bytes())  # the code that builds the index is part of the key
    digest.update(profile.code.encode())
    digest.update(repr(sorted(profile.kind_priors.items())).encode())
    digest.update(repr(sorted(profile.given_names)).encode())
    for path in profile.gazetteer_files():
        digest.update(path.name.encode())
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def _number(path: Path, row: dict[str, str], column: str, cast: type[float] | type[int]) -> float:
    """A numeric cell; a malformed one is an error naming the file, the column and the value."""
    try:
        return cast(row[column] or 0)
    except ValueError:
        raise DataFileError(f"{path}: column {column!r} has {row[column]!r}, not a number") from None


def build_index(profile: CountryProfile) -> dict[str, tuple[Entry, ...]]:
    """Parse the profile's source files into name key -> entries (best prior first)."""
    buckets: dict[str, dict[str, Entry]] = {}
    home = profile.code
    given_names = frozenset(fold(n) for n in profile.given_names)

    def add(name: str, entry: Entry, *, alias: bool = False) -> None:
        key = name_key(name)
        if not key:
            return
        if key.startswith("the ") and " " in key[4:] + " " and not alias:
            # "The Hague" is also "the Hague" in running text: the article is not the name
            add(name[4:], entry, alias=False)
        if alias and key != name_key(entry.place.name):
            # An alternate name is a weaker claim than the official one
            # ("Bolivar" is the state before it is Ciudad Bolívar).
            # World-city alternate names are mostly other languages' spellings that
            # collide with typos and surnames ("Madura"): they need a cue.
            weak = entry.weak or entry.kind in ("WCITY", "WCAP")
            entry = Entry(entry.place, entry.kind, round(entry.prior - 0.2, 3), weak)
        bucket = buckets.setdefault(key, {})
        known = bucket.get(entry.place.place_id)
        if known is None or known.prior < entry.prior:
            bucket[entry.place.place_id] = entry

    state_names: dict[str, str] = {}
    for row in _read_csv(profile.places_csv, _PLACE_COLUMNS):
        if not row["lat"] or not row["lon"]:
            continue
        kind = row["feature_code"]
        population = int(_number(profile.places_csv, row, "population", int))
        if row["geonameid"]:
            place_id = f"geonames:{row['geonameid']}"
        else:
            place_id = f"wof:{row['wof_id']}"
        name = row["name"]
        aliases = [a for a in row["alternatenames"].split(",") if a]
        if kind == "ADM2":
            # "Municipio Libertador": the short name is what texts write.
            short = row["admin2"] or name.removeprefix("Municipio ").removeprefix("Autónomo ")
            name, aliases = short, [name, *aliases]
            words = short.split()
            if len(words) >= 2 and fold(words[0]) in given_names:
                # "municipio Ribas" is José Félix Ribas: news shortens a person's name to the surname
                aliases.append(words[-1])
        level = _LEVEL_OF_KIND.get(kind, "city")
        place = Place(
            place_id=place_id,
            name=name,
            level=level,
            country=home,
            state=row["admin1_name"] or None,
            state_code=row["admin1"] or None,
            lat=round(_number(profile.places_csv, row, "lat", float), 5),
            lon=round(_number(profile.places_csv, row, "lon", float), 5),
            population=population,
        )
        if kind == "ADM1":
            state_names[row["admin1"]] = name
        # GeoNames hamlets without population are mostly names that collide with common
        # words and surnames; WOF-only localities (Puerto Ordaz) are real towns.
        hamlet = (
            kind in ("PPL", "PPLL", "PPLS") and population < 1000 and row["source"].startswith("geonames")
        )
        weak = hamlet or kind == "ADM2"
        if kind in ("PPL", "PPLL") and not hamlet and population <= 0:
            base_override = 0.5
        else:
            base_override = None
        base = base_override or profile.kind_priors.get(kind, 0.3)
        prior = _population_prior(population, base) if kind.startswith("PPL") else base
        entry = Entry(place, kind, prior, weak)
        add(name, entry)
        add(row["asciiname"], entry)
        if not weak or kind in ("ADM2", "ADM3"):
            for alias in aliases:
                if _good_alias(alias):
                    add(alias, entry, alias=True)

    for row in _read_csv(profile.countries_csv, _COUNTRY_COLUMNS):
        if not row["lat"] or not row["lon"]:
            continue
        code = row["iso_a2"]
        place = Place(
            place_id=f"country:{code}",
            name=row["name_en"] or row["name"],
            level="country",
            country=code,
            state=None,
            state_code=None,
            lat=round(_number(profile.countries_csv, row, "lat", float), 4),
            lon=round(_number(profile.countries_csv, row, "lon", float), 4),
        )
        entry = Entry(place, "COUNTRY", 0.97, False)
        for field in ("name", "name_en", "name_es", "name_geonames", "name_long"):
            if row[field]:
                add(row[field], entry)

    for row in _read_csv(profile.world_cities_csv, _CITY_COLUMNS):
        if row["country_code"] == home:
            continue  # the home country's own rows above are richer
        population = int(_number(profile.world_cities_csv, row, "population", int))
        capital = row["is_capital"] == "1"
        place = Place(
            place_id=f"geonames:{row['geonameid']}",
            name=row["name"],
            level="city",
            country=row["country_code"],
            state=None,
            state_code=None,
            lat=round(_number(profile.world_cities_csv, row, "lat", float), 5),
            lon=round(_number(profile.world_cities_csv, row, "lon", float), 5),
            population=population,
        )
        prior = _population_prior(population, 0.3) + (0.15 if capital else 0.0)
        entry = Entry(place, "WCAP" if capital else "WCITY", min(prior, 0.9), False)
        add(row["name"], entry)
        add(row["asciiname"], entry)
        for alias in row["alternatenames"].split(","):
            if _good_alias(alias):
                add(alias, entry, alias=True)

    for row in _read_csv(profile.supplement_csv, _SUPPLEMENT_COLUMNS):
        supp_code: str | None = row["state_code"] or None
        place = Place(
            place_id=row["id"],
            name=row["name"],
            level=row["level"],
            country=row["country"],
            state=state_names.get(supp_code) if supp_code else None,
            state_code=supp_code,
            lat=_number(profile.supplement_csv, row, "lat", float),
            lon=_number(profile.supplement_csv, row, "lon", float),
            population=int(_number(profile.supplement_csv, row, "population", int)),
        )
        entry = Entry(place, "SUPP", 0.9, False)
        add(row["name"], entry)
        for alias in row["aliases"].split("|"):
            if alias:
                add(alias, entry)

    # Curated aliases of existing places (abbreviations, former names, English forms).
    # Each is the place's own entry (its official name's), not a weaker alternate name's: a
    # curated Spanish name ("Ciudad de México") is as good as the official one.
    by_id: dict[str, Entry] = {}
    for bucket in buckets.values():
        for entry in bucket.values():
            known = by_id.get(entry.place.place_id)
            if known is None or (known.weak, -known.prior) > (entry.weak, -entry.prior):
                by_id[entry.place.place_id] = entry
    for row in _read_csv(profile.aliases_csv, _ALIAS_COLUMNS):
        target = by_id.get(row["place_id"])
        if target is None:
            raise DataFileError(
                f"{profile.aliases_csv}: alias {row['alias']!r} names unknown {row['place_id']!r}"
            )
        add(row["alias"], target)

    return {key: tuple(sorted(bucket.values(), key=lambda e: -e.prior)) for key, bucket in buckets.items()}


def cache_dir() -> Path:
    """Where the prepared index is kept (XDG convention)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "protestmap"


def _load_without_gc(handle: BinaryIO) -> object:
    """Unpickle with the cyclic garbage collector paused.

    The index is ~100,000 small objects; the collector would otherwise run many times during
    the load, scanning everything the process already holds (a large app tripled the time).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(handle)
    finally:
        if was_enabled:
            gc.enable()


def load_gazetteer_from(profile: CountryProfile | None = None, *, cache: Path | None = None) -> Gazetteer:
    """Load the prepared index of `profile` (default: the shipped country) from the disk cache,
    building and caching it if stale."""
    profile = profile or load_country_profile()
    digest = sources_hash(profile)
    directory = cache if cache is not None else cache_dir()
    path = directory / f"gazetteer-{digest}.pickle"
    try:
        with path.open("rb") as handle:
            index = _load_without_gc(handle)
        if isinstance(index, dict):
            return Gazetteer(index, digest, municipality_seats(profile.places_csv, digest))
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    index = build_index(profile)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with tmp.open("wb") as handle:
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        for stale in directory.glob("gazetteer-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home still works, only slower
    return Gazetteer(index, digest, municipality_seats(profile.places_csv, digest))


SEAT_POPULATION = 200_000
"""A municipality with no seat row in the gazetteer (Santiago Mariño, Sucre of Miranda, Caroní)
has as its seat its most populous town when that town is this large (Turmero, Petare, Ciudad
Guayana): checked against the parishes table's municipality capitals, every town this large is
its municipality's seat, while smaller ones are often not (Los Rastrojos in Palavecino, Lander in
Simón Bolívar)."""


@functools.lru_cache(maxsize=4)
def municipality_seats(path: Path, digest: str) -> dict[tuple[str, str], Place]:
    """Each municipality's seat, keyed by (state code, folded municipality name), from the
    gazetteer rows' own admin2 column: the one seat row (PPLC, PPLA, PPLA2, PPLA3) a municipality
    has, else its most populous town of at least SEAT_POPULATION people. A street placed only by
    its municipality ("en la avenida Venezuela, municipio Iribarren") is in that town
    (Barquisimeto), not at the middle of the municipality's land 8-15 km off. A seat row whose
    admin2 names no municipality of its state (a misfiled row) is not a seat of anything; a
    missing column is an error naming the file (`_read_csv`). `digest` keys the cache to the
    sources' contents."""
    rows = _read_csv(path, _PLACE_COLUMNS)
    known = {(r["admin1"], fold(r["admin2"])) for r in rows if r["feature_code"] == "ADM2" and r["admin2"]}
    seat_rows: dict[tuple[str, str], list[dict[str, str]]] = {}
    largest: dict[tuple[str, str], dict[str, str]] = {}
    for row in rows:
        key = (row["admin1"], fold(row["admin2"]))
        if key not in known or not row["lat"] or not row["lon"]:
            continue
        if row["feature_code"] in _SEAT_KINDS:
            seat_rows.setdefault(key, []).append(row)
        elif row["feature_code"] in ("PPL", "PPLL") and row["population"]:
            population = int(_number(path, row, "population", int))
            if population >= SEAT_POPULATION and (
                key not in largest or population > int(largest[key]["population"])
            ):
                largest[key] = row
    seats: dict[tuple[str, str], Place] = {}
    for key in known:
        found = seat_rows.get(key, [])
        chosen: dict[str, str] | None = found[0] if len(found) == 1 else None if found else largest.get(key)
        if chosen is not None:
            seats[key] = Place(
                place_id=f"geonames:{chosen['geonameid']}"
                if chosen["geonameid"]
                else f"wof:{chosen['wof_id']}",
                name=chosen["name"],
                level="city",
                country="",
                state=chosen["admin1_name"] or None,
                state_code=chosen["admin1"] or None,
                lat=round(_number(path, chosen, "lat", float), 5),
                lon=round(_number(path, chosen, "lon", float), 5),
            )
    return seats


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shared gazetteer (cached in-process, and as a prepared index on disk).

    It lives as long as the process, so its objects are moved out of the garbage collector's
    sight (`gc.freeze`): otherwise every full collection during extraction rescans them.
    """
    gazetteer = load_gazetteer_from()
    gc.freeze()
    return gazetteer


# --- Containment and places by id (issue 10: events are grouped at their finest place) ----------

_SEAT_KINDS = ("PPLC", "PPLA", "PPLA2", "PPLA3")
"""A municipality's seat: the town its parishes and sectors are read as part of."""


def containment_parents(profile: CountryProfile | None = None) -> dict[str, list[str]]:
    """Each place's direct containers, from the gazetteer's own rows: a town or parish is in
    its municipality (same state code and admin2 name), a municipality in its state, a state
    in its country; a parish or sector (ADM3, PPLX) is also in its municipality's seat when
    the municipality has exactly one (Catedral in Caracas), and a curated place is in its state.

    Why from the rows and not the index: the index keeps what a name means, not the admin2
    column, and reading the CSV again costs a few hundredths of a second.
    """
    profile = profile or load_country_profile()
    rows = _read_csv(profile.places_csv, _PLACE_COLUMNS)
    country = f"country:{profile.code}"

    def place_id(row: dict[str, str]) -> str:
        return f"geonames:{row['geonameid']}" if row["geonameid"] else f"wof:{row['wof_id']}"

    states: dict[str, str] = {}
    municipalities: dict[tuple[str, str], str] = {}
    seats: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        kind, code, admin2 = row["feature_code"], row["admin1"], row["admin2"]
        if kind == "ADM1" and code:
            states[code] = place_id(row)
        elif kind == "ADM2" and code and admin2:
            municipalities[(code, fold(admin2))] = place_id(row)
        elif kind in _SEAT_KINDS and code and admin2:
            seats.setdefault((code, fold(admin2)), []).append(place_id(row))
    parents: dict[str, list[str]] = {state: [country] for state in states.values()}
    for row in rows:
        kind, code = row["feature_code"], row["admin1"]
        if kind in ("ADM1", "COUNTRY") or not code:
            continue
        own = place_id(row)
        ups: list[str] = []
        key = (code, fold(row["admin2"])) if row["admin2"] else None
        if kind != "ADM2" and key and key in municipalities:
            ups.append(municipalities[key])
        if kind in ("ADM3", "PPLX") and key and len(seats.get(key, ())) == 1 and seats[key][0] != own:
            ups.append(seats[key][0])
        if code in states:
            ups.append(states[code])
        if ups:
            parents[own] = ups
    for row in _read_csv(profile.supplement_csv, _SUPPLEMENT_COLUMNS):
        if row["state_code"] in states:
            parents.setdefault(row["id"], []).append(states[row["state_code"]])
    return parents


@functools.lru_cache(maxsize=1)
def load_containment() -> ContainmentTable:
    """The shipped country's containment (a `grouping.ContainmentTable`), cached per process:
    what the store's event build asks "is place A inside place B"."""
    from dashboard.grouping import ContainmentTable

    return ContainmentTable(containment_parents())


@functools.lru_cache(maxsize=1)
def _places_by_id() -> dict[str, Place]:
    found: dict[str, Place] = {}
    for entries in load_gazetteer().index.values():
        for entry in entries:
            found.setdefault(entry.place.place_id, entry.place)
    return found


def all_places() -> list[Place]:
    """Every place of the gazetteer, once each (the Review map's "places near a click")."""
    return list(_places_by_id().values())


def place_by_id(place_id: str) -> Place | None:
    """The gazetteer's place with this id, or None: how a correction that names only a
    `place_id` gets its place in full (corrections import, the Review page)."""
    return _places_by_id().get(place_id)


def search_places(query: str, *, limit: int = 20) -> list[Place]:
    """Places whose name (or a name of theirs) starts with the words of `query`, best first:
    the Review page's "fix the place" search. Accents and case are ignored."""
    key = name_key(query)
    if not key:
        return []
    gazetteer = load_gazetteer()
    exact = [entry for entry in gazetteer.index.get(key, ())]
    starting = [
        entry
        for name, entries in gazetteer.index.items()
        if name != key and name.startswith(key)
        for entry in entries
    ]
    ranked = sorted(exact, key=lambda e: -e.prior) + sorted(starting, key=lambda e: -e.prior)
    out: dict[str, Place] = {}
    for entry in ranked:
        out.setdefault(entry.place.place_id, entry.place)
        if len(out) >= limit:
            break
    return list(out.values())
