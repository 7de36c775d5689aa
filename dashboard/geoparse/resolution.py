"""Stage 5, resolution: which place each name means.

Homonyms are ranked by the gazetteer prior (rank, population), moved by the text's own cues:
a level word, a container right after the name, the states and foreign countries the text
names with confidence. Names that are common words, obscure hamlets without a cue, or regions
that are not places are dropped.

The choice runs in two rounds: the first fixes the text's confident states and countries, the
second uses them. It is done twice, the second time over the names the first kept, so that a
dropped name (a stop word that is also a village) lends no state to the others.
"""

from __future__ import annotations

import bisect
import functools
import logging
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from dashboard.gazetteer import Entry, fold
from dashboard.geoparse.cues import Cue
from dashboard.geoparse.document import (
    CLOCK_ENTRY,
    COUNT_IN_BRACKETS,
    Document,
    is_capitalised,
    opening_words,
)
from dashboard.geoparse.reading import Reading
from dashboard.geoparse.spotting import Spot
from dashboard.models import Geocoder, Place

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Resolved:
    """A spot, its cues, and the gazetteer entry chosen for it.

    `container` is the index (in the tuple of resolved places) of the place the text gives as
    its container, or None. `margin` is how far the choice is ahead of the next other place.
    A place below the city that no gazetteer knows (see anchoring) has an `anchor`: the city
    or state whose point it takes, which `coord_precision` ("city", "state") says.
    """

    spot: Spot
    cue: Cue
    entry: Entry
    score: float
    margin: float
    container: int | None = None
    from_geocoder: bool = False
    anchor: Place | None = None
    coord_precision: str = "exact"
    name_holds_anchor: bool = False
    """The anchor's name is part of this place's ("Hospital Central de Valera")."""
    place: Place = field(init=False, repr=False, compare=False)
    """`entry.place`, set once at construction: the later stages read it about 800 times per
    article, and an attribute costs a fifth of a property."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "place", self.entry.place)

    @property
    def cued(self) -> bool:
        """The text says what kind of place this is, or what contains it (even when the
        container's own name was dropped)."""
        return bool(self.cue.level) or self.cue.container is not None


@dataclass(frozen=True)
class _Choice:
    entry: Entry
    score: float
    margin: float


@dataclass(frozen=True)
class _Story:
    """What every pass after the first choice reads: the document, its spots and their cues, the
    spots kept as places (`members`, in text order) and the language's reading. The passes take
    it and the choices so far, and return the choices they change."""

    doc: Document
    spots: tuple[Spot, ...]
    cues: tuple[Cue, ...]
    members: list[int]
    reading: Reading

    @property
    def home(self) -> str:
        return self.reading.home

    def all_at_home(self, choices: Mapping[int, _Choice]) -> bool:
        """Whether every kept spot is read in the home country: most stories, and then the
        passes that weigh a reading abroad against a home one have nothing to do."""
        return all(choices[i].entry.place.country == self.home for i in self.members)

    @functools.cached_property
    def listed(self) -> list[list[int]]:
        """The members' lists (`_listed_groups` without ranges), read once: they depend on the
        text alone, and several passes ask for them. Read only (the passes never change them)."""
        return _listed_groups(self.doc, self.spots, self.members, self.reading)


def km_between(a: Place, b: Place) -> float:
    """Great-circle distance in km (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def matches_level_cue(cue: str, entry: Entry) -> bool:
    """Whether a gazetteer entry is of the kind a level word asks for ("estado", "barrio"...)."""
    if cue == "state":
        return entry.kind == "ADM1" or entry.place.level == "state"  # a foreign state: "Florida"
    if cue == "municipality":
        return entry.kind == "ADM2"
    if cue == "neighbourhood":
        return entry.kind in ("ADM3", "PPLX", "PPL", "PPLL") or entry.place.level == "neighbourhood"
    if cue == "city":
        return entry.kind.startswith("PPL") or entry.kind in ("WCAP", "WCITY") or entry.place.level == "city"
    if cue == "landmark":
        return entry.place.level == "landmark"
    return False


LOCAL_LEVELS = ("municipality", "neighbourhood")

CUED_LOCAL_STORY_BONUS = 0.2
"""What a municipality or parish named as such ("el municipio Sucre") gains, on top of every
reading's 0.12, when it lies in a state the story's other places are in: the level word fits
all its namesakes, so the story's state decides, not the biggest namesake's prior."""


def entry_score(
    entry: Entry,
    cue: Cue,
    container: _Choice | None,
    doc_states: frozenset[str],
    doc_countries: frozenset[str],
    home: str,
    contained: _Choice | None = None,
) -> float:
    """The prior of `entry`, moved by the text's cues.

    `contained` is the place this name is the container of ("Petare, en el municipio Sucre"):
    of a container's homonyms, the one in the contained place's state is meant."""
    score = entry.prior
    if cue.level:
        score += 0.6 if matches_level_cue(cue.level, entry) else -0.3
    elif entry.weak:
        score -= 0.3
    if container is not None:
        c_place = container.entry.place
        if entry.place.place_id == c_place.place_id:
            score -= 1.0  # "Barinas, Barinas state": the first is the city
        elif c_place.level == "country" or (c_place.country != home and not c_place.state_code):
            # "Valencia (España)", "Mérida, en el estado mexicano de Yucatán": a foreign
            # country or state named as the container wins over the local preference
            score += 0.6 if entry.place.country == c_place.country else -0.6
        elif c_place.state_code:
            if entry.place.state_code == c_place.state_code:
                score += 0.5
                if c_place.level != "state" and km_between(entry.place, c_place) < 30:
                    score += 0.2
            else:
                score -= 0.2
    if entry.place.state_code and entry.place.state_code in doc_states and entry.kind != "ADM1":
        score += 0.12
        if cue.level in LOCAL_LEVELS and matches_level_cue(cue.level, entry):
            score += CUED_LOCAL_STORY_BONUS  # "el municipio Libertador" in a story about Aragua
    if entry.place.country != home and entry.place.country in doc_countries:
        score += 0.3
    if entry.place.country == home:
        score += 0.05
    if contained is not None and entry.place.state_code is not None:
        if cue.level == "municipality" and entry.place.state_code == contained.entry.place.state_code:
            score += 0.5
        inner = contained.entry.place
        if (
            entry.place.level == "city"
            and inner.level in CONTAINER_CITY_KM
            and inner.place_id != entry.place.place_id
            and inner.state_code == entry.place.state_code
            and km_between(entry.place, inner) > CONTAINER_CITY_KM[inner.level]
        ):
            # "manifestantes en Sabaneta, Barinas", "Santa Cruz de Mora, en Mérida": a town of
            # the same state, apart from the city of that name, is in the state of that name,
            # as "Town, State" is how a town is placed (a town of another state is a list's:
            # "en Caracas, Mérida y Valencia")
            score -= CONTAINER_CITY_PENALTY
    return score


CONTAINER_CITY_KM = {"city": 5.0, "neighbourhood": 30.0}
"""How far a place may lie from the city the text names as its container, by the place's level:
farther, the name is the same-named state's. A town of its own is placed in the state from a few
km on ("Ejido, Mérida"): only a part of the city keeps the city. A sector is a part of some town:
it keeps the city over its outskirts and the towns around it ("La Pedrera, Barinas"), and only
farther is it a sector of another town of that state."""

CONTAINER_CITY_PENALTY = 0.5
"""What a city named as the container of a place farther than CONTAINER_CITY_KM loses: enough
for the state of its name to win, with the margin of a state read from its cue."""


def _choose(
    spot: Spot,
    cue: Cue,
    container: _Choice | None,
    states: frozenset[str],
    countries: frozenset[str],
    home: str,
    contained: _Choice | None = None,
) -> _Choice:
    """The best entry (the first of equals, as a stable sort would) and its margin over the best
    entry of another place."""
    entries = spot.entries
    scores = [entry_score(e, cue, container, states, countries, home, contained) for e in entries]
    best = 0
    for i in range(1, len(scores)):
        if scores[i] > scores[best]:
            best = i
    chosen = entries[best]
    runner_up: float | None = None
    chosen_id = chosen.place.place_id
    for i, score in enumerate(scores):
        if i != best and entries[i].place.place_id != chosen_id and (runner_up is None or score > runner_up):
            runner_up = score
    return _Choice(chosen, scores[best], scores[best] - runner_up if runner_up is not None else 1.0)


_ChoiceKey = tuple[int, str | None, int | None, frozenset[str], frozenset[str], int | None, str]
"""What `_choose` reads: the spot's entries (by identity: the gazetteer holds them), its level
cue, the container's chosen entry (by identity), the states and countries that can move one of
its entries' scores (see _scored_by), the chosen entry of the place it contains (by identity),
and the home country."""


def _scored_by(entries: tuple[Entry, ...], home: str) -> tuple[frozenset[str], frozenset[str]]:
    """The text's states and countries that entry_score reads for these entries: a state is
    read for an entry in it that is not the state itself, a country for a foreign entry. Two
    questions to `_choose` that differ only in other states and countries have one answer."""
    states = frozenset(e.place.state_code for e in entries if e.place.state_code and e.kind != "ADM1")
    countries = frozenset(e.place.country for e in entries if e.place.country != home)
    return states, countries


class _ChoiceMemo:
    """The answers of `_choose`, kept across documents: a story repeats its names, the second
    pass over the kept names asks mostly the same questions again, and most names of one story
    ("Caracas", "Zulia" with no cue) are asked the same question in the next.

    Keys hold identities (of the gazetteer's entry tuples and entries); each value keeps those
    objects alive, so that no other object can take their identity while the key is stored (and
    a hit checks that it found the very same ones). Cleared when full, so that memory stays
    bounded."""

    LIMIT = 1 << 14
    """Questions kept at most (about 1 KB each): 300 news articles ask about 2,800."""

    def __init__(self) -> None:
        self._choices: dict[_ChoiceKey, tuple[tuple[Entry, ...], Entry | None, Entry | None, _Choice]] = {}
        self._scored_by: dict[tuple[int, str], tuple[tuple[Entry, ...], frozenset[str], frozenset[str]]] = {}

    def choose(
        self,
        spot: Spot,
        cue: Cue,
        container: _Choice | None,
        states: frozenset[str],
        countries: frozenset[str],
        home: str,
        contained: _Choice | None,
    ) -> _Choice:
        """`_choose(spot, cue, container, states, countries, home, contained)`."""
        entries = spot.entries
        read_states, read_countries = states, countries
        if states or countries:  # (the first round of each choice knows none: nothing to narrow)
            read = self._scored_by.get((id(entries), home))
            if read is None or read[0] is not entries:
                if len(self._scored_by) >= self.LIMIT:
                    self._scored_by.clear()
                read = self._scored_by[(id(entries), home)] = (entries, *_scored_by(entries, home))
            read_states = states & read[1] if states else states
            read_countries = countries & read[2] if countries else countries
        held = None if container is None else container.entry
        inner = None if contained is None else contained.entry
        key = (
            id(entries),
            cue.level,
            None if held is None else id(held),
            read_states,
            read_countries,
            None if inner is None else id(inner),
            home,
        )
        found = self._choices.get(key)
        if found is not None and found[0] is entries and found[1] is held and found[2] is inner:
            return found[3]
        choice = _choose(spot, cue, container, states, countries, home, contained)
        if len(self._choices) >= self.LIMIT:
            self._choices.clear()
        self._choices[key] = (entries, held, inner, choice)
        return choice


_CHOICES = _ChoiceMemo()


def _two_rounds(
    spots: tuple[Spot, ...],
    cues: tuple[Cue, ...],
    members: list[int],
    previous: Mapping[int, _Choice],
    home: str,
) -> dict[int, _Choice]:
    """Choose for every member spot: once without the text's context, then with the states and
    countries that round chose with confidence. A container's choice is the latest one made
    before its contained name is scored (containers come after what they contain).

    Each choice goes through _CHOICES: most questions were asked before (see _ChoiceMemo)."""
    latest = dict(previous)
    countries: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()
    # a name lends its state to the others, not to itself: "Barcelona" and "Valencia" in a
    # story about Spain do not make themselves Venezuelan. The states only one name chose:
    lonely: dict[str, list[str]] = {}  # a name -> the states it alone chose
    names = {i: spots[i].name_key for i in members}
    # the place each container contains ("Petare, en el municipio Sucre"): in the second round a
    # municipality's homonym in that place's state is preferred
    contains = {cues[i].container: i for i in members if cues[i].container is not None}
    for rnd in range(2):
        for i in members:
            container = cues[i].container
            own = lonely.get(names[i], ()) if lonely else ()
            container_choice = latest.get(container) if container is not None else None
            doc_states = states.difference(own) if own else states
            # for a municipality named as such, and for a bare name that may be a city or its
            # state ("Sabaneta, Barinas"): a named state's homonyms are settled by its prior
            inner = contains.get(i) if rnd and cues[i].level in ("municipality", None) else None
            contained = latest.get(inner) if inner is not None else None
            if contained is not None and contained.entry.weak:
                contained = None
            latest[i] = _CHOICES.choose(
                spots[i], cues[i], container_choice, doc_states, countries, home, contained
            )
        if rnd == 0:
            confident_countries: set[str] = set()
            supporters: dict[str, set[str]] = {}
            for i in members:
                choice = latest[i]
                if choice.entry.weak:
                    continue
                if choice.entry.kind == "COUNTRY":
                    confident_countries.add(choice.entry.place.country)
                elif choice.entry.place.state_code and choice.margin > 0.2:
                    supporters.setdefault(choice.entry.place.state_code, set()).add(names[i])
            countries = frozenset(confident_countries)
            states = frozenset(supporters)
            lonely = {}
            for state, chosen_by in supporters.items():
                if len(chosen_by) == 1:
                    lonely.setdefault(next(iter(chosen_by)), []).append(state)
    return latest


def _kept(
    doc: Document,
    spots: tuple[Spot, ...],
    cues: tuple[Cue, ...],
    members: list[int],
    choices: Mapping[int, _Choice],
    reading: Reading,
    beside: frozenset[int] = frozenset(),
) -> list[int]:
    """The spots that are places: not stop words, nor a hamlet's name read bare, unless a cue, a
    town near it or (`beside`) the list members it lies beside say it is one."""
    towns: list[Place] = []  # the home cities read with confidence
    places: list[tuple[int, Place]] = []  # every home city read, and where
    for i in members:  # one pass over the choices for both lists
        entry = choices[i].entry
        if entry.weak or entry.place.country != reading.home or entry.place.level != "city":
            continue
        places.append((spots[i].start, entry.place))
        if entry.prior >= 0.6:
            towns.append(entry.place)
    kept: list[int] = []
    for i in members:
        cue = cues[i]
        cued = bool(cue.level) or cue.container is not None
        surface = fold(doc.text[spots[i].start : spots[i].end])
        if surface in reading.non_places:
            continue
        if surface in reading.stop_names and not cued:
            continue
        if (
            choices[i].entry.weak
            and not cued
            and not _local_unit(choices[i].entry, towns)
            and i not in beside
            and not _sector_beside_town(doc, spots[i], choices[i].entry, places, reading)
            and not _residents_in_opened_city(doc, spots, members, choices, i, reading)
        ):
            continue
        entry = choices[i].entry
        if (
            entry.kind in ("WCAP", "WCITY")
            and surface in reading.given_names
            and not reading.locative_before.search(doc.text, max(0, spots[i].start - 20), spots[i].start)
            and not (kept and _listed_after_a_city(doc, spots, kept[-1], i, choices))
        ):
            continue  # '"We are not afraid," said Santiago': a first name, not a foreign capital
        kept.append(i)
    return kept


def _listed_after_a_city(
    doc: Document, spots: tuple[Spot, ...], before: int, i: int, choices: Mapping[int, _Choice]
) -> bool:
    """Whether spot `i` is the next member of a list after the city at `before` ("En Bogotá,
    Buenos Aires, Santiago y Ciudad de México hubo concentraciones"): a place, not a first name."""
    return choices[before].entry.place.level == "city" and (
        _LIST_GAP.fullmatch(doc.text, spots[before].end, spots[i].start) is not None
    )


_LIST_GAP = re.compile(r"\s*,\s*|\s+(?:y|e|and|o|or)\s+")
"""What stands between two members of a list of places."""


LOCAL_UNIT_KM = 30.0
"""A municipality or parish the gazetteer knows only weakly is kept when it lies this close to a
town the text names ("En Los Salias, ..." in a story about Los Teques)."""


def _local_unit(entry: Entry, towns: list[Place]) -> bool:
    """A municipality or parish near a town of the story: that place, not a word."""
    if entry.kind not in ("ADM2", "ADM3"):
        return False
    return any(km_between(entry.place, town) <= LOCAL_UNIT_KM for town in towns)


def _residents_in_opened_city(
    doc: Document,
    spots: tuple[Spot, ...],
    members: list[int],
    choices: Mapping[int, _Choice],
    i: int,
    reading: Reading,
) -> bool:
    """ "In Maturín, residents of Los Olivos blocked the main avenue": a name the gazetteer knows
    only as hamlets, after "residents of" / "vecinos de" in a sentence that opens in a town, is
    kept for the anchoring stage, which reads it as a sector of that town when its hamlets lie far
    from it (see anchoring.anchor_residents_namesakes)."""
    spot = spots[i]
    if reading.residents_before.search_in(doc, max(0, spot.start - 30), spot.start) is None:
        return False
    sent_start, _ = doc.sentence_span(spot.start)
    opener = next((j for j in members if sent_start <= spots[j].start < spot.start), None)
    if opener is None:
        return False
    town = choices[opener].entry
    return (
        not town.weak
        and town.place.country == reading.home
        and town.place.level == "city"
        and reading.locating_opener.fullmatch(opening_words(doc.text, sent_start, spots[opener].start))
        is not None
    )


_JOINS = frozenset({"y", "e", "and", "o", "or"})

SECTOR_BESIDE_TOWN_KM = 5.0
"""A hamlet the gazetteer knows only by name is kept, after a locative preposition, when it lies
this close to a town the text names: a sector of that town ("gathered in Bárbula" in a story of
Naguanagua, whose Bárbula lies 4 km from it), not a word."""


def _sector_beside_town(
    doc: Document, spot: Spot, entry: Entry, towns: list[tuple[int, Place]], reading: Reading
) -> bool:
    """Whether the weak `entry` at `spot`, written alone after a locative preposition ("in",
    "residents of", "en"), lies within SECTOR_BESIDE_TOWN_KM of another town its paragraph names
    (`towns`: their starts and places). A town of another paragraph is no evidence: "cacerolazos
    en La Pedregosa" in a paragraph on Mérida is not the hamlet beside El Vigía, 55 km off."""
    if not entry.kind.startswith("PPL"):
        return False
    first, after = spot.first_token, spot.last_token + 1
    if not (
        (first > 0 and doc.folded[first - 1] in reading.bare_place_cues)
        or reading.residents_before.search_in(doc, max(0, spot.start - 30), spot.start) is not None
    ):
        return False
    if after < len(doc.tokens):
        following = doc.folded[after]
        if following == "," and after + 1 < len(doc.tokens):
            after += 1  # "in Bárbula, home of its campus": an apposition; "in A, B and C": a run
        elif following in _JOINS or following in reading.head_of_or_articles:
            return False  # "in Pueblo Nuevo and El Cercado", "7 de Boleíta": a run, a longer name
        if doc.capitalised(after) or any(head[0] == doc.folded[after] for head in reading.heads_after):
            return False  # "La Cooperativa roundabout": a name of a phrase the anchoring stage reads
    line_start, line_end = doc.line_span(spot.start)
    return any(
        line_start <= start < line_end
        and town.place_id != entry.place.place_id
        and km_between(entry.place, town) <= SECTOR_BESIDE_TOWN_KM
        for start, town in towns
    )


_COUNT_IN_GAP = re.compile(r"\s*" + COUNT_IN_BRACKETS)
"""A count in brackets after a list's member ("Anzoátegui (13), Bolívar (11)"; see COUNT_IN_BRACKETS)."""
_COUNT_BEFORE_MEMBER = re.compile(r"(?<=\s)\d[\d.,]*\s+[^\W\d_]{2,3}\s+$")
"""A count and its preposition before a list's member ("41 en Táchira, 19 en Mérida y 12 en
Barinas", "64 in Lara, 12 in Mérida and 9 in Barinas"): a count per member, written before it."""


def _listed_groups(
    doc: Document, spots: tuple[Spot, ...], members: list[int], reading: Reading, *, ranges: bool = False
) -> list[list[int]]:
    """The runs of two or more names listed together ("en Mérida, Táchira y Barinas"), as indexes
    into `spots`: neighbours at most a short list gap apart. With `ranges`, "from Madrid to
    Valencia" is a list too."""
    groups: list[list[int]] = []
    for i in members:
        if groups:
            last = spots[groups[-1][-1]]
            gap = doc.text[last.end : spots[i].start]
            count = _COUNT_IN_GAP.match(gap)
            if count is not None:  # "Anzoátegui (13), Bolívar (11) and Mérida (9)": a count per member
                gap = gap[count.end() :]
            elif (
                len(gap) <= 16
                and gap[-1:].isspace()
                and (gap.lstrip().startswith(",") or len(groups[-1]) >= 2)
            ):
                # a run of three or more counts: two ("two in Táchira and one in Mérida") may be
                # a state's and a city's
                before = _COUNT_BEFORE_MEMBER.search(gap)
                if before is not None:
                    gap = gap[: before.start()]
            # the length first: most neighbours are far apart, and the patterns need not run
            if len(gap) <= 8 and (
                reading.list_gap.match(gap) or (ranges and reading.range_after.match(doc.text, last.end))
            ):
                groups[-1].append(i)
                continue
        groups.append([i])
    return [group for group in groups if len(group) >= 2]


_COUNT_LINE_REST = re.compile(
    r"\s*[:(—–-]\s*\d[\d.,]*(?:\)?(?:\s*\(.*\))?\s*$|[^\S\n]+(?!de\b|of\b)[^\W\d_]+(?![^\S\n]+(?:de|of)\b).*$)"
)
"""What follows the name on a line of a count table ("Mérida: 61", "Zulia (39)", "Lara — 45 (12
minors)"), or on a line that opens with its count and goes on ("Barinas: 4 detenidos en el barrio
Rodríguez Domínguez, ..."); not a day ("Caracas: 5 de agosto")."""
_COUNT_LINE_BULLET = re.compile(r"\s*(?:[-•*–]\s*)?$")
"""What may come before the name on such a line: a bullet, or nothing."""


def _count_line_groups(
    doc: Document, spots: tuple[Spot, ...], members: list[int], lines: list[tuple[int, int]]
) -> list[list[int]]:
    """The runs of two or more names that each open a line of a count table, on consecutive
    lines ("Detentions per state:\n- Carabobo: 97\n- Táchira: 84\n- Mérida: 61"): a list,
    though a line break and a number stand between its names. Each name's line is read once
    (`lines`: the members' line spans, in order)."""
    groups: list[list[int]] = []
    last_end = -2
    for i, (start, end) in zip(members, lines, strict=True):
        if not (
            _COUNT_LINE_BULLET.match(doc.text, start, spots[i].start)
            and _COUNT_LINE_REST.match(doc.text, spots[i].end, end)
        ):
            continue
        if groups and not doc.text[last_end:start].strip():
            groups[-1].append(i)
        else:
            groups.append([i])
        last_end = end
    return [group for group in groups if len(group) >= 2]


_COUNT_LABEL_REST = re.compile(
    r"\s*(?:\(\s*\d[\d.,]*\s*\)\s*[.:—–-]?"
    r"|:\s*\d[\d.,]*(?:\s+[^\W\d_]+)?(?:\s*(?:,|;|\sy|\sand)\s+\d[\d.,]*(?:\s+[^\W\d_]+)?)*\s*$)"
)
"""What follows the name that opens a bulletin's section: its count or counts ("Zulia (9). En
Maracaibo...", "Mérida: 38 arrests", "Aragua: 19 protestas, 41 detenidos")."""


def _count_label_groups(
    doc: Document, spots: tuple[Spot, ...], members: list[int], lines: list[tuple[int, int]]
) -> list[list[int]]:
    """The names that each open a section of a bulletin with their count, wherever the sections
    are ("Miranda (14). En Petare..." ... "Barinas (7). En la ciudad..."): one list, as the
    lines of a count table are."""
    group = []
    for i, (start, end) in zip(members, lines, strict=True):
        rest = _COUNT_LABEL_REST.match(doc.text, spots[i].end, end)
        if rest is not None and _COUNT_LINE_BULLET.match(doc.text, start, spots[i].start):
            group.append(i)
    return [group] if len(group) >= 2 else []


def _states_in_lists(story: _Story, choices: Mapping[int, _Choice]) -> dict[int, _Choice]:
    """ "Protests in Mérida and Táchira": a name shared by a state and its capital, listed with
    states and no city, is the state, as its neighbours are (and "Caracas, Mérida y San
    Cristóbal" keeps the city). The country's capital is no such city: in "la mayoría en
    Caracas, Mérida y Táchira" it stands for its district, one of the states listed."""
    doc, spots, cues, members, reading = story.doc, story.spots, story.cues, story.members, story.reading
    out = dict(choices)
    # the members that open their line (after a bullet, if any), each line read once: only they
    # can label a count table's line or a bulletin's section, and most names stand in a sentence
    opening: list[int] = []
    lines: list[tuple[int, int]] = []
    for i in members:
        line = doc.line_span(spots[i].start)
        if _COUNT_LINE_BULLET.match(doc.text, line[0], spots[i].start):
            opening.append(i)
            lines.append(line)
    groups = story.listed + _count_line_groups(doc, spots, opening, lines)
    for group in groups + _count_label_groups(doc, spots, opening, lines):
        states = [i for i in group if out[i].entry.kind == "ADM1"]
        cities = [  # the country's capital stands for its district in a list of states
            i
            for i in group
            if out[i].entry.kind not in ("ADM1", "PPLC")
            and not any(e.kind == "ADM1" for e in spots[i].entries)
        ]
        if not states or cities:
            continue
        for i in group:
            if out[i].entry.kind == "ADM1" or cues[i].level:
                continue
            state = next(
                (e for e in spots[i].entries if e.kind == "ADM1" and e.place.country == reading.home), None
            )
            if state is not None:
                out[i] = _Choice(state, out[i].score, out[i].margin)
    return out


def _municipalities_in_the_paragraphs_state(
    story: _Story, choices: Mapping[int, _Choice]
) -> dict[int, _Choice]:
    """ "En Mérida hubo protestas. En el municipio Libertador los vecinos trancaron calles": a
    municipality named as such whose name many states share (Libertador, Sucre, San Francisco)
    is the one in the state of the home place named last before it in its paragraph, else of
    the first one after it in its sentence, when the gazetteer has one there: the story's other
    states, paragraphs away, do not choose it."""
    doc, spots, cues, members, home = story.doc, story.spots, story.cues, story.members, story.home
    paragraph = _paragraph_numbers(doc, spots, members)
    out = dict(choices)
    for n, i in enumerate(members):
        if cues[i].level != "municipality" or cues[i].container is not None:
            continue
        units = [e for e in spots[i].entries if e.kind == "ADM2" and e.place.country == home]
        if len({e.place.state_code for e in units}) < 2:
            continue

        def state_of(j: int, own: str = spots[i].name_key) -> str | None:
            entry = choices[j].entry
            if entry.place.country != home or entry.weak or spots[j].name_key == own:
                return None
            if cues[j].level == "municipality":
                return None  # another namesake unit settles nothing
            return entry.place.state_code

        sent_end = doc.sentence_span(spots[i].start)[1]
        state = next(  # "el municipio San Rafael del estado Falcón": its own sentence's state first
            (
                code
                for j in members[n + 1 :]
                if spots[j].start < sent_end and choices[j].entry.kind == "ADM1" and (code := state_of(j))
            ),
            None,
        )
        if state is None:
            state = next(
                (
                    code
                    for j in reversed(members[:n])
                    if paragraph[j] == paragraph[i] and (code := state_of(j)) is not None
                ),
                None,
            )
        if state is None:
            state = next(
                (code for j in members[n + 1 :] if spots[j].start < sent_end and (code := state_of(j))),
                None,
            )
        settled = False  # a state the paragraph's own places give: no tie for the place before
        if state is None:
            # "En el municipio Libertador la jornada fue más tensa. En la avenida Bolívar de
            # Tocuyito, ...": a paragraph that opens on the unit goes on in its state, else the
            # story before it does (not the last place of the paragraph before, a lane "en
            # sentido Maracay", which `_tie_to_the_place_before` would take)
            settled = True
            state = next(
                (
                    code
                    for j in (
                        *(j for j in members[n + 1 :] if paragraph[j] == paragraph[i]),
                        *reversed(members[:n]),
                    )
                    if (code := state_of(j)) is not None
                ),
                None,
            )
        if state is None or out[i].entry.place.state_code == state:
            continue
        there = [e for e in units if e.place.state_code == state]
        if there:
            margin = min(out[i].margin, 0.25)
            out[i] = _Choice(
                max(there, key=lambda e: e.prior),
                out[i].score,
                max(margin, 2 * TIED_MARGIN) if settled else margin,
            )
    return out


HOME_OVER_FOREIGN_PRIOR = 0.4
"""The least prior of a home reading that `_home_over_foreign` puts before a foreign one: a
town, municipality or parish the gazetteer knows by its own name, not a hamlet (0.3)."""


def _home_over_foreign(story: _Story, choices: dict[int, _Choice]) -> dict[int, _Choice]:
    """ "Residents of San Francisco, the municipality that borders Maracaibo", "vecinos de San
    Diego, Naguanagua y Los Guayos" in a story about Zulia or Carabobo: a bare name (no level
    word, no container) whose best reading is a foreign city, while the gazetteer has a
    same-named town in a state the text names with confidence (by another name), is that town.
    A story that names the foreign city's country, or another place there, keeps the foreign
    reading ("Venezuelans rallied in Madrid and Barcelona"). Of several such towns, the one
    beside the home city its paragraph named before it is meant ("In Maracaibo, ... in San
    Francisco": the Zulia parish, though the story also names Falcón, which has a village so
    named)."""
    doc, spots, cues, members, home = story.doc, story.spots, story.cues, story.members, story.home
    if story.all_at_home(choices):
        return choices
    near = _city_before_in_paragraph(doc, spots, members, choices, home)
    out = dict(choices)
    names_abroad: dict[str, set[str]] = {}  # the names read in each foreign country
    supported: dict[str, set[str]] = {}
    for i in members:
        entry = choices[i].entry
        if entry.place.country != home:
            names_abroad.setdefault(entry.place.country, set()).add(spots[i].name_key)
        elif entry.place.state_code and not entry.weak and choices[i].margin > 0.2:
            supported.setdefault(entry.place.state_code, set()).add(spots[i].name_key)
    if not names_abroad or not supported:
        return out
    for i in members:
        entry = choices[i].entry
        if entry.kind in ("COUNTRY", "ADM1") or cues[i].level or cues[i].container is not None:
            continue
        name = spots[i].name_key
        if entry.place.country == home:
            continue
        if names_abroad[entry.place.country] - {name}:
            continue  # another place of that country (or the country): the story is also about it
        namesake = _supported_home_namesake(spots[i], choices[i], supported, home, near.get(i))
        if namesake is not None:
            out[i] = namesake
    return out


def _city_before_in_paragraph(
    doc: Document, spots: tuple[Spot, ...], members: list[int], choices: Mapping[int, _Choice], home: str
) -> dict[int, Place]:
    """For each member, the last home city the text named before it in its paragraph (a town
    the gazetteer knows well), if any: read in one pass."""
    paragraphs = _paragraph_numbers(doc, spots, members)
    out: dict[int, Place] = {}
    city: Place | None = None
    paragraph = -1
    for i in members:
        here = paragraphs[i]
        if here != paragraph:
            city, paragraph = None, here
        if city is not None:
            out[i] = city
        entry = choices[i].entry
        if (
            entry.place.country == home
            and entry.place.level == "city"
            and not entry.weak
            and entry.prior >= 0.6
        ):
            city = entry.place
    return out


def _supported_home_namesake(
    spot: Spot, choice: _Choice, supported: dict[str, set[str]], home: str, near: Place | None = None
) -> _Choice | None:
    """The home reading that `_home_over_foreign` and `_home_in_its_own_paragraph` put in place of
    a foreign one: a namesake at home, known enough (HOME_OVER_FOREIGN_PRIOR), not a state, in a
    state the story names with confidence by another name; never surer than 0.25 of margin."""
    local = [
        e
        for e in spot.entries
        if e.place.country == home
        and e.prior >= HOME_OVER_FOREIGN_PRIOR
        and e.kind != "ADM1"
        and (supported.get(e.place.state_code or "", set()) - {spot.name_key})
    ]
    if not local:
        return None
    beside = [e for e in local if near is not None and km_between(e.place, near) <= IN_CITY]
    best = max(beside or local, key=lambda e: (not e.weak, e.prior))
    return _Choice(best, choice.score, min(choice.margin, 0.25))


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def _paragraph_numbers(doc: Document, spots: tuple[Spot, ...], indexes: list[int]) -> dict[int, int]:
    """The number of the paragraph (between blank lines) each of the spots `indexes` is in."""
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(doc.text)]
    return {i: bisect.bisect_right(breaks, spots[i].start) for i in indexes}


@dataclass(frozen=True)
class _ParagraphsRead:
    """Where each paragraph's places were read: what the passes that bring a bare name read
    abroad back home ask of the name's paragraph."""

    paragraph: dict[int, int]
    """Each member's paragraph (see _paragraph_numbers)."""
    abroad: dict[tuple[int, str], set[str]]
    """(paragraph, country) -> the names read in that country there."""
    at_home: set[int]
    """The paragraphs that name a home place (not the country itself)."""

    def alone_abroad(self, i: int, name: str, country: str) -> bool:
        """Whether member `i`, read in `country`, is in a paragraph that names home places and
        no other place of that country (else the paragraph is about that country)."""
        here = self.paragraph[i]
        return here in self.at_home and not self.abroad[(here, country)] - {name}


def _paragraphs_read(
    doc: Document, spots: tuple[Spot, ...], members: list[int], choices: Mapping[int, _Choice], home: str
) -> _ParagraphsRead:
    """Where each paragraph's places were read, by the choices made so far."""
    paragraph = _paragraph_numbers(doc, spots, members)
    abroad: dict[tuple[int, str], set[str]] = {}
    at_home: set[int] = set()
    for i in members:
        entry = choices[i].entry
        if entry.place.country != home:
            abroad.setdefault((paragraph[i], entry.place.country), set()).add(spots[i].name_key)
        elif entry.kind != "COUNTRY":
            at_home.add(paragraph[i])
    return _ParagraphsRead(paragraph, abroad, at_home)


def _home_in_its_own_paragraph(story: _Story, choices: dict[int, _Choice]) -> dict[int, _Choice]:
    """ "Las manifestaciones continuaron en San Diego, donde vecinos bloquearon la autopista" in a
    story about Carabobo whose official, paragraphs earlier, blamed "guarimbas pagadas desde
    Miami": `_home_over_foreign` keeps a foreign reading when the story names another place of
    that country, but a place named in another paragraph is not what this one is about. A bare
    name read abroad, in a paragraph that names no other place of that country and names a home
    place, is the home town of a state the story names with confidence (by another name); or, in a
    sentence that names a home town too ("cacerolazos were reported in Mérida and in Cabudare, just
    outside Barquisimeto", in a story that names Mexico among the governments that spoke), the one
    state capital of that name."""
    doc, spots, cues, members, home = story.doc, story.spots, story.cues, story.members, story.home
    if story.all_at_home(choices):
        return choices
    read = _paragraphs_read(doc, spots, members, choices, home)
    home_sentences: set[int] = set()  # sentences that name a home place
    supported: dict[str, set[str]] = {}
    for i in members:
        entry = choices[i].entry
        if entry.place.country == home and entry.kind != "COUNTRY":
            home_sentences.add(doc.sentence_span(spots[i].start)[0])
            if entry.place.state_code and not entry.weak and choices[i].margin > 0.2:
                supported.setdefault(entry.place.state_code, set()).add(spots[i].name_key)
    out = dict(choices)
    for i in members:
        entry = choices[i].entry
        if entry.place.country == home or entry.kind in ("COUNTRY", "ADM1"):
            continue
        if cues[i].level or cues[i].container is not None:
            continue
        if not read.alone_abroad(i, spots[i].name_key, entry.place.country):
            continue  # another place of that country in the paragraph: it is about that country
        namesake = _supported_home_namesake(spots[i], choices[i], supported, home)
        if namesake is None and doc.sentence_span(spots[i].start)[0] in home_sentences:
            capitals = [e for e in spots[i].entries if e.place.country == home and e.kind == "PPLA"]
            if len(capitals) == 1:
                namesake = _Choice(capitals[0], choices[i].score, min(choices[i].margin, 0.25))
        if namesake is not None:
            out[i] = namesake
    return out


TIED_MARGIN = 0.01
"""A margin at most this small is a tie: homonyms of one kind in two states the story names."""

NEIGHBOUR_CHARACTERS = 400
"""How far back `_tie_to_the_place_before` looks for the place that settles a tie."""


def _tie_to_the_place_before(story: _Story, choices: dict[int, _Choice]) -> dict[int, _Choice]:
    """ "En Maracaibo ... Ese mismo día, en San Francisco, municipio vecino, ...": of two
    homonyms of one kind that the story's states leave tied (a San Francisco municipality in
    Zulia and in Falcón, both states named), the one in the state of the nearest place named
    with confidence before it, in the same paragraph or just before, is meant: the first of the
    equals is only the gazetteer's order. Not when the name's own sentence names the chosen
    state ("el municipio Sucre del estado Mérida")."""
    doc, spots, cues, members = story.doc, story.spots, story.cues, story.members
    tied_at = [
        n
        for n, i in enumerate(members)
        if choices[i].margin <= TIED_MARGIN
        and cues[i].container is None
        and choices[i].entry.place.state_code
    ]
    if not tied_at:
        return choices  # most stories: no tie
    by_sentence: dict[int, list[int]] = {}  # sentence start -> its members (read once)
    for i in members:
        by_sentence.setdefault(doc.sentence_span(spots[i].start)[0], []).append(i)
    out = dict(choices)
    for n in tied_at:
        i = members[n]
        choice = choices[i]
        kind = choice.entry.kind
        tied = [e for e in spots[i].entries if e.kind == kind and e.place.state_code]
        if len(tied) < 2:
            continue
        own = choice.entry.place.state_code
        sentence = by_sentence[doc.sentence_span(spots[i].start)[0]]
        if any(k != i and choices[k].entry.place.state_code == own for k in sentence):
            continue  # "el municipio Sucre del estado Mérida": its own sentence names its state
        for m in range(n - 1, -1, -1):
            j = members[m]
            if spots[i].start - spots[j].end > NEIGHBOUR_CHARACTERS:
                break
            before = choices[j]
            code = before.entry.place.state_code
            if before.entry.weak or before.margin <= 0.2 or code is None:
                continue
            if code != own:
                match = next((e for e in tied if e.place.state_code == code), None)
                if match is not None:
                    out[i] = _Choice(match, choice.score, choice.margin)
            break
    return out


STORY_STATE_PRIOR = 0.4
"""The least prior of a town in the story's state that `_namesakes_in_the_story_state` puts
before a namesake in a state the story never names: a town the gazetteer knows, not a hamlet."""


def _namesakes_in_the_story_state(story: _Story, choices: dict[int, _Choice]) -> dict[int, _Choice]:
    """ "trasladados a la sede de la policía estadal en Santa Ana" in a story about Táchira: a
    town named bare, read in a state the story never names, is its namesake in the state the
    story names most, when the gazetteer knows that one as a town too."""
    spots, cues, members, home = story.spots, story.cues, story.members, story.home
    named: dict[str, int] = {}
    for i in members:
        entry = choices[i].entry
        code = entry.place.state_code
        sure = entry.kind == "ADM1" or bool(cues[i].level) or choices[i].margin > 0.2
        if code and entry.place.country == home and not entry.weak and sure:
            named[code] = named.get(code, 0) + 1
    if not named:
        return choices
    story_state, most = max(named.items(), key=lambda item: item[1])
    if most < 2 or sum(1 for n in named.values() if n == most) > 1:
        return choices  # no one state the story_state is about
    out = dict(choices)
    for i in members:
        entry = choices[i].entry
        if (
            cues[i].level
            or cues[i].container is not None
            or entry.kind in ("ADM1", "PPLC", "PPLA", "COUNTRY")
            or entry.place.country != home
            or entry.place.state_code in named
        ):
            continue
        match = next(
            (
                e
                for e in spots[i].entries
                if e.place.country == home
                and e.place.state_code == story_state
                and e.kind != "ADM1"
                and not e.weak
                and e.prior >= STORY_STATE_PRIOR
            ),
            None,
        )
        if match is not None:
            out[i] = _Choice(match, choices[i].score, min(choices[i].margin, 0.25))
    return out


def _bare_mentions_of_a_home_name(story: _Story, choices: dict[int, _Choice]) -> dict[int, _Choice]:
    """ "VALENCIA, Venezuela (Reuters) — ... in the San José neighbourhood of Valencia", and later
    "a son who emigrated to Barcelona, Spain": a name the story places at home with its own
    container or level word keeps that place where it is named bare, though another name made
    the story's foreign country likely; not after a place of that country in its own paragraph
    ("In Madrid, Spain, and in Valencia, migrants marched too": the list is abroad)."""
    doc, spots, cues, members, home = story.doc, story.spots, story.cues, story.members, story.home
    sure: dict[str, Entry] = {}
    for i in members:
        entry = choices[i].entry
        if (
            entry.place.country == home
            and entry.kind != "COUNTRY"
            and (cues[i].container is not None or cues[i].level)
        ):
            sure.setdefault(spots[i].name_key, entry)
    if not sure:
        return choices
    paragraph = _paragraph_numbers(doc, spots, members)
    out = dict(choices)
    for i in members:
        placed = sure.get(spots[i].name_key)
        chosen = choices[i].entry
        if (
            placed is None
            or chosen.place.country == home
            or cues[i].container is not None
            or cues[i].level
            or placed not in spots[i].entries
        ):
            continue
        if any(
            spots[j].start < spots[i].start
            and paragraph[j] == paragraph[i]
            and choices[j].entry.place.country == chosen.place.country
            for j in members
            if j != i
        ):
            continue
        out[i] = _Choice(placed, choices[i].score, min(choices[i].margin, 0.25))
    return out


HOME_CAPITAL_KINDS = ("PPLC", "PPLA")
"""The home readings `_home_capital_in_its_own_paragraph` restores: the capital and the state
capitals, the cities a Venezuelan story names bare without saying where they are."""


def _home_capital_in_its_own_paragraph(story: _Story, choices: dict[int, _Choice]) -> dict[int, _Choice]:
    """ "Protests spread on Monday to Cumaná ... and to the central city of Valencia", and three
    paragraphs later "in Valencia, Spain, home to a large Venezuelan community": the foreign
    reading of the later mention, with its own country after it, is not the bare one's. A bare
    name read abroad, in a paragraph that names home places and no place of that country, while
    another mention of the same name in the story carries that country as its container, is the
    home state capital of that name (the gazetteer's PPLC/PPLA row)."""
    doc, spots, cues, members, home = story.doc, story.spots, story.cues, story.members, story.home
    if story.all_at_home(choices):
        return choices
    qualified: set[tuple[str, str]] = set()  # (name, country) given with a container
    for i in members:
        entry = choices[i].entry
        if entry.place.country != home and cues[i].container is not None:
            qualified.add((spots[i].name_key, entry.place.country))
    if not qualified:
        return choices
    read = _paragraphs_read(doc, spots, members, choices, home)
    out = dict(choices)
    for i in members:
        entry = choices[i].entry
        name = spots[i].name_key
        if entry.place.country == home or (name, entry.place.country) not in qualified:
            continue
        if cues[i].level not in (None, "", "city") or cues[i].container is not None:
            continue  # "the city of Valencia" says no country; "Valencia, Carabobo" is settled
        if not read.alone_abroad(i, name, entry.place.country):
            continue  # another place of that country in the paragraph: it is about that country
        capitals = [e for e in spots[i].entries if e.place.country == home and e.kind in HOME_CAPITAL_KINDS]
        if capitals:
            best = max(capitals, key=lambda e: e.prior)
            out[i] = _Choice(best, choices[i].score, min(choices[i].margin, 0.25))
    return out


def _home_reading_given_elsewhere(story: _Story, choices: dict[int, _Choice]) -> dict[int, _Choice]:
    """ "VALENCIA, Venezuela (Reuters) - ... in the San José neighbourhood of Valencia", and a
    later paragraph on a teacher whose son emigrated to "Barcelona, Spain": the mirror of
    `_home_capital_in_its_own_paragraph`. Another mention of the same name that the text puts at
    home with a container of its own (the home country, a home state) settles which one a bare
    mention means, when the bare one was read abroad only because the story names that country
    elsewhere: its paragraph names home places and no other place of that country."""
    doc, spots, cues, members, home = story.doc, story.spots, story.cues, story.members, story.home
    if story.all_at_home(choices):
        return choices
    settled: dict[str, Entry] = {}  # name -> its home reading, given with a home container
    for i in members:
        entry = choices[i].entry
        container = cues[i].container
        if entry.place.country != home or container is None or entry.kind in ("COUNTRY", "ADM1"):
            continue
        if container in choices and choices[container].entry.place.country == home:
            settled.setdefault(spots[i].name_key, entry)
    if not settled:
        return choices
    read = _paragraphs_read(doc, spots, members, choices, home)
    out = dict(choices)
    for i in members:
        entry = choices[i].entry
        name = spots[i].name_key
        if entry.place.country == home or entry.kind in ("COUNTRY", "ADM1") or name not in settled:
            continue
        if cues[i].level not in (None, "", "city") or cues[i].container is not None:
            continue  # "Valencia, Spain" is settled by its own container
        if not read.alone_abroad(i, name, entry.place.country):
            continue  # another place of that country in the paragraph: it is about that country
        home_entry = settled[name]
        if any(e is home_entry for e in spots[i].entries):
            out[i] = _Choice(home_entry, choices[i].score, min(choices[i].margin, 0.25))
    return out


def _lists_abroad(story: _Story, choices: dict[int, _Choice]) -> dict[int, _Choice]:
    """ "Venezuelans abroad rally from Madrid to Valencia", "rallies in Madrid and Valencia": a bare
    name read at home, listed (or ranged) only with places of one foreign country, is that
    country's namesake when the gazetteer has one. A list with a home member keeps the home
    reading ("in Maracaibo and Valencia")."""
    doc, spots, cues, members, reading = story.doc, story.spots, story.cues, story.members, story.reading
    home = reading.home
    if story.all_at_home(choices):
        return choices
    out = dict(choices)
    for group in _listed_groups(doc, spots, members, reading, ranges=True):
        at_home = [n for n, i in enumerate(group) if choices[i].entry.place.country == home]
        if len(at_home) != 1:
            continue  # all abroad already, or a home member besides: the list spans both
        (k,) = at_home
        i = group[k]
        if cues[i].level or cues[i].container is not None:
            continue
        country = choices[group[k - 1] if k else group[1]].entry.place.country  # its neighbour's
        namesake = next(
            (e for e in spots[i].entries if e.place.country == country and e.kind in ("WCITY", "WCAP")), None
        )
        if namesake is not None:
            out[i] = _Choice(namesake, choices[i].score, min(choices[i].margin, 0.25))
    return out


def _home_lists(story: _Story, choices: dict[int, _Choice]) -> dict[int, _Choice]:
    """ "Hubo también marchas en Maracaibo, Valencia y Barquisimeto" in a story that names Spain
    elsewhere: a bare name read abroad, listed only with home places, is its home namesake when
    that is a city the gazetteer knows well (the mirror of `_lists_abroad`). A list with another
    member abroad keeps it ("en Caracas, Madrid y Valencia")."""
    spots, cues, reading = story.spots, story.cues, story.reading
    home = reading.home
    if story.all_at_home(choices):
        return choices
    out = dict(choices)
    for group in story.listed:
        abroad = [i for i in group if choices[i].entry.place.country != home]
        if len(abroad) != 1 or any(choices[i].entry.kind == "COUNTRY" for i in group):
            continue  # all at home already, or more than one abroad: the list spans both
        (i,) = abroad
        if cues[i].level or cues[i].container is not None or choices[i].entry.kind == "COUNTRY":
            continue
        local = [
            e
            for e in spots[i].entries
            if e.place.country == home and e.kind in HOME_CAPITAL_KINDS and e.prior >= HOME_OVER_FOREIGN_PRIOR
        ]
        if local:
            best = max(local, key=lambda e: e.prior)
            out[i] = _Choice(best, choices[i].score, min(choices[i].margin, 0.25))
    return out


STORY_CITY_KINDS = ("PPLC", "PPLA", "PPLA2")
"""The readings of a city a story is about (a capital or a municipal seat the gazetteer knows well)."""
IN_CITY = 12.0
"""How near a story's city a namesake lies to be one of its sectors."""
FAR_FROM_THE_STORY_KM = 150.0
"""How far from every place of the text a bare name's reading lies to be a stranger to the story."""


def _namesake_in_the_story_city(story: _Story, choices: dict[int, _Choice]) -> dict[int, _Choice]:
    """ "En El Trompillo, Pueblo Nuevo y la urbanización Santa Isabel sonaron cacerolas" in a
    story about Barquisimeto: a bare name whose reading by prior is a town of a state where no
    town the text names well is, far from all of them, while the gazetteer also has the name
    inside the city the text named before it, is that city's namesake (a sector of the story's
    city, as a reader takes it), not the far town. Read in one pass, with the text's well-known
    places indexed by state and by grid cell, so the cost stays linear."""
    spots, cues, members, home = story.spots, story.cues, story.members, story.home
    known = [
        i
        for i in members
        if choices[i].entry.place.country == home
        and choices[i].entry.kind in (*STORY_CITY_KINDS, "ADM1", "ADM2")
        and not choices[i].entry.weak
    ]
    names_in_state: dict[str | None, set[str]] = {}
    for i in known:
        names_in_state.setdefault(choices[i].entry.place.state_code, set()).add(spots[i].name_key)
    cells: dict[tuple[int, int], list[int]] = {}
    for i in known:
        cells.setdefault(_story_cell(choices[i].entry.place), []).append(i)
    out = dict(choices)
    city: Place | None = None  # the last city of the story named so far
    for i in members:
        entry = choices[i].entry
        place = entry.place
        story_city = place.country == home and entry.kind in STORY_CITY_KINDS and not entry.weak
        if not story_city and (
            city is None
            or cues[i].level
            or cues[i].container is not None
            or place.country != home
            or entry.kind in ("PPLC", "PPLA", "ADM1", "COUNTRY")
            or not place.state_code
        ):
            continue  # the cheap questions first: the distance is asked only of what may be a stranger
        stranger = city is not None and km_between(city, place) > FAR_FROM_THE_STORY_KM
        if story_city and not stranger:
            city = place
            continue
        if (
            not stranger
            or city is None
            or cues[i].level
            or cues[i].container is not None
            or place.country != home
            or entry.kind in ("PPLC", "PPLA", "ADM1", "COUNTRY")
            or not place.state_code
            or names_in_state.get(place.state_code, set()) - {spots[i].name_key}
        ):
            continue
        row, col = _story_cell(place)
        if any(
            spots[j].name_key != spots[i].name_key
            and abs(spots[j].start - spots[i].start) <= STORY_NEIGHBOUR_CHARACTERS
            and km_between(choices[j].entry.place, place) <= FAR_FROM_THE_STORY_KM
            for d_row in (-1, 0, 1)
            for d_col in (-1, 0, 1)
            for j in cells.get((row + d_row, col + d_col), ())
        ):
            continue  # the story has other places there: the reading is not a stranger
        near = [e for e in spots[i].entries if e.place.country == home]
        near = [e for e in near if km_between(e.place, city) <= IN_CITY]
        if near:
            best = max(near, key=lambda e: e.prior)
            out[i] = _Choice(best, choices[i].score, min(choices[i].margin, 0.25))
    return out


STORY_NEIGHBOUR_CHARACTERS = 400
"""How near in the text a place of the story must be to vouch for a far reading near it: Caracas,
named in another paragraph of a story about Barquisimeto (where the detainees were taken, a
background event), says nothing about a Santa Rosa named bare among the city's streets."""

STORY_CELL_DEGREES = 1.5
"""A grid cell's side for `_namesake_in_the_story_city`: more than FAR_FROM_THE_STORY_KM."""


def _story_cell(place: Place) -> tuple[int, int]:
    return int(place.lat // STORY_CELL_DEGREES), int(place.lon // STORY_CELL_DEGREES)


def _home_beside_the_city(story: _Story, choices: dict[int, _Choice]) -> dict[int, _Choice]:
    """ "Looting began in Maracaibo. In San Francisco, south of the city, residents blocked the
    road": a bare name read abroad that the text places beside "the city" (a home city named
    before it) is the home namesake nearest that city, whatever its prior. A story about the
    foreign city names no home city before it, or gives the name its own container. So is a
    bare name read at home far from that city ("in the Sierra Maestra sector of San Francisco,
    south of the city", after Maracaibo, in a story that also names Falcón, where villages are so
    named), when a namesake lies in that city."""
    doc, spots, cues, members, reading = story.doc, story.spots, story.cues, story.members, story.reading
    home = reading.home
    out = dict(choices)
    city: Place | None = None  # the last home city named so far
    for i in members:
        place = choices[i].entry.place
        foreign = place.country != home
        if (
            city is None
            or cues[i].level
            or cues[i].container is not None
            or not (
                foreign or (place.level not in ("state", "country") and km_between(place, city) > IN_CITY)
            )
            or not reading.beside_the_city.match(doc.text, spots[i].end)
        ):
            if not foreign and place.level == "city" and not choices[i].entry.weak:
                city = place
            continue
        local = [e for e in spots[i].entries if e.place.country == home and e.kind != "ADM1"]
        if local:
            best = min(local, key=lambda e: km_between(e.place, city))
            if not foreign and km_between(best.place, city) > IN_CITY:
                continue  # no namesake in that city: the far reading stands
            out[i] = _Choice(best, choices[i].score, min(choices[i].margin, 0.25))
    return out


SENTENCE_CITY_FAR_KM = 50.0
"""A bare name's reading this far from the city its sentence has put the story in is a namesake
elsewhere, when the gazetteer also has the name within IN_CITY of that city."""


def _namesakes_in_the_sentence_city(
    story: _Story, choices: dict[int, _Choice]
) -> tuple[dict[int, _Choice], frozenset[int]]:
    """ "En Petare, municipio Sucre, hombres armados dispararon contra vecinos que protestaban en
    La Urbina": a bare name read as a small place far from the home city named before it in the
    same sentence (a village of the same name 80 km away), while the gazetteer also has the name
    in or beside that city, is that city's namesake, as a reader takes it: the city a sentence is
    in carries to the places it goes on to name. A town with a census count or a seat keeps its
    reading ("En Caracas, ... y en Maracay"), and so does a name with a level word or a container
    of its own. One pass in text order; the sentence of each member is looked up once. Also
    returns the spots so moved (kept as places, as a list's are)."""
    doc, spots, cues, members, home = story.doc, story.spots, story.cues, story.members, story.home
    out = dict(choices)
    moved: set[int] = set()
    city: Place | None = None  # the last well-known home city of the current sentence
    sentence: tuple[int, int] | None = None
    for i in members:
        start = spots[i].start
        if sentence is None or not sentence[0] <= start < sentence[1]:
            sentence = doc.sentence_span(start)
            city = None
        entry = choices[i].entry
        place = entry.place
        if (
            place.country == home
            and place.level == "city"
            and not entry.weak
            and (entry.kind in STORY_CITY_KINDS or place.population)
        ):
            city = place
            continue
        if (
            city is None
            or cues[i].level
            or cues[i].container is not None
            or place.country != home
            or place.level not in ("city", "neighbourhood")
            or place.population
            or entry.kind in ("PPLC", "PPLA", "PPLA2", "ADM1", "ADM2", "COUNTRY")
            or km_between(place, city) <= SENTENCE_CITY_FAR_KM
        ):
            continue
        near = [
            e
            for e in spots[i].entries
            if e.place.country == home
            and e.place.level in ("city", "neighbourhood")
            and km_between(e.place, city) <= IN_CITY
        ]
        if near:
            best = min(near, key=lambda e: km_between(e.place, city))
            out[i] = _Choice(best, choices[i].score, min(choices[i].margin, 0.25))
            moved.add(i)
    return out, frozenset(moved)


LIST_NEIGHBOUR_KM = 15.0
"""A namesake this close to another member of its list is the one the list means."""
LIST_FAR_KM = 50.0
"""A reading this far from every other member of its list is a namesake elsewhere."""


def _namesakes_beside_their_list(
    story: _Story, choices: dict[int, _Choice]
) -> tuple[dict[int, _Choice], frozenset[int]]:
    """ "Marchers set out from Petare, El Cafetal and La Urbina": a name of a list read far from
    every other member, when one of its namesakes lies beside another member, is that namesake
    (the La Urbina of eastern Caracas, not a village of the same state 80 km away), and a place
    though the gazetteer knows it only by name. Also returns the spots so moved."""
    spots, cues = story.spots, story.cues
    out = dict(choices)
    moved: set[int] = set()
    for group in story.listed:
        for i in group:
            if cues[i].level or cues[i].container is not None or len(spots[i].entries) < 2:
                continue
            others = [
                out[j].entry.place
                for j in group
                if j != i and out[j].entry.kind not in ("ADM1", "COUNTRY") and not out[j].entry.weak
            ]
            chosen = out[i].entry.place
            if out[i].entry.place.population:
                continue  # a town with a census count stays itself ("Barquisimeto y Carora")
            if not others or any(km_between(chosen, o) <= LIST_FAR_KM for o in others):
                continue
            near = [
                (min(km_between(e.place, o) for o in others), n)
                for n, e in enumerate(spots[i].entries)
                if e.kind not in ("ADM1", "COUNTRY")
            ]
            km, n = min(near, default=(LIST_NEIGHBOUR_KM + 1, -1))
            if km <= LIST_NEIGHBOUR_KM:
                out[i] = _Choice(spots[i].entries[n], out[i].score, min(out[i].margin, 0.25))
                moved.add(i)
    return out, frozenset(moved)


def resolve(
    doc: Document, spots: tuple[Spot, ...], cues: tuple[Cue, ...], reading: Reading
) -> tuple[Resolved, ...]:
    """The places the spots mean, in text order (dropped names left out)."""
    home = reading.home
    members = list(range(len(spots)))
    choices = _two_rounds(spots, cues, members, {}, home)
    members = _kept(doc, spots, cues, members, choices, reading)
    choices = _two_rounds(spots, cues, members, choices, home)
    story = _Story(doc, spots, cues, members, reading)
    for read_again in (
        _states_in_lists,
        _municipalities_in_the_paragraphs_state,
        _home_over_foreign,
        _home_in_its_own_paragraph,
        _home_capital_in_its_own_paragraph,
        _namesakes_in_the_story_state,
        _bare_mentions_of_a_home_name,
        _home_reading_given_elsewhere,
        _tie_to_the_place_before,
        _lists_abroad,
        _home_lists,
        _home_beside_the_city,
        _namesake_in_the_story_city,
        _labels_over_their_states_towns,
    ):
        choices = read_again(story, choices)
    choices, in_sentence_city = _namesakes_in_the_sentence_city(story, choices)
    choices, beside = _namesakes_beside_their_list(story, choices)
    members = _kept(doc, spots, cues, members, choices, reading, beside | in_sentence_city)
    position: dict[int | None, int] = {spot_index: n for n, spot_index in enumerate(members)}
    places = [
        Resolved(
            spot=spots[i],
            cue=cues[i],
            entry=choices[i].entry,
            score=choices[i].score,
            margin=choices[i].margin,
            container=position.get(cues[i].container),
        )
        for i in members
    ]
    return tuple(places)


_BARE_COUNT = re.compile(r"[^\S\n]*" + COUNT_IN_BRACKETS + r"[^\S\n]*")
"""A label's count alone after its name ("MÉRIDA (38)")."""


def _label_section(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The text a name at `start`-`end` labels, when it labels some: the rest of its line after
    "Mérida." or "Mérida:" (a live entry's "13:05 - Mérida. En El Vigía, ...", a paragraph's
    "Trujillo: ..."), or the paragraph under a line that is only the name, maybe with its count
    ("MÉRIDA (38)"); None for a name inside a sentence."""
    text = doc.text
    line_start, line_end = doc.line_span(start)
    clock = CLOCK_ENTRY.match(text, line_start, line_end)
    opening = clock.end() if clock is not None and clock.end() <= start else line_start
    if text[opening:start].strip(" \t*#_"):
        return None
    rest = text[end:line_end]
    after = rest.lstrip(" \t*_")
    if after[:1] in (".", ":") and after[1:].strip():
        return end, line_end
    if after.strip() and _BARE_COUNT.fullmatch(after) is None:
        return None
    following = line_end + 1
    while following < len(text) and text[following] in "\n\r \t":
        following += 1
    if following >= len(text):
        return None
    return following, doc.line_span(following)[1]


def _labels_over_their_states_towns(story: _Story, choices: dict[int, _Choice]) -> dict[int, _Choice]:
    """ "19:00 - Trujillo. Reportan disparos en Valera", "BARINAS / El martes, vecinos de Barinitas
    y Socopó ...": a bare label whose name is a home state's and its capital's is the state when
    the text it labels names another town of that state (a section of the state, not of its
    capital); the capital's reading, which a big capital's prior gave, stays when the section
    names only the capital's streets or no town ("11:30 - Mérida. Estudiantes ... en la avenida
    Tulio Febres Cordero")."""
    doc, spots, cues, members, home = story.doc, story.spots, story.cues, story.members, story.home
    out = dict(choices)
    for n, i in enumerate(members):
        entry = out[i].entry
        if cues[i].level or entry.kind == "ADM1" or entry.place.country != home:
            continue
        state = next(
            (
                e
                for e in spots[i].entries
                if e.kind == "ADM1"
                and e.place.country == home
                and e.place.state_code == entry.place.state_code
            ),
            None,
        )
        if state is None:
            continue
        section = _label_section(doc, spots[i].start, spots[i].end)
        if section is None:
            continue
        towns = [
            j
            for j in members[n + 1 :]
            if section[0] <= spots[j].start < section[1]
            and spots[j].name_key != spots[i].name_key
            and out[j].entry.place.country == home
            and out[j].entry.place.state_code == state.place.state_code
            and out[j].entry.place.level in ("city", "municipality")
        ]
        if towns:
            out[i] = _Choice(state, out[i].score, out[i].margin)
    return out


def ask_geocoder(
    doc: Document, places: tuple[Resolved, ...], geocoder: Geocoder | None, reading: Reading
) -> tuple[Resolved, ...]:
    """Names after a locative cue ("in", "barrio", "avenida") that the gazetteer lacks, as the
    online geocoder resolves them (one question per distinct name). A failing geocoder only
    loses its own answers."""
    if geocoder is None:
        return ()
    taken = [(p.spot.first_token, p.spot.last_token) for p in places]
    out: list[Resolved] = []
    seen: dict[str, Place | None] = {}
    n = len(doc.tokens)
    months = reading.dates.months
    weekdays = reading.dates.weekdays
    for i in range(1, n):
        if (
            doc.folded[i - 1] not in reading.geocoder_cues
            or not doc.capitalised(i)
            or not doc.adjacent(i - 1)
        ):
            continue
        if any(a <= i <= b for a, b in taken):
            continue
        j = i
        while (
            j + 1 < n
            and doc.adjacent(j)
            and (doc.capitalised(j + 1) or doc.folded[j + 1] in reading.geocoder_connectors)
            and j - i < 4
        ):
            j += 1
        while j > i and not is_capitalised(doc.tokens[j]):
            j -= 1
        if any(not (b < i or a > j) for a, b in taken):
            continue
        name = doc.text[doc.tok_start[i] : doc.tok_end[j]]
        folded = fold(name)
        if (
            folded in reading.stop_names
            or folded in reading.non_places
            or doc.folded[i] in reading.given_names
        ):
            continue
        if any(w in reading.org_words for w in doc.folded[i : j + 1]):
            continue
        if months.get(doc.folded[i]) or doc.folded[i] in weekdays:
            continue
        if folded not in seen:
            try:
                seen[folded] = geocoder.lookup(name, country=reading.home)
            except Exception as exc:  # an optional online backend must not break extraction
                log.warning("geocoder failed for %r: %s", name, exc)
                seen[folded] = None
        place = seen[folded]
        if place is None:
            continue
        entry = Entry(place, "GEOCODER", 0.5, False)
        spot = Spot(doc.tok_start[i], doc.tok_end[j], i, j, (entry,))
        out.append(Resolved(spot, Cue(), entry, 0.5, 1.0, from_geocoder=True))
        taken.append((i, j))
    return tuple(out)
