"""The shapes of data that every stage of the pipeline agrees on.

Frozen dataclasses, so that a value handed from one stage to the next cannot be
changed behind the receiver's back, and column names defined once, so that the
store, the events DataFrame, the exports and the app never spell them twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

LEVELS: tuple[str, ...] = ("country", "state", "municipality", "city", "neighbourhood", "landmark")
ROLES: tuple[str, ...] = ("protest_site", "other")
EVENT_TYPES: tuple[str, ...] = (
    "peaceful_protest",
    "protest_with_intervention",
    "excessive_force",
    "arrests",
    "pro_government_rally",
)
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month")
COORD_PRECISIONS: tuple[str, ...] = ("exact", "city", "state")
"""How far a mention's point can be trusted: its own place (`exact`), or the point of the city
or state it was anchored to because no gazetteer knows the street, plaza or sector itself."""

# The keys of one `protestmap extract --format jsonl` line, in order. Other tools rely on them.
MENTION_KEYS: tuple[str, ...] = (
    "surface",
    "start",
    "end",
    "place_id",
    "name",
    "level",
    "country",
    "state",
    "state_code",
    "lat",
    "lon",
    "role",
    "event_type",
    "event_date",
    "date_precision",
    "confidence",
    "sentence",
    "anchor_place_id",
    "coord_precision",
)


@dataclass(frozen=True)
class Place:
    """A resolved place: what a gazetteer row or an online geocoder answer becomes.

    `place_id` is stable across runs (e.g. ``geonames:3646738``, ``nominatim:relation/123``)
    so that the same place from two articles groups together on the map.
    """

    place_id: str
    name: str
    level: str
    country: str
    state: str | None
    state_code: str | None
    lat: float
    lon: float
    population: int = 0


@dataclass(frozen=True)
class Mention:
    """One place mention in one article: where it is in the text, where it is on Earth,
    and whether something happened there, when."""

    surface: str
    start: int
    end: int
    place_id: str
    name: str
    level: str
    country: str
    state: str | None
    state_code: str | None
    lat: float
    lon: float
    role: str
    event_type: str | None
    event_date: date | None
    date_precision: str | None
    confidence: float
    sentence: str
    # A street, plaza or sector that no gazetteer knows is placed at the container the text
    # gives it (its anchor); `coord_precision` then says the point is that city's or state's.
    anchor_place_id: str | None = None
    coord_precision: str = "exact"

    def to_json(self) -> dict[str, Any]:
        """The `extract` contract: exactly MENTION_KEYS, dates as ISO strings."""
        record: dict[str, Any] = {key: getattr(self, key) for key in MENTION_KEYS}
        record["event_date"] = self.event_date.isoformat() if self.event_date else None
        return record


@dataclass(frozen=True)
class Article:
    """An article as read from a file, before it is stored.

    `text` is the body exactly as read (after front matter or HTML boilerplate is
    removed); mention offsets point into it. `extra` keeps metadata keys we do not
    know, because users' files carry their own (author, section, tags...).
    """

    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None
    path: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class Extractor(Protocol):
    """What ingest, reprocess, eval, bench and the app receive to read places out of a text.

    Extraction is a pure function of (text, published, language, version): the same inputs
    give the same mentions, in any process, which is what lets ingest spread it over workers
    and re-extract only what an older `version` produced. A backend (gazetteer, geocoder) is
    bound when the extractor is built, not passed per call.
    """

    @property
    def version(self) -> str:
        """Changes whenever the output for some input may change (stored with each article)."""
        ...

    def extract(
        self, text: str, *, published: date | None = None, language: str | None = None
    ) -> list[Mention]:
        """Every place mention in `text`, sorted by start. Never raises on any str."""
        ...


class Geocoder(Protocol):
    """What the geoparser asks of a place-name backend (the offline gazetteer or Nominatim).

    Backends are passed in, never imported by the geoparser, so that tests and the
    CLI choose them (as geopy does with `adapter_factory`).
    """

    def lookup(self, name: str, *, country: str | None = None) -> Place | None:
        """The best place for `name`, biased to ISO country `country`, or None."""
        ...
