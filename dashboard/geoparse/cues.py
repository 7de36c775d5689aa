"""Stage 4, cues: what the text itself says about each name's kind and container.

* a level word before or after it ("estado Lara", "Zulia state", "the town of Coro");
* a list that shares one level word ("states such as A, B, C and D", "A, B and C states");
* a container right after it ("Valencia, Carabobo", "Catia neighbourhood of Caracas",
  "Geneva, Switzerland").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from dashboard import prefilter
from dashboard.gazetteer import fold
from dashboard.geoparse.document import Document
from dashboard.geoparse.reading import Reading, Words, lowered_exactly
from dashboard.geoparse.spotting import Spot
from dashboard.knowledge import load_language_pack

CONTAINER_KINDS = frozenset({"ADM1", "COUNTRY", "PPLC", "PPLA", "WCAP", "WCITY"})
"""Kinds of gazetteer rows that can contain another named place."""

_CAPITALISED_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’-]*\s*$")
_CAPITAL_AFTER = re.compile(r"\s+capital\b", re.IGNORECASE)
"""The word after "state" in an appositive that makes it the state's capital (the same word in
English and Spanish)."""
_LEVEL_WORD_AFTER = re.compile(r"^(?:['’]s)?\s+\w+\s+")


@dataclass(frozen=True)
class Cue:
    """The text's cues about one spot: a level word, the index of its container spot, and
    whether it is part of a list that one level word covers."""

    level: str | None = None
    container: int | None = None
    in_level_list: bool = False


def _name_before(text: str, reading: Reading) -> bool:
    """Whether `text` ends with a capitalised word that may be a name's: not a sentence's
    opening "In", "En", "Desde" ("In the Andean state of Mérida", "En el estado llanero de
    Barinas": the level word is Mérida's and Barinas')."""
    match = _CAPITALISED_BEFORE.search(text)
    return match is not None and fold(match.group().strip()) not in reading.allowed_preceding


_LEVELS_BEFORE: dict[int, tuple[object, tuple[tuple[str, Words, prefilter.Prefiltered | None], ...]]] = {}
"""By id of a reading's `level_before`: it (kept alive, so the id is never reused) and its levels
with the prefilter of each one's lower-cased pattern. One entry per language pack read."""


def _levels_before(reading: Reading) -> tuple[tuple[str, Words, prefilter.Prefiltered | None], ...]:
    """`reading.level_before`'s (level, words, prefilter of words.lower or None), made once per
    reading: level_cue asks them for every name, four levels each."""
    table = reading.level_before
    found = _LEVELS_BEFORE.get(id(table))
    if found is None or found[0] is not table:
        levels = tuple(
            (level, words, None if words.lower is None else prefilter.prefiltered(words.lower))
            for level, words in table.items()
        )
        if len(_LEVELS_BEFORE) >= 64:  # readings built by hand (tests): keep memory bounded
            _LEVELS_BEFORE.clear()
        found = _LEVELS_BEFORE[id(table)] = (table, levels)
    return found[1]


def level_cue(doc: Document, spot: Spot, reading: Reading) -> str | None:
    """The level a word next to the name gives it ("estado", "state", "barrio"), or None."""
    sent_start, sent_end = doc.sentence_span(spot.start)
    before = doc.text[max(sent_start, spot.start - 40) : spot.start]
    after = doc.text[spot.end : min(sent_end, spot.end + 30)]
    folded_before = fold(before)
    folded_lowered = lowered_exactly(folded_before)
    for level, words, required in _levels_before(reading):
        if required is not None and folded_lowered is not None and not required.may_match(folded_lowered):
            continue  # no match: the window lacks what every match contains (most names)
        match = words.search_checked(folded_before, folded_lowered)
        if match:
            if _name_before(before[: match.start()], reading):
                # "the José Félix Ribas municipality of Aragua": the level word belongs to
                # the name before it, and this one is its container
                break
            return level
    appositive = reading.appositive.match(after)
    if appositive:  # "Barinas, the state governed by ...": the level word of an appositive
        after = " " + after[appositive.end() :]
    for level, pattern in reading.level_after.items():
        match = pattern.match(after)
        if match:
            if appositive and level == "state" and _CAPITAL_AFTER.match(after, match.end()):
                return "city"  # "Barinas, the state capital": the state's capital, a city
            if (
                level in ("neighbourhood", "city")
                and reading.of_capital.match(after[match.end() :])
                and any(e.kind in ("PPLC", "PPLA", "ADM1", "WCAP") for e in spot.entries)
            ):
                return None  # "the Caracas district of Petare": Caracas is the container, not a barrio
            if (
                level == "neighbourhood"
                and folded_before.rstrip().rpartition(" ")[2] in reading.indefinite_articles
                and any(e.kind in ("PPLC", "PPLA", "PPLA2", "WCAP", "WCITY") for e in spot.entries)
            ):
                return None  # "a Caracas barrio", "a Maracaibo neighborhood": a sector of the city
            return level
    if reading.list_state_cue.search_in(doc, max(sent_start, spot.start - 40), spot.start):
        return "state"
    return None


_POSSESSIVE = ("'s", "’s")
"""A name followed by these owns the next words: it is not the next member of a list."""


def _level_lists(
    doc: Document, spots: tuple[Spot, ...], levels: list[str | None], reading: Reading
) -> dict[str, set[int]]:
    """Indices of spots in a list whose first or last member carries a state or municipality
    cue ("states such as A, B, C and D", "A, B and C states", "los municipios Sucre, Ribas y
    Mariño"): the cue covers the whole list."""
    covered: dict[str, set[int]] = {"state": set(), "municipality": set()}
    groups: list[list[int]] = []
    for index, spot in enumerate(spots):
        if groups:
            prev = spots[groups[-1][-1]]
            gap = doc.text[prev.end : spot.start]
            possessor = doc.text[spot.end : spot.end + 2] in _POSSESSIVE  # "Barinas, Chávez's home state"
            if len(gap) <= 8 and reading.list_gap.match(gap) and not possessor:
                groups[-1].append(index)
                continue
        groups.append([index])
    for group in groups:
        if len(group) < 2:
            continue
        cues = [levels[i] for i in group if levels[i]]
        level = levels[group[0]] or levels[group[-1]]
        if cues and level and cues[0] == level and level in ("state", "municipality"):
            covered[level].update(group)
    return covered


_WORD_BEFORE_LEVEL = re.compile(r"\s[^\W\d_]+\s*$")
"""The one word (an adjective) right before a stripped level word ("en el vecino municipio")."""


def _containers(
    doc: Document, spots: tuple[Spot, ...], levels: list[str | None], reading: Reading
) -> dict[int, int]:
    """Spot index -> index of the spot right after it that names its container."""
    out: dict[int, int] = {}
    for index in range(len(spots) - 1):
        a, b = spots[index], spots[index + 1]
        gap = doc.text[a.end : b.start]
        if len(gap) > 40:
            continue
        level = levels[index]
        stripped = gap
        if level and level != "state":
            after = reading.level_after.get(level)
            if after is not None and after.match(gap):
                stripped = _LEVEL_WORD_AFTER.sub(" ", gap, count=1)  # "the Catia neighbourhood of Caracas"
        if level == "state" and not any(e.kind == "COUNTRY" for e in b.entries):
            continue  # "los estados Carabobo, Miranda y Lara": a list of states, not containers
        b_level = levels[index + 1]
        level_word = reading.level_before.get(b_level) if b_level in ("state", "municipality") else None
        if level_word is not None:  # "Valencia, estado Carabobo", "Petare, en el municipio Sucre"
            found = level_word.search(fold(stripped))
            if found:
                stripped = stripped[: found.start() + (0 if stripped[found.start()].isalnum() else 1)]
                if not reading.container_gap.match(stripped):
                    # "Táriba, en el vecino municipio Cárdenas": a word between the article and
                    # the level word qualifies the unit
                    stripped = _WORD_BEFORE_LEVEL.sub(" ", stripped, count=1)
        if reading.container_gap.match(stripped) and any(
            e.kind in CONTAINER_KINDS
            or e.place.level == "state"
            or (b_level == "municipality" and e.kind == "ADM2")
            for e in b.entries
        ):
            out[index] = index + 1
    return out


OPENER_REACH = 24
"""The most characters from a sentence's start to a name that opens it ("In ", "Meanwhile, in ")."""


@functools.cache
def _state_back_reference(languages: tuple[str, ...]) -> re.Pattern[str]:
    """The packs' `places.state_back_references` ("the state's", "la ciudad más grande del
    estado"), compiled once per set of languages."""
    words = [w for code in languages for w in load_language_pack(code).places["state_back_references"]]
    return re.compile(r"(?<![\w-])(?:" + "|".join(words or ["(?!x)x"]) + r")", re.IGNORECASE)


def _states_referred_back(
    doc: Document, spots: tuple[Spot, ...], levels: list[str | None], reading: Reading
) -> None:
    """ "In Trujillo, where the party won every municipality, protesters gathered in Valera, the
    state's largest city": a name that is a state and a town, opening its sentence with no level
    word (after a short lead: "Further east, in Trujillo"), is the state when the sentence,
    after another place, refers back to "the state" ("la ciudad más grande del estado"). Not
    "Marcharon en Mérida, la capital del estado": there the words are about the name itself,
    with no place between."""
    pattern = _state_back_reference(reading.languages)
    for i, spot in enumerate(spots[:-1]):
        if levels[i] is not None or not any(e.kind == "ADM1" for e in spot.entries):
            continue
        sent_start, sent_end = doc.sentence_span(spot.start)
        if spot.start - sent_start > OPENER_REACH:
            continue  # an opener is a word or two ("In ", "En "): a long sentence is not sliced per name
        opening = doc.text[sent_start : spot.start]
        lead = opening.rfind(",")  # "Further east, in Trujillo": a short lead before the opener
        if lead >= 0:
            opening = opening[lead + 1 :].lstrip()
            opening = opening[:1].upper() + opening[1:]
        if not reading.locating_opener.fullmatch(opening):
            continue
        after = spots[i + 1]
        if after.start < sent_end and pattern.search(doc.text, after.end, sent_end) is not None:
            levels[i] = "state"


_BREAKDOWN_OPEN = re.compile(r"\s*[:—–-]\s*\d[\d.,]*\s*\((?:[^()]*[;,]\s*)?$")
"""From a state's name to a member of the breakdown of its count ("Lara: 61 (Iribarren: 45; ")."""
_LINE_BULLET = re.compile(r"\s*(?:[-•*–]\s*)?")
"""What may come before the name that opens a line of a count table: a bullet, or nothing."""
_BREAKDOWN_COUNT = re.compile(r"\s*:\s*\d")
"""What follows a member of such a breakdown: its own count."""


def _breakdown_members(doc: Document, spots: tuple[Spot, ...], levels: list[str | None]) -> None:
    """ "- Lara: 61 (Iribarren: 45; Palavecino: 16)": the names that break a state's count down
    in brackets, each with its own count, are that state's municipalities (the gazetteer knows
    most municipalities only weakly, by a name with no level word)."""
    state: Spot | None = None
    for i, spot in enumerate(spots):
        line_start, _ = doc.line_span(spot.start)
        if _LINE_BULLET.fullmatch(doc.text, line_start, spot.start):
            state = spot if any(e.kind == "ADM1" for e in spot.entries) else None
            continue  # the name that opens a line: the state whose count is broken down
        if state is None or levels[i] is not None or not any(e.kind == "ADM2" for e in spot.entries):
            continue
        if doc.line_span(state.start)[0] != line_start:
            continue
        if not _BREAKDOWN_OPEN.match(doc.text[state.end : spot.start]):
            continue
        if _BREAKDOWN_COUNT.match(doc.text, spot.end):
            levels[i] = "municipality"


def read_cues(doc: Document, spots: tuple[Spot, ...], reading: Reading) -> tuple[Cue, ...]:
    """One Cue per spot, in order."""
    levels = [level_cue(doc, spot, reading) for spot in spots]
    lists = _level_lists(doc, spots, levels, reading)
    in_list = lists["state"] | lists["municipality"]
    for level, members in lists.items():
        for index in members:
            levels[index] = level
    _states_referred_back(doc, spots, levels, reading)
    _breakdown_members(doc, spots, levels)
    containers = _containers(doc, spots, levels, reading)
    return tuple(
        Cue(level=levels[i], container=containers.get(i), in_level_list=i in in_list)
        for i in range(len(spots))
    )
