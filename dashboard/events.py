"""The events DataFrame: the one way the app, the CLI and the tests read what is stored.

An *event* is something that happened at one place, on one day, of one type family, with
every article that reports it (`dashboard.grouping` has the rules). The events are built from
the stored mentions and the reviewers' corrections, and stored (`Store.rebuild_events`, after
every ingest, reprocess and review); `load_events` reads them, one row per event, with the
columns of `EVENT_FRAME_COLUMNS`:

=============== ================== ====================================================
column          dtype              meaning
=============== ================== ====================================================
event_id        str                16 hex digits, stable across re-ingest and reprocess
place_id        str                the event's finest place
name, level     str, category      its name and level
country         str                ISO 3166-1 alpha-2
state           category           its state (or missing)
state_code      str                ISO 3166-2 or missing
lat, lon        float64            WGS84
coord_precision category           exact, city or state: whose point lat/lon is
event_date      datetime64[ns]     the day; NaT for an undated event (or the week's or month's date)
date_precision  str                day, week, month, or missing
event_type      category           the most severe type reported (or a reviewer's)
confidence      float64            1 - prod(1 - c) over its sources' best mentions
n_articles      int64              articles that report it
n_sources       int64              distinct sources among them
n_mentions      int64              distinct sentences that report it, per article
first_reported  datetime64[ns]     earliest publication date among its articles
last_reported   datetime64[ns]     latest
article_ids     object (tuple)     its articles, first reported first
status          category           auto, verified (a person confirmed it), corrected
municipality    str                admin level kept from its containers, or missing
city            str                likewise
sources         object (tuple)     its articles' distinct source names, first reported first
=============== ================== ====================================================

What each article says about an event (its sentences, with the article's title, source,
url and date) is a second frame keyed by event_id: `load_excerpts` (`EXCERPT_COLUMNS`).

`load_events(unit="mention")` returns the stored mentions themselves, as before events were
grouped (`protestmap events --unit mention`): one row per place mention, columns
`EVENT_COLUMNS`:

=============== ================== ====================================================
column          dtype              meaning
=============== ================== ====================================================
event_id        int64              the mention's row id in the store (stable)
article_id      str                SHA-256 of the article's normalised text
surface         str                the mention as written
start, end      int64              character offsets into the article's text
place_id        str                gazetteer or geocoder id (groups the same place)
name            str                the place's display name
level           category           country, state, municipality, city, neighbourhood, landmark
country         str                ISO 3166-1 alpha-2
state           category           current official state name (or missing)
state_code      str                ISO 3166-2 (e.g. VE-X) or missing
lat, lon        float64            WGS84
role            category           protest_site or other
event_type      category           see models.EVENT_TYPES (or missing)
event_date      datetime64[ns]     the day of the event, NaT when unknown
date_precision  str                day, week, month, or missing
confidence      float64            in [0, 1]
sentence        str                the sentence that reports it
anchor_place_id str                the city or state a street or sector was placed at, or missing
coord_precision category           exact, city or state: whose point lat/lon is
title           str                the article's title
source          category           the article's source (publication)
url             str                the article's URL
published       datetime64[ns]     the article's publication date, NaT when unknown
=============== ================== ====================================================
"""

from __future__ import annotations

import difflib
import os
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .errors import ProtestmapError, StoreError
from .models import COORD_PRECISIONS, EVENT_KEYS, EVENT_STATUSES, EVENT_TYPES, LEVELS, MENTION_KEYS, ROLES

# A stored mention as `protestmap extract` reports it, between its ids and its article's metadata.
EVENT_COLUMNS: tuple[str, ...] = (
    ("event_id", "article_id") + MENTION_KEYS + ("title", "source", "url", "published")
)
"""The columns of `load_events(unit="mention")` (one row per place mention)."""
EVENT_FRAME_COLUMNS: tuple[str, ...] = (*EVENT_KEYS, "sources")
"""The columns of `load_events()` (one row per event): the export keys, then `sources`."""
EXCERPT_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "start", "end", "place_id", "level", "status", "surface", "sentence",
    "title", "source", "url", "published",
)  # fmt: skip
"""The columns of `load_excerpts()`: one row per mention of an event, with its sentence and its
article's metadata, ordered by event, article and position."""
UNITS: tuple[str, ...] = ("event", "mention")


