"""Review corrections: what a person changed, kept apart from what the machine found.

Why a separate record, not an edit of the stored mentions: mentions are rebuilt whenever an
article is re-ingested or reprocessed, or a new geoparser ships. A correction is therefore
anchored on what survives all three, the article (its id is the hash of its text) and a
character span in that text, and it is applied each time events are built
(`dashboard.grouping.build_events`), never written into the mentions themselves.

Actions
-------
=========  ==========================================================================
confirm    the mention at the span is right; its event becomes ``verified``
reject     ``role: "other"``: a place, but nothing happened there (not a protest
           site); ``role: null``: not a place at all (the mention is dropped)
fix        change the place (``place_id``, with the place in full in ``place``), the
           ``role``, the ``event_type`` or the ``event_date``; null means "unchanged"
add        a place the geoparser missed: the selected words (``surface``) at the span,
           with their ``sentence`` and ``place``; if a later geoparser finds a mention
           overlapping the span, the add corrects that mention instead of doubling it
merge      the event holding the span and the event holding the *target* span
           (``target_article_id``, ``target_start``, ``target_end``) are one event;
           the first one's place, date and id are kept
split      the mentions of the span's article that were grouped with it leave their
           event and make an event of their own
=========  ==========================================================================

Matching a span
---------------
A correction applies to the mention of its article whose span is exactly its span; else the
one that overlaps it most (ties: the nearest start). So a geoparser that now reads "Plaza
Bolívar de Barquisimeto" where it read "Plaza Bolívar" is still corrected. A correction whose
article is gone or whose span overlaps no mention any more does not apply; `build_events`
reports it as unmatched instead of guessing. Corrections of one mention apply in the order
they were made (``created``, then id): the last word wins, field by field; a later confirm
or fix brings back a rejected mention.

Identity and files
------------------
A correction's id is a hash of its content (every key of its JSON line, ``created``
included), so importing the same file twice stores nothing new. `read_corrections` checks
every line before returning any, and raises one `CorrectionError` listing each bad line as
``FILE:LINE: problem``: a file is imported whole or not at all.

`to_gold` turns the reviewed articles (those with at least one correction that applies)
into the gold format of ``shared/corpus/dev_gold.jsonl``, which `protestmap eval` reads:
every correction becomes a test case for the geoparser.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from .errors import CorrectionError
from .models import EVENT_TYPES, LEVELS, ROLES, ArticleMentions, Mention, Place

ACTIONS: tuple[str, ...] = ("confirm", "reject", "fix", "add", "merge", "split")
MENTION_STATUSES: tuple[str, ...] = ("auto", "verified", "corrected")
"""A mention's review status, weakest first: a stronger one is never downgraded."""

