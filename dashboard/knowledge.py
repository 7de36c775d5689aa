"""The geoparser's knowledge, as data: one language pack per language and one country profile.

* A **language pack** (``data/lang/<code>.json``) holds the words the geoparser reads in that
  language: event vocabulary, clause and sentence cues, level words, the head words of streets,
  squares and sectors, and date words. `--language` (or detection) chooses the pack.
* A **country profile** (``data/country/<code>.json``) holds what belongs to the country the
  dataset is about: its gazetteer files, the priors of each kind of gazetteer row, the years
  the dataset covers, where the map opens, its local languages (whose place and organisation
  names appear in any language's text: "Avenida Bolívar", "estado Zulia") and the names that
  look like places and are not (common words that are also hamlets, given names, agencies).

Both are validated when loaded: a missing key, a wrong type or a regular expression that does
not compile raises `DataFileError` naming the file and the key, so that a renamed key stops the
program instead of making every article silently return nothing.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dashboard.errors import DataFileError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LANG_DIR = DATA_DIR / "lang"
COUNTRY_DIR = DATA_DIR / "country"
DEFAULT_COUNTRY = "ve"

# --- the schema -------------------------------------------------------------------------------
# Each key maps to its kind: "words" (list of plain strings), "patterns" (list of regular-
# expression fragments), "pattern" (one fragment), "bool", "int_map" (str -> int),
# "pattern_map" (str -> list of fragments), "relative" (str -> [days, precision]), or a nested
# schema (a dict).

Schema = Mapping[str, Any]

LANGUAGE_SCHEMA: Schema = {
    "language": "str",
    "about": "str",
    "function_words": "words",
    "sentences": {
        "abbreviations": "words",
        "clause_split": "patterns",
        "clause_split_bare": "patterns",
        "clause_break": "patterns",
        "aim_clause": "patterns",
        "topic_clause": "patterns",
        "reported_clause_openers": "words",
        "where_clause": "patterns",
        "where_clause_cheap": "words",
        "list_conjunctions": "words",
        "list_prepositions": "words",
    },
    "events": {
        "triggers": "pattern_map",
        "meeting": "patterns",
        "planned": "patterns",
        "planned_predicate": "patterns",
        "reporting_verbs": "patterns",
        "origin": "patterns",
        "origin_journey": "patterns",
        "destination": "patterns",
        "march_towards": "patterns",
        "anaphoric_event": "patterns",
        "cumulative": "patterns",
        "count_since": "patterns",
        "present_tense": "patterns",
        "present_report": "patterns",
        "past_tense": "patterns",
        "past_suffix": "pattern",
        "authority_possessive": "patterns",
        "located_in": "patterns",
        "marching": "patterns",
        "towards": "patterns",
        "not_reached_after": "patterns",
        "going_home": "patterns",
        "attempted_towards": "patterns",
        "background_before": "patterns",
        "people_of": "patterns",
        "called_by": "patterns",
        "locating_openers": "words",
        "speaker_openers": "words",
        "reported_from_prepositions": "patterns",
        "negations": "words",
        "negations_short": "words",
        "range_to": "words",
        "caption_words": "words",
        "byline_openers": "patterns",
        "relatives": "patterns",
        "force_after": "patterns",
        "force_before": "patterns",
        "held_there": "patterns",
        "lives_in": "patterns",
        "lives_in_one": "patterns",
        "person_relatives": "words",
        "treated_at": "patterns",
        "taken_to": "patterns",
        "reference_before": "patterns",
        "measured_from": "patterns",
        "compared_before": "patterns",
        "court_of": "patterns",
        "direction_before": "patterns",
        "calm": "patterns",
        "calm_before": "patterns",
        "dateline_anaphors": "patterns",
        "capital_anaphors": "patterns",
        "kept_at": "patterns",
        "unverified": "patterns",
        "office_of": "patterns",
        "office_levels": "patterns",
        "local_offices": "patterns",
        "jurisdiction_anaphors": "patterns",
        "call_took_place": "patterns",
        "link_lines": "patterns",
        "credit_openers": "patterns",
        "likewise": "patterns",
    },
    "places": {
        "level_before": "pattern_map",
        "level_after": "pattern_map",
        "list_state_cues": "patterns",
        "landmark_heads": "words",
        "org_words": "words",
        "org_jurisdiction_words": "words",
        "allowed_preceding_capitalised": "words",
        "allowed_following_capitalised": "words",
        "container_prepositions": "patterns",
        "container_nouns": "patterns",
        "container_directions": "patterns",
        "container_articles": "patterns",
        "container_of": "patterns",
        "appositive_words": "patterns",
        "bare_appositive_nouns": "patterns",
        "name_connectors": "words",
        "demonyms": "words",
        "honorifics": "words",
        "articles": "words",
        "geocoder_cues": "words",
        "geocoder_name_connectors": "words",
        "locative_prepositions": "words",
        "state_anaphors": "words",
        "state_anaphor_not_before": "words",
        "state_back_references": "patterns",
        "state_capital_references": "patterns",
    },
    "dates": {
        "anchor_before": "patterns",
        "anchor_nouns": "patterns",
        "months": "int_map",
        "month_abbreviations": "int_map",
        "month_first": "bool",
        "weekdays_lower_case": "bool",
        "weekdays": "int_map",
        "day_month_connectors": "words",
        "year_connectors": "words",
        "ordinal_suffixes": "words",
        "past_before": "patterns",
        "past_after": "patterns",
        "this_before": "patterns",
        "future_before": "patterns",
        "relative": "relative",
        "anchor_article": "patterns",
        "anchor_held_on": "patterns",
        "anchor_noun_of": "patterns",
        "anchor_noun_qualifiers": "patterns",
        "back_reference_before": "words",
        "start_verbs": "patterns",
        "same_day": "words",
        "shifted_day": "int_map",
        "shift_of_event": "patterns",
        "plan_words": "patterns",
        "statement_day_verbs": "patterns",
        "future_words": "patterns",
        "other_time": "patterns",
        "day_only": "patterns",
        "ranges": "patterns",
        "weekend": "patterns",
        "after_event": "patterns",
        "event_day": "patterns",
        "count_words": "int_map",
        "unit_hours": "int_map",
        "plan_before": "patterns",
        "day_words": "int_map",
        "month_initials": "str_map",
        "that_year_after": "patterns",
        "by_day_after": "patterns",
        "short_numeric_before": "patterns",
        "spread_from": "patterns",
        "spread_to": "patterns",
        "weekday_abbreviations": "int_map",
        "days_ago": "patterns",
        "continuation": "patterns",
        "beyond_place": "patterns",
        "weekday_ranges": "patterns",
        "calm_words": "patterns",
        "when_clause": "patterns",
        "night_before": "patterns",
        "same_night": "patterns",
        "night_after_told_day": "patterns",
        "night_of": "patterns",
        "after_range": "patterns",
        "until_early_hours": "patterns",
        "days_after_before": "int_map",
        "announced_count": "patterns",
        "background_participle": "patterns",
        "present_perfect": "patterns",
        "reported_earlier": "patterns",
        "place_clause_openers": "patterns",
        "following_days": "patterns",
        "counted_after_apposition": "patterns",
        "aside_relatives": "words",
        "comparison_before_since": "patterns",
        "count_shares": "patterns",
    },
    "subcity": {
        "about": "str",
        "landmark_heads_before": "str_map",
        "landmark_heads_after": "str_map",
        "neighbourhood_heads_before": "str_map",
        "neighbourhood_heads_after": "str_map",
        "landmark_heads_plural": "str_map",
        "neighbourhood_heads_plural": "str_map",
        "head_modifiers": "words",
        "head_of": "words",
        "named_roads": "words",
        "other_members": "words",
        "intersections": "words",
        "crossing_cues": "words",
        "residents_cues": "words",
        "example_openers": "words",
        "landmark_cues": "words",
        "road_cues": "words",
        "bare_place_cues": "words",
        "landmark_heads_before_guarded": "str_map",
        "landmark_heads_after_guarded": "str_map",
        "guarded_head_cues": "words",
        "name_of_words": "words",
        "not_names": "words",
        "indefinite_articles": "words",
    },
}

COUNTRY_SCHEMA: Schema = {
    "country": "str",
    "name": "str",
    "about": "str",
    "local_languages": "words",
    "years": "ints",
    "published": {"first_year": "int", "years_ahead": "int"},
    "elections": "iso_dates",
    "map": {"centre": "floats", "zoom": "int", "bounds": "float_pairs"},
    "gazetteer": {
        "places": "str",
        "countries": "str",
        "world_cities": "str",
        "supplement": "str",
        "aliases": "str",
    },
    "kind_priors": "float_map",
    "confidence": {"floors": "float_map", "caps": "float_map"},
    "names": {
        "stop_names": "words",
        "given_names": "words",
        "non_places": "words",
        "news_agencies": "words",
    },
}

PRECISIONS = ("day", "week", "month")
EVIDENCE_KINDS = (
    *(f"spotted:{k}" for k in ("gazetteer", "known_subcity", "head_word", "geocoder")),
    *(
        f"resolved:{k}"
        for k in (
            "unique",
            "cued",
            "cued_ambiguous",
            "prior",
            "foreign_over_home",
            "outside_the_story",
            "namesake_elsewhere",
            "close_call",
            "town_as_sector",
            "anchored_explicit",
            "anchored_sentence",
            "anchored_paragraph",
            "anchored_document",
            "anchored_opening",
            "geocoder",
        )
    ),
    *(
        f"role:{k}"
        for k in (
            "where",
            "clause",
            "distant",
            "borrowed",
            "moved",
            "background",
            "anaphor",
            "subheading",
            "section",
            "caption",
            "container",
            "named_container",
            "list",
            "reported",
            "anchor",
            "counted_heading",
            "likewise",
            "scene",
            "reference_point",
            "planned_before",
        )
    ),
    *(
        f"event:{k}"
        for k in (
            "peaceful_protest",
            "protest_with_intervention",
            "excessive_force",
            "arrests",
            "arrests_in_state",
            "pro_government_rally",
        )
    ),
)
"""The kinds of evidence behind a place that the country profile's `confidence` weighs (the
geoparser's confidence stage names them)."""
PUBLISHED_EARLIEST_YEAR = 1678
"""The first whole year pandas' nanosecond timestamps hold (they start on 1677-09-21): a
`published.first_year` before it would let a date in that breaks every reader."""
PUBLISHED_MAX_YEARS_AHEAD = 10
"""More than this many years after today is no publication window, it is a typo."""