# Nullable text columns are read as '' (see store.base.SELECT_EVENTS) and turned back into
# missing values in Arrow.
_NULLABLE_TEXT = (
    "country",
    "state",
    "state_code",
    "event_type",
    "event_date",
    "date_precision",
    "title",
    "source",
    "url",
    "published",
    "anchor_place_id",
)
_DATE_COLUMNS = ("event_date", "published")
# datetime64[ns] spans 1677-09-21 to 2262-04-11: a stored date outside it reads as missing.
_FIRST_DAY, _LAST_DAY = date(1678, 1, 1), date(2262, 4, 10)


def empty_events() -> pd.DataFrame:
    """A frame with no rows and the documented columns and dtypes (an empty database)."""
    frame = pd.DataFrame({column: pd.Series([], dtype=object) for column in EVENT_COLUMNS})
    frame = frame.astype({c: "int64" for c in ("event_id", "start", "end")})
    frame = frame.astype({c: "float64" for c in ("lat", "lon", "confidence")})
    frame = frame.astype(
        {
            c: "str"
            for c in (
                "article_id",
                "surface",
                "place_id",
                "name",
                "country",
                "state_code",
                "date_precision",
                "sentence",
                "title",
                "url",
                "anchor_place_id",
            )
        }
    )
    for column in ("event_date", "published"):
        frame[column] = pd.Series([], dtype="datetime64[ns]")
    return _categorise(frame)


def _categorise(frame: pd.DataFrame) -> pd.DataFrame:
    frame["level"] = pd.Categorical(frame["level"], categories=list(LEVELS))
    frame["role"] = pd.Categorical(frame["role"], categories=list(ROLES))
    frame["event_type"] = pd.Categorical(frame["event_type"], categories=list(EVENT_TYPES))
    frame["coord_precision"] = pd.Categorical(frame["coord_precision"], categories=list(COORD_PRECISIONS))
    frame["state"] = frame["state"].astype("category")
    frame["source"] = frame["source"].astype("category")
    return frame


def _read_dates(values: Any) -> Any:  # pyarrow string array -> timestamp[ns] array
    """Stored ISO dates as timestamps; anything unreadable or out of range becomes missing.

    One bad value (a hand-edited row, a date from before ingest refused them) must not stop
    every reader: it reads as an unknown date, never as an exception.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    days = pc.strptime(
        pc.utf8_slice_codeunits(values, 0, 10), format="%Y-%m-%d", unit="s", error_is_null=True
    )
    low = pa.scalar(datetime(_FIRST_DAY.year, _FIRST_DAY.month, _FIRST_DAY.day), pa.timestamp("s"))
    high = pa.scalar(datetime(_LAST_DAY.year, _LAST_DAY.month, _LAST_DAY.day), pa.timestamp("s"))
    in_range = pc.and_(pc.greater_equal(days, low), pc.less_equal(days, high))
    return pc.if_else(in_range, days, pa.scalar(None, pa.timestamp("s"))).cast(pa.timestamp("ns"))


def clean_events_table(table: Any) -> Any:  # pyarrow.Table -> pyarrow.Table
    """The raw events query's table with '' as missing and the dates as timestamps."""
    import pyarrow as pa
    import pyarrow.compute as pc

    for column in _NULLABLE_TEXT:
        values = table.column(column).cast(pa.string())
        values = pc.if_else(pc.equal(values, ""), pa.scalar(None, pa.string()), values)
        if column in _DATE_COLUMNS:
            values = _read_dates(values)
        table = table.set_column(table.schema.get_field_index(column), column, values)
    return table