# The keys of one corrections JSONL line, in the order they are written. The first ten are the
# issue's contract; `created` and `old` are always written; the rest only when set.
CORRECTION_KEYS: tuple[str, ...] = (
    "article_id",
    "start",
    "end",
    "action",
    "place_id",
    "role",
    "event_type",
    "event_date",
    "author",
    "note",
    "created",
    "old",
    "surface",
    "sentence",
    "place",
    "target_article_id",
    "target_start",
    "target_end",
)
_ALWAYS_WRITTEN = CORRECTION_KEYS[:12]
PLACE_KEYS: tuple[str, ...] = ("place_id", "name", "level", "country", "state", "state_code", "lat", "lon")
OLD_KEYS: tuple[str, ...] = ("place_id", "name", "role", "event_type", "event_date")
"""What `old` may record: the values the mention had before a fix."""


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class Correction:
    """One change a reviewer made, anchored on an article and a character span in its text.

    `place_id`, `role`, `event_type` and `event_date` are the *new* values (None: unchanged);
    `old` keeps what the mention said before, for the record. Creating one validates it
    (ValueError naming the problem), so a Correction in hand is always applicable.
    """

    action: str
    article_id: str
    start: int
    end: int
    place_id: str | None = None
    role: str | None = None
    event_type: str | None = None
    event_date: date | None = None
    author: str = ""
    note: str = ""
    created: str | None = None
    old: tuple[tuple[str, Any], ...] = ()
    surface: str | None = None
    sentence: str | None = None
    place: Place | None = None
    target_article_id: str | None = None
    target_start: int | None = None
    target_end: int | None = None

    def __post_init__(self) -> None:
        # `old` as its JSON line holds it (dates as ISO text, keys sorted): a correction read
        # back from its own export must be the same correction, with the same id.
        old = sorted(((str(k), _json_value(v)) for k, v in self.old), key=lambda item: item[0])
        object.__setattr__(self, "old", tuple(old))
        problem = _problem(self)
        if problem:
            raise ValueError(problem)

    @property
    def correction_id(self) -> str:
        """A hash of the content: the same correction made or imported twice is one row."""
        canonical = json.dumps(self.to_json(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]

    @property
    def old_values(self) -> dict[str, Any]:
        return dict(self.old)

    @property
    def new_values(self) -> dict[str, Any]:
        """The fields this correction sets (place_id, role, event_type, event_date)."""
        values = {
            "place_id": self.place_id,
            "role": self.role,
            "event_type": self.event_type,
            "event_date": self.event_date,
        }
        return {key: value for key, value in values.items() if value is not None}

    def order_key(self) -> tuple[str, str]:
        """When it was made (then its id): the order in which corrections of a span apply."""
        return (self.created or "", self.correction_id)

    def to_json(self) -> dict[str, Any]:
        """One corrections JSONL object: CORRECTION_KEYS in order, optional extras only when set."""
        record: dict[str, Any] = {
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "action": self.action,
            "place_id": self.place_id,
            "role": self.role,
            "event_type": self.event_type,
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "author": self.author,
            "note": self.note,
            "created": self.created,
            "old": {key: _json_value(value) for key, value in self.old},
            "surface": self.surface,
            "sentence": self.sentence,
            "place": _place_json(self.place) if self.place else None,
            "target_article_id": self.target_article_id,
            "target_start": self.target_start,
            "target_end": self.target_end,
        }
        return {k: v for k, v in record.items() if k in _ALWAYS_WRITTEN or v is not None}


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _place_json(place: Place) -> dict[str, Any]:
    return {key: getattr(place, key) for key in PLACE_KEYS}


def _span_problem(start: object, end: object, what: str) -> str | None:
    if not _is_int(start) or not _is_int(end):
        return f"{what}start and {what}end must be whole numbers, got {start!r} and {end!r}"
    assert isinstance(start, int) and isinstance(end, int)
    if start < 0 or end <= start:
        return f"{what}span {start}-{end} is empty or negative"
    return None


def _problem(c: Correction) -> str | None:
    """What is wrong with `c`, in one phrase, or None."""
    if c.action not in ACTIONS:
        return f"action {c.action!r} is not one of {', '.join(ACTIONS)}"
    if not isinstance(c.article_id, str) or not c.article_id.strip():
        return "article_id is missing"
    span = _span_problem(c.start, c.end, "")
    if span:
        return span
    if c.role is not None and c.role not in ROLES:
        return f"role {c.role!r} is not one of {', '.join(ROLES)}"
    if c.event_type is not None and c.event_type not in EVENT_TYPES:
        return f"event_type {c.event_type!r} is not one of {', '.join(EVENT_TYPES)}"
    if c.event_date is not None and not isinstance(c.event_date, date):
        return f"event_date {c.event_date!r} is not a date"
    if not isinstance(c.author, str) or not isinstance(c.note, str):
        return "author and note must be text"
    if c.created is not None and not _is_timestamp(c.created):
        return f"created {c.created!r} is not an ISO 8601 time"
    for key, value in c.old:
        if key not in OLD_KEYS:
            return f"old has key {key!r}; expected some of {', '.join(OLD_KEYS)}"
        if value is not None and not isinstance(value, str | int | float):
            return f"old {key} must be text, a number or null, got {value!r}"
    if c.surface is not None and len(c.surface) != c.end - c.start:
        return f"surface {c.surface!r} does not span {c.start}-{c.end}"
    if c.place is not None and c.place_id is not None and c.place.place_id != c.place_id:
        return f"place_id {c.place_id!r} and place.place_id {c.place.place_id!r} differ"
    if c.action in ("fix", "add") and c.place_id is not None and c.place is None:
        return f"place_id {c.place_id!r} is not a known place (give the place in full under 'place')"
    if c.action == "fix" and not c.new_values:
        return "a fix changes nothing: give place_id, role, event_type or event_date"
    if c.action == "add" and c.place is None:
        return "an add needs the place: place_id and place"
    if c.action == "reject" and c.role not in (None, "other"):
        return "a reject takes role 'other' (a place, not a protest site) or null (not a place)"
    has_target = (c.target_article_id, c.target_start, c.target_end) != (None, None, None)
    if c.action == "merge":
        if not isinstance(c.target_article_id, str) or not c.target_article_id.strip():
            return "a merge needs target_article_id, target_start and target_end"
        target = _span_problem(c.target_start, c.target_end, "target_")
        if target:
            return target
        if (c.target_article_id, c.target_start, c.target_end) == (c.article_id, c.start, c.end):
            return "a merge needs two different spans"
    elif has_target:
        return f"target_article_id/target_start/target_end only go with a merge, not {c.action!r}"
    return None


def _is_timestamp(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


# --- JSON lines --------------------------------------------------------------------------------


def _parse_date(value: object, key: str) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key} must be an ISO date (YYYY-MM-DD) or null, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{key} {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _parse_place(value: object) -> Place:
    if not isinstance(value, dict):
        raise ValueError(f"place must be an object with {', '.join(PLACE_KEYS)}")
    missing = [key for key in ("place_id", "name", "level", "lat", "lon") if value.get(key) is None]
    if missing:
        raise ValueError(f"place lacks {', '.join(missing)}")
    unknown = sorted(set(value) - set(PLACE_KEYS))
    if unknown:
        raise ValueError(f"place has unknown key(s) {', '.join(map(repr, unknown))}")
    if value["level"] not in LEVELS:
        raise ValueError(f"place level {value['level']!r} is not one of {', '.join(LEVELS)}")
    lat, lon = value["lat"], value["lon"]
    if not all(
        isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x) for x in (lat, lon)
    ):
        raise ValueError(f"place lat/lon must be numbers, got {lat!r}, {lon!r}")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"place lat/lon {lat}, {lon} are out of range")
    for key in ("place_id", "name", "country", "state", "state_code"):
        if value.get(key) is not None and not isinstance(value[key], str):
            raise ValueError(f"place {key} must be text, got {value[key]!r}")
    return Place(
        place_id=value["place_id"],
        name=value["name"],
        level=value["level"],
        country=value.get("country") or "",
        state=value.get("state"),
        state_code=value.get("state_code"),
        lat=float(lat),
        lon=float(lon),
    )


