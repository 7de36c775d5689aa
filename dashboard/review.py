"""The Review page's core: which events to check first, and the corrections each action makes.

Why here and not in the page: an action on an event becomes one `Correction` per mention it
touches, anchored on the article and the span of that mention (never on an event id, which a
correction may change). That rule is worth testing without a browser, and the CLI, the tests
and the page must agree on it. No Streamlit here.

What each action corrects (see `dashboard.corrections` for how a correction applies):

==============  =================================================================================
confirm         every mention of the event: ``confirm`` (the event becomes *verified*)
reject          the mentions at the event's place: ``reject`` with role ``other`` ("not a protest
                site") or null ("not a place"); the containers grouped with them (the city and
                state around a square) become ``other``: nothing happened there either
fix place       the mentions at the event's place: ``fix`` with the new place in full
fix role        the mentions at the event's place: ``fix`` with the role
fix type/date   every mention of the event (so that they stay one event): ``fix``
merge           one ``merge`` anchored on this event's first mention, targeting the other's
split           one ``split`` anchored on the chosen article's first mention of the event
add             one ``add`` at the words a person selected in an article's text
==============  =================================================================================
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pandas as pd

from .corrections import _SENTENCE_END, Correction
from .events import EventFilter, filter_events
from .models import Place

_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*|\S", re.UNICODE)


@dataclass(frozen=True)
class EventMention:
    """One mention of an event, as the excerpts frame has it (article and span first)."""

    article_id: str
    start: int
    end: int
    place_id: str
    level: str
    status: str
    surface: str
    sentence: str


def event_mentions(excerpts: pd.DataFrame) -> list[EventMention]:
    """The mentions of one event (its rows of `events.load_excerpts`), by article and position."""
    rows = excerpts.sort_values(["article_id", "start"], kind="stable")
    return [
        EventMention(
            str(r["article_id"]),
            int(r["start"]),
            int(r["end"]),
            str(r["place_id"]),
            str(r["level"]),
            str(r["status"]),
            str(r["surface"] or ""),
            str(r["sentence"] or ""),
        )  # fmt: skip
        for r in rows.to_dict("records")
    ]


def review_queue(
    events: pd.DataFrame,
    flt: EventFilter,
    *,
    search_hits: frozenset[str] | None = None,
    unreviewed_only: bool = True,
) -> pd.DataFrame:
    """The events to check, filtered as on Explore, lowest confidence first (then the fewest
    sources, the newest): the doubtful ones are the ones a person's time is best spent on."""
    queue = filter_events(events, flt, search_hits=search_hits)
    if unreviewed_only:
        queue = queue[queue["status"].astype("string") == "auto"]
    return queue.sort_values(
        ["confidence", "n_sources", "event_date", "event_id"],
        ascending=[True, True, False, True],
        na_position="last",
        kind="stable",
    )


def now_stamp() -> str:
    """When a correction is made, to the microsecond: corrections of one span apply in this order."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _value(value: Any) -> Any:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _old(event: Mapping[str, Any], mention: EventMention) -> tuple[tuple[str, Any], ...]:
    """What the mention said before, for the record."""
    at_place = mention.place_id == event.get("place_id")
    old = {
        "place_id": mention.place_id,
        "name": _value(event.get("name")) if at_place else None,
        "role": "protest_site",
        "event_type": _value(event.get("event_type")),
        "event_date": _value(event.get("event_date")),
    }
    return tuple((key, value) for key, value in old.items() if value is not None)


def _at_place(event: Mapping[str, Any], mentions: Sequence[EventMention]) -> list[EventMention]:
    """The mentions of the event's own place (not the containers grouped with it)."""
    own = [m for m in mentions if m.place_id == event.get("place_id")]
    return own or list(mentions)


def confirm(
    event: Mapping[str, Any],
    mentions: Sequence[EventMention],
    *,
    author: str,
    note: str = "",
    created: str = "",
) -> list[Correction]:
    created = created or now_stamp()
    return [
        Correction("confirm", m.article_id, m.start, m.end, author=author, note=note, created=created)
        for m in mentions
    ]


def reject(
    event: Mapping[str, Any],
    mentions: Sequence[EventMention],
    *,
    not_a_place: bool,
    author: str,
    note: str = "",
    created: str = "",
) -> list[Correction]:
    created = created or now_stamp()
    own = {(m.article_id, m.start, m.end) for m in _at_place(event, mentions)}
    out = []
    for m in mentions:
        role = None if (not_a_place and (m.article_id, m.start, m.end) in own) else "other"
        out.append(
            Correction(
                "reject",
                m.article_id,
                m.start,
                m.end,
                role=role,
                author=author,
                note=note,
                created=created,
                old=_old(event, m),
            )  # fmt: skip
        )
    return out