def load_events(
    db: str | os.PathLike[str] | Any,
    *,
    unit: str = "event",
    roles: tuple[str, ...] = ("protest_site",),
    use_snapshot: bool = True,
) -> pd.DataFrame:
    """The stored events, one row per event (`EVENT_FRAME_COLUMNS`), or with ``unit="mention"``
    the stored mentions with the given roles (`EVENT_COLUMNS`), typed as documented above.

    Events are read as stored; when the database changed since they were built (an article
    saved by a path that does not rebuild them, a copied database), they are rebuilt and
    stored first, or built in memory when the database cannot be written.

    `db` is a path, an ``sqlite:///`` or ``postgresql://`` URL, or an open `store.Store`.
    A missing SQLite file reads as empty, so that the app can show its empty state. A file that
    is not a protestmap database is refused (StoreError) before anything reads it.

    The first read at a database revision runs the SQL join and keeps its result as a columnar
    snapshot (`store.snapshot`); later reads at that revision, in any process, map the snapshot
    instead of running the join again (`use_snapshot=False` always runs it: the bench's baseline).
    """
    from . import store
    from .store import snapshot

    if unit not in UNITS:
        raise ValueError(f"unit {unit!r} is not one of {', '.join(UNITS)}")
    if unit == "event":
        return _load_event_frame(db, use_snapshot=use_snapshot)
    if not isinstance(db, store.Store):
        resolved = store.resolve_db(db)
        if isinstance(resolved, Path) and not resolved.exists():
            return empty_events()
    roles = tuple(roles)
    with store.opened_for_reading(db) as opened:
        # The revision is read before the rows: a write in between changes the revision, so a
        # snapshot can be newer than its key says, never older.
        key = snapshot.key_for(opened, roles) if use_snapshot else None
        table = snapshot.read(key)
        if table is None:
            table = clean_events_table(opened.read_events_arrow(roles))
            snapshot.write(key, table)
    if table.num_rows == 0:
        return empty_events()
    frame = table.to_pandas()
    frame = frame.astype({"event_id": "int64", "start": "int64", "end": "int64"})
    return _categorise(frame)[list(EVENT_COLUMNS)]


# --- Events (one row per event) and their excerpts ----------------------------------------------

_EVENT_NULLABLE_TEXT = (
    "country", "state", "state_code", "municipality", "city", "event_date", "date_precision", "event_type",
    "first_reported", "last_reported",
)  # fmt: skip
_EVENT_DATE_COLUMNS = ("event_date", "first_reported", "last_reported")
_EXCERPT_NULLABLE_TEXT = ("title", "source", "url", "published")


def _clean(table: Any, nullable: tuple[str, ...], dates: tuple[str, ...]) -> Any:
    import pyarrow as pa
    import pyarrow.compute as pc

    for column in nullable:
        values = table.column(column).cast(pa.string())
        values = pc.if_else(pc.equal(values, ""), pa.scalar(None, pa.string()), values)
        if column in dates:
            values = _read_dates(values)
        table = table.set_column(table.schema.get_field_index(column), column, values)
    return table


def _split(values: pd.Series, separator: str | None) -> pd.Series:
    """A text column of joined values as tuples (each distinct text split once)."""
    codes, uniques = pd.factorize(values.fillna(""))
    parts = [tuple(u.split(separator)) if u else () for u in uniques.tolist()]
    return pd.Series([parts[c] for c in codes.tolist()], index=values.index, dtype=object)


def empty_event_frame() -> pd.DataFrame:
    """No events, with the documented columns and dtypes."""
    frame = pd.DataFrame({column: pd.Series([], dtype=object) for column in EVENT_FRAME_COLUMNS})
    for column in ("lat", "lon", "confidence"):
        frame[column] = pd.Series([], dtype="float64")
    for column in ("n_articles", "n_sources", "n_mentions"):
        frame[column] = pd.Series([], dtype="int64")
    for column in _EVENT_DATE_COLUMNS:
        frame[column] = pd.Series([], dtype="datetime64[ns]")
    return _categorise_events(frame)


