"""Stage 9, confidence: how likely a place mention is right, from the kinds of evidence behind it.

First the gazetteer's reading (`_reading_confidence`): the prior of the chosen reading, raised
by the text's own cues when they fit the reading (a level word of its kind, a container that
holds it), lowered when a cue does not fit or when another place of the same name scored almost
as well. An online geocoder's answer gets a flat 0.5: it was asked because the gazetteer did not
know the name.

A place below the city is the least sure of all: a street, square or sector anchored to a city
takes the anchor's point (at most 0.75, see anchoring), and one the gazetteer knows by name
("Altamira", "Plaza Venezuela", "Avenida Francisco de Miranda") is only as sure as the text
makes its city: such names repeat from town to town, so without its city or state named in the
text it stays below SURE. One the text makes certain is sure: a street or sector put in the home
city that opens its own sentence, its protest told in its own clause ("En Valencia, manifestantes
trancaron la avenida Bolívar Norte"; see `_opened_by_its_city`).

Then the kinds of evidence (`evidence_of`): how the place was spotted, how it was resolved, and
for a protest site how its role came and what its event was. The country profile's
`confidence.floors` and `confidence.caps` (data/country/ve.json) raise and lower the figure by
kind. They were set from a reliability table of the predicted protest sites by kind (tune split,
seeds, probes): from SURE on only kinds right at least 95% of the time remain. A name with one
place in the gazetteer is raised; an arrests-only clause (detainees are also taken to places),
a destination word between the event and the place, a place in another event's "after ..."
phrase, a role borrowed from an earlier clause or spread from a list, a level word that fits
several homonyms, a close call among homonyms, a foreign reading over a home namesake and a
town read where the text names a sector of another town (`_town_called_a_sector`,
`_town_among_sectors`) are kept below SURE.

Out of sample, the table holds: the code just before each round of cold-written probes (kinds
61-70, their training halves: 42 texts) read 334 protest sites as sure, 318 right (0.952), the
same when re-weighed with today's floors and caps. Every resolution kind stayed above 0.93;
the 16 wrong were roles of one-off clauses (a denial, a correction, a plan, a group's base, a
force or a road named after a state), which later rules read, not a kind a cap could keep below
SURE without unsuring many more right sites than wrong ones.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dashboard.gazetteer import Entry
from dashboard.geoparse.anchoring import ANCHOR_CONFIDENCE
from dashboard.geoparse.document import Document, is_capitalised
from dashboard.geoparse.reading import Reading
from dashboard.geoparse.resolution import Resolved, km_between, matches_level_cue
from dashboard.geoparse.role_cues import role_cues
from dashboard.models import Place

SURE = 0.9
"""From this confidence a place is one the map may show as sure (`protestmap eval` counts how
often such protest sites are right)."""

SUBCITY_UNSUPPORTED = 0.7
"""The most a known street, square or sector gets when the text names neither its city nor
its state."""

SUBCITY_LEVELS = ("landmark", "neighbourhood")


def _cue_fits(place: Resolved, places: Sequence[Resolved]) -> bool | None:
    """Whether the text's cue for `place` fits the reading chosen (None when there is no cue):
    a level word of its kind, or a container in which it lies."""
    if not place.cued:
        return None
    entry = place.entry
    if place.cue.level and not matches_level_cue(place.cue.level, entry):
        return False
    if place.container is not None:
        held = places[place.container].place
        if _RANK.get(held.level, 0) <= _RANK.get(entry.place.level, 0):
            return None if not place.cue.level else True  # "Argentina, Chile": a list, not a container
        if held.level == "country" or not held.state_code:
            return entry.place.country == held.country
        if held.level == "state":
            return entry.place.state_code == held.state_code
        # "Maiquetía International Airport in Caracas": a city container is loose
        return entry.place.state_code == held.state_code or km_between(entry.place, held) <= NEAR_KM
    return True


_RANK = {"landmark": 1, "neighbourhood": 2, "city": 3, "municipality": 4, "state": 5, "country": 6}


def confidence(
    place: Resolved,
    places: Sequence[Resolved] = (),
    *,
    role: str = "",
    event_type: str | None = None,
    home: str = "",
    floors: Mapping[str, float] | None = None,
    caps: Mapping[str, float] | None = None,
    doc: Document | None = None,
    reading: Reading | None = None,
) -> float:
    """A number in [0.05, 0.99]; `places` are all the places of the text (for the cues and
    containers that support this one). `role` is how a protest site's role came (see
    role.ROLE_EVIDENCE; "" for any other place), `event_type` its event's type; `doc` and
    `reading` (when given) let a street or sector be read in its sentence (`_opened_by_its_city`).

    The gazetteer's reading gives the first figure (`_reading_confidence`); then the country
    profile's `confidence.floors` raise it and `confidence.caps` lower it for each kind of
    evidence behind the place (`evidence_of`): the numbers come from a reliability table of the
    predicted protest sites by kind, so that from SURE on only kinds that are right at least 95%
    of the time remain."""
    conf = _reading_confidence(place, places)
    if floors or caps:
        kinds = evidence_of(
            place, places, role=role, event_type=event_type, home=home, doc=doc, reading=reading
        )
        floor_of, cap_of = (floors or {}).get, (caps or {}).get
        if not place.entry.weak:
            for kind in kinds:  # the highest floor (0 without one), as max() would pick it
                floor = floor_of(kind, 0.0)
                if floor > conf:
                    conf = floor
        for kind in kinds:  # the lowest cap (1 without one), as min() would pick it
            cap = cap_of(kind, 1.0)
            if cap < conf:
                conf = cap
        subcity = place.entry.place.level in SUBCITY_LEVELS and place.anchor is None
        if subcity and not _city_named(place, places):
            conf = min(conf, SUBCITY_UNSUPPORTED)
    return round(min(0.99, max(0.05, conf)), 3)


def _reading_confidence(place: Resolved, places: Sequence[Resolved]) -> float:
    """How sure the gazetteer's reading is: its prior, moved by the text's cues and by how far
    ahead of the next homonym it scored."""
    entry = place.entry
    if place.from_geocoder:
        return 0.5
    if place.anchor is not None:
        return entry.prior  # how directly the text gave the anchor (see anchoring)
    conf = entry.prior
    if entry.weak:
        conf = 0.35
    fits = _cue_fits(place, places)
    if fits is True:
        conf += 0.1
    elif fits is False:
        conf -= 0.15  # "el municipio X" read as a town, "X, Zulia" read in another state
    if place.margin < 0.1:
        conf -= 0.2
    elif place.margin < 0.3:
        conf -= 0.08
    if entry.place.level in SUBCITY_LEVELS and not _city_named(place, places):
        conf = min(conf, SUBCITY_UNSUPPORTED)
    return conf


NEAR_KM = 25.0
"""A city or municipality of the text this close to a street, square or sector supports it
(the metropolitan area: Altamira, in Miranda, in a story about Caracas)."""


def _city_named(place: Resolved, places: Sequence[Resolved]) -> bool:
    """Whether the text names the city, municipality or state that a street, square or sector
    the gazetteer knows by name lies in (another place of the text, not itself below a city)."""
    here = place.entry.place
    for other in places:
        there = other.entry.place
        if other is place or other.anchor is not None or there.level in SUBCITY_LEVELS:
            continue
        if there.level in ("state", "country"):
            if here.state_code and there.state_code == here.state_code:
                return True
            if not here.state_code and there.level == "country" and there.country == here.country:
                return True
        elif km_between(here, there) <= NEAR_KM:
            return True
    return False


HOMONYM_KM = 10.0
"""Readings of one name this far apart are different places (a town and its namesake), nearer
they are one place written twice in the gazetteer (a city and its world-cities row)."""


_MEMO_LIMIT = 1 << 14

_HOMONYMS: dict[tuple[int, int, str | None], tuple[tuple[Entry, ...], Place, bool]] = {}
"""Answers of _far_namesake, kept across documents (a story's names come back in the next
story), by the identity of the spot's readings and of the chosen place, and the level word.
Each value keeps those objects alive, so that no other object can take their identity while
the key is stored; cleared when full."""


def _far_namesake(entries: tuple[Entry, ...], chosen: Place, level: str | None) -> bool:
    """Whether another reading of the name is a different place (farther than HOMONYM_KM) and,
    given a level word, one that the word fits too."""
    key = (id(entries), id(chosen), level)
    found = _HOMONYMS.get(key)
    if found is not None and found[0] is entries and found[1] is chosen:
        return found[2]
    answer = any(
        e.place.place_id != chosen.place_id
        and km_between(e.place, chosen) > HOMONYM_KM
        and (level is None or matches_level_cue(level, e))
        for e in entries
    )
    if len(_HOMONYMS) >= _MEMO_LIMIT:
        _HOMONYMS.clear()
    _HOMONYMS[key] = (entries, chosen, answer)
    return answer


TOWN_PRIOR = 0.7
"""The prior of a town of about 100,000 people or more (see gazetteer._population_prior)."""


def _homonyms(place: Resolved) -> bool:
    """Whether the gazetteer knows another place of the same name than the one chosen. Hamlets
    of no known population (the gazetteer's weak rows) do not count against a large town:
    "Punto Fijo" (140,000 people) is not made doubtful by a locality of its name in Anzoátegui."""
    if not _far_namesake(place.spot.entries, place.entry.place, None):
        return False
    entry = place.entry
    if entry.weak or entry.place.level != "city" or entry.prior < TOWN_PRIOR:
        return True
    chosen = entry.place
    return any(
        not e.weak and e.place.place_id != chosen.place_id and km_between(e.place, chosen) > HOMONYM_KM
        for e in place.spot.entries
    )


def _cue_singles_out(place: Resolved) -> bool:
    """Whether the level word fits the chosen reading only ("el municipio Sucre" fits eight
    municipalities: the word says the kind, not which one)."""
    level = place.cue.level
    if not level or place.container is not None or place.cue.container is not None:
        return True
    return not _far_namesake(place.spot.entries, place.entry.place, level)


def evidence_of(
    place: Resolved,
    places: Sequence[Resolved] = (),
    *,
    role: str = "",
    event_type: str | None = None,
    home: str = "",
    doc: Document | None = None,
    reading: Reading | None = None,
) -> tuple[str, ...]:
    """The kinds of evidence behind one place (knowledge.EVIDENCE_KINDS): how it was spotted
    (a gazetteer name, a street or square the gazetteer knows, a head word, the online geocoder),
    how it was resolved (a name with one place, a cue that singles one out, a cue that fits
    several, the prior among homonyms, a foreign reading over a home one, the anchor the text
    gave), and for a protest site how its role came and its event's type."""
    entry = place.entry
    kinds: list[str] = []
    if place.from_geocoder:
        kinds += ["spotted:geocoder", "resolved:geocoder"]
    elif place.anchor is not None:
        how = ANCHOR_HOW.get(entry.prior, "document")
        kinds += ["spotted:head_word", f"resolved:anchored_{how}"]
        if (
            role in TOLD_HERE
            and event_type in PROTEST_EVENTS
            and doc is not None
            and reading is not None
            and _opened_by_its_city(place, places, doc, reading, home)
        ):
            kinds.append("resolved:anchored_opening")
    else:
        kinds.append("spotted:known_subcity" if entry.place.level in SUBCITY_LEVELS else "spotted:gazetteer")
        homonyms = _homonyms(place)
        if not homonyms:
            kinds.append("resolved:unique")
        elif _cue_fits(place, places):
            kinds.append("resolved:cued" if _cue_singles_out(place) else "resolved:cued_ambiguous")
        elif entry.place.country != home and any(e.place.country == home for e in place.spot.entries):
            kinds.append("resolved:foreign_over_home")  # "Valencia" read as Spain's
        else:
            kinds.append("resolved:prior")
            if _outside_the_story(place, places) or _alone_beside_one_state(place, places):
                kinds.append("resolved:outside_the_story")
            if _namesake_in_another_state(place, places, home):
                kinds.append("resolved:namesake_elsewhere")
        if homonyms and place.margin < CLOSE_CALL:
            kinds.append("resolved:close_call")  # another place of the name scored almost as well
        if _town_called_a_sector(place, places) or (
            doc is not None and _town_among_sectors(place, places, doc)
        ):
            kinds.append("resolved:town_as_sector")
    if role:
        kinds.append(f"role:{role}")
        if doc is not None and reading is not None:
            if entry.place.level in SUBCITY_LEVELS and _pointed_at(place, doc, reading):
                kinds.append("role:reference_point")  # "marched toward the Miraflores palace"
            # "la marcha convocada en Caracas", "a rally is planned for Saturday in Doral": a plan
            # word before the place in its sentence (such sites were right four times in five)
            if reading.planned.search_in(doc, doc.sentence_span(place.spot.start)[0], place.spot.start):
                kinds.append("role:planned_before")
        if event_type == "arrests" and entry.place.level == "state":
            # "Foro Penal counted 64 arrests in Lara": a state's count, not a place detainees are
            # taken to (those are towns and buildings), so not weighed as "event:arrests"
            kinds.append("event:arrests_in_state")
        elif event_type:
            kinds.append(f"event:{event_type}")
    return tuple(kinds)


TOLD_HERE = frozenset({"clause", "where", "distant"})
"""The ways a protest site's role comes from an event word said of the place itself (its own
clause, near it or farther, or a relative clause on it): see role.ROLE_EVIDENCE."""

PROTEST_EVENTS = frozenset({"peaceful_protest", "protest_with_intervention"})
"""The events whose clause puts the protest itself at the place. A killing's or an arrest's
sentence also names where the wounded died or the detainees were taken ("a student was shot
during a march and died later at a clinic in the Guaparo district")."""


def _opened_by_its_city(
    place: Resolved, places: Sequence[Resolved], doc: Document, reading: Reading, home: str
) -> bool:
    """ "En Valencia, manifestantes trancaron la avenida Bolívar Norte", "In Maracaibo, residents
    of the Santa Rosa de Agua neighbourhood blocked Delicias Avenue": a street or sector the
    gazetteer lacks, written with its head word, put in the home city that opens its own sentence
    ("En", "In": the pack's locating openers), with no reference or destination word right before
    it ("cerca de", "near", "hacia", "toward": a point the event was by or went to). The text makes
    it certain: the city is the one the sentence is about, and the place is where its protest was.
    A dateline ("MARACAIBO, 12 mar.-") or a city named after the place does not open the sentence
    so. The sentence before may open with the city instead, when no other town is named since ("En
    Valencia, miles salieron a las calles. Los manifestantes trancaron la avenida Bolívar Norte")."""
    anchor = place.anchor
    if anchor is None or place.coord_precision != "city" or anchor.country != home:
        return False
    start = place.spot.start
    if not _headed(place, doc, reading):
        return False  # "cacerolazos en Ziruma y Cuatricentenario": a name with no head word is a guess
    sent_start = doc.sentence_span(start)[0]
    opened = sent_start
    opener = next(
        (
            other
            for other in places
            if sent_start <= other.spot.start
            and other.spot.end <= start
            and other.anchor is None
            and other.place.place_id == anchor.place_id
        ),
        None,
    )
    if opener is None and sent_start > 0:
        # the sentence before opens with the city, and no other town is named since
        opened = doc.sentence_span(sent_start - 1)[0]
        between = [
            other
            for other in places
            if opened <= other.spot.start and other.spot.end <= start and other.anchor is None
        ]
        if between and all(other.place.place_id == anchor.place_id for other in between):
            opener = between[0]
    headed = False
    if opener is None:
        opener = _section_heading(place, places, doc)
        headed = opener is not None
    if opener is None or (not headed and not _opens(opener, opened, doc, reading)):
        return False
    since = max(opener.spot.end, start - REFERENCE_REACH)
    return not _pointed_at(place, doc, reading, since) and (
        role_cues(reading.languages).reference_before.search_in(doc, since, start) is None
    )


def _section_heading(place: Resolved, places: Sequence[Resolved], doc: Document) -> Resolved | None:
    """The subheading of the place's section when it is the anchor alone on its line ("ZULIA",
    "Barquisimeto") right before the place's paragraph, and the paragraph names no other town
    before the place: the section's first paragraph is about that city or state as surely as one
    opened by "En Maracaibo, ..." (a state's anchor is its capital, see anchoring)."""
    anchor = place.anchor
    line_start = doc.line_span(place.spot.start)[0]
    before = doc.text[:line_start].rstrip()
    if not before or anchor is None:
        return None
    head_start, head_end = doc.line_span(len(before) - 1)
    heading = doc.text[head_start:head_end].strip()
    if len(heading.split()) > 3 or heading.endswith((".", ",")):
        return None
    found = None
    for other in places:
        if other.anchor is not None or other.spot.start < head_start or other.spot.end > place.spot.start:
            continue
        if other.place.place_id != anchor.place_id:
            return None  # another town between the heading and the place
        if found is None and other.spot.start < head_end:
            found = other
    return found


def _opens(town: Resolved, sent_start: int, doc: Document, reading: Reading) -> bool:
    """Whether the town's name opens the sentence that starts at `sent_start`, after a locating
    opener ("En Valencia, ...", "In Maracaibo, ..."), or after one and the town's level word ("En
    la ciudad de Mérida, ...", "En el municipio Sucre, ...")."""
    if reading.locating_opener.fullmatch(doc.text, sent_start, town.spot.start) is not None:
        return True
    opening = reading.locating_opener.match(doc.text, sent_start, town.spot.start)
    return (
        opening is not None
        and town.cue.level in ("city", "municipality", "state")
        and town.spot.start - opening.end() <= LEVEL_WORDS_REACH
        and "," not in doc.text[opening.end() : town.spot.start]
    )


LEVEL_WORDS_REACH = 20
"""Characters of a level word between a locating opener and its town ("la ciudad de")."""


def _headed(place: Resolved, doc: Document, reading: Reading) -> bool:
    """Whether a head word of a street or sector stands at either end of the place's name, inside
    or just outside it ("la avenida Los Leones", "del sector El Ujano", "Delicias Avenue")."""
    folded, first, last = doc.folded, place.spot.first_token, place.spot.last_token
    for n in (1, 2):
        if tuple(folded[first : first + n]) in reading.heads_before:
            return True
        if first >= n and tuple(folded[first - n : first]) in reading.heads_before:
            return True
        if tuple(folded[last + 1 - n : last + 1]) in reading.heads_after:
            return True
        if tuple(folded[last + 1 : last + 1 + n]) in reading.heads_after:
            return True
    return _run_headed(place, doc, reading)


RUN_HEAD_REACH = 30
"""Tokens a run's plural head may stand before one of its members ("los sectores A, B y C")."""


def _run_headed(place: Resolved, doc: Document, reading: Reading) -> bool:
    """Whether the place is a member of a run that a plural head opens, in its sentence ("en los
    sectores La Isabelica, Flor Amarillo y Santa Inés", "en barrios como La Vega y Antímano", "the
    districts of A and B"): the head gives each member its kind as "el sector A" does. Walked back
    over the run's names, connectors and conjunctions only."""
    folded, tokens = doc.folded, doc.tokens
    sent_start = doc.sentence_span(place.spot.start)[0]
    k = place.spot.first_token - 1
    floor = max(0, place.spot.first_token - RUN_HEAD_REACH)
    while (
        k >= floor
        and doc.tok_start[k] >= sent_start
        and (
            is_capitalised(tokens[k])
            or folded[k] in reading.conjunctions
            or folded[k] in reading.name_connectors
        )
    ):
        k -= 1
    if k < floor or doc.tok_start[k] < sent_start:
        return False
    if folded[k] in reading.head_of:
        k -= 1  # "the districts of A and B"
    for opener in reading.example_openers:  # "barrios como A y B"
        n = len(opener)
        if k + 1 >= n and tuple(folded[k + 1 - n : k + 1]) == opener:
            k -= n
            break
    return any(k + 1 >= n and tuple(folded[k + 1 - n : k + 1]) in reading.plural_heads for n in (1, 2))


def _pointed_at(place: Resolved, doc: Document, reading: Reading, since: int = 0) -> bool:
    """Whether a destination word stands right before the place ("hacia el Palacio", "toward the
    Miraflores palace"): where a march went, which the text does not make certain as where its
    protest was (such streets and squares were right ten times in eleven among the sure sites)."""
    start = place.spot.start
    window = max(since, start - REFERENCE_REACH)
    return reading.towards_before.search_in(doc, window, start) is not None


REFERENCE_REACH = 40
"""Characters before a street or sector in which a reference or destination word is looked for."""


def _outside_the_story(place: Resolved, places: Sequence[Resolved]) -> bool:
    """ "In San Cristóbal, students held a sit-in in the Barrio Obrero neighbourhood, and residents
    of Pueblo Nuevo, Santa Teresa and Las Acacias blocked their streets": a name read by its prior
    among homonyms in a state that no other place of the text is in, right after a street or
    sector of a far town of another state. Such names are most often more sectors of that town
    that the gazetteer lacks, not the far namesake it knows."""
    here = place.entry.place
    if here.level not in ("city", "municipality", "neighbourhood") or not here.state_code:
        return False
    if place.entry.kind in ("PPLC", "PPLA"):
        return False  # a state capital is not a sector of another town
    story = _story_of(places)
    if story.names_in_state.get(here.state_code, frozenset()) - {place.spot.name_key}:
        return False  # another place of the text is in that state
    at = bisect.bisect_left(story.ends, place.spot.start + 1) - 1
    while at >= 0 and places[at].spot.name_key == place.spot.name_key:
        at -= 1
    if at < 0:
        return False
    previous = places[at]
    there = previous.entry.place
    return (
        there.level in SUBCITY_LEVELS
        and bool(there.state_code)
        and place.spot.start - previous.spot.end <= SAME_SENTENCE_REACH
        and km_between(there, here) > NEAR_KM  # not "Francisco de Miranda Avenue in Caracas"
    )


def _alone_beside_one_state(place: Resolved, places: Sequence[Resolved]) -> bool:
    """ "se habían concentrado en la entrada de Sabaneta", in a story of Maracaibo whose every
    other place is in Zulia: a town read by its prior in a state no other place of the text is in,
    while all the others are in one other state, far from any town of the text. Such a name is
    most often a sector of the story's city that the gazetteer lacks (as `_outside_the_story`
    reads one after a street of that city), not the far town it knows. A big town keeps its
    reading."""
    here = place.entry.place
    if here.level != "city" or not here.state_code or place.entry.kind in ("PPLC", "PPLA"):
        return False
    if here.population >= BIG_TOWN:
        return False
    story = _story_of(places)
    if story.names_in_state.get(here.state_code, frozenset()) - {place.spot.name_key}:
        return False  # another place of the text is in that state
    if len(story.names_in_state) != 2:
        return False  # a story of one other state only
    return not story.town_near(here)


BIG_TOWN = 100_000
"""A town this big, named alone in a story of another state, is still the town."""


NAMESAKE_KINDS = frozenset({"ADM2", "ADM3", "PPLA", "PPLA2"})
"""Gazetteer rows of a municipality, a parish or a municipal seat: a namesake of that standing
in another state is as good a reading as the one the prior chose."""


def _namesake_in_another_state(place: Resolved, places: Sequence[Resolved], home: str) -> bool:
    """ "protesters burned tyres in Libertador", "hubo cacerolazos en Santa Rosa": a municipality,
    parish or town that the gazetteer has in several states (Sucre, Libertador, Bolívar,
    Independencia, Santa Ana...), read by its prior alone, with no other place of the text in
    the chosen state. A container or the story's state decides which one; without them the
    prior only guesses. (A state capital is not guessed: its prior is its size.)"""
    here = place.entry.place
    if here.country != home or here.level not in ("municipality", "neighbourhood", "city"):
        return False
    if place.entry.kind in ("PPLC", "PPLA") or not here.state_code:
        return False
    if not any(
        e.kind in NAMESAKE_KINDS
        and e.place.country == home
        and e.place.state_code
        and e.place.state_code != here.state_code
        for e in place.spot.entries
    ):
        return False
    story = _story_of(places)
    if story.names_in_state.get(here.state_code, frozenset()) - {place.spot.name_key}:
        return False  # the story's state: "En Yaracuy, ... en el municipio Independencia"
    return not story.town_near(here)  # "Las Mercedes" in a story about Caracas


@dataclass(frozen=True)
class _Story:
    names_in_state: Mapping[str, frozenset[str]]
    """The names read in each state (by name key)."""
    ends: list[int]
    """Where each place ends, in text order (the places are in text order)."""
    towns: Mapping[tuple[int, int], tuple[Place, ...]]
    """The text's towns and municipalities (not below a city, not anchored), each once, by grid
    cell of GRID_DEGREES: what lies within NEAR_KM of a point is in its cell or the eight around
    it, and a cell holds only the distinct places a gazetteer has there."""

    def town_near(self, here: Place) -> bool:
        """Whether another town of the text lies within NEAR_KM of `here` (what _city_named asks
        of every place, in time that does not grow with the text)."""
        row, col = _cell(here)
        for d_row in (-1, 0, 1):
            for d_col in (-1, 0, 1):
                for other in self.towns.get((row + d_row, col + d_col), ()):
                    if other.place_id != here.place_id and km_between(here, other) <= NEAR_KM:
                        return True
        return False


GRID_DEGREES = 0.25
"""A grid cell's side: more than NEAR_KM (25 km is about 0.23 degrees of latitude)."""


def _cell(place: Place) -> tuple[int, int]:
    return int(place.lat // GRID_DEGREES), int(place.lon // GRID_DEGREES)


_STORY: list[tuple[Sequence[Resolved], _Story]] = []
"""The story of the last `places` asked about (by identity): confidence reads one text's places
once per place, so the index is built once per text, and the cost stays linear."""


def _story_of(places: Sequence[Resolved]) -> _Story:
    if _STORY and _STORY[0][0] is places:
        return _STORY[0][1]
    names: dict[str, set[str]] = {}
    towns: dict[tuple[int, int], dict[str, Place]] = {}
    for p in places:
        if p.entry.place.state_code:
            names.setdefault(p.entry.place.state_code, set()).add(p.spot.name_key)
        level = p.entry.place.level
        if p.anchor is None and level not in SUBCITY_LEVELS and level not in ("state", "country"):
            towns.setdefault(_cell(p.entry.place), {}).setdefault(p.entry.place.place_id, p.entry.place)
    story = _Story(
        {k: frozenset(v) for k, v in names.items()},
        [p.spot.end for p in places],
        {k: tuple(v.values()) for k, v in towns.items()},
    )
    _STORY[:] = [(places, story)]
    return story


def _town_called_a_sector(place: Resolved, places: Sequence[Resolved]) -> bool:
    """ "hubo un cacerolazo en la urbanización Humboldt", in a story of Mérida: the text calls the
    name a sector ("urbanización", "sector", "barrio"), and the gazetteer knows only a town of that
    name (a village, not a state's or a municipality's seat), far from every other town of the
    text. Such a name is most often a sector of the story's city that the gazetteer lacks."""
    here = place.entry.place
    if place.anchor is not None or place.cue.level != "neighbourhood" or here.level != "city":
        return False
    if place.entry.kind not in VILLAGE_KINDS:
        return False
    return not any(
        other is not place
        and other.anchor is None
        and other.entry.place.level not in ("state", "country")
        and other.entry.place.place_id != here.place_id
        and km_between(other.entry.place, here) <= SECTOR_TOWN_KM
        for other in places
    )


def _town_among_sectors(place: Resolved, places: Sequence[Resolved], doc: Document) -> bool:
    """ "mantuvieron barricadas en Santa Juana, Humboldt y Las Tapias", "los vecinos de El
    Manzanillo, Sierra Maestra y San Felipe trancaron la avenida": a town named in a list right
    after a sector or street of another town. A list of sectors names sectors of one town, so
    the member the gazetteer reads as a far town is most often one more sector it lacks."""
    here = place.entry.place
    if place.anchor is not None or here.level != "city" or not places:
        return False
    at = bisect.bisect_left(_story_of(places).ends, place.spot.start + 1) - 1
    if at < 0:
        return False
    previous = places[at]
    there = previous.entry.place
    if there.level not in SUBCITY_LEVELS or previous is place:
        return False
    if _LIST_GAP.fullmatch(doc.text[previous.spot.end : place.spot.start]) is None:
        return False
    return km_between(there, here) > SECTOR_TOWN_KM


_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:y|e|and))\s+(?:(?:el|la|los|las|the)\s+)?")
"""What stands between two members of a list ("Santa Juana, Humboldt", "Sierra Maestra y San
Felipe")."""

VILLAGE_KINDS = frozenset({"PPL", "PPLL", "PPLX", "PPLF", "PPLR"})
"""Gazetteer rows of a plain town or village (not a capital, a seat or a big city)."""

SECTOR_TOWN_KM = 15.0
"""A town farther than this from the other towns of the text is not the story's sector."""


SAME_SENTENCE_REACH = 60
"""Characters before a name in which a street or sector of another state is looked for: the same
clause or list ("the Barrio Obrero neighbourhood, and residents of Pueblo Nuevo"), not the next
town of a round-up."""


CLOSE_CALL = 0.3
"""A reading less than this far ahead of a homonym's is a close call."""

ANCHOR_HOW = {prior: how for how, prior in ANCHOR_CONFIDENCE.items()}
"""How directly the text gave the anchor of a place below the city, by the prior anchoring gave
it."""