def fix(
    event: Mapping[str, Any],
    mentions: Sequence[EventMention],
    *,
    author: str,
    note: str = "",
    created: str = "",
    place: Place | None = None,
    role: str | None = None,
    event_type: str | None = None,
    event_date: date | None = None,
) -> list[Correction]:
    """A fix of the place or role (the event's own place mentions) and of the type or date
    (every mention, so that they stay one event)."""
    created = created or now_stamp()
    out = []
    own = {(m.article_id, m.start, m.end) for m in _at_place(event, mentions)}
    for m in mentions:
        at_place = (m.article_id, m.start, m.end) in own
        new_place = place if at_place else None
        new_role = role if at_place else None
        if new_place is None and new_role is None and event_type is None and event_date is None:
            continue
        out.append(
            Correction(
                "fix",
                m.article_id,
                m.start,
                m.end,
                place_id=new_place.place_id if new_place else None,
                place=new_place,
                role=new_role,
                event_type=event_type,
                event_date=event_date,
                author=author,
                note=note,
                created=created,
                old=_old(event, m),
            )  # fmt: skip
        )
    return out


def merge(
    mentions: Sequence[EventMention],
    other_mentions: Sequence[EventMention],
    *,
    author: str,
    note: str = "",
    created: str = "",
) -> list[Correction]:
    """This event and the other are one event (this one's place, day and id are kept)."""
    if not mentions or not other_mentions:
        return []
    first, target = mentions[0], other_mentions[0]
    return [
        Correction(
            "merge",
            first.article_id,
            first.start,
            first.end,
            target_article_id=target.article_id,
            target_start=target.start,
            target_end=target.end,
            author=author,
            note=note,
            created=created or now_stamp(),
        )  # fmt: skip
    ]


def split(
    mentions: Sequence[EventMention], article_id: str, *, author: str, note: str = "", created: str = ""
) -> list[Correction]:
    """The article's part of the event leaves it and becomes an event of its own."""
    own = [m for m in mentions if m.article_id == article_id]
    if not own:
        return []
    first = own[0]
    return [
        Correction(
            "split",
            first.article_id,
            first.start,
            first.end,
            author=author,
            note=note,
            created=created or now_stamp(),
        )  # fmt: skip
    ]


def add(
    article_id: str,
    text: str,
    start: int,
    end: int,
    place: Place,
    *,
    author: str,
    note: str = "",
    created: str = "",
    role: str = "protest_site",
    event_type: str | None = None,
    event_date: date | None = None,
) -> Correction:
    """A place the geoparser missed: the words text[start:end] of the article, at `place`."""
    return Correction(
        "add", article_id, start, end, place_id=place.place_id, place=place, role=role,
        event_type=event_type, event_date=event_date, surface=text[start:end],
        sentence=" ".join(text[slice(*sentence_bounds(text, start, end))].split()),
        author=author, note=note, created=created or now_stamp(),
    )  # fmt: skip


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence (or line) holding text[start:end] begins and ends in `text`."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    found = _SENTENCE_END.search(text, end)
    return begin, found.end() if found else len(text)


@dataclass(frozen=True)
class Word:
    """A word of an excerpt, with its span in the article's text (for the word picker)."""

    text: str
    start: int
    end: int


def words_around(text: str, start: int, end: int) -> list[Word]:
    """The words of the sentence holding text[start:end], each with its span in `text`: what a
    reviewer picks the first and last word of a missed place from."""
    begin, finish = sentence_bounds(text, start, end)
    return [Word(m.group(), begin + m.start(), begin + m.end()) for m in _WORD.finditer(text[begin:finish])]


def selection_span(words: Sequence[Word], first: int, last: int) -> tuple[int, int]:
    """The character span from word `first` to word `last` (inclusive, either order)."""
    low, high = sorted((first, last))
    return words[low].start, words[high].end


def span_of_selection(text: str, selected: str, near: int) -> tuple[int, int] | None:
    """The span of a text a person selected in the browser, found in the article's text nearest
    to character `near` (a selection is plain text: its place in the article is looked up)."""
    needle = " ".join(selected.split())
    if not needle:
        return None
    pattern = re.compile(r"\s+".join(re.escape(part) for part in needle.split(" ")))
    best: tuple[int, int] | None = None
    for match in pattern.finditer(text):
        if best is None or abs(match.start() - near) < abs(best[0] - near):
            best = (match.start(), match.end())
    return best


def nearest_places(places: Iterable[Place], lat: float, lon: float, *, limit: int = 8) -> list[Place]:
    """The places nearest to a point clicked on the map (by squared degrees, lon scaled by the
    latitude's cosine: enough to rank towns a few kilometres apart)."""
    import math

    scale = math.cos(math.radians(lat)) ** 2

    def distance(place: Place) -> float:
        return (place.lat - lat) ** 2 + scale * (place.lon - lon) ** 2

    candidates = [p for p in places if p.level not in ("country", "state")]
    return sorted(candidates, key=distance)[:limit]


__all__ = [
    "EventMention",
    "Word",
    "add",
    "confirm",
    "event_mentions",
    "fix",
    "merge",
    "nearest_places",
    "now_stamp",
    "reject",
    "review_queue",
    "selection_span",
    "sentence_bounds",
    "span_of_selection",
    "split",
    "words_around",
]
