"""Events from mentions: one event per place, day and type family, with every article that
reports it.

Why: a mention is not an event. A rally "on Plaza Bolívar in Barquisimeto, Lara state" names
three places; three articles report it; a photo caption repeats it. Counting mentions counts
that one protest many times, and a number that cannot be published. The rules below follow
ACLED's unit (one location, one day, one event type) and keep GDELT's reporting counts
(mentions, sources, articles). They are deliberately conservative: when the text does not
let a careful reader tell that two reports are one event, they stay two.

The rules
---------
Only mentions whose role is ``protest_site`` make events (after the reviewers' corrections,
`dashboard.corrections`, are applied to each article).

1. **Type families.** An event's type family is what must agree for two reports to be one
   event:

   * ``protest``: peaceful_protest, protest_with_intervention and excessive_force. These are
     ACLED's sub-events of one *Protests* type: they differ only in how the authorities
     responded, and two reports of one rally often disagree on exactly that (one tells of the
     march, the other of the tear gas). The event takes the most severe type reported
     (excessive force > intervention > peaceful), as ACLED codes an event by its escalation.
   * ``arrests``: arrests and raids are their own events (ACLED: *Arrests*); in the
     post-election crackdown they happen away from protests and on other days.
   * ``pro_government``: a pro-government rally is another crowd with another message; a
     counter-rally on the same square the same day is a second event.

   A protest-site mention with no type takes the family of the typed protest sites of its
   sentence when they share one, else ``protest`` (the family of most reports). Likewise a
   mention with no day (no date, or only a week or a month) takes the day of its sentence's
   dated protest sites when they share one. A type a reviewer set wins over the geoparser's.

2. **Within an article, one event at its finest place.** A mention of a place that contains
   another protest-site mention of the same article, of the same family and on the same day
   (or undated), is that event's container, not an event of its own: "Plaza Bolívar in
   Barquisimeto, Lara state" is one event at the plaza, with Barquisimeto and Lara kept as
   its admin levels (city, state; and municipality when named). Containment comes from the
   mentions (state code, country, the city or state a street was anchored to) and from an
   injected `Containment` (e.g. the gazetteer: which municipality a town is in). A container
   with several such finer places joins the one in its own sentence, else the nearest.

3. **Across articles, same finest place, same day, same family: one event**, with all its
   mentions, articles and sources. In addition, a city, municipality or neighbourhood event
   joins the event at a finer place inside it on that day and of that family when there is
   exactly one ("a rally in Barquisimeto" and "a rally on Plaza Bolívar in Barquisimeto" the
   same Monday). A state or a country never does: a report for a whole state usually covers
   several towns.

4. **Undated mentions.** An event with no day (no date, or only a week or a month) joins a
   dated event at the same place (or, for a city, municipality or neighbourhood, the single
   dated event inside it) when exactly one such event is on a day its article allows:

   * a week or month: the days within 6 or 30 days of its date;
   * no date: the days its article reports at any place; if it reports none, the
     ``PUBLICATION_WINDOW_DAYS`` days before its publication (and that day).

   Otherwise it stays an event of its own with no day (``event_date`` null, or the week's or
   month's date with its ``date_precision``), one per article: two undated reports of one
   place from different articles are not assumed to be one event.

5. **Counting.** ``n_mentions`` counts the distinct sentences that report the event, per
   article: a sentence naming plaza, city and state counts once, and so does a photo caption
   repeated in the article. ``n_articles`` counts articles; ``n_sources`` counts distinct
   named sources (case and spacing ignored), and all articles without a source together as
   one, since we cannot tell them apart. ``confidence`` is 1 - prod(1 - c) over sources of
   each source's most confident mention: independent outlets corroborate, one outlet's
   repetitions do not. ``first_reported`` and ``last_reported`` span the articles'
   publication dates.

6. **Review.** A reviewer's merge joins two events and a split takes one article's part of an
   event out of it (`dashboard.corrections`). ``status`` is ``corrected`` when a mention of
   the event was fixed or added, or the event was merged or split; ``verified`` when a
   mention of it was confirmed and nothing changed; ``auto`` otherwise.

7. **Identity.** ``event_id`` is a hash of what identifies the event (place, day and family;
   with the article for an undated event, the correction for a split), never of row ids or
   input order. The same mentions give the same ids on every re-ingest and reprocess, and
   the same events whatever order the articles come in.

How it is computed
------------------
Column-wise (`build_event_tables`): every rule is a sort, a search in a sorted array or a
join on (article, place) or (place, day, family) keys, over numpy arrays of the mentions.
Cost grows as n log n with the number of mentions; containment is only ever compared among
the mentions of one article, and nothing compares all events with each other. Why not a loop
over mention objects: building one Python object per event alone costs as much as reading
the events from the database, and the bench holds building within 1.5x of that reading.
`build_events` takes and returns frozen values (ArticleMentions in, Event out) for callers
that hold a few articles; it converts and calls the same code.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import Any, NamedTuple, Protocol

import numpy as np
import pandas as pd

from .corrections import Correction, apply_corrections, match_span
from .models import EVENT_KEYS, LEVELS, MENTION_KEYS, ArticleMentions, Event, EventMember, Mention

TYPE_FAMILIES: dict[str, str] = {
    "peaceful_protest": "protest",
    "protest_with_intervention": "protest",
    "excessive_force": "protest",
    "arrests": "arrests",
    "pro_government_rally": "pro_government",
}
FAMILIES: tuple[str, ...] = ("protest", "arrests", "pro_government")
DEFAULT_FAMILY = "protest"
"""The family of a protest site whose type the text does not tell (nor its sentence)."""
TYPE_SEVERITY: tuple[str, ...] = (
    "excessive_force",
    "protest_with_intervention",
    "peaceful_protest",
    "arrests",
    "pro_government_rally",
)
"""Most severe first: an event's type is the first of these among its mentions' types."""
PUBLICATION_WINDOW_DAYS = 3
"""An undated report whose article gives no day is about the last few days before publication
(the news cycle of a protest report)."""
PRECISION_WINDOW_DAYS: dict[str, int] = {"week": 6, "month": 30}
LEVEL_RANK: dict[str, int] = {level: rank for rank, level in enumerate(LEVELS)}
MEMBER_COLUMNS: tuple[str, ...] = (
    "event_id",
    "article_id",
    "start",
    "end",
    "place_id",
    "level",
    "sentence",
    "status",
)
"""The columns of `EventTables.members`: which mentions (by article and span) make each event.
The frame also carries `surface` (the words as written, for highlighting the excerpt)."""

_STATE = LEVEL_RANK["state"]
_MUNICIPALITY = LEVEL_RANK["municipality"]
_CITY = LEVEL_RANK["city"]
_NEIGHBOURHOOD = LEVEL_RANK["neighbourhood"]
_STATUSES: tuple[str, ...] = ("auto", "verified", "corrected")
_STATUS_CODE = {status: code for code, status in enumerate(_STATUSES)}
_FAMILY_CODE = {family: code for code, family in enumerate(FAMILIES)}
_TYPE_FAMILY_CODE = {kind: _FAMILY_CODE[family] for kind, family in TYPE_FAMILIES.items()}
_SEVERITY_CODE = {kind: code for code, kind in enumerate(TYPE_SEVERITY)}
_NO_TYPE = len(TYPE_SEVERITY)
_PRECISION_CODE = {"day": 0, "week": 1, "month": 2}
_PRECISIONS: tuple[str, ...] = ("day", "week", "month")
_WINDOW_BY_CODE = np.array([0, PRECISION_WINDOW_DAYS["week"], PRECISION_WINDOW_DAYS["month"]], dtype=np.int64)
_MISSING = np.iinfo(np.int64).min
"""A missing day (NaT's integer): every day is an int64 count of days since 1970-01-01."""
_EPOCH = date(1970, 1, 1).toordinal()


class Containment(Protocol):
    """Which places contain a place: what the grouping asks of a gazetteer.

    Injected, so that the grouping stays pure and a test can answer from a tiny table.
    """

    def containers(self, place_id: str) -> Iterable[str]:
        """The ids of every place that contains `place_id` (any level); empty if unknown."""
        ...


class ContainmentTable:
    """Containment from a table of direct parents ({place_id: ids of the places directly
    containing it}), closed transitively: a plaza in a city in a state is in the state."""

    def __init__(self, parents: Mapping[str, Iterable[str]] | None = None) -> None:
        direct = {child: tuple(ups) for child, ups in (parents or {}).items()}
        self._closure: dict[str, frozenset[str]] = {}
        for child in direct:
            seen: set[str] = set()
            stack = list(direct[child])
            while stack:
                up = stack.pop()
                if up in seen or up == child:
                    continue
                seen.add(up)
                stack.extend(direct.get(up, ()))
            self._closure[child] = frozenset(seen)

    def containers(self, place_id: str) -> frozenset[str]:
        return self._closure.get(place_id, frozenset())

    def is_inside(self, inner: str, outer: str) -> bool:
        """Whether place `inner` lies inside place `outer`."""
        return outer in self.containers(inner)


NO_CONTAINMENT = ContainmentTable()
"""Containment from the mentions alone (state codes, countries, anchors)."""


# --- Results -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventTables:
    """Events as columns: what the store writes and the app reads.

    `events` has EVENT_KEYS as columns (dates as datetime64, NaT when missing; `article_ids` a
    tuple per event, first reported first); `members` has MEMBER_COLUMNS, one row per
    protest-site mention; `unmatched` are the corrections that found nothing to apply to
    (their article is gone, or no mention overlaps their span any more).
    """

    events: pd.DataFrame
    members: pd.DataFrame
    unmatched: tuple[Correction, ...] = ()

    def to_events(self) -> tuple[Event, ...]:
        """The same events as frozen values, each with its members (column by column: a cell
        at a time took ten times as long as the build)."""
        members: dict[str, list[EventMember]] = {}
        member_columns = [self.members[name].tolist() for name in MEMBER_COLUMNS]
        for event_id, *member in zip(*member_columns, strict=True):
            members.setdefault(event_id, []).append(EventMember(*member))
        columns = [_python_values(self.events[key]) for key in EVENT_KEYS]
        return tuple(
            Event._make([*values, tuple(members.get(values[0], ()))]) for values in zip(*columns, strict=True)
        )


def _python_values(column: pd.Series) -> list[Any]:
    """A column as the Event fields hold it: dates as date, missing values as None."""
    if column.dtype.kind == "M":
        days = column.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]").astype(np.int64)
        codes, distinct = pd.factorize(days)
        dates = [None if day == _MISSING else _date(int(day)) for day in distinct.tolist()]
        return [dates[code] for code in codes.tolist()]
    values = column.tolist()
    if column.dtype == object:
        return [None if isinstance(value, float) and value != value else value for value in values]
    return values