def _fail(path: Path, key: str, problem: str) -> DataFileError:
    return DataFileError(f"{path}: key {key!r}: {problem}")


def _check_pattern(path: Path, key: str, fragment: object) -> None:
    if not isinstance(fragment, str) or not fragment:
        raise _fail(path, key, f"expected a non-empty regular-expression string, got {fragment!r}")
    try:
        re.compile(fragment)
    except re.error as exc:
        raise _fail(path, key, f"{fragment!r} is not a valid regular expression ({exc})") from None


def _is_iso_date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _is_str_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) and item for item in value)


def _validate(path: Path, data: object, schema: Schema, prefix: str = "") -> None:
    """Check `data` against `schema`; raise naming the first bad key."""
    if not isinstance(data, dict):
        raise _fail(path, prefix or "(top level)", "expected a JSON object")
    for key, kind in schema.items():
        name = f"{prefix}{key}"
        if key not in data:
            raise _fail(path, name, "missing")
        value = data[key]
        if isinstance(kind, Mapping):
            _validate(path, value, kind, f"{name}.")
        elif kind == "str":
            if not isinstance(value, str) or not value:
                raise _fail(path, name, f"expected a non-empty string, got {value!r}")
        elif kind == "bool":
            if not isinstance(value, bool):
                raise _fail(path, name, f"expected true or false, got {value!r}")
        elif kind == "int":
            if not isinstance(value, int) or isinstance(value, bool):
                raise _fail(path, name, f"expected an integer, got {value!r}")
        elif kind == "ints":
            if not isinstance(value, list) or not value or not all(isinstance(v, int) for v in value):
                raise _fail(path, name, f"expected a non-empty list of integers, got {value!r}")
        elif kind == "iso_dates":
            if not isinstance(value, list) or not all(_is_iso_date(v) for v in value):
                raise _fail(path, name, f"expected a list of ISO dates (YYYY-MM-DD), got {value!r}")
        elif kind == "floats":
            if not isinstance(value, list) or not all(isinstance(v, int | float) for v in value):
                raise _fail(path, name, f"expected a list of numbers, got {value!r}")
        elif kind == "float_pairs":
            if not isinstance(value, list) or not all(
                isinstance(pair, list) and len(pair) == 2 and all(isinstance(v, int | float) for v in pair)
                for pair in value
            ):
                raise _fail(path, name, f"expected a list of [lat, lon] pairs, got {value!r}")
        elif kind == "words":
            if not _is_str_list(value):
                raise _fail(path, name, "expected a list of non-empty strings")
        elif kind == "patterns":
            if not isinstance(value, list):
                raise _fail(path, name, f"expected a list of regular expressions, got {value!r}")
            for fragment in value:
                _check_pattern(path, name, fragment)
        elif kind == "pattern":
            _check_pattern(path, name, value)
        elif kind == "pattern_map":
            if not isinstance(value, dict):
                raise _fail(path, name, "expected an object of lists of regular expressions")
            for sub, fragments in value.items():
                if not isinstance(fragments, list):
                    raise _fail(path, f"{name}.{sub}", "expected a list of regular expressions")
                for fragment in fragments:
                    _check_pattern(path, f"{name}.{sub}", fragment)
        elif kind == "int_map":
            if not isinstance(value, dict) or not all(
                isinstance(v, int) and not isinstance(v, bool) for v in value.values()
            ):
                raise _fail(path, name, "expected an object of integers")
        elif kind == "str_map":
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and k and isinstance(v, str) and v for k, v in value.items()
            ):
                raise _fail(path, name, "expected an object of non-empty strings")
        elif kind == "float_map":
            if not isinstance(value, dict) or not all(isinstance(v, int | float) for v in value.values()):
                raise _fail(path, name, "expected an object of numbers")
        elif kind == "relative":
            if not isinstance(value, dict):
                raise _fail(path, name, "expected an object of [days, precision] pairs")
            for word, pair in value.items():
                if (
                    not isinstance(pair, list)
                    or len(pair) != 2
                    or not isinstance(pair[0], int)
                    or pair[1] not in PRECISIONS
                ):
                    raise _fail(path, f"{name}.{word}", f"expected [days, one of {PRECISIONS}], got {pair!r}")
        else:  # pragma: no cover - a schema typo is a programming error
            raise AssertionError(f"unknown schema kind {kind!r}")


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataFileError(f"{path}: not valid JSON ({exc})") from None


