"""A slow, readable implementation of the grouping rules of dashboard/grouping.py: one
Python object per mention, a loop per article, dictionaries keyed by (place, day, family).

It is the oracle the column-wise build is checked against on random articles
(test_grouping.py): the two were written separately, from the rules in grouping.py's
docstring, so an index slip in the numpy code shows up as a difference here. It is far too
slow for 100,000 mentions (that is why the real one is column-wise). When a rule changes,
change it in both.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

from dashboard.corrections import ArticleReview, Correction, apply_corrections, match_span

# The containment input is shared (a plain transitive closure, not a grouping rule).
from dashboard.grouping import NO_CONTAINMENT, Containment
from dashboard.models import LEVELS, ArticleMentions, Event, EventMember, Mention

TYPE_FAMILIES: dict[str, str] = {
    "peaceful_protest": "protest",
    "protest_with_intervention": "protest",
    "excessive_force": "protest",
    "arrests": "arrests",
    "pro_government_rally": "pro_government",
}
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
_STATE = LEVEL_RANK["state"]
_MUNICIPALITY = LEVEL_RANK["municipality"]
_CITY = LEVEL_RANK["city"]
_NEIGHBOURHOOD = LEVEL_RANK["neighbourhood"]
_STATUS_RANK = {"auto": 0, "verified": 1, "corrected": 2}
_STATUSES = ("auto", "verified", "corrected")
_FAMILY_OF: dict[str | None, str] = {None: DEFAULT_FAMILY}
_FAMILY_OF.update(TYPE_FAMILIES)
_NO_DAYS: frozenset[date] = frozenset()
_EMPTY: dict[int, list[Any]] = {}


@dataclass(frozen=True)
class EventBuild:
    """What `build_events` returns: the events, and the corrections that found nothing to
    apply to (their article is gone, or no mention overlaps their span any more)."""

    events: tuple[Event, ...]
    unmatched: tuple[Correction, ...] = ()

    @property
    def n_mentions(self) -> int:
        """Protest-site mentions grouped (the events' members)."""
        return sum(len(e.members) for e in self.events)


# --- Tokens: how containment is tested with hash lookups ------------------------------------------


class _Containers:
    """Memoised tokens of places: 'p:<place_id>', 's:<state code>', 'c:<country>'.

    A mention lies inside a place when one of the place's own tokens is among the mention's
    container tokens; memoised per place, since the same places recur across articles.
    """

    def __init__(self, containment: Containment) -> None:
        self.containment = containment
        self._ups: dict[str, frozenset[str]] = {}
        self._around: dict[tuple[Any, ...], frozenset[str]] = {}
        self._places_around: dict[tuple[str, str | None], frozenset[str]] = {}
        self._own: dict[tuple[Any, ...], tuple[str, ...]] = {}
        self._sources: dict[str, str] = {}

    def source_key(self, source: str | None) -> str:
        """Sources compared case- and spacing-blind; '' stands for every unnamed source."""
        if not source:
            return ""
        found = self._sources.get(source)
        if found is None:
            found = self._sources[source] = " ".join(source.split()).casefold()
        return found

    def ups(self, place_id: str) -> frozenset[str]:
        found = self._ups.get(place_id)
        if found is None:
            found = self._ups[place_id] = frozenset("p:" + up for up in self.containment.containers(place_id))
        return found

    def places_around(self, m: Mention) -> frozenset[str]:
        """'p:' tokens of the places `m` lies inside (what rules 3 and 4 match by id)."""
        if not m.anchor_place_id:
            return self.ups(m.place_id)
        key = (m.place_id, m.anchor_place_id)
        found = self._places_around.get(key)
        if found is None:
            tokens = set(self.ups(m.place_id))
            if m.anchor_place_id:
                tokens.add("p:" + m.anchor_place_id)
                tokens |= self.ups(m.anchor_place_id)
            found = self._places_around[key] = frozenset(tokens)
        return found

    def around(self, m: Mention) -> frozenset[str]:
        """Tokens of every place `m` lies inside, its state and country included."""
        key = (m.place_id, m.anchor_place_id, m.level, m.state_code, m.country)
        found = self._around.get(key)
        if found is None:
            tokens = set(self.places_around(m))
            rank = LEVEL_RANK.get(m.level, 0)
            if rank > _STATE and m.state_code:
                tokens.add("s:" + m.state_code)
            if rank > 0 and m.country:
                tokens.add("c:" + m.country)
            found = self._around[key] = frozenset(tokens)
        return found

    def own(self, m: Mention) -> tuple[str, ...]:
        """Tokens that name `m`'s place itself."""
        key = (m.place_id, m.level, m.state_code, m.country)
        found = self._own.get(key)
        if found is None:
            tokens = ["p:" + m.place_id]
            if m.level == "state" and m.state_code:
                tokens.append("s:" + m.state_code)
            elif m.level == "country" and m.country:
                tokens.append("c:" + m.country)
            found = self._own[key] = tuple(tokens)
        return found


# --- Stage 1: within an article --------------------------------------------------------------------


class _Draft(NamedTuple):
    """The mentions of one article that report one event: its finest place (`root`) and the
    containers absorbed into it. A tuple: there is one per protest-site mention or so."""

    article: ArticleMentions
    source: str
    root: Mention
    day: date | None
    family: str
    members: tuple[Mention, ...]
    statuses: tuple[str, ...] | None  # parallel to members; None when all are "auto"
    admin: dict[str, str] | None  # containers named in the article, by level
    tokens: frozenset[str]  # 'p:' tokens of the places it lies inside (see _Containers)
    rank: int  # LEVEL_RANK of its place
    article_days: frozenset[date]


def _fill_from_sentences(
    mentions: Sequence[Mention], days: list[date | None], families: list[str | None]
) -> None:
    """An undated or untyped mention takes its sentence's one day or one family."""
    by_sentence: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        by_sentence.setdefault(m.sentence, []).append(i)
    for members in by_sentence.values():
        if len(members) < 2:
            continue
        known_days = {days[i] for i in members if days[i] is not None}
        known_families = {families[i] for i in members if families[i] is not None}
        for i in members:
            if days[i] is None and len(known_days) == 1:
                days[i] = next(iter(known_days))
            if families[i] is None and len(known_families) == 1:
                families[i] = next(iter(known_families))


def _absorb_containers(
    mentions: Sequence[Mention], days: list[date | None], families: list[str], containers: _Containers
) -> list[int]:
    """For each mention, the finer mention of the same event it is the container of (-1: none)."""
    inside = [containers.around(m) for m in mentions]
    index: dict[str, list[int]] = {}
    for i, tokens in enumerate(inside):
        for token in tokens:
            index.setdefault(token, []).append(i)
    ranks = [LEVEL_RANK.get(m.level, 0) for m in mentions]
    parent = [-1] * len(mentions)
    for c, outer in enumerate(mentions):
        best: tuple[int, int, int] | None = None
        for token in containers.own(outer):
            for i in index.get(token, ()):
                if ranks[i] <= ranks[c] or families[i] != families[c]:
                    continue
                if days[c] is not None and days[i] != days[c]:
                    continue
                inner = mentions[i]
                key = (0 if inner.sentence == outer.sentence else 1, abs(inner.start - outer.start), i)
                if best is None or key < best:
                    best = key
        if best is not None:
            parent[c] = best[2]
    return parent


def _article_drafts(
    article: ArticleMentions,
    mentions: Sequence[Mention],
    statuses: Sequence[str] | None,
    containers: _Containers,
) -> list[_Draft]:
    """Rules 1 and 2 on one article: its protest sites, grouped at their finest places."""
    if statuses is None:
        sites = [m for m in mentions if m.role == "protest_site"]
        site_statuses: list[str] | None = None
    else:
        picked = [i for i, m in enumerate(mentions) if m.role == "protest_site"]
        sites = [mentions[i] for i in picked]
        site_statuses = [statuses[i] for i in picked]
    if not sites:
        return []
    source = containers.source_key(article.source)
    if len(sites) == 1:
        m = sites[0]
        day = m.event_date if m.date_precision == "day" else None
        return [
            _Draft(
                article, source, m, day, _FAMILY_OF.get(m.event_type, DEFAULT_FAMILY), (m,),
                None if site_statuses is None else (site_statuses[0],), None, containers.places_around(m),
                LEVEL_RANK[m.level], _NO_DAYS,  # its article's days matter only if it has none
            )
        ]  # fmt: skip
    days: list[date | None] = [m.event_date if m.date_precision == "day" else None for m in sites]
    families: list[str | None] = [TYPE_FAMILIES.get(m.event_type) if m.event_type else None for m in sites]
    n = len(sites)
    if (None in days or None in families) and len({m.sentence for m in sites}) < n:
        _fill_from_sentences(sites, days, families)
    fams = [f or DEFAULT_FAMILY for f in families]
    article_days = frozenset(d for d in days if d is not None)
    parent = _absorb_containers(sites, days, fams, containers) if len({m.level for m in sites}) > 1 else None
    if parent is None or max(parent) < 0:  # every protest site is an event of its own
        return [
            _Draft(
                article, source, m, days[i], fams[i], (m,),
                None if site_statuses is None else (site_statuses[i],), None, containers.places_around(m),
                LEVEL_RANK[m.level], article_days,
            )
            for i, m in enumerate(sites)
        ]  # fmt: skip
    groups: dict[int, list[int]] = {}
    for i in range(n):
        root = i
        while parent[root] >= 0:
            root = parent[root]
        groups.setdefault(root, []).append(i)
    drafts = []
    for root, members in sorted(groups.items()):  # in reading order, as the column-wise build
        admin: dict[str, str] | None = None
        tokens = containers.places_around(sites[root])
        if len(members) > 1:
            admin = {}
            found = set(containers.places_around(sites[root]))
            for i in members:
                if i != root:
                    level = sites[i].level
                    if level in ("municipality", "city") and level not in admin:
                        admin[level] = sites[i].name
                    found.add("p:" + sites[i].place_id)
            tokens = frozenset(found)
        drafts.append(
            _Draft(
                article, source, sites[root], days[root], fams[root], tuple(sites[i] for i in members),
                None if site_statuses is None else tuple(site_statuses[i] for i in members),
                admin, tokens, LEVEL_RANK[sites[root].level], article_days,
            )
        )  # fmt: skip
    return drafts


# --- Stage 2: across articles ----------------------------------------------------------------------

# Keys of events under construction: (place_id, day, family) for a dated event (rule 3);
# ("undated", place_id, family, article_id, precision, coarse date) for one with no day
# (rule 4); ("split", place_id, family, correction id, day) for a reviewer's split.
_Key = tuple[Any, ...]


class _Assembly:
    """Drafts under their keys, and which keys were joined into which (a union-find forest)."""

    def __init__(self, containers: _Containers) -> None:
        self.containers = containers
        self.buckets: dict[_Key, list[_Draft]] = {}
        self.parent: dict[_Key, _Key] = {}
        self.children: dict[_Key, list[_Key]] = {}
        self.corrected: set[_Key] = set()
        self.admin: dict[_Key, dict[str, str]] = {}
        self._tokens: dict[_Key, frozenset[str]] = {}

    def add(self, key: _Key, draft: _Draft) -> None:
        bucket = self.buckets.get(key)
        if bucket is None:
            self.buckets[key] = [draft]
        else:
            bucket.append(draft)

    def find(self, key: _Key) -> _Key:
        root = key
        while root in self.parent:
            root = self.parent[root]
        while key != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def absorb(self, keep: _Key, other: _Key) -> _Key:
        """Join `other`'s event into `keep`'s (whose place, day and id stay); the root key."""
        a, b = self.find(keep), self.find(other)
        if a != b:
            self.parent[b] = a
            self.children.setdefault(a, []).append(b)
        return a

    def note_container(self, key: _Key, place: Mention) -> None:
        if place.level in ("municipality", "city"):
            self.admin.setdefault(key, {}).setdefault(place.level, place.name)

    def tokens(self, key: _Key) -> frozenset[str]:
        """Every place the drafts under `key` lie inside (memoised)."""
        bucket = self.buckets[key]
        if len(bucket) == 1:
            return bucket[0].tokens
        found = self._tokens.get(key)
        if found is None:
            found = self._tokens[key] = frozenset().union(*(draft.tokens for draft in bucket))
        return found

    def admin_of(self, key: _Key) -> dict[str, str]:
        """The containers named for the event at `key`, by level: those its articles name
        around its own place (in article order), then those joined by rules 3 and 4."""
        place_id = self.buckets[key][0].root.place_id
        drafts = sorted(
            (d for k in self.members(key) for d in self.buckets[k]),
            key=lambda d: (d.article.article_id, d.root.start),
        )
        admin: dict[str, str] = {}
        for draft in drafts:
            if draft.admin and draft.root.place_id == place_id:
                for level, name in draft.admin.items():
                    admin.setdefault(level, name)
        for member in self.members(key):  # a group merged in by a reviewer keeps what joined it
            for level, name in self.admin.get(member, {}).items():
                admin.setdefault(level, name)
        return admin

    def rank(self, key: _Key) -> int:
        return self.buckets[key][0].rank

    def members(self, root: _Key) -> list[_Key]:
        keys = [root]
        k = 0
        while k < len(keys):
            keys.extend(self.children.get(keys[k], ()))
            k += 1
        return keys


def _allowed_days(draft: _Draft) -> tuple[date, date] | frozenset[date]:
    """The days an undated (or week/month) draft may be on: a range, or a set."""
    root = draft.root
    published = draft.article.published
    window = PRECISION_WINDOW_DAYS.get(root.date_precision or "")
    if window is not None and root.event_date is not None:
        low = root.event_date - timedelta(days=window)
        high = root.event_date + timedelta(days=window)
        if published is not None and published < high:
            high = published
        return (low, high)
    if draft.article_days:
        return draft.article_days
    if published is not None:
        return (published - timedelta(days=PUBLICATION_WINDOW_DAYS), published)
    return _NO_DAYS


def _days_in(by_day: Mapping[int, list[_Key]], allowed: tuple[date, date] | frozenset[date]) -> list[_Key]:
    """The keys in `by_day` (by day ordinal) on the allowed days."""
    if not by_day:
        return []
    if isinstance(allowed, frozenset):
        return [key for day in allowed for key in by_day.get(day.toordinal(), ())]
    low, high = allowed[0].toordinal(), allowed[1].toordinal()
    if high - low < len(by_day):
        return [key for day in range(low, high + 1) for key in by_day.get(day, ())]
    return [key for day, keys in by_day.items() if low <= day <= high for key in keys]


def _join_containers(assembly: _Assembly, dated: list[_Key]) -> None:
    """Rule 3's second half: a city/municipality/neighbourhood event joins the one finer event
    inside it on its day and family, when there is exactly one."""
    buckets = assembly.buckets
    coarse: dict[tuple[str, date, str], _Key] = {}
    for key in dated:
        if _MUNICIPALITY <= buckets[key][0].rank <= _NEIGHBOURHOOD:
            coarse[("p:" + key[0], key[1], key[2])] = key
    if not coarse:
        return
    wanted = {(day, family) for _, day, family in coarse}
    finer: dict[tuple[str, date, str], list[_Key]] = {}
    for key in dated:
        bucket = buckets[key]
        rank = bucket[0].rank
        if rank <= _MUNICIPALITY or not bucket[0].tokens and len(bucket) == 1:
            continue
        if (key[1], key[2]) not in wanted:
            continue
        for token in assembly.tokens(key):
            probe = (token, key[1], key[2])
            target = coarse.get(probe)
            if target is not None and target != key and buckets[target][0].rank < rank:
                finer.setdefault(probe, []).append(key)
    # finest containers first, so that a neighbourhood joins its plaza before its city looks
    for probe in sorted(finer, key=lambda p: (-buckets[coarse[p]][0].rank, p[0], p[1], p[2])):
        key = coarse[probe]
        own = assembly.find(key)
        roots = {assembly.find(k) for k in finer[probe]} - {own}
        if len(roots) == 1:
            root = assembly.absorb(roots.pop(), key)
            assembly.note_container(root, buckets[key][0].root)


def _undated_key(draft: _Draft) -> _Key:
    root = draft.root
    coarse = root.event_date if root.date_precision in PRECISION_WINDOW_DAYS else None
    precision = root.date_precision if coarse else None
    return ("undated", root.place_id, draft.family, draft.article.article_id, precision, coarse)


def _join_undated(assembly: _Assembly, pending: list[_Draft], dated: list[_Key]) -> None:
    """Rule 4: an undated draft joins the one dated event its article allows, else its own."""
    by_place: dict[tuple[str, str], dict[int, list[_Key]]] = {}
    for key in dated:
        by_place.setdefault((key[0], key[2]), {}).setdefault(key[1].toordinal(), []).append(key)
    wanted = {
        ("p:" + d.root.place_id, d.family) for d in pending if _MUNICIPALITY <= d.rank <= _NEIGHBOURHOOD
    }
    inside: dict[tuple[str, str], dict[int, list[_Key]]] = {}
    if wanted:
        buckets = assembly.buckets
        for key in dated:
            bucket = buckets[key]
            if bucket[0].rank <= _MUNICIPALITY or not bucket[0].tokens and len(bucket) == 1:
                continue
            for token in assembly.tokens(key):
                if (token, key[2]) in wanted:
                    inside.setdefault((token, key[2]), {}).setdefault(key[1].toordinal(), []).append(key)
    for draft in pending:
        allowed = _allowed_days(draft)
        place_id, family = draft.root.place_id, draft.family
        candidates = _days_in(by_place.get((place_id, family), _EMPTY), allowed) if allowed else []
        if wanted and allowed:
            candidates += _days_in(inside.get(("p:" + place_id, family), _EMPTY), allowed)
        roots = {assembly.find(key) for key in candidates}
        if len(roots) == 1:
            root = roots.pop()
            assembly.buckets[root].append(draft)
            if place_id != root[0]:
                assembly.note_container(root, draft.root)
        else:
            assembly.add(_undated_key(draft), draft)


# --- Stage 3: the event values -----------------------------------------------------------------------


def _event_id(key: _Key) -> str:
    """16 hex digits of a hash of the key: what identifies the event, and nothing else."""
    if len(key) == 3:
        text = f"{key[0]}|{_iso(key[1])}|{key[2]}"
    else:
        text = "|".join(
            "" if part is None else _iso(part) if isinstance(part, date) else str(part) for part in key
        )
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


@lru_cache(maxsize=4096)
def _iso(day: date) -> str:
    return day.isoformat()


def _admin_levels(place: Mention, admin: Mapping[str, str]) -> tuple[str | None, str | None]:
    """(municipality, city) of an event at `place`: the place itself at that level, else the
    container named at that level, for places finer than it."""
    rank = LEVEL_RANK.get(place.level, 0)
    municipality = (
        place.name if rank == _MUNICIPALITY else admin.get("municipality") if rank > _MUNICIPALITY else None
    )
    city = place.name if rank == _CITY else admin.get("city") if rank > _CITY else None
    return municipality, city


def _when(key: _Key) -> tuple[date | None, str | None]:
    if len(key) == 3:
        return key[1], "day"
    if key[0] == "undated":
        return key[5], key[4]
    return key[4], ("day" if key[4] else None)  # split: its own day


def _event(assembly: _Assembly, root: _Key) -> Event:
    drafts = assembly.buckets[root]
    keys: list[_Key] | None = None
    if root in assembly.children:
        keys = assembly.members(root)
        drafts = [d for k in keys for d in assembly.buckets[k]]
    place = drafts[0].root
    event_date, precision = (root[1], "day") if len(root) == 3 else _when(root)
    municipality = city = None
    rank = drafts[0].rank
    if rank == _MUNICIPALITY:
        municipality = place.name
    elif rank == _CITY:
        city = place.name
    if rank > _MUNICIPALITY and (drafts[0].admin or root in assembly.admin or len(drafts) > 1):
        municipality, city = _admin_levels(place, assembly.admin_of(root))
    corrected = bool(assembly.corrected) and any(k in assembly.corrected for k in (keys or (root,)))
    if len(drafts) == 1 and len(drafts[0].members) == 1:  # most events: one mention, one article
        draft = drafts[0]
        m = draft.root
        aid = draft.article.article_id
        own = draft.statuses[0] if draft.statuses else "auto"
        day_reported = draft.article.published
        return Event(
            _event_id(root), place.place_id, place.name, place.level, place.country, place.state,
            place.state_code, place.lat, place.lon, place.coord_precision, event_date, precision,
            m.event_type, m.confidence, 1, 1, 1, day_reported, day_reported, (aid,),
            "corrected" if corrected else own, municipality, city,
            (EventMember(aid, m.start, m.end, m.place_id, m.level, m.sentence, own),),
        )  # fmt: skip
    members: list[EventMember] = []
    articles: dict[str, date | None] = {}
    sentences: set[tuple[str, str]] = set()
    best_by_source: dict[str, float] = {}
    types: set[str] = set()
    reviewed_types: set[str] = set()
    review = 2 if corrected else 0
    for draft in drafts:
        aid = draft.article.article_id
        articles[aid] = draft.article.published
        source = draft.source
        statuses = draft.statuses
        for i, m in enumerate(draft.members):
            status = statuses[i] if statuses else "auto"
            members.append(EventMember(aid, m.start, m.end, m.place_id, m.level, m.sentence, status))
            sentences.add((aid, m.sentence))
            if m.confidence > best_by_source.get(source, -1.0):
                best_by_source[source] = m.confidence
            if m.event_type:
                types.add(m.event_type)
                if status != "auto":
                    reviewed_types.add(m.event_type)
                    if _STATUS_RANK[status] > review:
                        review = _STATUS_RANK[status]
            elif status != "auto" and _STATUS_RANK[status] > review:
                review = _STATUS_RANK[status]
    members.sort()
    pool = reviewed_types or types
    event_type = next((t for t in TYPE_SEVERITY if t in pool), None) if pool else None
    doubt = 1.0
    for confidence in best_by_source.values():
        doubt *= 1.0 - confidence
    published = [p for p in articles.values() if p is not None]
    article_ids = tuple(sorted(articles, key=lambda aid: (articles[aid] or date.max, aid)))
    return Event(
        _event_id(root), place.place_id, place.name, place.level, place.country, place.state,
        place.state_code, place.lat, place.lon, place.coord_precision, event_date, precision, event_type,
        round(1.0 - doubt, 4), len(articles), len(best_by_source), len(sentences),
        min(published) if published else None, max(published) if published else None, article_ids,
        _STATUSES[review], municipality, city, tuple(members),
    )  # fmt: skip


# --- The whole build -----------------------------------------------------------------------------


def build_events(
    articles: Iterable[ArticleMentions],
    *,
    containment: Containment = NO_CONTAINMENT,
    corrections: Iterable[Correction] = (),
) -> EventBuild:
    """Group the protest-site mentions of `articles` into events (rules in the module doc).

    Pure: the same articles and corrections give the same events, in any input order (events
    come in the order of their first article's id). `corrections` are applied to each
    article's mentions first (`dashboard.corrections`).
    """
    with _no_gc_pauses():
        return _build(articles, containment, corrections)


@contextmanager
def _no_gc_pauses() -> Iterator[None]:
    """Hold CPython's cycle collector while building. The build allocates a few hundred
    thousand acyclic tuples, and each allocation burst triggers collections that walk every
    live object (the 100,000s of input mentions): they took half the time, and free nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build(
    articles: Iterable[ArticleMentions], containment: Containment, corrections: Iterable[Correction]
) -> EventBuild:
    containers = _Containers(containment)
    by_article: dict[str, list[Correction]] = {}
    for c in corrections:
        by_article.setdefault(c.article_id, []).append(c)
    unmatched: list[Correction] = []
    reviews: dict[str, ArticleReview] = {}
    drafts: list[_Draft] = []
    for article in sorted(articles, key=_article_order):
        mine = by_article.pop(article.article_id, None)
        if mine:
            review = apply_corrections(article, mine)
            reviews[article.article_id] = review
            unmatched.extend(review.unmatched)
            drafts.extend(_article_drafts(article, review.mentions, review.statuses, containers))
        else:
            drafts.extend(_article_drafts(article, article.mentions, None, containers))
    for rest in by_article.values():  # corrections of articles that are not (any more) stored
        unmatched.extend(rest)

    anchored = _anchor_drafts(drafts, reviews) if reviews else {}
    unmatched.extend(_unanchored(reviews, anchored))
    splits: dict[int, Correction] = {}
    for c, d in sorted(anchored.items(), key=lambda item: item[0].order_key()):
        if c.action == "split":
            splits.setdefault(id(d), c)  # the first split of a draft names its event
    assembly = _Assembly(containers)
    pending: list[_Draft] = []
    buckets = assembly.buckets
    for draft in drafts:
        if draft.day is not None and not splits:
            key = (draft.root.place_id, draft.day, draft.family)
            bucket = buckets.get(key)
            if bucket is None:
                buckets[key] = [draft]
            else:
                bucket.append(draft)
        elif id(draft) in splits:
            split = ("split", draft.root.place_id, draft.family, splits[id(draft)].correction_id, draft.day)
            assembly.add(split, draft)
            assembly.corrected.add(split)
        elif draft.day is not None:
            assembly.add((draft.root.place_id, draft.day, draft.family), draft)
        else:
            pending.append(draft)
    dated = [key for key in assembly.buckets if len(key) == 3]
    _join_containers(assembly, dated)
    _join_undated(assembly, pending, dated)
    if anchored:
        unmatched.extend(_apply_merges(assembly, anchored, drafts))
    parent = assembly.parent
    events = [_event(assembly, key) for key in assembly.buckets if key not in parent]
    unmatched.sort(key=Correction.order_key)
    return EventBuild(tuple(events), tuple(unmatched))


def _article_order(article: ArticleMentions) -> str:
    return article.article_id


def _apply_merges(
    assembly: _Assembly, anchored: Mapping[Correction, _Draft], drafts: list[_Draft]
) -> list[Correction]:
    """Merge the events a reviewer said are one; the merges that found no event."""
    key_of = {id(d): key for key, bucket in assembly.buckets.items() for d in bucket}
    merges = sorted((c for c in anchored if c.action == "merge"), key=Correction.order_key)
    targets = {c.target_article_id for c in merges}
    in_target: dict[str, list[_Draft]] = {}
    for d in drafts:
        if d.article.article_id in targets:
            in_target.setdefault(d.article.article_id, []).append(d)
    missed: list[Correction] = []
    for c in merges:
        target = _target_draft(c, in_target)
        if target is None:
            missed.append(c)
            continue
        root = assembly.absorb(key_of[id(anchored[c])], key_of[id(target)])
        assembly.corrected.add(root)
    return missed


def _anchor_drafts(drafts: list[_Draft], reviews: Mapping[str, ArticleReview]) -> dict[Correction, _Draft]:
    """The draft that holds each merge or split correction's own span."""
    anchors = [(aid, a) for aid, review in reviews.items() for a in (*review.splits, *review.merges)]
    if not anchors:
        return {}
    wanted = {aid for aid, _ in anchors}
    members = {
        (d.article.article_id, m.start, m.end): d
        for d in drafts
        if d.article.article_id in wanted
        for m in d.members
    }
    out: dict[Correction, _Draft] = {}
    for aid, anchor in anchors:
        draft = members.get((aid, anchor.start, anchor.end))
        if draft is not None:  # else the mention is not a protest site: no event to merge or split
            out[anchor.correction] = draft
    return out


def _unanchored(
    reviews: Mapping[str, ArticleReview], anchored: Mapping[Correction, _Draft]
) -> list[Correction]:
    """Merges and splits whose mention is not a protest site: they found no event."""
    return [
        a.correction for r in reviews.values() for a in (*r.splits, *r.merges) if a.correction not in anchored
    ]


def _target_draft(c: Correction, drafts_by_article: Mapping[str, list[_Draft]]) -> _Draft | None:
    """The draft holding a merge's target span, matched like any span (exact, else overlap)."""
    assert c.target_article_id is not None and c.target_start is not None and c.target_end is not None
    in_article = drafts_by_article.get(c.target_article_id, [])
    mentions = [m for d in in_article for m in d.members]
    index = match_span(mentions, c.target_start, c.target_end)
    if index is None:
        return None
    hit = mentions[index]
    return next(d for d in in_article if any(m is hit for m in d.members))