@dataclass(frozen=True)
class EventBuild:
    """What `build_events` returns: the events as frozen values, and the corrections that
    found nothing to apply to."""

    events: tuple[Event, ...]
    unmatched: tuple[Correction, ...] = ()

    @property
    def n_mentions(self) -> int:
        """Protest-site mentions grouped (the events' members)."""
        return sum(len(e.members) for e in self.events)


# --- Frozen values in and out --------------------------------------------------------------------------

ARTICLE_COLUMNS: tuple[str, ...] = ("article_id", "source", "published")
MENTION_COLUMNS: tuple[str, ...] = ("article_id", "start", "end", "surface", *MENTION_KEYS[3:])
"""What `build_event_tables` reads of the mentions (`char_start`/`char_end` are accepted for
start/end, as the store names them); an optional `status` column says how each was reviewed."""


def frames_from_articles(articles: Iterable[ArticleMentions]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(articles, mentions) frames, as `build_event_tables` reads them, from frozen values."""
    articles = list(articles)
    mentions = [m for a in articles for m in a.mentions]
    article_columns: dict[str, list[Any]] = {
        "article_id": [a.article_id for a in articles],
        "source": [a.source for a in articles],
        "published": [a.published for a in articles],
    }
    mention_columns: dict[str, list[Any]] = {
        "article_id": [a.article_id for a in articles for _ in a.mentions],
        **{name: list(map(attrgetter(name), mentions)) for name in MENTION_COLUMNS[1:]},
    }
    return _frame(article_columns), _frame(mention_columns)


_NUMERIC: dict[str, Any] = {"start": np.int64, "end": np.int64, "lat": np.float64, "lon": np.float64}
_NUMERIC["confidence"] = np.float64


def _frame(columns: Mapping[str, list[Any]]) -> pd.DataFrame:
    """Columns as a frame of object columns (numbers as numbers), without pandas guessing
    each one's type value by value."""
    return pd.DataFrame(
        {
            name: np.array(values, dtype=_NUMERIC[name])
            if name in _NUMERIC
            else pd.Series(values, dtype=object)
            for name, values in columns.items()
        }
    )


def build_events(
    articles: Iterable[ArticleMentions],
    *,
    containment: Containment = NO_CONTAINMENT,
    corrections: Iterable[Correction] = (),
) -> EventBuild:
    """Group the protest-site mentions of `articles` into events (rules in the module doc).

    Pure: the same articles and corrections give the same events, in any input order (events
    come in the order of their first report's article id). `corrections` are applied to each
    article's mentions first (`dashboard.corrections`).
    """
    article_frame, mention_frame = frames_from_articles(articles)
    tables = build_event_tables(
        article_frame, mention_frame, containment=containment, corrections=corrections
    )
    return EventBuild(tables.to_events(), tables.unmatched)


# --- Tokens: how containment is tested with sorted integer keys --------------------------------------


class _Tokens:
    """Place tokens as integers: 'p:<place_id>', 's:<state code>', 'c:<country>'.

    A mention lies inside a place when one of the place's own tokens is among the mention's
    container tokens. Memoised per place: the same places recur across articles.
    """

    def __init__(self, containment: Containment) -> None:
        self.containment = containment
        self.codes: dict[str, int] = {}
        self._ups: dict[str, tuple[int, ...]] = {}

    def code(self, token: str) -> int:
        found = self.codes.get(token)
        if found is None:
            found = self.codes[token] = len(self.codes)
        return found

    def ups(self, place_id: str) -> tuple[int, ...]:
        """The places that contain `place_id`, by the injected containment."""
        found = self._ups.get(place_id)
        if found is None:
            ids = sorted(self.containment.containers(place_id))
            found = self._ups[place_id] = tuple(self.code("p:" + up) for up in ids)
        return found

    def places_around(self, place_id: str, anchor: str | None) -> tuple[int, ...]:
        """'p:' tokens of every place a mention lies inside (rules 3 and 4 match these)."""
        if not anchor:
            return self.ups(place_id)
        return tuple(sorted({*self.ups(place_id), self.code("p:" + anchor), *self.ups(anchor)}))

    def around(
        self, place_id: str, anchor: str | None, rank: int, code: str | None, country: str | None
    ) -> list[int]:
        """Tokens of every place a mention lies inside, its state and country included."""
        tokens = list(self.places_around(place_id, anchor))
        if rank > _STATE and code:
            tokens.append(self.code("s:" + code))
        if rank > 0 and country:
            tokens.append(self.code("c:" + country))
        return tokens

    def own(self, place_id: str, rank: int, code: str | None, country: str | None) -> list[int]:
        """Tokens that name a mention's place itself."""
        tokens = [self.code("p:" + place_id)]
        if rank == _STATE and code:
            tokens.append(self.code("s:" + code))
        elif rank == 0 and country:
            tokens.append(self.code("c:" + country))
        return tokens


def _ragged(per_item: Sequence[Sequence[int]]) -> tuple[np.ndarray, np.ndarray]:
    """(starts, flat values) of a list of int lists."""
    lengths = np.fromiter((len(x) for x in per_item), dtype=np.int64, count=len(per_item))
    starts = np.zeros(len(per_item) + 1, dtype=np.int64)
    np.cumsum(lengths, out=starts[1:])
    flat = np.fromiter((v for x in per_item for v in x), dtype=np.int64, count=int(starts[-1]))
    return starts, flat


def _expand(items: np.ndarray, starts: np.ndarray, flat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For items with codes `items` into a ragged table: (item position repeated, value)."""
    lengths = starts[items + 1] - starts[items]
    positions = np.repeat(np.arange(len(items)), lengths)
    offsets = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return positions, flat[starts[items][positions] + offsets]


def _ranges(sorted_keys: np.ndarray, low: np.ndarray, high: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (query, index) with low[query] <= sorted_keys[index] <= high[query]."""
    first = np.searchsorted(sorted_keys, low, side="left")
    last = np.searchsorted(sorted_keys, high, side="right")
    counts = np.maximum(last - first, 0)
    queries = np.repeat(np.arange(len(low)), counts)
    offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    return queries, np.repeat(first, counts) + offsets


def _first_per(groups: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Positions (into `order`) of the first item of each group, `order` sorting by group."""
    sorted_groups = groups[order]
    return np.flatnonzero(np.r_[True, sorted_groups[1:] != sorted_groups[:-1]]) if len(order) else order


# --- The mentions as columns ----------------------------------------------------------------------------


_FIRST_DAY = np.datetime64("1678-01-01", "D").astype(np.int64)
_LAST_DAY = np.datetime64("2262-04-10", "D").astype(np.int64)
"""The days a datetime64[ns] column holds (the events frame's): a stored date outside them
(a hand-edited '0001-01-01') is read as missing, as `events.load_events` reads it."""


def _days(values: Any) -> np.ndarray:
    """Days since 1970-01-01 (int64; _MISSING for none) of dates, ISO strings or datetimes."""
    series = values if isinstance(values, pd.Series) else pd.Series(values, dtype=object)
    parsed = pd.to_datetime(series, errors="coerce", format="ISO8601")
    days = parsed.to_numpy().astype("datetime64[D]").astype(np.int64)  # no detour through ns: no overflow
    return np.where((days >= _FIRST_DAY) & (days <= _LAST_DAY), days, _MISSING)


class _Columns:
    """The mentions frame's columns, each factorised once over the whole frame (hashing in
    C, also for Arrow strings) and read at any rows through its codes: no row-by-row work."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self._factorised: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def name(self, name: str, *aliases: str) -> str | None:
        return next((c for c in (name, *aliases) if c in self.frame), None)

    def codes(self, name: str, *aliases: str) -> tuple[np.ndarray, np.ndarray]:
        """(code of each row, -1 when missing; the distinct values)."""
        column = self.name(name, *aliases)
        if column is None:
            return np.full(len(self.frame), -1, dtype=np.int64), np.array([], dtype=object)
        found = self._factorised.get(column)
        if found is None:
            codes, uniques = pd.factorize(self.frame[column])
            found = self._factorised[column] = (codes.astype(np.int64), np.asarray(uniques, dtype=object))
        return found

    def lookup(self, positions: np.ndarray, name: str, table: Mapping[Any, int], missing: int) -> np.ndarray:
        """`table[value]` of the rows at `positions` (`missing` for a missing or unknown value)."""
        codes, uniques = self.codes(name)
        lut = np.array([table.get(u, missing) for u in uniques.tolist()] + [missing], dtype=np.int64)
        return lut[codes[positions]]  # code -1 reads the last entry

    def days(self, positions: np.ndarray, name: str) -> np.ndarray:
        codes, uniques = self.codes(name)
        return np.r_[_days(uniques), _MISSING][codes[positions]]

    def numbers(self, positions: np.ndarray, name: str, *aliases: str) -> np.ndarray:
        column = self.name(name, *aliases)
        if column is None:
            raise ValueError(f"the mentions have no {name!r} column")
        return self.frame[column].to_numpy()[positions]

    def values(self, positions: np.ndarray, name: str, default: Any = None) -> np.ndarray:
        """The values as given (object array; `default` for missing ones)."""
        codes, uniques = self.codes(name)
        return np.r_[uniques, np.array([default], dtype=object)][codes[positions]]


@dataclass
class _Rows:
    """The protest-site mentions as aligned arrays, sorted by article id, start and end."""

    article_ids: np.ndarray  # the articles' ids, sorted; `art` indexes it
    art: np.ndarray
    start: np.ndarray
    end: np.ndarray
    place_ids: np.ndarray  # distinct place ids; `place` indexes it
    place: np.ndarray
    anchor_ids: np.ndarray  # distinct anchor place ids; `anchor` indexes it (-1: none)
    anchor: np.ndarray
    state_codes: np.ndarray
    state_code: np.ndarray
    countries: np.ndarray
    country: np.ndarray
    rank: np.ndarray
    day: np.ndarray  # day-precision date, else _MISSING
    coarse_day: np.ndarray  # the date of a week- or month-precision mention, else _MISSING
    precision: np.ndarray  # _PRECISION_CODE, -1 for none
    family: np.ndarray  # _FAMILY_CODE, -1 while unknown
    severity: np.ndarray  # _SEVERITY_CODE, _NO_TYPE for none
    sentence: np.ndarray  # codes of distinct sentences
    confidence: np.ndarray
    status: np.ndarray  # _STATUS_CODE
    columns: _Columns  # what is shown as it was given (names, coordinates, sentences) is read from it
    positions: np.ndarray  # each row's position in the mentions frame
    published: np.ndarray  # per article: day, or _MISSING
    source: np.ndarray  # per article: code of its normalised source ('' is one code)

    @property
    def n(self) -> int:
        return len(self.art)

    def shown(self, name: str, rows: np.ndarray) -> np.ndarray:
        """Column `name` of the given rows, as given (a place's name, a sentence...)."""
        if name in ("lat", "lon"):
            return self.columns.numbers(self.positions[rows], name).astype(np.float64)
        return self.columns.values(self.positions[rows], name, "exact" if name == "coord_precision" else None)


_SHOWN = ("name", "level", "country", "state", "state_code", "lat", "lon", "coord_precision")


def _rows(articles: pd.DataFrame, mentions: pd.DataFrame) -> _Rows:
    columns = _Columns(mentions)
    role_codes, roles = columns.codes("role")
    protest = np.flatnonzero(roles == "protest_site")
    sites = np.flatnonzero(role_codes == (protest[0] if len(protest) else -2))
    article_codes, article_uniques = columns.codes("article_id")
    used = _distinct(article_codes[sites])
    by_id = np.argsort(article_uniques[used].astype(str), kind="stable")
    sorted_ids = article_uniques[used][by_id]
    art_of_code = np.full(len(article_uniques) + 1, -1, dtype=np.int64)
    art_of_code[used[by_id]] = np.arange(len(used))
    art = art_of_code[article_codes[sites]]
    start = columns.numbers(sites, "start", "char_start").astype(np.int64)
    end = columns.numbers(sites, "end", "char_end").astype(np.int64)
    order = np.lexsort((end, start, art))
    positions = sites[order]
    art, start, end = art[order], start[order], end[order]
    place_codes, place_ids = columns.codes("place_id")
    anchor_codes, anchor_ids = columns.codes("anchor_place_id")
    state_code_codes, state_codes = columns.codes("state_code")
    country_codes, countries = columns.codes("country")
    precision = columns.lookup(positions, "date_precision", _PRECISION_CODE, -1)
    dates = columns.days(positions, "event_date")
    # Articles: their publication day and source, by code (an article with no row: no metadata).
    published = np.full(len(sorted_ids), _MISSING, dtype=np.int64)
    source_names = np.full(len(sorted_ids), "", dtype=object)
    if len(articles) and len(sorted_ids):
        code_of = {article_id: code for code, article_id in enumerate(sorted_ids.tolist())}
        where = np.array(
            [code_of.get(a, -1) for a in articles["article_id"].astype(str).tolist()], dtype=np.int64
        )
        known = np.flatnonzero(where >= 0)
        codes, days = pd.factorize(articles["published"].take(known))
        published[where[known]] = np.r_[_days(np.asarray(days, dtype=object)), _MISSING][codes]
        codes, names = pd.factorize(articles["source"].take(known))
        folded = np.array([" ".join(str(s).split()).casefold() for s in names] + [""], dtype=object)
        source_names[where[known]] = folded[codes]
    return _Rows(
        article_ids=sorted_ids,
        art=art,
        start=start,
        end=end,
        place_ids=place_ids,
        place=place_codes[positions],
        anchor_ids=anchor_ids,
        anchor=anchor_codes[positions],
        state_codes=state_codes,
        state_code=state_code_codes[positions],
        countries=countries,
        country=country_codes[positions],
        rank=columns.lookup(positions, "level", LEVEL_RANK, 0),
        day=np.where(precision == 0, dates, _MISSING),
        coarse_day=np.where(precision > 0, dates, _MISSING),
        precision=precision,
        family=columns.lookup(positions, "event_type", _TYPE_FAMILY_CODE, -1),
        severity=columns.lookup(positions, "event_type", _SEVERITY_CODE, _NO_TYPE),
        sentence=columns.codes("sentence")[0][positions],
        confidence=columns.numbers(positions, "confidence").astype(np.float64),
        status=columns.lookup(positions, "status", _STATUS_CODE, 0),
        columns=columns,
        positions=positions,
        published=published,
        source=pd.factorize(source_names)[0].astype(np.int64),
    )


def _distinct(keys: np.ndarray) -> np.ndarray:
    """The distinct values of an int array, sorted (by a sort: numpy's hashing unique was
    the slowest step of the build)."""
    if not len(keys):
        return keys
    ordered = np.sort(keys)
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]]


def _codes_of(keys: np.ndarray) -> tuple[np.ndarray, int]:
    """A code per distinct value, numbered in order of first appearance; how many."""
    codes, uniques = pd.factorize(keys)
    return codes.astype(np.int64), len(uniques)


def _combined(*columns: np.ndarray) -> np.ndarray:
    """One int per distinct combination of the columns' values (any ints, _MISSING included),
    kept small by numbering the combinations column after column."""
    key = np.zeros(len(columns[0]), dtype=np.int64)
    for values in columns:
        codes, n = _codes_of(values)
        key = _codes_of(key * (n + 1) + codes)[0]
    return key


def _first_index(codes: np.ndarray) -> np.ndarray:
    """Where each code of `_codes_of` first appears (codes appear in increasing order)."""
    if not len(codes):
        return codes
    return np.flatnonzero(np.r_[True, codes[1:] > np.maximum.accumulate(codes)[:-1]])


def _sorted_codes(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(the distinct values sorted, the index of each key's value among them)."""
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    first = np.r_[True, ordered[1:] != ordered[:-1]] if len(keys) else np.zeros(0, dtype=bool)
    inverse = np.empty(len(keys), dtype=np.int64)
    inverse[order] = np.cumsum(first) - 1
    return ordered[first], inverse


def _counts_sorted(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(distinct values, how many times each) of a sorted array."""
    if not len(values):
        return values, values
    first = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    return values[first], np.diff(np.r_[first, len(values)])


def _pairs(high: np.ndarray, low: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct (high, low) pairs of two non-negative int arrays, sorted."""
    width = int(low.max()) + 1 if len(low) else 1
    keys = _distinct(high * width + low)
    return keys // width, keys % width


# --- Rules 1 and 2: within an article ---------------------------------------------------------------------


def _fill_from_sentences(rows: _Rows) -> None:
    """Rule 1: an undated or untyped mention takes its sentence's one day or one family."""
    needs = (rows.day == _MISSING) | (rows.family < 0)
    if not needs.any():
        return
    keys = rows.art * (int(rows.sentence.max()) + 1) + rows.sentence
    group, n_groups = _codes_of(keys)
    counts = np.bincount(group, minlength=n_groups)
    shared = needs & (counts[group] > 1)
    if not shared.any():
        return
    for values, missing in ((rows.day, _MISSING), (rows.family, -1)):
        known = np.flatnonzero(values != missing)
        if not len(known):
            continue
        low = int(values[known].min())
        pair_group, offset = _pairs(group[known], values[known] - low)
        distinct = np.bincount(pair_group, minlength=len(counts))
        value = np.full(len(counts), missing, dtype=np.int64)
        value[pair_group] = offset + low
        fill = shared & (values == missing) & (distinct[group] == 1)
        values[fill] = value[group[fill]]


def _absorb_containers(rows: _Rows, tokens: _Tokens) -> np.ndarray:
    """Rule 2: the root of each mention, the finest mention of the same event in its article
    that it is (transitively) the container of; itself when none."""
    root = np.arange(rows.n)
    if rows.n < 2:
        return root
    firsts = np.flatnonzero(np.r_[True, rows.art[1:] != rows.art[:-1]])
    mixed = np.minimum.reduceat(rows.rank, firsts) != np.maximum.reduceat(rows.rank, firsts)
    candidates = np.flatnonzero(np.repeat(mixed, np.diff(np.r_[firsts, rows.n])))
    if not len(candidates):
        return root
    # One token list per distinct (place, anchor, level, state, country) signature.
    parts = (rows.place, rows.anchor, rows.rank, rows.state_code, rows.country)
    signature, _ = _codes_of(_combined(*(values[candidates] for values in parts)))
    first_of = _first_index(signature)
    arounds: list[list[int]] = []
    owns: list[list[int]] = []
    for i in candidates[first_of].tolist():
        place_id = rows.place_ids[rows.place[i]]
        anchor = rows.anchor_ids[rows.anchor[i]] if rows.anchor[i] >= 0 else None
        state_code = rows.state_codes[rows.state_code[i]] if rows.state_code[i] >= 0 else None
        country = rows.countries[rows.country[i]] if rows.country[i] >= 0 else None
        rank = int(rows.rank[i])
        arounds.append(tokens.around(place_id, anchor, rank, state_code, country))
        owns.append(tokens.own(place_id, rank, state_code, country))
    n_tokens = len(tokens.codes) + 1
    inner_at, inner_token = _expand(signature, *_ragged(arounds))
    inner = candidates[inner_at]
    outer_at, outer_token = _expand(signature, *_ragged(owns))
    outer = candidates[outer_at]
    inner_key = rows.art[inner] * n_tokens + inner_token
    by_key = np.argsort(inner_key, kind="stable")
    outer_key = rows.art[outer] * n_tokens + outer_token
    at, found = _ranges(inner_key[by_key], outer_key, outer_key)
    c, m = outer[at], inner[by_key[found]]
    family = np.maximum(rows.family, 0)
    keep = (rows.rank[m] > rows.rank[c]) & (family[m] == family[c])
    keep &= (rows.day[c] == _MISSING) | (rows.day[m] == rows.day[c])
    c, m = c[keep], m[keep]
    if not len(c):
        return root
    # the finer mention in the container's own sentence, else the nearest one
    other_sentence = (rows.sentence[m] != rows.sentence[c]).astype(np.int64)
    order = np.lexsort((m, np.abs(rows.start[m] - rows.start[c]), other_sentence, c))
    best = order[_first_per(c, order)]
    root[c[best]] = m[best]
    while True:
        deeper = root[root]
        if np.array_equal(deeper, root):
            return root
        root = deeper


# --- Rules 3 and 4: across articles -------------------------------------------------------------------------


@dataclass
class _Drafts:
    """The mentions of one article that report one event: a root mention (the finest place)
    and the containers absorbed into it. Arrays by draft, sorted like their root rows."""

    root: np.ndarray  # row of the finest place
    of_row: np.ndarray  # draft of each row
    place: np.ndarray
    rank: np.ndarray
    day: np.ndarray
    family: np.ndarray
    art: np.ndarray
    admin: dict[int, dict[str, str]]  # containers named in the article, by draft and level
    tokens: tuple[np.ndarray, np.ndarray]  # ragged 'p:' tokens of the places each draft lies inside

    @property
    def n(self) -> int:
        return len(self.root)


def _drafts(rows: _Rows, root: np.ndarray, tokens: _Tokens, place_token: np.ndarray) -> _Drafts:
    roots = np.flatnonzero(root == np.arange(rows.n))
    of_row = np.searchsorted(roots, root)
    # Tokens: of the places around each root (one list per distinct place and anchor)...
    signature, _ = _codes_of(_combined(rows.place[roots], rows.anchor[roots]))
    first_of = _first_index(signature)
    arounds = []
    for i in roots[first_of].tolist():
        anchor = rows.anchor_ids[rows.anchor[i]] if rows.anchor[i] >= 0 else None
        arounds.append(tokens.places_around(rows.place_ids[rows.place[i]], anchor))
    at, token = _expand(signature, *_ragged(arounds))
    # ... and the places of the containers absorbed into it.
    absorbed = np.flatnonzero(root != np.arange(rows.n))
    pair_draft, pair_token = _pairs(
        np.r_[at, of_row[absorbed]], np.r_[token, place_token[rows.place[absorbed]]]
    )
    starts = np.searchsorted(pair_draft, np.arange(len(roots) + 1))
    # Admin levels: the first municipality and city each draft absorbed, in text order.
    admin: dict[int, dict[str, str]] = {}
    named = absorbed[(rows.rank[absorbed] == _MUNICIPALITY) | (rows.rank[absorbed] == _CITY)]
    if len(named):
        first = _first_index(_codes_of(of_row[named] * 2 + (rows.rank[named] == _CITY))[0])
        named = named[first]
        names = rows.shown("name", named).tolist()
        for i, name in zip(named.tolist(), names, strict=True):
            admin.setdefault(int(of_row[i]), {})[LEVELS[rows.rank[i]]] = name
    return _Drafts(
        root=roots,
        of_row=of_row,
        place=rows.place[roots],
        rank=rows.rank[roots],
        day=rows.day[roots],
        family=np.maximum(rows.family[roots], 0),
        art=rows.art[roots],
        admin=admin,
        tokens=(starts, pair_token),
    )


_DATED, _SPLIT, _UNDATED = 0, 1, 2


@dataclass
class _Groups:
    """Events under construction: each draft's group, and which groups were joined (`parent`).

    Kinds: _DATED (place, day, family), _SPLIT (a reviewer's split: the draft alone),
    _UNDATED (place, family, article, and a week or month if any). A group's place, family,
    day and article are those of its `place_draft`."""

    of_draft: np.ndarray  # the group each draft was first put in
    kind: np.ndarray
    n_dated: int  # dated groups come first; their ids index the sorted dated keys
    place_draft: np.ndarray  # the draft whose place the group is at
    parent: np.ndarray
    corrected: np.ndarray
    joined: np.ndarray  # the group a draft ends in after rule 4 (its own, or the one it joined)
    split_ids: dict[int, str] = field(default_factory=dict)  # split group -> its correction's id
    notes: list[tuple[int, int]] = field(default_factory=list)  # (group, row of a container) by rules 3, 4

    def roots(self, groups: np.ndarray) -> np.ndarray:
        out = self.parent[groups]
        while True:
            deeper = self.parent[out]
            if np.array_equal(deeper, out):
                return out
            out = deeper

    def compress(self) -> None:
        self.parent = self.roots(np.arange(len(self.parent)))

    def add(self, kind: int, place_draft: np.ndarray) -> int:
        """Append groups of one kind; the id of the first."""
        first = len(self.kind)
        count = len(place_draft)
        self.kind = np.r_[self.kind, np.full(count, kind, dtype=np.int64)]
        self.place_draft = np.r_[self.place_draft, place_draft]
        self.parent = np.r_[self.parent, first + np.arange(count)]
        self.corrected = np.r_[self.corrected, np.full(count, kind == _SPLIT)]
        return first


def _group_dated(drafts: _Drafts, splits: Mapping[int, Correction]) -> tuple[_Groups, np.ndarray, np.ndarray]:
    """Rule 3's first half: dated drafts by (place, day, family); a split draft alone; the
    undated ones wait (-1). Also returns the dated groups' sorted keys and the day offset."""
    split = np.zeros(drafts.n, dtype=bool)
    split[list(splits)] = True
    dated = np.flatnonzero((drafts.day != _MISSING) & ~split)
    low_day = int(drafts.day[dated].min()) if len(dated) else 0
    span = (int(drafts.day[dated].max()) - low_day + 1) if len(dated) else 1
    keys = (drafts.place[dated] * len(FAMILIES) + drafts.family[dated]) * span + (drafts.day[dated] - low_day)
    unique_keys, group_of_dated = _sorted_codes(keys)
    of_draft = np.full(drafts.n, -1, dtype=np.int64)
    of_draft[dated] = group_of_dated
    n_dated = len(unique_keys)
    place_draft = np.full(n_dated, drafts.n, dtype=np.int64)
    np.minimum.at(place_draft, group_of_dated, dated)
    groups = _Groups(
        of_draft=of_draft,
        kind=np.full(n_dated, _DATED, dtype=np.int64),
        n_dated=n_dated,
        place_draft=place_draft,
        parent=np.arange(n_dated),
        corrected=np.zeros(n_dated, dtype=bool),
        joined=of_draft,
    )
    split_drafts = np.flatnonzero(split)
    first = groups.add(_SPLIT, split_drafts)
    of_draft[split_drafts] = first + np.arange(len(split_drafts))
    groups.split_ids = {first + k: splits[d].correction_id for k, d in enumerate(split_drafts.tolist())}
    groups.joined = of_draft.copy()
    return groups, unique_keys, np.array([low_day, span])


def _group_tokens(drafts: _Drafts, groups: _Groups, members: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(group, token) pairs, without repeats, of the places the drafts `members` lie inside."""
    at, token = _expand(members, *drafts.tokens)
    return _pairs(groups.of_draft[members][at], token)


def _join_containers(
    rows: _Rows, drafts: _Drafts, groups: _Groups, place_token: np.ndarray, days: np.ndarray
) -> None:
    """Rule 3's second half: a city/municipality/neighbourhood event joins the one finer event
    inside it on its day and family, when there is exactly one."""
    n_dated = groups.n_dated
    rank = drafts.rank[groups.place_draft[:n_dated]]
    coarse = np.flatnonzero((rank >= _MUNICIPALITY) & (rank <= _NEIGHBOURHOOD))
    if not len(coarse):
        return
    low_day, span = int(days[0]), int(days[1])
    n_fam = len(FAMILIES)

    def probe(token: np.ndarray, group: np.ndarray) -> np.ndarray:
        d = groups.place_draft[group]
        return (token * n_fam + drafts.family[d]) * span + (drafts.day[d] - low_day)

    coarse_key = probe(place_token[drafts.place[groups.place_draft[coarse]]], coarse)
    by_key = np.argsort(coarse_key)
    fine_drafts = np.flatnonzero(
        (groups.of_draft >= 0) & (groups.of_draft < n_dated) & (drafts.rank > _MUNICIPALITY)
    )
    if not len(fine_drafts):
        return
    fine, token = _group_tokens(drafts, groups, fine_drafts)
    fine_key = probe(token, fine)
    at = np.minimum(np.searchsorted(coarse_key[by_key], fine_key), len(coarse) - 1)
    hit = coarse_key[by_key][at] == fine_key
    pair_coarse, pair_fine = coarse[by_key[at[hit]]], fine[hit]
    finer = rank[pair_fine] > rank[pair_coarse]
    pair_coarse, pair_fine = pair_coarse[finer], pair_fine[finer]
    for level_rank in (_NEIGHBOURHOOD, _CITY, _MUNICIPALITY):  # finest containers first
        this = rank[pair_coarse] == level_rank
        if not this.any():
            continue
        c = pair_coarse[this]
        c_root, f_root = groups.roots(c), groups.roots(pair_fine[this])
        other = f_root != c_root
        pair_c, pair_f = _pairs(c[other], f_root[other])
        coarse_ids, counts = _counts_sorted(pair_c)
        single = np.isin(pair_c, coarse_ids[counts == 1])
        for g, target in zip(pair_c[single].tolist(), pair_f[single].tolist(), strict=True):
            groups.parent[groups.roots(np.array([g]))[0]] = target
            groups.notes.append((target, int(drafts.root[groups.place_draft[g]])))
        groups.compress()


def _join_undated(
    rows: _Rows,
    drafts: _Drafts,
    groups: _Groups,
    dated_keys: np.ndarray,
    place_token: np.ndarray,
    days: np.ndarray,
) -> None:
    """Rule 4: an undated draft joins the one dated event its article allows, else its own."""
    pending = np.flatnonzero(groups.of_draft < 0)
    if not len(pending):
        return
    low_day, span = int(days[0]), int(days[1])
    n_fam = len(FAMILIES)
    n_dated = groups.n_dated
    # The days each pending draft allows: a range, or its article's days.
    root = drafts.root[pending]
    coarse = rows.coarse_day[root]
    window = _WINDOW_BY_CODE[np.maximum(rows.precision[root], 0)]
    published = rows.published[drafts.art[pending]]
    has_coarse = (coarse != _MISSING) & (rows.precision[root] > 0)
    dated_rows = np.flatnonzero(rows.day != _MISSING)
    first_day = int(rows.day[dated_rows].min()) if len(dated_rows) else 0
    day_art, day_offset = _pairs(rows.art[dated_rows], rows.day[dated_rows] - first_day)
    article_days = np.stack([day_art, day_offset + first_day])
    art_first = np.searchsorted(article_days[0], drafts.art[pending], side="left")
    art_last = np.searchsorted(article_days[0], drafts.art[pending], side="right")
    by_set = ~has_coarse & (art_last > art_first)
    by_publication = ~has_coarse & ~by_set & (published != _MISSING)
    around = np.where(has_coarse, coarse, 0)  # (no arithmetic on _MISSING: it would wrap around)
    after = np.where(published != _MISSING, published, 0)
    low = np.where(has_coarse, around - window, after - PUBLICATION_WINDOW_DAYS)
    high = np.where(has_coarse, around + window, after)
    high = np.where(has_coarse & (published != _MISSING), np.minimum(high, after), high)
    ranged = np.flatnonzero(has_coarse | by_publication)
    # As (query, low day, high day) rows: ranges, then each allowed day of the article sets.
    set_at, set_index = _ranges(np.arange(article_days.shape[1]), art_first[by_set], art_last[by_set] - 1)
    set_pending = np.flatnonzero(by_set)[set_at]
    set_day = article_days[1][set_index]
    query = np.r_[ranged, set_pending]
    q_low = np.clip(np.r_[low[ranged], set_day], low_day, low_day + span - 1) - low_day
    q_high = np.clip(np.r_[high[ranged], set_day], low_day, low_day + span - 1) - low_day
    valid = (np.r_[low[ranged], set_day] <= low_day + span - 1) & (np.r_[high[ranged], set_day] >= low_day)
    valid &= q_low <= q_high
    query, q_low, q_high = query[valid], q_low[valid], q_high[valid]
    family = drafts.family[pending][query]
    # Candidates at the same place...
    base = (drafts.place[pending][query] * n_fam + family) * span
    at, index = _ranges(dated_keys, base + q_low, base + q_high)
    cand_pending, cand_group = query[at], index
    # ... and, for a city, municipality or neighbourhood, at a finer place inside it.
    rank = drafts.rank[pending][query]
    inside_ok = (rank >= _MUNICIPALITY) & (rank <= _NEIGHBOURHOOD)
    fine_drafts = np.flatnonzero(
        (groups.of_draft >= 0) & (groups.of_draft < n_dated) & (drafts.rank > _MUNICIPALITY)
    )
    if inside_ok.any() and len(fine_drafts):
        fine, token = _group_tokens(drafts, groups, fine_drafts)
        d = groups.place_draft[fine]
        fine_key = (token * n_fam + drafts.family[d]) * span + (drafts.day[d] - low_day)
        by_key = np.argsort(fine_key, kind="stable")
        q = np.flatnonzero(inside_ok)
        base = (place_token[drafts.place[pending][query[q]]] * n_fam + family[q]) * span
        at, index = _ranges(fine_key[by_key], base + q_low[q], base + q_high[q])
        cand_pending = np.r_[cand_pending, query[q][at]]
        cand_group = np.r_[cand_group, fine[by_key[index]]]
    # Exactly one distinct event: join it.
    pair_pending, pair_root = _pairs(cand_pending, groups.roots(cand_group))
    ids, counts = _counts_sorted(pair_pending)
    single = np.isin(pair_pending, ids[counts == 1])
    joined_pending, target = pair_pending[single], pair_root[single]
    joiners = pending[joined_pending]
    groups.joined[joiners] = target
    for draft, group in zip(joiners.tolist(), target.tolist(), strict=True):
        if drafts.place[draft] != drafts.place[groups.place_draft[group]]:
            groups.notes.append((group, int(drafts.root[draft])))
    # The others: an undated event of their own, per article.
    alone = np.setdiff1d(pending, joiners)
    if not len(alone):
        return
    r = drafts.root[alone]
    coarse_day = np.where(rows.precision[r] > 0, rows.coarse_day[r], _MISSING)
    precision = np.where(coarse_day != _MISSING, rows.precision[r], -1)
    # one per (place, family, article, week or month)
    of_alone, n_alone = _codes_of(
        _combined(drafts.art[alone], drafts.place[alone], drafts.family[alone], precision, coarse_day)
    )
    place_draft = np.full(n_alone, drafts.n, dtype=np.int64)
    np.minimum.at(place_draft, of_alone, alone)
    first = groups.add(_UNDATED, place_draft)
    groups.of_draft[alone] = first + of_alone
    groups.joined[alone] = first + of_alone


# --- Corrections: applied to the mentions of the reviewed articles ---------------------------------------


def _mention_of(record: Mapping[str, Any]) -> Mention:
    day = _days([record.get("event_date")])[0]
    return Mention(
        surface=record.get("surface") or "",
        start=int(record["start"]),
        end=int(record["end"]),
        place_id=record["place_id"],
        name=record["name"],
        level=record["level"],
        country=record.get("country") or "",
        state=record.get("state"),
        state_code=record.get("state_code"),
        lat=float(record["lat"]),
        lon=float(record["lon"]),
        role=record["role"],
        event_type=record.get("event_type") if isinstance(record.get("event_type"), str) else None,
        event_date=None if day == _MISSING else _date(int(day)),
        date_precision=record.get("date_precision")
        if isinstance(record.get("date_precision"), str)
        else None,
        confidence=float(record["confidence"]),
        sentence=record.get("sentence") or "",
        anchor_place_id=record.get("anchor_place_id")
        if isinstance(record.get("anchor_place_id"), str)
        else None,
        coord_precision=record.get("coord_precision") or "exact",
    )


class _Anchor(NamedTuple):
    correction: Correction
    article_id: str
    start: int
    end: int


def _review(
    articles: pd.DataFrame, mentions: pd.DataFrame, corrections: Sequence[Correction]
) -> tuple[pd.DataFrame, list[Correction], list[_Anchor]]:
    """The mentions with every reviewed article's corrections applied (a `status` column says
    how each mention was reviewed); the corrections that found nothing; the merge and split
    anchors, at the spans of the mentions they found."""
    mentions = mentions.rename(columns={"char_start": "start", "char_end": "end"})
    by_article: dict[str, list[Correction]] = {}
    for c in corrections:
        by_article.setdefault(c.article_id, []).append(c)
    ids = mentions["article_id"].astype(str)
    known = set(ids) | set(articles["article_id"].astype(str))
    unmatched = [c for aid, cs in by_article.items() if aid not in known for c in cs]
    reviewed = ids.isin(by_article.keys()).to_numpy()
    meta = articles.set_index(articles["article_id"].astype(str))
    new_rows: list[dict[str, Any]] = []
    anchors: list[_Anchor] = []
    for aid in sorted(set(by_article) & known):
        own = mentions[(ids == aid).to_numpy()]
        source = meta["source"].get(aid) if aid in meta.index else None
        article = ArticleMentions(aid, tuple(_mention_of(r) for r in own.to_dict("records")), source=source)
        review = apply_corrections(article, by_article[aid])
        unmatched.extend(review.unmatched)
        for mention, status in zip(review.mentions, review.statuses, strict=True):
            record = {key: getattr(mention, key) for key in MENTION_COLUMNS if key != "article_id"}
            new_rows.append({"article_id": aid, **record, "status": status})
        anchors.extend(_Anchor(a.correction, aid, a.start, a.end) for a in (*review.splits, *review.merges))
    kept = mentions[~reviewed].assign(status="auto")
    frame = pd.concat([kept, pd.DataFrame(new_rows, columns=[*MENTION_COLUMNS, "status"])], ignore_index=True)
    return frame, unmatched, anchors


def _row_at(rows: _Rows, article_id: str, start: int, end: int, *, overlap: bool) -> int | None:
    """The protest-site row of an article at a span: exactly, or (with `overlap`) matched as
    corrections match spans (`corrections.match_span`)."""
    art = int(np.searchsorted(rows.article_ids, article_id))
    if art >= len(rows.article_ids) or rows.article_ids[art] != article_id:
        return None
    first, last = np.searchsorted(rows.art, [art, art + 1])
    spans = [_Span(int(s), int(e)) for s, e in zip(rows.start[first:last], rows.end[first:last], strict=True)]
    if not overlap:
        exact = [k for k, span in enumerate(spans) if (span.start, span.end) == (start, end)]
        return int(first) + exact[0] if exact else None
    found = match_span(spans, start, end)
    return None if found is None else int(first) + found


class _Span(NamedTuple):
    start: int
    end: int


def _event_anchors(
    rows: _Rows, drafts: _Drafts, anchors: list[_Anchor]
) -> tuple[dict[int, Correction], list[tuple[Correction, int]], list[Correction]]:
    """Split corrections by draft; merges with their own draft; those that found no event."""
    splits: dict[int, Correction] = {}
    merges: list[tuple[Correction, int]] = []
    missed: list[Correction] = []
    for anchor in sorted(anchors, key=lambda a: a.correction.order_key()):
        row = _row_at(rows, anchor.article_id, anchor.start, anchor.end, overlap=False)
        if row is None:  # not a protest site: no event to merge or split
            missed.append(anchor.correction)
            continue
        draft = int(drafts.of_row[row])
        if anchor.correction.action == "split":
            splits.setdefault(draft, anchor.correction)  # the first split of a draft names its event
        else:
            merges.append((anchor.correction, draft))
    return splits, merges, missed


def _merge(
    rows: _Rows, drafts: _Drafts, groups: _Groups, merges: list[tuple[Correction, int]]
) -> list[Correction]:
    """A reviewer's merges: the target's event joins the anchor's. Those that found nothing."""
    missed = []
    for c, draft in merges:
        assert c.target_article_id is not None and c.target_start is not None and c.target_end is not None
        row = _row_at(rows, c.target_article_id, c.target_start, c.target_end, overlap=True)
        if row is None:
            missed.append(c)
            continue
        keep, other = groups.roots(groups.joined[[draft, int(drafts.of_row[row])]])
        if keep != other:
            groups.parent[other] = keep
        groups.corrected[keep] = True
        groups.compress()
    return missed


# --- The events ---------------------------------------------------------------------------------------------


def _date(days: int) -> date:
    return date.fromordinal(_EPOCH + days)


def _iso(days: np.ndarray) -> np.ndarray:
    """ISO dates of day numbers ('' for _MISSING), as an object array (each distinct day is
    formatted once)."""
    codes, distinct = pd.factorize(days)
    text = np.datetime_as_string(distinct.astype("datetime64[D]")).astype(object)
    text[distinct == _MISSING] = ""
    return np.r_[text, np.array([""], dtype=object)][codes]


def _event_ids(rows: _Rows, drafts: _Drafts, groups: _Groups, roots: np.ndarray) -> list[str]:
    """16 hex digits of a hash of what identifies each event, and nothing else:
    ``PLACE|DAY|FAMILY`` for a dated event, ``undated|PLACE|FAMILY|ARTICLE|PRECISION|DATE``
    for an undated one, ``split|PLACE|FAMILY|CORRECTION|DAY`` for a reviewer's split."""
    place_draft = groups.place_draft[roots]
    root = drafts.root[place_draft]
    kind = groups.kind[roots]
    place = rows.place_ids[drafts.place[place_draft]].astype(str).astype(object)
    family = np.array(FAMILIES, dtype=object)[drafts.family[place_draft]]
    texts = place + "|" + _iso(drafts.day[place_draft]) + "|" + family
    undated = np.flatnonzero(kind == _UNDATED)
    if len(undated):
        r = root[undated]
        coarse = np.where(rows.precision[r] > 0, rows.coarse_day[r], _MISSING)
        precision = np.array(("", *_PRECISIONS[1:]), dtype=object)[np.maximum(rows.precision[r], 0)]
        precision[coarse == _MISSING] = ""
        article = rows.article_ids[drafts.art[place_draft[undated]]].astype(str).astype(object)
        texts[undated] = (
            "undated|"
            + place[undated]
            + "|"
            + family[undated]
            + "|"
            + article
            + "|"
            + precision
            + "|"
            + _iso(coarse)
        )
    for e in np.flatnonzero(kind == _SPLIT).tolist():
        day = _iso(drafts.day[place_draft[e : e + 1]])[0]
        texts[e] = f"split|{place[e]}|{family[e]}|{groups.split_ids[int(roots[e])]}|{day}"
    blake2b = hashlib.blake2b
    return [blake2b(text.encode("utf-8"), digest_size=8).hexdigest() for text in texts.tolist()]


def _count_distinct(event: np.ndarray, values: np.ndarray, n_events: int) -> np.ndarray:
    """Per event, how many distinct `values` (non-negative ints) its rows have."""
    width = int(values.max()) + 1 if len(values) else 1
    pairs = _distinct(event * width + values)
    return np.bincount(pairs // width, minlength=n_events)


def _assemble(rows: _Rows, drafts: _Drafts, groups: _Groups) -> tuple[pd.DataFrame, pd.DataFrame]:
    final = groups.roots(groups.joined)
    event_of_draft, n_events = _codes_of(final)  # events in the order of their first report
    roots = final[_first_index(event_of_draft)]
    event = event_of_draft[drafts.of_row]
    place_draft = groups.place_draft[roots]
    place_row = drafts.root[place_draft]

    # When: a dated event's day (or a split one's, if any); an undated one's week or month, if any.
    kind = groups.kind[roots]
    day = drafts.day[place_draft]
    undated = kind == _UNDATED
    coarse = undated & (rows.precision[place_row] > 0)
    when = np.where(coarse, rows.coarse_day[place_row], np.where(undated, _MISSING, day))
    precision_code = np.where(coarse, rows.precision[place_row], np.where(when != _MISSING, 0, -1))
    precision = np.array([*_PRECISIONS, None], dtype=object)[precision_code]

    # Reporting: articles, sources, sentences, confidence, publication dates.
    art = rows.art
    source = rows.source[art]
    n_articles = _count_distinct(event, art, n_events)
    n_sources = _count_distinct(event, source, n_events)
    sentence_pair = pd.factorize(art * (int(rows.sentence.max(initial=0)) + 1) + rows.sentence)[0]
    n_mentions = _count_distinct(event, sentence_pair.astype(np.int64), n_events)
    width = int(source.max(initial=0)) + 1
    by_source = event * width + source
    sort = np.argsort(by_source, kind="stable")
    starts = _first_per(by_source, sort)
    best = np.maximum.reduceat(rows.confidence[sort], starts) if len(sort) else rows.confidence
    with np.errstate(divide="ignore"):
        doubt = np.bincount(
            event[sort][starts], weights=np.log1p(-np.clip(best, 0.0, 1.0)), minlength=n_events
        )
    confidence = np.round(1.0 - np.exp(doubt), 4)
    published = rows.published[art]
    dated = published != _MISSING
    first_reported = np.full(n_events, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(first_reported, event[dated], published[dated])
    first_reported[first_reported == np.iinfo(np.int64).max] = _MISSING
    last_reported = np.full(n_events, _MISSING, dtype=np.int64)
    np.maximum.at(last_reported, event[dated], published[dated])

    # Articles, first reported first (then by id: article codes follow the ids' order).
    pairs = _distinct(event * len(rows.article_ids) + art)
    pair_event, pair_art = pairs // len(rows.article_ids), pairs % len(rows.article_ids)
    pair_day = np.where(
        rows.published[pair_art] == _MISSING, np.iinfo(np.int64).max, rows.published[pair_art]
    )
    sort = np.lexsort((pair_art, pair_day, pair_event))
    ids = rows.article_ids[pair_art[sort]].tolist()
    bounds = np.searchsorted(pair_event[sort], np.arange(n_events + 1)).tolist()
    article_ids = [tuple(ids[bounds[e] : bounds[e + 1]]) for e in range(n_events)]

    # Type: the most severe a reviewer gave, else the most severe reported. Status.
    severity = np.full(n_events, _NO_TYPE, dtype=np.int64)
    np.minimum.at(severity, event, rows.severity)
    reviewed = np.full(n_events, _NO_TYPE, dtype=np.int64)
    by_person = rows.status > 0
    np.minimum.at(reviewed, event[by_person], rows.severity[by_person])
    severity = np.where(reviewed < _NO_TYPE, reviewed, severity)
    kinds = np.array([*TYPE_SEVERITY, None], dtype=object)[severity]
    status = np.zeros(n_events, dtype=np.int64)
    np.maximum.at(status, event, rows.status)
    corrected_groups = np.flatnonzero(groups.corrected)
    if len(corrected_groups):
        event_of_group = np.full(len(groups.parent), -1, dtype=np.int64)
        event_of_group[roots] = np.arange(n_events)
        status[event_of_group[groups.roots(corrected_groups)]] = 2

    # Admin levels: the place itself, else the containers its articles name, else those joined.
    rank = drafts.rank[place_draft]
    columns = {name: rows.shown(name, place_row) for name in _SHOWN}
    names = columns["name"]
    municipality = np.full(n_events, None, dtype=object)
    municipality[rank == _MUNICIPALITY] = names[rank == _MUNICIPALITY]
    city = np.full(n_events, None, dtype=object)
    city[rank == _CITY] = names[rank == _CITY]
    admin: dict[int, dict[str, str]] = {}
    if drafts.admin:  # the containers its articles name around its own place, in article order
        event_place = drafts.place[place_draft]
        for draft in sorted(drafts.admin):
            e = int(event_of_draft[draft])
            if drafts.place[draft] == event_place[e]:
                for level, name in drafts.admin[draft].items():
                    admin.setdefault(e, {}).setdefault(level, name)
    if groups.notes:
        event_of_group = np.full(len(groups.parent), -1, dtype=np.int64)
        event_of_group[roots] = np.arange(n_events)
        note_events = event_of_group[groups.roots(np.array([g for g, _ in groups.notes]))]
        note_rows = np.array([row for _, row in groups.notes])
        note_names = rows.shown("name", note_rows).tolist()
        for e, row, name in zip(note_events.tolist(), note_rows.tolist(), note_names, strict=True):
            level = LEVELS[rows.rank[row]]
            if level in ("municipality", "city"):
                admin.setdefault(e, {}).setdefault(level, name)
    for e, levels in admin.items():
        if rank[e] > _MUNICIPALITY and municipality[e] is None:
            municipality[e] = levels.get("municipality")
        if rank[e] > _CITY and city[e] is None:
            city[e] = levels.get("city")

    event_ids = np.array(_event_ids(rows, drafts, groups, roots), dtype=object)

    def objects(values: Any) -> pd.Series:
        return pd.Series(values, dtype=object)

    events = pd.DataFrame(
        {
            "event_id": objects(event_ids),
            "place_id": objects(rows.place_ids[rows.place[place_row]]),
            "name": objects(columns["name"]),
            "level": objects(columns["level"]),
            "country": objects(columns["country"]),
            "state": objects(columns["state"]),
            "state_code": objects(columns["state_code"]),
            "lat": columns["lat"],
            "lon": columns["lon"],
            "coord_precision": objects(columns["coord_precision"]),
            "event_date": when.astype("datetime64[D]").astype("datetime64[ns]"),
            "date_precision": objects(precision),
            "event_type": objects(kinds),
            "confidence": confidence,
            "n_articles": n_articles,
            "n_sources": n_sources,
            "n_mentions": n_mentions,
            "first_reported": first_reported.astype("datetime64[D]").astype("datetime64[ns]"),
            "last_reported": last_reported.astype("datetime64[D]").astype("datetime64[ns]"),
            "article_ids": objects(article_ids),
            "status": objects(np.array(_STATUSES, dtype=object)[status]),
            "municipality": objects(municipality),
            "city": objects(city),
        },
        columns=list(EVENT_KEYS),
    )
    members = pd.DataFrame(
        {
            "event_id": objects(event_ids[event]),
            "article_id": objects(rows.article_ids[art]),
            "start": rows.start,
            "end": rows.end,
            "place_id": objects(rows.place_ids[rows.place]),
            "level": objects(rows.shown("level", np.arange(rows.n))),
            "sentence": objects(rows.shown("sentence", np.arange(rows.n))),
            "status": objects(np.array(_STATUSES, dtype=object)[rows.status]),
            "surface": objects(rows.shown("surface", np.arange(rows.n))),
        },
        columns=[*MEMBER_COLUMNS, "surface"],
    )
    return events, members


# --- The whole build ----------------------------------------------------------------------------------------


def build_event_tables(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    containment: Containment = NO_CONTAINMENT,
    corrections: Iterable[Correction] = (),
) -> EventTables:
    """Group the protest-site mentions into events (rules in the module doc), column-wise.

    `articles` has ARTICLE_COLUMNS, `mentions` MENTION_COLUMNS (other columns are ignored).
    Pure: the same rows and corrections give the same tables, in any row order.
    """
    _require(articles, "articles", ("article_id",), ("source",), ("published",))
    _require(
        mentions, "mentions", ("article_id",), ("start", "char_start"), ("end", "char_end"), ("place_id",),
        ("name",), ("level",), ("lat",), ("lon",), ("role",), ("confidence",), ("sentence",),
    )  # fmt: skip
    with _no_gc_pauses():
        corrections = tuple(corrections)
        unmatched: list[Correction] = []
        anchors: list[_Anchor] = []
        if corrections:
            mentions, unmatched, anchors = _review(articles, mentions, corrections)
        rows = _rows(articles, mentions)
        tokens = _Tokens(containment)
        place_token = np.array([tokens.code("p:" + p) for p in rows.place_ids.tolist()], dtype=np.int64)
        _fill_from_sentences(rows)
        drafts = _drafts(rows, _absorb_containers(rows, tokens), tokens, place_token)
        splits, merges, missed = _event_anchors(rows, drafts, anchors)
        unmatched.extend(missed)
        groups, dated_keys, days = _group_dated(drafts, splits)
        _join_containers(rows, drafts, groups, place_token, days)
        _join_undated(rows, drafts, groups, dated_keys, place_token, days)
        unmatched.extend(_merge(rows, drafts, groups, merges))
        events, members = _assemble(rows, drafts, groups)
    return EventTables(events, members, tuple(sorted(unmatched, key=Correction.order_key)))


def _require(frame: pd.DataFrame, what: str, *columns: tuple[str, ...]) -> None:
    """ValueError naming the columns `frame` lacks (each given as its accepted names)."""
    missing = [" or ".join(names) for names in columns if not any(name in frame for name in names)]
    if missing:
        raise ValueError(f"the {what} have no {', '.join(missing)} column")


@contextmanager
def _no_gc_pauses() -> Iterator[None]:
    """Hold CPython's cycle collector while building. The build allocates a few hundred
    thousand acyclic objects, and each allocation burst triggers collections that walk every
    live object (the 100,000s of input mentions): they took half the time and free nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


__all__ = [
    "ARTICLE_COLUMNS",
    "DEFAULT_FAMILY",
    "FAMILIES",
    "MEMBER_COLUMNS",
    "MENTION_COLUMNS",
    "NO_CONTAINMENT",
    "PRECISION_WINDOW_DAYS",
    "PUBLICATION_WINDOW_DAYS",
    "TYPE_FAMILIES",
    "TYPE_SEVERITY",
    "Containment",
    "ContainmentTable",
    "EventBuild",
    "EventTables",
    "build_event_tables",
    "build_events",
    "frames_from_articles",
]