def _categorise_events(frame: pd.DataFrame) -> pd.DataFrame:
    frame["level"] = pd.Categorical(frame["level"], categories=list(LEVELS))
    frame["event_type"] = pd.Categorical(frame["event_type"], categories=list(EVENT_TYPES))
    frame["coord_precision"] = pd.Categorical(frame["coord_precision"], categories=list(COORD_PRECISIONS))
    frame["status"] = pd.Categorical(frame["status"], categories=list(EVENT_STATUSES))
    frame["state"] = frame["state"].astype("category")
    return frame


def _event_frame(table: Any) -> pd.DataFrame:
    """The cleaned events table as the documented frame."""
    from .store.base import SOURCES_SEPARATOR

    if table.num_rows == 0:
        return empty_event_frame()
    frame = table.to_pandas()
    frame["article_ids"] = _split(frame["article_ids"], None)
    frame["sources"] = _split(frame["sources"], SOURCES_SEPARATOR)
    frame = frame.astype({"n_articles": "int64", "n_sources": "int64", "n_mentions": "int64"})
    return _categorise_events(frame)[list(EVENT_FRAME_COLUMNS)]


def _table_of_rows(rows: list[tuple[Any, ...]], names: tuple[str, ...], nullable: tuple[str, ...]) -> Any:
    """Rows as an Arrow table shaped like the SQL reader's (missing text read as '')."""
    import pyarrow as pa

    columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
    arrays = {}
    for name, values in zip(names, columns, strict=True):
        if name in nullable:
            values = tuple("" if v is None else v for v in values)
        arrays[name] = pa.array(list(values))
    return pa.table(arrays)


def _built_in_memory(opened: Any) -> tuple[Any, Any]:
    """(events table, excerpts table) built from what is stored, without writing (a database
    this process cannot write, whose events are stale)."""
    from .store.base import EVENT_TABLE_COLUMNS, event_mention_rows, event_rows

    tables, _, sources = opened.build_events()
    names = tuple(c for c in EVENT_TABLE_COLUMNS if c != "seq")
    rows = [row[:1] + row[2:] for row in event_rows(tables.events, sources)]
    events = _clean(
        _table_of_rows(rows, names, _EVENT_NULLABLE_TEXT), _EVENT_NULLABLE_TEXT, _EVENT_DATE_COLUMNS
    )
    meta = {
        str(r[0]): r[1:]
        for r in opened.execute("SELECT article_id, title, source, url, published FROM articles").fetchall()
    }
    excerpt_rows = []
    for event_id, aid, start, end, status, place_id, level, surface, sentence in event_mention_rows(
        tables.members
    ):
        title, source, url, published = meta.get(aid, (None, None, None, None))
        excerpt_rows.append(
            (
                event_id,
                aid,
                start,
                end,
                place_id,
                level,
                status,
                surface,
                sentence,
                title,
                source,
                url,
                published,
            )
        )
    excerpt_rows.sort(key=lambda r: (r[0], r[1], r[2]))
    excerpts = _clean(
        _table_of_rows(excerpt_rows, EXCERPT_COLUMNS, _EXCERPT_NULLABLE_TEXT),
        _EXCERPT_NULLABLE_TEXT,
        ("published",),
    )
    return events, excerpts


def ensure_events(db: str | os.PathLike[str] | Any) -> bool:
    """Rebuild and store the events when they are stale; False when the database cannot be
    written (the caller then builds them in memory)."""
    from . import store

    try:
        with store.opened(db, create=False) as writer:
            if not writer.events_current():
                writer.rebuild_events()
    except StoreError:
        return False
    return True