@dataclass(frozen=True)
class LanguagePack:
    """A validated language pack: the raw lists, grouped as in the file (see LANGUAGE_SCHEMA)."""

    code: str
    path: str
    sentences: Mapping[str, Any]
    events: Mapping[str, Any]
    places: Mapping[str, Any]
    dates: Mapping[str, Any]
    subcity: Mapping[str, Any]
    function_words: tuple[str, ...]


@functools.lru_cache(maxsize=16)
def load_language_pack(code: str, lang_dir: Path = LANG_DIR) -> LanguagePack:
    """The pack of language `code` (e.g. ``"es"``), validated; cached per process."""
    if not re.fullmatch(r"[a-z]{2,3}", code):
        raise DataFileError(f"{lang_dir}: no language pack for {code!r} (expected a code such as 'en')")
    path = lang_dir / f"{code}.json"
    data = _read_json(path)
    _validate(path, data, LANGUAGE_SCHEMA)
    if data["language"] != code:
        raise _fail(path, "language", f"says {data['language']!r} but the file is the {code!r} pack")
    return LanguagePack(
        code=code,
        path=str(path),
        sentences=data["sentences"],
        events=data["events"],
        places=data["places"],
        dates=data["dates"],
        subcity=data["subcity"],
        function_words=tuple(data["function_words"]),
    )


