"""The shapes of data that every stage of the pipeline agrees on.

Frozen dataclasses, so that a value handed from one stage to the next cannot be
changed behind the receiver's back, and column names defined once, so that the
store, the events DataFrame, the exports and the app never spell them twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple, Protocol

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

PLACE_KEYS: tuple[str, ...] = ("place_id", "name", "level", "country", "state", "state_code", "lat", "lon")
"""Where something is: the same keys, in this order, in a mention and in an event."""

# The keys of one `protestmap extract --format jsonl` line, in order. Other tools rely on them.
MENTION_KEYS: tuple[str, ...] = (
    "surface",
    "start",
    "end",
    *PLACE_KEYS,
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


# --- Events: what the map counts (issue 10) ---------------------------------------------------

EVENT_STATUSES: tuple[str, ...] = ("auto", "verified", "corrected")
"""`auto`: as the rules grouped it; `verified`: a person confirmed a mention of it and changed
nothing; `corrected`: a person fixed, added, merged or split something in it."""

# The keys of one `protestmap events --format jsonl` line (unit: event), in order. The issue's
# keys first; the admin levels the grouping keeps (the containers named around the event's
# finest place) after them, so that the first block never moves.
EVENT_KEYS: tuple[str, ...] = (
    "event_id",
    *PLACE_KEYS,
    "coord_precision",
    "event_date",
    "date_precision",
    "event_type",
    "confidence",
    "n_articles",
    "n_sources",
    "n_mentions",
    "first_reported",
    "last_reported",
    "article_ids",
    "status",
    "municipality",
    "city",
)


@dataclass(frozen=True)
class ArticleMentions:
    """One stored article as the grouping sees it: its id, its metadata and its mentions.

    The text is not here: grouping never reads it (excerpts are the mentions' sentences),
    and 100,000 mentions' articles would otherwise be held in memory for nothing.
    """

    article_id: str
    mentions: tuple[Mention, ...]
    source: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None
    language: str | None = None


class EventMember(NamedTuple):
    """One mention that an event is made of: where it is (article and span, which is how
    corrections and excerpts find it again after a reprocess), what place it names, and the
    sentence shown as its excerpt. A tuple, because there is one per mention (100,000s)."""

    article_id: str
    start: int
    end: int
    place_id: str
    level: str
    sentence: str
    status: str


class Event(NamedTuple):
    """Something that happened at one place, on one day, of one type family, with every
    article that reports it (see `dashboard.grouping` for the rules).

    Fields are EVENT_KEYS in order, then `members` (not an export column: the store keeps
    them as the event's mentions). A NamedTuple rather than a frozen dataclass: as immutable,
    and built five times faster, which matters at 100,000 mentions (`protestmap bench`).
    """

    event_id: str
    place_id: str
    name: str
    level: str
    country: str
    state: str | None
    state_code: str | None
    lat: float
    lon: float
    coord_precision: str
    event_date: date | None
    date_precision: str | None
    event_type: str | None
    confidence: float
    n_articles: int
    n_sources: int
    n_mentions: int
    first_reported: date | None
    last_reported: date | None
    article_ids: tuple[str, ...]
    status: str
    municipality: str | None
    city: str | None
    members: tuple[EventMember, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """Exactly EVENT_KEYS; dates as ISO strings, article ids as a list."""
        record: dict[str, Any] = {key: getattr(self, key) for key in EVENT_KEYS}
        for key in ("event_date", "first_reported", "last_reported"):
            value = record[key]
            record[key] = value.isoformat() if value is not None else None
        record["article_ids"] = list(self.article_ids)
        return record

    def excerpts(self) -> dict[str, tuple[str, ...]]:
        """Per reporting article (in `article_ids` order), its distinct sentences about this
        event in text order: a sentence naming plaza, city and state, or a caption repeated
        in the article, is shown once."""
        by_article: dict[str, dict[str, None]] = {aid: {} for aid in self.article_ids}
        for member in sorted(self.members, key=lambda m: (m.article_id, m.start)):
            by_article.setdefault(member.article_id, {})[member.sentence] = None
        return {aid: tuple(sentences) for aid, sentences in by_article.items()}