def _read_tables(db: Any, what: str, use_snapshot: bool) -> Any:
    """The cleaned Arrow table of the events ("events") or their excerpts ("excerpts"), from
    the snapshot of this revision when there is one; stale events are rebuilt first."""
    from . import store
    from .store import snapshot

    with store.opened_for_reading(db) as opened:
        current = opened.events_current()
    if not current and not ensure_events(db):
        with store.opened_for_reading(db) as opened:
            events, excerpts = _built_in_memory(opened)
        return events if what == "events" else excerpts
    with store.opened_for_reading(db) as opened:
        key = snapshot.key_for(opened, (f"@{what}",)) if use_snapshot else None
        table = snapshot.read(key)
        if table is None:
            if what == "events":
                table = _clean(opened.read_event_table_arrow(), _EVENT_NULLABLE_TEXT, _EVENT_DATE_COLUMNS)
            else:
                table = _clean(opened.read_excerpts_arrow(), _EXCERPT_NULLABLE_TEXT, ("published",))
            if opened.events_current():
                snapshot.write(key, table)
    return table


def _missing_file(db: Any) -> bool:
    from . import store

    if isinstance(db, store.Store):
        return False
    resolved = store.resolve_db(db)
    return isinstance(resolved, Path) and not resolved.exists()


def _load_event_frame(db: Any, *, use_snapshot: bool) -> pd.DataFrame:
    if _missing_file(db):
        return empty_event_frame()
    return _event_frame(_read_tables(db, "events", use_snapshot))


def empty_excerpts() -> pd.DataFrame:
    frame = pd.DataFrame({column: pd.Series([], dtype=object) for column in EXCERPT_COLUMNS})
    frame = frame.astype({"start": "int64", "end": "int64"})
    frame["published"] = pd.Series([], dtype="datetime64[ns]")
    return frame


def load_excerpts(db: str | os.PathLike[str] | Any, *, use_snapshot: bool = True) -> pd.DataFrame:
    """What each article says about each event: one row per mention of an event, with its
    sentence and its article's title, source, url and date (`EXCERPT_COLUMNS`), by event,
    article and position. Keyed by `event_id` (the events frame's)."""
    if _missing_file(db):
        return empty_excerpts()
    table = _read_tables(db, "excerpts", use_snapshot)
    if table.num_rows == 0:
        return empty_excerpts()
    frame = table.to_pandas()
    frame["source"] = frame["source"].astype("category")
    return frame.astype({"start": "int64", "end": "int64"})[list(EXCERPT_COLUMNS)]


def is_event_frame(events: pd.DataFrame) -> bool:
    """Whether a frame is one row per event (`load_events()`), not per mention."""
    return "article_ids" in events.columns and "article_id" not in events.columns


def excerpts_of(excerpts: pd.DataFrame, event_ids: Iterable[str]) -> pd.DataFrame:
    """The excerpt rows of these events, in the order of `event_ids`, then article and position."""
    wanted = list(dict.fromkeys(event_ids))
    rows = excerpts[excerpts["event_id"].isin(wanted)]
    order = {event_id: rank for rank, event_id in enumerate(wanted)}
    return (
        rows.assign(_rank=rows["event_id"].map(order))
        .sort_values(["_rank", "article_id", "start"], kind="stable")
        .drop(columns="_rank")
    )


def db_version(db: str | os.PathLike[str]) -> str:
    """A cheap token that changes whenever the database does: the cache key for load_events."""
    from . import store

    resolved = store.resolve_db(db)
    if isinstance(resolved, Path) and not resolved.exists():
        return f"{resolved}:missing"
    try:
        with store.opened_for_reading(db) as opened:
            return f"{opened.location}:{opened.instance()}:{opened.revision()}"
    except store.StoreError:
        if isinstance(resolved, Path):
            return f"{resolved}:unreadable:{resolved.stat().st_mtime_ns}"
        raise


@dataclass(frozen=True)
class EventFilter:
    """What a user narrows the events to. Empty tuples and None mean "no restriction".

    Frozen and made of tuples so that it can key caches (st.cache_data) and permalinks.
    """

    date_from: date | None = None
    date_to: date | None = None
    states: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    search: str = ""
    min_confidence: float = 0.0
    place_id: str | None = None
    include_undated: bool = True
    article_ids: tuple[str, ...] = ()
    """Only the events of these articles (the Add-articles page's "show on the map" link)."""
    min_sources: int = 0
    """Only events reported by at least this many distinct sources (0 or 1: no restriction)."""
    statuses: tuple[str, ...] = ()
    """Only events with these review statuses (auto, verified, corrected)."""

    def is_empty(self) -> bool:
        return self == EventFilter()