def available_languages(lang_dir: Path = LANG_DIR) -> tuple[str, ...]:
    """The codes of the shipped language packs, sorted."""
    return tuple(sorted(path.stem for path in lang_dir.glob("*.json")))


@dataclass(frozen=True)
class MapView:
    """Where the map of this country opens: centre [lat, lon], zoom, bounds [[s, w], [n, e]]."""

    centre: tuple[float, float]
    zoom: int
    bounds: tuple[tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class CountryProfile:
    """A validated country profile (see COUNTRY_SCHEMA); gazetteer paths are absolute."""

    code: str
    name: str
    path: str
    local_languages: tuple[str, ...]
    years: tuple[int, ...]
    published_first_year: int
    published_years_ahead: int
    elections: tuple[date, ...]
    """Days of national elections, oldest first: what "the day after the election" counts from
    when the text does not give the election's day itself."""
    map_view: MapView
    places_csv: Path
    countries_csv: Path
    world_cities_csv: Path
    supplement_csv: Path
    aliases_csv: Path
    kind_priors: Mapping[str, float]
    confidence_floors: Mapping[str, float]
    """The least confidence of a place with each kind of evidence (see geoparse.confidence)."""
    confidence_caps: Mapping[str, float]
    """The most confidence of a place with each kind of evidence (see geoparse.confidence)."""
    stop_names: tuple[str, ...]
    given_names: tuple[str, ...]
    non_places: tuple[str, ...]
    news_agencies: tuple[str, ...]

    def published_window(self, today: date | None = None) -> tuple[date, date]:
        """The publication dates ingest accepts: 1 January of ``published.first_year`` to
        31 December of ``published.years_ahead`` years after today's year.

        A date outside it is a typo or a placeholder (0001-01-01), and one such date stored
        used to break every reader of the database.
        """
        today = today or date.today()
        return date(self.published_first_year, 1, 1), date(today.year + self.published_years_ahead, 12, 31)

    def gazetteer_files(self) -> tuple[Path, ...]:
        """Every file the gazetteer is built from (their content is its cache key)."""
        return (
            self.places_csv,
            self.countries_csv,
            self.world_cities_csv,
            self.supplement_csv,
            self.aliases_csv,
        )


@functools.lru_cache(maxsize=8)
def load_country_profile(code: str = DEFAULT_COUNTRY, country_dir: Path = COUNTRY_DIR) -> CountryProfile:
    """The profile of country `code` (e.g. ``"ve"``), validated; cached per process."""
    path = country_dir / f"{code}.json"
    data = _read_json(path)
    _validate(path, data, COUNTRY_SCHEMA)
    base = path.parent
    files = {key: (base / value).resolve() for key, value in data["gazetteer"].items()}
    for key, file in files.items():
        if not file.exists():
            raise _fail(path, f"gazetteer.{key}", f"file {file} does not exist")
    view = data["map"]
    if len(view["centre"]) != 2 or len(view["bounds"]) != 2:
        raise _fail(path, "map", "centre is [lat, lon] and bounds [[south, west], [north, east]]")
    (south, west), (north, east) = view["bounds"]
    published = data["published"]
    this_year = date.today().year
    if not PUBLISHED_EARLIEST_YEAR <= published["first_year"] <= this_year:
        raise _fail(
            path,
            "published.first_year",
            f"expected a year from {PUBLISHED_EARLIEST_YEAR} to {this_year}, got {published['first_year']!r}",
        )
    if not 0 <= published["years_ahead"] <= PUBLISHED_MAX_YEARS_AHEAD:
        raise _fail(
            path,
            "published.years_ahead",
            f"expected 0 to {PUBLISHED_MAX_YEARS_AHEAD} years, got {published['years_ahead']!r}",
        )
    for table in ("floors", "caps"):
        for kind, value in data["confidence"][table].items():
            key = f"confidence.{table}.{kind}"
            if kind not in EVIDENCE_KINDS:
                raise _fail(path, key, f"unknown kind of evidence (known: {', '.join(EVIDENCE_KINDS)})")
            if not 0.0 <= value <= 1.0:
                raise _fail(path, key, f"expected a confidence from 0 to 1, got {value!r}")
    return CountryProfile(
        code=str(data["country"]).upper(),
        name=data["name"],
        path=str(path),
        local_languages=tuple(data["local_languages"]),
        years=tuple(data["years"]),
        published_first_year=published["first_year"],
        published_years_ahead=published["years_ahead"],
        elections=tuple(sorted(date.fromisoformat(d) for d in data["elections"])),
        map_view=MapView(
            (float(view["centre"][0]), float(view["centre"][1])),
            int(view["zoom"]),
            ((float(south), float(west)), (float(north), float(east))),
        ),
        places_csv=files["places"],
        countries_csv=files["countries"],
        world_cities_csv=files["world_cities"],
        supplement_csv=files["supplement"],
        aliases_csv=files["aliases"],
        kind_priors={str(k): float(v) for k, v in data["kind_priors"].items()},
        confidence_floors={str(k): float(v) for k, v in data["confidence"]["floors"].items()},
        confidence_caps={str(k): float(v) for k, v in data["confidence"]["caps"].items()},
        stop_names=tuple(data["names"]["stop_names"]),
        given_names=tuple(data["names"]["given_names"]),
        non_places=tuple(data["names"]["non_places"]),
        news_agencies=tuple(data["names"]["news_agencies"]),
    )