def correction_from_json(
    record: object, *, resolve_place: Callable[[str], Place | None] | None = None
) -> Correction:
    """The Correction a JSON object describes; ValueError naming the first problem.

    A fix or add that gives only `place_id` gets its place from `resolve_place` (the
    gazetteer, in the CLI); without one, or when it does not know the id, the line is refused.
    """
    if not isinstance(record, dict):
        raise ValueError("a line must be a JSON object")
    unknown = sorted(set(record) - set(CORRECTION_KEYS))
    if unknown:
        raise ValueError(f"unknown key(s) {', '.join(map(repr, unknown))}")
    missing = [key for key in ("article_id", "start", "end", "action") if record.get(key) is None]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    for key in ("article_id", "action", "place_id", "role", "event_type", "surface", "sentence"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ValueError(f"{key} must be text, got {record[key]!r}")
    for key in ("author", "note"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ValueError(f"{key} must be text, got {record[key]!r}")
    old = record.get("old") or {}
    if not isinstance(old, dict):
        raise ValueError("old must be an object")
    place = _parse_place(record["place"]) if record.get("place") is not None else None
    place_id = record.get("place_id")
    if place is None and place_id is not None and record["action"] in ("fix", "add") and resolve_place:
        place = resolve_place(place_id)
    return Correction(
        action=record["action"],
        article_id=record["article_id"],
        start=record["start"],
        end=record["end"],
        place_id=place_id,
        role=record.get("role"),
        event_type=record.get("event_type"),
        event_date=_parse_date(record.get("event_date"), "event_date"),
        author=record.get("author") or "",
        note=record.get("note") or "",
        created=record.get("created"),
        old=tuple((str(k), old[k]) for k in sorted(old)),
        surface=record.get("surface"),
        sentence=record.get("sentence"),
        place=place,
        target_article_id=record.get("target_article_id"),
        target_start=record.get("target_start"),
        target_end=record.get("target_end"),
    )


def _check_against_text(c: Correction, text_of: Callable[[str], str | None]) -> tuple[Correction, str | None]:
    """Refuse spans outside their article; fill an add's surface and sentence from the text."""
    text = text_of(c.article_id)
    if text is None:
        return c, f"unknown article {c.article_id!r}"
    if c.end > len(text):
        return (
            c,
            f"span {c.start}-{c.end} is beyond the end of article {c.article_id!r} ({len(text)} characters)",
        )
    if c.surface is not None and text[c.start : c.end] != c.surface:
        return c, f"surface {c.surface!r} is not the text at {c.start}-{c.end} ({text[c.start : c.end]!r})"
    if c.target_article_id is not None and c.target_end is not None:
        target = text_of(c.target_article_id)
        if target is None:
            return c, f"unknown target article {c.target_article_id!r}"
        if c.target_end > len(target):
            return c, f"target span {c.target_start}-{c.target_end} is beyond the end of its article"
    if c.action == "add" and (c.surface is None or c.sentence is None):
        c = replace(
            c,
            surface=c.surface if c.surface is not None else text[c.start : c.end],
            sentence=c.sentence if c.sentence is not None else sentence_around(text, c.start, c.end),
        )
    return c, None


def read_corrections(
    path: str | Path,
    *,
    article_text: Callable[[str], str | None] | None = None,
    resolve_place: Callable[[str], Place | None] | None = None,
) -> list[Correction]:
    """Every correction of a JSONL file, in file order without duplicates; all or nothing.

    With `article_text` (article id -> its stored text, None if unknown), a line whose article
    is unknown or whose span is beyond its text is refused too, and an add's missing surface
    and sentence are filled in from the text. Raises CorrectionError listing every bad line.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CorrectionError([f"{path}: cannot read corrections: {exc}"]) from None
    problems: list[str] = []
    out: dict[str, Correction] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            correction = correction_from_json(json.loads(line), resolve_place=resolve_place)
        except json.JSONDecodeError as exc:
            problems.append(f"{path}:{number}: not JSON ({exc.msg} at column {exc.colno})")
            continue
        except ValueError as exc:
            problems.append(f"{path}:{number}: {exc}")
            continue
        if article_text is not None:
            correction, problem = _check_against_text(correction, article_text)
            if problem:
                problems.append(f"{path}:{number}: {problem}")
                continue
        out.setdefault(correction.correction_id, correction)
    if problems:
        count = len(problems)
        head = f"{path}: {count} bad line{'s' if count > 1 else ''}; nothing of this file was imported"
        raise CorrectionError([head, *problems])
    return list(out.values())


def write_corrections(corrections: Iterable[Correction], path: str | Path) -> Path:
    """Write one JSON object per correction, oldest first, in a form `read_corrections` reads back."""
    path = Path(path)
    ordered = sorted(corrections, key=Correction.order_key)
    with path.open("w", encoding="utf-8") as handle:
        for correction in ordered:
            handle.write(json.dumps(correction.to_json(), ensure_ascii=False) + "\n")
    return path


_SENTENCE_END = re.compile(r"[.!?…](?=[\s\"'”»)\]]|$)|\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding text[start:end]: an added mention's excerpt."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    finish = len(text)
    found = _SENTENCE_END.search(text, end)
    if found:
        finish = found.end()
    return " ".join(text[begin:finish].split())


# --- Applying corrections to one article's mentions -----------------------------------------------


class Spanned(Protocol):
    """Anything with a character span: a Mention, or a stored mention's row."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def match_span(mentions: Sequence[Spanned], start: int, end: int) -> int | None:
    """The index of the mention a span designates: the exact span, else the largest overlap
    (ties: the nearest start, then the first). None when no mention overlaps it."""
    best: tuple[int, int, int] | None = None
    best_index: int | None = None
    for index, mention in enumerate(mentions):
        overlap = min(end, mention.end) - max(start, mention.start)
        if overlap <= 0:
            continue
        exact = 0 if (mention.start, mention.end) == (start, end) else 1
        key = (exact, -overlap, abs(mention.start - start))
        if best is None or key < best:
            best, best_index = key, index
    return best_index


class EventAnchor(NamedTuple):
    """A merge or split correction and the mention (by span, in the reviewed article) it found."""

    correction: Correction
    start: int
    end: int


@dataclass(frozen=True)
class ArticleReview:
    """One article's mentions after its corrections, each with its review status.

    `mentions` and `statuses` are parallel; a mention rejected as "not a place" is gone.
    `splits` and `merges` are the event-level corrections whose span found a mention here
    (a merge's target span is matched by the grouping, in the target's article).
    """

    mentions: tuple[Mention, ...]
    statuses: tuple[str, ...]
    applied: tuple[Correction, ...] = ()
    unmatched: tuple[Correction, ...] = ()
    splits: tuple[EventAnchor, ...] = ()
    merges: tuple[EventAnchor, ...] = ()


def _stronger(status: str, new: str) -> str:
    return new if MENTION_STATUSES.index(new) > MENTION_STATUSES.index(status) else status


def _with_place(mention: Mention, place: Place) -> Mention:
    return replace(
        mention,
        place_id=place.place_id,
        name=place.name,
        level=place.level,
        country=place.country,
        state=place.state,
        state_code=place.state_code,
        lat=place.lat,
        lon=place.lon,
        anchor_place_id=None,
        coord_precision="exact",
    )


def _fixed(mention: Mention, c: Correction) -> Mention:
    if c.place is not None:
        mention = _with_place(mention, c.place)
    if c.role is not None:
        mention = replace(mention, role=c.role)
    if c.event_type is not None:
        mention = replace(mention, event_type=c.event_type)
    if c.event_date is not None:
        mention = replace(mention, event_date=c.event_date, date_precision="day")
    return mention


def _added(c: Correction) -> Mention:
    assert c.place is not None  # validated: an add carries its place
    surface = c.surface if c.surface is not None else ""
    mention = Mention(
        surface=surface,
        start=c.start,
        end=c.end,
        place_id="",
        name="",
        level=c.place.level,
        country="",
        state=None,
        state_code=None,
        lat=0.0,
        lon=0.0,
        role=c.role or "protest_site",
        event_type=c.event_type,
        event_date=c.event_date,
        date_precision="day" if c.event_date else None,
        confidence=1.0,  # a person read it there
        sentence=c.sentence if c.sentence is not None else surface,
    )
    return _with_place(mention, c.place)


@dataclass
class _Slot:
    mention: Mention
    status: str = "auto"
    dropped: bool = False
    applied: list[Correction] = field(default_factory=list)


def apply_corrections(article: ArticleMentions, corrections: Sequence[Correction]) -> ArticleReview:
    """`article`'s mentions with `corrections` (those of this article) applied in the order
    they were made; see the module docstring for what each action does."""
    slots = [_Slot(m) for m in article.mentions]
    applied: list[Correction] = []
    unmatched: list[Correction] = []
    anchors: list[tuple[Correction, _Slot]] = []
    for c in sorted(corrections, key=Correction.order_key):
        if c.article_id != article.article_id:
            unmatched.append(c)
            continue
        index = match_span([s.mention for s in slots], c.start, c.end)
        if index is None:
            if c.action == "add":
                slots.append(_Slot(_added(c), "corrected", applied=[c]))
                applied.append(c)
            else:
                unmatched.append(c)
            continue
        slot = slots[index]
        if c.action == "confirm":
            slot.dropped = False
            slot.status = _stronger(slot.status, "verified")
        elif c.action == "reject":
            if c.role == "other":
                slot.mention = replace(slot.mention, role="other")
                slot.status = _stronger(slot.status, "corrected")
            else:
                slot.dropped = True
        elif c.action in ("fix", "add"):
            slot.mention = _fixed(slot.mention, c)
            slot.dropped = False
            slot.status = _stronger(slot.status, "corrected")
        else:  # merge, split: the grouping needs the mention, and the event becomes corrected
            anchors.append((c, slot))
        slot.applied.append(c)
        applied.append(c)
    kept = [s for s in slots if not s.dropped]
    kept.sort(key=lambda s: (s.mention.start, s.mention.end))
    splits: list[EventAnchor] = []
    merges: list[EventAnchor] = []
    for c, slot in anchors:
        if slot.dropped:
            unmatched.append(c)
            applied.remove(c)
            continue
        anchor = EventAnchor(c, slot.mention.start, slot.mention.end)
        (splits if c.action == "split" else merges).append(anchor)
    return ArticleReview(
        mentions=tuple(s.mention for s in kept),
        statuses=tuple(s.status for s in kept),
        applied=tuple(applied),
        unmatched=tuple(unmatched),
        splits=tuple(splits),
        merges=tuple(merges),
    )


# --- Gold -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldDocument:
    """One reviewed article as a gold document: `record` is its line of the gold JSONL and
    `text` goes beside it as DOC_ID.txt (the offsets point into it)."""

    doc_id: str
    text: str
    record: dict[str, Any]


def _gold_place(mentions: list[Mention], canonical: str) -> dict[str, Any]:
    """A gold place entry from the mentions of one place, as `evaluate.predicted_places` scores:
    a protest site if any mention is; its date the first day-precision date among those."""
    protest = [m for m in mentions if m.role == "protest_site"]
    dated = [m for m in protest if m.event_date and m.date_precision == "day"]
    chosen = dated[0] if dated else (protest[0] if protest else mentions[0])
    days = sorted({m.event_date for m in dated if m.event_date})
    entry: dict[str, Any] = {
        "surface": chosen.surface,
        "canonical": canonical,
        "level": chosen.level,
        "state": chosen.state,
        "state_code": chosen.state_code,
        "country": chosen.country,
        "lat": round(chosen.lat, 5),
        "lon": round(chosen.lon, 5),
        "role": "protest_site" if protest else "other",
        "event_date": dated[0].event_date.isoformat() if dated and dated[0].event_date else None,
        "evidence": chosen.sentence,
        "start": chosen.start,
        "end": chosen.end,
    }
    surfaces = sorted({m.surface for m in mentions} - {chosen.surface})
    if surfaces:
        entry["surfaces"] = surfaces
    if len(days) > 1:
        entry["event_dates"] = [d.isoformat() for d in days]
    return entry


def to_gold(
    articles: Iterable[ArticleMentions], texts: Mapping[str, str], corrections: Iterable[Correction]
) -> list[GoldDocument]:
    """The reviewed articles (at least one correction applies) as gold documents.

    Each place of a reviewed article is as the reviewer left it: the geoparser's mentions with
    the corrections applied, one entry per place (the annotation unit of the shared corpus),
    rejected non-places left out. `texts` must hold every reviewed article's text.
    """
    by_article: dict[str, list[Correction]] = {}
    for c in corrections:
        by_article.setdefault(c.article_id, []).append(c)
    documents: list[GoldDocument] = []
    for article in sorted(articles, key=lambda a: a.article_id):
        review = apply_corrections(article, by_article.get(article.article_id, ()))
        if not review.applied:
            continue
        text = texts.get(article.article_id)
        if text is None:
            raise CorrectionError([f"to-gold: no text for reviewed article {article.article_id}"])
        by_place: dict[str, list[Mention]] = {}
        for mention in review.mentions:
            by_place.setdefault(mention.place_id, []).append(mention)
        names: dict[str, int] = {}
        for group in by_place.values():
            names[group[0].name] = names.get(group[0].name, 0) + 1
        places = []
        for place_id, group in by_place.items():
            first = group[0]
            canonical = first.name if names[first.name] == 1 else f"{first.name} ({first.level}, {place_id})"
            places.append(_gold_place(group, canonical))
        authors = sorted({c.author for c in review.applied if c.author})
        record = {
            "doc_id": article.article_id,
            "source": article.source,
            "url": article.url,
            "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "language": article.language,
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "license": None,
            "retrieved_from": "protestmap corrections to-gold",
            "reviewed_by": authors,
            "places": places,
        }
        documents.append(GoldDocument(article.article_id, text, record))
    return documents


def write_gold(documents: Sequence[GoldDocument], path: str | Path) -> Path:
    """Write the gold JSONL at `path` and each document's text as DOC_ID.txt beside it
    (where `protestmap eval` looks for it)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for document in documents:
            handle.write(json.dumps(document.record, ensure_ascii=False) + "\n")
    for document in documents:
        (path.parent / f"{document.doc_id}.txt").write_text(document.text, encoding="utf-8")
    return path


__all__ = [
    "ACTIONS",
    "CORRECTION_KEYS",
    "ArticleReview",
    "Correction",
    "EventAnchor",
    "GoldDocument",
    "apply_corrections",
    "correction_from_json",
    "match_span",
    "read_corrections",
    "sentence_around",
    "to_gold",
    "write_corrections",
    "write_gold",
]