def search_hits(db: str | os.PathLike[str], query: str) -> frozenset[str]:
    """The articles whose title or whole text has every word of `query`, accents and case
    ignored: the store's full-text index (SQLite FTS5), not a loop over the rows."""
    from . import store

    resolved = store.resolve_db(db)
    if not query.strip() or (isinstance(resolved, Path) and not resolved.exists()):
        return frozenset()
    with store.opened_for_reading(db) as opened:
        return frozenset(opened.search_article_ids(query))


def filter_events(
    events: pd.DataFrame, flt: EventFilter, *, search_hits: frozenset[str] | None = None
) -> pd.DataFrame:
    """The rows of `events` that pass `flt`. Pure and idempotent: filtering twice changes nothing.

    Events with no date pass a date range only when `include_undated` (the default), because
    an undated protest is still a protest; the UI says how many of those are in view.

    `flt.search` keeps the events of the articles in `search_hits` (from `search_hits()`, the
    full-text index over titles and whole texts). Without them (a frame with no database behind
    it) it falls back to the sentence and place name containing the text, case-insensitively.
    """
    if is_event_frame(events):
        return _filter_event_frame(events, flt, search_hits)
    mask = _shared_mask(events, flt)
    if flt.sources:
        mask &= events["source"].isin(flt.sources)
    if flt.place_id:
        mask &= events["place_id"] == flt.place_id
    if flt.article_ids:
        mask &= events["article_id"].isin(flt.article_ids)
    if flt.search.strip() and search_hits is not None:
        mask &= events["article_id"].isin(search_hits)
    elif flt.search.strip():
        needle = flt.search.strip()
        mask &= events["sentence"].str.contains(needle, case=False, regex=False, na=False) | events[
            "name"
        ].str.contains(needle, case=False, regex=False, na=False)
    return events[mask]


def _shared_mask(events: pd.DataFrame, flt: EventFilter) -> pd.Series:
    """The conditions that read the same columns in both frames (mentions and events): dates,
    states, types and confidence."""
    mask = pd.Series(True, index=events.index)
    if flt.date_from is not None or flt.date_to is not None:
        dates = events["event_date"]
        in_range = pd.Series(True, index=events.index)
        if flt.date_from is not None:
            in_range &= dates >= pd.Timestamp(flt.date_from)
        if flt.date_to is not None:
            in_range &= dates < pd.Timestamp(flt.date_to) + pd.Timedelta(days=1)
        mask &= in_range | (dates.isna() & flt.include_undated)
    if flt.states:
        mask &= events["state"].isin(flt.states) | events["state_code"].isin(flt.states)
    if flt.event_types:
        mask &= events["event_type"].isin(flt.event_types)
    if flt.min_confidence > 0:
        mask &= events["confidence"] >= flt.min_confidence
    return mask


def _any_in(column: pd.Series, wanted: Iterable[str]) -> pd.Series:
    """Per row, whether its tuple of values has one of `wanted` (each distinct tuple tested once)."""
    wanted = frozenset(wanted)
    codes, uniques = pd.factorize(column)
    hits = np.array([not wanted.isdisjoint(values) for values in uniques.tolist()] + [False], dtype=bool)
    return pd.Series(hits[codes], index=column.index)


def _filter_event_frame(
    events: pd.DataFrame, flt: EventFilter, search_hits: frozenset[str] | None
) -> pd.DataFrame:
    """`filter_events` on one row per event: a source, article or search matches when any of
    the event's articles does; `min_sources` and `statuses` apply."""
    mask = _shared_mask(events, flt)
    if flt.sources:
        mask &= _any_in(events["sources"], flt.sources)
    if flt.min_sources > 1:
        mask &= events["n_sources"] >= flt.min_sources
    if flt.statuses:
        mask &= events["status"].isin(flt.statuses)
    if flt.place_id:
        mask &= events["place_id"] == flt.place_id
    if flt.article_ids:
        mask &= _any_in(events["article_ids"], flt.article_ids)
    if flt.search.strip() and search_hits is not None:
        mask &= _any_in(events["article_ids"], search_hits)
    elif flt.search.strip():
        needle = flt.search.strip()
        mask &= events["name"].str.contains(needle, case=False, regex=False, na=False)
    return events[mask]


def fold_name(text: str) -> str:
    """The key two spellings of one name share: case, accents and spacing ignored.

    "Zulia", "zulia", "ZULIA" and "Táchira"/"tachira" fold alike, so a name typed on a command
    line or in a URL finds the stored one.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


class UnknownName(ProtestmapError, ValueError):
    """A filter value that names nothing known; the message offers the closest names."""


def resolve_names(values: Iterable[str], aliases: Mapping[str, str], what: str) -> tuple[str, ...]:
    """The canonical names `values` stand for, matched case- and accent-insensitively.

    `aliases` maps every accepted spelling (names, ISO codes) to its canonical name. An
    unknown value raises `UnknownName` with "did you mean" and the closest known names,
    rather than silently matching nothing.
    """
    folded: dict[str, str] = {}
    for alias, canonical in aliases.items():
        folded.setdefault(fold_name(alias), canonical)
    resolved: list[str] = []
    for value in values:
        found = folded.get(fold_name(value))
        if found is None:
            names = sorted(set(aliases.values()), key=fold_name)
            close = difflib.get_close_matches(fold_name(value), list(folded), n=3, cutoff=0.6)
            suggestions = list(dict.fromkeys(folded[c] for c in close))
            hint = (
                f"did you mean {' or '.join(repr(s) for s in suggestions)}?"
                if suggestions
                else f"known: {', '.join(names[:30])}{' ...' if len(names) > 30 else ''}"
                if names
                else f"no {what} is stored"
            )
            raise UnknownName(f"unknown {what} {value!r}: {hint}")
        if found not in resolved:
            resolved.append(found)
    return tuple(resolved)


def state_aliases(events: pd.DataFrame) -> dict[str, str]:
    """Every spelling of a state a user may type -> the name `filter_events` matches.

    The states in the data (name and ISO code), plus those of the shipped outlines, so that a
    real state with no events is "no events match", not "unknown state".
    """
    from .mapview import state_names_by_code

    aliases: dict[str, str] = {}
    for code, name in state_names_by_code().items():
        aliases[code] = name
        aliases[name] = name
    pairs = events[["state", "state_code"]].dropna().drop_duplicates()
    for name, code in zip(pairs["state"].astype(str), pairs["state_code"].astype(str), strict=True):
        aliases[name] = name
        aliases[code] = name
    for name in events["state"].dropna().astype(str).unique():
        aliases.setdefault(name, name)
    return aliases


def source_aliases(events: pd.DataFrame) -> dict[str, str]:
    """The sources in the data, each its own canonical name."""
    return {name: name for name in source_names(events)}


def source_names(events: pd.DataFrame) -> list[str]:
    """The distinct source names of a frame of events (or mentions), sorted."""
    if "sources" in events.columns:
        return sorted({str(s) for names in pd.unique(events["sources"]) for s in names})
    return sorted(str(s) for s in events["source"].dropna().unique())


__all__ = [
    "EVENT_COLUMNS",
    "EventFilter",
    "UnknownName",
    "fold_name",
    "resolve_names",
    "source_aliases",
    "state_aliases",
    "db_version",
    "empty_events",
    "filter_events",
    "load_events",
    "search_hits",
    "EVENT_FRAME_COLUMNS",
    "EXCERPT_COLUMNS",
    "empty_event_frame",
    "empty_excerpts",
    "ensure_events",
    "excerpts_of",
    "is_event_frame",
    "load_excerpts",
    "source_names",
]
